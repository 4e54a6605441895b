@_exported import GovDocCheck
import GovDocMessages
import GovDocPackaging
import GovDocSource
import GovDocTemplates

/// `govdoc check`: every problem in a source file, without writing output.
public enum GovDocChecker {
    /// The findings for one file: the file's own problems (every one the reader finds, code
    /// `source`; the annual report's data, code `data`), then the numbering and section
    /// findings, in line order.
    public static func check(path: String) -> [Finding] {
        switch readSource(path) {
        case let .failure(error):
            return error.all.map {
                Finding(file: path, line: $0.location.line, column: $0.location.column, severity: .error,
                        code: $0.message.id.hasPrefix("annual-report.") ? "data" : "source", message: $0.message)
            }
        case let .success(result):
            var findings = findings(of: result, path: path)
            if let data = result.frontMatter.data {
                do {
                    let template = try AnnualReportTemplate.load(data.templateName)
                    findings += AnnualReportBuilder(template: template).problems(for: data).map {
                        Finding(file: path, line: $0.line, column: $0.column, severity: .error, code: "data", message: $0.message)
                    }
                } catch {
                    let detail = (error as? StyleSheetError)?.message ?? Message(.exportFailed, ["detail": "\(error)"])
                    findings.append(Finding(file: path, line: data.line, column: 1, severity: .error, code: "data",
                                            message: Message(.annualTemplateUnloadable, [:], parts: ["detail": detail])))
                }
            }
            return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        }
    }

    /// The numbering and section findings of a file that reads (what `export` prints as
    /// warnings); the sections of an annual report that hold its generated tables are not empty.
    public static func findings(of result: SourceReader.Result, path: String) -> [Finding] {
        var findings = NumberingCheck(result: result, file: path).findings
        if let data = result.frontMatter.data, let template = try? AnnualReportTemplate.load(data.templateName) {
            let tableSections = Set(template.tables.map(\.section))
            let tableHeadingLines = Set(zip(result.document.blocks, result.blockLines).compactMap { block, line -> Int? in
                guard case let .heading(h) = block, h.level == 1,
                      let n = HeadingSyntax.chineseValue(Array(h.number.dropLast())), tableSections.contains(n) else { return nil }
                return line
            })
            findings.removeAll { $0.code == "section.empty" && tableHeadingLines.contains($0.line) }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Rewrites the heading numbers of a file in place, keeping the original as `FILE.bak`.
    /// Returns the number of lines changed; the file is untouched when nothing changes.
    public static func renumber(path: String) throws -> Int {
        let result: SourceReader.Result
        switch readSource(path) {
        case let .failure(error): throw ExportError.source(error)
        case let .success(r): result = r
        }
        let check = NumberingCheck(result: result, file: path)
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch { throw ExportError.output(path: path, message: ExportError.message(of: error)) }
        let text = String(decoding: bytes, as: UTF8.self)
        let (newText, changed) = Renumber.apply(to: text, entries: check.entries)
        guard changed > 0 else { return 0 }
        do {
            try AtomicFile.write(bytes, to: path + ".bak")
            try AtomicFile.write(Array(newText.utf8), to: path)
        } catch {
            throw ExportError.output(path: path, message: ExportError.message(of: error))
        }
        return changed
    }

    private static func readSource(_ path: String) -> Result<SourceReader.Result, SourceError> {
        var reader = SourceReader()
        reader.generatesAnnualReportTables = false
        do { return .success(try reader.read(path: path)) } catch { return .failure(error) }
    }
}
