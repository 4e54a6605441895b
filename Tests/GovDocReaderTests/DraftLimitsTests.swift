import Foundation
import GovDocDraft
import GovDocKit
@testable import GovDocPackaging
import GovDocOOXMLReader
import Testing

/// Small drafts that burned CPU or memory (issue 29, item 4): each is built here, read, and
/// either read in well under the hang guard or refused with a "too large" naming the part. The
/// times are a guard against a hang (2 s on a shared debug build), not a benchmark.
@Suite struct DraftLimitsTests {
    /// Runs `body`, returning its result and the seconds it took.
    func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// The error a read throws (nil when it reads), and the time it took.
    func refusal(_ bytes: [UInt8], file: String = "draft.docx") -> (DraftError?, Double) {
        timed {
            do { _ = try GovDocDrafts.read(bytes, file: file); return nil } catch let error as DraftError { return error } catch {
                Issue.record("not a DraftError: \(error)")
                return nil
            }
        }
    }

    @Test func aParagraphOf55000RunsReadsInLinearTime() throws {
        let runs = String(repeating: "<w:r><w:t>字</w:t></w:r>", count: 55_000)
        let bytes = try DocxBuilder(body: "<w:p>\(runs)</w:p><w:p><w:r><w:t>末段</w:t></w:r></w:p>").bytes()
        let (draft, seconds) = try timed { try OOXMLReader().read(bytes, file: "runs.docx") }
        #expect(seconds < 30, "a hang guard, not a speed test: 55,000 runs took \(seconds) s")
        #expect(draft.paragraphs.count == 2)
        #expect(draft.paragraphs[0].text == String(repeating: "字", count: 55_000))
        #expect(draft.paragraphs[0].runs.count == 1, "runs of one look are merged")
        #expect(draft.paragraphs[0].runs[0].text.count == 55_000)
    }

    @Test func aLevelTextOf450ReferencesIsNotPrinted() throws {
        let lvlText = String(repeating: "%1.", count: 450)
        let numbering = """
        <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
        <w:lvlText w:val="\(lvlText)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
        """
        var body = ""
        for i in 0..<5_000 { body += numbered("段\(i)", numId: 1, ilvl: 0) }
        body += numbered("子项", numId: 1, ilvl: 1)
        let bytes = try DocxBuilder(body: body, numbering: numbering).bytes()
        let (draft, seconds) = try timed { try OOXMLReader().read(bytes, file: "lvl.docx") }
        #expect(seconds < 30, "a hang guard, not a speed test: 5,000 paragraphs of a 450-reference lvlText took \(seconds) s")
        #expect(draft.paragraphs.count == 5_001)
        #expect(draft.paragraphs.prefix(5_000).allSatisfy { $0.automaticNumber == nil })
        // %1 in level 2 is printed in level 1's own format (chineseCounting), as Word does without w:isLgl
        #expect(draft.paragraphs[5_000].automaticNumber == "五千.1", "the sane level still prints, counting the others")
        let warnings = draft.warnings.filter { $0.message.id == "reader.level-text-too-long" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.text(in: .en).contains("level 1 of the numbering 7") == true)
        #expect(warnings.first?.message.text(in: .zh).contains("编号 7 第 1 级") == true)
    }

    @Test func levelTextsWordCouldWriteArePrintable() {
        #expect(NumberingLevelProbe.printable("%1.%2.%3.%4.%5.%6.%7.%8.%9."))
        #expect(NumberingLevelProbe.printable("第%1章"))
        #expect(!NumberingLevelProbe.printable(String(repeating: "%1", count: 10)))
        #expect(!NumberingLevelProbe.printable(String(repeating: "字", count: 256)))
        #expect(NumberingLevelProbe.printable(String(repeating: "字", count: 255)))
    }

    /// `count` styles, each based on the one before.
    func chain(_ count: Int) -> String {
        var styles = #"<w:style w:type="paragraph" w:default="1" w:styleId="s0"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>"#
        for i in 1..<count { styles += #"<w:style w:type="paragraph" w:styleId="s\#(i)"><w:basedOn w:val="s\#(i - 1)"/></w:style>"# }
        return styles
    }

    @Test func aStyleChainOf260000StylesIsRefusedAsTooLarge() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="s259999"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>"#
        let bytes = try DocxBuilder(body: body, styles: chain(260_000)).bytes()
        let (error, seconds) = refusal(bytes)
        #expect(seconds < 30, "a hang guard, not a speed test: 260,000 chained styles (520,000 nodes, 19 MB) took \(seconds) s")
        #expect(error?.message.id == "reader.part-too-large")
        #expect(error?.message.text(in: .en) == "the part word/styles.xml is too large to read: more than 500000 XML nodes")
    }

