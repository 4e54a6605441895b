import GovDocMessages

/// Decoding the bytes of a source file into lines: UTF-8 (a BOM is accepted), LF or CRLF.
enum SourceText {
    /// The file's lines without line terminators, or an error at the first byte that is not UTF-8.
    static func lines(of bytes: [UInt8], file: String) throws(SourceError) -> [Substring] {
        var body = bytes[...]
        if body.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw SourceError(SourceLocation(file: file, line: 1, column: 1), .sourceZipPackage)
        }
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let (line, column) = firstInvalidUTF8(body) {
            throw SourceError(SourceLocation(file: file, line: line, column: column),
                              looksLikeGBK(body) ? .sourceNotUTF8GBK : .sourceNotUTF8)
        }
        let text = String(decoding: body, as: UTF8.self)
        // split on the LF byte (fast: no grapheme breaking), then drop a CR before it
        var lines: [Substring] = []
        let u = text.utf8
        var lineStart = u.startIndex
        while let newline = u[lineStart...].firstIndex(of: 0x0A) {
            var end = newline
            if end > lineStart, u[u.index(before: end)] == 0x0D { end = u.index(before: end) }
            lines.append(text[lineStart..<end])
            lineStart = u.index(after: newline)
        }
        var last = text[lineStart...]
        if last.utf8.last == 0x0D { last = text[lineStart..<u.index(before: u.endIndex)] }
        lines.append(last)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Line and column (in characters) of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (Int, Int)? {
        var line = 1
        var lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; lineStart = i; continue }
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && i + length <= bytes.endIndex
            if valid && length > 1 {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false }
                if valid {
                    let b1 = bytes[i + 1]
                    if b == 0xE0 && b1 < 0xA0 { valid = false }      // overlong
                    if b == 0xED && b1 > 0x9F { valid = false }      // surrogates
                    if b == 0xF0 && b1 < 0x90 { valid = false }      // overlong
                    if b == 0xF4 && b1 > 0x8F { valid = false }      // > U+10FFFF
                }
            }
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                return (line, column)
            }
            i += length
        }
        return nil
    }

    /// True when most high bytes pair up as GBK double-byte characters.
    private static func looksLikeGBK(_ bytes: ArraySlice<UInt8>) -> Bool {
        var pairs = 0, bad = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b >= 0x81 && b <= 0xFE, i + 1 < bytes.endIndex, (0x40...0xFE).contains(bytes[i + 1]) && bytes[i + 1] != 0x7F {
                pairs += 1; i += 2
            } else if b >= 0x80 {
                bad += 1; i += 1
            } else {
                i += 1
            }
        }
        return pairs > 0 && bad * 10 < pairs
    }

    /// The first character XML 1.0 cannot hold, with its column.
    static func firstForbiddenCharacter(_ line: Substring) -> (column: Int, scalar: Unicode.Scalar)? {
        // fast path over scalars; the column (in characters) is counted only when one is found
        guard let bad = line.unicodeScalars.firstIndex(where: { !isXMLCharacter($0) }) else { return nil }
        let column = line[..<bad].count + 1
        return (column, line.unicodeScalars[bad])
    }

    static func isXMLCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
