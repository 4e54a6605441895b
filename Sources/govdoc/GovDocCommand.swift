import ArgumentParser
import GovDocCommandLine
import Foundation
import GovDocKit
import GovDocMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct GovDocCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "govdoc",
            abstract: L(.cliRootAbstract),
            discussion: L(.cliRootDiscussion),
            version: GovDocVersion.current,
            subcommands: [Export.self, Check.self, New.self, Format.self, Import.self, Template.self, Fonts.self, Serve.self]
        )
    }

    @OptionGroup var language: LanguageOption

    /// `govdoc serve …` is the server, a program of its own (`govdoc-serve`, so that the CLI does
    /// not link the HTTP stack): it is started in this process's place. Everything else is parsed
    /// here, with the language chosen before the parser builds any help text.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if Serve.isServeCommand(arguments) { Serve.startServer(arguments) }
        await LocalizedMain.run(Self.self, arguments)
    }
}

struct Export: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: L(.cliExportAbstract), discussion: L(.cliExportDiscussion))
    }

    @Flag(help: ArgumentHelp(L(.cliExportDocx)))
    var docx = false

    @Flag(help: ArgumentHelp(L(.cliExportOdt)))
    var odt = false

    @Flag(help: ArgumentHelp(L(.cliExportPdf)))
    var pdf = false

    @Option(name: .shortAndLong, help: ArgumentHelp(L(.cliExportOutput)))
    var output: String?

    @Flag(name: .shortAndLong, help: ArgumentHelp(L(.cliExportQuiet)))
    var quiet = false

    @Option(name: .shortAndLong, help: ArgumentHelp(L(.cliExportJobs)))
    var jobs: Int?

    @Flag(help: ArgumentHelp(L(.cliExportRequireFonts)))
    var requireStandardFonts = false

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(L(.cliExportFiles)))
    var files: [String]

    func validate() throws {
        if !docx && !odt && !pdf { throw ValidationError(L(.cliExportNoFormat)) }
        if files.isEmpty { throw ValidationError(L(.cliNoFiles)) }
        if let jobs, jobs < 1 { throw ValidationError(L(.cliJobsTooFew)) }
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
                if found.isEmpty { problems.append(Message(.cliEmptyDirectory).located(file)) }
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
        if pdf && requireStandardFonts { try refuseMissingFaces(sources) }
        let reporter = ProgressReporter(mode: quiet ? .silent : (isatty(STDERR_FILENO) == 1 ? .bar : .lines))
        let outcomes: [BatchExport.Outcome]
        if batch.count == 1 {   // one file: on this thread, no task group or worker thread
            outcomes = [BatchExport.runHere(batch[0], formats: formats)]
            reporter.report(finished: 1, total: 1, outcome: outcomes[0])
        } else {
            outcomes = await BatchExport.run(batch, formats: formats, maxConcurrentJobs: jobs) { finished, total, outcome in
                reporter.report(finished: finished, total: total, outcome: outcome)
            }
        }
        reporter.finish()
        let failures = outcomes.compactMap(\.error)
        // every problem of every file, one line each in line order; then what check would say
        // about the files that were written (warnings: they do not fail the export)
        for problem in problems { FileHandleStream.standardError.write(problem + "\n") }
        for failure in failures { FileHandleStream.standardError.write(failure.description + "\n") }
        for outcome in outcomes where outcome.error == nil && !quiet {
            for warning in outcome.warnings {
                FileHandleStream.standardError.write(warning.text(in: Message.language, severity: .warning) + "\n")
            }
        }
        if !quiet {
            print(L(.cliSummary, ["exported": String(outcomes.count - failures.count), "failed": String(failures.count + problems.count)]))
        }
        if !failures.isEmpty || !problems.isEmpty { throw ExitCode(1) }
    }

    /// `--require-standard-fonts`: before anything is written, each source's faces are looked up;
    /// one missing is an error naming the file, the face and its stand-in (a source that cannot
    /// be read is left to the export, which reports it).
    private func refuseMissingFaces(_ sources: [String]) throws {
        var missing: [String] = []
        // one report per style sheet (each loads fontconfig's configurations and fonts)
        var reports: [(sheet: StyleSheet, report: FontReport)] = []
        for source in sources {
            guard let document = try? GovDocIO.read(sourceAt: source) else { continue }
            let report: FontReport
            if let known = reports.first(where: { $0.sheet == document.styles }) {
                report = known.report
            } else {
                do { report = try GovDocIO.fontReport(for: document.styles) } catch let error as ExportError {
                    missing += error.lines(in: Message.language)
                    continue
                }
                reports.append((document.styles, report))
            }
            missing += GovDocIO.missingFaces(report).map { $0.located(source) }
        }
        guard !missing.isEmpty else { return }
        for line in missing { FileHandleStream.standardError.write(line + "\n") }
        throw ExitCode(1)
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
            for path in outcome.written { print(L(.cliWrote, ["path": path])) }
            if outcome.error != nil { print(L(.cliFailed, ["path": outcome.job.source])) }
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
