/// Dates in the ways clerks type them, read once for the recogniser (a line that is a date) and
/// the checker (a date inside a line, and its standard form `2024年3月1日`, §7.3.5.4):
///
/// - `2024年3月1日`, `2024年03月01日`, `24年3月1日` (a two-digit year is 20xx), full-width digits;
/// - `二〇二四年三月一日`, `二四年三月一日` (the year digit by digit, 〇 also typed ○ 零 O 0; month and
///   day as 十二, 二十, 一十二, 廿一);
/// - `2024.3.1`, `2024-3-1`, `2024/3/1`, `2024．3．1`, `2024。3。1` (the same separator twice, a
///   four-digit year, an optional `日`).
///
/// Layout spaces may stand between any two characters of a date. A date that is not in the
/// calendar (`2024年2月30日`) is no date.
public enum WrittenDate {
    /// A date filling the whole of `text`, layout spaces around it ignored.
    public static func date(_ text: String) -> CalendarDate? {
        let chars = Array(text)
        guard let start = chars.firstIndex(where: { !LayoutSpace.contains($0) }),
              let (date, end) = date(in: chars, from: start),
              chars[end...].allSatisfy(LayoutSpace.contains) else { return nil }
        return date
    }

    /// The first date inside `text`: as written (from its first to its last character) and the date.
    public static func firstDate(in text: String) -> (written: String, date: CalendarDate)? {
        let chars = Array(text)
        for start in chars.indices where !LayoutSpace.contains(chars[start]) {
            if let (date, end) = date(in: chars, from: start) {
                var last = end - 1
                while last > start, LayoutSpace.contains(chars[last]) { last -= 1 }
                return (String(chars[start...last]), date)
            }
        }
        return nil
    }

    /// A date starting at `chars[start]` and the index after it (after its last character).
    public static func date(in chars: [Character], from start: Int) -> (CalendarDate, Int)? {
        var scan = Scanner(chars: chars, at: start)
        guard let first = scan.peek else { return nil }
        if first.asciiOrFullWidthDigit != nil { return arabic(&scan) }
        return chinese(&scan)
    }

    /// `2024年3月1日` or `2024.3.1`.
    private static func arabic(_ scan: inout Scanner) -> (CalendarDate, Int)? {
        let (yearDigits, year) = scan.digits(max: 4)
        guard let mark = scan.next() else { return nil }
        if mark == "年" {
            guard yearDigits == 4 || yearDigits == 2 else { return nil }
            let fullYear = yearDigits == 2 ? 2000 + year : year
            let (m, month) = scan.digits(max: 2)
            guard m > 0, scan.next() == "月" else { return nil }
            let (d, day) = scan.digits(max: 2)
            guard d > 0, scan.next() == "日", let date = CalendarDate(year: fullYear, month: month, day: day) else { return nil }
            return (date, scan.position)
        }
        guard yearDigits == 4, separators.contains(mark) else { return nil }
        let (m, month) = scan.digits(max: 2)
        guard m > 0, scan.next() == mark else { return nil }
        let (d, day) = scan.digits(max: 2)
        guard d > 0, let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        let end = scan.position
        switch scan.peek {
        case "日": _ = scan.next(); return (date, scan.position)
        case let c? where c.asciiOrFullWidthDigit != nil: return nil   // `2024.3.123` is no date
        default: return (date, end)
        }
    }

    /// The separators of a date in figures (`2024.3.1`).
    static let separators: Set<Character> = [".", "．", "-", "－", "/", "／", "。"]

    /// `二〇二四年三月一日`.
    private static func chinese(_ scan: inout Scanner) -> (CalendarDate, Int)? {
        let year = scan.run(max: 4) { ChineseNumerals.yearDigitValue($0) != nil }
        guard let fullYear = ChineseNumerals.yearValue(year), scan.next() == "年" else { return nil }
        let month = scan.run(max: 3) { $0 != "月" }
        guard scan.next() == "月", let m = ChineseNumerals.value(month, colloquial: true) else { return nil }
        let day = scan.run(max: 3) { $0 != "日" }
        guard scan.next() == "日", let d = ChineseNumerals.value(day, colloquial: true),
              let date = CalendarDate(year: fullYear, month: m, day: d) else { return nil }
        return (date, scan.position)
    }

    /// Reads characters, stepping over layout spaces between them.
    private struct Scanner {
        let chars: [Character]
        var position: Int

        init(chars: [Character], at start: Int) {
            self.chars = chars
            position = start
        }

        /// The next character that is not a layout space, not consumed.
        var peek: Character? {
            var i = position
            while i < chars.count, LayoutSpace.contains(chars[i]) { i += 1 }
            return i < chars.count ? chars[i] : nil
        }

        mutating func next() -> Character? {
            while position < chars.count, LayoutSpace.contains(chars[position]) { position += 1 }
            guard position < chars.count else { return nil }
            position += 1
            return chars[position - 1]
        }

        /// Up to `max` digits (ASCII or full-width): how many, and their value.
        mutating func digits(max: Int) -> (count: Int, value: Int) {
            var count = 0, value = 0
            while count < max, let c = peek, let d = c.asciiOrFullWidthDigit {
                _ = next()
                value = value * 10 + d
                count += 1
            }
            return (count, value)
        }

        /// Up to `max` characters while `accept` holds.
        mutating func run(max: Int, while accept: (Character) -> Bool) -> [Character] {
            var out: [Character] = []
            while out.count < max, let c = peek, accept(c) {
                _ = next()
                out.append(c)
            }
            return out
        }
    }
}

extension Character {
    /// 0…9 for an ASCII or a full-width digit (０–９).
    public var asciiOrFullWidthDigit: Int? {
        guard let s = unicodeScalars.first, unicodeScalars.count == 1 else { return nil }
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }
}
