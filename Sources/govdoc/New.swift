import ArgumentParser
import Foundation
import GovDocKit

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a complete starting file to fill in.",
        discussion: """
        Examples:
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024 --date 2025-01-20 -o report.md
        """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case annualReport = "annual-report" }

    @Argument(help: "What to start: annual-report.")
    var kind: Kind

    @Option(help: "The issuing body (发文机关), e.g. 石门镇人民政府.")
    var issuer: String

    @Option(help: "The year the report covers.")
    var year: Int

    @Option(help: "The report's date (成文日期), YYYY-MM-DD; default: 20 January of the next year.")
    var date: String?

    @Option(help: "The national format: 2021 (国办公开办函〔2021〕30号) or 2019 (the trial format of 国办公开办函〔2019〕60号); default: by --year.")
    var format: String?

    @Option(name: .shortAndLong, help: "The file to write (default: annual-report-YEAR.md); never overwritten.")
    var output: String?

    func validate() throws {
        guard (1900...9998).contains(year) else { throw ValidationError("--year must be a year like 2024") }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be a date YYYY-MM-DD that exists") }
        if let format, !["2019", "2021"].contains(format) { throw ValidationError("--format must be 2019 or 2021") }
    }

    func run() throws {
        let path = output ?? "annual-report-\(year).md"
        if FileManager.default.fileExists(atPath: path) {
            FileHandle.standardError.write(Data("\(path): error: the file exists; choose another name with -o\n".utf8))
            throw ExitCode(1)
        }
        let text = try NewDocument.annualReport(issuer: issuer, year: year, date: date.flatMap(CalendarDate.init(iso:)), format: format)
        try GovDocIO.writeText(text, to: path)
        print("wrote \(path)")
    }
}
