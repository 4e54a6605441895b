import Foundation
import Testing

@Suite struct CLITests {
    @Test func writesBesideTheInputByDefault() throws {
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent("small.md")
        try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("valid/small.md"), to: input)
        let result = try run(govdocExecutable, ["export", "--docx", input.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("small.docx").path))
    }

    /// Installed as PREFIX/bin/govdoc and started through PATH (so `argv[0]` is the bare name),
    /// govdoc still finds PREFIX/share/govdoc/Templates: a county's style sheet there, by name.
    @Test func findsTheInstalledTemplatesWhenStartedThroughPath() throws {
        let prefix = try Paths.temporaryDirectory()
        let bin = prefix.appendingPathComponent("bin"), templates = prefix.appendingPathComponent("share/govdoc/Templates")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("govdoc").path
        if link(govdocExecutable, installed) != 0 { try FileManager.default.copyItem(atPath: govdocExecutable, toPath: installed) }
        try "name: county\nextends: gbt9704\nelements:\n  red: E60012\n".write(to: templates.appendingPathComponent("county.yaml"), atomically: true, encoding: .utf8)
        let work = try Paths.temporaryDirectory()
        let source = work.appendingPathComponent("notice.md")
        try "---\nkind: notice\ntitle: 关于做好防汛工作的通知\nheader: 某某县人民政府文件\nnumber: 某政发〔2024〕1号\nissuer: 某某县人民政府\ndate: 2024-05-06\nstyle: county\n---\n正文。\n"
            .write(to: source, atomically: true, encoding: .utf8)
        let result = try run("/usr/bin/env", ["PATH=\(bin.path):/usr/bin:/bin", "govdoc", "export", "--docx", source.path])
        #expect(result.status == 0, "\(result.stderr)")
        let document = String(decoding: try ZipPackage(path: work.appendingPathComponent("notice.docx").path).data("word/document.xml"), as: UTF8.self)
        #expect(document.contains("E60012"), "the mark in the county's red")
    }

    @Test func outputOptionNamesAFileForOneInputAndADirectoryForSeveral() throws {
        let dir = try Paths.temporaryDirectory()
        let one = dir.appendingPathComponent("named.docx").path
        var result = try run(govdocExecutable, ["export", "--docx", "-o", one, Paths.fixtures.appendingPathComponent("valid/small.md").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: one))

        let outDir = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
        let inputs = Paths.validFixtures.map(\.path)
        result = try run(govdocExecutable, ["export", "--docx", "-o", outDir.path] + inputs)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: outDir.path).sorted()
        #expect(written == Paths.validFixtures.map { $0.deletingPathExtension().lastPathComponent + ".docx" }.sorted())
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let dir = try Paths.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.md")
        try Data("---\nkind: report\n---\n".utf8).write(to: bad)
        let good = dir.appendingPathComponent("good.md")
        try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("valid/small.md"), to: good)
        let result = try run(govdocExecutable, ["export", "--docx", bad.path, good.path])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("good.docx").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.docx").path))
    }

    /// A batch runs in parallel; its outputs are byte-identical to exporting one file at a time.
    @Test func batchOutputIsByteIdenticalToOneAtATime() throws {
        let dir = try Paths.temporaryDirectory()
        let inputs = Paths.validFixtures.map(\.path) + [Paths.example.path]
        let batchDir = dir.appendingPathComponent("batch/out").path   // created by govdoc
        let batch = try run(govdocExecutable, ["export", "--docx", "--odt", "--jobs", "4", "-o", batchDir] + inputs)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.hasSuffix("\(inputs.count) exported, 0 failed\n"), "\(batch.stdout)")
        #expect(batch.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.count == inputs.count * 2)
        for input in inputs {
            let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            let single = dir.appendingPathComponent("single-\(name)").path
            let one = try run(govdocExecutable, ["export", "--docx", "--odt", "-o", single + ".docx", input])
            #expect(one.status == 0, "\(one.stderr)")
            for ext in ["docx", "odt"] {
                let a = try Data(contentsOf: URL(fileURLWithPath: "\(batchDir)/\(name).\(ext)"))
                let b = try Data(contentsOf: URL(fileURLWithPath: "\(single).\(ext)"))
                #expect(a == b, "\(name).\(ext): batch and single exports differ")
            }
        }
    }

    /// A directory stands for its .md files; one bad file among them fails alone, named in the
    /// summary's error lines, and the exit status is non-zero.
    @Test func directoryBatchWithOneBadFile() throws {
        let dir = try Paths.temporaryDirectory()
        let sources = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        for url in Paths.validFixtures {
            try FileManager.default.copyItem(at: url, to: sources.appendingPathComponent(url.lastPathComponent))
        }
        try Data("---\ntitle: 坏文件\ndate: 2024-13-01\n---\n正文。\n".utf8).write(to: sources.appendingPathComponent("bad.md"))
        try Data("not a source".utf8).write(to: sources.appendingPathComponent("notes.txt"))
        let out = dir.appendingPathComponent("out").path
        let result = try run(govdocExecutable, ["export", "--docx", "-o", out, sources.path])
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("\(Paths.validFixtures.count) exported, 1 failed\n"), "\(result.stdout)")
        #expect(result.stdout.contains("failed \(sources.path)/bad.md"))
        // the one error; the warnings `check` has for the valid files follow it
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1 && errors[0].hasPrefix("\(sources.path)/bad.md:3:"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").dropFirst().allSatisfy { $0.contains(": warning: ") }, "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(written == Paths.validFixtures.map { $0.deletingPathExtension().lastPathComponent + ".docx" }.sorted())
    }

    @Test func quietPrintsOnlyErrors() throws {
        let dir = try Paths.temporaryDirectory()
        let good = Paths.fixtures.appendingPathComponent("valid/small.md").path
        var result = try run(govdocExecutable, ["export", "--docx", "--quiet", "-o", dir.path + "/", good])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
        let bad = dir.appendingPathComponent("bad.md")
        try Data("---\nkind: report\n---\n".utf8).write(to: bad)
        result = try run(govdocExecutable, ["export", "--docx", "-q", bad.path])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(bad.path):1:1: error: "))
    }

    /// Two inputs with the same name cannot both go to one output directory: the second fails.
    @Test func sameOutputTwiceIsAnError() throws {
        let dir = try Paths.temporaryDirectory()
        for sub in ["a", "b"] {
            let folder = dir.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("valid/small.md"), to: folder.appendingPathComponent("small.md"))
        }
        let out = dir.appendingPathComponent("out").path
        let result = try run(govdocExecutable, ["export", "--docx", "-o", out, dir.path + "/a/small.md", dir.path + "/b/small.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("same output as \(dir.path)/a/small.md"), "\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 exported, 1 failed\n"))
    }

    @Test func helpShowsAnExample() throws {
        let result = try run(govdocExecutable, ["export", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("govdoc export --docx Examples/shimen-2023/report.md"))
    }

    @Test func missingFormatIsAUsageError() throws {
        let result = try run(govdocExecutable, ["export", Paths.example.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--docx"))
    }
}

/// Every test document exports to a package that the schemas accept.
@Suite struct FixtureValidationTests {
    @Test(arguments: Paths.validFixtures + [Paths.example])
    func exportsValidPackage(_ source: URL) throws {
        let dir = try Paths.temporaryDirectory()
        let base = dir.appendingPathComponent(source.deletingPathExtension().lastPathComponent).path
        let result = try run(govdocExecutable, ["export", "--docx", "-o", base + ".docx", source.path])
        #expect(result.status == 0, "\(result.stderr)")
        try Checkers.expectValid(base + ".docx")
        // the text and the tables come out as the source has them
        let extracted = try DocxReader(base + ".docx").extract()
        let oracle = try SourceOracle(path: source)
        var expected = [oracle.title] + oracle.paragraphs
        if let issuer = oracle.issuer { expected.append(issuer) }
        if let date = oracle.dateText { expected.append(date) }
        #expect(extracted.paragraphs.map(normalized) == expected.map(normalized))
        #expect(extracted.tables.count == oracle.tables.count)
        for (got, want) in zip(extracted.tables, oracle.tables) {
            #expect(got.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] } == want.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] })
            #expect(got.map { normalized($0.text) } == want.map { normalized($0.text) })
        }
    }
}
