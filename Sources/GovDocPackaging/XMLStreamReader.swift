internal import CLibXML2
import GovDocMessages

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

/// An element built by the reader itself (see ``XMLStreamReader/init(bytes:name:limits:namespaceAliases:capture:)``):
/// its child elements in document order and its own character data (its text children joined).
public final class XMLNode {
    /// The namespace URI (after the reader's aliases), empty when none.
    public let ns: String
    public let name: String
    public let attributes: XMLAttributes
    public internal(set) var elements: [XMLNode] = []
    public internal(set) var text: String = ""

    public init(ns: String, name: String, attributes: XMLAttributes) {
        self.ns = ns
        self.name = name
        self.attributes = attributes
    }
}

/// Which elements the reader builds as trees, and how (see ``XMLStreamReader/nextItem()``).
public struct XMLCapture: Sendable {
    /// Nodes (starts, ends, text) of one tree: more is ``XMLTreeTooLarge``.
    public var maxNodes: Int
    /// Local names in `skippedNamespace` left out of the tree with their content (parsed, never built).
    public var skipping: Set<String>
    public var skippedNamespace: String

    public init(maxNodes: Int = .max, skipping: Set<String> = [], skippedNamespace: String = "") {
        self.maxNodes = maxNodes
        self.skipping = skipping
        self.skippedNamespace = skippedNamespace
    }
}

/// A tree of more nodes than its ``XMLCapture`` allows.
public struct XMLTreeTooLarge: Error, Sendable {
    public var limit: Int
}

/// What ``XMLStreamReader/nextItem()`` returns: an event outside the captured elements, or a
/// captured element's whole tree.
public enum XMLItem {
    case event(XMLEvent)
    case tree(XMLNode)
}

/// A pull reader over libxml2's SAX2 push parser, hardened for hostile input: no DTD (any
/// `<!DOCTYPE>` is an error, refused before libxml2 sees it and again by the SAX handler), no
/// entity other than the five predefined ones, nothing loaded from the network or the file
/// system, nesting depth, text length and node count capped. libxml2 prints nothing: its errors
/// become a `PackagingError` naming the part and the line.
///
/// The part is fed to libxml2 a chunk at a time; the SAX callbacks build no libxml2 tree, only
/// the events of that chunk (names made once per part, by libxml2's dictionary pointer), or,
/// for the elements a capture rule chooses, their trees directly. Memory stays bounded by one
/// chunk's events and the captured trees, not the part.
public final class XMLStreamReader {
    /// Bytes given to libxml2 per `xmlParseChunk`.
    static let chunkSize = 32 << 10

    /// All the mutable state, behind a pointer: the SAX callbacks reach it without Swift's
    /// dynamic exclusivity checks on class properties.
    private let state: UnsafeMutablePointer<ReaderState>

    /// Throws `PackagingError` for a DTD (any `<!DOCTYPE>`), an entity reference other than the
    /// five predefined ones, depth over `maxDepth`, malformed XML.
    public convenience init(bytes: [UInt8], name: String, limits: XMLReadLimits = .default) throws {
        try self.init(bytes: bytes, name: name, limits: limits, prologCheck: true, namespaceAliases: [:], capture: nil)
    }

    /// A reader that builds trees itself: `capture` is asked at every element start outside a
    /// captured tree, with the names of the elements open around it (outermost first); for a
    /// rule, the element comes out of ``nextItem()`` as one ``XMLNode`` tree. Namespace URIs
    /// (of elements and attributes) found in `namespaceAliases` are replaced by their value.
    public convenience init(bytes: [UInt8], name: String, limits: XMLReadLimits = .default,
                            namespaceAliases: [String: String],
                            capture: @escaping (_ open: [XMLElementName], _ element: XMLElementName) -> XMLCapture?) throws {
        try self.init(bytes: bytes, name: name, limits: limits, prologCheck: true, namespaceAliases: namespaceAliases, capture: capture)
    }

    /// `prologCheck: false` leaves the DTD to libxml2 and the SAX handler (for tests of that layer).
    convenience init(bytes: [UInt8], name: String, limits: XMLReadLimits, prologCheck: Bool) throws {
        try self.init(bytes: bytes, name: name, limits: limits, prologCheck: prologCheck, namespaceAliases: [:], capture: nil)
    }

