import Foundation
import GovDocKit
import Testing

/// `kind: annual-report`: the tables of the 2021 national format generated from data.
@Suite struct AnnualReportTests {
    static let applicants = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    static let resultRows: [String] = ["予以公开", "部分公开"]
        + ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息",
           "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"].map { "不予公开/" + $0 }
        + ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"].map { "无法提供/" + $0 }
        + ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"].map { "不予处理/" + $0 }
        + ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"].map { "其他处理/" + $0 }

    /// A data set where every input differs and the 勾稽 rule holds: result row i, column j holds
    /// 100·(i+1) + j + 1; 上年结转 = j + 1; 本年新收 = column total + 10·(j+1); 结转下年度 = 11·(j+1).
    static func distinctData() -> (yaml: String, expected: [String: Int]) {
        var expected: [String: Int] = [:]
        var lines = ["data:"]
        func row(_ path: String, _ values: [Int]) -> String {
            for (j, v) in values.enumerated() { expected["申请/\(path)/\(applicants[j])"] = v }
            let parts = path.split(separator: "/")
            let indent = String(repeating: "  ", count: parts.count + 1)
            return indent + parts.last! + ": {" + zip(applicants, values).map { "\($0): \($1)" }.joined(separator: ", ") + "}"
        }
        lines.append("  第二十条第（一）项:")
        lines.append("    规章: {本年制发件数: 1, 本年废止件数: 2, 现行有效件数: 3}")
        lines.append("    行政规范性文件: {本年制发件数: 4, 本年废止件数: 5, 现行有效件数: 6}")
        lines.append("  第二十条第（五）项: {行政许可: 7}")
        lines.append("  第二十条第（六）项: {行政处罚: 8, 行政强制: 9}")
        lines.append("  第二十条第（八）项: {行政事业性收费: 12.5}")
        lines.append("  申请:")
        let results = resultRows.enumerated().map { i, _ in (0..<6).map { 100 * (i + 1) + $0 + 1 } }
        let totals = (0..<6).map { j in results.reduce(0) { $0 + $1[j] } }
        lines.append(row("本年新收", (0..<6).map { totals[$0] + 10 * ($0 + 1) }))
        lines.append(row("上年结转", (0..<6).map { $0 + 1 }))
        var group = ""
        for (i, path) in resultRows.enumerated() {
            let parts = path.split(separator: "/")
            if parts.count == 2, String(parts[0]) != group { group = String(parts[0]); lines.append("    \(group):") }
            lines.append(row(path, results[i]))
        }
        lines.append(row("结转下年度继续办理", (0..<6).map { 11 * ($0 + 1) }))
        for j in 0..<6 { expected["申请/总计/\(applicants[j])"] = totals[j] }
        lines.append("  复议诉讼:")
        lines.append("    行政复议: {结果维持: 1, 结果纠正: 2, 其他结果: 3, 尚未审结: 4}")
        lines.append("    未经复议直接起诉: {结果维持: 5, 结果纠正: 6, 其他结果: 7, 尚未审结: 8}")
        lines.append("    复议后起诉: {结果维持: 9, 结果纠正: 10, 其他结果: 11, 尚未审结: 12}")
        return (lines.joined(separator: "\n"), expected)
    }

    static func document(data: String, body: String? = nil) -> String {
        """
        ---
        kind: annual-report
        title: 某某镇2024年政府信息公开工作年度报告
        issuer: 某某镇人民政府
        date: 2025-01-20
        \(data)
        ---
        \(body ?? "一、总体情况\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n正文。\n六、其他需要报告的事项\n正文。")

        """
    }

    static func export(_ text: String, _ format: OutputFormat) throws -> ExtractedDocument {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("report.md")
        try Data(text.utf8).write(to: source)
        let out = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        try Checkers.expectValid(out)
        return format == .docx ? try DocxReader(out).extract() : try OdtReader(out).extract()
    }

    /// The national format's grid (annual-report.md §2–4), independent of the template file.
    @Test(arguments: OutputFormat.packages)
    func tablesFollowTheNationalFormat(_ format: OutputFormat) throws {
        let doc = try Self.export(Self.document(data: Self.distinctData().yaml), format)
        #expect(doc.tables.count == 3)
        let (a, b, c) = (doc.tables[0], doc.tables[1], doc.tables[2])
        func cell(_ t: [GridCell], _ r: Int, _ col: Int) -> GridCell? { t.first { $0.row == r - 1 && $0.column == col - 1 } }
        func spans(_ t: [GridCell], _ r: Int, _ col: Int) -> [Int]? { cell(t, r, col).map { [$0.rowSpan, $0.colSpan] } }
        // Table A: 14 rows × 4 columns
        #expect(Set(a.map(\.row)).count == 14)
        #expect(cell(a, 1, 1)?.text == "第二十条第（一）项" && spans(a, 1, 1) == [1, 4])
        #expect(cell(a, 4, 1)?.text == "行政规范性文件")
        #expect(cell(a, 6, 2)?.text == "本年处理决定数量" && spans(a, 6, 2) == [1, 3])
        #expect(cell(a, 13, 2)?.text == "本年收费金额（单位：万元）")
        #expect(cell(a, 14, 2)?.text == "12.5" && spans(a, 14, 2) == [1, 3])
        #expect(cell(a, 3, 2)?.text == "1" && cell(a, 4, 4)?.text == "6" && cell(a, 11, 2)?.text == "9")
        // Table B: 28 rows × 10 columns, two-level header, three-level row labels
        #expect(Set(b.map(\.row)).count == 28)
        #expect(spans(b, 1, 1) == [3, 3] && cell(b, 1, 1)?.text.hasPrefix("（本列数据的勾稽关系为") == true)
        #expect(cell(b, 1, 4)?.text == "申请人情况" && spans(b, 1, 4) == [1, 7])
        #expect(spans(b, 2, 4) == [2, 1] && spans(b, 2, 5) == [1, 5] && spans(b, 2, 10) == [2, 1])
        #expect(cell(b, 6, 1)?.text == "三、本年度办理结果" && spans(b, 6, 1) == [22, 1])
        #expect(cell(b, 8, 2)?.text == "（三）不予公开" && spans(b, 8, 2) == [8, 1])
        #expect(cell(b, 16, 2)?.text == "（四）无法提供" && spans(b, 16, 2) == [3, 1])
        #expect(cell(b, 16, 3)?.text == "1.本机关不掌握相关政府信息")
        #expect(cell(b, 19, 2)?.text == "（五）不予处理" && spans(b, 19, 2) == [5, 1])
        #expect(cell(b, 24, 2)?.text == "（六）其他处理" && spans(b, 24, 2) == [3, 1])
        #expect(cell(b, 27, 2)?.text == "（七）总计" && spans(b, 27, 2) == [1, 2])
        #expect(cell(b, 28, 1)?.text == "四、结转下年度继续办理" && spans(b, 28, 1) == [1, 3])
        // Table C: 4 rows × 15 columns
        #expect(spans(c, 1, 1) == [1, 5] && spans(c, 1, 6) == [1, 10])
        #expect(spans(c, 2, 5) == [2, 1] && cell(c, 2, 5)?.text == "总计")
        #expect(cell(c, 4, 5)?.text == "10" && cell(c, 4, 10)?.text == "26" && cell(c, 4, 15)?.text == "42")
    }

    @Test(arguments: OutputFormat.packages)
    func everyNumberLandsInItsCellAndTotalsAreComputed(_ format: OutputFormat) throws {
        let (yaml, expected) = Self.distinctData()
        let b = try Self.export(Self.document(data: yaml), format).tables[1]
        func value(_ r: Int, _ c: Int) -> Int? { b.first { $0.row == r - 1 && $0.column == c - 1 }.flatMap { Int($0.text) } }
        let rowOfPath = ["本年新收": 4, "上年结转": 5, "结转下年度继续办理": 28]
        for (path, number) in expected {
            let parts = path.split(separator: "/").map(String.init)   // 申请/…/column
            let column = Self.applicants.firstIndex(of: parts.last!)! + 4
            let rowKey = parts.dropFirst().dropLast().joined(separator: "/")
            let row = rowOfPath[rowKey] ?? (rowKey == "总计" ? 27 : Self.resultRows.firstIndex(of: rowKey)! + 6)
            #expect(value(row, column) == number, "\(path) in row \(row), column \(column)")
        }
        // 总计 column: the sum of the six applicant columns, in every data row
        for r in 4...28 {
            #expect(value(r, 10) == (4...9).reduce(0) { $0 + (value(r, $1) ?? 0) }, "row \(r) total")
        }
        // 勾稽 holds per column
        for c in 4...10 {
            #expect(value(4, c)! + value(5, c)! == value(27, c)! + value(28, c)!)
        }
    }

    @Test func dataErrorsNameTheCell() throws {
        let (yaml, _) = Self.distinctData()
        func error(_ data: String) throws -> String {
            let dir = try Paths.temporaryDirectory()
            let source = dir.appendingPathComponent("r.md")
            try Data(Self.document(data: data).utf8).write(to: source)
            let result = try run(govdocExecutable, ["export", "--docx", source.path])
            #expect(result.status != 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.md"])
            return result.stderr
        }
        // an unknown label, with a suggestion, at its line and column
        let unknown = try error(yaml.replacingOccurrences(of: "    上年结转:", with: "    上年接转:"))
        #expect(unknown.contains(":15:5: error: unknown label `申请/上年接转`: did you mean `申请/上年结转`?"), "\(unknown)")
        // a supplied total that disagrees names the cell and both values
        let total = try error(yaml.replacingOccurrences(of: "    行政复议: {结果维持: 1,", with: "    行政复议: {总计: 9, 结果维持: 1,"))
        #expect(total.contains("`复议诉讼/行政复议/总计` is 9, but the numbers add up to 10"), "\(total)")
        // a broken 勾稽 rule names the column and the four numbers
        let broken = try error(yaml.replacingOccurrences(of: "    上年结转: {自然人: 1,", with: "    上年结转: {自然人: 2,"))
        #expect(broken.contains("勾稽 fails in column 「自然人」"), "\(broken)")
        #expect(broken.contains("「二、上年结转政府信息公开申请数量」 2 = ") && broken.contains("「四、结转下年度继续办理」 11 = "), "\(broken)")
        // a missing number is an error unless the clerk asked for zeros
        let missing = try error(yaml.replacingOccurrences(of: "  第二十条第（五）项: {行政许可: 7}\n", with: ""))
        #expect(missing.contains("missing number `第二十条第（五）项`: 行政许可: give it"), "\(missing)")
        let zeros = yaml.replacingOccurrences(of: "  第二十条第（五）项: {行政许可: 7}\n", with: "  缺省为零: true\n")
        let a = try Self.export(Self.document(data: zeros), .docx).tables[0]
        #expect(a.first { $0.row == 6 && $0.column == 1 }?.text == "0")
        // negative and fractional counts
        let negative = try error(yaml.replacingOccurrences(of: "行政处罚: 8", with: "行政处罚: -8"))
        #expect(negative.contains("must be a number ≥ 0, found `-8`"))
        let fraction = try error(yaml.replacingOccurrences(of: "行政处罚: 8", with: "行政处罚: 8.5"))
        #expect(fraction.contains("must be a whole number, found `8.5`"))
    }

    /// `govdoc check` on a file with one error of each kind: exactly these messages, in order.
    @Test func checkReportsEveryProblemOnce() throws {
        let (yaml, _) = Self.distinctData()
        var broken = yaml
        broken = broken.replacingOccurrences(of: "  第二十条第（五）项: {行政许可: 7}\n", with: "")                 // missing
        broken = broken.replacingOccurrences(of: "行政处罚: 8", with: "行政处罚: -8")                            // negative
        broken = broken.replacingOccurrences(of: "行政强制: 9", with: "行政强制: 9.5")                           // not whole
        broken = broken.replacingOccurrences(of: "    上年结转:", with: "    上年接转:")                           // unknown label: one problem (its numbers are not reported missing, its column takes no part in 勾稽)
        broken = broken.replacingOccurrences(of: "    行政复议: {结果维持: 1,", with: "    行政复议: {总计: 9, 结果维持: 1,")  // total
        let body = "一、总体情况\n正文。\n（三）依申请公开\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n正文。"
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("r.md")
        try Data(Self.document(data: broken, body: body).utf8).write(to: file)
        let result = try run(govdocExecutable, ["check", file.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map { String($0).replacingOccurrences(of: file.path + ":", with: "") }
        let expected: [String] = [
            "7:3: error: missing number `第二十条第（五）项`: 行政许可: give it (0 where there is none), or set `缺省为零: true`",
            "10:21: error: `第二十条第（六）项/行政处罚` must be a number ≥ 0, found `-8`",
            "10:31: error: `第二十条第（六）项/行政强制` must be a whole number, found `9.5`",
            "14:5: error: unknown label `申请/上年接转`: did you mean `申请/上年结转`?",
            "42:16: error: `复议诉讼/行政复议/总计` is 9, but the numbers add up to 10 (column 「总计」)",
            "48:1: error: （三） is out of sequence: expected （一）",
            "53:1: warning: the section has no text before the next heading",
            "6 errors, 1 warning",
        ]
        #expect(lines == expected)
        // a clean file yields none
        let clean = dir.appendingPathComponent("clean.md")
        try Data(Self.document(data: yaml).utf8).write(to: clean)
        let ok = try run(govdocExecutable, ["check", clean.path])
        #expect(ok.status == 0 && ok.stdout == "0 errors, 0 warnings\n", "\(ok.stdout)")
    }

    @Test func newWritesACompleteStartingFile() throws {
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("ar.md").path
        var result = try run(govdocExecutable, ["new", "annual-report", "--issuer", "某某县人民政府", "--year", "2024", "-o", file])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("title: 某某县人民政府2024年政府信息公开工作年度报告"))
        #expect(text.contains("date: 2025-01-20"))
        for heading in ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"] {
            #expect(text.contains("\n\(heading)\n"))
        }
        // every number is present at 0: exporting needs no 缺省为零
        #expect(!text.contains("缺省为零"))
        result = try run(govdocExecutable, ["check", file])
        #expect(result.status == 0, "\(result.stdout)")
        result = try run(govdocExecutable, ["export", "--docx", "--odt", file])
        #expect(result.status == 0, "\(result.stderr)")
        // never overwrites
        result = try run(govdocExecutable, ["new", "annual-report", "--issuer", "X", "--year", "2024", "-o", file])
        #expect(result.status != 0)
    }

    /// The seed as an annual-report file: its tables come out with the seed's numbers, in the
    /// 2021 format (the seed's blank total filled by computation, its split row made one).
    @Test func seedExampleReproducesTheSeedTables() throws {
        let source = Paths.root.appendingPathComponent("Examples/shimen-2023/annual-report.md")
        let text = try String(contentsOf: source, encoding: .utf8)
        for format in OutputFormat.packages {
            let doc = try Self.export(text, format)
            #expect(doc.tables.count == 3)
            let seed = try SourceOracle(path: Paths.example)
            // every number of the seed is 0, and every number cell of ours is 0 — including the
            // seed's blank 总计 of （一）予以公开
            let numbers = doc.tables.flatMap { $0.filter { Int($0.text) != nil } }
            #expect(numbers.count == 10 + 25 * 7 + 15)
            #expect(numbers.allSatisfy { $0.text == "0" })
            #expect(seed.tables[1].contains { $0.text.isEmpty })
            #expect(doc.tables[1].first { $0.row == 5 && $0.column == 9 }?.text == "0")
            #expect(doc.paragraphs.contains("（一）主动公开情况"))
        }
    }
}

