/// List numbers as text: the number styles Chinese documents use in Word and LibreOffice lists
/// (一、 ① 甲 壹) and the common Western ones, printed once here for both readers. Each reader maps
/// its own format names (`w:numFmt`, `style:num-format`) to a ``Style``.
public enum ListNumbering {
    public enum Style: Equatable, Sendable {
        /// No number at all (a bullet's or an empty format's).
        case none
        case decimal
        /// Zero-padded to `width` digits (`01`, `001`).
        case decimalZero(width: Int)
        /// Full-width digits (１２).
        case fullWidth
        /// ① (U+2460) … ⑳, ㉑ (U+3251) … ㉟, ㊱ (U+32B1) … ㊿, then decimal.
        case circled
        /// ⑴ … ⒇, then `(21)`.
        case parenthesized
        /// ⒈ … ⒛, then `21.`.
        case fullStop
        /// 一 … 十一 … 一百零一 (``ChineseNumerals/counting(_:)``).
        case chineseCounting
        /// 壹 … 壹拾壹 (大写), simplified or traditional.
        case chineseLegal(traditional: Bool)
        /// Digit by digit: 二〇二四.
        case chineseDigits
        /// 甲 … 癸; after 癸 again from 甲 (`cycling`) or decimal.
        case heavenlyStems(cycling: Bool)
        /// 子 … 亥; after 亥 again from 子 (`cycling`) or decimal.
        case earthlyBranches(cycling: Bool)
        /// a … z, then aa, ab … (bijective base 26) or, `repeating`, aa, bb … zz, aaa.
        case letters(upper: Bool, repeating: Bool)
        /// i, ii, … (thousands beyond three as repeated M).
        case roman(upper: Bool)
    }

    /// `n` in `style`.
    public static func text(_ n: Int, _ style: Style) -> String {
        switch style {
        case .none: return ""
        case .decimal: return String(n)
        case let .decimalZero(width):
            let digits = String(n)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        case .fullWidth:
            return String(String(n).map { c -> Character in
                guard let d = c.asciiOrFullWidthDigit else { return c }
                return Character(Unicode.Scalar(0xFF10 + UInt32(d))!)
            })
        case .circled: return circled(n)
        case .parenthesized: return (1...20).contains(n) ? String(Unicode.Scalar(0x2474 + UInt32(n - 1))!) : "(\(n))"
        case .fullStop: return (1...20).contains(n) ? String(Unicode.Scalar(0x2488 + UInt32(n - 1))!) : "\(n)."
        case .chineseCounting: return ChineseNumerals.counting(n)
        case let .chineseLegal(traditional): return ChineseNumerals.legal(n, traditional: traditional)
        case .chineseDigits: return ChineseNumerals.digitByDigit(n)
        case let .heavenlyStems(cycling): return cycle(n, Array("甲乙丙丁戊己庚辛壬癸"), cycling: cycling)
        case let .earthlyBranches(cycling): return cycle(n, Array("子丑寅卯辰巳午未申酉戌亥"), cycling: cycling)
        case let .letters(upper, repeating): return letters(n, upper: upper, repeating: repeating)
        case let .roman(upper):
            let s = roman(n)
            return upper ? s : s.lowercased()
        }
    }

    /// ① … ㊿; beyond 50 (and 0) the plain number.
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

    static func cycle(_ n: Int, _ symbols: [Character], cycling: Bool) -> String {
        guard n >= 1, cycling || n <= symbols.count else { return String(n) }
        return String(symbols[(n - 1) % symbols.count])
    }

    /// a…z, then aa, ab …; `repeating`: the letter repeated (aa, bb … zz, aaa), at most 1000
    /// times (a hostile start value must not allocate without bound).
    static func letters(_ n: Int, upper: Bool, repeating: Bool) -> String {
        guard n > 0 else { return String(n) }
        let base = upper ? UInt32(65) : UInt32(97)
        func letter(_ i: Int) -> Character { Character(Unicode.Scalar(base + UInt32(i))!) }
        if repeating { return String(repeating: letter((n - 1) % 26), count: min((n - 1) / 26 + 1, 1000)) }
        var out: [Character] = []
        var rest = n
        while rest > 0 {
            rest -= 1
            out.append(letter(rest % 26))
            rest /= 26
        }
        return String(out.reversed())
    }

    /// Roman numerals in capitals; thousands beyond three as repeated M (at most 1000).
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
