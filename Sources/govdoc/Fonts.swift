import ArgumentParser
import Foundation
import GovDocCommandLine
import GovDocKit
import GovDocMessages

/// `govdoc fonts`: which of the style sheet's faces this machine has, and what the PDF uses.
struct Fonts: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "fonts", abstract: L(.cliFontsAbstract), discussion: L(.cliFontsDiscussion))
    }

    @Option(help: ArgumentHelp(L(.cliFontsStyle)))
    var style: String?

    @Flag(help: "JSON")
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let report: FontReport
        do { report = try GovDocIO.fontReport(style: style) } catch let error as ExportError {
            for line in error.lines(in: Message.language) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            throw ExitCode(2)
        }
        if json {
            let entries = report.entries.map { e -> [String: Any] in
                ["face": e.face, "alternative": e.alternative ?? NSNull(), "roles": e.roles,
                 "installed": e.installed ?? NSNull(), "pdf": e.standIn ?? NSNull()]
            }
            let data = try JSONSerialization.data(withJSONObject: entries, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(L(.cliFontsHeader))
            for e in report.entries {
                let here = e.installed.map { L(.cliFontsInstalled, ["name": $0]) } ?? L(.cliFontsMissing)
                print([e.face, e.roles.joined(separator: "、"), here, e.standIn ?? "?"].joined(separator: "\t"))
            }
            print(report.missing.isEmpty ? L(.cliFontsAllInstalled) : L(.cliFontsSomeMissing, ["count": "\(report.missing.count)"]))
        }
        if !report.missing.isEmpty { throw ExitCode(1) }
    }
}
