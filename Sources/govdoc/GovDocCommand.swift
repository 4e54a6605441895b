import ArgumentParser
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
            subcommands: [Export.self, Check.self, New.self, Format.self, Import.self, Template.self, Serve.self]
        )
    }

    @OptionGroup var language: LanguageOption

    /// The language is chosen before the parser builds any help text (`--lang`, then
    /// `GOVDOC_LANG` and the locale); the parser's own words are translated on the way out.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let chosen = Language.fromArguments(arguments) { Message.language = chosen }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exitLocalized(withError: error)
        }
    }

    /// `exit(withError:)`, with help and parser errors in the current language.
    static func exitLocalized(withError error: Error) -> Never {
        let code = exitCode(for: error)
        let text = ParserText.localized(fullMessage(for: error))
        if !text.isEmpty {
            if code == .success {
                print(text)
            } else {
                FileHandleStream.standardError.write(text + "\n")
            }
        }
        Foundation.exit(code.rawValue)
    }
}

/// `--lang zh|en` on every command (read before parsing by ``GovDocCommand/main()``).
struct LanguageOption: ParsableArguments {
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case zh, en
        // spelled out: the defaults describe each case with String(describing:), which costs the
        // runtime's protocol-conformance scans at every start
        static var allValueStrings: [String] { allCases.map(\.rawValue) }
        var defaultValueDescription: String { rawValue }
    }
    @Option(name: .customLong("lang"), help: ArgumentHelp(L(.cliLangHelp)))
    var lang: Choice?
}

/// A catalog text in the current language.
func L(_ template: MessageTemplate, _ arguments: [String: String] = [:]) -> String {
    Message(template, arguments).description
}

/// The argument parser's fixed English words (section titles, its own flags, its errors) in
/// the current language.
enum ParserText {
    static func localized(_ text: String) -> String {
        guard Message.language != .en else { return text }
        let pairs: [MessageTemplate] = [.parserOverview, .parserUsage, .parserArguments, .parserOptions, .parserSubcommands,
                                        .parserHelpFlag, .parserVersionFlag, .parserSeeHelp, .parserError, .parserHelpLine,
                                        .parserMissingArgument, .parserUnknownOption, .parserUnexpectedArgument,
                                        .parserMissingValue, .parserDefault, .parserHelpAbstract, .parserValues,
                                        .parserUsageLine, .parserSeeMoreStart, .parserSeeMoreEnd]
        var result = text
        for template in pairs {
            result = result.replacingOccurrences(of: template.en, with: template.text(in: Message.language))
        }
        // `(values: zh, en)` and `(default: x)` close with a full-width parenthesis
        var lines = result.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices where lines[i].hasSuffix(")") && (lines[i].contains("（可选值：") || lines[i].contains("（默认：")) {
            lines[i] = String(lines[i].dropLast()) + "）"
        }
        return lines.joined(separator: "\n")
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

enum FileHandleStream {
    case standardError
    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
