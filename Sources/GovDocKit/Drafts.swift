@_exported import GovDocDraft
@_exported import GovDocMessages
import GovDocPackaging
import GovDocSource
import GovDocSourceWriter
import GovDocTemplates
import GovDocODFReader
import GovDocOOXMLReader

/// Word and WPS drafts (.docx, .odt): read, recognise, re-lay (`govdoc format`) or turn into
/// source text (`govdoc import`).
public enum GovDocDrafts {
    /// What the draft lacks, from options or a `--meta` file.
    public struct Options: Sendable, Equatable {
        public var overrides: DraftOverrides
        /// A style sheet name or path; nil takes the kind's own sheet.
        public var style: String?
        public init(overrides: DraftOverrides = DraftOverrides(), style: String? = nil) {
            self.overrides = overrides
            self.style = style
        }
    }

    /// The format of a draft's bytes: an ODF package names its type in its first entry
    /// (`mimetype`); a package whose `mimetype` is missing, compressed or not first is ODF when
    /// it has a `content.xml` and no `word/document.xml`; anything else is given to the OOXML
    /// reader, which knows Word's other forms.
    public static func format(of bytes: [UInt8], name: String) -> Draft.Format {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        if bytes.starts(with: zip), bytes.count > 38, Array(bytes[30..<38]) == Array("mimetype".utf8) {
            let head = String(decoding: bytes[38..<min(bytes.count, 120)], as: UTF8.self)
            if head.contains("application/vnd.oasis.opendocument") { return .odt }
        }
        if bytes.starts(with: zip), let archive = try? ZipArchiveReader(bytes: bytes),
           archive.contains("content.xml"), !archive.contains("word/document.xml") {
            return .odt
        }
        if !bytes.starts(with: zip), name.lowercased().hasSuffix(".odt") || name.lowercased().hasSuffix(".fodt") { return .odt }
        return .docx
    }

    /// The reader for a format.
    public static func reader(for format: Draft.Format) -> (any DraftReader)? {
        switch format {
        case .docx: return OOXMLReader()
        case .odt: return ODFReader()
        }
    }

    /// Reads a draft's bytes (either format); `file` names it in errors and warnings.
    public static func read(_ bytes: [UInt8], file: String) throws -> Draft {
        let format = format(of: bytes, name: file)
        guard let reader = reader(for: format) else {
            throw DraftError(DraftLocation(file: file), Message(.draftNotRecognizedFormat))
        }
        return try reader.read(bytes, file: file)
    }

