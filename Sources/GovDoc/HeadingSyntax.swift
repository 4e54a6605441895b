import GovDoc

/// Recognises the four levels of 层次序数 at the start of a line (half- and full-width forms):
/// `一、` level 1, `（一）` level 2, `1.` `1．` `1、` level 3, `（1）` level 4.
public enum HeadingSyntax {
    /// The heading a line starts, or `nil` for a body paragraph.
    public static func parse(_ line: String) -> Heading? {
        guard let (level, number) = numbering(of: line) else { return nil }
        let chars = Array(line)
        // Run-in heading: text after the first 。 stays body text in the same paragraph.
        if let stop = chars.firstIndex(of: "。"), stop + 1 < chars.count {
            let head = String(chars[...stop])
            let rest = String(chars[(stop + 1)...])
            if !rest.allSatisfy(\.isWhitespace) {
                return Heading(level: level, number: number, text: head, runInText: rest)
            }
        }
        return Heading(level: level, number: number, text: line)
    }

    /// The level and the number as written (`（一）`), if the line starts with one.
    public static func numbering(of line: String) -> (level: Int, number: String)? {
        // a number is at most a few characters: look at the start of the line only
        let chars = Array(line.prefix(16))
        guard let first = chars.first else { return nil }
        if isChineseNumeral(first) {
            var i = 0
            while i < chars.count, isChineseNumeral(chars[i]) { i += 1 }
            if i < chars.count, chars[i] == "、", chineseValue(chars[..<i]) != nil {
                return (1, String(chars[...i]))
            }
            return nil
        }
        if first == "（" || first == "(" {
            var i = 1
            while i < chars.count, chars[i] == " " { i += 1 }
            let startDigits = i
            if i < chars.count, isChineseNumeral(chars[i]) {
                while i < chars.count, isChineseNumeral(chars[i]) { i += 1 }
                let value = chineseValue(chars[startDigits..<i])
                while i < chars.count, chars[i] == " " { i += 1 }
                if value != nil, i < chars.count, chars[i] == "）" || chars[i] == ")" { return (2, String(chars[...i])) }
                return nil
            }
            if i < chars.count, isDigit(chars[i]) {
                while i < chars.count, isDigit(chars[i]) { i += 1 }
                while i < chars.count, chars[i] == " " { i += 1 }
                if i < chars.count, chars[i] == "）" || chars[i] == ")" { return (4, String(chars[...i])) }
            }
            return nil
        }
        if isDigit(first) {
            var i = 0
            while i < chars.count, isDigit(chars[i]) { i += 1 }
            guard i <= 3, i < chars.count else { return nil }
            let mark = chars[i]
            guard mark == "." || mark == "．" || mark == "、" else { return nil }
            // `1.5亿元` is a number, not a heading
            if mark != "、", i + 1 < chars.count, isDigit(chars[i + 1]) { return nil }
            guard i + 1 < chars.count else { return nil }
            return (3, String(chars[...i]))
        }
        return nil
    }

    static func isDigit(_ c: Character) -> Bool {
        ("0"..."9").contains(c) || ("０"..."９").contains(c)
    }

    static let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    static func isChineseNumeral(_ c: Character) -> Bool { numerals[c] != nil }

    /// The value of a Chinese numeral 1…99 (`十二` = 12, `二十` = 20), `nil` if malformed.
    public static func chineseValue<C: Collection>(_ chars: C) -> Int? where C.Element == Character {
        let values = chars.compactMap { numerals[$0] }
        guard values.count == chars.count, !values.isEmpty else { return nil }
        switch values.count {
        case 1: return values[0]
        case 2:
            if values[0] == 10, values[1] < 10 { return 10 + values[1] }
            if values[0] < 10, values[0] > 1, values[1] == 10 { return values[0] * 10 }
            return nil
        case 3:
            if values[0] < 10, values[0] > 1, values[1] == 10, values[2] < 10 { return values[0] * 10 + values[2] }
            return nil
        default: return nil
        }
    }
}
