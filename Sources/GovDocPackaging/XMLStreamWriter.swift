internal import CLibXML2

/// An error raised by the XML or zip layer. No C type escapes this module.
public struct PackagingError: Error, CustomStringConvertible, Sendable, Equatable {
    public var operation: String
    public var detail: String
    public init(_ operation: String, _ detail: String = "") {
        self.operation = operation
        self.detail = detail
    }
    public var description: String { detail.isEmpty ? operation : "\(operation): \(detail)" }
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

    private func check(_ rc: Int32, _ what: String) throws {
        if rc < 0 { throw PackagingError(what, "libxml2 returned \(rc)") }
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
        try check(xmlTextWriterStartElement(try handle, name), "xmlTextWriterStartElement(\(name))")
        depth += 1
    }

    public func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(try handle, name, XMLText.sanitized(value)), "xmlTextWriterWriteAttribute(\(name))")
    }

    public func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(try handle, XMLText.sanitized(value)), "xmlTextWriterWriteString")
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

    /// Closes every open element, ends the document and returns the UTF-8 bytes.
    public func finish() throws -> [UInt8] {
        let w = try handle
        try check(xmlTextWriterEndDocument(w), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(w), "xmlTextWriterFlush")
        xmlFreeTextWriter(w)
        writer = nil
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
        if string.unicodeScalars.allSatisfy(isAllowed) { return string }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: string.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }
}
