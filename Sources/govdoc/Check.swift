import ArgumentParser
import GovDocCommandLine
import Foundation
import GovDocKit
import GovDocMessages

struct Check: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: L(.cliCheckAbstract), discussion: L(.cliCheckDiscussion))
    }

    @Flag(help: ArgumentHelp(L(.cliCheckRenumber)))
    var renumber = false

    @Flag(help: ArgumentHelp(L(.cliCheckJson)))
    var json = false

    @Flag(help: ArgumentHelp(L(.cliCheckErrorsOnly)))
    var errorsOnly = false

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(L(.cliCheckFiles)))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError(L(.cliNoFiles)) }
    }

    func run() throws {
        var all: [Finding] = []
        for file in files {
            if renumber, GovDocChecker.isDraft(file) {
                FileHandle.standardError.write(Data((L(.cliRenumberDraft, ["file": file]) + "\n").utf8))
            } else if renumber {
                do {
                    let changed = try GovDocChecker.renumber(path: file)
                    if !json {
                        let template: MessageTemplate = changed == 0 ? .cliRenumberedNone : changed == 1 ? .cliRenumberedOne : .cliRenumberedMany
                        print(L(template, ["file": file, "count": String(changed)]))
                    }
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
            let warnings = all.count - errors
            print(Message(.cliCheckSummary, [:], parts: [
                "errors": Message(errors == 1 ? .cliErrorsOne : .cliErrorsMany, ["count": String(errors)]),
                "warnings": Message(warnings == 1 ? .cliWarningsOne : .cliWarningsMany, ["count": String(warnings)]),
            ]).description)
        }
        let failing = all.contains { $0.severity == .error || !errorsOnly }
        if failing { throw ExitCode(1) }
    }
}
