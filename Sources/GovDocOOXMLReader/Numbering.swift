import GovDoc
import GovDocMessages

/// numbering.xml: abstract numberings, their instances and the counters as paragraphs use them.
struct NumberingLevel {
    var start: Int = 0
    var format: String = "decimal"
    var text: String = ""
    /// 0 = never restart; n = restart after a level < n (0-based) is used; nil = after any higher level.
    var restart: Int?
    var isLegal = false
    var paragraphStyle: String?
    /// The number's own run properties (`w:lvl/w:rPr`: 黑体 for 一、, 楷体_GB2312 for （一）), laid
    /// over the paragraph mark's as Word prints the number.
    var runProps: RunProps?
    /// The `w:lvlText` was refused as too long (see ``isPrintable(_:)``): the level prints no number.
    var isTooLong = false

    /// Characters of a `w:lvlText` printed; Word's dialog takes far fewer.
    static let maxTextLength = 255

    /// Whether a `w:lvlText` is one Word could print: at most ``maxTextLength`` characters and
    /// at most 9 `%n` references (one per level). 450 references over 5,000 paragraphs took 21 s.
    static func isPrintable(_ text: String) -> Bool {
        guard text.utf8.count > 9 else { return true }
        if text.count > maxTextLength { return false }
        var references = 0
        var afterPercent = false
        for unit in text.utf8 {
            if afterPercent, unit >= UInt8(ascii: "1"), unit <= UInt8(ascii: "9") { references += 1 }
            afterPercent = unit == UInt8(ascii: "%")
        }
        return references <= 9
    }

    init() {}

    init(_ lvl: XNode) {
        // Word's numbers run 0…32767
        if let v = wholeNumber(lvl.val("start")) { start = min(max(v, 0), 32767) }
        if let f = lvl.val("numFmt") {
            format = f
        } else if let alternate = lvl.elements.first(where: { $0.ns == NS.mc && $0.name == "AlternateContent" }) {
            // Word 2010+: a custom format in mc:Choice, a standard one in mc:Fallback
            let fallback = alternate.elements.first { $0.name == "Fallback" }?.val("numFmt")
            let choice = alternate.elements.first { $0.name == "Choice" }?.w("numFmt")
            if let fallback { format = fallback }
            if let choice, choice["val"] == "custom", let custom = choice["format"] {
                format = NumberFormat.customFormat(custom) ?? format
            }
        }
        if let t = lvl.val("lvlText") { text = t } else if lvl.w("lvlText") != nil { text = "" }
        if !NumberingLevel.isPrintable(text) {
            text = ""
            isTooLong = true
        }
        if let v = wholeNumber(lvl.val("lvlRestart")) { restart = v }
        isLegal = onOff(lvl.w("isLgl")) ?? false
        paragraphStyle = lvl.val("pStyle")
        runProps = lvl.w("rPr").map { RunProps($0) }
    }
}

