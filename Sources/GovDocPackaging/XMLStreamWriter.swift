internal import CLibXML2
import GovDocMessages
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// A streaming XML writer into a byte buffer of its own, writing UTF-8.
///
/// It writes exactly the bytes libxml2's `xmlTextWriter` (without indentation) wrote for the same
/// calls — the writer govdoc used before, kept as `LibXML2TextWriter` and compared with this one
/// by the tests — but without libxml2's per-call cost (a stack entry allocated and a name copied
/// per element, every write through `xmlOutputBufferWrite` and a UTF-8 to UTF-8 conversion).
/// Text and attribute values are escaped here (`&lt; &gt; &amp; &quot;`, CR as `&#13;`; in
/// attributes also TAB and LF as character references); characters that XML 1.0 forbids (C0
/// controls other than TAB/LF/CR, U+FFFE, U+FFFF) are left out, so the output is always
/// well-formed as far as the names the caller gives are. Misuse (an attribute after content, an
/// end without a start, an empty name, a write after `finish()`) throws, as libxml2 refused it.
public final class XMLStreamWriter {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// The open elements: where each one's name is in `bytes` (its end tag copies it from there).
    private var open: [(offset: Int, length: Int)] = []
    /// The innermost element's start tag still waits for its `>` (or `/>`).
    private var tagOpen = false
    /// `startDocument()` was called: the encoding is declared, and non-ASCII characters in
    /// attribute values are written as they are (libxml2 wrote them as `&#x…;` without it).
    private var declared = false
    private var finished = false

    public init() throws {
        capacity = 4096
        guard let memory = malloc(capacity) else { throw PackagingError("malloc", "out of memory") }
        bytes = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(bytes) }

    // MARK: the buffer