/// The annual-report example on the rendered page, in both formats.
@Suite struct AnnualReportRenderingTests {
    @Test(arguments: OutputFormat.packages)
    func examplePassesTheCheckersAndTheBigTableFitsTheBlock(_ format: OutputFormat) throws {
        let source = Paths.root.appendingPathComponent("Examples/shimen-2023/annual-report.md")
        let dir = try Paths.temporaryDirectory()
        let out = try GovDocIO.export(sourceAt: source.path, formats: [format], outputBase: dir.appendingPathComponent("ar").path)[0]
        try Checkers.expectValid(out)
        let keep = dir.appendingPathComponent("keep")
        guard let rules = try Checkers.gbcheck(out, arguments: ["--keep", keep.path, "--signature", "noseal"]) else { return }
        for (name, rule) in rules.sorted(by: { $0.key < $1.key }) {
            if name.hasPrefix("font.heading2.") {
                // gbcheck finds level-2 headings by their numbering, and the national table's
                // row labels （一）予以公开… (12 pt 仿宋) carry the same numbering; the headings'
                // own declared look is asserted below instead.
                continue
            }
            if name == "font.pagenum.family" && rule.status == "N/A" { continue }
            // LibreOffice 7.4 ignores a .docx's w:autoSpaceDE/DN="0" (Word honours it) and sets the
            // date ~1 字 wider: the signature is measured on the ODT (WordCompatTests: same indents)
            if name == "signature.position" && format == .docx { continue }
            #expect(rule.status == "PASS" || rule.status == "N/A", "\(format) \(name): \(rule.measured ?? "")")
        }
        // the level-2 headings are declared 楷体 16 pt in the file
        if format == .docx {
            let styles = try ZipPackage(path: out).xml("word/styles.xml")
            let h2 = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='GovHeading2']"))
            #expect(try h2.first(".//*[local-name()='rFonts']")?.attr("w:eastAsia") == "楷体_GB2312")
            #expect(try h2.first("./*[local-name()='rPr']/*[local-name()='sz']")?.attr("w:val") == "32")
        } else {
            let styles = try ZipPackage(path: out).xml("styles.xml")
            let h2 = try #require(try styles.first("//*[@*[local-name()='name']='GovHeading2']/*[local-name()='text-properties']"))
            #expect(h2.attr("style:font-name-asian") == "楷体_GB2312" && h2.attr("style:font-size-asian") == "16pt")
        }
        // every page's table rules stay inside the text block (28 mm … 184 mm)
        let pdf = try FileManager.default.contentsOfDirectory(atPath: keep.path).first { $0.hasSuffix(".pdf") }!
        let extent = try InkExtent.horizontal(pdf: keep.appendingPathComponent(pdf).path)
        #expect(extent.right - extent.left > 150, "the table rules were found")
        #expect(extent.left >= 27.5 && extent.right <= 184.5, "table rules from \(extent.left) to \(extent.right) mm")
    }
}

