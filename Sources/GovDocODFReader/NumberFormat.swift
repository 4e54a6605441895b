/// The number formats of ODF list levels (`style:num-format`), printed as LibreOffice 7.4 prints
/// them. LibreOffice names its CJK formats by their first three numbers (`一, 二, 三, ...`);
/// other writers use the first one (`一`). Both are read as the format they name — although
/// LibreOffice 7.4 itself prints a bare `一` as `1` (measured: it knows only the long names), the
/// writer of such a file meant Chinese numbers.
enum NumberFormat: Equatable, Sendable {
    case none
    case decimal
    /// `01, 02, 03, ...` and wider: zero-padded to `width` digits.
    case decimalZero(width: Int)
    case fullWidth
    /// ① … ㊿, then decimal.
    case circled
    /// 一、十一、一百零一 (LibreOffice's lower Chinese; Word's chineseCounting).
    case chineseLower
    /// 壹、壹拾壹 (大写, simplified).
    case chineseLegalSimplified
    /// 壹、壹拾壹 (大寫, traditional: 貳 參 陸 萬).
    case chineseLegalTraditional
    /// 甲 … 癸, then decimal.
    case heavenlyStems
    /// 子 … 亥, then decimal.
    case earthlyBranches
    /// a … z, then aa, ab … (or aa, bb … when `sync`).
    case lowerLetter(sync: Bool)
    case upperLetter(sync: Bool)
    case lowerRoman
    case upperRoman

