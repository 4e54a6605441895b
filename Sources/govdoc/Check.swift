import ArgumentParser
import Foundation
import GovDocKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report every problem in source files without writing output.",
        discussion: """
        Checks that each file reads (front matter, tables) and that the headings are numbered \
        一、 → （一） → 1. → （1）, each level in its own form and in sequence, and that no \
        section is empty. Problems print as FILE:LINE:COLUMN: error|warning: MESSAGE.
        Exit status: 0 only when the files are clean (no error, no warning); with --errors-only, \
        0 when there is no error.

        Examples:
          govdoc check Examples/shimen-2023/report.md
          govdoc check --renumber report.md      (fixes the numbers; report.md.bak keeps the original)
          govdoc check --json a.md b.md
        """
    )

    @Flag(help: "Rewrite the heading numbers in place (the original is kept as FILE.bak).")
    var renumber = false

    @Flag(help: "Print the findings as JSON.")
    var json = false

    @Flag(help: "Exit 0 when there are warnings but no errors.")
    var errorsOnly = false

    @Argument(help: "Source files to check.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one source file") }
    }

    func run() throws {
        var all: [Finding] = []
        for file in files {
            if renumber {
                do {
                    let changed = try GovDocChecker.renumber(path: file)
                    if !json { print("\(file): renumbered \(changed) heading\(changed == 1 ? "" : "s")" + (changed > 0 ? " (original in \(file).bak)" : "")) }
                } catch {
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                }
            }
            all += GovDocChecker.check(path: file)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(all), as: UTF8.self))
        } else {
            for finding in all { print(finding.description) }
            let errors = all.filter { $0.severity == .error }.count
            print("\(errors) error\(errors == 1 ? "" : "s"), \(all.count - errors) warning\(all.count - errors == 1 ? "" : "s")")
        }
        let failing = all.contains { $0.severity == .error || !errorsOnly }
        if failing { throw ExitCode(1) }
    }
}
