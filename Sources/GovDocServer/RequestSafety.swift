import Foundation
import GovDocMessages

/// The server never opens a path that came from a request. The source format lets the front
/// matter name files (`style:` a path to a style sheet; later `seal:`, `signature-image:` and
/// `<img src=…>` images): a request may name a style sheet of `Templates/` by its name, and an
/// image only by a relative name without `..` — the images it uploaded itself, stored in the
/// request's own temporary directory.
enum RequestSafety {
    /// The first value in `source` that would make the reader open a path of the server's.
    static func forbiddenPath(in source: String, file: String, language: Language) -> APIProblem? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var inFrontMatter = false
        for (index, raw) in lines.enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if index == 0 { inFrontMatter = line.trimmingSpaces == "---"; if inFrontMatter { continue } }
            if inFrontMatter, line.trimmingSpaces == "---" { inFrontMatter = false; continue }
            if inFrontMatter {
                for (key, check) in [("style", isStyleName), ("seal", isUploadName), ("signature-image", isUploadName)] as [(String, (String) -> Bool)] {
                    for value in values(of: key, in: line) where !check(value) {
                        return problem(key: key, value: value, file: file, line: index + 1, column: column(of: value, in: line), language: language)
                    }
                }
            } else if line.contains("<img") {
                for value in attributeValues("src", in: line) where !isUploadName(value) {
                    return problem(key: "img src", value: value, file: file, line: index + 1, column: column(of: value, in: line), language: language)
                }
            }
        }
        return nil
    }

    /// `gbt9704`, `notice`, `county-red`: a name looked up in Templates/, never a path.
    static func isStyleName(_ value: String) -> Bool {
        !value.isEmpty && value.count <= 64 && value.unicodeScalars.allSatisfy {
            ($0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_"))
        }
    }

    /// `true`/`false`, or a relative name like `seal/county.png` without `..`, `~` or a leading `/`.
    static func isUploadName(_ value: String) -> Bool {
        let v = value.lowercased()
        if v.isEmpty || v == "true" || v == "false" || v == "yes" || v == "no" { return true }
        if value.hasPrefix("/") || value.hasPrefix("~") || value.contains("\\") || value.contains(":") { return false }
        return !value.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }

    /// The values a front matter line gives `key` (`key: v`, `key: [a, b]`, `{key: v}` in a flow
    /// mapping, quoted keys), scalars unquoted. Conservative: anything after `key:` counts.
    static func values(of key: String, in line: Substring) -> [String] {
        var result: [String] = []
        var search = line[...]
        while let range = search.range(of: key) {
            let before = search[..<range.lowerBound].last
            var after = search[range.upperBound...]
            search = search[range.upperBound...]
            if let b = before, b.isLetter || b.isNumber || b == "-" || b == "_" { continue }
            if after.first == "\"" || after.first == "'" { after = after.dropFirst() }
            after = after.drop { $0 == " " || $0 == "\t" }
            guard after.first == ":" else { continue }
            var value = after.dropFirst().trimmingSpaces
            if value.hasPrefix("[") { value = value.dropFirst() }
            // one or more comma-separated scalars up to the end of the flow collection / comment
            let end = value.firstIndex { $0 == "]" || $0 == "}" || $0 == "#" } ?? value.endIndex
            for item in value[..<end].split(separator: ",") {
                var v = item.trimmingSpaces
                if v.first == "\"" || v.first == "'" { v = v.dropFirst() }
                if v.last == "\"" || v.last == "'" { v = v.dropLast() }
                // anchors, aliases and tags could smuggle a value in from elsewhere: not a name
                result.append(String(v))
            }
            if result.isEmpty { result.append("") }
        }
        return result
    }

    /// `src="a.png"` / `src='a.png'` / `src=a.png` values on a line.
    static func attributeValues(_ name: String, in line: Substring) -> [String] {
        var result: [String] = []
        var search = line[...]
        while let range = search.range(of: name + "=") {
            var rest = search[range.upperBound...]
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                let end = rest.firstIndex(of: quote) ?? rest.endIndex
                result.append(String(rest[..<end]))
            } else {
                let end = rest.firstIndex { $0 == " " || $0 == ">" || $0 == "/" } ?? rest.endIndex
                result.append(String(rest[..<end]))
            }
            search = search[range.upperBound...]
        }
        return result
    }

    static func column(of value: String, in line: Substring) -> Int {
        guard !value.isEmpty, let range = line.range(of: value) else { return 1 }
        return line.distance(from: line.startIndex, to: range.lowerBound) + 1
    }

    static func problem(key: String, value: String, file: String, line: Int, column: Int, language: Language) -> APIProblem {
        var p = APIProblem(.serverPathNotAllowed, ["key": key, "value": value], language: language)
        p.file = file
        p.line = line
        p.column = column
        return p
    }
}
