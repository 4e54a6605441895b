import GovDocMessages
import GovDocTemplates

/// `govdoc new`: starting files a clerk fills in.
public enum NewDocument {
    /// A complete annual report: front matter with every number at 0, the six section headings
    /// of the national format in order, placeholder narrative.
    /// The format follows the year: reports for 2019 and 2020 used the trial format of
    /// 国办公开办函〔2019〕60号, later ones 国办公开办函〔2021〕30号.
    public static func annualReport(issuer: String, year: Int, date: CalendarDate?, format: String? = nil) throws -> String {
        let version = format ?? (year <= 2020 ? "2019" : "2021")
        let template = try AnnualReportTemplate.load("annual-report-\(version)")
        let reportDate = date ?? CalendarDate(year: year + 1, month: 1, day: 20)!
        var lines = [
            "---",
            "kind: annual-report",
            "title: \(issuer)\(year)年政府信息公开工作年度报告",
            "issuer: \(issuer)",
            "date: \(reportDate.iso)",
            "data:",
            "  # " + Message(.newCommentNumbers, ["format": template.format]).description,
            "  # " + Message(.newCommentTotals).description,
        ]
        if version != "2021" { lines.append("  \(AnnualReportData.formatKey): \(version)") }
        lines += yamlTree(template.requiredPaths, indent: "  ")
        lines += ["---"]
        let placeholders = [
            "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限为\(year)年1月1日至12月31日。（请概述本年度政府信息公开工作总体情况。）",
            "", "", "",
            "（请写明存在的主要问题及改进情况。）",
            "（请写明其他需要报告的事项，包括信息处理费收取情况。）",
        ]
        for (i, section) in template.sections.enumerated() {
            lines.append("\(ChineseNumerals.headingNumber(i + 1))、\(section)")
            if i == 0 {
                for (j, topic) in ["主动公开情况", "依申请公开情况", "政府信息管理情况", "政府信息公开平台建设情况", "监督保障情况"].enumerated() {
                    lines.append("（\(ChineseNumerals.headingNumber(j + 1))）\(topic)")
                    lines.append(j == 0 ? placeholders[0] : "（请填写。）")
                }
            } else if !placeholders[i].isEmpty {
                lines.append(placeholders[i])
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nested YAML for label paths, in order, each leaf `0`; a group of leaves (a table row)
    /// is written on one line: `本年新收: {自然人: 0, 商业企业: 0, …}`.
    static func yamlTree(_ paths: [String], indent: String) -> [String] {
        // group consecutive paths by parent
        var groups: [(parent: [String], leaves: [String])] = []
        for path in paths {
            let parts = path.split(separator: "/").map(String.init)
            let parent = Array(parts.dropLast())
            if let last = groups.last, last.parent == parent {
                groups[groups.count - 1].leaves.append(parts.last!)
            } else {
                groups.append((parent, [parts.last!]))
            }
        }
        var lines: [String] = []
        var open: [String] = []
        for group in groups {
            // a row of several leaves goes on its parent's line
            let inline = group.leaves.count > 1 && group.leaves.count <= 6
            let keys = inline ? Array(group.parent.dropLast()) : group.parent
            var common = 0
            while common < min(open.count, keys.count), open[common] == keys[common] { common += 1 }
            open = Array(open.prefix(common))
            for depth in common..<keys.count {
                lines.append(indent + String(repeating: "  ", count: depth) + quoteKey(keys[depth]) + ":")
                open.append(keys[depth])
            }
            let pad = indent + String(repeating: "  ", count: keys.count)
            if inline {
                let row = group.leaves.map { quoteKey($0) + ": 0" }.joined(separator: ", ")
                lines.append(pad + quoteKey(group.parent.last!) + ": {" + row + "}")
            } else {
                for leaf in group.leaves { lines.append(pad + quoteKey(leaf) + ": 0") }
            }
        }
        return lines
    }

    /// Keys with YAML-significant characters are quoted.
    static func quoteKey(_ key: String) -> String {
        key.contains(where: { ":#{}[],&*!|>'\"%@`".contains($0) }) ? "\"\(key)\"" : key
    }
}