    init(bytes: [UInt8], name: String, limits: XMLReadLimits, prologCheck: Bool, namespaceAliases: [String: String],
         capture: ((_ open: [XMLElementName], _ element: XMLElementName) -> XMLCapture?)?) throws {
        _ = LibXML2.initialized
        _ = LibXML2Reading.hardened
        // Refuse a DTD before libxml2 sees it: only the prolog can hold one.
        if prologCheck, XMLStreamReader.prologHasDoctype(bytes) {
            throw PackagingError("\(name)", "a DTD (<!DOCTYPE>) is not allowed in a package part")
        }
        // libxml2 would say "Extra content at the end of the document" (or "Document is empty")
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw PackagingError("\(name)", "the part is empty", message: Message(.readerEmptyPart, ["part": name]))
        }
        guard bytes.count <= Int(Int32.max) else {
            throw PackagingError("\(name)", "the part is too large (\(bytes.count) bytes)")
        }
        state = UnsafeMutablePointer<ReaderState>.allocate(capacity: 1)
        state.initialize(to: ReaderState(bytes: bytes, name: name, limits: limits, aliases: namespaceAliases, capture: capture))
        var handler = LibXML2Reading.handler()
        // The first bytes let libxml2 detect the encoding (UTF-16's byte order mark).
        let first = min(4, bytes.count)
        let created: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { source in
            guard first > 0, let base = source.baseAddress else { return xmlCreatePushParserCtxt(&handler, nil, nil, 0, name) }
            return base.withMemoryRebound(to: CChar.self, capacity: first) { xmlCreatePushParserCtxt(&handler, nil, $0, Int32(first), name) }
        }
        guard let context = created else {
            throw PackagingError("\(name)", "libxml2 could not start a parser")
        }
        state.pointee.offset = first
        state.pointee.context = context
        // the SAX callbacks and the error handler find the state through the context
        context.pointee._private = UnsafeMutableRawPointer(state)
        context.pointee.userData = UnsafeMutableRawPointer(state)
        // an error while the parser was made (the first bytes name an encoding libxml2 cannot
        // convert) reached no reader: it is this part's error
        if context.pointee.wellFormed == 0 || context.pointee.errNo != 0 {
            state.pointee.parserError = (libxml2Message(xmlCtxtGetLastError(context)), 1)
        }
        // NONET: no network. Not NOENT (no entity substitution), not DTDLOAD/DTDATTR (no external
        // subset), not HUGE (libxml2's own limits stay on). NOCDATA merges CDATA into text.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        if xmlCtxtUseOptions(context, options) != 0 {
            state.pointee.close()
            throw PackagingError("\(name)", "libxml2 refused the parser options")
        }
    }

    deinit {
        state.pointee.close()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The next event; nil at the end of the document. After an error, every call throws it again.
    /// (A reader made with a capture rule hands out its trees through ``nextItem()``.)
    public func next() throws -> XMLEvent? {
        while let item = try nextItem() {
            if case .event(let event) = item { return event }
        }
        return nil
    }

    /// The next event or captured tree; nil at the end of the document. Throws `PackagingError`,
    /// or ``XMLTreeTooLarge`` for a captured tree over its rule's `maxNodes`.
    public func nextItem() throws -> XMLItem? {
        let s = state
        while true {
            if s.pointee.head < s.pointee.items.count {
                let item = s.pointee.items[s.pointee.head]
                s.pointee.head += 1
                return item
            }
            try s.pointee.parseMore()
            if s.pointee.head >= s.pointee.items.count, s.pointee.context == nil { return nil }
        }
    }

    /// Skips the content of the element whose (non-empty) start `next()` just returned, up to and
    /// including its end: libxml2 parses it (well-formedness, depth and node caps) but no event,
    /// string or attribute is made for it. The next `next()` returns what follows the element.
    public func skipElement() throws {
        let s = state
        var level = 1
        while s.pointee.head < s.pointee.items.count {
            let item = s.pointee.items[s.pointee.head]
            s.pointee.head += 1
            guard case .event(let event) = item else { continue }
            switch event {
            case .start(_, _, let isEmpty): if !isEmpty { level += 1 }
            case .end:
                level -= 1
                if level == 0 { return }
            case .text: continue
            }
        }
        // the rest of the element is still in libxml2's input: parse it without events
        s.pointee.skipping = level
        while s.pointee.skipping > 0 {
            if s.pointee.context == nil {
                if let error = s.pointee.parserError { throw s.pointee.failure(error.message, line: error.line) }
                return
            }
            try s.pointee.parseMore()
        }
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

/// One reader's parse: the libxml2 context, the caps, the items of the chunk being handed out,
/// the tree being captured.
struct ReaderState {
    var context: xmlParserCtxtPtr?
    /// The part's bytes (libxml2 copies each chunk into its own input buffer).
    let bytes: [UInt8]
    var offset = 0
    /// Runs ahead of libxml2 over the bytes: start tags of too many attributes.
    var tags = StartTagScanner()
    /// A refusal of the scanner's, thrown again by every later call.
    var refusal: PackagingError?
    let name: String
    let limits: XMLReadLimits
    var nodes = 0
    var depth = 0
    /// Elements seen (the document's root included): an empty part is an error.
    var elementCount = 0
    /// Items of the chunks parsed so far not yet handed out (from `head` on).
    var items: [XMLItem] = []
    var head = 0
    /// Character data since the last start, end, comment or processing instruction.
    var text: [UInt8] = []
    /// The index in `items` of a start not followed by anything yet (`/>` makes it empty).
    var openStart = -1
    /// Inside an element being skipped (``XMLStreamReader/skipElement()``): its depth below it.
    var skipping = 0
    /// The first error (libxml2's, through the structured handler, or a limit of ours), with its line.
    var parserError: (message: String, line: Int)?
    /// A captured tree over its rule's limit.
    var tooLarge: Int?
    /// Names interned by libxml2's dictionary: the same pointer, the same Swift string.
    var names: InternTable
    let capture: ((_ open: [XMLElementName], _ element: XMLElementName) -> XMLCapture?)?
    /// Elements open outside a captured tree (kept only with a capture rule).
    var open: [XMLElementName] = []
    /// The captured tree's open elements (root first); empty when not capturing.
    var stack: [XMLNode] = []
    var rule = XMLCapture()
    var captured = 0
    /// Inside an element the rule skips: its depth below it.
    var skippingInTree = 0

    init(bytes: [UInt8], name: String, limits: XMLReadLimits, aliases: [String: String],
         capture: ((_ open: [XMLElementName], _ element: XMLElementName) -> XMLCapture?)?) {
        self.bytes = bytes
        self.name = name
        self.limits = limits
        self.names = InternTable(aliases: aliases)
        self.capture = capture
        items.reserveCapacity(256)
    }

    func failure(_ message: String, line: Int) -> PackagingError {
        PackagingError(line > 0 ? "\(name):\(line)" : name, message)
    }

    /// Hands the next chunk to libxml2 (its items then in `items`); closes the parser at the end.
    /// Throws the first error.
    mutating func parseMore() throws {
        items.removeAll(keepingCapacity: true)
        head = 0
        openStart = -1
        guard let context else {
            if let refusal { throw refusal }
            if let tooLarge { throw XMLTreeTooLarge(limit: tooLarge) }
            if let parserError { throw failure(parserError.message, line: parserError.line) }
            return
        }
        let count = min(XMLStreamReader.chunkSize, bytes.count - offset)
        let terminate: Int32 = offset + count >= bytes.count ? 1 : 0
        let start = offset
        // a start tag of too many attributes never reaches libxml2 (its duplicate check is quadratic)
        if let line = tags.scan(bytes, upTo: offset + count) {
            let limit = String(StartTagScanner.maxAttributes)
            close()
            refusal = PackagingError("\(name):\(line)", "an element with more than \(limit) attributes",
                                     message: Message(.readerElementTooLarge, ["part": name, "line": String(line), "limit": limit]))
            throw refusal!
        }
        let rc: Int32 = bytes.withUnsafeBufferPointer { source in
            guard count > 0, let base = source.baseAddress else { return xmlParseChunk(context, nil, 0, terminate) }
            return (base + start).withMemoryRebound(to: CChar.self, capacity: count) { xmlParseChunk(context, $0, Int32(count), terminate) }
        }
        offset += count
        if let tooLarge {
            items.removeAll()
            close()
            throw XMLTreeTooLarge(limit: tooLarge)
        }
        if parserError == nil, rc != 0 || context.pointee.wellFormed == 0 {
            parserError = ("the XML is not well-formed", Int(xmlSAX2GetLineNumber(context)))
        }
        if parserError == nil, terminate == 1, elementCount == 0 {
            parserError = ("the part holds no XML element", Int(xmlSAX2GetLineNumber(context)))
        }
        if let parserError {
            items.removeAll()
            close()
            throw failure(parserError.message, line: parserError.line)
        }
        if terminate == 1 {
            flushText()
            close()
        }
    }

    /// Ends reading with an error of our own (a limit or a refused construct), at the current
    /// line: libxml2 stops at once and the reader throws it.
    mutating func stop(_ message: String) {
        guard parserError == nil else { return }
        let line = context.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0
        parserError = (message, line)
        if let context { xmlStopParser(context) }
    }

    mutating func close() {
        if let context {
            context.pointee._private = nil
            context.pointee.userData = nil
            xmlFreeParserCtxt(context)
        }
        context = nil
        stack.removeAll()
    }

    /// Character data so far: one text event, or the captured element's text.
    mutating func flushText() {
        guard !text.isEmpty else { return }
        let value = String(decoding: text, as: UTF8.self)
        text.removeAll(keepingCapacity: true)
        if let top = stack.last {
            top.text += value
            countCaptured()
        } else {
            items.append(.event(.text(value)))
            openStart = -1
        }
    }

    /// One node more of the captured tree against its rule.
    mutating func countCaptured() {
        captured += 1
        if captured > rule.maxNodes, tooLarge == nil {
            tooLarge = rule.maxNodes
            if let context { xmlStopParser(context) }
        }
    }

    /// One node more against the cap; false (and the parser stopped) over it.
    mutating func countNodes(_ n: Int) -> Bool {
        nodes += n
        if nodes > limits.maxNodes {
            stop("more than \(limits.maxNodes) XML nodes")
            return false
        }
        return true
    }

    /// Whether libxml2 stands right after a `/>` (the end of an empty-element tag; an end tag
    /// `</a>` never has a `/` before its `>`).
    var closedByEmptyTag: Bool {
        guard let input = context?.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base,
              cur - base >= 2 else { return false }
        return cur[-1] == UInt8(ascii: ">") && cur[-2] == UInt8(ascii: "/")
    }

    mutating func attributes(_ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> XMLAttributes? {
        guard count > 0, let attributes else { return XMLAttributes() }
        var list: [XMLAttributes.Attribute] = []
        list.reserveCapacity(count)
        for i in 0..<count {
            // localname, prefix, URI, value, end
            let a = attributes + 5 * i
            guard let value = a[3], let end = a[4] else { continue }
            let length = end - value
            if length > limits.maxTextLength || length < 0 {
                stop("an attribute longer than \(limits.maxTextLength) bytes")
                return nil
            }
            list.append(.init(namespaceURI: names.string(a[2]), localName: names.string(a[0]),
                              value: String(decoding: UnsafeBufferPointer(start: value, count: length), as: UTF8.self)))
        }
        return XMLAttributes(list)
    }

    mutating func startElement(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
                               _ count: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard parserError == nil, tooLarge == nil else { return }
        elementCount += 1
        depth += 1
        if depth > limits.maxDepth {
            stop("elements nested deeper than \(limits.maxDepth)")
            return
        }
        // attributes count as nodes: an element with millions of them is no smaller
        guard countNodes(1 + count) else { return }
        if skipping > 0 {
            skipping += 1
            return
        }
        if skippingInTree > 0 {
            skippingInTree += 1
            return
        }
        flushText()
        guard let localName else {
            stop("an element without a name")
            return
        }
        let ns = names.string(uri), local = names.string(localName)
        if let parent = stack.last {
            countCaptured()
            if !rule.skipping.isEmpty, ns == rule.skippedNamespace, rule.skipping.contains(local) {
                skippingInTree = 1
                return
            }
            guard let list = self.attributes(count, attributes) else { return }
            let node = XMLNode(ns: ns, name: local, attributes: list)
            parent.elements.append(node)
            stack.append(node)
            return
        }
        let element = XMLElementName(namespaceURI: ns, localName: local)
        guard let list = self.attributes(count, attributes) else { return }
        if let capture {
            if let rule = capture(open, element) {
                self.rule = rule
                captured = 1
                stack.append(XMLNode(ns: ns, name: local, attributes: list))
                return
            }
            open.append(element)
        }
        openStart = items.count
        items.append(.event(.start(element, list, isEmpty: false)))
    }

    mutating func endElement(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
        guard parserError == nil, tooLarge == nil else { return }
        depth -= 1
        if skipping > 0 {
            skipping -= 1
            return
        }
        if skippingInTree > 0 {
            skippingInTree -= 1
            return
        }
        if !stack.isEmpty {
            let empty = text.isEmpty && closedByEmptyTag
            flushText()
            let node = stack.removeLast()
            if !empty { countCaptured() }
            if stack.isEmpty { items.append(.tree(node)) }
            return
        }
        if capture != nil, !open.isEmpty { open.removeLast() }
        if text.isEmpty, openStart >= 0, openStart == items.count - 1, closedByEmptyTag,
           case let .event(.start(element, attributes, _)) = items[openStart] {
            // `<a/>`: libxml2 just read the `/>` before calling back
            items[openStart] = .event(.start(element, attributes, isEmpty: true))
            openStart = -1
            return
        }
        flushText()
        items.append(.event(.end(XMLElementName(namespaceURI: names.string(uri), localName: names.string(localName)))))
        openStart = -1
    }

    mutating func characters(_ ch: UnsafePointer<xmlChar>?, _ length: Int) {
        guard parserError == nil, tooLarge == nil, skipping == 0, skippingInTree == 0, let ch, length > 0 else { return }
        if text.isEmpty, !countNodes(1) { return }
        if text.count + length > limits.maxTextLength {
            stop("a text node longer than \(limits.maxTextLength) bytes")
            return
        }
        text.append(contentsOf: UnsafeBufferPointer(start: ch, count: length))
    }

    /// A comment or processing instruction: no event, but it ends the text before it.
    mutating func otherNode() {
        guard parserError == nil, countNodes(1), skipping == 0, skippingInTree == 0 else { return }
        flushText()
        openStart = -1
    }
}

/// libxml2's dictionary strings as Swift strings, made once each: an open-addressing table keyed
/// by the interned pointer (valid while the parser context lives).
struct InternTable {
    /// Strings replaced when first met (a strict namespace URI by the transitional one).
    let aliases: [String: String]
    private var keys = [UnsafeRawPointer?](repeating: nil, count: 64)
    private var values = [String](repeating: "", count: 64)
    private var count = 0

    init(aliases: [String: String]) { self.aliases = aliases }

    mutating func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        let mask = keys.count - 1
        var i = InternTable.slot(key, mask)
        while let k = keys[i] {
            if k == key { return values[i] }
            i = (i + 1) & mask
        }
        var value = String(cString: pointer)
        if let alias = aliases[value] { value = alias }
        keys[i] = key
        values[i] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return value
    }

    /// Fibonacci hashing: dictionary strings lie a few bytes apart, so the pointer's high bits
    /// after the multiplication spread them over the table.
    @inline(__always)
    private static func slot(_ key: UnsafeRawPointer, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt(bitPattern: Int(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UnsafeRawPointer?](repeating: nil, count: oldKeys.count * 2)
        values = [String](repeating: "", count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (j, k) in oldKeys.enumerated() {
            guard let k else { continue }
            var i = InternTable.slot(k, mask)
            while keys[i] != nil { i = (i + 1) & mask }
            keys[i] = k
            values[i] = oldValues[j]
        }
    }
}

/// The reader state behind a SAX callback's user data (nil once the reader let go of its parser).
private func streamReader(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ReaderState>? {
    context?.assumingMemoryBound(to: ReaderState.self)
}

/// The reader state of a parser context (for libxml2's errors, whose user data may be NULL).
private func streamReader(parser: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ReaderState>? {
    guard let parser else { return nil }
    return streamReader(parser.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private)
}

/// libxml2's structured error callback: keeps the first error (message and line) on the reader
/// and prints nothing.
///
/// The reader is found only through the parser's `_private`: while `xmlCreatePushParserCtxt` is
/// still running (an encoding it cannot convert is reported there), the callback's user data is
/// the parser context itself, not a reader, and `_private` is not set yet. Such an error is taken
/// from the context once it is created (see `init`).
private func xmlStreamReaderError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let error, let reader = streamReader(parser: error.pointee.ctxt) else { return }
    guard reader.pointee.parserError == nil else { return }
    // Warnings (level 1) do not stop reading; errors and fatal errors do.
    guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    reader.pointee.parserError = (libxml2Message(error), Int(error.pointee.line))
}

/// libxml2's text of an error, without its trailing line break.
private func libxml2Message(_ error: xmlErrorPtr?) -> String {
    var message = error?.pointee.message.map { String(cString: $0) } ?? "the XML is not well-formed"
    while message.last == "\n" || message.last == " " { message.removeLast() }
    return message
}

/// Process-wide hardening for reading: no external entity is ever loaded, whoever asks; and the
/// SAX handler every reader starts from.
enum LibXML2Reading {
    static let hardened: Bool = {
        xmlSetExternalEntityLoader(refuseExternalEntity)
        return true
    }()

    /// Element, text and error callbacks; every DTD construct and every entity refused.
    static func handler() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = XML_SAX2_MAGIC
        h.startElementNs = { context, localName, _, uri, _, _, count, _, attributes in
            streamReader(context)?.pointee.startElement(localName, uri, Int(count), attributes)
        }
        h.endElementNs = { context, localName, _, uri in
            streamReader(context)?.pointee.endElement(localName, uri)
        }
        h.characters = { context, ch, length in streamReader(context)?.pointee.characters(ch, Int(length)) }
        h.ignorableWhitespace = { context, ch, length in streamReader(context)?.pointee.characters(ch, Int(length)) }
        h.cdataBlock = { context, ch, length in streamReader(context)?.pointee.characters(ch, Int(length)) }
        h.comment = { context, _ in streamReader(context)?.pointee.otherNode() }
        h.processingInstruction = { context, _, _ in streamReader(context)?.pointee.otherNode() }
        h.internalSubset = { context, _, _, _ in
            streamReader(context)?.pointee.stop("a DTD (<!DOCTYPE>) is not allowed in a package part")
        }
        h.externalSubset = { context, _, _, _ in
            streamReader(context)?.pointee.stop("a DTD (<!DOCTYPE>) is not allowed in a package part")
        }
        h.entityDecl = { context, _, _, _, _, _ in
            streamReader(context)?.pointee.stop("an entity declaration is not allowed in a package part")
        }
        h.elementDecl = { context, _, _, _ in streamReader(context)?.pointee.stop("a DTD (<!DOCTYPE>) is not allowed in a package part") }
        h.attributeDecl = { context, _, _, _, _, _, tree in
            if let tree { xmlFreeEnumeration(tree) }   // the callback owns it
            streamReader(context)?.pointee.stop("a DTD (<!DOCTYPE>) is not allowed in a package part")
        }
        h.notationDecl = { context, _, _, _ in streamReader(context)?.pointee.stop("a DTD (<!DOCTYPE>) is not allowed in a package part") }
        h.unparsedEntityDecl = { context, _, _, _, _ in
            streamReader(context)?.pointee.stop("an entity declaration is not allowed in a package part")
        }
        // `&name;` other than the five predefined (which libxml2 resolves before asking)
        h.getEntity = { context, name in
            let entity = name.map { String(cString: $0) } ?? "?"
            streamReader(context)?.pointee.stop("the entity reference &\(entity); is not allowed (only the five predefined entities)")
            return nil
        }
        h.getParameterEntity = { context, name in
            let entity = name.map { String(cString: $0) } ?? "?"
            streamReader(context)?.pointee.stop("the parameter entity %\(entity); is not allowed")
            return nil
        }
        h.reference = { context, name in
            let entity = name.map { String(cString: $0) } ?? "?"
            streamReader(context)?.pointee.stop("the entity reference &\(entity); is not allowed (only the five predefined entities)")
        }
        h.resolveEntity = { context, _, _ in
            streamReader(context)?.pointee.stop("an external entity is not allowed in a package part")
            return nil
        }
        h.serror = xmlStreamReaderError
        return h
    }
}

private func refuseExternalEntity(_ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?,
                                  _ context: xmlParserCtxtPtr?) -> xmlParserInputPtr? {
    nil
}
