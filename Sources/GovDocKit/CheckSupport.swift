@_exported import GovDocCheck
import GovDocMessages
import GovDocPackaging
import GovDocSource
import GovDocTemplates

/// `govdoc check`: every problem in a source file, without writing output.
public enum GovDocChecker {
    /// The findings for one file: the file's own problems (every one the reader finds, as
    /// `export` reports them: code `source`, or `data` for the annual report's numbers), and the
    /// numbering and section findings whenever the text can be read, in line order.
    public static func check(path: String) -> [Finding] {
        if isDraft(path) { return checkDraft(path: path) }
        return check(path: path) { tables in readSource(path, tables: tables) }
    }

    /// The findings for source bytes given in memory (what a server received), named `file`,
    /// every file they name read through `files`.
    public static func check(source bytes: [UInt8], file: String, files: any FileResolver) -> [Finding] {
        check(path: file) { tables in
            var reader = SourceReader()
            reader.files = files
            reader.generatesAnnualReportTables = tables
            do throws(SourceError) { return .success(try reader.read(bytes: bytes, file: file)) } catch { return .failure(error) }
        }
    }

    private static func check(path: String, reading readSource: (Bool) -> Result<SourceReader.Result, SourceError>) -> [Finding] {
        var findings: [Finding] = []
        let read = readSource(true)
        // a read stopped by the server's deadline is partial: its findings would be thrown away
        if WorkStop.requested { return [] }
        switch read {
        case let .success(result):
            findings = self.findings(of: result, path: path)
        case let .failure(error):
            findings = error.all.map {
                Finding(file: path, line: $0.location.line, column: $0.location.column, severity: .error,
                        code: $0.message.id.hasPrefix("annual-report.") || $0.message.id.hasPrefix("source.annual-report.") ? "data" : "source",
                        message: $0.message)
            }
            // the headings can still be checked when only the annual report's data is wrong
            if !WorkStop.requested, case let .success(result) = readSource(false) {
                findings += self.findings(of: result, path: path)
            }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// A word processor's file (`.docx`, `.odt`, or an old `.doc`/`.wps` that the reader names),
    /// checked as a draft rather than as source text.
    public static func isDraft(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".docx", ".docm", ".dotx", ".odt", ".fodt", ".ott", ".doc", ".wps"].contains { lower.hasSuffix($0) }
    }

    /// `govdoc check draft.docx`: what a .docx or .odt says that GB/T 9704 does not (paper,
    /// margins, grid, fonts by element, page numbers, dates, 发文字号, 附件说明, numbering,
    /// punctuation), each finding naming its paragraph; a file that cannot be read is one error.
    public static func checkDraft(path: String) -> [Finding] {
        do {
            let draft = try GovDocDrafts.read(draftAt: path)
            let recognition = try GovDocDrafts.recognize(draft, file: path)
            return DraftCheck.findings(draft: draft, recognition: recognition, file: path)
        } catch let error as DraftError {
            return [Finding(file: path, line: error.location.paragraph ?? 0, column: 0, severity: .error,
                            message: error.message, excerpt: error.location.excerpt ?? "")]
        } catch {
            return [Finding(file: path, line: 0, column: 0, severity: .error, message: ExportError.message(of: error), excerpt: "")]
        }
    }

    /// The numbering and section findings of a file that reads (what `export` prints as
    /// warnings); the sections of an annual report that hold its generated tables are not empty.
    public static func findings(of result: SourceReader.Result, path: String) -> [Finding] {
        var findings = NumberingCheck(result: result, file: path).findings
        // §7.3.5.3: a 命令 signed by its signer's 签名章
        if result.document.kind == .order, let signature = result.document.signature, signature.signatureImage == nil {
            findings.append(Finding(file: path, line: result.frontMatter.signerLine ?? 1, column: 1, severity: .warning,
                                    code: "order.no-signature-seal", message: Message(.checkOrderWithoutSignatureSeal)))
        }
        if let data = result.frontMatter.data, let template = try? AnnualReportTemplate.load(data.templateName) {
            let tableSections = Set(template.tables.map(\.section))
            let tableHeadingLines = Set(zip(result.document.blocks, result.blockLines).compactMap { block, line -> Int? in
                guard case let .heading(h) = block, h.level == 1,
                      let n = ChineseNumerals.value(h.number.dropLast()), tableSections.contains(n) else { return nil }
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
        do { bytes = try FileBytes.read(path, as: .source) } catch { throw ExportError.output(path: path, message: ExportError.message(of: error)) }
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

    private static func readSource(_ path: String, tables: Bool = false) -> Result<SourceReader.Result, SourceError> {
        var reader = SourceReader()
        reader.generatesAnnualReportTables = tables
        do { return .success(try reader.read(path: path)) } catch { return .failure(error) }
    }
}
