import GovDocDraft
import GovDocMessages

/// A font as written: a name, or a theme slot (`minorEastAsia`) resolved through theme1.xml.
enum FontRef: Equatable {
    case name(String)
    case theme(String)
}

/// Run properties as one level (defaults, a style, direct formatting) sets them; nil = not set.
struct RunProps {
    var eastAsia: FontRef?
    var ascii: FontRef?
    var halfPoints: Int?
    var bold: Bool?
    var color: String??   // .some(nil) = explicitly automatic

    init() {}

    init(_ rPr: XNode?) {
        guard let rPr else { return }
        if let fonts = rPr.w("rFonts") {
            if let t = fonts["eastAsiaTheme"] { eastAsia = .theme(t) } else if let n = fonts["eastAsia"] { eastAsia = .name(n) }
            if let t = fonts["asciiTheme"] { ascii = .theme(t) } else if let n = fonts["ascii"] { ascii = .name(n) }
            else if let t = fonts["hAnsiTheme"] { ascii = .theme(t) } else if let n = fonts["hAnsi"] { ascii = .name(n) }
        }
        if let v = wholeNumber(rPr.val("sz")), v > 0, v <= 3276 { halfPoints = v }
        if let b = rPr.w("b") { bold = onOff(b) }
        if let c = rPr.w("color"), let v = c["val"] {
            if v.lowercased() == "auto" { color = .some(nil) } else { color = .some(v.uppercased()) }
        }
    }

    /// `other` over `self`.
    func overlaid(by other: RunProps) -> RunProps {
        var r = self
        if let v = other.eastAsia { r.eastAsia = v }
        if let v = other.ascii { r.ascii = v }
        if let v = other.halfPoints { r.halfPoints = v }
        if let v = other.bold { r.bold = v }
        if let v = other.color { r.color = v }
        return r
    }
}

/// Paragraph properties of one level; nil = not set. Indents in twips, `*Chars` in hundredths of
/// a character.
struct ParaProps {
    var alignment: DraftAlignment?
    var firstLine: Int?
    var hanging: Int?
    var firstLineChars: Int?
    var hangingChars: Int?
    var left: Int?
    var right: Int?
    var leftChars: Int?
    var rightChars: Int?
    var line: Int?
    var lineRule: String?
    var outlineLevel: Int??
    var numId: String?
    var ilvl: Int?
    var pageBreakBefore: Bool?

    init() {}

    init(_ pPr: XNode?) {
        guard let pPr else { return }
        if let jc = pPr.val("jc") {
            switch jc {
            case "left", "start": alignment = .left
            case "center": alignment = .center
            case "right", "end": alignment = .right
            case "both", "lowKashida", "mediumKashida", "highKashida": alignment = .justify
            case "distribute", "thaiDistribute": alignment = .distribute
            default: break
            }
        }
        if let ind = pPr.w("ind") {
            func int(_ key: String) -> Int? { wholeNumber(ind[key]) }
            if let v = int("firstLine") { firstLine = v; hanging = 0 }
            if let v = int("hanging") { hanging = v; firstLine = 0 }
            if let v = int("firstLineChars"), v != 0 { firstLineChars = v; hangingChars = 0 }
            if let v = int("hangingChars"), v != 0 { hangingChars = v; firstLineChars = 0 }
            if let v = int("left") ?? int("start") { left = v }
            if let v = int("right") ?? int("end") { right = v }
            if let v = int("leftChars") ?? int("startChars"), v != 0 { leftChars = v }
            if let v = int("rightChars") ?? int("endChars"), v != 0 { rightChars = v }
        }
        if let spacing = pPr.w("spacing"), let v = wholeNumber(spacing["line"]) {
            line = v
            lineRule = spacing["lineRule"] ?? "auto"
        }
        if let v = wholeNumber(pPr.val("outlineLvl")) { outlineLevel = .some((0...8).contains(v) ? v + 1 : nil) }
        if let numPr = pPr.w("numPr") {
            if let id = numPr.val("numId") { numId = id }
            if let v = wholeNumber(numPr.val("ilvl")) { ilvl = v }
        }
        if let b = pPr.w("pageBreakBefore") { pageBreakBefore = onOff(b) }
    }

