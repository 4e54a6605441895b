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