/// The leftmost and rightmost ends of the long horizontal rules (table borders: dark runs
/// over 50 mm) on every page (pdftoppm, 72 dpi).
enum InkExtent {
    static func horizontal(pdf: String) throws -> (left: Double, right: Double) {
        let dir = try Paths.temporaryDirectory()
        let r = try run(which("pdftoppm") ?? "/usr/bin/pdftoppm", ["-r", "72", "-gray", pdf, dir.appendingPathComponent("p").path])
        guard r.status == 0 else { throw TestFailure("pdftoppm: \(r.stderr)") }
        var left = Double.infinity, right = 0.0
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".pgm") {
            let image = try Pixmap(contentsOf: dir.appendingPathComponent(file))
            let footerTop = Int(Double(image.height) * (297 - 32) / 297)   // below the text block: the page number
            let minimum = Int(50 / 25.4 * 72)
            for y in 0..<footerTop {
                var start = -1
                for x in 0...image.width {
                    let dark = x < image.width && image[x, y].first! < 128
                    if dark && start < 0 { start = x }
                    if !dark && start >= 0 {
                        if x - start >= minimum { left = min(left, Double(start)); right = max(right, Double(x)) }
                        start = -1
                    }
                }
            }
        }
        return (left * 25.4 / 72, right * 25.4 / 72)
    }
}

