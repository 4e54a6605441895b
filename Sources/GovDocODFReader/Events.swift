/// The XML the reader walks, independent of the parser underneath: elements by namespace and
/// local name, attributes looked up by name, balanced start/end events (an empty element gets
/// its end at once), character data.

/// The namespaces the reader looks at; anything else is `.other`.
enum NS: UInt8, Sendable {
    case office, style, text, table, fo, svg, draw, xlink, dc, meta, loext, xml, number, manifest, other

    static let byURI: [String: NS] = [
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": .office,
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0": .style,
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": .text,
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": .table,
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0": .fo,
        "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0": .svg,
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": .draw,
        "http://www.w3.org/1999/xlink": .xlink,
        "http://purl.org/dc/elements/1.1/": .dc,
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0": .meta,
        "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0": .loext,
        "http://www.w3.org/XML/1998/namespace": .xml,
        "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0": .number,
        "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0": .manifest,
    ]

    static func of(_ uri: String) -> NS { byURI[uri] ?? .other }

    var uri: String {
        switch self {
        case .office: return "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        case .style: return "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        case .text: return "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        case .table: return "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        case .fo: return "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
        case .svg: return "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        case .draw: return "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
        case .xlink: return "http://www.w3.org/1999/xlink"
        case .dc: return "http://purl.org/dc/elements/1.1/"
        case .meta: return "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
        case .loext: return "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
        case .xml: return "http://www.w3.org/XML/1998/namespace"
        case .number: return "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
        case .manifest: return "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
        case .other: return ""
        }
    }
}

/// An element's start: its name and a way to look its attributes up.
struct ODFElement {
    let ns: NS
    let name: String
    /// (namespace URI, local name) → value.
    let lookup: (String, String) -> String?

    init(ns: NS, name: String, lookup: @escaping (String, String) -> String?) {
        self.ns = ns
        self.name = name
        self.lookup = lookup
    }

    func attr(_ ns: NS, _ name: String) -> String? { lookup(ns.uri, name) }

    func `is`(_ ns: NS, _ name: String) -> Bool { self.ns == ns && self.name == name }
}

enum ODFEvent {
    case start(ODFElement)
    /// The end of the innermost open element (also sent right after an empty element's start).
    case end
    case text(String)
}

/// A pull source of events; `nil` at the end of the part.
protocol ODFEventSource: AnyObject {
    func next() throws -> ODFEvent?
}

/// A small element tree, for the parts read whole (styles, master pages, meta).
final class Node {
    let element: ODFElement
    var children: [Node] = []
    /// The character data directly inside (concatenated).
    var text = ""
    /// Character data and children in document order, for footers and headers read as text.
    var content: [NodeContent] = []

    init(_ element: ODFElement) { self.element = element }

    var ns: NS { element.ns }
    var name: String { element.name }
    func attr(_ ns: NS, _ name: String) -> String? { element.attr(ns, name) }
    func `is`(_ ns: NS, _ name: String) -> Bool { element.is(ns, name) }

    func child(_ ns: NS, _ name: String) -> Node? { children.first { $0.is(ns, name) } }
    func children(_ ns: NS, _ name: String) -> [Node] { children.filter { $0.is(ns, name) } }

    /// All character data below, in order.
    var allText: String {
        var out = ""
        for part in content {
            switch part {
            case let .text(t): out += t
            case let .node(n): out += n.allText
            }
        }
        return out
    }
}

enum NodeContent {
    case text(String)
    case node(Node)
}

/// Replays a tree as events, so that the same paragraph reader serves the body (streamed) and
/// footers (read whole with styles.xml).
final class NodeEventSource: ODFEventSource {
    private var stack: [(node: Node, index: Int)] = []
    private let rootNodes: [Node]
    private var rootIndex = 0

    init(_ nodes: [Node]) { rootNodes = nodes }

    func next() throws -> ODFEvent? {
        if var top = stack.last {
            if top.index < top.node.content.count {
                let part = top.node.content[top.index]
                top.index += 1
                stack[stack.count - 1] = top
                switch part {
                case let .text(t): return .text(t)
                case let .node(n):
                    stack.append((n, 0))
                    return .start(n.element)
                }
            }
            stack.removeLast()
            return .end
        }
        guard rootIndex < rootNodes.count else { return nil }
        let n = rootNodes[rootIndex]
        rootIndex += 1
        stack.append((n, 0))
        return .start(n.element)
    }
}

/// Reading helpers over a source.
struct Cursor {
    let source: ODFEventSource

    func next() throws -> ODFEvent? { try source.next() }

    /// Consumes the rest of the current element (its start already read).
    func skip() throws {
        var depth = 1
        while depth > 0, let event = try source.next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    /// Reads the rest of the current element (its start already read) into a tree.
    func tree(_ element: ODFElement) throws -> Node {
        let root = Node(element)
        var stack = [root]
        while let event = try source.next() {
            switch event {
            case let .start(e):
                let n = Node(e)
                stack[stack.count - 1].children.append(n)
                stack[stack.count - 1].content.append(.node(n))
                stack.append(n)
            case .end:
                stack.removeLast()
                if stack.isEmpty { return root }
            case let .text(t):
                let top = stack[stack.count - 1]
                top.text += t
                if case let .text(previous)? = top.content.last {
                    top.content[top.content.count - 1] = .text(previous + t)
                } else {
                    top.content.append(.text(t))
                }
            }
        }
        return root
    }

    /// The whole character data of the current element (its start already read).
    func text() throws -> String {
        var out = ""
        var depth = 1
        while depth > 0, let event = try source.next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case let .text(t): out += t
            }
        }
        return out
    }
}
