import ArgumentParser
import GovDocCommandLine
import Foundation
import GovDocKit

/// A catalog text in the language of the environment.
private func say(_ template: MessageTemplate, _ arguments: [String: String] = [:]) -> String {
    Message(template, arguments).description
}

/// Options shared by `format` and `import`: what the draft lacks.
struct DraftFrontMatterOptions: ParsableArguments {
    @Option(name: .customLong("meta"), help: ArgumentHelp(say(.cliFormatMeta)))
    var meta: String?

    @Option(help: ArgumentHelp(say(.cliFormatKind)))
    var kind: String?

    @Option(help: ArgumentHelp(say(.cliFormatHeader)))
    var header: String?

    @Option(help: ArgumentHelp(say(.cliFormatNumber)))
    var number: String?

    @Flag(help: ArgumentHelp(say(.cliFormatSeal)))
    var seal = false

    @Option(name: .customLong("first-page"), help: ArgumentHelp(say(.cliFormatFirstPage)))
    var firstPage: Int?

    @Option(help: ArgumentHelp(say(.cliFormatStyle)))
    var style: String?

    func validate() throws {
        if let kind, DocumentKind(rawValue: kind) == nil || kind == DocumentKind.annualReport.rawValue {
            throw ValidationError(say(.cliFormatBadKind, ["kind": kind]))
        }
        if let firstPage, firstPage < 1 { throw ValidationError(say(.cliFormatBadFirstPage)) }
    }

    /// The --meta file's keys, then the options over them.
    func options() throws -> GovDocDrafts.Options {
        var options = try meta.map(GovDocDrafts.options(metaAt:)) ?? GovDocDrafts.Options()
        if let kind { options.overrides.kind = DocumentKind(rawValue: kind) }
        if let header { options.overrides.header = header }
        if let number { options.overrides.number = number }
        if seal { options.overrides.seal = true }
        if let firstPage { options.overrides.firstPage = firstPage }
        if let style { options.style = style }
        return options
    }
}

/// Prints the recogniser's warnings, one per line: `file:¶N「…」: warning: …`.
func printDraftWarnings(_ warnings: [DraftWarning]) {
    for warning in warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
}

struct Format: ParsableCommand {
    // computed: the language is the one in force when the help is shown
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "format", abstract: say(.cliFormatAbstract), discussion: say(.cliFormatDiscussion))
    }

    @Flag(help: ArgumentHelp(say(.cliFormatDocx)))
    var docx = false

    @Flag(help: ArgumentHelp(say(.cliFormatOdt)))
    var odt = false

    @Flag(help: ArgumentHelp(say(.cliFormatPdf)))
    var pdf = false

    @Option(name: .shortAndLong, help: ArgumentHelp(say(.cliFormatOutput)))
    var output: String?

    @OptionGroup var frontMatter: DraftFrontMatterOptions

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(say(.cliFormatDraft)))
    var draft: String

    func run() throws {
        var formats = OutputFormat.allCases.filter { ($0 == .docx && docx) || ($0 == .odt && odt) || ($0 == .pdf && pdf) }
        if formats.isEmpty { formats = [.docx] }
        do {
            let options = try frontMatter.options()
            let result = try GovDocDrafts.format(draftAt: draft, formats: formats,
                                                 outputBase: output.map(GovDocIO.defaultBase(for:)), options: options)
            printDraftWarnings(result.recognition.warnings)
            for path in result.written { print(say(.cliFormatWrote, ["path": path])) }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
