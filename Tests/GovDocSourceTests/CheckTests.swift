import GovDoc
import GovDocCheck
import GovDocSource
import Testing

@Suite struct NumberingCheckTests {
    func check(_ body: String) throws -> NumberingCheck {
        let text = "---\ntitle: 报告\n---\n" + body
        return NumberingCheck(result: try SourceReader().read(bytes: Array(text.utf8), file: "t.md"), file: "t.md")
    }

    @Test func seedFaultsAreFound() throws {
        let c = try check("""
            一、总体情况
            正文。
            （1） 主动公开情况
            正文。
            （二）依申请公开情况
            正文。
            （4） 平台建设情况
            正文。
            二、存在问题
            1.存在问题。一是……
            """)
        let codes = c.findings.map { "\($0.line):\($0.code)" }
        #expect(codes == ["6:numbering.form", "6:numbering.space", "10:numbering.form", "10:numbering.space", "13:numbering.skip"])
        #expect(c.findings[0].replacement == "（一）")
        #expect(c.entries.map(\.expected) == ["一、", "（一）", "（二）", "（三）", "二、", "1."])
    }

    /// Each attachment's headings are numbered afresh from 一、, and checked at their own lines.
    @Test func attachmentsAreNumberedAfresh() throws {
        let text = "---\ntitle: 通知\nattachments: [甲表, 乙表]\n---\n一、总体\n正文。\n二、安排\n正文。\n<attachment/>\n一、说明\n正文。\n三、要求\n正文。\n<attachment/>\n一、名单\n正文。\n"
        let result = try SourceReader().read(bytes: Array(text.utf8), file: "t.md")
        #expect(result.document.blocks.count == 4)
        #expect(result.document.attachments.map(\.title) == ["甲表", "乙表"])
        #expect(result.document.attachments.map { $0.blocks?.count } == [4, 2])
        #expect(result.attachmentBlockLines == [[10, 11, 12, 13], [15, 16]])
        let c = NumberingCheck(result: result, file: "t.md")
        #expect(c.findings.map { "\($0.line):\($0.code)" } == ["12:numbering.sequence"])
        #expect(c.entries.map(\.expected) == ["一、", "二、", "一、", "二、", "一、"])
    }

    /// Titles without an `<attachment/>` are attachments bound separately: named only.
    @Test func attachmentsWithoutTextAreOnlyNamed() throws {
        let text = "---\ntitle: 通知\nattachments: [甲表, 乙表]\n---\n正文。\n<attachment/>\n甲表的内容。\n"
        let document = try SourceReader().read(bytes: Array(text.utf8), file: "t.md").document
        #expect(document.attachments == [Attachment(title: "甲表", blocks: [.paragraph(Paragraph("甲表的内容。"))]), Attachment(title: "乙表")])
        let labels = Flow(document).items.compactMap { item -> String? in
            if case let .paragraph(p) = item, p.role == .attachmentLabel { return p.text } else { return nil }
        }
        #expect(labels == ["附件1"])
    }

    @Test func outOfSequenceAndMixedWidth() throws {
        let c = try check("""
            一、甲
            正文。
            三、乙
            正文。
            (一)丙
            正文。
            """)
        #expect(c.findings.map(\.code) == ["numbering.sequence", "numbering.style"])
        #expect(c.findings[0].message.contains("expected 二、"))
        #expect(c.findings[1].replacement == "（一）")
    }

    @Test func emptySectionsAreReported() throws {
        let c = try check("""
            一、甲
            二、乙
            正文。
            三、丙
            """)
        #expect(c.findings.filter { $0.code == "section.empty" }.map(\.line) == [4, 7])
    }

    @Test func cleanDocumentHasNoFindings() throws {
        let c = try check("""
            一、甲
            （一）乙
            1.丙
            （1）丁
            正文。
            （2）戊
            正文。
            2.己。正文在同一段。
            二、庚
            正文。
            """)
        #expect(c.findings.isEmpty)
    }

    @Test func renumberChangesOnlyTheNumbers() throws {
        let body = "一、甲\n正文。\n  （1） 乙\n正文（1）不动。\n三、丙\n正文。\n"
        let c = try check(body)
        let text = "---\ntitle: 报告\n---\n" + body
        let (fixed, changed) = Renumber.apply(to: text, entries: c.entries)
        #expect(changed == 2)
        #expect(fixed == "---\ntitle: 报告\n---\n一、甲\n正文。\n  （一）乙\n正文（1）不动。\n二、丙\n正文。\n")
    }

    @Test func chineseNumbers() {
        #expect(ChineseNumerals.headingNumber(1) == "一")
        #expect(ChineseNumerals.headingNumber(10) == "十")
        #expect(ChineseNumerals.headingNumber(12) == "十二")
        #expect(ChineseNumerals.headingNumber(20) == "二十")
        #expect(ChineseNumerals.headingNumber(35) == "三十五")
    }
}
