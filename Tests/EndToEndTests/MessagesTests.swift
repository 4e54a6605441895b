import Foundation
import GovDocKit
import Testing

/// What a clerk with a Chinese desktop sees: help, errors, warnings and summaries in Chinese;
/// `--lang en` and `GOVDOC_LANG` choose; annual-report errors that point at the cell to fix.
@Suite struct MessagesTests {
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "GOVDOC_LANG": ""]
    static let english = ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "GOVDOC_LANG": ""]

    /// The seed annual report with one number of the 科研机构 column changed: `line` is its line,
    /// `column` the column of the number.
    static func brokenReport(row: String, replacement: String) throws -> (file: URL, line: Int, column: Int) {
        let text = try String(contentsOf: Paths.root.appendingPathComponent("Examples/shimen-2023/annual-report.md"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("    \(row): {") })
        let key = "科研机构: 0"
        let range = try #require(lines[index].range(of: key))
        let column = lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + "科研机构: ".count + 1
        lines[index].replaceSubrange(range, with: "科研机构: " + replacement)
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("broken-gouji.md")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        return (file, index + 1, column)
    }

    /// The case of the issue: one number of the 科研机构 column is wrong. `export` prints one
    /// line, at that number, naming 科研机构 (not 总计) and by how much the sides differ.
    @Test func aBrokenBalanceNamesTheDataColumnAtItsNumber() throws {
        let (file, line, column) = try Self.brokenReport(row: "本年新收", replacement: "1")
        let zh = try run(govdocExecutable, ["export", "--docx", file.path], environment: Self.chinese)
        #expect(zh.status == 1)
        let zhLines = zh.stderr.split(separator: "\n").map(String.init)
        #expect(zhLines.count == 1, "\(zh.stderr)")
        #expect(zhLines.first?.hasPrefix("\(file.path):\(line):\(column): 错误：「科研机构」列的勾稽关系不符") == true, "\(zh.stderr)")
        #expect(zhLines.first?.contains("多1") == true, "\(zh.stderr)")
        #expect(!zh.stderr.contains("总计」列"), "\(zh.stderr)")
        #expect(zh.stdout.hasSuffix("已导出 0 个，失败 1 个\n"), "\(zh.stdout)")
        #expect(!FileManager.default.fileExists(atPath: file.deletingPathExtension().path + ".docx"))

        let en = try run(govdocExecutable, ["export", "--docx", file.path], environment: Self.english)
        let enLines = en.stderr.split(separator: "\n").map(String.init)
        #expect(enLines.count == 1, "\(en.stderr)")
        #expect(enLines.first?.hasPrefix("\(file.path):\(line):\(column): error: 勾稽 fails in column 「科研机构」") == true, "\(en.stderr)")
        #expect(enLines.first?.contains("is 1 more than") == true, "\(en.stderr)")

        // the other side: a number missing from the row of 上年结转 in the same column is 少1
        let (less, lessLine, _) = try Self.brokenReport(row: "结转下年度继续办理", replacement: "1")
        let lessRun = try run(govdocExecutable, ["export", "--docx", less.path], environment: Self.chinese)
        let lessLines = lessRun.stderr.split(separator: "\n")
        #expect(lessLines.count == 1, "\(lessRun.stderr)")
        #expect(lessLines.first?.contains("「科研机构」列的勾稽关系不符") == true && lessLines.first?.contains("少1") == true, "\(lessRun.stderr)")
        #expect(lessLine > 0)
    }

    /// A number that cannot be read is one error and takes no part in the totals or 勾稽.
    @Test func anUnreadableNumberIsOneError() throws {
        let (file, line, column) = try Self.brokenReport(row: "本年新收", replacement: "x")
        let result = try run(govdocExecutable, ["export", "--docx", file.path], environment: Self.chinese)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == ["\(file.path):\(line):\(column): 错误：`申请/本年新收/科研机构` 应填数字，这里是 `x`"], "\(result.stderr)")
        let check = try run(govdocExecutable, ["check", file.path], environment: Self.chinese)
        #expect(check.stdout.split(separator: "\n").filter { $0.contains("错误：") }.count == 1, "\(check.stdout)")
    }

    /// …also when missing numbers count as 0 (`缺省为零: true`): an unreadable one is not 0.
    @Test func anUnreadableNumberIsNotZeroWhenMissingNumbersAre() throws {
        let (file, line, column) = try Self.brokenReport(row: "本年新收", replacement: "x")
        // the column would balance only if the unreadable number were 1: read as 0 it would break 勾稽
        var text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "data:\n", with: "data:\n  缺省为零: true\n")
        text = text.replacingOccurrences(of: "结转下年度继续办理: {自然人: 0, 商业企业: 0, 科研机构: 0", with: "结转下年度继续办理: {自然人: 0, 商业企业: 0, 科研机构: 1")
        try Data(text.utf8).write(to: file)
        let result = try run(govdocExecutable, ["export", "--docx", file.path], environment: Self.english)
        #expect(result.stderr == "\(file.path):\(line + 1):\(column): error: `申请/本年新收/科研机构` must be a number, found `x`\n", "\(result.stderr)")
    }

    /// `export` prints what `check` finds (headings 一、 then 三、) as warnings and still writes.
    @Test func exportPrintsCheckWarningsWithoutFailing() throws {
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("skip.md")
        try Data("---\ntitle: 报告\n---\n一、第一部分\n正文。\n三、第三部分\n正文。\n".utf8).write(to: file)
        let zh = try run(govdocExecutable, ["export", "--docx", file.path], environment: Self.chinese)
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stderr == "\(file.path):6:1: 警告：三、 序号不连续：应为 二、\n", "\(zh.stderr)")
        #expect(zh.stdout.hasSuffix("已导出 1 个，失败 0 个\n"), "\(zh.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("skip.docx").path))
        let en = try run(govdocExecutable, ["export", "--lang", "en", "--docx", file.path], environment: Self.chinese)
        #expect(en.status == 0)
        #expect(en.stderr == "\(file.path):6:1: warning: 三、 is out of sequence: expected 二、\n", "\(en.stderr)")
    }

    /// `--help` of govdoc and of every subcommand is Chinese under a Chinese locale — the
    /// parser's own words included — and English with `--lang en`; examples in both.
    @Test(arguments: [[], ["export"], ["check"], ["new"]])
    func helpFollowsTheLanguage(_ command: [String]) throws {
        let zh = try run(govdocExecutable, command + ["--help"], environment: Self.chinese)
        #expect(zh.status == 0)
        for word in ["概述：", "用法：", "选项：", "显示帮助信息。", "示例：", "显示语言："] {
            #expect(zh.stdout.contains(word), "\(command): \(word) missing in\n\(zh.stdout)")
        }
        for word in ["OVERVIEW", "USAGE", "OPTIONS", "Show help", "Examples"] {
            #expect(!zh.stdout.contains(word), "\(command): \(word) in\n\(zh.stdout)")
        }
        let en = try run(govdocExecutable, command + ["--help", "--lang", "en"], environment: Self.chinese)
        #expect(en.stdout.contains("USAGE:") && en.stdout.contains("Examples:") && !en.stdout.contains("概述"), "\(en.stdout)")
        // GOVDOC_LANG chooses over the locale
        let chosen = try run(govdocExecutable, command + ["--help"], environment: Self.english.merging(["GOVDOC_LANG": "zh"]) { $1 })
        #expect(chosen.stdout.contains("用法："), "\(chosen.stdout)")
    }

    /// A usage error is Chinese too.
    @Test func usageErrorsFollowTheLanguage() throws {
        let result = try run(govdocExecutable, ["export", "a.md"], environment: Self.chinese)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("错误：请至少选择一种格式"), "\(result.stderr)")
    }

    /// `govdoc --version` prints the one version, which CHANGELOG.md names.
    @Test func versionIsPrintedAndInTheChangelog() throws {
        let result = try run(govdocExecutable, ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == GovDocVersion.current + "\n")
        let changelog = try String(contentsOf: Paths.root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        #expect(changelog.contains("## \(GovDocVersion.current)"))
    }

    /// `--json` keys and codes do not change with the language.
    @Test func jsonKeysAndCodesAreTheSameInBothLanguages() throws {
        let zh = try run(govdocExecutable, ["check", "--json", Paths.example.path], environment: Self.chinese)
        let en = try run(govdocExecutable, ["check", "--json", Paths.example.path], environment: Self.english)
        func parse(_ s: String) throws -> [[String: Any]] {
            try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [[String: Any]])
        }
        let a = try parse(zh.stdout), b = try parse(en.stdout)
        #expect(a.count == b.count && !a.isEmpty)
        for (x, y) in zip(a, b) {
            #expect(Set(x.keys) == Set(y.keys))
            #expect(x["code"] as? String == y["code"] as? String)
            #expect(x["line"] as? Int == y["line"] as? Int)
        }
        #expect(a.contains { ($0["message"] as? String)?.contains("应为") == true })
        #expect(b.contains { ($0["message"] as? String)?.contains("expected") == true })
    }
}
