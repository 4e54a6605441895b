/// The rendered width of a line of text in 字 (ems of its size): Han and full-width characters
/// one 字, Latin letters, digits and ASCII punctuation by the advance widths of the declared
/// Latin font (Times New Roman, whose metrics Liberation Serif shares), and the space word
/// processors add where Han text meets Latin or digits ("autospace").
public enum TextWidth {
    /// Width in 字 of `text` set in one size; `autospace` is the extra width at each
    /// Han/Latin boundary, in 字.
    public static func ems(of text: String, autospace: Double = TextWidth.autospace) -> Double {
        var width = 0.0
        var previous: Unicode.Scalar? = nil
        for scalar in text.unicodeScalars {
            let latin = scalar.isASCII
            width += latin ? (timesAdvance[scalar] ?? 0.5) : 1
            // no autospace next to a space
            if let p = previous, p.isASCII != latin, p != " ", scalar != " " { width += autospace }
            previous = scalar
        }
        return width
    }

    /// Extra width at a Han/Latin boundary, in 字 (measured on LibreOffice 7.4: 3.3 pt at 16 pt).
    public static let autospace = 0.21

    /// Advance widths of Times New Roman (and Liberation Serif) in ems, ASCII.
    static let timesAdvance: [Unicode.Scalar: Double] = {
        var table: [Unicode.Scalar: Double] = [:]
        for d in "0123456789".unicodeScalars { table[d] = 0.5 }
        let upper: [Character: Double] = [
            "A": 0.722, "B": 0.667, "C": 0.667, "D": 0.722, "E": 0.611, "F": 0.556, "G": 0.722, "H": 0.722,
            "I": 0.333, "J": 0.389, "K": 0.722, "L": 0.611, "M": 0.889, "N": 0.722, "O": 0.722, "P": 0.556,
            "Q": 0.722, "R": 0.667, "S": 0.556, "T": 0.611, "U": 0.722, "V": 0.722, "W": 0.944, "X": 0.722,
            "Y": 0.722, "Z": 0.611,
            "a": 0.444, "b": 0.5, "c": 0.444, "d": 0.5, "e": 0.444, "f": 0.333, "g": 0.5, "h": 0.5, "i": 0.278,
            "j": 0.278, "k": 0.5, "l": 0.278, "m": 0.778, "n": 0.5, "o": 0.5, "p": 0.5, "q": 0.5, "r": 0.333,
            "s": 0.389, "t": 0.278, "u": 0.5, "v": 0.5, "w": 0.722, "x": 0.5, "y": 0.5, "z": 0.444,
            " ": 0.25, ".": 0.25, ",": 0.25, ":": 0.278, ";": 0.278, "-": 0.333, "(": 0.333, ")": 0.333,
            "/": 0.278, "[": 0.333, "]": 0.333, "%": 0.833, "&": 0.778, "'": 0.180, "\"": 0.408, "*": 0.5,
            "+": 0.564, "=": 0.564, "#": 0.5, "!": 0.333, "?": 0.444, "_": 0.5, "<": 0.564, ">": 0.564,
        ]
        for (c, w) in upper { table[c.unicodeScalars.first!] = w }
        return table
    }()
}
