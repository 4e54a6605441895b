/// A `multipart/form-data` body (RFC 7578) split into its parts. Strict: a body that ends
/// before the closing delimiter, a part without headers' end or a missing boundary is an error.
struct MultipartForm {
    struct Part {
        var name: String?
        var filename: String?
        var contentType: String?
        var body: ArraySlice<UInt8>
    }

    struct Malformed: Error {
        var detail: String
    }

    var parts: [Part]

    /// `boundary` from the Content-Type header's parameter.
    init(bytes: [UInt8], boundary: String) throws(Malformed) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { throw Malformed(detail: "the boundary parameter is missing or too long") }
        let delimiter = Array("--\(boundary)".utf8)
        let crlfDelimiter = Array("\r\n--\(boundary)".utf8)
        // the first delimiter may stand at the very start (no preamble) or after a preamble line
        guard var position = MultipartForm.find(delimiter, in: bytes, from: 0) else {
            throw Malformed(detail: "no part starts with the boundary")
        }
        position += delimiter.count
        var parts: [Part] = []
        while true {
            // after a delimiter: `--` closes the body, CRLF starts a part
            if MultipartForm.hasPrefix(bytes, at: position, Array("--".utf8)) {
                break
            }
            // transport padding (spaces/tabs) may follow the delimiter
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            guard MultipartForm.hasPrefix(bytes, at: position, [0x0D, 0x0A]) else {
                throw Malformed(detail: position >= bytes.count ? "the body ends right after a boundary, without the closing `--`" : "a boundary is not followed by a line end")
            }
            position += 2
            guard let headerEnd = MultipartForm.find([0x0D, 0x0A, 0x0D, 0x0A], in: bytes, from: position) else {
                throw Malformed(detail: "part \(parts.count + 1)'s headers do not end (the body is cut short)")
            }
            let headerText = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let bodyStart = headerEnd + 4
            guard let next = MultipartForm.find(crlfDelimiter, in: bytes, from: bodyStart) else {
                throw Malformed(detail: "part \(parts.count + 1) is not closed by the boundary (the body is cut short)")
            }
            var part = Part(body: bytes[bodyStart..<next])
            for line in headerText.split(separator: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingSpaces.lowercased()
                let value = String(line[line.index(after: colon)...].trimmingSpaces)
                if key == "content-disposition" {
                    let params = MultipartForm.parameters(value)
                    part.name = params["name"]
                    part.filename = params["filename*"].flatMap(MultipartForm.decodeRFC5987) ?? params["filename"]
                } else if key == "content-type" {
                    part.contentType = value
                }
            }
            parts.append(part)
            position = next + crlfDelimiter.count
        }
        self.parts = parts
    }

    /// `form-data; name="source"; filename="a.md"` → ["name": "source", "filename": "a.md"].
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(header)
        // skip the first token (form-data)
        if let semicolon = rest.firstIndex(of: ";") { rest = rest[rest.index(after: semicolon)...] } else { return result }
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            guard let eq = rest.firstIndex(of: "=") else { break }
            let key = rest[..<eq].trimmingSpaces.lowercased()
            rest = rest[rest.index(after: eq)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if escaped { value.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { break } else { value.append(c) }
                }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = String(rest[..<end].trimmingSpaces)
                rest = rest[end...]
            }
            result[key] = value
        }
        return result
    }

    /// `UTF-8''%E6%8A%A5.md` → `报.md`.
    static func decodeRFC5987(_ value: String) -> String? {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        var bytes: [UInt8] = []
        var it = Array(parts[2].utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v); it = it.dropFirst(2)
            } else { bytes.append(b) }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hasPrefix(_ bytes: [UInt8], at position: Int, _ prefix: [UInt8]) -> Bool {
        guard position + prefix.count <= bytes.count else { return false }
        for i in 0..<prefix.count where bytes[position + i] != prefix[i] { return false }
        return true
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, hasPrefix(bytes, at: i, needle) { return i }
            i += 1
        }
        return nil
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        let s = Substring(self)
        guard let start = s.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return s[s.endIndex...] }
        let end = s.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return Substring(s[start...end])
    }
}
