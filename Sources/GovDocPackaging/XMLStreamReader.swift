internal import CLibXML2

/// Limits for reading one XML part of a package that may be hostile.
public struct XMLReadLimits: Sendable {
    /// Element nesting depth (the root is depth 1).
    public var maxDepth: Int
    /// The length in UTF-8 bytes of one text node.
    public var maxTextLength: Int
    /// Nodes (elements, text, comments, …) in the part.
    public var maxNodes: Int

    public init(maxDepth: Int = 256, maxTextLength: Int = 16 << 20, maxNodes: Int = 20_000_000) {
        self.maxDepth = maxDepth
        self.maxTextLength = maxTextLength
        self.maxNodes = maxNodes
    }

    public static let `default` = XMLReadLimits()
}

/// An element's name: namespace URI (empty when none) and local name.
public struct XMLElementName: Hashable, Sendable, CustomStringConvertible {
    public var namespaceURI: String
    public var localName: String

    public init(namespaceURI: String, localName: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
    }

    public var description: String { namespaceURI.isEmpty ? localName : "{\(namespaceURI)}\(localName)" }
}

/// An element's attributes, looked up by (namespace URI, local name). Namespace declarations
/// (`xmlns`, `xmlns:w`) are not attributes here.
public struct XMLAttributes: Sendable, Equatable {
    public struct Attribute: Sendable, Equatable {
        public var namespaceURI: String
        public var localName: String
        public var value: String
    }

    public private(set) var all: [Attribute]

    public init(_ all: [Attribute] = []) { self.all = all }

    public subscript(namespaceURI: String, localName: String) -> String? {
        for a in all where a.localName == localName && a.namespaceURI == namespaceURI { return a.value }
        return nil
    }

    /// An attribute without a namespace (`<a val="x">`).
    public subscript(localName: String) -> String? { self["", localName] }

    public var isEmpty: Bool { all.isEmpty }
}

public enum XMLEvent: Sendable, Equatable {
    /// Element start: `isEmpty` for `<a/>` (no matching `.end` follows).
    case start(XMLElementName, XMLAttributes, isEmpty: Bool)
    case end(XMLElementName)
    /// Character data (CDATA included) and whitespace between elements, predefined entities and
    /// character references already resolved by the XML rules; nothing else is substituted.
    case text(String)
}

/// A pull reader over libxml2's `xmlTextReader`, hardened for hostile input: no DTD (any
/// `<!DOCTYPE>` is an error), no entity other than the five predefined ones, nothing loaded from
/// the network or the file system, nesting depth, text length and node count capped. libxml2
/// prints nothing: its errors become a `PackagingError` naming the part and the line.
public final class XMLStreamReader {
    private var reader: xmlTextReaderPtr?
    /// The part's bytes, owned here: libxml2 reads them in place while parsing.
    private let buffer: UnsafeMutablePointer<CChar>
    private let name: String
    private let limits: XMLReadLimits
    private var nodes = 0
    private var finished = false
    /// Set by ``skipElement()``: libxml2 already stands on the next node, which `next()` reports
    /// without reading further.
    private var standsOnNext = false
    /// The first error libxml2 reported (through the structured handler), with its line.
    fileprivate var parserError: (message: String, line: Int)?
    /// Names interned by libxml2's dictionary: the same pointer, the same Swift string.
    private var names: [UnsafeRawPointer: String] = [:]

    /// Throws `PackagingError` for a DTD (any `<!DOCTYPE>`), an entity reference other than the
    /// five predefined ones, depth over `maxDepth`, malformed XML.
    public convenience init(bytes: [UInt8], name: String, limits: XMLReadLimits = .default) throws {
        try self.init(bytes: bytes, name: name, limits: limits, prologCheck: true)
    }

