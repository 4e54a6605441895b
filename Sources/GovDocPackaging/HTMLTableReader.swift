internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovDocMessages

/// A table read from an HTML fragment: rows of cells with their spans, as written.
/// Grid layout and validation are the document model's job, not this reader's.
public struct HTMLTableFragment: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// `<th>` rather than `<td>`.
        public var isHeader: Bool
        public var rowSpan: Int
        public var colSpan: Int
        /// The cell's text split at `<br>`, whitespace collapsed.
        public var lines: [String]
        /// 1-based line of the cell's start tag within the fragment.
        public var line: Int
    }
    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        public var line: Int
    }
    /// Attributes of the `<table>` element (`landscape` has an empty value).
    public var attributes: [String: String]
    public var rows: [Row]
}

/// A problem in an HTML table fragment, with its 1-based line inside the fragment.
public struct HTMLTableError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    /// What is wrong, in either language.
    public var message: Message
    public init(line: Int, message: Message) {
        self.line = line
        self.message = message
    }
    public init(line: Int, _ template: MessageTemplate, _ arguments: [String: String] = [:]) {
        self.init(line: line, message: Message(template, arguments))
    }
    public var description: String { message.description }
}

/// Parses a `<table>…</table>` fragment with libxml2's HTML parser (`htmlReadMemory`).
public enum HTMLTableReader {
    /// Reads the fragment; a `rowspan` or `colspan` over `maximumSpan` is refused (the source
    /// reader passes `DocumentLimits.maximumSpan`).
    public static func read(_ fragment: String, maximumSpan: Int) throws(HTMLTableError) -> HTMLTableFragment {
        _ = LibXML2.initialized
        let bytes = Array(fragment.utf8)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "table.html", "UTF-8", options)
            }
        }
        guard let doc = parsed else { throw HTMLTableError(line: 1, .htmlUnparsable) }
        defer { xmlFreeDoc(doc) }
        guard let table = firstElement(named: "table", from: xmlDocGetRootElement(doc)) else {
            throw HTMLTableError(line: 1, .htmlNoTable)
        }
        var attributes: [String: String] = [:]
        var attr = table.pointee.properties
        while let a = attr {
            let name = String(cString: a.pointee.name)
            attributes[name.lowercased()] = attributeText(a)
            attr = a.pointee.next
        }
        var rows: [HTMLTableFragment.Row] = []
        try collectRows(in: table, into: &rows, maximumSpan: maximumSpan)
        return HTMLTableFragment(attributes: attributes, rows: rows)
    }

    /// The element's name; libxml2's HTML parser has lowercased it already (`<TD>` is `td`).
    private static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Whether a text node holds only white space (the line breaks and indentation between
    /// tags): a byte check for ASCII, Unicode's white space otherwise.
    private static func isBlank(_ node: xmlNodePtr) -> Bool {
        guard var p = node.pointee.content else { return true }
        while p.pointee != 0 {
            guard isASCIISpace(p.pointee) else { return text(of: node).allSatisfy(\.isWhitespace) }
            p += 1
        }
        return true
    }

    /// Space, tab, line feed, carriage return, vertical tab, form feed.
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func firstElement(named wanted: String, from start: xmlNodePtr?) -> xmlNodePtr? {
        var node = start
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE {
                if name(n) == wanted { return n }
                if let found = firstElement(named: wanted, from: n.pointee.children) { return found }
            }
            node = n.pointee.next
        }
        return nil
    }

    private static func line(_ node: xmlNodePtr) -> Int { max(1, Int(xmlGetLineNo(node))) }

    private static func collectRows(in parent: xmlNodePtr, into rows: inout [HTMLTableFragment.Row], maximumSpan: Int) throws(HTMLTableError) {
        var node = parent.pointee.children
        while let n = node {
            if WorkStop.requested { break }   // the server's deadline passed
            defer { node = n.pointee.next }
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                switch name(n) {
                case "thead", "tbody", "tfoot":
                    try collectRows(in: n, into: &rows, maximumSpan: maximumSpan)
                case "tr":
                    rows.append(HTMLTableFragment.Row(cells: try cells(of: n, maximumSpan: maximumSpan), line: line(n)))
                case "caption", "colgroup", "col":
                    continue
                case let other:
                    throw HTMLTableError(line: line(n), .htmlUnexpectedInTable, ["tag": other])
                }
            case XML_TEXT_NODE:
                if !isBlank(n) {
                    throw HTMLTableError(line: line(n), .htmlTextOutsideRow)
                }
            default:
                continue
            }
        }
    }

    private static func cells(of row: xmlNodePtr, maximumSpan: Int) throws(HTMLTableError) -> [HTMLTableFragment.Cell] {
        var result: [HTMLTableFragment.Cell] = []
        var node = row.pointee.children
        while let n = node {
            defer { node = n.pointee.next }
            if n.pointee.type == XML_TEXT_NODE {
                if !isBlank(n) {
                    throw HTMLTableError(line: line(n), .htmlTextOutsideCell)
                }
                continue
            }
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            let tag = name(n)
            guard tag == "td" || tag == "th" else {
                throw HTMLTableError(line: line(n), .htmlUnexpectedInRow, ["tag": tag])
            }
            let rowSpan = try span(n, "rowspan", maximum: maximumSpan)
            let colSpan = try span(n, "colspan", maximum: maximumSpan)
            var lines = [""]
            collectText(n, into: &lines)
            let cleaned = lines.map(collapse)
            result.append(.init(isHeader: tag == "th", rowSpan: rowSpan, colSpan: colSpan,
                                lines: cleaned == [""] ? [""] : trimEmptyEdges(cleaned), line: line(n)))
        }
        return result
    }

    private static func span(_ node: xmlNodePtr, _ attribute: String, maximum: Int) throws(HTMLTableError) -> Int {
        guard let raw = attributeValue(node, attribute) else { return 1 }
        if let n = Int(raw), (1...maximum).contains(n) { return n }   // as written mostly: `2`
        let value = raw.trimmingWhitespace
        guard let n = Int(value), n >= 1 else {
            throw HTMLTableError(line: line(node), .htmlSpanNotNumber, ["attribute": attribute, "value": value])
        }
        guard n <= maximum else {
            throw HTMLTableError(line: line(node), .htmlSpanTooLarge, ["attribute": attribute, "value": value, "maximum": String(maximum)])
        }
        return n
    }

    /// The text of an attribute node, read without allocating through libxml2.
    private static func attributeText(_ attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let c = child {
            if let content = c.pointee.content { result += String(cString: content) }
            child = c.pointee.next
        }
        return result
    }

    /// The value of an attribute named `wanted` (lowercase ASCII); libxml2's HTML parser has
    /// lowercased attribute names already.
    private static func attributeValue(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let name = a.pointee.name, wanted.withCString({ strcmp($0, UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)) == 0 }) {
                return attributeText(a)
            }
            attr = a.pointee.next
        }
        return nil
    }

    private static func text(of node: xmlNodePtr) -> String {
        guard let c = node.pointee.content else { return "" }
        return String(cString: c)
    }

    private static func collectText(_ parent: xmlNodePtr, into lines: inout [String]) {
        var node = parent.pointee.children
        while let n = node {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                lines[lines.count - 1] += text(of: n)
            case XML_ELEMENT_NODE:
                if name(n) == "br" { lines.append("") } else { collectText(n, into: &lines) }
            default:
                break
            }
            node = n.pointee.next
        }
    }

    /// Runs of white space (but the ideographic space U+3000, which the text means) as one
    /// space, none at either end; text with none of it is returned as it is.
    private static func collapse(_ s: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return isASCIISpace(UInt8(scalar.value)) }
            return scalar != "\u{3000}" && scalar.properties.isWhitespace
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var changed = false
        for scalar in s.unicodeScalars {
            if isSpace(scalar) {
                if scalar != " " || pendingSpace || out.isEmpty { changed = true }
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        if pendingSpace { changed = true }
        return changed ? String(out) : s
    }

    private static func trimEmptyEdges(_ lines: [String]) -> [String] {
        var l = lines
        while l.count > 1, l.first == "" { l.removeFirst() }
        while l.count > 1, l.last == "" { l.removeLast() }
        return l
    }
}

extension String {
    var trimmingWhitespace: String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

