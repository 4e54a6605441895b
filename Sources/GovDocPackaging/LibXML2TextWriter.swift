internal import CLibXML2

/// The XML writer govdoc used before ``XMLStreamWriter`` (libxml2's `xmlTextWriter`), kept as
/// the reference the tests compare ``XMLStreamWriter``'s bytes with: same calls, same bytes.
/// Not used for writing documents.
///
/// Text and attribute values are escaped by libxml2; characters that XML 1.0 forbids
/// (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) are removed before they reach it,
/// so the output is always well-formed. Every libxml2 return code is checked.
final class LibXML2TextWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private var depth = 0

    init() throws {
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
    func startDocument(standalone: Bool = true) throws {
        try check(xmlTextWriterStartDocument(try handle, "1.0", "UTF-8", standalone ? "yes" : nil), "xmlTextWriterStartDocument")
    }

    func startElement(_ name: String) throws {
        let w = try handle
        try check(xmlChars(name) { xmlTextWriterStartElement(w, $0) }, "xmlTextWriterStartElement(\(name))")
        depth += 1
    }

    func attribute(_ name: String, _ value: String) throws {
        let w = try handle
        let rc = xmlChars(name) { n in xmlChars(XMLText.sanitized(value)) { v in xmlTextWriterWriteAttribute(w, n, v) } }
        try check(rc, "xmlTextWriterWriteAttribute(\(name))")
    }

    func text(_ value: String) throws {
        let w = try handle
        try check(xmlChars(XMLText.sanitized(value)) { xmlTextWriterWriteString(w, $0) }, "xmlTextWriterWriteString")
    }

    /// The string as a NUL-terminated `xmlChar*`, borrowed (no copy for native strings; the
    /// implicit String-to-`UnsafePointer<UInt8>` conversion copies into a new array).
    @inline(__always)
    private func xmlChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    func endElement() throws {
        guard depth > 0 else { throw PackagingError("xmlTextWriterEndElement", "no open element") }
        try check(xmlTextWriterEndElement(try handle), "xmlTextWriterEndElement")
        depth -= 1
    }

    /// Writes `<name a="v" …/>` in one call.
    func emptyElement(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try endElement()
    }

    /// Writes `<name a="v" …>body</name>`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], body: () throws -> Void) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }

    func raw(_ markup: [UInt8]) throws {
        let w = try handle
        let rc = markup.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: xmlChar.self) { xmlTextWriterWriteRawLen(w, $0.baseAddress, Int32($0.count)) }
        }
        try check(rc, "xmlTextWriterWriteRawLen")
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
    func finish() throws -> [UInt8] {
        try endDocument()
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}

