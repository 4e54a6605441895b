import Foundation
import GovDocDraft
import GovDocMessages
import GovDocODFReader
import Testing

/// Packages the reader refuses: one clear error each, naming the file, quickly.
struct ErrorTests {
    static func error(_ bytes: [UInt8]) -> DraftError? {
        do {
            _ = try ODFReader().read(bytes, file: "draft.odt")
            return nil
        } catch let error as DraftError {
            return error
        } catch {
            Issue.record("not a DraftError: \(error)")
            return nil
        }
    }

    static let body = Snippet.content(body: "<text:p>正文</text:p>")

    @Test func missingContentXML() throws {
        let e = try #require(Self.error(try Snippet.package(content: nil, styles: Snippet.styles())))
        #expect(e.message.id == "reader.odf.missing-content")
        #expect(e.location == DraftLocation(file: "draft.odt"))
        #expect(e.message.text(in: .zh).contains("content.xml"))
        #expect(e.description.hasPrefix("draft.odt: "))
    }

    @Test func wrongMimetype() throws {
        let sheet = try #require(Self.error(try Snippet.package(mimetype: "application/vnd.oasis.opendocument.spreadsheet", content: Self.body)))
        #expect(sheet.message.id == "reader.odf.wrong-mimetype")
        #expect(sheet.message.arguments["mimetype"] == "application/vnd.oasis.opendocument.spreadsheet")
        // a spreadsheet body behind a text mimetype
        let content = Snippet.content(body: "").replacingOccurrences(of: "<office:text></office:text>", with: "<office:spreadsheet/>")
        let body = try #require(Self.error(try Snippet.package(content: content)))
        #expect(body.message.id == "reader.odf.wrong-mimetype")
        // a Word package
        let word = try #require(Self.error(try Snippet.package(mimetype: nil, content: nil, extra: [("word/document.xml", Array("<w:document/>".utf8))])))
        #expect(word.message.id == "reader.odf.word-package")
    }

    @Test func notAPackage() throws {
        #expect(Self.error([])?.message.id == "reader.empty-file")
        #expect(Self.error(Array("just some text, not a zip".utf8))?.message.id == "reader.not-a-package")
        #expect(Self.error([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600))?.message.id == "reader.legacy-format")
        #expect(Self.error(Array("<html><body>网页</body></html>".utf8))?.message.id == "reader.html")
        let package = try Snippet.package(content: Self.body)
        let truncated = Array(package.prefix(package.count / 2))
        #expect(Self.error(truncated)?.message.id == "reader.damaged-package")
    }

    @Test func encryptedPackage() throws {
        let manifest = """
        <?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>
        """
        let e = try #require(Self.error(try Snippet.package(content: "\u{1}\u{2}binary", manifest: manifest)))
        #expect(e.message.id == "reader.odf.encrypted")
    }

