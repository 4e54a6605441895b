import Foundation
import Testing

/// What the READMEs promise holds: the library snippet compiles, the Chinese guide is linked
/// from the top, its notice exports, and the error lines it shows are what govdoc prints.
@Suite struct ReadmeTests {
    static func codeBlocks(in file: String, language: String) throws -> [String] {
        let text = try String(contentsOf: Paths.root.appendingPathComponent(file), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        var inOtherBlock = false
        for line in text.components(separatedBy: "\n") {
            if inOtherBlock { if line == "```" { inOtherBlock = false }; continue }
            if current == nil, line.hasPrefix("```") {
                if line == "```" + language { current = [] } else { inOtherBlock = true }
                continue
            }
            if current != nil, line == "```" { blocks.append(current!.joined(separator: "\n")); current = nil; continue }
            current?.append(line)
        }
        return blocks
    }

    /// `swiftc -typecheck` of the README's library snippet against this build's modules.
    @Test func theLibrarySnippetCompiles() throws {
        guard let swiftc = which("swiftc") else {
            print("README snippet: swiftc not on PATH, not compiled")
            return
        }
        let snippet = try #require(try Self.codeBlocks(in: "README.md", language: "swift").first { $0.contains("import GovDocKit") })
        #expect(snippet.contains("import Foundation"))
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("main.swift")
        try Data(snippet.utf8).write(to: file)
        let modules = URL(fileURLWithPath: govdocExecutable).deletingLastPathComponent().appendingPathComponent("Modules")
        #expect(FileManager.default.fileExists(atPath: modules.appendingPathComponent("GovDocKit.swiftmodule").path), "\(modules.path)")
        let sources = Paths.root.appendingPathComponent("Sources")
        var arguments = ["-typecheck", "-I", modules.path,
                         "-Xcc", "-fmodule-map-file=\(sources.appendingPathComponent("CLibXML2/module.modulemap").path)",
                         "-Xcc", "-fmodule-map-file=\(sources.appendingPathComponent("CLibZip/module.modulemap").path)",
                         "-Xcc", "-fmodule-map-file=\(sources.appendingPathComponent("CFontconfig/module.modulemap").path)"]
        // Yams' C module (GovDocPackaging reads YAML events through it), from the build's checkouts
        var up = URL(fileURLWithPath: govdocExecutable).resolvingSymlinksInPath().deletingLastPathComponent()
        while up.path != "/" && !FileManager.default.fileExists(atPath: up.appendingPathComponent("checkouts").path) {
            up = up.deletingLastPathComponent()
        }
        let cyaml = up.appendingPathComponent("checkouts/Yams/Sources/CYaml/include/module.modulemap")
        if FileManager.default.fileExists(atPath: cyaml.path) { arguments += ["-Xcc", "-fmodule-map-file=\(cyaml.path)"] }
        for include in ["/usr/include/libxml2"] where FileManager.default.fileExists(atPath: include) {
            arguments += ["-Xcc", "-I\(include)"]
        }
        let result = try run(swiftc, arguments + [file.path])
        #expect(result.status == 0, "the README snippet does not compile:\n\(result.stderr)")
    }

    @Test func theChineseGuideIsLinkedAfterTheSetUpCommands() throws {
        let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let setUp = try #require(readme.range(of: "bash Scripts/setup.sh && swift run govdoc export --docx --odt Examples/shimen-2023/report.md"))
        let link = try #require(readme.range(of: "(README.zh-CN.md)"))
        #expect(setUp.upperBound < link.lowerBound)
        #expect(readme.distance(from: readme.startIndex, to: link.lowerBound) < 2000, "the link stands near the top")
        let guide = try String(contentsOf: Paths.root.appendingPathComponent("README.zh-CN.md"), encoding: .utf8)
        for topic in ["安装", "写一份通知", "导出", "检查", "PDF", "年度报告"] {
            #expect(guide.contains("## ") && guide.contains(topic), "\(topic)")
        }
    }

    /// The guide's notice is a real document: it exports, and `check` finds nothing.
    @Test func theGuidesNoticeExports() throws {
        let notice = try #require(try Self.codeBlocks(in: "README.zh-CN.md", language: "").first { $0.hasPrefix("---\nkind: notice") })
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("通知.md")
        try Data((notice + "\n").utf8).write(to: file)
        let result = try run(govdocExecutable, ["export", "--docx", "--odt", file.path], environment: MessagesTests.chinese)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("已导出 1 个，失败 0 个\n"), "\(result.stdout)")
        try Checkers.expectValid(dir.appendingPathComponent("通知.docx").path)
    }

    /// The annual-report errors the guide shows are the lines govdoc prints.
    @Test func theGuidesAnnualReportErrorsAreReal() throws {
        let guide = try String(contentsOf: Paths.root.appendingPathComponent("README.zh-CN.md"), encoding: .utf8)
        let seed = try String(contentsOf: Paths.root.appendingPathComponent("Examples/shimen-2023/annual-report.md"), encoding: .utf8)
        let dir = try Paths.temporaryDirectory()
        for (name, from, to) in [("年度报告.md", "本年新收: {自然人: 0, 商业企业: 0, 科研机构: 0", "本年新收: {自然人: 0, 商业企业: 0, 科研机构: 1"),
                                 ("年度报告.md", "    上年结转:", "    上年接转:")] {
            let file = dir.appendingPathComponent(name)
            try Data(seed.replacingOccurrences(of: from, with: to).utf8).write(to: file)
            let result = try run("/bin/sh", ["-c", "cd '\(dir.path)' && '\(govdocExecutable)' export --docx \(name)"], environment: MessagesTests.chinese)
            let line = try #require(result.stderr.split(separator: "\n").first.map(String.init))
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(guide.contains("    " + line), "the guide should show:\n\(line)")
        }
    }
}
