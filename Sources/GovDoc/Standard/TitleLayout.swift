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

    /// Words common in titles that a line should not split (a break inside one scores badly):
    /// without a dictionary, these keep the usual ones whole.
    static let words: [String] = """
        排查 整治 安全 工作 建设 管理 发展 生产 防范 隐患 农村 政府 人民 实施 方案 意见 办法 规定 通知 报告
        请示 批复 决定 公开 政务 要点 领导 小组 普查 先进 集体 个人 实事 活动 群众 财政 预算 调整 申请 法治
        情况 春季 秋季 夏季 冬季 农业 农机 检查 防火 森林 应急 预案 地质 灾害 突发 资金 监管 保障 服务 改革
        经济 社会 环境 生态 保护 治理 教育 卫生 医疗 住房 城乡 交通 水利 乡村 振兴 考核 评价 责任 制度 机制
        体系 质量 标准 信息 数据 平台 项目 企业 市场 投资 农民 收入 就业 养老 保险 防汛 抗旱 汛期 自建 房屋
        消防 食品 药品 防控 整改 督查 巡查 执法 行政 审批 许可 登记 统计 年度 季度 全县 全镇 全市 全省 全国
        全面 进一步 加强 做好 开展 推进 落实 印发 转发 表彰 成立 关于 土壤 农业农村 人居 提升 行动 美丽 实践
        专项 重点 重要 有关 相关 规范 促进 推动 支持 加快 深化 优化 完善 创建 防灾 减灾 使用 分配 下达 补助
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

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
            if c == "《" || c == "“" || c == "「" { depth += 1 } else if c == "》" || c == "”" || c == "」" { depth = max(0, depth - 1) }
        }
        // inside a common word
        var inWord = Array(repeating: false, count: chars.count + 1)
        for word in words {
            let w = Array(word)
            var start = 0
            while start + w.count <= chars.count {
                if Array(chars[start..<start + w.count]) == w { for k in start + 1..<start + w.count { inWord[k] = true } }
                start += 1
            }
        }
        for i in 1..<chars.count {
            let before = chars[i - 1], after = chars[i]
            if isWordChar(before) && isWordChar(after) || closing.contains(after) || opening.contains(before) {
                scores[i] = -.infinity
                continue
            }
            var s = scores[i]
            if inBook[i] { s -= 3 }
            if inWord[i] { s -= 5 }
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