    /// Room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) throws {
        if count + extra > capacity { try grow(count + extra) }
    }

    private func grow(_ needed: Int) throws {
        var size = capacity * 2
        while size < needed { size *= 2 }
        guard let memory = realloc(bytes, size) else { throw PackagingError("realloc", "out of memory") }
        bytes = memory.assumingMemoryBound(to: UInt8.self)
        capacity = size
    }

    @inline(__always)
    private func put(_ byte: UInt8) throws {
        try reserve(1)
        bytes[count] = byte
        count += 1
    }

    @inline(__always)
    private func put(_ source: UnsafeBufferPointer<UInt8>) throws {
        let n = source.count
        guard n > 0, let base = source.baseAddress else { return }
        try reserve(n)
        (bytes + count).update(from: base, count: n)
        count += n
    }

    @inline(__always)
    private func put(_ string: String) throws {
        var s = string
        try s.withUTF8 { try put($0) }
    }

    private func put(_ literal: StaticString) throws {
        try put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private func usable() throws {
        if finished { throw PackagingError("XMLStreamWriter", "XML writer used after finish()") }
    }

    /// Ends the innermost start tag (`>`) before content.
    @inline(__always)
    private func closeStartTag() throws {
        if tagOpen {
            try put(0x3E)
            tagOpen = false
        }
    }

    // MARK: writing

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
    public func startDocument(standalone: Bool = true) throws {
        try usable()
        guard open.isEmpty else { throw PackagingError("XMLStreamWriter.startDocument", "inside an element") }
        try put(standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" as StaticString
                           : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" as StaticString)
        declared = true
    }

    public func startElement(_ name: String) throws {
        try usable()
        var s = name
        try s.withUTF8 { utf8 in
            guard !utf8.isEmpty else { throw PackagingError("XMLStreamWriter.startElement", "empty element name") }
            try reserve(utf8.count + 2)
            if tagOpen { bytes[count] = 0x3E; count += 1 }
            bytes[count] = 0x3C
            count += 1
            open.append((count, utf8.count))
            try put(utf8)
        }
        tagOpen = true
    }

    public func attribute(_ name: String, _ value: String) throws {
        try usable()
        guard tagOpen else {
            throw PackagingError("XMLStreamWriter.attribute(\(name))", open.isEmpty ? "no open element" : "after the element's content")
        }
        var s = name
        try s.withUTF8 { utf8 in
            guard !utf8.isEmpty else { throw PackagingError("XMLStreamWriter.attribute", "empty attribute name") }
            try put(0x20)
            try put(utf8)
        }
        try put(0x3D)
        try put(0x22)
        try escaped(value, attribute: true)
        try put(0x22)
    }

    public func text(_ value: String) throws {
        try usable()
        try closeStartTag()
        try escaped(value, attribute: false)
    }

    public func endElement() throws {
        try usable()
        guard let (offset, length) = open.popLast() else {
            throw PackagingError("XMLStreamWriter.endElement", "no open element")
        }
        if tagOpen {
            try reserve(2)
            bytes[count] = 0x2F
            bytes[count + 1] = 0x3E
            count += 2
            tagOpen = false
        } else {
            try reserve(length + 3)
            bytes[count] = 0x3C
            bytes[count + 1] = 0x2F
            (bytes + count + 2).update(from: bytes + offset, count: length)
            bytes[count + 2 + length] = 0x3E
            count += length + 3
        }
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
        try usable()
        try closeStartTag()
        try markup.withUnsafeBufferPointer { try put($0) }
    }

    /// The markup `body` writes, without an XML declaration, for `raw(_:)`.
    public static func fragment(_ body: (XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try body(x)
        var markup = try x.finish()
        while markup.last == 0x0A { markup.removeLast() }   // the document end's newline
        return markup
    }

    /// The markup before and after the text of `body`, which writes its elements and calls
    /// `text(XMLStreamWriter.slot)` once where the text goes: a cell's open and close tags,
    /// written once and then reused around each cell's own (escaped) text.
    public static func enclosure(_ body: (XMLStreamWriter) throws -> Void) throws -> (open: [UInt8], close: [UInt8]) {
        let markup = try fragment(body)
        // the slot's UTF-8: EE 80 80
        guard let at = markup.indices.dropLast(2).first(where: { markup[$0] == 0xEE && markup[$0 + 1] == 0x80 && markup[$0 + 2] == 0x80 }) else {
            throw PackagingError("XMLStreamWriter.enclosure", "the body wrote no slot")
        }
        return (Array(markup[..<at]), Array(markup[(at + 3)...]))
    }

    /// The placeholder `enclosure(_:)` splits at (a private-use character).
    public static let slot = "\u{E000}"

    /// Closes every open element and ends the document (a newline, as libxml2 ended it).
    private func endDocument() throws {
        try usable()
        while !open.isEmpty { try endElement() }
        try put(0x0A)
        finished = true
    }

    /// Closes every open element, ends the document and lends its bytes to `body`.
    func finish<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        try endDocument()
        return try body(UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Closes every open element, ends the document and returns the UTF-8 bytes.
    public func finish() throws -> [UInt8] {
        try finish { Array($0) }
    }

    // MARK: escaping

    /// `value` without the characters XML 1.0 forbids, escaped for character data or (with
    /// `attribute`) for a double-quoted attribute value, as libxml2 escaped them.
    private func escaped(_ value: String, attribute: Bool) throws {
        var s = value
        try s.withUTF8 { utf8 in
            guard let source = utf8.baseAddress else { return }
            let n = utf8.count
            // the worst case is a character reference per byte: reserve for the common case,
            // and more when an escape needs it
            try reserve(n)
            let charRefs = attribute && !declared
            var i = 0
            var run = 0   // start of the bytes not yet copied
            while i < n {
                let b = source[i]
                // Han text and letters pass here: only bytes below 0x3F, 0xEF (U+FFFE/FFFF's
                // lead byte) and, in a fragment's attribute, every non-ASCII byte are looked at
                if b >= 0x3F && b != 0xEF && (b < 0x80 || !charRefs) { i += 1; continue }
                var replacement: StaticString? = nil
                var skip = 0   // forbidden bytes left out
                switch b {
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x26: replacement = "&amp;"
                case 0x22: replacement = "&quot;"
                case 0x0D: replacement = "&#13;"
                case 0x0A: if attribute { replacement = "&#10;" }
                case 0x09: if attribute { replacement = "&#9;" }
                case 0x00..<0x20: skip = 1
                case 0xEF where i + 2 < n && source[i + 1] == 0xBF && (source[i + 2] == 0xBE || source[i + 2] == 0xBF):
                    skip = 3
                default: break
                }
                if replacement == nil && skip == 0 && b >= 0x80 && charRefs {
                    // a fragment's attribute: the scalar as a hexadecimal character reference
                    try flush(source + run, i - run)
                    let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length where i + k < n { scalar = scalar << 6 | UInt32(source[i + k] & 0x3F) }
                    try hexCharacterReference(scalar)
                    i += length
                    run = i
                    continue
                }
                if let replacement {
                    try flush(source + run, i - run)
                    try put(replacement)
                    i += 1
                    run = i
                } else if skip > 0 {
                    try flush(source + run, i - run)
                    i += skip
                    run = i
                } else {
                    i += 1
                }
            }
            try flush(source + run, n - run)
        }
    }

    @inline(__always)
    private func flush(_ start: UnsafePointer<UInt8>, _ length: Int) throws {
        if length > 0 { try put(UnsafeBufferPointer(start: start, count: length)) }
    }

    /// `&#x4E2D;`: upper-case digits without leading zeros, as libxml2's `xmlSerializeHexCharRef`.
    private func hexCharacterReference(_ scalar: UInt32) throws {
        let digits: StaticString = "0123456789ABCDEF"
        try put("&#x" as StaticString)
        var shift = 0
        while shift < 28 && scalar >> (shift + 4) != 0 { shift += 4 }
        while shift >= 0 {
            try put(digits.utf8Start[Int((scalar >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
        try put(0x3B)
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
