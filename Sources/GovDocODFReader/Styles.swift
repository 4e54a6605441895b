import GovDocDraft

/// The properties of a style the reader needs, as raw attribute values, overlaid along the
/// inheritance chain (default style → parents → the style itself).
struct Properties: Equatable {
    var values: [String: String] = [:]

    subscript(key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    static let paragraphKeys: [(NS, String)] = [
        (.fo, "text-align"), (.fo, "text-align-last"), (.fo, "text-indent"), (.fo, "margin-left"), (.fo, "margin-right"),
        (.fo, "margin"), (.fo, "line-height"), (.style, "line-height-at-least"), (.fo, "break-before"), (.fo, "break-after"),
    ]
    static let textKeys: [(NS, String)] = [
        (.style, "font-name"), (.style, "font-name-asian"), (.fo, "font-family"), (.style, "font-family-asian"),
        (.fo, "font-size"), (.style, "font-size-asian"), (.fo, "font-weight"), (.style, "font-weight-asian"),
        (.fo, "color"), (.style, "use-window-font-color"), (.text, "display"),
    ]
    static let tableKeys: [(NS, String)] = [(.fo, "break-before"), (.fo, "break-after")]

    static func key(_ ns: NS, _ name: String) -> String {
        switch ns {
        case .fo: return "fo:" + name
        case .style: return "style:" + name
        case .text: return "text:" + name
        default: return name
        }
    }

    init() {}

    init(_ node: Node?, keys: [(NS, String)]) {
        guard let node else { return }
        for (ns, name) in keys {
            if let v = node.attr(ns, name) { values[Properties.key(ns, name)] = v }
        }
    }

    /// `other` over `self`; a font size in percent is taken of the size it overrides.
    func overlaid(by other: Properties) -> Properties {
        var out = self
        for (k, v) in other.values {
            if k == "fo:font-size" || k == "style:font-size-asian", let fraction = Units.fraction(v),
               let base = Units.points(values[k]) {
                out.values[k] = "\((base * fraction * 1000).rounded() / 1000)pt"
                continue
            }
            out.values[k] = v
        }
        return out
    }
}

/// One `style:style` (or `style:default-style`).
struct StyleDefinition {
    var name: String
    var family: String
    var parent: String?
    var displayName: String
    /// An automatic style (content.xml's or styles.xml's `office:automatic-styles`).
    var automatic: Bool
    var paragraph = Properties()
    var text = Properties()
    var table = Properties()
    var listStyleName: String?
    var masterPageName: String?
    var defaultOutlineLevel: Int?
}

/// One level of a list style or of the outline style.
struct ListLevel {
    enum Kind { case number, bullet, image }
    var kind: Kind
    var format: NumberFormat
    var prefix: String
    var suffix: String
    var displayLevels: Int
    var startValue: Int
    /// LibreOffice 7.2+: the whole label with `%1%`… (`loext:num-list-format`); prefix and
    /// suffix are in it already.
    var listFormat: String?
    var bullet: String
    /// `listtab` (default), `space` or `nothing`.
    var followedBy: String
    /// The indents a list level gives its paragraphs (label-alignment mode), over those of
    /// their paragraph style (not over the paragraph's own, direct ones).
    var marginLeft: Double?
    var textIndent: Double?
    /// The text style the number is printed in (`text:style-name`: 黑体 for 一、).
    var textStyleName: String?

    init(_ node: Node, outline: Bool) {
        switch node.name {
        case "list-level-style-bullet": kind = .bullet
        case "list-level-style-image": kind = .image
        default: kind = .number
        }
        let letterSync = node.attr(.style, "num-letter-sync") == "true"
        format = kind == .number ? NumberFormat(odf: node.attr(.style, "num-format") ?? (outline ? "" : "1"), letterSync: letterSync) : .none
        prefix = node.attr(.style, "num-prefix") ?? ""
        suffix = node.attr(.style, "num-suffix") ?? ""
        displayLevels = max(1, Int(node.attr(.text, "display-levels") ?? "") ?? 1)
        startValue = Int(node.attr(.text, "start-value") ?? "") ?? 1
        listFormat = node.attr(.loext, "num-list-format")
        bullet = ListLevel.bulletCharacter(node.attr(.text, "bullet-char") ?? "•")
        textStyleName = node.attr(.text, "style-name")
        let properties = node.child(.style, "list-level-properties")
        if properties?.attr(.text, "list-level-position-and-space-mode") == "label-alignment",
           let alignment = properties?.child(.style, "list-level-label-alignment") {
            followedBy = alignment.attr(.text, "label-followed-by") ?? "listtab"
            marginLeft = Units.points(alignment.attr(.fo, "margin-left"))
            textIndent = Units.points(alignment.attr(.fo, "text-indent"))
        } else {
            followedBy = "listtab"
        }
    }

