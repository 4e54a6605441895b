/// ODF values: lengths in points, percentages, colours, names.
enum Units {
    /// A length (`12pt`, `2.1cm`, `37mm`, `1.4571in`, `1pc`, `16px`) in points; nil for anything else.
    static func points(_ value: String?) -> Double? {
        guard var s = value?.trimmedSpaces, !s.isEmpty else { return nil }
        let factors: [(String, Double)] = [("pt", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), ("pc", 12), ("px", 0.75)]
        for (unit, factor) in factors where s.hasSuffix(unit) {
            s.removeLast(unit.count)
            // no length in a document is a million points (14 km); beyond that the value is junk
            guard let number = Double(s), number.isFinite, abs(number * factor) < 1_000_000 else { return nil }
            return number * factor
        }
        return nil
    }

    /// `130%` → 1.3; nil when not a percentage.
    static func fraction(_ value: String?) -> Double? {
        guard var s = value?.trimmedSpaces, s.hasSuffix("%") else { return nil }
        s.removeLast()
        guard let number = Double(s), number.isFinite, abs(number) < 1_000_000 else { return nil }
        return number / 100
    }

    /// `#c9211e` → `C9211E`; nil for anything but six hex digits.
    static func color(_ value: String?) -> String? {
        guard let s = value?.trimmedSpaces, s.hasPrefix("#"), s.count == 7 else { return nil }
        let hex = s.dropFirst()
        guard hex.allSatisfy({ $0.isHexDigit }) else { return nil }
        return hex.uppercased()
    }

    /// A bold weight: `bold`, or 600 and more.
    static func isBold(_ value: String?) -> Bool? {
        guard let s = value?.trimmedSpaces else { return nil }
        if s == "bold" { return true }
        if s == "normal" { return false }
        if let n = Int(s) { return n >= 600 }
        return nil
    }

    /// A style name as LibreOffice encodes it (`Heading_20_1`) decoded for display (`Heading 1`).
    static func decodedStyleName(_ name: String) -> String {
        guard name.contains("_") else { return name }
        var out = ""
        var rest = Substring(name)
        while let underscore = rest.firstIndex(of: "_") {
            out += rest[..<underscore]
            let after = rest[rest.index(after: underscore)...]
            if let close = after.firstIndex(of: "_"), after.distance(from: after.startIndex, to: close) <= 6,
               let code = UInt32(after[..<close], radix: 16), close > after.startIndex, let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after[after.index(after: close)...]
            } else {
                out += "_"
                rest = after
            }
        }
        out += rest
        return out
    }

    /// The first family of `svg:font-family` (`'Times New Roman';SimSun` → `Times New Roman`).
    static func firstFamily(_ value: String) -> String {
        let first = value.split(separator: ";", omittingEmptySubsequences: true).first.map(String.init) ?? value
        var s = first.trimmedSpaces
        if s.count >= 2, let f = s.first, f == "'" || f == "\"", s.last == f {
            s = String(s.dropFirst().dropLast())
        }
        return s
    }
}

extension String {
    /// Without leading and trailing ASCII white space.
    var trimmedSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }) else { return "" }
        let end = scalars.lastIndex(where: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") })!
        return String(scalars[start...end])
    }
}
