/// Where a long title breaks (GB/T 9704 §7.3.1): at word boundaries, into a trapezoid or a
/// diamond — lines of about the same length, never a long line over a short stub. Decided once
/// here for every writer; the lines are joined with `\n` (a line break in both formats).
public enum TitleLayout {
    /// The title's lines. A title that already holds `\n` is kept as given; one that fits on a
    /// line stays one line. `characterWidth` measures text in 字 (of the title's size),
    /// `lineWidth` is the text block's width in 字 of that size; `issuers` are the names a
    /// title usually starts with (a break right after one is preferred).
    public static func lines(for title: String, characterWidth: (String) -> Double = { TextWidth.ems(of: $0) },
                             lineWidth: Double, issuers: [String] = []) -> [String] {
        if title.contains("\n") {
            return title.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let chars = Array(title)
        guard chars.count > 1, characterWidth(title) > lineWidth else { return [title] }
        let scores = breakScores(chars, issuers: issuers)
        // positions allowed at all (not inside a Latin word or a number, not before closing
        // or after opening punctuation)
        let allowed = (1..<chars.count).filter { scores[$0] > -.infinity }
        func width(_ from: Int, _ to: Int) -> Double { characterWidth(String(chars[from..<to])) }

        var best: (score: Double, breaks: [Int])? = nil
        let least = max(2, Int((characterWidth(title) / lineWidth).rounded(.up)))
        for count in least...max(least, min(6, chars.count)) {
            // every way of choosing count-1 break positions (titles are short)
            var stack: [(breaks: [Int], start: Int)] = [([], 0)]
            while let (breaks, start) = stack.popLast() {
                if breaks.count == count - 1 {
                    guard width(start, chars.count) <= lineWidth else { continue }
                    let bounds = [0] + breaks + [chars.count]
                    let widths = zip(bounds, bounds.dropFirst()).map { width($0, $1) }
                    let score = shapeScore(widths, lineWidth: lineWidth) + breaks.reduce(0) { $0 + scores[$1] }
                    if best == nil || score > best!.score { best = (score, breaks) }
                    continue
                }
                let linesLeft = Double(count - 1 - breaks.count)
                for b in allowed where b > start && width(start, b) <= lineWidth && width(b, chars.count) <= lineWidth * linesLeft {
                    stack.append((breaks + [b], b))
                }
            }
            if best != nil { break }
        }
        guard let breaks = best?.breaks else { return [title] }
        let bounds = [0] + breaks + [chars.count]
        return zip(bounds, bounds.dropFirst()).map { String(chars[$0..<$1]) }
    }

    /// `lines(…)` joined with line breaks.
    public static func text(for title: String, characterWidth: (String) -> Double = { TextWidth.ems(of: $0) },
                            lineWidth: Double, issuers: [String] = []) -> String {
        lines(for: title, characterWidth: characterWidth, lineWidth: lineWidth, issuers: issuers).joined(separator: "\n")
    }

    /// The kinds of 公文 a title ends with (`…的通知`): `的` + the kind stays with its object.
    static let kinds = ["通知", "通报", "报告", "请示", "批复", "意见", "决定", "决议", "命令", "公告", "通告", "函",
                        "纪要", "方案", "办法", "规定", "细则", "计划", "规划", "要点", "总结", "答复", "复函", "议案"]
    /// Verbs a title's subject usually starts with: a break right after one is a word boundary.
    static let verbs = ["开展", "做好", "加强", "进一步", "印发", "转发", "推进", "实施", "落实", "组织", "建立", "调整",
                        "公布", "表彰", "下达", "成立", "启动", "深入", "全面", "切实", "扎实", "规范", "做好"]

    /// The score of a break before `chars[i]`; `-infinity` where no break may go.
    static func breakScores(_ chars: [Character], issuers: [String]) -> [Double] {
        var scores = Array(repeating: -1.0, count: chars.count + 1)   // an unknown boundary between Han characters
        let text = String(chars)
        func isWordChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-") }
        let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "〉", "”", "’", "」", "』", "〕", "】", ")", ",", ".", ":", ";"]
        let opening: Set<Character> = ["（", "《", "〈", "“", "‘", "「", "『", "〔", "【", "("]
        func hasPrefix(_ word: String, at i: Int) -> Bool {
            let w = Array(word)
            return i + w.count <= chars.count && Array(chars[i..<i + w.count]) == w
        }
        func hasSuffix(_ word: String, before i: Int) -> Bool {
            let w = Array(word)
            return i - w.count >= 0 && Array(chars[i - w.count..<i]) == w
        }
        // inside 《…》 a break is possible but poor
        var depth = 0
        var inBook = Array(repeating: false, count: chars.count + 1)
        for (i, c) in chars.enumerated() {
            inBook[i] = depth > 0
            if c == "《" { depth += 1 } else if c == "》" { depth = max(0, depth - 1) }
        }
        for i in 1..<chars.count {
            let before = chars[i - 1], after = chars[i]
            if isWordChar(before) && isWordChar(after) || closing.contains(after) || opening.contains(before) {
                scores[i] = -.infinity
                continue
            }
            var s = scores[i]
            if inBook[i] { s -= 2 }
            if hasPrefix("关于", at: i) { s += 10 }
            if hasSuffix("关于", before: i) { s -= 6 }
            // after the issuers at the title's start (joint issuers are separated by spaces or 、)
            let lead = text.prefix(i).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "、" }).map(String.init)
            if !lead.isEmpty && lead.allSatisfy({ issuers.contains($0) }) && (after == "关" || before == " " || before == "\u{3000}" || before == "、" || issuers.contains(where: { hasSuffix($0, before: i) })) { s += 10 }
            for kind in kinds where hasPrefix("的" + kind, at: i) && i + 1 + kind.count == chars.count { s -= 8 }
            for kind in kinds where hasPrefix(kind, at: i) && i + kind.count == chars.count { s -= 8 }   // never the kind alone
            if verbs.contains(where: { hasSuffix($0, before: i) }) { s += 6 }
            // not inside a place name: 青山|县
            if "省市县区镇乡村".contains(after) && !before.isASCII && !"、，".contains(before) { s -= 4 }
            if before == "年", i >= 2, chars[i - 2].isNumber { s += 3 }
 if before == " " || before == "\u{3000}" { s += 3 }
            if before == "、" || before == "，" || before == "》" || before == "）" { s += 3 }
            if after == "和" || after == "与" || after == "及" { s += 2 }
            if hasSuffix("的", before: i) { s += 1 }
            if before.isNumber && !after.isASCII && after != "年" && after != "月" && after != "日" && after != "号" { s -= 3 }
            if (after == "年" || after == "月" || after == "日") && before.isNumber { s = -.infinity }
            scores[i] = s
        }
        return scores
    }

    /// Lines of about the same length score best; a last line under half the longest (a stub)
    /// scores very badly, another line that short badly; the longer line first (inverted trapezoid) or last both pass, a line
    /// shorter than both its neighbours (an hourglass) is poor.
    static func shapeScore(_ widths: [Double], lineWidth: Double) -> Double {
        guard let longest = widths.max(), let shortest = widths.min() else { return 0 }
        var score = -1.0 * (longest - shortest)
        if let last = widths.last, last < 0.5 * longest { score -= 20 }
        if widths.dropLast().contains(where: { $0 < 0.5 * longest }) { score -= 12 }
        if widths.count >= 3 {
            for i in 1..<(widths.count - 1) where widths[i] < widths[i - 1] - 0.5 && widths[i] < widths[i + 1] - 0.5 { score -= 6 }
        }
        // fewer lines are better when both shapes are fine
        score -= Double(widths.count - 2) * 4
        return score
    }
}