    func overlaid(by o: ParaProps) -> ParaProps {
        var p = self
        if let v = o.alignment { p.alignment = v }
        if let v = o.firstLine { p.firstLine = v }
        if let v = o.hanging { p.hanging = v }
        if let v = o.firstLineChars { p.firstLineChars = v }
        if let v = o.hangingChars { p.hangingChars = v }
        if let v = o.left { p.left = v }
        if let v = o.right { p.right = v }
        if let v = o.leftChars { p.leftChars = v }
        if let v = o.rightChars { p.rightChars = v }
        if let v = o.line { p.line = v; p.lineRule = o.lineRule }
        if let v = o.outlineLevel { p.outlineLevel = v }
        if let v = o.numId { p.numId = v; p.ilvl = o.ilvl }
        else if let v = o.ilvl { p.ilvl = v }
        if let v = o.pageBreakBefore { p.pageBreakBefore = v }
        return p
    }
}

struct Style {
    var id: String
    var type: String
    var name: String?
    var basedOn: String?
    var para: ParaProps
    var run: RunProps
    var isDefault: Bool
}

/// styles.xml and theme1.xml: effective looks by style id.
struct StyleSheet {
    var styles: [String: Style] = [:]
    var defaultRun = RunProps()
    var defaultPara = ParaProps()
    var defaultParagraphStyle: String?
    var defaultCharacterStyle: String?
    /// theme font slots: `minorEastAsia` → 宋体
    var themeFonts: [String: String] = [:]
    private var paraCache: [String: (ParaProps, RunProps)] = [:]
    /// `paragraphStyle` of every style id (defaults laid under the chain), made once.
    private var effective: [String: (ParaProps, RunProps)] = [:]
    /// `headingLevel` of every style id, made once.
    private var headingLevels: [String: Int] = [:]
    /// What the style sheet could not follow (a `basedOn` chain too deep), for the draft's warnings.
    private(set) var warnings: [Message] = []

    init() {}

    /// What styles.xml holds and the style sheet never reads (Word's latent style list, table
    /// styles' borders and conditional formats): not built into the tree.
    static let unread: Set<String> = ["latentStyles", "tblStylePr", "tblPr", "trPr", "tcPr"]

    init(styles root: XNode?, theme: XNode?) {
        if let root {
            if let defaults = root.w("docDefaults") {
                defaultRun = RunProps(defaults.w("rPrDefault")?.w("rPr"))
                defaultPara = ParaProps(defaults.w("pPrDefault")?.w("pPr"))
            }
            for s in root.ws("style") {
                guard let id = s["styleId"] else { continue }
                let type = s["type"] ?? "paragraph"
                let style = Style(id: id, type: type, name: s.val("name"), basedOn: s.val("basedOn"),
                                  para: ParaProps(s.w("pPr")), run: RunProps(s.w("rPr")), isDefault: ["1", "true", "on"].contains(s["default"] ?? ""))
                styles[id] = style
                if style.isDefault, type == "paragraph", defaultParagraphStyle == nil { defaultParagraphStyle = id }
                if style.isDefault, type == "character", defaultCharacterStyle == nil { defaultCharacterStyle = id }
            }
        }
        if let theme {
            for scheme in theme.descendants(where: { $0.ns == NS.a && $0.name == "fontScheme" }) {
                for (slot, prefix) in [("majorFont", "major"), ("minorFont", "minor")] {
                    guard let font = scheme.child(NS.a, slot) else { continue }
                    if let latin = font.child(NS.a, "latin")?.attributes["", "typeface"], !latin.isEmpty {
                        themeFonts[prefix + "Ascii"] = latin
                        themeFonts[prefix + "HAnsi"] = latin
                    }
                    var ea = font.child(NS.a, "ea")?.attributes["", "typeface"] ?? ""
                    if ea.isEmpty {
                        ea = font.elements.first { $0.name == "font" && $0.attributes["", "script"] == "Hans" }?.attributes["", "typeface"] ?? ""
                    }
                    if !ea.isEmpty { themeFonts[prefix + "EastAsia"] = ea }
                }
            }
        }
        precompute()
    }

    /// Styles in one `basedOn` chain: a style below the 64th is read as based on nothing (with
    /// a warning). Word's own chains are a few styles deep.
    static let maxChainDepth = 64