    /// Word's symbol-font bullets (private use area) as the characters they show.
    static func bulletCharacter(_ s: String) -> String {
        switch s.unicodeScalars.first?.value {
        case 0xF0B7: return "•"
        case 0xF0A7: return "▪"
        case 0xF0D8: return "➢"
        case 0xF0FC: return "✔"
        case 0xF076: return "❖"
        case 0xF06E: return "■"
        case 0xF06C: return "●"
        default: return s
        }
    }
}

struct ListStyle {
    var name: String
    /// Level 1…10 (index 0 unused).
    var levels: [Int: ListLevel] = [:]

    init(_ node: Node, outline: Bool) {
        name = node.attr(.style, "name") ?? ""
        for child in node.children where child.ns == .text {
            guard let level = Int(child.attr(.text, "level") ?? ""), (1...10).contains(level) else { continue }
            levels[level] = ListLevel(child, outline: outline)
        }
    }
}

struct PageLayout {
    var properties: Node?
    var header: Node?
    var footer: Node?
}

/// Where a style name is looked up: the body's automatic styles (content.xml) or those of
/// headers and footers (styles.xml); both fall back to the named styles.
enum StyleScope {
    case content, styles

    /// A prefix for cache keys (not `"\(scope)"`, which goes through reflection).
    var key: String { self == .content ? "c\u{1F}" : "s\u{1F}" }
}

/// Every style the document declares, resolved on demand (and cached).
final class StyleSheet {
    var fontFamilies: [String: String] = [:]
    var defaults: [String: StyleDefinition] = [:]
    var named: [String: StyleDefinition] = [:]
    var automaticContent: [String: StyleDefinition] = [:]
    var automaticStyles: [String: StyleDefinition] = [:]
    var namedLists: [String: ListStyle] = [:]
    var automaticContentLists: [String: ListStyle] = [:]
    var automaticStylesLists: [String: ListStyle] = [:]
    var outline: ListStyle?
    var pageLayouts: [String: PageLayout] = [:]
    var masterPages: [Node] = []

    private var cache: [String: ResolvedStyle] = [:]

    // MARK: reading

    func addFontFaces(_ node: Node) {
        for face in node.children(.style, "font-face") {
            guard let name = face.attr(.style, "name") else { continue }
            fontFamilies[name] = face.attr(.svg, "font-family").map(Units.firstFamily) ?? name
        }
    }

    /// `office:styles` (named), or automatic styles of one part.
    func addStyles(_ node: Node, automatic: StyleScope?) {
        for child in node.children {
            switch (child.ns, child.name) {
            case (.style, "style"), (.style, "default-style"):
                let definition = StyleSheet.definition(child, automatic: automatic != nil)
                if child.name == "default-style" {
                    defaults[definition.family] = definition
                } else if automatic == .content {
                    automaticContent[familyKey(definition.family, definition.name)] = definition
                } else if automatic == .styles {
                    automaticStyles[familyKey(definition.family, definition.name)] = definition
                } else {
                    named[familyKey(definition.family, definition.name)] = definition
                }
            case (.text, "list-style"):
                let list = ListStyle(child, outline: false)
                switch automatic {
                case .content: automaticContentLists[list.name] = list
                case .styles: automaticStylesLists[list.name] = list
                case nil: namedLists[list.name] = list
                }
            case (.text, "outline-style"):
                outline = ListStyle(child, outline: true)
            case (.style, "page-layout"):
                guard let name = child.attr(.style, "name") else { continue }
                pageLayouts[name] = PageLayout(properties: child.child(.style, "page-layout-properties"),
                                               header: child.child(.style, "header-style")?.child(.style, "header-footer-properties"),
                                               footer: child.child(.style, "footer-style")?.child(.style, "header-footer-properties"))
            default:
                continue
            }
        }
    }

    func addMasterStyles(_ node: Node) {
        masterPages += node.children(.style, "master-page")
    }

    private func familyKey(_ family: String, _ name: String) -> String { family + "\u{1F}" + name }

    static func definition(_ node: Node, automatic: Bool) -> StyleDefinition {
        let name = node.attr(.style, "name") ?? ""
        var d = StyleDefinition(name: name, family: node.attr(.style, "family") ?? "paragraph",
                                parent: node.attr(.style, "parent-style-name"),
                                displayName: node.attr(.style, "display-name") ?? Units.decodedStyleName(name),
                                automatic: automatic)
        d.paragraph = Properties(node.child(.style, "paragraph-properties"), keys: Properties.paragraphKeys)
        d.text = Properties(node.child(.style, "text-properties"), keys: Properties.textKeys)
        d.table = Properties(node.child(.style, "table-properties"), keys: Properties.tableKeys)
        d.listStyleName = node.attr(.style, "list-style-name")
        d.masterPageName = node.attr(.style, "master-page-name")
        d.defaultOutlineLevel = node.attr(.style, "default-outline-level").flatMap { Int($0) }
        return d
    }

