import ArgumentParser
import GovDocCommandLine
import Foundation
import GovDocKit

private func say(_ template: MessageTemplate, _ arguments: [String: String] = [:]) -> String {
    Message(template, arguments).description
}

struct Import: ParsableCommand {
    // computed: the language is the one in force when the help is shown
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: say(.cliImportAbstract), discussion: say(.cliImportDiscussion))
    }

    @Option(name: .shortAndLong, help: ArgumentHelp(say(.cliImportOutput)))
    var output: String?

    @Flag(help: ArgumentHelp(say(.cliImportForce)))
    var force = false

    @OptionGroup var frontMatter: DraftFrontMatterOptions

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(say(.cliImportDraft)))
    var draft: String

    func run() throws {
        do {
            let result = try GovDocDrafts.importDraft(at: draft, output: output, force: force, options: try frontMatter.options())
            printDraftWarnings(result.recognition.warnings)
            let severity = MessageTemplate.severityWarning.text(in: Message.language)
            for note in result.notes { FileHandle.standardError.write(Data("\(result.path): \(severity): \(note)\n".utf8)) }
            print(say(.cliImportWrote, ["path": result.path]))
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
