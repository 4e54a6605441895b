import GovDocPackaging

/// OOXML namespaces (transitional; the strict ones are mapped onto these when a part is read).
enum NS {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let rStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let aStrict = "http://purl.oclc.org/ooxml/drawingml/main"
    static let v = "urn:schemas-microsoft-com:vml"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let m = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    /// The strict URIs mapped onto the transitional ones; the common URIs returned as these
    /// constants, so that every later `node.ns == NS.w` compares two identical strings (a
    /// pointer check) instead of their bytes.
    /// The strict URIs (and the common ones, as these very constants) for the XML reader.
    static let aliases: [String: String] = [w: w, wStrict: w, r: r, rStrict: r, a: a, aStrict: a, mc: mc]

    static func normalized(_ uri: String) -> String {
        switch uri {
        case w, wStrict: return w
        case r, rStrict: return r
        case a, aStrict: return a
        case mc: return mc
        default: return uri
        }
    }
}

/// A small element tree for one part or one body block, built by the XML reader's SAX
/// callbacks: the body is read block by block, so memory stays bounded by the largest paragraph
/// or table, not the document. Namespace URIs are already normalized (``NS/aliases``).
///
/// Lean on purpose (the body builds and drops one per block): child elements in one stored array,
/// the element's own character data in one string (OOXML has no mixed content that matters: text
/// lives in leaf elements such as `w:t`, whitespace between elements is formatting).
typealias XNode = XMLNode

extension XMLNode {
    var isW: Bool { ns == NS.w }

    func isW(_ local: String) -> Bool { ns == NS.w && name == local }

    /// The first child element `w:local`.
    func w(_ local: String) -> XNode? {
        for e in elements where e.ns == NS.w && e.name == local { return e }
        return nil
    }

    func ws(_ local: String) -> [XNode] {
        elements.filter { $0.ns == NS.w && $0.name == local }
    }

    func child(_ ns: String, _ local: String) -> XNode? {
        for e in elements where e.ns == ns && e.name == local { return e }
        return nil
    }

    /// A `w:` attribute (or the same name without a namespace, as some writers put it). The
    /// reader maps the strict namespace onto `NS.w` (``NS/aliases``): one lookup covers both.
    subscript(_ local: String) -> String? {
        attributes[NS.w, local] ?? attributes["", local]
    }

    func attribute(_ ns: String, _ local: String) -> String? { attributes[ns, local] }

    /// The relationship id attribute `r:id` (`r:embed`…).
    func r(_ local: String) -> String? { attributes[NS.r, local] ?? attributes[NS.rStrict, local] }

    /// `w:val` of child `w:local`.
    func val(_ local: String) -> String? { w(local)?["val"] }

    /// All text below this node (an element's own text, then its children's).
    var allText: String {
        if elements.isEmpty { return text }
        var out = text
        func walk(_ n: XNode) {
            for e in n.elements {
                out += e.text
                walk(e)
            }
        }
        walk(self)
        return out
    }

    /// Every descendant element, depth first.
    func descendants(where test: (XNode) -> Bool) -> [XNode] {
        var result: [XNode] = []
        func walk(_ n: XNode) {
            for e in n.elements {
                if test(e) { result.append(e) }
                walk(e)
            }
        }
        walk(self)
        return result
    }

    /// Whether a descendant element passes `test` (depth first, stops at the first).
    func hasDescendant(where test: (XNode) -> Bool) -> Bool {
        for e in elements where test(e) || e.hasDescendant(where: test) { return true }
        return false
    }

    /// The descendant elements that pass `test`, counted without collecting them.
    func countDescendants(where test: (XNode) -> Bool) -> Int {
        var n = 0
        for e in elements {
            if test(e) { n += 1 }
            n += e.countDescendants(where: test)
        }
        return n
    }
}

/// ST_OnOff: absent attribute = on.
func onOff(_ node: XNode?) -> Bool? {
    guard let node else { return nil }
    guard let value = node["val"] else { return true }
    switch value.lowercased() {
    case "0", "false", "off": return false
    default: return true
    }
}


extension XMLStreamReader {
    /// A reader of an OOXML part that builds its element trees itself: the namespaces normalized,
    /// `capture` choosing the elements built as trees (see ``XMLStreamReader``).
    static func ooxml(bytes: [UInt8], name: String, limits: XMLReadLimits,
                      capture: @escaping (_ open: [XMLElementName], _ element: XMLElementName) -> XMLCapture?) throws -> XMLStreamReader {
        try XMLStreamReader(bytes: bytes, name: name, limits: limits, namespaceAliases: NS.aliases, capture: capture)
    }
}

/// A whole number from an attribute: `42`, or a decimal (`42.0`) some writers use; nil when it
/// is not a finite number within ±10⁹ (hostile values must not trap a conversion).
func wholeNumber(_ text: String?) -> Int? {
    guard let text else { return nil }
    if let v = Int(text) { return (-1_000_000_000...1_000_000_000).contains(v) ? v : nil }
    guard let d = Double(text) else { return nil }
    return clampedInt(d)
}

/// `Int(d)` when `d` is finite and within ±10⁹.
func clampedInt(_ d: Double) -> Int? {
    guard d.isFinite, abs(d) <= 1_000_000_000 else { return nil }
    return Int(d)
}
