import Foundation
import GovDocDraft
import GovDocMessages
import GovDocOOXMLReader
import GovDocPackaging
import Testing

/// Hostile and wrong-format files: one clear `DraftError` each, in well under a second.
@Suite struct OOXMLHostileTests {
    static let fixtures: [(String, String)] = [
        ("empty.docx", "reader.empty-file"),
        ("truncated.docx", "reader.damaged-package"),
        ("not-a-zip.docx", "reader.not-a-package"),
        ("missing-document.docx", "reader.missing-part"),
        ("dot-dot-entry.docx", "reader.unsafe-entry-name"),
        ("billion-laughs.docx", "reader.xml-error"),
        ("external-entity.docx", "reader.xml-error"),
        ("deep-nesting.docx", "reader.xml-error"),
        ("zip-bomb.docx", "reader.package-too-large"),
        ("web-page.doc", "reader.html"),
        ("web-archive.docx", "reader.html"),
        ("rich-text.docx", "reader.rtf"),
        ("password-protected.docx", "reader.password-protected"),
        ("legacy-word.doc", "reader.legacy-format"),
    ]

    func error(_ bytes: [UInt8], reader: OOXMLReader = OOXMLReader()) -> (DraftError?, Double) {
        var found: DraftError?
        let time = seconds {
            do { _ = try reader.read(bytes, file: "draft.docx") } catch let e as DraftError { found = e } catch {
                Issue.record("not a DraftError: \(error)")
            }
        }
        return (found, time)
    }

    @Test(arguments: fixtures)
    func hostileFixture(name: String, id: String) throws {
        let path = repositoryRoot.appendingPathComponent("Tests/Fixtures/bad-docx/\(name)").path
        let bytes = try FileBytes.read(path)
        var result: (DraftError?, Double) = (nil, 0)
        let printed = capturingStandardError { result = error(bytes) }
        let found = try #require(result.0, "\(name) was read")
        #expect(found.message.id == id, "\(name): \(found)")
        #expect(result.1 < 1, "\(name): \(result.1) s")
        #expect(found.location == DraftLocation(file: "draft.docx"))
        // libxml2 prints nothing (the test runner's own progress lines may be captured too)
        #expect(!printed.contains(" error : ") && !printed.contains("warning : "), "\(name) printed: \(printed)")
        // both languages are complete sentences with their placeholders filled
        #expect(!found.message.text(in: .zh).contains("{") && !found.message.text(in: .en).contains("{"))
        #expect(found.description.hasPrefix("draft.docx: "))
    }

    @Test func theEntityIsNeverExpandedNorLoaded() throws {
        let path = repositoryRoot.appendingPathComponent("Tests/Fixtures/bad-docx/external-entity.docx").path
        let bytes = try FileBytes.read(path)
        let (found, _) = error(bytes)
        let message = try #require(found).message
        #expect(message.arguments["part"]?.hasPrefix("word/document.xml") == true)
        #expect(!message.text(in: .en).contains("root:"))
    }

    @Test func passwordMessageSaysWhatToDo() throws {
        #expect(MessageTemplate.readerPasswordProtected.en.contains("remove the password in Word"))
        #expect(MessageTemplate.readerLegacyFormat.en.contains("save it as .docx"))
    }

    @Test func fileSizeCap() throws {
        let bytes = try DocxBuilder(body: p("正文")).bytes()
        let (found, _) = error(bytes, reader: OOXMLReader(maxFileSize: 100))
        #expect(found?.message.id == "reader.file-too-large")
    }

    @Test func encryptedEntry() throws {
        var raw = RawZip()
        raw.add("word/document.xml", Array("<w:document/>".utf8), flags: 0x0801)
        let (found, _) = error(raw.bytes())
        #expect(found?.message.id == "reader.encrypted-entry")
    }

    @Test func malformedDocumentNamesThePartAndLine() throws {
        var builder = DocxBuilder(body: "<w:p><w:r><w:t>未闭合</w:r></w:p>")
        builder.mainPath = "word/document.xml"
        let (found, _) = error(try builder.bytes())
        let message = try #require(found).message
        #expect(message.id == "reader.xml-error")
        #expect(message.arguments["part"] == "word/document.xml:1")
    }

