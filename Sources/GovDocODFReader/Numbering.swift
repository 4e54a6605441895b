/// The counters of one list (a `text:list` and the lists that continue it), or of the outline.
final class ListInstance {
    /// counters[level] for level 1…10; nil until the level is counted (or after a higher level
    /// was counted, which restarts it).
    var counters = [Int?](repeating: nil, count: 11)
    let styleName: String?

    init(styleName: String?) { self.styleName = styleName }

    /// Counts an item at `level`: the item's own start value, else one more than the last item
    /// at that level, else the level's start value. Deeper levels restart.
    func count(level: Int, itemStart: Int?, levelStart: Int) -> Int {
        let value = itemStart ?? counters[level].map { $0 &+ 1 } ?? levelStart
        counters[level] = value
        if level < 10 { for deeper in (level + 1)...10 { counters[deeper] = nil } }
        return value
    }

    func restart(level: Int) {
        for l in level...10 { counters[l] = nil }
    }
}

enum Numbering {
    /// The label LibreOffice prints for an item at `level` (1-based) of `style` after the item
    /// was counted; nil when the level prints nothing.
    static func label(_ style: ListStyle, level: Int, counters: [Int?]) -> String? {
        guard let ls = style.levels[level] else { return nil }
        switch ls.kind {
        case .image: return nil
        case .bullet: return ls.bullet.isEmpty ? nil : ls.bullet
        case .number: break
        }
        func number(_ l: Int) -> String {
            let levelStyle = style.levels[l]
            let value = counters[l] ?? levelStyle?.startValue ?? 1
            return (levelStyle?.format ?? .decimal).format(value)
        }
        let text: String
        if let template = ls.listFormat {
            // `%1%.%2%` → each level's number in its own format
            var out = ""
            var rest = Substring(template)
            while let percent = rest.firstIndex(of: "%") {
                out += rest[..<percent]
                let after = rest[rest.index(after: percent)...]
                if let close = after.firstIndex(of: "%"), let l = Int(after[..<close]), (1...10).contains(l) {
                    out += number(l)
                    rest = after[after.index(after: close)...]
                } else {
                    out += "%"
                    rest = after
                }
            }
            out += rest
            text = out
        } else {
            let first = max(1, level - ls.displayLevels + 1)
            let numbers = (first...level).map(number).filter { !$0.isEmpty }
            text = ls.prefix + numbers.joined(separator: ".") + ls.suffix
        }
        return text.isEmpty ? nil : text
    }

    /// What stands between the label and the text in `text`: a space for `space`; a tab is
    /// layout and is left out.
    static func separator(_ style: ListStyle, level: Int) -> String {
        style.levels[level]?.followedBy == "space" ? " " : ""
    }
}
