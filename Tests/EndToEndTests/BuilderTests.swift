import Foundation
import GovDocKit
import Testing

/// The library path: the seed report built in code equals the seed read from its source file,
/// down to the bytes of every package part.
@Suite struct BuilderTests {
    static func zeros(_ n: Int) -> [Cell] { (0..<n).map { _ in Cell("0") } }

    /// The seed report, written with the builder API (the same words, tables and faults as
    /// Examples/shimen-2023/report.md).
    static func seedInCode() throws -> Document {
        let source = try SourceOracle(path: Paths.example)
        let paragraphs = source.paragraphs
        func text(_ prefix: String) -> String { paragraphs.first { $0.hasPrefix(prefix) }! }
        let b3: [(String, [String])] = [
            ("(三)不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
        ]
        return try Document(title: "石门镇2023年政府信息公开工作年度报告", firstPageNumber: 5) {
            Heading("一、总体情况")
            Paragraph(paragraphs[1])
            Heading("（1） 主动公开情况")
            Paragraph(paragraphs[3])
            Heading("（二）依申请公开情况")
            Paragraph(paragraphs[5])
            Heading("（三）政府信息管理")
            Paragraph(paragraphs[7])
            Heading("（4） 平台建设情况")
            Paragraph(paragraphs[9])
            Heading("（5） 监督保障")
            Paragraph(paragraphs[11])
            Heading("二、主动公开政府信息情况")
            Table {
                Row { Cell("第二十条第(一)项", colSpan: 4) }
                Row { Cell("信息内容"); Cell("本年制发件数"); Cell("本年废止件数"); Cell("现行有效件数") }
                Row { Cell("规章"); Cell("0"); Cell("0"); Cell("0") }
                Row { Cell("规范性文件"); Cell("0"); Cell("0"); Cell("0") }
                Row { Cell("第二十条第(五)项", colSpan: 4) }
                Row { Cell("信息内容"); Cell("本年处理决定数量", colSpan: 3) }
                Row { Cell("行政许可"); Cell("0", colSpan: 3) }
                Row { Cell("第二十条第(六)项", colSpan: 4) }
                Row { Cell("信息内容"); Cell("本年处理决定数量", colSpan: 3) }
                Row { Cell("行政处罚"); Cell("0", colSpan: 3) }
                Row { Cell("行政强制"); Cell("0", colSpan: 3) }
                Row { Cell("第二十条第(八)项", colSpan: 4) }
                Row { Cell("信息内容"); Cell("本年收费金额(单位：万元)", colSpan: 3) }
                Row { Cell("行政事业性收费"); Cell("0", colSpan: 3) }
            }
            Heading("三、收到和处理政府信息公开申请情况")
            Table {
                Row(header: true) {
                    Cell(lines: ["(本列数据的勾稽关系为：第一项加", "第二项之和，等于第三项加第四项之和)"], rowSpan: 3, colSpan: 3)
                    Cell("申请人情况", colSpan: 7)
                }
                Row(header: true) { Cell("自然人", rowSpan: 2); Cell("法人或其他组织", colSpan: 5); Cell("总计", rowSpan: 2) }
                Row(header: true) {
                    Cell(lines: ["商业", "企业"]); Cell(lines: ["科研", "机构"]); Cell("社会公益组织"); Cell("法律服务机构"); Cell("其他")
                }
                Row { Cell("一、本年新收政府信息公开申请数量", colSpan: 3); for c in Self.zeros(7) { c } }
                Row { Cell("二、上年结转政府信息公开申请数量", colSpan: 3); for c in Self.zeros(7) { c } }
                Row { Cell("三、本年度办理结果", rowSpan: 23); Cell("(一)予以公开", colSpan: 2); for c in Self.zeros(6) { c }; Cell("") }
                Row { Cell("(二)部分公开(区分处理的，只计这一情形，不计其他情形)", colSpan: 2); for c in Self.zeros(7) { c } }
                for (group, items) in b3 {
                    for (i, item) in items.enumerated() {
                        Row { if i == 0 { Cell(group, rowSpan: items.count) }; Cell(item); for c in Self.zeros(7) { c } }
                    }
                }
                Row { Cell("(四)"); Cell("1.本机关不掌握相关"); for c in Self.zeros(7) { c } }
                Row { Cell("无法提供", rowSpan: 3); Cell("政府信息"); for c in Self.zeros(7) { c } }
                Row { Cell("2.没有现成信息需要另行制作"); for c in Self.zeros(7) { c } }
                Row { Cell("3.补正后申请内容仍不明确"); for c in Self.zeros(7) { c } }
                for (i, item) in ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                                  "5.要求行政机关确认或重新出具已获取信息"].enumerated() {
                    Row { if i == 0 { Cell("(五)不予处理", rowSpan: 5) }; Cell(item); for c in Self.zeros(7) { c } }
                }
                for (i, item) in ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                  "2.申请人逾期未按照收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"].enumerated() {
                    Row { if i == 0 { Cell("(六)其他处理", rowSpan: 3) }; Cell(item); for c in Self.zeros(7) { c } }
                }
                Row { Cell("(七)总计", colSpan: 2); for c in Self.zeros(7) { c } }
                Row { Cell("四、结转下年度继续办理", colSpan: 3); for c in Self.zeros(7) { c } }
            }
            Heading("四、政府信息公开行政复议、行政诉讼情况")
            Table {
                Row(header: true) { Cell("行政复议", colSpan: 5); Cell("行政诉讼", colSpan: 10) }
                Row(header: true) {
                    for label in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] { Cell(label, rowSpan: 2) }
                    Cell("未经复议直接起诉", colSpan: 5); Cell("复议后起诉", colSpan: 5)
                }
                Row(header: true) {
                    for _ in 0..<2 { for label in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] { Cell(label) } }
                }
                Row { for c in Self.zeros(15) { c } }
            }
            Heading("五、存在的主要问题及改进情况")
            Heading(text("1.存在问题。"))
            Heading(text("2.改进措施。"))
            Heading("六、其他需要报告的事项")
            Paragraph("本年度未收取信息处理费。")
            Signature(issuer: "石门镇人民政府", date: "2024-01-23")
        }
    }

    @Test func seedInCodeEqualsTheSourceFile() throws {
        let built = try Self.seedInCode()
        let read = try GovDocIO.read(sourceAt: Paths.example.path)
        #expect(built.blocks.count == read.blocks.count)
        for (i, (a, b)) in zip(built.blocks, read.blocks).enumerated() {
            #expect(a == b, "block \(i)")
        }
        #expect(built == read)
        // the same bytes for every part, in both formats
        #expect(try built.docx() == read.docx())
        #expect(try built.odt() == read.odt())
    }

    @Test func headingsGetNumbersFromTheirPosition() throws {
        let doc = try Document(title: "报告") {
            Heading(level: 1, "总体情况")
            Heading(level: 2, "主动公开")
            Heading(level: 2, "依申请公开")
            Heading(level: 3, "数量")
            Heading(level: 4, "细目")
            Heading(level: 1, "存在问题")
            Heading(level: 2, "问题")
            Paragraph("正文。")
            PageBreak()
        }
        let texts = doc.blocks.compactMap { block -> String? in if case let .heading(h) = block { return h.text } else { return nil } }
        #expect(texts == ["一、总体情况", "（一）主动公开", "（二）依申请公开", "1.数量", "（1）细目", "二、存在问题", "（一）问题"])
        #expect(doc.blocks.last == .pageBreak)
        // exported packages are valid
        let dir = try Paths.temporaryDirectory()
        for format in OutputFormat.packages {
            let path = dir.appendingPathComponent("doc.\(format.fileExtension)").path
            try doc.write(to: path, format: format)
            try Checkers.expectValid(path)
        }
    }

    /// Attachments in code: named in the 附件说明, printed after the signature from new pages,
    /// their headings numbered afresh; the same model as `<attachment/>` in a source file.
    @Test func attachmentsInCode() throws {
        let doc = try Document(title: "关于做好春季森林防火工作的通知") {
            Heading(level: 1, "提高认识")
            Paragraph("正文。")
            Signature(issuer: "石门镇人民政府", date: "2024-02-20")
            Attachment(title: "责任分解表") {
                Heading(level: 1, "镇级责任")
                Paragraph("表略。")
            }
        }
        let source = "---\ntitle: 关于做好春季森林防火工作的通知\nissuer: 石门镇人民政府\ndate: 2024-02-20\nattachments: [责任分解表]\n---\n一、提高认识\n正文。\n<attachment/>\n一、镇级责任\n表略。\n"
        let read = try GovDocIO.read(source: source)
        #expect(doc.attachments == read.attachments)
        #expect(try doc.serialized(as: .docx) == read.serialized(as: .docx))
        let path = try Paths.temporaryDirectory().appendingPathComponent("notice.docx").path
        try doc.write(to: path, format: .docx)
        let texts = try DocxReader(path).extract().paragraphs
        #expect(Array(texts.suffix(5)) == ["2024年2月20日", "附件", "责任分解表", "一、镇级责任", "表略。"])
        #expect(texts.contains("附件：责任分解表"))
        try Checkers.expectValid(path)
    }
}
