import GovDoc

/// The text forms the recogniser reads: layout spaces, dates in the ways clerks type them,
/// 发文字号, 附件 labels.
public enum DraftText {
    /// A layout space (``LayoutSpace``).
    static func isLayoutSpace(_ s: Unicode.Scalar) -> Bool { LayoutSpace.contains(s) }

    /// A paragraph's text as the model holds it: leading and trailing layout spaces dropped on
    /// every line, tabs inside a line dropped (a space between two Latin letters or digits),
    /// no-break spaces inside a line made ordinary spaces; manual line breaks joined (a space
    /// where two Latin words meet) or, with `keepLineBreaks` (the title), kept as `\n`.
    public static func clean(_ text: String, keepLineBreaks: Bool = false) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(cleanLine).filter { !$0.isEmpty }
        if keepLineBreaks { return lines.joined(separator: "\n") }
        var out = ""
        for line in lines {
            if let last = out.unicodeScalars.last, let first = line.unicodeScalars.first,
               isLatinWord(last), isLatinWord(first) { out += " " }
            out += line
        }
        return out
    }

    static func isLatinWord(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
    }

    static func cleanLine<S: StringProtocol>(_ line: S) -> String {
        let scalars = Array(String(line).unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isLayoutSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isLayoutSpace($0) })!
        var out = String.UnicodeScalarView()
        var i = first
        while i <= last {
            let s = scalars[i]
            if s == "\t" {
                // a run of tabs and spaces with a tab in it is layout
                var j = i
                while j <= last, scalars[j] == "\t" || scalars[j] == " " || scalars[j] == "\u{A0}" { j += 1 }
                if let prev = out.last, j <= last, isLatinWord(prev), isLatinWord(scalars[j]) { out.append(" ") }
                i = j
                continue
            }
            if s == "\u{A0}" || s == "\u{202F}" { out.append(" ") } else if s == "\u{FEFF}" || s == "\u{200B}" {
                // zero-width: nothing
            } else { out.append(s) }
            i += 1
        }
        return String(out)
    }

    /// The number of layout spaces at the start of the raw text, in 字 (ASCII ½).
    static func leadingSpaceWidth(_ text: String) -> Double { LayoutSpace.leadingWidth(text) }

    // MARK: dates

    /// A date written in full, in any of the forms ``WrittenDate`` reads, filling the whole of `text`.
    public static func date(_ text: String) -> CalendarDate? { WrittenDate.date(text) }

    /// A line ending in a date after layout spaces (`某某镇人民政府      2024年3月1日`): the text
    /// before and the date.
    static func trailingDate(_ raw: String) -> (head: String, date: CalendarDate, written: String)? {
        let chars = Array(raw)
        // the date starts after a run of at least two layout spaces (or a tab)
        var i = chars.count - 1
        while i >= 0, chars[i].unicodeScalars.allSatisfy(isLayoutSpace) { i -= 1 }
        guard i > 0 else { return nil }
        for start in stride(from: i, through: 1, by: -1) where chars[start - 1].unicodeScalars.allSatisfy(isLayoutSpace) {
            let written = String(chars[start...i])
            guard let d = date(written) else { continue }
            let head = String(chars[..<start])
            let gap = head.reversed().prefix(while: { $0.unicodeScalars.allSatisfy(isLayoutSpace) })
            guard gap.count >= 2 || gap.contains("\t") || gap.contains("\u{3000}") else { return nil }
            let cleanedHead = clean(head)
            guard !cleanedHead.isEmpty else { return nil }
            return (cleanedHead, d, written)
        }
        return nil
    }

    // MARK: 发文字号, 附件, 版头 elements

    /// `石政发〔2024〕3号` (also `[2024]`, `(2024)`, `【2024】`, `第3号`): the number's text, and the
    /// 签发人 when the same line carries `签发人：NAME`.
    static func documentNumber(_ text: String) -> (number: String, signer: String?)? {
        var body = text
        var signer: String? = nil
        if let r = body.range(of: "签发人") {
            let after = body[r.upperBound...].drop(while: { $0 == "：" || $0 == ":" || $0 == " " || $0 == "\u{3000}" })
            signer = clean(String(after))
            body = String(body[..<r.lowerBound])
            if signer?.isEmpty == true { signer = nil }
        }
        let number = clean(body)
        guard isDocumentNumber(number) else { return nil }
        return (number, signer)
    }

    static func isDocumentNumber(_ s: String) -> Bool { DocumentNumberSyntax.parse(s) != nil }

    /// `附件`, `附件1`, `附件 2`, `附件二`, `附件1：` alone on a line: the attachment's number (1 for
    /// a bare `附件`).
    static func attachmentLabel(_ text: String) -> Int? {
        guard text.hasPrefix("附件") else { return nil }
        var rest = String(text.dropFirst(2)).filter { $0 != " " && $0 != "\u{3000}" }
        if rest.hasSuffix("：") || rest.hasSuffix(":") { rest.removeLast() }
        if rest.isEmpty { return 1 }
        if rest.allSatisfy({ $0.asciiOrFullWidthDigit != nil }), let n = Int(String(rest.map { Character(String($0.asciiOrFullWidthDigit!)) })), n > 0 { return n }
        return ChineseNumerals.value(rest)
    }

    /// `附件：1.名称` → (true, `名称`); `2.名称` → (false, `名称`).
    static func attachmentNoteLine(_ text: String, keepPunctuation: Bool = false) -> (opensNote: Bool, title: String)? {
        var rest = Substring(text)
        var opens = false
        if rest.hasPrefix("附件：") || rest.hasPrefix("附件:") {
            opens = true
            rest = rest.dropFirst(3)
            rest = rest.drop(while: { $0 == " " || $0 == "\u{3000}" })
        }
        // an optional sequence number
        let chars = Array(rest)
        var i = 0
        while i < chars.count, chars[i].asciiOrFullWidthDigit != nil { i += 1 }
        var numbered = false
        if i > 0, i <= 2, i < chars.count, ".．、".contains(chars[i]) {
            numbered = true
            i += 1
        } else {
            i = 0
        }
        guard opens || numbered else { return nil }
        var title = clean(String(chars[i...]))
        while !keepPunctuation, let last = title.last, "；;，,。".contains(last) { title.removeLast() }
        guard !title.isEmpty else { return nil }
        return (opens, title)
    }

    /// 份号: six Arabic digits alone.
    static func isCopyNumber(_ s: String) -> Bool { s.count == 6 && s.allSatisfy { $0.asciiOrFullWidthDigit != nil } }
    /// 密级和保密期限: `秘密`, `机密★5年`, `绝密`.
    static func isClassification(_ s: String) -> Bool {
        ["秘密", "机密", "绝密"].contains { s.hasPrefix($0) } && s.count <= 12
    }
    /// 紧急程度.
    static func isUrgency(_ s: String) -> Bool { ["特急", "加急", "特提", "平急"].contains(s) }

    /// `（此件公开发布）`: a whole line in parentheses.
    static func isParenthesised(_ s: String) -> Bool {
        (s.hasPrefix("（") || s.hasPrefix("(")) && (s.hasSuffix("）") || s.hasSuffix(")")) && s.count >= 3
    }

    /// Red enough to be a 版头's red (`FF0000`, `E60012`, `C00000`).
    static func isRed(_ hex: String?) -> Bool {
        guard let hex, hex.count == 6, let v = Int(hex, radix: 16) else { return false }
        let r = (v >> 16) & 0xFF, g = (v >> 8) & 0xFF, b = v & 0xFF
        return r >= 0xB0 && g <= 0x60 && b <= 0x60
    }
}
