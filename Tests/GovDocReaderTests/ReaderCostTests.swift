import Foundation
import GovDocDraft
@testable import GovDocPackaging
import GovDocOOXMLReader
import Testing

/// What the reader's speed work changed, held to the old behaviour: excerpts cut without
/// counting the whole text, page-break offsets without counting characters, styles.xml read
/// with the parts no one reads skipped inside libxml2.
@Suite struct ReaderCostTests {
    @Test func excerptsAreCutAtTwelveCharacters() {
        #expect(DraftLocation.shorten("") == "")
        #expect(DraftLocation.shorten("一二三四五六七八九十一二") == "一二三四五六七八九十一二")        // exactly 12
        #expect(DraftLocation.shorten("一二三四五六七八九十一二三") == "一二三四五六七八九十一二…")   // 13
        // characters, not scalars or bytes: a flag and a combining accent count as one each
        let flags = String(repeating: "🇨🇳", count: 12)
        #expect(DraftLocation.shorten(flags) == flags)
        #expect(DraftLocation.shorten(flags + "e\u{301}") == flags + "…")
        #expect(DraftLocation.shorten("abc", to: 0) == "…")
        #expect(DraftLocation.shorten("abcdef", to: 3) == "abc…")
        // a long paragraph gives its first twelve
        let long = String(repeating: "为深入贯彻落实", count: 10_000)
        #expect(DraftLocation.shorten(long) == "为深入贯彻落实为深入贯彻…")
    }

    @Test func pageBreaksInsideAndAtTheStartOfAParagraph() throws {
        let body = """
        <w:p><w:r><w:br w:type="page"/><w:t>页首分页</w:t></w:r></w:p>\
        <w:p><w:r><w:t>中文在前</w:t><w:br w:type="page"/><w:t>其后</w:t></w:r></w:p>\
        <w:p><w:r><w:t>末段</w:t></w:r></w:p>
        """
        let draft = try readDocx(DocxBuilder(body: body))
        let shape = draft.blocks.map { block -> String in
            switch block { case .paragraph: return "p"; case .table: return "t"; case .pageBreak: return "|" }
        }.joined()
        #expect(shape == "|pp|p")
    }

    @Test func stylesReadPastSkippedTableStylesAndLatentStyles() throws {
        let styles = """
        <w:latentStyles w:count="2"><w:lsdException w:name="Normal"/><w:lsdException w:name="heading 1"/></w:latentStyles>\
        <w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/>\
        <w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>\
        <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:fill="FF0000"/></w:tcPr></w:tblStylePr></w:style>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>\
        <w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
        """
        let body = #"<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p>"#
        let draft = try readDocx(DocxBuilder(body: body, styles: styles))
        #expect(draft.paragraphs.map(\.outlineLevel) == [1, nil])
        #expect(draft.paragraphs.map { $0.runs.first?.eastAsianFont } == ["黑体", "仿宋_GB2312"])
        #expect(draft.paragraphs.map { $0.runs.first?.size } == [16, 16])
    }

    @Test func skippingAnElementGoesOnAfterIt() throws {
        let xml = "<a><b x=\"1\"><c>inside</c><d/></b><e>after</e><b2/></a>"
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "t.xml")
        var seen: [String] = []
        while let event = try reader.next() {
            switch event {
            case let .start(name, _, isEmpty):
                seen.append("<" + name.localName)
                if name.localName == "b", !isEmpty { try reader.skipElement() }
            case .end(let name): seen.append("/" + name.localName)
            case .text(let t): seen.append(t)
            }
        }
        #expect(seen == ["<a", "<b", "<e", "after", "/e", "<b2", "/a"])
        // malformed XML inside a skipped element is still an error
        let bad = try XMLStreamReader(bytes: Array("<a><b><c></b></a>".utf8), name: "bad.xml")
        #expect(throws: PackagingError.self) {
            while let event = try bad.next() {
                if case let .start(name, _, false) = event, name.localName == "b" { try bad.skipElement() }
            }
        }
    }
}
