import ArgumentParser
import GovDocCommandLine
import Foundation
import GovDocKit
import GovDocMessages

/// `govdoc template`: a Word (.dotx) or LibreOffice (.ott) template from a style sheet.
struct Template: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "template", abstract: L(.cliTemplateAbstract), discussion: L(.cliTemplateDiscussion))
    }

    @Flag(help: ArgumentHelp(L(.cliTemplateDotx)))
    var dotx = false

    @Flag(help: ArgumentHelp(L(.cliTemplateOtt)))
    var ott = false

    @Option(help: ArgumentHelp(L(.cliTemplateKind)))
    var kind: OfficeTemplate.Kind = .report

    @Option(help: ArgumentHelp(L(.cliTemplateStyle)))
    var style: String?

    @Option(help: ArgumentHelp(L(.cliTemplateDate)))
    var date: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(L(.cliTemplateOutput)))
    var output: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard dotx || ott else { throw ValidationError(L(.cliTemplateNoFormat)) }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError(L(.cliNewDateInvalid)) }
    }

    func run() throws {
        let day = date.flatMap(CalendarDate.init(iso:)) ?? Self.today()
        let base = output.map { $0.hasSuffix(".dotx") || $0.hasSuffix(".ott") ? String($0[..<$0.lastIndex(of: ".")!]) : $0 } ?? "公文模板"
        let formats = [dotx ? OfficeTemplate.Format.dotx : nil, ott ? .ott : nil].compactMap { $0 }
        let paths = formats.map { base + "." + $0.rawValue }
        if let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            FileHandle.standardError.write(Data((Message(.cliNewExists).located(existing) + "\n").utf8))
            throw ExitCode(1)
        }
        for (format, path) in zip(formats, paths) {
            do {
                try OfficeTemplate.write(format: format, kind: kind, style: style, date: day, to: path)
            } catch let error as ExportError {
                for line in error.lines(in: Message.language) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
                throw ExitCode(1)
            }
            print(L(.cliWrote, ["path": path]))
        }
    }

    /// Today in the local time zone.
    static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}

/// The kinds on the command line, spelled out (no reflection at start-up).
extension OfficeTemplate.Kind: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}
