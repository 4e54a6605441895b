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
            if i < chars.count, chars[i] == "、", ChineseNumerals.value(chars[..<i]) != nil {
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
                let value = ChineseNumerals.value(chars[startDigits..<i])
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

    static func isDigit(_ c: Character) -> Bool { c.asciiOrFullWidthDigit != nil }

    static func isChineseNumeral(_ c: Character) -> Bool { ChineseNumerals.isNumeral(c) }
}

extension HeadingSyntax {
    /// The number of the `n`-th heading of a level in its canonical form: 一、 （一） 1. （1）.
    public static func canonicalNumber(_ n: Int, level: Int) -> String {
        switch level {
        case 1: return ChineseNumerals.headingNumber(n) + "、"
        case 2: return "（" + ChineseNumerals.headingNumber(n) + "）"
        case 3: return "\(n)."
        default: return "（\(n)）"
        }
    }

    /// The value of a written number (`（二）` → 2, `12.` → 12, `１２．` → 12).
    public static func value(of number: String) -> Int? {
        let core = number.filter { !"（）()、.．、 ".contains($0) }
        let ascii = String(core.map { c -> Character in c.asciiOrFullWidthDigit.map { Character(String($0)) } ?? c })
        if let n = Int(ascii) { return n }
        return ChineseNumerals.value(core)
    }

    /// Gives every heading without a number the next number of its level (一、 （一） 1. （1）),
    /// counting the numbered headings around it, as `Document(title:) { … }` does. A numbered
    /// heading sets its level's counter to its own value.
    public static func numbered(_ blocks: [Block]) -> [Block] {
        var counters = [0, 0, 0, 0, 0]
        return blocks.map { block in
            guard case var .heading(h) = block else { return block }
            counters[h.level] += 1
            for deeper in counters.indices where deeper > h.level { counters[deeper] = 0 }
            if h.number.isEmpty {
                h.number = canonicalNumber(counters[h.level], level: h.level)
                h.text = h.number + h.text
            } else if let value = value(of: h.number) {
                counters[h.level] = value
            }
            return .heading(h)
        }
    }
}