    private mutating func precompute() {
        var depths: [String: Int] = [:]
        for id in styles.keys where paraCache[id] == nil { resolveChain(from: id, depths: &depths) }
        for (id, (p, r)) in paraCache { effective[id] = (defaultPara.overlaid(by: p), defaultRun.overlaid(by: r)) }
        for id in styles.keys { if let level = computeHeadingLevel(id) { headingLevels[id] = level } }
    }

    /// Fills `paraCache` for `id` and the styles it is based on, each once: the path up to a
    /// style already resolved (or the chain's base, or a cycle) is walked, then folded down, so
    /// that every style costs one overlay however long the chain (linear in the styles).
    private mutating func resolveChain(from id: String, depths: inout [String: Int]) {
        var path: [Style] = []
        var onPath: Set<String> = []
        var current: String? = id
        while let c = current, paraCache[c] == nil, let s = styles[c], !onPath.contains(c) {
            onPath.insert(c)
            path.append(s)
            current = s.basedOn
        }
        // the base the path hangs from: resolved already, or nothing (missing, cycle)
        var below: (ParaProps, RunProps) = (ParaProps(), RunProps())
        var depth = 0
        if let c = current, let known = paraCache[c], let d = depths[c] { below = known; depth = d }
        for s in path.reversed() {
            if depth >= StyleSheet.maxChainDepth {
                // one warning for the sheet: the first style cut off its base
                if warnings.isEmpty { warnings.append(Message(.readerStyleChainTooDeep, ["style": s.id, "limit": String(StyleSheet.maxChainDepth)])) }
                below = (ParaProps(), RunProps())
                depth = 0
            }
            below = (below.0.overlaid(by: s.para), below.1.overlaid(by: s.run))
            depth += 1
            paraCache[s.id] = below
            depths[s.id] = depth
        }
    }

    /// The style chain, base first (cycles cut).
    func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var current = id
        while let c = current, let s = styles[c], !seen.contains(c), result.count < 64 {
            seen.insert(c)
            result.insert(s, at: 0)
            current = s.basedOn
        }
        return result
    }

    /// Paragraph and run props of a paragraph style (defaults included).
    func paragraphStyle(_ id: String?) -> (ParaProps, RunProps) {
        let styleID = id ?? defaultParagraphStyle
        if let styleID, let known = effective[styleID] { return known }
        let (p, r) = styleID.flatMap { paraCache[$0] } ?? (ParaProps(), RunProps())
        return (defaultPara.overlaid(by: p), defaultRun.overlaid(by: r))
    }

    func characterStyle(_ id: String?) -> RunProps {
        guard let id, let chained = paraCache[id] else { return RunProps() }
        return chained.1
    }

    func resolve(_ font: FontRef?) -> String? {
        switch font {
        case .name(let n)?: return n.isEmpty ? nil : n
        case .theme(let t)?: return themeFonts[t] ?? themeFonts[t.replacingOccurrences(of: "HAnsi", with: "Ascii")]
        case nil: return nil
        }
    }

    /// The display name: `Heading 1` for Word's built-in `heading 1`, otherwise as written.
    func displayName(_ id: String?) -> String? {
        guard let id = id ?? defaultParagraphStyle else { return nil }
        guard let name = styles[id]?.name else { return id }
        if name.hasPrefix("heading ") { return "Heading " + name.dropFirst(8) }
        if name == "title" { return "Title" }
        if name == "subtitle" { return "Subtitle" }
        return name
    }

    /// 1…9 when the style is a heading style by name or id (`heading 1`, `Heading1`, `标题 1`).
    func headingLevel(_ id: String?) -> Int? {
        guard let id else { return nil }
        if styles[id] != nil { return headingLevels[id] }
        return computeHeadingLevel(id)
    }

    private func computeHeadingLevel(_ id: String) -> Int? {
        for candidate in [styles[id]?.name ?? "", id] {
            let lower = candidate.lowercased()
            for prefix in ["heading ", "heading", "标题 ", "标题"] where lower.hasPrefix(prefix) {
                if let n = Int(lower.dropFirst(prefix.count)), (1...9).contains(n) { return n }
            }
        }
        return nil
    }
}