    /// `prologCheck: false` leaves the DTD to libxml2 and the node checks (for tests of that layer).
    init(bytes: [UInt8], name: String, limits: XMLReadLimits, prologCheck: Bool) throws {
        _ = LibXML2.initialized
        _ = LibXML2Reading.hardened
        self.name = name
        self.limits = limits
        // Refuse a DTD before libxml2 sees it: only the prolog can hold one.
        if prologCheck, XMLStreamReader.prologHasDoctype(bytes) {
            buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
            throw PackagingError("\(name)", "a DTD (<!DOCTYPE>) is not allowed in a package part")
        }
        buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress {
                UnsafeMutableRawPointer(buffer).copyMemory(from: base, byteCount: source.count)
            }
        }
        guard bytes.count <= Int(Int32.max) else {
            throw PackagingError("\(name)", "the part is too large (\(bytes.count) bytes)")
        }
        // NONET: no network. Not NOENT (no entity substitution), not DTDLOAD/DTDATTR (no external
        // subset), not HUGE (libxml2's own limits stay on). NOCDATA merges CDATA into text.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        guard let reader = xmlReaderForMemory(buffer, Int32(bytes.count), name, nil, options) else {
            throw PackagingError("\(name)", "libxml2 could not start a reader")
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, xmlStreamReaderError,
                                               Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
        buffer.deallocate()
    }

    /// The next event; nil at the end of the document. After an error, every call throws it again.
    public func next() throws -> XMLEvent? {
        guard let reader else {
            if let parserError { throw failure(parserError.message, line: parserError.line) }
            return nil
        }
        while true {
            let rc: Int32
            if standsOnNext {
                standsOnNext = false
                rc = 1
            } else {
                rc = xmlTextReaderRead(reader)
            }
            if rc == 0 {
                // The end: libxml2 may still have reported a well-formedness error.
                if let parserError { close(); throw failure(parserError.message, line: parserError.line) }
                close()
                return nil
            }
            if rc < 0 {
                let error = parserError ?? ("the XML is not well-formed", Int(xmlTextReaderGetParserLineNumber(reader)))
                parserError = error
                close()
                throw failure(error.message, line: error.line)
            }
            if let parserError { close(); throw failure(parserError.message, line: parserError.line) }
            nodes += 1
            if nodes > limits.maxNodes {
                throw stop("more than \(limits.maxNodes) XML nodes")
            }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let depth = Int(xmlTextReaderDepth(reader)) + 1
                if depth > limits.maxDepth || depth <= 0 {
                    throw stop("elements nested deeper than \(limits.maxDepth)")
                }
                let element = try elementName()
                let isEmpty = xmlTextReaderIsEmptyElement(reader)
                if isEmpty < 0 { throw stop("xmlTextReaderIsEmptyElement failed") }
                let attributes = try readAttributes()
                return .start(element, attributes, isEmpty: isEmpty == 1)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(try elementName())
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                guard let value = xmlTextReaderConstValue(reader) else { return .text("") }
                let length = Int(xmlStrlen(value))
                if length > limits.maxTextLength {
                    throw stop("a text node longer than \(limits.maxTextLength) bytes")
                }
                return .text(String(cString: value))
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw stop("a DTD (<!DOCTYPE>) is not allowed in a package part")
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue),
                 Int32(XML_READER_TYPE_END_ENTITY.rawValue):
                let entity = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? "?"
                throw stop("the entity reference &\(entity); is not allowed (only the five predefined entities)")
            default:
                // comments, processing instructions, the XML declaration: nothing to report
                continue
            }
        }
    }

    /// Skips the content of the element whose (non-empty) start `next()` just returned, up to and
    /// including its end: libxml2 parses it (well-formedness, its own depth limit) but no event,
    /// string or attribute is made for it. The next `next()` returns what follows the element.
    public func skipElement() throws {
        guard let reader else {
            if let parserError { throw failure(parserError.message, line: parserError.line) }
            return
        }
        let rc = xmlTextReaderNext(reader)
        if rc < 0 || parserError != nil {
            let error = parserError ?? ("the XML is not well-formed", Int(xmlTextReaderGetParserLineNumber(reader)))
            parserError = error
            close()
            throw failure(error.message, line: error.line)
        }
        if rc == 0 {
            close()
            return
        }
        standsOnNext = true
    }

    private func failure(_ message: String, line: Int) -> PackagingError {
        PackagingError(line > 0 ? "\(name):\(line)" : name, message)
    }

    /// Ends reading with an error of our own (a limit), at the current line.
    private func stop(_ message: String) -> PackagingError {
        let line = reader.map { Int(xmlTextReaderGetParserLineNumber($0)) } ?? 0
        parserError = (message, line)
        close()
        return failure(message, line: line)
    }

    private func close() {
        if let reader {
            xmlTextReaderClose(reader)
            xmlFreeTextReader(reader)
        }
        reader = nil
        finished = true
    }

    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let known = names[key] { return known }
        let value = String(cString: pointer)
        names[key] = value
        return value
    }

    private func elementName() throws -> XMLElementName {
        guard let reader else { throw PackagingError(name, "reader closed") }
        guard let local = xmlTextReaderConstLocalName(reader) else {
            throw stop("an element without a name")
        }
        return XMLElementName(namespaceURI: interned(xmlTextReaderConstNamespaceUri(reader)), localName: interned(local))
    }

    private func readAttributes() throws -> XMLAttributes {
        guard let reader else { throw PackagingError(name, "reader closed") }
        let count = xmlTextReaderAttributeCount(reader)
        if count < 0 { throw stop("xmlTextReaderAttributeCount failed") }
        if count == 0 { return XMLAttributes() }
        // attributes count as nodes: an element with millions of them is no smaller
        nodes += Int(count)
        if nodes > limits.maxNodes { throw stop("more than \(limits.maxNodes) XML nodes") }
        var result: [XMLAttributes.Attribute] = []
        result.reserveCapacity(Int(count))
        var rc = xmlTextReaderMoveToFirstAttribute(reader)
        while rc == 1 {
            let namespace = interned(xmlTextReaderConstNamespaceUri(reader))
            if namespace != "http://www.w3.org/2000/xmlns/" {
                let local = interned(xmlTextReaderConstLocalName(reader))
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                if value.utf8.count > limits.maxTextLength {
                    throw stop("an attribute longer than \(limits.maxTextLength) bytes")
                }
                result.append(.init(namespaceURI: namespace, localName: local, value: value))
            }
            rc = xmlTextReaderMoveToNextAttribute(reader)
        }
        if rc < 0 { throw stop("xmlTextReaderMoveToNextAttribute failed") }
        if xmlTextReaderMoveToElement(reader) < 0 { throw stop("xmlTextReaderMoveToElement failed") }
        return XMLAttributes(result)
    }

    /// True when `<!DOCTYPE` appears before the root element's start tag.
    static func prologHasDoctype(_ bytes: [UInt8]) -> Bool {
        let doctype: [UInt8] = Array("<!DOCTYPE".utf8)
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] == UInt8(ascii: "<"), i + 1 < n {
                let c = bytes[i + 1]
                if c == UInt8(ascii: "!") {
                    if i + doctype.count <= n, Array(bytes[i..<(i + doctype.count)]) == doctype { return true }
                } else if c != UInt8(ascii: "?") {
                    return false   // the root element starts: no DTD can follow
                }
            }
            i += 1
        }
        return false
    }
}

/// libxml2's structured error callback: keeps the first error (message and line) on the reader
/// and prints nothing.
private func xmlStreamReaderError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let context, let error else { return }
    let reader = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
    guard reader.parserError == nil else { return }
    // Warnings (level 1) do not stop reading; errors and fatal errors do.
    guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    var message = error.pointee.message.map { String(cString: $0) } ?? "the XML is not well-formed"
    while message.last == "\n" || message.last == " " { message.removeLast() }
    reader.parserError = (message, Int(error.pointee.line))
}

/// Process-wide hardening for reading: no external entity is ever loaded, whoever asks.
enum LibXML2Reading {
    static let hardened: Bool = {
        xmlSetExternalEntityLoader(refuseExternalEntity)
        return true
    }()
}

private func refuseExternalEntity(_ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?,
                                  _ context: xmlParserCtxtPtr?) -> xmlParserInputPtr? {
    nil
}
