/// `Content-Disposition` for a download named after the document's title: an ASCII
/// `filename` for old clients and the real (Chinese) name as RFC 5987/6266 `filename*`.
enum ContentDisposition {
    static func attachment(title: String, fileExtension: String) -> String {
        let name = fileName(title: title)
        let ascii = asciiFallback(title: title)
        return "attachment; filename=\"\(ascii).\(fileExtension)\"; filename*=UTF-8''\(percentEncoded(name + "." + fileExtension))"
    }

    /// The title without characters file systems refuse, at most 80 characters.
    static func fileName(title: String) -> String {
        var name = String(title.unicodeScalars.filter { $0.value >= 0x20 && !"/\\:*?\"<>|".unicodeScalars.contains($0) }.map(Character.init))
        name = name.trimmingCharacters(in: .whitespaces)
        if name.count > 80 { name = String(name.prefix(80)) }
        return name.isEmpty ? "document" : name
    }

    /// The ASCII letters, digits, `-` and `_` of the title (`2023`), prefixed `govdoc-`;
    /// `document` when the title has none.
    static func asciiFallback(title: String) -> String {
        let kept = String(title.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }.map(Character.init))
        return kept.isEmpty ? "document" : "govdoc-" + String(kept.prefix(60))
    }

    /// RFC 5987 `attr-char`s as they are, every other byte as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "!#$&+-.^_`|~".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

import Foundation