    /// The format named by `style:num-format` (and `style:num-letter-sync`); unknown names print
    /// decimal, as LibreOffice does for formats it does not know.
    init(odf: String?, letterSync: Bool = false) {
        guard let odf else { self = .decimal; return }
        let tokens = odf.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmedSpaces }
        let first = tokens.first ?? ""
        let second = tokens.count > 1 ? tokens[1] : ""
        switch first {
        case "": self = .none
        case "1": self = .decimal
        case "a": self = .lowerLetter(sync: letterSync)
        case "A": self = .upperLetter(sync: letterSync)
        case "i": self = .lowerRoman
        case "I": self = .upperRoman
        case "１": self = .fullWidth
        case "①": self = .circled
        case "一", "〇": self = .chineseLower
        case "壹": self = (second == "貳" ? .chineseLegalTraditional : .chineseLegalSimplified)
        case "甲": self = .heavenlyStems
        case "子": self = .earthlyBranches
        default:
            if first.count > 1, first.allSatisfy({ $0 == "0" || $0 == "1" }), first.hasSuffix("1"), first.dropLast().allSatisfy({ $0 == "0" }) {
                self = .decimalZero(width: first.count)
            } else {
                self = .decimal
            }
        }
    }

    func format(_ n: Int) -> String {
        switch self {
        case .none: return ""
        case .decimal: return String(n)
        case let .decimalZero(width):
            let digits = String(n)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        case .fullWidth:
            return String(String(n).map { c -> Character in
                guard let ascii = c.asciiValue, (48...57).contains(ascii) else { return c }
                return Character(Unicode.Scalar(0xFF10 + UInt32(ascii - 48))!)
            })
        case .circled: return NumberFormat.circled(n)
        case .chineseLower: return ChineseNumber.lower(n)
        case .chineseLegalSimplified: return ChineseNumber.legal(n, traditional: false)
        case .chineseLegalTraditional: return ChineseNumber.legal(n, traditional: true)
        case .heavenlyStems:
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return (1...stems.count).contains(n) ? String(stems[n - 1]) : String(n)
        case .earthlyBranches:
            let branches = Array("子丑寅卯辰巳午未申酉戌亥")
            return (1...branches.count).contains(n) ? String(branches[n - 1]) : String(n)
        case let .lowerLetter(sync): return NumberFormat.letters(n, upper: false, sync: sync)
        case let .upperLetter(sync): return NumberFormat.letters(n, upper: true, sync: sync)
        case .lowerRoman: return NumberFormat.roman(n).lowercased()
        case .upperRoman: return NumberFormat.roman(n)
        }
    }

    /// ① (U+2460) … ⑳, ㉑ (U+3251) … ㉟, ㊱ (U+32B1) … ㊿; beyond 50 (and 0) the plain number.
    static func circled(_ n: Int) -> String {
        let scalar: UInt32
        switch n {
        case 1...20: scalar = 0x2460 + UInt32(n - 1)
        case 21...35: scalar = 0x3251 + UInt32(n - 21)
        case 36...50: scalar = 0x32B1 + UInt32(n - 36)
        default: return String(n)
        }
        return String(Character(Unicode.Scalar(scalar)!))
    }

    /// a…z, then aa, ab … (bijective base 26); with `sync` the letter repeated: aa, bb … zz, aaa.
    static func letters(_ n: Int, upper: Bool, sync: Bool) -> String {
        guard n > 0 else { return String(n) }
        let base = upper ? UInt32(65) : UInt32(97)
        func letter(_ i: Int) -> Character { Character(Unicode.Scalar(base + UInt32(i))!) }
        if sync {
            let count = (n - 1) / 26 + 1
            // LibreOffice repeats the letter without bound; a hostile start value must not
            // allocate without bound here
            return String(repeating: letter((n - 1) % 26), count: min(count, 1000))
        }
        var out: [Character] = []
        var rest = n
        while rest > 0 {
            rest -= 1
            out.append(letter(rest % 26))
            rest /= 26
        }
        return String(out.reversed())
    }

    /// Roman numerals; thousands beyond 3 are written as repeated M, as LibreOffice does.
    static func roman(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let table: [(Int, String)] = [(900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var out = String(repeating: "M", count: min(n / 1000, 1000))
        var rest = n % 1000
        for (value, symbol) in table {
            while rest >= value { out += symbol; rest -= value }
        }
        return out
    }
}

/// Chinese numbers as LibreOffice (and Word's chineseCounting) print them: 十、十一、二十、
/// 一百零一、一百一十、一千零一十、一万零一; 大写 壹拾、壹佰零壹.
enum ChineseNumber {
    static let lowerDigits = Array("〇一二三四五六七八九")
    static let legalSimplifiedDigits = Array("零壹贰叁肆伍陆柒捌玖")
    static let legalTraditionalDigits = Array("零壹貳參肆伍陸柒捌玖")

    /// 一 … 九十九 … 一万零一; 10–19 at the head drop the 一 (十一), elsewhere keep it (一百一十).
    static func lower(_ n: Int) -> String {
        spell(n, digits: lowerDigits, zero: "零", units: ["", "十", "百", "千"], big: ["", "万", "亿", "万亿"], dropLeadingOne: true)
    }

    static func legal(_ n: Int, traditional: Bool) -> String {
        spell(n, digits: traditional ? legalTraditionalDigits : legalSimplifiedDigits, zero: "零",
              units: ["", "拾", "佰", "仟"], big: traditional ? ["", "萬", "億", "萬億"] : ["", "万", "亿", "万亿"],
              dropLeadingOne: false)
    }

    private static func spell(_ n: Int, digits: [Character], zero: String, units: [String], big: [String],
                              dropLeadingOne: Bool) -> String {
        if n == 0 { return String(digits[0]) }
        if n < 0 { return String(n) }
        // groups of four digits, lowest first
        var groups: [Int] = []
        var rest = n
        while rest > 0 { groups.append(rest % 10000); rest /= 10000 }
        guard groups.count <= big.count else { return String(n) }
        var out = ""
        var pendingZero = false
        for g in stride(from: groups.count - 1, through: 0, by: -1) {
            let group = groups[g]
            if group == 0 { pendingZero = !out.isEmpty; continue }
            if !out.isEmpty && (pendingZero || group < 1000) { out += zero }
            pendingZero = false
            out += spellGroup(group, digits: digits, zero: zero, units: units,
                              dropLeadingOne: dropLeadingOne && out.isEmpty)
            out += big[g]
        }
        return out
    }

    /// One group of four digits (1…9999), zeros inside written once (一千零一, 一千零一十).
    private static func spellGroup(_ n: Int, digits: [Character], zero: String, units: [String], dropLeadingOne: Bool) -> String {
        let ds = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10]
        var out = ""
        var zeroPending = false
        for (i, d) in ds.enumerated() {
            let unit = units[3 - i]
            if d == 0 {
                if !out.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { out += zero; zeroPending = false }
            if d == 1 && i == 2 && out.isEmpty && dropLeadingOne {
                out += unit  // 十, 十一 … 十九 at the head
            } else {
                out.append(digits[d])
                out += unit
            }
        }
        return out
    }
}
