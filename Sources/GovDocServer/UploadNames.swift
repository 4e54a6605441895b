import GovDocMessages

/// The names of the files a request uploads (multipart `filename`s), checked before anything
/// looks at them: they are keys of the request's ``UploadedFiles``, never paths on a disk, but a
/// name a disk could not hold (a file used as a folder, `..`, a NUL, a backslash, 300 levels
/// deep) is refused with the name, so that the CLI and the server accept the same names.
enum UploadNames {
    struct Refusal: Error {
        var message: Message
    }

    /// Longest name, in UTF-8 bytes, and the most folders in one.
    static let maxBytes = 255
    static let maxDepth = 8

    /// The uploads as a name → bytes map, or the first refused name.
    static func parts(_ uploads: [(String, [UInt8])]) throws(Refusal) -> [String: [UInt8]] {
        var parts: [String: [UInt8]] = [:]
        for (name, bytes) in uploads {
            if let reason = problem(name) {
                throw Refusal(message: Message(.filesBadPartName, ["name": shown(name)], parts: ["reason": reason]))
            }
            if parts[name] != nil { throw Refusal(message: Message(.filesDuplicatePart, ["name": shown(name)])) }
            parts[name] = bytes
        }
        // a name used as a file and as a folder (`a` and `a/b.png`)
        for name in parts.keys {
            let segments = name.split(separator: "/")
            for count in 1..<max(1, segments.count) {
                let folder = segments.prefix(count).joined(separator: "/")
                if parts[folder] != nil {
                    throw Refusal(message: Message(.filesPartIsFolder, ["name": shown(name), "other": shown(folder)]))
                }
            }
        }
        return parts
    }

    /// Why `name` cannot be a file's relative name, or nil.
    static func problem(_ name: String) -> Message? {
        if name.utf8.count > maxBytes { return Message(.filesNameTooLong, ["limit": String(maxBytes)]) }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) {
            return Message(.filesNameCharacter)
        }
        let segments = name.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return Message(.filesNameNotRelative) }
        if segments.count > maxDepth + 1 { return Message(.filesNameTooDeep, ["limit": String(maxDepth)]) }
        return nil
    }

    /// The name as an answer shows it: control characters as `\u{…}`, at most 80 characters.
    static func shown(_ name: String) -> String {
        var text = ""
        for scalar in name.unicodeScalars {
            text += scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
