import GovDoc
import GovDocMessages
import Yams

extension FrontMatter {
    /// `seal:` as the path of a seal image, or a list of them: each path with the place it is
    /// written. `nil` when the value is `true`/`false` (or something else that is no file name,
    /// which the caller reports as before).
    static func sealImages(_ value: Node, location: (Mark?) -> SourceLocation) throws(SourceError) -> [(path: String, location: SourceLocation)]? {
        func looksLikePath(_ s: String) -> Bool {
            !s.isEmpty && (s.contains("/") || s.contains("."))
        }
        if let scalar = value.scalar {
            if value.bool != nil { return nil }
            let s = scalar.string.trimmingCharacters(in: " \t")
            return looksLikePath(s) ? [(s, location(value.mark))] : nil
        }
        guard let sequence = value.sequence else { return nil }
        var paths: [(path: String, location: SourceLocation)] = []
        for item in sequence {
            guard let s = item.scalar?.string.trimmingCharacters(in: " \t"), looksLikePath(s), item.bool == nil else {
                throw SourceError(location(item.mark ?? value.mark), .imagesSealItemNotPath, ["found": item.scalar?.string ?? "…"])
            }
            paths.append((s, location(item.mark)))
        }
        guard !paths.isEmpty else { throw SourceError(location(value.mark), .imagesSealEmptyList) }
        return paths
    }
}