/// The 2019 trial format (国办公开办函〔2019〕60号), chosen with `格式: 2019` or by the year.
@Suite struct AnnualReport2019Tests {
    @Test(arguments: OutputFormat.packages)
    func trialFormatTables(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("r2020.md")
        let result = try run(govdocExecutable, ["new", "annual-report", "--issuer", "某某县人民政府", "--year", "2020", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        var text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("  格式: 2019\n"))
        text = text.replacingOccurrences(of: "    行政许可: {上一年项目数量: 0, 本年增减: 0,", with: "    行政许可: {上一年项目数量: 12, 本年增减: -3,")
        text = text.replacingOccurrences(of: "    本年新收: {自然人: 0,", with: "    本年新收: {自然人: 2,")
        text = text.replacingOccurrences(of: "    其他处理: {自然人: 0,", with: "    其他处理: {自然人: 2,")
        try Data(text.utf8).write(to: file)
        let doc = try AnnualReportTests.export(text, format)
        let (a, b) = (doc.tables[0], doc.tables[1])
        func cell(_ t: [GridCell], _ r: Int, _ c: Int) -> GridCell? { t.first { $0.row == r - 1 && $0.column == c - 1 } }
        #expect(Set(a.map(\.row)).count == 18)
        #expect(cell(a, 2, 2)?.text == "本年新制作数量" && cell(a, 4, 1)?.text == "规范性文件")
        #expect(cell(a, 6, 3)?.text == "本年增/减" && cell(a, 7, 3)?.text == "-3" && cell(a, 7, 2)?.text == "12")
        #expect(cell(a, 18, 1)?.text == "政府集中采购")
        // table B: （六）其他处理 is one row; the 勾稽 rule holds with it
        #expect(Set(b.map(\.row)).count == 26)
        #expect(cell(b, 24, 2)?.text == "（六）其他处理" && cell(b, 24, 2)?.colSpan == 2 && cell(b, 24, 4)?.text == "2")
        #expect(cell(b, 25, 2)?.text == "（七）总计" && cell(b, 25, 4)?.text == "2" && cell(b, 25, 10)?.text == "2")
        #expect(cell(b, 6, 1)?.rowSpan == 20)
        let check = try run(govdocExecutable, ["check", file.path])
        #expect(check.status == 0, "\(check.stdout)")
    }
}
