/// 发文字号 (§7.2.5) as clerks type them, read once for the recogniser and the checker:
/// 机关代字 + year in brackets + serial + `号`. The standard's form is `石政发〔2024〕3号`: the year in
/// full in 六角括号 〔〕, no `第`, no leading zeros; also read are the brackets `[ ] ［ ］ ( ) （ ）
/// 【 】 〖 〗 〈 〉 { }`, a two-digit year (20xx), full-width digits, `第` before the serial and
/// layout spaces between the parts. The 机关代字 holds no space and no sentence punctuation.
public struct DocumentNumberSyntax: Equatable, Sendable {
    /// 机关代字 (`石政发`).
    public var prefix: String
    /// The year in full (`24` is 2024).
    public var year: Int
    /// 发文顺序号.
    public var serial: Int
    /// The number as written, from the 机关代字's first character to `号`.
    public var written: String

    /// The standard's form: `石政发〔2024〕3号`.
    public var standard: String { "\(prefix)〔\(year)〕\(serial)号" }

    static let opening: Set<Character> = ["〔", "[", "［", "(", "（", "【", "〖", "〈", "{"]
    static let closing: Set<Character> = ["〕", "]", "］", ")", "）", "】", "〗", "〉", "}"]
    /// A 发文字号 line is short: a longer one is a sentence that mentions one.
    public static let longest = 30

    /// A 发文字号 filling the whole of `text` (layout spaces around it ignored), at most
    /// ``longest`` characters.
    public static func parse(_ text: String) -> DocumentNumberSyntax? {
        let trimmed = LayoutSpace.trimming(text)
        guard trimmed.count <= longest, let number = leading(trimmed), number.written == trimmed else { return nil }
        return number
    }

    /// The 发文字号 at the start of `text` (leading layout spaces skipped); text may follow it
    /// (`签发人：张三` on the same line).
    public static func leading(_ text: String) -> DocumentNumberSyntax? {
        let chars = Array(text)
        guard let start = chars.firstIndex(where: { !LayoutSpace.contains($0) }),
              let open = chars[start...].firstIndex(where: { opening.contains($0) }), open > start else { return nil }
        let prefix = chars[start..<open]
        guard prefix.allSatisfy({ !$0.isWhitespace && !LayoutSpace.contains($0) && !"。，；：".contains($0) }) else { return nil }
        var i = open + 1
        func skipSpaces() { while i < chars.count, LayoutSpace.contains(chars[i]) { i += 1 } }
        func digits() -> (count: Int, value: Int) {
            var count = 0, value = 0
            while i < chars.count, let d = chars[i].asciiOrFullWidthDigit, count < 9 { value = value * 10 + d; count += 1; i += 1 }
            return (count, value)
        }
        skipSpaces()
        let (yearDigits, year) = digits()
        guard yearDigits == 4 || yearDigits == 2 else { return nil }
        skipSpaces()
        guard i < chars.count, closing.contains(chars[i]) else { return nil }
        i += 1
        skipSpaces()
        if i < chars.count, chars[i] == "第" { i += 1; skipSpaces() }
        let (serialDigits, serial) = digits()
        guard serialDigits > 0 else { return nil }
        skipSpaces()
        guard i < chars.count, chars[i] == "号" else { return nil }
        return DocumentNumberSyntax(prefix: String(prefix), year: yearDigits == 2 ? 2000 + year : year, serial: serial,
                                    written: String(chars[start...i]))
    }
}
