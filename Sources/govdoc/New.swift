import ArgumentParser
import GovDocCommandLine
import Foundation
import GovDocKit
import GovDocMessages

struct New: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "new", abstract: L(.cliNewAbstract), discussion: L(.cliNewDiscussion))
    }

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case annualReport = "annual-report"
        static var allValueStrings: [String] { allCases.map(\.rawValue) }
        var defaultValueDescription: String { rawValue }
    }

    @Argument(help: ArgumentHelp(L(.cliNewKind)))
    var kind: Kind

    @Option(help: ArgumentHelp(L(.cliNewIssuer)))
    var issuer: String

    @Option(help: ArgumentHelp(L(.cliNewYear)))
    var year: Int

    @Option(help: ArgumentHelp(L(.cliNewDate)))
    var date: String?

    @Option(help: ArgumentHelp(L(.cliNewFormat)))
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(L(.cliNewOutput)))
    var output: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (1900...9998).contains(year) else { throw ValidationError(L(.cliNewYearInvalid)) }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError(L(.cliNewDateInvalid)) }
        if let format, !["2019", "2021"].contains(format) { throw ValidationError(L(.cliNewFormatInvalid)) }
    }

    func run() throws {
        let path = output ?? "annual-report-\(year).md"
        if FileManager.default.fileExists(atPath: path) {
            FileHandle.standardError.write(Data((Message(.cliNewExists).located(path) + "\n").utf8))
            throw ExitCode(1)
        }
        let text = try NewDocument.annualReport(issuer: issuer, year: year, date: date.flatMap(CalendarDate.init(iso:)), format: format)
        try GovDocIO.writeText(text, to: path)
        print(L(.cliWrote, ["path": path]))
    }
}
