@_exported import GovDocCheck
import GovDocPackaging
import GovDocSource

/// `govdoc check`: every problem in a source file, without writing output.
public enum GovDocChecker {
    /// The findings for one file: a source error (the file cannot be read) is one finding;
    /// otherwise the numbering and section findings.
    public static func check(path: String) -> [Finding] {
        switch readSource(path) {
        case let .failure(error):
            return [Finding(file: path, line: error.location.line, column: error.location.column, severity: .error,
                            code: "source", message: error.message)]
        case let .success(result):
            return NumberingCheck(result: result, file: path).findings
        }
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
        do { bytes = try FileBytes.read(path) } catch { throw ExportError.output(path: path, message: "\(error)") }
        let text = String(decoding: bytes, as: UTF8.self)
        let (newText, changed) = Renumber.apply(to: text, entries: check.entries)
        guard changed > 0 else { return 0 }
        do {
            try AtomicFile.write(bytes, to: path + ".bak")
            try AtomicFile.write(Array(newText.utf8), to: path)
        } catch {
            throw ExportError.output(path: path, message: "\(error)")
        }
        return changed
    }

    private static func readSource(_ path: String) -> Result<SourceReader.Result, SourceError> {
        do { return .success(try SourceReader().read(path: path)) } catch { return .failure(error) }
    }
}
