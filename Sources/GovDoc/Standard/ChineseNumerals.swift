/// Chinese numerals, the one table of them: numbers spelled as the standard's headings and the
/// word processors' list numbers print them (一、十一、二十、一百零一、一万零一), 大写 (壹拾壹),
/// digit by digit (二〇二四), and read back as clerks type them (十二 = 12, a year 二〇二四).
public enum ChineseNumerals {
    /// 〇 一 二 … 九, by value.
    public static let digits: [Character] = Array("〇一二三四五六七八九")
    /// 大写, simplified (零 壹 贰 … 玖) and traditional (零 壹 貳 … 玖), by value.
    static let legalSimplifiedDigits: [Character] = Array("零壹贰叁肆伍陆柒捌玖")
    static let legalTraditionalDigits: [Character] = Array("零壹貳參肆伍陸柒捌玖")

    // MARK: writing

    /// A number in Chinese counting numerals (Word's `chineseCounting`, LibreOffice's `一, 二,
    /// 三, ...`): 〇, 一 … 十、十一 … 二十 … 一百零一、一百一十 … 一万零一 … 一亿; 10–19 at the head
    /// drop the 一 (十一), elsewhere keep it (一百一十). Negative numbers and numbers of a 万亿
    /// and more stay in Arabic digits.
    public static func counting(_ n: Int) -> String {
        spell(n, digits: digits, units: ["", "十", "百", "千"], big: ["", "万", "亿", "万亿"], dropLeadingOne: true)
    }

    /// A number in 大写 (壹拾壹, 壹佰零壹; traditional 貳 參 陸 萬).
    public static func legal(_ n: Int, traditional: Bool = false) -> String {
        spell(n, digits: traditional ? legalTraditionalDigits : legalSimplifiedDigits,
                     units: ["", "拾", "佰", "仟"], big: traditional ? ["", "萬", "億", "萬億"] : ["", "万", "亿", "万亿"],
                     dropLeadingOne: false)
    }

    /// A number digit by digit (`2024` → 二〇二四, Word's `ideographDigital`); a minus sign stays.
    public static func digitByDigit(_ n: Int) -> String {
        String(String(n).map { c -> Character in c.wholeNumberValue.map { digits[$0] } ?? c })
    }

    /// The number of a heading (一、 （十二）): 1…99 in counting numerals, larger numbers (and
    /// 0 and below) in Arabic digits.
    public static func headingNumber(_ n: Int) -> String {
        (1..<100).contains(n) ? counting(n) : String(n)
    }

    private static func spell(_ n: Int, digits: [Character], units: [String], big: [String], dropLeadingOne: Bool) -> String {
        if n == 0 { return String(digits[0]) }
        if n < 0 { return String(n) }
        // groups of four digits, lowest first
        var groups: [Int] = []
        var rest = n
        while rest > 0 { groups.append(rest % 10000); rest /= 10000 }
        guard groups.count <= big.count else { return String(n) }
        let zero = "零"
        var out = ""
        var pendingZero = false
        for g in stride(from: groups.count - 1, through: 0, by: -1) {
            let group = groups[g]
            if group == 0 { pendingZero = !out.isEmpty; continue }
            if !out.isEmpty && (pendingZero || group < 1000) { out += zero }
            pendingZero = false
            out += spellGroup(group, digits: digits, zero: zero, units: units, dropLeadingOne: dropLeadingOne && out.isEmpty)
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

    // MARK: reading

    /// The value of 一 … 九 (not 〇: no heading, month or day is 0).
    public static func digitValue(_ c: Character) -> Int? {
        guard let i = digits.firstIndex(of: c), i > 0 else { return nil }
        return i
    }

    /// The value of a digit of a year written in Chinese (二〇二四): 〇, its look-alikes ○ and 零,
    /// the letter O and the digit 0 clerks type for it (half- and full-width), and 一 … 九.
    public static func yearDigitValue(_ c: Character) -> Int? {
        switch c {
        case "〇", "○", "零", "O", "Ｏ", "0", "０": return 0
        default: return digitValue(c)
        }
    }

    /// Whether `c` can be part of a number 1…99 (一 … 九, 十).
    public static func isNumeral(_ c: Character) -> Bool { c == "十" || digitValue(c) != nil }

    /// The value of a number 1…99 in the standard's forms (`三`, `十`, `十二`, `二十`, `二十一`), `nil`
    /// if malformed. With `colloquial`, also the forms clerks write in dates: `一十`, `一十二` and
    /// `廿一` … `廿九`.
    public static func value<C: Collection>(_ chars: C, colloquial: Bool = false) -> Int? where C.Element == Character {
        let c = Array(chars)
        let ten: Character = "十"
        switch c.count {
        case 1:
            return c[0] == ten ? 10 : digitValue(c[0])
        case 2:
            if c[0] == ten, let v = digitValue(c[1]) { return 10 + v }
            if c[1] == ten, let v = digitValue(c[0]), v > 1 || colloquial { return v * 10 }
            if colloquial, c[0] == "廿", let v = digitValue(c[1]) { return 20 + v }
            return nil
        case 3:
            if c[1] == ten, let t = digitValue(c[0]), t > 1 || colloquial, let v = digitValue(c[2]) { return t * 10 + v }
            return nil
        default:
            return nil
        }
    }

    /// A year of two or four Chinese digits (`二〇二四`; `二四` is 2024), or nil.
    public static func yearValue<C: Collection>(_ chars: C) -> Int? where C.Element == Character {
        guard chars.count == 2 || chars.count == 4 else { return nil }
        var n = 0
        for c in chars {
            guard let v = yearDigitValue(c) else { return nil }
            n = n * 10 + v
        }
        return chars.count == 2 ? 2000 + n : n
    }
}
