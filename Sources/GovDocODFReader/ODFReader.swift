import GovDocDraft
import GovDocMessages
import GovDocPackaging

/// Reads an OpenDocument text (`.odt`, or a flat `.fodt`) into a ``Draft``: paragraphs with their
/// automatic numbers printed in, styles resolved, tables with spans, the first page's geometry
/// and its page-number footers, and a warning for everything the model cannot hold.
///
/// The package is read from memory with the hardened zip and XML readers of GovDocPackaging
/// (size, ratio, depth and node caps; no DTD, no entities, no network); content.xml is streamed.
///
/// Decisions a caller may rely on:
/// - A list label is printed as LibreOffice 7.4 prints it (`loext:num-list-format` when present,
///   else prefix, the displayed levels joined by `.`, suffix); what follows it is a space for
///   `label-followed-by="space"`, nothing for a tab (layout) or `nothing`.
/// - A text box's paragraphs and tables are read as the blocks after its anchor paragraph (they
///   get the next indices), with a `reader.odf.text-box` warning on the anchor: govdoc's own
///   版记 travels this way, so a recogniser that finds the 版记 there may drop that warning.
///   A shape's text is read the same way (LibreOffice makes a `draw:custom-shape` holding a
///   `loext:table` of the DrawingML text box govdoc's .docx draws the 版记 in); the members of a
///   group in order; a shape without text gets a `reader.odf.drawing` warning.
/// - White space as LibreOffice reads it: collapsed, none at a paragraph's start, one kept at
///   its end; `text:s`, `text:tab` (`\t`), `text:line-break` (`\n`) kept.
/// - Footers: `{PAGE}` for the page number, `{PAGES}` for the page count.
/// - Page geometry: a header's or footer's height (which includes its spacing) counts in the
///   margin, so `marginBottom` is the distance from the text block to the paper's edge.
public struct ODFReader: DraftReader {
    public static let mediaType = "application/vnd.oasis.opendocument.text"
    /// The media types read as text documents (a template reads like a document).
    static let textTypes: Set<String> = [mediaType, "application/vnd.oasis.opendocument.text-template"]

    /// The .odt reader's zip limits: parts of a text document are small, so the caps are lower
    /// than the packaging defaults (an entry 16 MiB, all entries 64 MiB).
    public static let odtZipLimits = ZipReadLimits(maxEntries: 10_000, maxEntrySize: 16 << 20, maxTotalSize: 64 << 20, maxRatio: 100)

    public var maxFileSize: Int
    public var zipLimits: ZipReadLimits
    public var xmlLimits: XMLReadLimits
    /// Paragraphs read in all (body, cells, text boxes), against memory growth on hostile input.
    public var maxParagraphs: Int

    public init(maxFileSize: Int = 64 << 20, zipLimits: ZipReadLimits = ODFReader.odtZipLimits,
                xmlLimits: XMLReadLimits = .default, maxParagraphs: Int = 100_000) {
        self.maxFileSize = maxFileSize
        self.zipLimits = zipLimits
        self.xmlLimits = xmlLimits
        self.maxParagraphs = maxParagraphs
    }

    public func read(_ bytes: [UInt8], file: String) throws -> Draft {
        let here = DraftLocation(file: file)
        func fail(_ template: MessageTemplate, _ arguments: [String: String] = [:]) -> DraftError {
            DraftError(here, Message(template, arguments))
        }
        // a flat OpenDocument text (.fodt) is one part holding meta, styles and body
        if bytes.count <= maxFileSize, PackageSniffer.kind(of: bytes) == .flatXML, Self.looksLikeFlatODF(bytes) {
            return try parse(file: file, content: ("content.xml", bytes), styles: nil, meta: nil)
        }
        if let refusal = PackageSniffer.refusal(of: bytes, maxFileSize: maxFileSize) { throw DraftError(here, refusal) }

        let zip: ZipArchiveReader
        do {
            zip = try ZipArchiveReader(bytes: bytes, limits: zipLimits)
        } catch let error as PackagingError {
            throw Self.zipError(error, here)
        }
        func part(_ name: String) throws -> [UInt8]? {
            guard zip.contains(name) else { return nil }
            do {
                return try zip.read(name)
            } catch let error as PackagingError {
                throw Self.zipError(error, here)
            }
        }

        if let mimetype = try part("mimetype") {
            let type = String(decoding: mimetype, as: UTF8.self).trimmedSpaces
            if !Self.textTypes.contains(type) {
                if zip.contains("word/document.xml") { throw fail(.odfWordPackage) }
                throw fail(.odfWrongMimetype, ["mimetype": type.isEmpty ? "—" : DraftLocation.shorten(type, to: 60)])
            }
        } else if zip.contains("word/document.xml") || zip.contains("[Content_Types].xml") {
            throw fail(.odfWordPackage)
        }
        if let manifest = try part("META-INF/manifest.xml"), Self.contains(manifest, "encryption-data") {
            throw fail(.odfEncrypted)
        }
        guard let content = try part("content.xml") else { throw fail(.odfMissingContent) }
        let styles = try part("styles.xml")
        let meta = try part("meta.xml")
        return try parse(file: file, content: ("content.xml", content), styles: styles.map { ("styles.xml", $0) },
                         meta: meta.map { ("meta.xml", $0) })
    }