    @Test func hostileXML() throws {
        let laughs = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\
        <office:document-content \(Snippet.namespaces)><office:body><office:text><text:p>&lol2;</text:p></office:text></office:body></office:document-content>
        """
        let bomb = try #require(Self.error(try Snippet.package(content: laughs)))
        #expect(bomb.message.id == "reader.xml-error")
        #expect(bomb.message.arguments["part"] == "content.xml")
        let external = """
        <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><office:document-content \(Snippet.namespaces)><office:body><office:text><text:p>&x;</text:p></office:text></office:body></office:document-content>
        """
        #expect(Self.error(try Snippet.package(content: external))?.message.id == "reader.xml-error")
        let deep = Snippet.content(body: "<text:p>" + String(repeating: "<text:span>", count: 10_000) + "深" + String(repeating: "</text:span>", count: 10_000) + "</text:p>")
        let start = Date()
        #expect(Self.error(try Snippet.package(content: deep))?.message.id == "reader.xml-error")
        #expect(Date().timeIntervalSince(start) < 30, "a hang guard, not a speed test")
        let broken = try #require(Self.error(try Snippet.package(content: Self.body, styles: "<office:document-styles>")))
        #expect(broken.message.arguments["part"] == "styles.xml")
    }

    /// Shapes within shapes (their text read as blocks since LibreOffice's custom shapes carry
    /// the 版记) stay under the XML depth cap; shapes nested within the cap stay in memory bounds.
    @Test func nestedShapesAreBounded() throws {
        let deep = Snippet.content(body: "<text:p>" + String(repeating: "<draw:custom-shape><text:p>", count: 5_000) + "深"
            + String(repeating: "</text:p></draw:custom-shape>", count: 5_000) + "</text:p>")
        let start = Date()
        #expect(Self.error(try Snippet.package(content: deep))?.message.id == "reader.xml-error")
        let groups = Snippet.content(body: String(repeating: "<draw:g>", count: 5_000) + String(repeating: "</draw:g>", count: 5_000))
        #expect(Self.error(try Snippet.package(content: groups))?.message.id == "reader.xml-error")
        #expect(Date().timeIntervalSince(start) < 30, "a hang guard, not a speed test")
        // 60 levels (within the cap): every level's paragraph read, once, in order
        let levels = 60
        var body = ""
        for i in 0..<levels { body += "<text:p>\(i)<draw:custom-shape>" }
        body += String(repeating: "</draw:custom-shape></text:p>", count: levels)
        let draft = try ODFReader().read(try Snippet.package(content: Snippet.content(body: body)), file: "shapes.odt")
        #expect(draft.paragraphs.map(\.text) == (0..<levels).map(String.init))
        #expect(draft.warnings.map(\.message.id) == Array(repeating: "reader.odf.text-box", count: levels - 1) + ["reader.odf.drawing"])
    }

    /// Found by FuzzODFReader: a part whose first bytes announce an encoding libxml2 has no
    /// converter for (UCS-4 in the 3412 order) is an XML error naming the part, not a crash.
    @Test func partInAnEncodingLibxml2CannotConvert() throws {
        let package = try Snippet.package(content: nil, extra: [("content.xml", [0x00, 0x3C, 0x00, 0x00, 0x6F, 0x00, 0x00, 0x00])])
        let error = try #require(Self.error(package))
        #expect(error.message.id == "reader.xml-error")
        #expect(error.message.arguments["part"] == "content.xml")
    }

    @Test func repeatedRowsBeyondTheCap() throws {
        let table = """
        <table:table><table:table-row table:number-rows-repeated="2000000000"><table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>
        """
        let start = Date()
        let e = try #require(Self.error(try Snippet.package(content: Snippet.content(body: table))))
        #expect(e.message.id == "reader.odf.table-too-large")
        #expect(Date().timeIntervalSince(start) < 30, "a hang guard, not a speed test")
    }

    @Test func flatODTIsRead() throws {
        let flat = Snippet.content(body: "<text:p>单一文件</text:p>")
            .replacingOccurrences(of: "office:document-content", with: "office:document")
            .replacingOccurrences(of: "office:version=\"1.3\"", with: "office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\"")
        let draft = try ODFReader().read(Array(flat.utf8), file: "draft.fodt")
        #expect(draft.paragraphs.map(\.text) == ["单一文件"])
        // a flat file's footer finds its style among the one set of automatic styles
        let footer = """
        <office:automatic-styles><style:style style:name="F1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>\
        <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"/></style:page-layout></office:automatic-styles>\
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>\
        <text:p text:style-name="F1">- <text:page-number>1</text:page-number> -</text:p></style:footer></style:master-page></office:master-styles>
        """
        let withFooter = flat.replacingOccurrences(of: "<office:automatic-styles></office:automatic-styles>", with: footer)
        let footed = try ODFReader().read(Array(withFooter.utf8), file: "draft.fodt")
        #expect(footed.pageNumberFooters == [DraftFooter(pages: .all, pattern: "- {PAGE} -", alignment: .center, runs: footed.pageNumberFooters.first?.runs ?? [])])
        #expect(footed.page.map { Int($0.width.rounded()) } == 595)
    }

    @Test func metaTitleAndCreator() throws {
        let meta = """
        <?xml version="1.0"?><office:document-meta \(Snippet.namespaces)><office:meta><dc:title>关于春季防火的通知</dc:title>\
        <meta:initial-creator>石门镇人民政府</meta:initial-creator><dc:creator>张三</dc:creator></office:meta></office:document-meta>
        """
        let draft = try ODFReader().read(try Snippet.package(content: Self.body, meta: meta), file: "draft.odt")
        #expect(draft.propertiesTitle == "关于春季防火的通知")
        #expect(draft.propertiesCreator == "石门镇人民政府")
        #expect(draft.format == .odt)
    }
}

extension ErrorTests {
    @Test func wideSpanOverManyEmptyRowsIsRefused() throws {
        let rows = String(repeating: "<table:table-row/>", count: 2000)
        let table = "<table:table><table:table-row><table:table-cell table:number-columns-spanned=\"9000\"/></table:table-row>\(rows)</table:table>"
        let start = Date()
        #expect(Self.error(try Snippet.package(content: Snippet.content(body: table)))?.message.id == "reader.odf.table-too-large")
        #expect(Date().timeIntervalSince(start) < 30, "a hang guard, not a speed test")
    }
}

extension ErrorTests {
    @Test func capsOnParagraphsWarningsAndFileSize() throws {
        let many = Snippet.content(body: String(repeating: "<text:p>段</text:p>", count: 50))
        let package = try Snippet.package(content: many)
        do {
            _ = try ODFReader(maxParagraphs: 40).read(package, file: "draft.odt")
            Issue.record("no error")
        } catch let error as DraftError {
            #expect(error.message.id == "reader.package-too-large")
        }
        #expect(try ODFReader().read(package, file: "draft.odt").paragraphs.count == 50)
        do {
            _ = try ODFReader(maxFileSize: 100).read(package, file: "draft.odt")
            Issue.record("no error")
        } catch let error as DraftError {
            #expect(error.message.id == "reader.file-too-large")
        }
        let images = Snippet.content(body: String(repeating: "<text:p>图<draw:frame><draw:image/></draw:frame></text:p>", count: 1200))
        let draft = try ODFReader().read(try Snippet.package(content: images), file: "draft.odt")
        #expect(draft.warnings.count == 1001)
        #expect(draft.warnings.last?.message.id == "reader.more-warnings")
        #expect(draft.warnings.last?.message.arguments["count"] == "200")
    }
}

extension ErrorTests {
    /// Small XML that would expand into much text or many cells is refused, within bounds.
    @Test func expansionIsBounded() throws {
        let spaces = Snippet.content(body: "<text:p>" + String(repeating: "<text:s text:c=\"10000\"/>", count: 500) + "</text:p>")
        #expect(Self.error(try Snippet.package(content: spaces))?.message.id == "reader.package-too-large")
        let cells = "<table:table><table:table-row table:number-rows-repeated=\"1000\"><table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row></table:table>"
        #expect(Self.error(try Snippet.package(content: Snippet.content(body: cells)))?.message.id == "reader.odf.table-too-large")
    }
}
