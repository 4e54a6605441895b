import Foundation
import GovDoc
import GovDocSource
import GovDocTemplates
import PropertyBased
import Testing

/// Random valid annual-report data always passes; changing one number of the checked tables
/// always breaks 勾稽 or a total, reported at that number's column or total.
@Suite struct AnnualReportPropertyTests {
    static let applicants = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    static let template = try! AnnualReportTemplate.load()
    /// The result rows of table B (21) and their data paths.
    static let resultPaths: [String] = template.requiredPaths
        .filter { $0.hasPrefix("申请/") && !$0.hasPrefix("申请/本年新收") && !$0.hasPrefix("申请/上年结转") && !$0.hasPrefix("申请/结转下年度") }
        .map { String($0.split(separator: "/").dropLast().joined(separator: "/")) }
        .reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }

    struct Sample: Sendable, CustomStringConvertible {
        var results: [[Int]]      // 21 rows × 6 columns
        var carried: [Int]        // 上年结转
        var pending: [Int]        // 结转下年度
        var appeals: [Int]        // table C, 12 numbers
        var description: String { "results \(results), carried \(carried), pending \(pending), appeals \(appeals)" }

        /// YAML where 本年新收 is chosen so that 勾稽 holds, with the C totals supplied.
        var yaml: String {
            var lines: [String]
            lines = ["data:",
                     "  第二十条第（一）项:",
                     "    规章: {本年制发件数: 1, 本年废止件数: 0, 现行有效件数: 5}",
                     "    行政规范性文件: {本年制发件数: 2, 本年废止件数: 1, 现行有效件数: 9}",
                     "  第二十条第（五）项: {行政许可: 3}",
                     "  第二十条第（六）项: {行政处罚: 0, 行政强制: 1}",
                     "  第二十条第（八）项: {行政事业性收费: 0}",
                     "  申请:"]
            func row(_ path: String, _ values: [Int]) -> String {
                let parts = path.split(separator: "/")
                return String(repeating: "  ", count: parts.count) + parts.last! + ": {"
                    + zip(AnnualReportPropertyTests.applicants, values).map { "\($0): \($1)" }.joined(separator: ", ") + "}"
            }
            let totals = (0..<6).map { j in results.reduce(0) { $0 + $1[j] } }
            // 本年新收 + 上年结转 = 办理结果总计 + 结转下年度
            lines.append(row("申请/本年新收", (0..<6).map { totals[$0] + pending[$0] - carried[$0] }))
            lines.append(row("申请/上年结转", carried))
            var group = ""
            for (i, path) in AnnualReportPropertyTests.resultPaths.enumerated() {
                let parts = path.split(separator: "/")
                if parts.count == 3, String(parts[1]) != group { group = String(parts[1]); lines.append("    \(group):") }
                lines.append(row(path, results[i]))
            }
            lines.append(row("申请/结转下年度继续办理", pending))
            lines.append("  复议诉讼:")
            for (k, name) in ["行政复议", "未经复议直接起诉", "复议后起诉"].enumerated() {
                let v = Array(appeals[(4 * k)..<(4 * k + 4)])
                lines.append("    \(name): {结果维持: \(v[0]), 结果纠正: \(v[1]), 其他结果: \(v[2]), 尚未审结: \(v[3]), 总计: \(v.reduce(0, +))}")
            }
            return lines.joined(separator: "\n")
        }
    }

    static let samples = zip(
        Gen.int(in: 0...40).array(of: 6).array(of: 21),
        zip(Gen.int(in: 0...20).array(of: 6), Gen.int(in: 0...20).array(of: 6), Gen.int(in: 0...30).array(of: 12))
    ).map { results, rest in Sample(results: results, carried: rest.0, pending: rest.1, appeals: rest.2) }

    static func read(_ yaml: String) throws -> AnnualReportData {
        let text = "---\nkind: annual-report\ntitle: 报告\n\(yaml)\n---\n一、总体情况\n正文。\n"
        var reader = SourceReader()
        reader.generatesAnnualReportTables = false
        return try #require(try reader.read(bytes: Array(text.utf8), file: "r.md").frontMatter.data)
    }

    @Test func validDataPasses() async {
        await propertyCheck(count: 60, input: Self.samples) { sample in
            // 本年新收 is set so that 勾稽 holds; it must never be negative for a valid sample
            let data = try! Self.read(sample.yaml)
            if data.values.values.contains(where: { $0.number < 0 }) || !data.problems.isEmpty { return }
            #expect(AnnualReportBuilder(template: Self.template).problems(for: data).isEmpty, "\(sample)")
        }
    }

    @Test func perturbingOneNumberIsReported() async {
        await propertyCheck(count: 60, input: Self.samples, Gen.int(in: 0...(21 * 6 + 12 - 1)), Gen.int(in: 1...5)) { sample, index, delta in
            var broken = sample
            let column: String
            if index < 21 * 6 {
                broken.results[index / 6][index % 6] += delta
                column = Self.applicants[index % 6]
            } else {
                column = "总计"
            }
            let yaml: String
            if index < 21 * 6 {
                // keep 本年新收 as computed from the original sample
                let original = sample.yaml.split(separator: "\n").first { $0.contains("本年新收") }!
                yaml = broken.yaml.split(separator: "\n").map { $0.contains("本年新收") ? original : $0 }.joined(separator: "\n")
            } else {
                // change one appeal number but keep the supplied total
                let k = index - 21 * 6
                let names = ["行政复议", "未经复议直接起诉", "复议后起诉"]
                let original = sample.yaml.split(separator: "\n").first { $0.contains(names[k / 4] + ":") }!
                var values = Array(sample.appeals[(4 * (k / 4))..<(4 * (k / 4) + 4)])
                values[k % 4] += delta
                let changed = "    \(names[k / 4]): {结果维持: \(values[0]), 结果纠正: \(values[1]), 其他结果: \(values[2]), 尚未审结: \(values[3]), 总计: \(values.reduce(0, +) - delta)}"
                yaml = sample.yaml.replacingOccurrences(of: String(original), with: changed)
            }
            let data = try! Self.read(yaml)
            if data.values.values.contains(where: { $0.number < 0 }) { return }
            let problems = AnnualReportBuilder(template: Self.template).problems(for: data)
            #expect(!problems.isEmpty, "\(index) +\(delta)")
            #expect(problems.contains { $0.message.text(in: .en).contains("「\(column)」") }, "\(problems.map(\.message.description))")
        }
    }
}