    // MARK: resolving

    private func lookup(_ family: String, _ name: String, scope: StyleScope) -> StyleDefinition? {
        let key = familyKey(family, name)
        switch scope {
        case .content: if let d = automaticContent[key] { return d }
        case .styles:
            // a flat .fodt has one set of automatic styles, for the body and the master pages
            if let d = automaticStyles[key] ?? (named[key] == nil ? automaticContent[key] : nil) { return d }
        }
        return named[key]
    }

    /// The style with its chain applied: the family's default style, then each parent from the
    /// root down, then the style itself. An unknown name resolves to the defaults.
    func resolve(_ family: String, _ name: String?, scope: StyleScope) -> ResolvedStyle {
        let cacheKey = scope.key + familyKey(family, name ?? "")
        if let cached = cache[cacheKey] { return cached }
        var chain: [StyleDefinition] = []
        var seen = Set<String>()
        var current = name.flatMap { lookup(family, $0, scope: scope) }
        while let d = current, seen.insert(d.name).inserted, chain.count < 64 {
            chain.append(d)
            // an automatic style's parent is a named style
            current = d.parent.flatMap { named[familyKey(family, $0)] }
        }
        var resolved = ResolvedStyle()
        if let base = defaults[family] {
            resolved.paragraph = base.paragraph
            resolved.text = base.text
        }
        // the text defaults of paragraphs also apply to text spans (a span's style overrides them)
        for d in chain.reversed() {
            resolved.paragraph = resolved.paragraph.overlaid(by: d.paragraph)
            resolved.text = resolved.text.overlaid(by: d.text)
            resolved.table = resolved.table.overlaid(by: d.table)
            if let list = d.listStyleName { resolved.listStyleName = list }
            if let master = d.masterPageName { resolved.masterPageName = master }
            if let level = d.defaultOutlineLevel { resolved.defaultOutlineLevel = level }
        }
        resolved.ownMasterPageName = chain.first?.masterPageName
        resolved.displayName = chain.first { !$0.automatic }?.displayName
        resolved.direct = chain.first.flatMap { $0.automatic ? $0.paragraph : nil } ?? Properties()
        cache[cacheKey] = resolved
        return resolved
    }

    /// A list style by name: the scope's automatic list styles, then the named ones.
    func listStyle(_ name: String, scope: StyleScope) -> ListStyle? {
        switch scope {
        case .content: if let l = automaticContentLists[name] { return l }
        case .styles: if let l = automaticStylesLists[name] ?? (namedLists[name] == nil ? automaticContentLists[name] : nil) { return l }
        }
        // a list may name the outline style (newer LibreOffice wraps numbered headings so)
        return namedLists[name] ?? (outline?.name == name ? outline : nil)
    }

    func masterPage(_ name: String?) -> Node? {
        if let name, let page = masterPages.first(where: { $0.attr(.style, "name") == name }) { return page }
        return masterPages.first { $0.attr(.style, "name") == "Standard" } ?? masterPages.first
    }

    /// The family name of a `style:font-name` reference.
    func family(ofFace name: String?) -> String? {
        guard let name else { return nil }
        return fontFamilies[name] ?? name
    }
}

struct ResolvedStyle {
    var paragraph = Properties()
    var text = Properties()
    var table = Properties()
    var listStyleName: String?
    /// Any master page along the chain, and the one set on the style itself.
    var masterPageName: String?
    var ownMasterPageName: String?
    var defaultOutlineLevel: Int?
    /// The first named (not automatic) style's display name.
    var displayName: String?
    /// The paragraph properties set on the automatic style itself (direct formatting).
    var direct = Properties()

    var alignment: DraftAlignment? {
        switch paragraph["fo:text-align"] {
        case "start", "left": return .left
        case "end", "right": return .right
        case "center": return .center
        case "justify": return paragraph["fo:text-align-last"] == "justify" ? .distribute : .justify
        default: return nil
        }
    }

    var firstLineIndent: Double? { Units.points(paragraph["fo:text-indent"]) }
    var leftIndent: Double? { Units.points(paragraph["fo:margin-left"] ?? paragraph["fo:margin"]) }
    var rightIndent: Double? { Units.points(paragraph["fo:margin-right"] ?? paragraph["fo:margin"]) }

    var lineSpacing: DraftLineSpacing? {
        if let height = paragraph["fo:line-height"] {
            if let fraction = Units.fraction(height) { return .multiple(fraction) }
            if let points = Units.points(height) { return .exact(points) }
        }
        if let least = Units.points(paragraph["style:line-height-at-least"]) { return .atLeast(least) }
        return nil
    }

    var breakBefore: Bool { paragraph["fo:break-before"] == "page" || table["fo:break-before"] == "page" }
    var breakAfter: Bool { paragraph["fo:break-after"] == "page" || table["fo:break-after"] == "page" }
}
