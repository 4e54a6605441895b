@_exported import GovDoc
@_exported import protocol GovDocPackaging.FileResolver
@_exported import enum GovDocPackaging.FileKind
@_exported import struct GovDocPackaging.ResolvedFile
@_exported import struct GovDocPackaging.FileResolverError
@_exported import enum GovDocPackaging.WorkStop
@_exported import class GovDocPackaging.StopSignal
@_exported import struct GovDocTemplates.DiskFiles
@_exported import struct GovDocTemplates.UploadedFiles
@_exported import struct GovDocTemplates.StyleSheetCatalog
import GovDocMessages
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

/// Any failure of an export, one line per problem when printed.
public enum ExportError: Error, CustomStringConvertible, Sendable {
    /// The source file has problems: the first, carrying the others (``SourceError/all``).
    case source(SourceError)
    /// The output could not be produced or written.
    case output(path: String, message: Message)

    /// Every problem, one line each (`file:line:column: 错误：…`), in file:line:column order.
    public func lines(in language: Language) -> [String] {
        switch self {
        case let .source(error): return error.all.map { $0.text(in: language) }
        case let .output(path, message): return [message.located(path, in: language)]
        }
    }

    /// ``lines(in:)`` in the current language, joined by newlines.
    public var description: String { lines(in: Message.language).joined(separator: "\n") }
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
            throw ExportError.output(path: path, message: error.message)
        } catch {
            throw ExportError.output(path: path, message: Message(.exportCannotBuild, ["format": format.rawValue], parts: ["detail": ExportError.message(of: error)]))
        }
        try GovDocIO.writeBytes(bytes, to: path)
    }
}

/// Reading source files and exporting them: what the CLI and library users call.
public enum GovDocIO {
    /// The directory of the running executable (symbolic links resolved), where govdoc's
    /// companion programs (`govdoc-serve`) are installed.
    public static var executableDirectory: String { RunningExecutable.directory }

    /// Reads a source file (`.md` in the govdoc source format) into a document.
    public static func read(sourceAt path: String) throws -> Document {
        do {
            return try SourceReader().read(path: path).document
        } catch {
            throw ExportError.source(error)
        }
    }

    /// Reads source text given in memory; `name` is used in error messages. The files it names
    /// are read through `files` (default: the disk, relative to the working directory).
    public static func read(source: String, name: String = "<input>", files: (any FileResolver)? = nil) throws -> Document {
        try read(sourceBytes: Array(source.utf8), name: name, files: files)
    }

    /// Reads source bytes given in memory (what a server received), every file it names through
    /// `files`: ``UploadedFiles`` reads no disk at all.
    public static func read(sourceBytes: [UInt8], name: String, files: (any FileResolver)? = nil) throws(ExportError) -> Document {
        var reader = SourceReader()
        reader.files = files
        do {
            return try reader.read(bytes: sourceBytes, file: name).document
        } catch {
            throw ExportError.source(error)
        }
    }

    /// Exports one source file to each format; returns the paths written.
    /// `outputBase` is the output path without extension (default: beside the input).
    @discardableResult
    public static func export(sourceAt path: String, formats: [OutputFormat], outputBase: String? = nil) throws -> [String] {
        try export(try read(sourceAt: path), sourceAt: path, formats: formats, outputBase: outputBase)
    }

    /// Writes a document read from `path` in each format.
    static func export(_ document: Document, sourceAt path: String, formats: [OutputFormat], outputBase: String?) throws -> [String] {
        let base = outputBase ?? defaultBase(for: path)
        var written: [String] = []
        for format in formats {
            let out = base + "." + format.fileExtension
            if sameFile(out, path) {
                throw ExportError.output(path: out, message: Message(.exportOverwriteInput))
            }
            try document.write(to: out, format: format)
            written.append(out)
        }
        return written
    }

    /// Writes text atomically (a new source file).
    public static func writeText(_ text: String, to path: String) throws {
        try writeBytes(Array(text.utf8), to: path)
    }

    /// Writes bytes atomically (temporary file, fsync, rename); a failure is the path's `ExportError`.
    public static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        do { try AtomicFile.write(bytes, to: path) } catch {
            throw ExportError.output(path: path, message: ExportError.message(of: error))
        }
    }

    /// Creates a directory and any missing parents (`mkdir -p`).
    public static func createDirectory(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                let code = errno
                throw ExportError.output(path: path, message: Message(.exportCannotCreateDirectory, [:], parts: [
                    "reason": SystemErrorText.message(code, detail: String(cString: strerror(code)))]))
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
        // two paths of which one does not exist are not the same file (nil == nil is no proof)
        guard let first = canonical(a), let second = canonical(b) else { return false }
        return first == second
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

extension ExportError {
    /// The message of any error a writer or the file layer throws.
    static func message(of error: any Error) -> Message {
        switch error {
        case let error as PackagingError where error.message != nil: return error.message!
        case let error as PDFWriter.PDFError: return error.message
        case let error as TableLayoutError: return error.message
        case let error as ExportError:
            if case let .output(_, message) = error { return message }
            return Message(.exportFailed, ["detail": "\(error)"])
        default: return Message(.exportFailed, ["detail": "\(error)"])
        }
    }
}
