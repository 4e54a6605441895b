import GovDoc
import GovDocDraft
import GovDocSource
import GovDocSourceWriter
import PropertyBased
import Testing

/// Any draft at all: the recogniser never fails, gives every paragraph a role, and the source
/// text of what it recognised reads back to the same model.
@Suite struct RandomDraftTests {
    static let lines = ["关于某事的通知", "各村（社区）：", "一、总体情况", "（二）具体措施", "1.推进改造。全年完成。", "（3）细项", "正文内容。",
                        "附件：1.甲表", "2.乙表", "附件", "附件2", "某某镇人民政府", "2024年3月1日", "二〇二四年三月一日", "2024.3.1",
                        "（此件公开发布）", "抄送：县政府办公室，县档案馆。", "某某镇党政办公室  2024年3月2日印发", "某政发〔2024〕3号",
                        "签发人：张三", "000123", "机密★1年", "特急", "", "　　", "\t", "a\nb", "标题一\n标题二", "|x", "<table>", "\\", "：",
                        "（）", "附件：", "2024年2月30日", "某某镇人民政府      2024年3月1日"]

    static func draft(seed: UInt64) -> Draft {
        var rng = Mix(seed)
        var blocks: [DraftBlock] = []
        var index = 0
        let aligns: [DraftAlignment?] = [nil, .center, .right, .left, .justify]
        let styles: [String?] = [nil, nil, "Title", "Heading 1", "Heading 3", "GovBody", "公文标题", "GovSignature", "GovDate", "GovNote",
                                 "GovAttachmentNote", "GovImprint", "GovIssuerMark", "GovDocumentNumber", "GovRecipient", "标题 2"]
        for _ in 0..<Int(rng.next() % 30) {
            switch rng.next() % 8 {
            case 0: blocks.append(.pageBreak)
            case 1: blocks.append(.table(DraftTable(table: Table(rows: [TableRow(cells: [TableCell(lines[Int(rng.next() % UInt64(lines.count))])])]),
                                                    followingParagraphIndex: index + 1)))
            default:
                index += 1
                let text = lines[Int(rng.next() % UInt64(lines.count))]
                let color: String? = rng.next() % 6 == 0 ? "FF0000" : nil
                blocks.append(.paragraph(DraftParagraph(
                    index: index, text: (rng.next() % 4 == 0 ? "    " : "") + text, styleName: styles[Int(rng.next() % UInt64(styles.count))],
                    outlineLevel: rng.next() % 5 == 0 ? Int(1 + rng.next() % 9) : nil, alignment: aligns[Int(rng.next() % 5)],
                    rightIndent: rng.next() % 3 == 0 ? Double(rng.next() % 80) : nil,
                    runs: [DraftRun(text: text, size: [12, 16, 22, 36][Int(rng.next() % 4)], bold: rng.next() % 3 == 0, color: color)],
                    pageBreakBefore: rng.next() % 7 == 0)))
            }
        }
        return Draft(format: .docx, blocks: blocks)
    }

    @Test func anyDraftIsRecognised() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let draft = Self.draft(seed: UInt64(seed))
            let recognition = DraftRecognizer(styles: Fixtures.styles).recognize(draft, file: "r.docx")
            #expect(Set(recognition.roles.keys) == Set(draft.paragraphs.map(\.index)), "seed \(seed)")
            for w in recognition.warnings { #expect(w.location.file == "r.docx") }
            let written = SourceWriter().write(recognition.document)
            var expected = recognition.document
            // what the source text cannot say: an empty title, a notice without a mark
            guard !expected.title.isEmpty else { return }
            do {
                let again = try SourceReader().read(bytes: Array(written.text.utf8), file: "r.md").document
                expected.blocks = HeadingSyntax.numbered(expected.blocks)
                // the writer's note: one bound separately before a bound one gets an empty text
                if let lastBound = expected.attachments.lastIndex(where: \.isBoundWithDocument) {
                    for i in 0..<lastBound where expected.attachments[i].blocks == nil { expected.attachments[i].blocks = [] }
                }
                #expect(again == expected, "seed \(seed)\n\(written.text)")
            } catch {
                Issue.record("seed \(seed): \(error)\n\(written.text)")
            }
        }
    }
}