    @Test func aStyleChainDeeperThan64IsCutWithOneWarningInLinearTime() throws {
        // 60,000 styles in one chain (180,000 nodes, under the part's cap): each resolved once
        let styles = chain(60_000) + #"<w:style w:type="paragraph" w:styleId="mid"><w:basedOn w:val="s30"/><w:rPr><w:b/></w:rPr></w:style>"#
        let body = #"<w:p><w:pPr><w:pStyle w:val="s59999"/></w:pPr><w:r><w:t>深</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:pStyle w:val="mid"/></w:pPr><w:r><w:t>浅</w:t></w:r></w:p>"#
        let bytes = try DocxBuilder(body: body, styles: styles).bytes()
        let (draft, seconds) = try timed { try OOXMLReader().read(bytes, file: "chain.docx") }
        #expect(seconds < 30, "a hang guard, not a speed test: 60,000 chained styles took \(seconds) s")
        let warnings = draft.warnings.filter { $0.message.id == "reader.style-chain-too-deep" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.text(in: .en).hasPrefix("the style `s64` is based on a chain of more than 64 styles") == true)
        // a chain under the cap inherits from its base: s0's 16 pt through s30, its own bold
        #expect(draft.paragraphs[1].runs.first?.size == 16)
        #expect(draft.paragraphs[1].runs.first?.bold == true)
    }

    @Test func anElementOf450000AttributesIsRefusedBeforeLibxml2() throws {
        var attributes = ""
        attributes.reserveCapacity(4_000_000)
        for i in 0..<450_000 { attributes += " a\(i)=\"\"" }
        let bytes = try DocxBuilder(body: "<w:p\(attributes)><w:r><w:t>字</w:t></w:r></w:p>").bytes()
        let (error, seconds) = refusal(bytes)
        #expect(seconds < 30, "a hang guard, not a speed test: 450,000 attributes took \(seconds) s")
        #expect(error?.message.id == "reader.element-too-large")
        #expect(error?.message.text(in: .en) == "the part word/document.xml is too large to read: the element at line 1 has more than 1000 attributes")
        #expect(error?.message.text(in: .zh) == "部件 word/document.xml 过大，拒绝读取：第 1 行的元素有超过 1000 个属性")
    }

    @Test func theScannerCountsOnlyStartTagAttributes() throws {
        func read(_ xml: String) throws -> Int {
            let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "t.xml")
            var starts = 0
            while let event = try reader.next() { if case .start = event { starts += 1 } }
            return starts
        }
        let many = (0..<1000).map { " a\($0)=\"=>\"" }.joined()
        #expect(try read("<r\(many)/>") == 1, "1,000 attributes, `=` and `>` in their values: read")
        let equals = String(repeating: "=", count: 5000)
        #expect(try read("<r><!-- \(equals) --><![CDATA[\(equals)]]><?pi \(equals)?><a>\(equals)</a></r>") == 2)
        #expect(throws: PackagingError.self) { try read("<r\(many) z=\"\"/>") }
        // across the reader's 32 KiB chunks, on line 3
        let padding = String(repeating: " ", count: 40_000)
        do {
            _ = try read("<r>\n\(padding)\n<a\(many) z=\"\"/></r>")
            Issue.record("1,001 attributes read")
        } catch let error as PackagingError {
            #expect(error.message?.id == "reader.element-too-large")
            #expect(error.operation == "t.xml:3")
        }
    }
}

/// The lvlText check, reached through a level built from XML.
enum NumberingLevelProbe {
    static func printable(_ text: String) -> Bool {
        let numbering = """
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="\(text)"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        """
        guard let bytes = try? DocxBuilder(body: numbered("甲", numId: 1, ilvl: 0), numbering: numbering).bytes(),
              let draft = try? OOXMLReader().read(bytes, file: "n.docx") else { return false }
        return !draft.warnings.contains { $0.message.id == "reader.level-text-too-long" }
    }
}
