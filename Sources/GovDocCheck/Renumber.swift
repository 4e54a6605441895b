import GovDoc
import GovDocSource

/// Rewrites heading numbers in source text: every heading line gets the number its position
/// calls for, in its level's form, with no space after it. Nothing else in the file changes.
public enum Renumber {
    /// The text with numbers replaced, and how many lines changed.
    public static func apply(to text: String, entries: [NumberingCheck.Entry]) -> (text: String, changed: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = 0
        for entry in entries {
            let index = entry.line - 1
            guard lines.indices.contains(index) else { continue }
            var line = lines[index]
            let hasCR = line.hasSuffix("\r")
            if hasCR { line.removeLast() }
            let leading = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            var rest = line.dropFirst(leading.count)
            guard rest.hasPrefix(entry.written) else { continue }
            rest = rest.dropFirst(entry.written.count)
            let trimmed = rest.drop { $0 == " " || $0 == "\u{3000}" }
            let new = String(leading) + entry.expected + trimmed + (hasCR ? "\r" : "")
            if new != lines[index] {
                lines[index] = new
                changed += 1
            }
        }
        return (lines.joined(separator: "\n"), changed)
    }
}
