internal import CLibXML2
import GovDocMessages

/// An error raised by the XML or zip layer. No C type escapes this module.
public struct PackagingError: Error, CustomStringConvertible, Sendable, Equatable {
    public var operation: String
    public var detail: String
    /// The text a user reads (a file that cannot be written, a full disk), in either language;
    /// `nil` for the internal failures of the XML and zip layers, shown as operation and detail.
    public var message: Message?
    public init(_ operation: String, _ detail: String = "") {
        self.operation = operation
        self.detail = detail
    }
    public init(_ operation: String, _ detail: String, message: Message) {
        self.init(operation, detail)
        self.message = message
    }
    public var description: String {
        if let message { return message.description }
        return detail.isEmpty ? operation : "\(operation): \(detail)"
    }
}

/// Initialises libxml2's global state exactly once per process (thread safety).
enum LibXML2 {
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()
}

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing UTF-8 into memory.
///
/// Text and attribute values are escaped by libxml2; characters that XML 1.0 forbids
/// (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) are removed before they reach it,
/// so the output is always well-formed. Every libxml2 return code is checked.
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private var depth = 0

    public init() throws {
        _ = LibXML2.initialized
        guard let buffer = xmlBufferCreate() else { throw PackagingError("xmlBufferCreate") }
        self.buffer = buffer
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw PackagingError("xmlNewTextWriterMemory")
        }
        self.writer = writer
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// `what` is built only on failure (the success path runs for every element).
    @inline(__always)
    private func check(_ rc: Int32, _ what: @autoclosure () -> String) throws {
        if rc < 0 { throw PackagingError(what(), "libxml2 returned \(rc)") }
    }

    private var handle: xmlTextWriterPtr {
        get throws {
            guard let writer else { throw PackagingError("XML writer used after finish()") }
            return writer
        }
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
    public func startDocument(standalone: Bool = true) throws {
        try check(xmlTextWriterStartDocument(try handle, "1.0", "UTF-8", standalone ? "yes" : nil), "xmlTextWriterStartDocument")
    }

    public func startElement(_ name: String) throws {
        let w = try handle
        try check(xmlChars(name) { xmlTextWriterStartElement(w, $0) }, "xmlTextWriterStartElement(\(name))")
        depth += 1
    }

    public func attribute(_ name: String, _ value: String) throws {
        let w = try handle
        let rc = xmlChars(name) { n in xmlChars(XMLText.sanitized(value)) { v in xmlTextWriterWriteAttribute(w, n, v) } }
        try check(rc, "xmlTextWriterWriteAttribute(\(name))")
    }

    public func text(_ value: String) throws {
        let w = try handle
        try check(xmlChars(XMLText.sanitized(value)) { xmlTextWriterWriteString(w, $0) }, "xmlTextWriterWriteString")
    }

    /// The string as a NUL-terminated `xmlChar*`, borrowed (no copy for native strings; the
    /// implicit String-to-`UnsafePointer<UInt8>` conversion copies into a new array).
    @inline(__always)
    private func xmlChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    public func endElement() throws {
        guard depth > 0 else { throw PackagingError("xmlTextWriterEndElement", "no open element") }
        try check(xmlTextWriterEndElement(try handle), "xmlTextWriterEndElement")
        depth -= 1
    }

    /// Writes `<name a="v" …/>` in one call.
    public func emptyElement(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try endElement()
    }

    /// Writes `<name a="v" …>body</name>`.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], body: () throws -> Void) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }

    /// Writes markup as is — only fragments this writer produced (see `fragment(_:)`), so that
    /// a look repeated thousands of times (a table cell's properties) is built once.
    public func raw(_ markup: [UInt8]) throws {
        let w = try handle
        let rc = markup.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: xmlChar.self) { xmlTextWriterWriteRawLen(w, $0.baseAddress, Int32($0.count)) }
        }
        try check(rc, "xmlTextWriterWriteRawLen")
    }

    /// The markup `body` writes, without an XML declaration, for `raw(_:)`.
    public static func fragment(_ body: (XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try body(x)
        var markup = try x.finish()
        while markup.last == 0x0A { markup.removeLast() }   // xmlTextWriterEndDocument's newline
        return markup
    }

    /// The markup before and after the text of `body`, which writes its elements and calls
    /// `text(XMLStreamWriter.slot)` once where the text goes: a cell's open and close tags,
    /// written once and then reused around each cell's own (escaped) text.
    public static func enclosure(_ body: (XMLStreamWriter) throws -> Void) throws -> (open: [UInt8], close: [UInt8]) {
        let markup = try fragment(body)
        let marker = Array(slot.utf8)
        guard let at = markup.indices.first(where: { markup[$0...].starts(with: marker) }) else {
            throw PackagingError("XMLStreamWriter.enclosure", "the body wrote no slot")
        }
        return (Array(markup[..<at]), Array(markup[(at + marker.count)...]))
    }

    /// The placeholder `enclosure(_:)` splits at (a private-use character).
    public static let slot = "\u{E000}"

    /// Ends the document and hands over libxml2's buffer (malloc'd, `count` bytes) without
    /// copying it: the caller owns it and must `free` it (libzip does, at `zip_close`).
    func finishDetached() throws -> (bytes: UnsafeMutableRawPointer, count: Int) {
        try endDocument()
        let count = Int(xmlBufferLength(buffer))
        if count == 0 {
            guard let empty = malloc(1) else { throw PackagingError("malloc", "out of memory") }
            return (empty, 0)
        }
        guard let content = xmlBufferDetach(buffer) else { throw PackagingError("xmlBufferDetach", "libxml2 kept the buffer") }
        return (UnsafeMutableRawPointer(content), count)
    }

    /// Closes every open element, ends the document, flushes into the buffer and frees the writer.
    private func endDocument() throws {
        let w = try handle
        try check(xmlTextWriterEndDocument(w), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(w), "xmlTextWriterFlush")
        xmlFreeTextWriter(w)
        writer = nil
    }

    /// Closes every open element, ends the document and returns the UTF-8 bytes.
    public func finish() throws -> [UInt8] {
        try endDocument()
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}

/// XML 1.0 character rules.
public enum XMLText {
    /// True when XML 1.0 allows the scalar in character data.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The string without characters that XML 1.0 forbids.
    public static func sanitized(_ string: String) -> String {
        if isClean(string) { return string }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: string.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    /// True when the UTF-8 holds no C0 control but tab/LF/CR and no U+FFFE/U+FFFF (EF BF BE/BF);
    /// a Swift string has no lone surrogates. A byte scan: most text passes without decoding.
    @inlinable
    static func isClean(_ string: String) -> Bool {
        var s = string
        return s.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x9 && b != 0xA && b != 0xD { return false }
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                    return false
                }
                i += 1
            }
            return true
        }
    }
}