    private func parse(file: String, content: (String, [UInt8]), styles: (String, [UInt8])?, meta: (String, [UInt8])?) throws -> Draft {
        let here = DraftLocation(file: file)
        var current = content.0
        do {
            func source(_ part: (String, [UInt8])) throws -> ODFEventSource {
                current = part.0
                return XMLEventAdapter(try XMLStreamReader(bytes: part.1, name: part.0, limits: xmlLimits))
            }
            // the parts are parsed in this order: styles, meta, then content
            let stylesSource = try styles.map(source)
            let metaSource = try meta.map(source)
            let contentSource = try source(content)
            let sources: [(String, ODFEventSource?)] = [(styles?.0 ?? "", stylesSource), (meta?.0 ?? "", metaSource), (content.0, contentSource)]
            let tracking = sources.map { name, source in source.map { TrackingSource($0) { current = name } } }
            return try DocumentParser(file: file, maxParagraphs: maxParagraphs).parse(content: tracking[2]!, styles: tracking[0], meta: tracking[1])
        } catch let error as PackagingError {
            // the XML reader's own message (an empty part, an element of too many attributes)
            if let message = error.message { throw DraftError(here, message) }
            throw DraftError(here, Message(.readerXMLError, ["part": current, "detail": error.description]))
        } catch DocumentParser.Failure.notText(let kind) {
            throw DraftError(here, Message(.odfWrongMimetype, ["mimetype": "office:" + kind]))
        } catch DocumentParser.Failure.tableTooLarge {
            throw DraftError(here, Message(.odfTableTooLarge, ["limit": "\(BodyParser.cellLimit)"]))
        } catch ODFReadFailure.tableTooLarge {
            throw DraftError(here, Message(.odfTableTooLarge, ["limit": "\(BodyParser.cellLimit)"]))
        } catch ODFReadFailure.tooManySpaces {
            throw DraftError(here, Message(.readerPackageTooLarge, ["detail": "more than \(BodyParser.spaceLimit) spaces written as text:s"]))
        } catch ODFReadFailure.tooManyParagraphs {
            throw DraftError(here, Message(.readerPackageTooLarge, ["detail": "more than \(maxParagraphs) paragraphs"]))
        }
    }

    static func zipError(_ error: PackagingError, _ here: DraftLocation) -> DraftError {
        // the packaging layer's own message (a duplicate entry)
        if let message = error.message { return DraftError(here, message) }
        let detail = error.detail.isEmpty ? error.operation : error.detail
        let template: MessageTemplate
        switch error.zipFailure {
        case .unsafeName?: template = .readerUnsafeEntryName
        case .encrypted?: template = .readerEncryptedEntry
        case .tooLarge?: template = .readerPackageTooLarge
        default: template = .readerDamagedPackage
        }
        return DraftError(here, Message(template, ["detail": detail]))
    }

    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return false }
        var i = 0
        while i <= bytes.count - n.count {
            if bytes[i] == n[0], Array(bytes[i..<(i + n.count)]) == n { return true }
            i += 1
        }
        return false
    }

    static func looksLikeFlatODF(_ bytes: [UInt8]) -> Bool {
        let head = Array(bytes.prefix(4096))
        return contains(head, "office:document") && contains(head, "opendocument.text")
    }
}

/// XMLStreamReader's events as the reader's: namespaces as ``NS``, an empty element's end sent
/// right after its start.
final class XMLEventAdapter: ODFEventSource {
    private let reader: XMLStreamReader
    private var pendingEnd = false

    init(_ reader: XMLStreamReader) { self.reader = reader }

    func next() throws -> ODFEvent? {
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        guard let event = try reader.next() else { return nil }
        switch event {
        case let .start(name, attributes, isEmpty):
            pendingEnd = isEmpty
            return .start(ODFElement(ns: NS.of(name.namespaceURI), name: name.localName) { attributes[$0, $1] })
        case .end:
            return .end
        case let .text(text):
            return .text(text)
        }
    }
}

/// Notes which part is being read, so that an XML error names it.
final class TrackingSource: ODFEventSource {
    private let source: ODFEventSource
    private let onRead: () -> Void

    init(_ source: ODFEventSource, onRead: @escaping () -> Void) {
        self.source = source
        self.onRead = onRead
    }

    func next() throws -> ODFEvent? {
        onRead()
        return try source.next()
    }
}
