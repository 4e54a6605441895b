@_exported import GovDoc
import GovDocODF
import GovDocOOXML
import GovDocPDF
import GovDocPackaging
import GovDocSource
import GovDocTemplates

/// The output formats govdoc writes. A new format is one new writer module and one case here.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case docx
    case odt
    /// Rendered by LibreOffice, for checking before printing (needs LibreOffice installed).
    case pdf

    public var serializer: any DocumentSerializer {
        switch self {
        case .docx: return OOXMLWriter()
        case .odt: return ODTWriter()
        case .pdf: return PDFWriter()
        }
    }

    public var fileExtension: String { type(of: serializer).fileExtension }
}

/// Any failure of an export, one line each when printed.
public enum ExportError: Error, CustomStringConvertible, Sendable {
    /// The source file has a problem at a location.
    case source(SourceError)
    /// The output could not be produced or written.
    case output(path: String, message: String)

    public var description: String {
        switch self {
        case let .source(error): return error.description
        case let .output(path, message): return "\(path): error: \(message)"
        }
    }
}

extension Document {
    /// The package bytes in a format.
    public func serialized(as format: OutputFormat) throws -> [UInt8] {
        try format.serializer.serialize(self)
    }

    /// Writes the document atomically (temporary file, fsync, rename): an existing file at
    /// `path` is untouched if anything fails.
    public func write(to path: String, format: OutputFormat) throws {
        let bytes: [UInt8]
        do {
            bytes = try serialized(as: format)
        } catch let error as PDFWriter.PDFError {
            throw ExportError.output(path: path, message: "\(error)")
        } catch {
            throw ExportError.output(path: path, message: "cannot build the \(format.rawValue) package: \(error)")
        }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw ExportError.output(path: path, message: "\(error)")
        }
    }
}

/// Reading source files and exporting them: what the CLI and library users call.
public enum GovDocIO {
    /// Reads a source file (`.md` in the govdoc source format) into a document.
    public static func read(sourceAt path: String) throws -> Document {
        do {
            return try SourceReader().read(path: path).document
        } catch {
            throw ExportError.source(error)
        }
    }

    /// Reads source text given in memory; `name` is used in error messages.
    public static func read(source: String, name: String = "<input>") throws -> Document {
        do {
            return try SourceReader().read(bytes: Array(source.utf8), file: name).document
        } catch {
            throw ExportError.source(error)
        }
    }

    /// Exports one source file to each format; returns the paths written.
    /// `outputBase` is the output path without extension (default: beside the input).
    @discardableResult
    public static func export(sourceAt path: String, formats: [OutputFormat], outputBase: String? = nil) throws -> [String] {
        let document = try read(sourceAt: path)
        let base = outputBase ?? defaultBase(for: path)
        var written: [String] = []
        for format in formats {
            let out = base + "." + format.fileExtension
            if sameFile(out, path) {
                throw ExportError.output(path: out, message: "refusing to overwrite the input file")
            }
            try document.write(to: out, format: format)
            written.append(out)
        }
        return written
    }

    /// Writes text atomically (a new source file).
    public static func writeText(_ text: String, to path: String) throws {
        do { try AtomicFile.write(Array(text.utf8), to: path) } catch {
            throw ExportError.output(path: path, message: "\(error)")
        }
    }

    /// Creates a directory and any missing parents (`mkdir -p`).
    public static func createDirectory(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw ExportError.output(path: path, message: "cannot create the directory: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// `dir/report.md` → `dir/report`.
    public static func defaultBase(for path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        return String(path.dropLast(name.distance(from: dot, to: name.endIndex)))
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return canonical(a) == canonical(b)
    }

    private static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