    /// Reads a draft from disk.
    public static func read(draftAt path: String) throws -> Draft {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, as: .draft) } catch {
            throw DraftError(DraftLocation(file: path), Message(.draftUnreadable, ["reason": error.message.map { ($0.parts["reason"] ?? $0).description } ?? error.detail]))
        }
        return try read(bytes, file: path)
    }

    /// Recognises a draft with the style sheet `options.style` names, else the sheet of the
    /// recognised (or given) kind.
    public static func recognize(_ draft: Draft, file: String, options: Options = Options(), files: any FileResolver = DiskFiles()) throws -> DraftRecognition {
        let first = try Templates.styleSheet(options.style ?? Templates.defaultName(forKind: options.overrides.kind?.rawValue ?? "report", files: files), files: files)
        var recognition = DraftRecognizer(styles: first, overrides: options.overrides).recognize(draft, file: file)
        if options.style == nil {
            let name = Templates.defaultName(forKind: recognition.document.kind.rawValue, files: files)
            if name != first.name {
                recognition = DraftRecognizer(styles: try Templates.styleSheet(name, files: files), overrides: options.overrides).recognize(draft, file: file)
            }
        }
        return recognition
    }

    /// Reads and recognises a draft on disk.
    public static func recognize(draftAt path: String, options: Options = Options()) throws -> DraftRecognition {
        try recognize(try read(draftAt: path), file: path, options: options)
    }

    /// Reads a `--meta` file of front-matter keys.
    public static func options(metaAt path: String) throws -> Options {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, as: .source) } catch {
            throw ExportError.source(SourceError(SourceLocation(file: path, line: 1, column: 1), Message(.draftUnreadable, ["reason": error.message.map { ($0.parts["reason"] ?? $0).description } ?? error.detail])))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let parsed: (matter: FrontMatter, keys: Set<String>)
        do { parsed = try FrontMatter.parseMeta(text, file: path) } catch { throw ExportError.source(error) }
        let m = parsed.matter, k = parsed.keys
        var o = DraftOverrides()
        if k.contains("kind") { o.kind = m.kind }
        if k.contains("title") { o.title = m.title }
        if k.contains("issuer") { o.issuer = m.issuer }
        if k.contains("date") { o.date = m.date }
        if k.contains("number") { o.number = m.number }
        if k.contains("signer") { o.signer = m.signer }
        if k.contains("header") { o.header = m.header }
        if k.contains("to") { o.to = m.to }
        if k.contains("attachments") { o.attachments = m.attachments }
        if k.contains("note") { o.note = m.note }
        if k.contains("cc") { o.cc = m.cc }
        if k.contains("printer") { o.printer = m.printer }
        if k.contains("printed") { o.printed = m.printed }
        if k.contains("seal") { o.seal = m.seal }
        if k.contains("first-page") { o.firstPage = m.firstPage }
        if k.contains("copy") { o.copy = m.copy }
        if k.contains("classification") { o.classification = m.classification }
        if k.contains("urgency") { o.urgency = m.urgency }
        if k.contains("header-suffix") { o.headerSuffix = m.headerSuffix }
        if k.contains("signer-title") { o.signerTitle = m.signerTitle }
        if k.contains("attendees") { o.attendees = m.attendees }
        if k.contains("absent") { o.absent = m.absent }
        if k.contains("observers") { o.observers = m.observers }
        return Options(overrides: o, style: k.contains("style") ? m.style : nil)
    }

    /// `dir/draft.docx` → `dir/draft.formatted`.
    public static func formattedBase(for path: String) -> String { GovDocIO.defaultBase(for: path) + ".formatted" }

    /// `govdoc format`: reads, recognises and writes the draft in each format. `outputBase` is
    /// the output path without extension (default `NAME.formatted` beside the draft). Never
    /// writes over the draft.
    public static func format(draftAt path: String, formats: [OutputFormat], outputBase: String? = nil,
                              options: Options = Options()) throws -> (written: [String], recognition: DraftRecognition) {
        let recognition = try recognize(draftAt: path, options: options)
        let base = outputBase ?? formattedBase(for: path)
        var written: [String] = []
        for format in formats {
            let out = base + "." + format.fileExtension
            if GovDocIO.sameFile(out, path) {
                throw ExportError.output(path: out, message: Message(.cliFormatSameAsInput, ["path": out]))
            }
            try recognition.document.write(to: out, format: format)
            written.append(out)
        }
        return (written, recognition)
    }

    /// The source text of a recognised draft, and what the source format could not say exactly.
    public static func sourceText(_ recognition: DraftRecognition, style: String? = nil) -> SourceWriter.Output {
        SourceWriter(style: style).write(recognition.document)
    }

    /// The source text of any document (`govdoc import`, or a model built in code).
    public static func sourceText(_ document: Document, style: String? = nil) -> SourceWriter.Output {
        SourceWriter(style: style).write(document)
    }

    /// `govdoc import`: the draft as a source file at `output` (default `NAME.md` beside the
    /// draft); an existing file is kept unless `force`.
    public static func importDraft(at path: String, output: String? = nil, force: Bool = false,
                                   options: Options = Options()) throws -> (path: String, recognition: DraftRecognition, notes: [Message]) {
        let out = output ?? GovDocIO.defaultBase(for: path) + ".md"
        if GovDocIO.sameFile(out, path) {
            throw ExportError.output(path: out, message: Message(.cliFormatSameAsInput, ["path": out]))
        }
        if !force, access(out, F_OK) == 0 {
            throw ExportError.output(path: out, message: Message(.cliImportExists, ["path": out]))
        }
        let recognition = try recognize(draftAt: path, options: options)
        let source = sourceText(recognition, style: options.style)
        try GovDocIO.writeText(source.text, to: out)
        return (out, recognition, source.notes)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
