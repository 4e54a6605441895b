import GovDoc
import GovDocSource
import Testing

/// The new front matter keys read into the model and lowered to the flow (source-format.md §8).
@Suite struct StandardSourceTests {
    func read(_ text: String) throws -> Document {
        try SourceReader().read(bytes: Array(text.utf8), file: "t.md").document
    }

    func d(_ document: Document) -> Document { document }

    func paragraphs(_ document: Document) -> [FlowParagraph] {
        Flow(document).items.compactMap { if case let .paragraph(p) = $0 { return p } else { return nil } }
    }

    @Test func marksReadAndPlacedAboveTheMark() throws {
        let d = try read("---\nkind: notice\ntitle: 通知\nheader: 青山县人民政府文件\ncopy: 000123\nclassification: 机密★6个月\nurgency: 加急\n---\n正文。\n")
        #expect(d.classificationMarks == ClassificationMarks(copyNumber: "000123", classification: Classification(level: .confidential, period: "6个月"), urgency: .urgent))
        let p = paragraphs(d)
        #expect(p.prefix(4).map(\.text) == ["000123", "机密★6个月", "加急", "青山县人民政府文件"])
        #expect(p[0].role == .body && p[0].look.firstLineIndent == 0 && p[0].look.alignment == .left)
        #expect(p[1].role == .classification && p[2].role == .classification)
        // the mark keeps its top 35 mm under the block: three grid lines less space before it
        let plain = paragraphs(try read("---\nkind: notice\ntitle: 通知\nheader: 青山县人民政府文件\n---\n正文。\n"))
        #expect(abs(plain[0].look.spaceBefore! - p[3].look.spaceBefore! - 3 * d.pageSetup.linePitch) < 0.001)
    }

    @Test func jointMarkSignaturesAndSigners() throws {
        let d = try read("""
            ---
            kind: notice
            title: 请示
            header: [青山县人民政府, 青山县财政局]
            header-suffix: 文件
            number: 青政文〔2025〕4号
            signer: [李明, 欧阳建国]
            issuer: [青山县人民政府, 青山县财政局]
            date: 2025-03-12
            ---
            正文。
            """)
        #expect(d.masthead?.jointNames == ["青山县人民政府", "青山县财政局"] && d.masthead?.suffix == "文件")
        let items = Flow(d).items
        let joint = items.compactMap { if case let .jointMark(m) = $0 { return m } else { return nil } }
        #expect(joint.map(\.names) == [["青山县人民政府", "青山县财政局"]])
        let p = paragraphs(d)
        // 签发人 in a column, first characters aligned (padded to the longest name), the number on the last line
        let signers = p.filter { $0.role == .documentNumber }
        #expect(signers.map(\.text) == ["\t签发人：李明\u{3000}\u{3000}", "青政文〔2025〕4号\t欧阳建国"])
        #expect(signers[0].look.bottomRule == nil && signers[1].look.bottomRule != nil)
        // signatures: the lead first, the other below at the same right indent, then the date
        let names = p.filter { $0.role == .signature }
        #expect(names.map(\.text) == ["青山县人民政府", "青山县财政局"])
        #expect(names[0].look.rightIndent == names[1].look.rightIndent)
        let date = try #require(p.first { $0.role == .date })
        let c = d.styles.style(.body).size
        // widths as the signature lines are set: with autospace (StyleSheet.autospace(_:))
        let lastLeft = names[1].look.rightIndent! + SignatureLayout.width(of: "青山县财政局", autospace: d.styles.autospace(.signature)) * c
        let dateLeft = date.look.rightIndent! + SignatureLayout.width(of: "2025年3月12日", autospace: d.styles.autospace(.date)) * c
        #expect(abs(lastLeft - dateLeft - 2 * c) < 0.001, "date 2 字 right of the last name")
    }

    @Test func orderAndMinutes() throws {
        let order = try read("---\nkind: order\ntitle: 青山县人民政府令第3号\nheader: 青山县人民政府令\nnumber: 第3号\nsigner-title: 县长\nsigner: 李明\ndate: 2025-04-01\n---\n现予公布。\n")
        let p = paragraphs(order)
        #expect(!p.contains { $0.role == .title }, "no printed title")
        let texts = p.map(\.text)
        let mark = try #require(texts.firstIndex(of: "青山县人民政府令"))
        // the mark's line filled to the grid (a small exact line), two blank lines, the 令号, two more, the body
        #expect(Array(texts[mark...].prefix(8)) == ["青山县人民政府令", "", "", "", "第3号", "", "", "现予公布。"])
        #expect(p[mark + 1].role == .tableCell && p[mark + 1].look.exactLineHeight! < d(order).pageSetup.linePitch)
        #expect(p[mark + 2].role == .body && p[mark + 3].role == .body)
        // the em box's top 20 mm under the block (order.yaml): the line's top that much less the
        // em box's place in the mark's exact line
        let markStyle = d(order).styles.style(.issuerMark)
        let markLine = try #require(p[mark].look.exactLineHeight ?? markStyle.lineHeight)
        #expect(abs(p[mark].look.spaceBefore! + (markLine - markStyle.size) / 2 - 20 * 72 / 25.4) < 0.01, "20 mm (order.yaml)")
        let sign = try #require(p.first { $0.role == .signature })
        #expect(sign.text == "县长\u{3000}\u{3000}李明" && sign.look.rightIndent == 64)
        #expect(p.last { $0.role == .date }?.look.rightIndent == 64)

        let minutes = try read("---\nkind: minutes\ntitle: 纪要\nheader: 青山县人民政府常务会议纪要\nattendees: [张三, 李四]\nobservers: [县财政局]\n---\n会议纪要如下。\n")
        let lines = paragraphs(minutes).filter { $0.runs.first?.role == .classification }
        #expect(lines.map(\.text) == ["出席：张三、李四", "列席：县财政局"])
        let label = 3 * (16 - 0.25)
        #expect(lines[0].look.leftIndent == 32 + label && lines[0].look.firstLineIndent == -label)
    }
}