    @Test func malformedStylesIsAnErrorToo() throws {
        let (found, _) = error(try DocxBuilder(body: p("x"), styles: "<w:style>").bytes())
        #expect(found?.message.id == "reader.xml-error")
        #expect(found?.message.arguments["part"]?.hasPrefix("word/styles.xml") == true)
    }

    /// A zip bomb built here: 80 MiB of text in document.xml.
    @Test func zipBombBuiltInTheTest() throws {
        let writer = try ZipArchiveWriter()
        let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
        try writer.add("word/document.xml", Array(xml.utf8) + [UInt8](repeating: 0x61, count: 80 << 20))
        let bytes = try writer.finish()
        let (found, time) = error(bytes)
        #expect(found?.message.id == "reader.package-too-large")
        #expect(time < 30, "a hang guard, not a speed test: \(time) s")
    }

    @Test func tooManyParagraphsAndWarnings() throws {
        let many = String(repeating: "<w:p/>", count: 300)
        let (found, _) = error(try DocxBuilder(body: many).bytes(), reader: OOXMLReader(maxParagraphs: 200))
        #expect(found?.message.id == "reader.package-too-large")
        let huge = "<w:p>" + String(repeating: "<w:r/>", count: 310_000) + "</w:p>"
        let (block, time) = error(try DocxBuilder(body: huge).bytes())
        #expect(block?.message.id == "reader.package-too-large")
        #expect(time < 30, "a hang guard, not a speed test: \(time) s")
        let image = "<w:p><w:r><w:drawing><a:blip r:embed=\"r\"/></w:drawing></w:r></w:p>"
        let draft = try readDocx(DocxBuilder(body: String(repeating: image, count: 1200)))
        #expect(draft.warnings.count == 1001)
        #expect(draft.warnings.last?.message.id == "reader.more-warnings")
        #expect(draft.warnings.last?.message.arguments["count"] == "200")
    }

    /// Truncations of a real package at many points: always a DraftError, never a crash.
    @Test func everyTruncationIsAnError() throws {
        let bytes = try DocxBuilder(body: p("正文") + p("第二段"), styles: "", numbering: "").bytes()
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 60)) {
            let (found, _) = error(Array(bytes.prefix(cut)))
            #expect(found != nil, "cut at \(cut)")
        }
    }
}

/// Values no writer produces: numbers past any range, fields that never end, grids too wide.
@Suite struct OOXMLOutOfRangeTests {
    @Test func hugeNumbersDoNotTrap() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="-9223372036854775808"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%2"/><w:lvlRestart w:val="99999999999999999999"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1e308"/></w:lvlOverride></w:num>
        """
        let body = numbered("a", numId: 1, ilvl: 0) + numbered("b", numId: 1, ilvl: 0) + numbered("c", numId: 1, ilvl: 1)
            + p("d", pPr: "<w:ind w:firstLine=\"1e300\" w:left=\"nan\" w:hanging=\"-inf\"/><w:spacing w:line=\"99999999999999999999\"/><w:numPr><w:ilvl w:val=\"-5\"/><w:numId w:val=\"1\"/></w:numPr>")
            + "<w:tbl><w:tblGrid/><w:tr><w:trPr><w:gridBefore w:val=\"999999999\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"1e12\"/></w:tcPr>\(p("x"))</w:tc></w:tr></w:tbl>"
            + "<w:sectPr><w:pgSz w:w=\"1e300\" w:h=\"11906\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"0.0000001\" w:charSpace=\"-65535\"/></w:sectPr>"
        let draft = try readDocx(DocxBuilder(body: body, numbering: numbering))
        #expect(draft.paragraphs.count == 4)
        // values out of range are ignored: the level starts at its default, 0
        #expect(draft.paragraphs[0].automaticNumber == "0.")
        #expect(draft.warnings.contains { $0.message.id == "reader.unreadable-table" })
    }

    @Test func unterminatedFieldsDoNotHideTheText() throws {
        let begins = String(repeating: "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", count: 5000)
        let body = "<w:p>\(begins)<w:r><w:t>指令</w:t></w:r></w:p>" + String(repeating: p("正文"), count: 2000)
        var draft: Draft?
        let time = seconds { draft = try? readDocx(DocxBuilder(body: body)) }
        let read = try #require(draft)
        #expect(time < 30, "a hang guard, not a speed test: \(time) s")
        #expect(read.paragraphs.count == 2001)
        #expect(read.paragraphs.last?.text == "正文")
    }
}