struct Numbering {
    struct Abstract {
        var levels: [Int: NumberingLevel] = [:]
        var numStyleLink: String?
    }
    struct Instance {
        var abstractId: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: NumberingLevel] = [:]
    }

    var abstracts: [String: Abstract] = [:]
    var instances: [String: Instance] = [:]
    /// Levels refused while reading (a `w:lvlText` too long), for the draft's warnings.
    private(set) var warnings: [Message] = []
    /// Counters per list (abstract numbering): the value last printed at each level.
    private var counters: [String: [Int: Int]] = [:]
    /// Instances whose start overrides were applied already.
    private var overridden: Set<String> = []
    /// Start values set by `w:startOverride`, per list and level.
    private var starts: [String: [Int: Int]] = [:]

    init() {}

    init(_ root: XNode?, styles: StyleSheet) {
        guard let root else { return }
        for a in root.ws("abstractNum") {
            guard let id = a["abstractNumId"] else { continue }
            var abstract = Abstract()
            for lvl in a.ws("lvl") {
                if let i = lvl["ilvl"].flatMap(Int.init), (0...8).contains(i) {
                    abstract.levels[i] = NumberingLevel(lvl)
                    if abstract.levels[i]!.isTooLong { warnTooLong(list: id, level: i) }
                }
            }
            abstract.numStyleLink = a.val("numStyleLink")
            abstracts[id] = abstract
        }
        for n in root.ws("num") {
            guard let id = n["numId"], let abstractId = n.val("abstractNumId") else { continue }
            var instance = Instance(abstractId: abstractId)
            for o in n.ws("lvlOverride") {
                guard let i = o["ilvl"].flatMap(Int.init), (0...8).contains(i) else { continue }
                if let v = wholeNumber(o.val("startOverride")) { instance.startOverrides[i] = min(max(v, 0), 32767) }
                if let lvl = o.w("lvl") {
                    instance.levelOverrides[i] = NumberingLevel(lvl)
                    if instance.levelOverrides[i]!.isTooLong { warnTooLong(list: id, level: i) }
                }
            }
            instances[id] = instance
        }
        // numStyleLink: the abstract numbering only names a numbering style, whose numId points
        // at the instance (and abstract numbering) that holds the levels.
        for (id, abstract) in abstracts {
            guard let link = abstract.numStyleLink, abstract.levels.isEmpty,
                  let numId = styles.chain(link).reversed().compactMap(\.para.numId).first,
                  let target = instances[numId]?.abstractId, target != id,
                  let levels = abstracts[target]?.levels else { continue }
            abstracts[id]?.levels = levels
        }
    }

    /// One warning per refused level, the first 20 (a hostile numbering.xml may have thousands).
    private mutating func warnTooLong(list: String, level: Int) {
        guard warnings.count < 20 else { return }
        warnings.append(Message(.readerLevelTextTooLong, ["list": list, "level": String(level + 1),
                                                          "limit": String(NumberingLevel.maxTextLength)]))
    }

    func level(numId: String, ilvl: Int) -> NumberingLevel? {
        guard let instance = instances[numId] else { return nil }
        if let o = instance.levelOverrides[ilvl] { return o }
        return abstracts[instance.abstractId]?.levels[ilvl]
    }

    /// The level of `numId` linked to the paragraph style `style` (`w:pStyle` in a `w:lvl`).
    func level(numId: String, linkedTo style: String?) -> Int? {
        guard let style, let instance = instances[numId], let abstract = abstracts[instance.abstractId] else { return nil }
        return abstract.levels.first { $0.value.paragraphStyle == style }?.key
    }

    /// Advances the counters for a paragraph at `ilvl` of `numId` and returns the printed number
    /// (nil for a bullet or an empty number). The suffix (tab, space) is layout: not included.
    mutating func next(numId: String, ilvl: Int) -> (text: String?, isBullet: Bool)? {
        guard numId != "0", let instance = instances[numId], let lvl = level(numId: numId, ilvl: ilvl) else { return nil }
        let list = instance.abstractId
        var values = counters[list] ?? [:]
        if !overridden.contains(numId), !instance.startOverrides.isEmpty {
            // The first paragraph of an instance with start overrides restarts those levels.
            overridden.insert(numId)
            for (l, start) in instance.startOverrides {
                values[l] = nil
                starts[list, default: [:]][l] = start
            }
        }
        func start(_ l: Int) -> Int { starts[list]?[l] ?? level(numId: numId, ilvl: l)?.start ?? 0 }
        values[ilvl] = min((values[ilvl] ?? (start(ilvl) - 1)) + 1, 1_000_000)
        // Lower levels start again when a higher level advances (unless lvlRestart says otherwise).
        for deeper in (ilvl + 1)..<9 {
            let restart = level(numId: numId, ilvl: deeper)?.restart
            if restart == nil || (restart! != 0 && ilvl < restart!) { values[deeper] = nil }
        }
        counters[list] = values
        if lvl.format == "bullet" { return (nil, true) }
        var out = ""
        var rest = Substring(lvl.text)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let after = rest.index(after: percent)
            if after < rest.endIndex, let digit = rest[after].wholeNumberValue, (1...9).contains(digit) {
                let referenced = digit - 1
                let refLevel = level(numId: numId, ilvl: referenced) ?? NumberingLevel()
                let value = values[referenced] ?? start(referenced)
                let format = (lvl.isLegal && referenced < ilvl) ? "decimal" : refLevel.format
                out += NumberFormat.format(value, as: format)
                rest = rest[rest.index(after: after)...]
            } else {
                out += "%"
                rest = rest[after...]
            }
        }
        out += rest
        return (out.isEmpty ? nil : out, false)
    }
}

/// Word's number formats (ST_NumberFormat) that Chinese documents use, and the common Western
/// ones, printed by ``ListNumbering`` as Word prints them.
enum NumberFormat {
    static func format(_ n: Int, as format: String) -> String {
        guard let style = style(format, n) else { return String(n) }
        return ListNumbering.text(n, style)
    }

    /// The list-number style of a Word format name at `n`; nil where Word prints the plain number.
    static func style(_ format: String, _ n: Int) -> ListNumbering.Style? {
        switch format {
        case "decimal", "decimalHalfWidth": return .decimal
        case "decimalZero": return .decimalZero(width: 2)
        case "decimalFullWidth", "decimalFullWidth2": return .fullWidth
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": return .circled
        case "decimalEnclosedParen": return .parenthesized
        case "decimalEnclosedFullstop": return .fullStop
        case "chineseCounting", "japaneseCounting", "taiwaneseCounting", "chineseCountingThousand",
             "taiwaneseCountingThousand", "koreanCounting":
            return .chineseCounting
        case "chineseLegalSimplified", "japaneseLegal": return .chineseLegal(traditional: false)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand": return .chineseDigits
        case "ideographTraditional": return .heavenlyStems(cycling: true)
        case "ideographZodiac": return .earthlyBranches(cycling: true)
        // Word goes up to 30 letters, and writes Roman numerals below 4000
        case "upperLetter", "lowerLetter": return n <= 26 * 30 ? .letters(upper: format == "upperLetter", repeating: true) : nil
        case "upperRoman", "lowerRoman": return n < 4000 ? .roman(upper: format == "upperRoman") : nil
        case "none", "bullet": return ListNumbering.Style.none
        default: return nil
        }
    }

    /// Word's `w:format` of a custom numFmt (`01, 02, 03, ...`, `一, 二, 三, ...`): the format
    /// it stands for, when it is one of the standard ones.
    static func customFormat(_ sample: String) -> String? {
        let first = sample.split(separator: ",").first.map { $0.trimmingSpaces } ?? ""
        switch first {
        case "01", "001", "0001": return "decimalZero"
        case "1": return "decimal"
        case "一": return "chineseCounting"
        case "壹": return "chineseLegalSimplified"
        case "１": return "decimalFullWidth"
        case "①": return "decimalEnclosedCircle"
        case "甲": return "ideographTraditional"
        default: return nil
        }
    }
}

extension Substring {
    var trimmingSpaces: String { String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed()) }
}
