/// The spaces used for layout rather than as text, the one set of them: the ASCII space and
/// tab, the ideographic space (U+3000), the no-break spaces (U+00A0, U+202F), the typographic
/// spaces Word inserts (U+2000–U+200A), the zero-width space (U+200B), the medium mathematical
/// space (U+205F) and the zero-width no-break space (U+FEFF). Drafts pad with them, sources
/// indent with them; neither is the text's.
public enum LayoutSpace {
    /// Whether `scalar` is a layout space.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x3000, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether every scalar of `c` is a layout space.
    public static func contains(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy(contains) }

    /// `text` without layout spaces at either end (whole characters: a space that carries a
    /// combining mark is text).
    public static func trimming<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !contains($0) }) else { return "" }
        let last = text.lastIndex(where: { !contains($0) })!
        return String(text[first...last])
    }

    /// The width of the layout spaces at the start of `text`, in 字: a tab 2, an ASCII or
    /// no-break space ½, any other 1.
    public static func leadingWidth(_ text: String) -> Double {
        var width = 0.0
        for s in text.unicodeScalars {
            guard contains(s) else { break }
            width += s == "\t" ? 2 : (s.isASCII || s == "\u{A0}" ? 0.5 : 1)
        }
        return width
    }
}
