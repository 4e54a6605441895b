import ArgumentParser
import Foundation
import GovDocKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct GovDocCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govdoc",
        abstract: "Turn an official document into DOCX and ODT files that follow GB/T 9704-2012.",
        subcommands: [Export.self, Check.self, New.self, Serve.self]
    )
}

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export source files (.md in the govdoc source format) to .docx, .odt and/or .pdf.",
        discussion: """
        Output goes beside each input (report.md → report.docx) unless -o names a file (one \
        input) or a directory (several inputs; created if missing). A directory among the \
        inputs stands for the .md files in it. Several files are exported in parallel, one per \
        core; a failing file never stops the others. On a problem, govdoc prints one line per \
        problem as FILE:LINE:COLUMN: error: MESSAGE on standard error, writes no output for that \
        file, and exits non-zero.

        Progress: a bar on a terminal, a line per file written otherwise, nothing with --quiet; \
        then a summary line "N exported, M failed".

        Examples:
          govdoc export --docx Examples/shimen-2023/report.md
          govdoc export --docx --odt Examples/shimen-2023/report.md
          govdoc export --docx --odt -o out/ a.md b.md
          govdoc export --docx --quiet -o out/ reports/
        """
    )

    @Flag(help: "Write a Word (OOXML) .docx file.")
    var docx = false

    @Flag(help: "Write an OpenDocument .odt file.")
    var odt = false

    @Flag(help: "Write a PDF to check before printing (rendered by LibreOffice, which must be installed).")
    var pdf = false

    @Option(name: .shortAndLong, help: "Output file (one input) or directory (several inputs).")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print no progress and no summary, only errors.")
    var quiet = false

    @Option(name: .shortAndLong, help: "How many files to export at once (default: one per core).")
    var jobs: Int?

    @Argument(help: "Source files, or directories of .md source files, to export.")
    var files: [String]

    func validate() throws {
        if !docx && !odt && !pdf { throw ValidationError("choose at least one format: --docx, --odt and/or --pdf") }
        if files.isEmpty { throw ValidationError("name at least one source file") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let formats = OutputFormat.allCases.filter { ($0 == .docx && docx) || ($0 == .odt && odt) || ($0 == .pdf && pdf) }
        var sources: [String] = []
        var problems: [String] = []
        var sawDirectory = false
        for file in files {
            if isDirectory(file) {
                sawDirectory = true
                let found = markdownFiles(in: file)
                if found.isEmpty { problems.append("\(file): error: no .md source files in this directory") }
                sources += found
            } else {
                sources.append(file)
            }
        }
        let outputIsDirectory = output.map { sources.count > 1 || sawDirectory || $0.hasSuffix("/") || isDirectory($0) } ?? false
        if let output, outputIsDirectory, !isDirectory(output) {
            do { try GovDocIO.createDirectory(output) } catch {
                FileHandleStream.standardError.write("\(error)\n")
                throw ExitCode(1)
            }
        }
        let batch = sources.map { file -> BatchExport.Job in
            guard let output else { return BatchExport.Job(source: file) }
            if outputIsDirectory {
                let name = GovDocIO.defaultBase(for: file).split(separator: "/").last.map(String.init) ?? file
                return BatchExport.Job(source: file, outputBase: (output.hasSuffix("/") ? output : output + "/") + name)
            }
            return BatchExport.Job(source: file, outputBase: GovDocIO.defaultBase(for: output))
        }
        let reporter = ProgressReporter(mode: quiet ? .silent : (isatty(STDERR_FILENO) == 1 ? .bar : .lines))
        let outcomes = await BatchExport.run(batch, formats: formats, maxConcurrentJobs: jobs) { finished, total, outcome in
            reporter.report(finished: finished, total: total, outcome: outcome)
        }
        reporter.finish()
        let failures = outcomes.compactMap(\.error)
        if !quiet {
            print("\(outcomes.count - failures.count) exported, \(failures.count + problems.count) failed")
        }
        for problem in problems { FileHandleStream.standardError.write(problem + "\n") }
        for failure in failures { FileHandleStream.standardError.write("\(failure)\n") }
        if !failures.isEmpty || !problems.isEmpty { throw ExitCode(1) }
    }

    private func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The `.md` files directly in a directory, sorted by name.
    private func markdownFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { prefix + $0 }
            .filter { !isDirectory($0) }
    }
}

/// Progress of a batch on standard error (a bar, on a terminal) or standard output (a line
/// per file written). Called from one task at a time.
final class ProgressReporter: @unchecked Sendable {
    enum Mode { case bar, lines, silent }
    let mode: Mode
    private var drawn = false

    init(mode: Mode) { self.mode = mode }

    func report(finished: Int, total: Int, outcome: BatchExport.Outcome) {
        switch mode {
        case .silent:
            return
        case .lines:
            for path in outcome.written { print("wrote \(path)") }
            if outcome.error != nil { print("failed \(outcome.job.source)") }
        case .bar:
            let width = 30
            let filled = total == 0 ? width : finished * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let name = outcome.job.source.split(separator: "/").last.map(String.init) ?? outcome.job.source
            FileHandleStream.standardError.write("\r\u{1B}[K\(bar) \(finished)/\(total) \(name)")
            drawn = true
        }
    }

    func finish() {
        if drawn { FileHandleStream.standardError.write("\r\u{1B}[K") }
    }
}

enum FileHandleStream {
    case standardError
    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
