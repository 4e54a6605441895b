import GovDoc
import GovDocMessages

/// Turns a ``Draft`` (what a .docx/.odt reader found) into the document model: the parts of a
/// GB/T 9704 document recognised by their position and form, a role for every paragraph, and a
/// warning for everything that could not be carried over.
///
/// The rules, in the order the document is read:
/// - text: leading and trailing layout spaces (ASCII, tab, full-width, no-break) dropped, tabs
///   inside a line dropped, a manual line break joined (in the title it stays the title's line
///   break), empty paragraphs dropped (role ``DraftRole/empty``);
/// - 份号, 密级, 紧急程度 at the very top: left out, with a warning;
/// - 版头: a red mark (or a large one followed by a 发文字号) at the top, then the 发文字号
///   (`X〔2024〕N号`; `[2024]`, `(2024)`, `【2024】` recognised and kept as written) with an optional
///   `签发人：NAME` on the same or its own line;
/// - 标题: paragraphs in a title style, else the centred paragraph(s) at the top, else a large or
///   bold short paragraph at the top; several paragraphs become one title with line breaks;
/// - 主送机关: a short line ending in `：` right after the title;
/// - from the end: 版记 (`抄送：…。`, `…印发` lines, or a table holding them), attachments bound
///   with the document (a page starting with `附件1`/`附件`, then its title, then its text),
///   附注 (a line in parentheses after the date), the signature (a date in any of the forms
///   clerks type, the issuer on the line above, pushed right or not), and 附件说明 (`附件：1.…`
///   and its continuation lines `2.…`);
/// - the body between: headings by the numbering rules of the source format (run-in headings
///   included), headings without a number from their outline level or Heading style (numbered
///   by position, with a warning), tables, page breaks.
public struct DraftRecognizer: Sendable {
    public var styles: StyleSheet
    public var overrides: DraftOverrides

    public init(styles: StyleSheet, overrides: DraftOverrides = DraftOverrides()) {
        self.styles = styles
        self.overrides = overrides
    }

    /// Recognises a draft; `file` names it in warnings.
    public func recognize(_ draft: Draft, file: String) -> DraftRecognition {
        var state = RecognitionState(draft: draft, styles: styles, overrides: overrides, file: file)
        state.run()
        let readerWarnings = draft.warnings.enumerated().filter { !state.consumedReaderWarnings.contains($0.offset) }.map(\.element)
        // in the draft's order (the file's own warnings first)
        let own = state.warnings.enumerated().sorted { a, b in
            (a.element.location.paragraph ?? 0, a.offset) < (b.element.location.paragraph ?? 0, b.offset)
        }.map(\.element)
        // in govdoc's own title style, the title's line breaks may be the writer's
        let ownTitle = draft.paragraphs.contains { p in
            state.roles[p.index] == .title && (p.styleName == Role.title.styleName || p.styleName == styles.roles[.title]?.displayName)
        }
        let document = ownTitle ? Self.withoutLaidOutTitleBreaks(state.document!) : state.document!
        return DraftRecognition(document: document, roles: state.roles, warnings: readerWarnings + own)
    }

    /// A title in govdoc's own style whose line breaks are the ones govdoc's title layout
    /// (§7.3.1) makes anyway is the title without them: they were the writer's, not the
    /// author's. Either way it prints the same.
    static func withoutLaidOutTitleBreaks(_ document: Document) -> Document {
        guard document.title.contains("\n") else { return document }
        var joined = document
        joined.title = document.title.replacingOccurrences(of: "\n", with: "")
        for item in Flow(joined).items {
            if case let .paragraph(p) = item, p.role == .title {
                return p.text == document.title ? joined : document
            }
        }
        return document
    }
}

/// One paragraph with its cleaned text.
struct DraftLine {
    let paragraph: DraftParagraph
    /// Cleaned, line breaks joined.
    let text: String
    /// Cleaned, line breaks kept.
    let lines: String
    var isEmpty: Bool { text.isEmpty }
    var index: Int { paragraph.index }
}

enum DraftItem {
    case line(DraftLine)
    case table(DraftTable)
    case pageBreak

    var line: DraftLine? { if case let .line(l) = self { return l } else { return nil } }
    var isEmptyLine: Bool { line?.isEmpty ?? false }
}

struct RecognitionState {
    let draft: Draft
    let styles: StyleSheet
    let overrides: DraftOverrides
    let file: String
    var items: [DraftItem] = []
    var roles: [Int: DraftRole] = [:]
    var warnings: [DraftWarning] = []
    var document: Document?
    /// The size most of the text is set in.
    var bodySize: Double = 12
    /// The reader's warnings about what the recogniser carried over after all (a 版记 in a text box).
    var consumedReaderWarnings: [Int] = []

    init(draft: Draft, styles: StyleSheet, overrides: DraftOverrides, file: String) {
        self.draft = draft
        self.styles = styles
        self.overrides = overrides
        self.file = file
        for block in draft.blocks {
            switch block {
            case let .paragraph(p):
                // readers give a break before a paragraph both ways: one break
                if p.pageBreakBefore, !{ if case .pageBreak? = items.last { return true } else { return false } }() {
                    items.append(.pageBreak)
                }
                items.append(.line(DraftLine(paragraph: p, text: DraftText.clean(p.text), lines: DraftText.clean(p.text, keepLineBreaks: true))))
            case var .table(t):
                // cell text is cleaned like a paragraph's, line by line
                for r in t.table.rows.indices {
                    for c in t.table.rows[r].cells.indices {
                        // runs of spaces inside a cell are layout too (a cell is set by its table)
                        let lines = t.table.rows[r].cells[c].lines.map {
                            DraftText.clean($0).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                        }
                        t.table.rows[r].cells[c].lines = lines.isEmpty ? [""] : lines
                    }
                }
                items.append(.table(t))
            case .pageBreak: items.append(.pageBreak)
            }
        }
        var sizes: [Double: Int] = [:]
        for p in draft.paragraphs {
            for run in p.runs { if let s = run.size { sizes[s, default: 0] += run.text.count } }
        }
        bodySize = sizes.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? styles.style(.body).size
    }

    // MARK: helpers

    func location(_ line: DraftLine) -> DraftLocation {
        DraftLocation(file: file, paragraph: line.index, excerpt: line.text.isEmpty ? nil : line.text)
    }

    mutating func warn(_ line: DraftLine?, _ template: MessageTemplate, _ arguments: [String: String] = [:]) {
        let location = line.map(location) ?? DraftLocation(file: file)
        warnings.append(DraftWarning(location, Message(template, arguments)))
    }

    mutating func role(_ line: DraftLine, _ role: DraftRole) { roles[line.index] = role }

    /// The first index ≥ `i` that is not an empty paragraph (empties get their role); page
    /// breaks are skipped too when `breaks` is true.
    mutating func skipEmpty(_ i: Int, breaks: Bool = false, limit: Int? = nil) -> Int {
        var i = i
        let end = limit ?? items.count
        while i < end {
            if let l = items[i].line, l.isEmpty { roles[l.index] = .empty; i += 1; continue }
            if breaks, case .pageBreak = items[i] { i += 1; continue }
            break
        }
        return i
    }

    /// The last index < `end` (and ≥ `start`) holding something other than an empty paragraph or a page break.
    func previousContent(before end: Int, from start: Int) -> Int? {
        var j = end - 1
        while j >= start {
            switch items[j] {
            case let .line(l) where l.isEmpty: j -= 1
            case .pageBreak: j -= 1
            default: return j
            }
        }
        return nil
    }

    /// The role a paragraph's style names: govdoc's own styles (id or display name), Word's and
    /// LibreOffice's built-in title and heading styles.
    func styleRole(_ p: DraftParagraph) -> Role? {
        guard let name = p.styleName else { return nil }
        for role in Role.allCases where name == role.styleName || name == styles.roles[role]?.displayName {
            return role
        }
        let lower = name.lowercased()
        if lower == "title" || name == "标题" { return .title }
        for level in 1...4 where lower == "heading \(level)" || lower == "heading\(level)" || name == "标题 \(level)" || name == "标题\(level)" {
            return .heading(level)
        }
        return nil
    }

    /// The letterhead in a page header warning: a mark line and a 发文字号 line, nothing else.
    mutating func letterheadFromHeader() -> (mark: String, number: String)? {
        for (n, w) in draft.warnings.enumerated() {
            let lines: [String]
            switch w.message.id {
            case "reader.header-text":
                guard let content = w.message.arguments["content"] else { continue }
                lines = content.split(separator: "\n").map { DraftText.clean(String($0)) }.filter { !$0.isEmpty }
            case "reader.odf.header-text":
                // the text comes joined by spaces, shortened when long
                guard let text = w.message.arguments["text"], !text.hasSuffix("…") else { continue }
                lines = text.split(separator: " ").map { DraftText.clean(String($0)) }.filter { !$0.isEmpty }
            default: continue
            }
            // a running header with a name alone is no letterhead: the number makes it one
            guard lines.count == 2, DraftText.documentNumber(lines[0]) == nil, lines[0].count <= 30,
                  let number = DraftText.documentNumber(lines[1])?.number else { continue }
            consumedReaderWarnings.append(n)
            return (lines[0], number)
        }
        return nil
    }

    /// A paragraph in govdoc's 发文字号 style: its text is the number, whatever its form
    /// (`NUMBER\t签发人：NAME` with a signer).
    func ownNumber(_ l: DraftLine) -> (number: String, signer: String?)? {
        guard styleRole(l.paragraph) == .documentNumber else { return nil }
        let raw = l.paragraph.text
        if let r = raw.range(of: "\t签发人：") {
            let signer = DraftText.clean(String(raw[r.upperBound...]))
            let number = DraftText.clean(String(raw[..<r.lowerBound]))
            return (number, signer.isEmpty ? nil : signer)
        }
        return (l.text, nil)
    }

    func maxSize(_ p: DraftParagraph) -> Double { p.runs.compactMap(\.size).max() ?? 0 }
    func isRed(_ p: DraftParagraph) -> Bool {
        p.runs.contains { DraftText.isRed($0.color) && !$0.text.allSatisfy(\.isWhitespace) }
    }
    func isBold(_ p: DraftParagraph) -> Bool {
        let visible = p.runs.filter { !$0.text.allSatisfy(\.isWhitespace) }
        return !visible.isEmpty && visible.allSatisfy(\.bold)
    }

    // MARK: the whole

    mutating func run() {
        var i = skipEmpty(0, breaks: true)

        // 份号, 密级和保密期限, 紧急程度 at the very top
        while i < items.count, let l = items[i].line {
            let template: MessageTemplate
            if DraftText.isCopyNumber(l.text) { template = .draftCopyNumberDropped }
            else if DraftText.isClassification(l.text) { template = .draftClassificationDropped }
            else if DraftText.isUrgency(l.text) { template = .draftUrgencyDropped }
            else { break }
            role(l, .body)
            warn(l, template, ["text": l.text])
            i = skipEmpty(i + 1)
        }

        // 版头
        var markLines: [String] = []
        var number: String? = nil
        var signer: String? = nil
        var numberLine: DraftLine? = nil
        func isMark(_ l: DraftLine, at index: Int, state: inout RecognitionState) -> Bool {
            if l.isEmpty { return false }
            if state.styleRole(l.paragraph) == .issuerMark { return true }
            if DraftText.documentNumber(l.text) != nil { return false }
            if state.isRed(l.paragraph) && l.text.count <= 40 { return true }
            if state.maxSize(l.paragraph) >= 26, l.text.count <= 30 {
                // a large mark is a 版头 only with a 发文字号 under it
                var j = index + 1, seen = 0
                while j < state.items.count, seen < 3 {
                    if let n = state.items[j].line, !n.isEmpty {
                        if DraftText.documentNumber(n.text) != nil { return true }
                        seen += 1
                    }
                    j += 1
                }
            }
            return false
        }
        while i < items.count, let l = items[i].line, isMark(l, at: i, state: &self) {
            markLines.append(l.text)
            role(l, .issuerMark)
            i = skipEmpty(i + 1)
        }
        // 发文字号 and 签发人, in either order
        for _ in 0..<2 {
            guard i < items.count, let l = items[i].line else { break }
            if number == nil, let found = DraftText.documentNumber(l.text) ?? ownNumber(l) {
                number = found.number
                if found.signer != nil { signer = found.signer }
                numberLine = l
                role(l, .documentNumber)
                i = skipEmpty(i + 1)
            } else if signer == nil, l.text.hasPrefix("签发人") {
                signer = DraftText.clean(String(l.text.dropFirst(3).drop(while: { $0 == "：" || $0 == ":" })))
                role(l, .documentNumber)
                i = skipEmpty(i + 1)
            } else {
                break
            }
        }
        if signer?.isEmpty == true { signer = nil }
        if number?.isEmpty == true { number = nil }
        // 信函格式: the mark and the 发文字号 stand in page 1's own header, which the readers
        // report with its text
        var letterhead = false
        if markLines.isEmpty, number == nil, let found = letterheadFromHeader() {
            markLines = [found.mark]
            number = found.number
            letterhead = true
        }
        if markLines.isEmpty, let number, overrides.header == nil {
            warn(numberLine, .draftNumberWithoutMark, ["number": number])
        }
        i = skipEmpty(i, breaks: true)

        // 标题
        var titleLines: [String] = []
        if i < items.count, let first = items[i].line {
            let styled = styleRole(first.paragraph) == .title
            let centred = first.paragraph.alignment == .center
            let looksLikeBody = HeadingSyntax.numbering(of: first.text) != nil || first.text.hasSuffix("：") || first.text.hasSuffix(":")
            let prominent = (maxSize(first.paragraph) > bodySize + 0.5 || isBold(first.paragraph))
                && first.text.count <= 60 && !first.text.hasSuffix("。")
            if styled || (!looksLikeBody && (centred || prominent)) {
                var j = i
                while j < items.count, let l = items[j].line, !l.isEmpty {
                    if j > i {
                        let sameKind = styled ? styleRole(l.paragraph) == .title
                            : (l.paragraph.alignment == .center && first.paragraph.alignment == .center)
                        guard sameKind, HeadingSyntax.numbering(of: l.text) == nil, !l.text.hasSuffix("：") else { break }
                    }
                    titleLines.append(l.lines)
                    role(l, .title)
                    j += 1
                }
                i = skipEmpty(j)
            }
        }
        var title = titleLines.joined(separator: "\n")
        if title.isEmpty, overrides.title == nil {
            if let p = draft.propertiesTitle.map({ DraftText.clean($0) }), !p.isEmpty {
                title = p
                warn(nil, .draftTitleFromProperties, ["title": p])
            } else if items.contains(where: { if case .line(let l) = $0 { return !l.isEmpty } else { if case .table = $0 { return true }; return false } }) {
                warn(nil, .draftTitleMissing)
            }
        }

        // 主送机关
        var recipient: String? = nil
        if i < items.count, let l = items[i].line, isRecipient(l) {
            recipient = l.text
            role(l, .recipient)
            i = skipEmpty(i + 1)
        }
        let bodyStart = i

        // 版记, from the end
        var end = items.count
        var copyTo: [String] = []
        var printer: String? = nil
        var printed: CalendarDate? = nil
        while let j = previousContent(before: end, from: bodyStart) {
            var handled = false
            switch items[j] {
            case let .line(l):
                if let parsed = imprintLine(l.text, inBox: false) {
                    handled = true
                    role(l, .imprint)
                    apply(parsed, &copyTo, &printer, &printed)
                }
            case let .table(t):
                let lines = t.table.rows.map { row in row.cells.map { DraftText.clean($0.lines.joined()) }.filter { !$0.isEmpty }.joined(separator: "  ") }
                // a table read from a frame anchored in the paragraph before it (ODF)
                let inBox: Bool = {
                    guard j > 0, let anchor = items[j - 1].line else { return false }
                    return draft.warnings.contains { $0.message.id == "reader.odf.text-box" && $0.location.paragraph == anchor.index }
                }()
                let parsed = lines.compactMap { imprintLine($0, inBox: inBox) }
                if !parsed.isEmpty, parsed.count == lines.filter({ !$0.isEmpty }).count {
                    handled = true
                    for p in parsed { apply(p, &copyTo, &printer, &printed) }
                }
            case .pageBreak: break
            }
            guard handled else { break }
            end = j
        }
        // a 版记 in a text box (govdoc writes it so): an OOXML reader reports the box with its
        // text; an ODF reader reads the box's table after its anchor paragraph
        var consumedWarnings: [Int] = []
        if copyTo.isEmpty, printer == nil, printed == nil {
            for (n, w) in draft.warnings.enumerated() where w.message.id == "reader.text-box" {
                guard let content = w.message.arguments["content"] else { continue }
                let lines = content.split(separator: "\n").map { DraftText.clean(String($0)) }.filter { !$0.isEmpty }
                let parsed = lines.compactMap { imprintLine($0, inBox: true) }
                // govdoc's own box is anchored in a paragraph of its 版记 style
                let anchoredInImprint = w.location.paragraph.flatMap { index in draft.paragraphs.first { $0.index == index } }
                    .map { styleRole($0) == .imprint } ?? false
                guard !lines.isEmpty, parsed.count == lines.count,
                      anchoredInImprint || lines.contains(where: { imprintLine($0, inBox: false) != nil }) else { continue }
                for p in parsed { apply(p, &copyTo, &printer, &printed) }
                consumedWarnings.append(n)
                if let index = w.location.paragraph, let k = items.firstIndex(where: { $0.line?.index == index }), k < end,
                   items[k].line?.isEmpty == true, previousContent(before: items.count, from: k + 1) == nil {
                    end = max(k, bodyStart)
                }
            }
        } else {
            // the anchor of the box the 版记 came from
            for (n, w) in draft.warnings.enumerated() where w.message.id == "reader.odf.text-box" {
                if let index = w.location.paragraph, let k = items.firstIndex(where: { $0.line?.index == index }), k <= end,
                   items[k].line?.isEmpty == true, previousContent(before: end, from: k + 1) == nil {
                    consumedWarnings.append(n)
                }
            }
        }
        self.consumedReaderWarnings += consumedWarnings
        // empties and breaks between the text and the 版记
        for k in end..<items.count { if let l = items[k].line, l.isEmpty { role(l, .empty) } }

        // attachments bound with the document: pages starting with a 附件 label
        var attachmentStart = end
        var pages: [(number: Int, label: DraftLine, title: DraftLine?, items: Range<Int>)] = []
        var k = bodyStart
        var starts: [Int] = []
        while k < end {
            if let l = items[k].line, !l.isEmpty, l.text.count <= 8, DraftText.attachmentLabel(l.text) != nil {
                let before = previousItem(before: k, from: bodyStart)
                let afterBreak: Bool = { if let b = before, case .pageBreak = items[b] { return true } else { return false } }()
                let afterSignature = starts.isEmpty && previousContent(before: k, from: bodyStart).flatMap { items[$0].line }.map {
                    DraftText.date($0.text) != nil || DraftText.isParenthesised($0.text)
                } ?? false
                if afterBreak || afterSignature || !starts.isEmpty { starts.append(k) }
            }
            k += 1
        }
        if let first = starts.first {
            attachmentStart = first
            for (n, s) in starts.enumerated() {
                var stop = n + 1 < starts.count ? starts[n + 1] : end
                // the break before the next attachment's page is that page's, not this text's
                if n + 1 < starts.count { stop = trimmingOneBreak(before: stop, from: s + 1) }
                let label = items[s].line!
                role(label, .attachmentLabel)
                var t = skipEmpty(s + 1, limit: stop)
                var titleLine: DraftLine? = nil
                if t < stop, let l = items[t].line, styleRole(l.paragraph) == .title || (styleRole(l.paragraph) == nil && HeadingSyntax.numbering(of: l.text) == nil) {
                    titleLine = l
                    role(l, .attachmentTitle)
                    t += 1
                }
                pages.append((DraftText.attachmentLabel(label.text) ?? n + 1, label, titleLine, t..<stop))
            }
        }

        // the end of the main text: 附注, signature, 附件说明
        var mainEnd = starts.isEmpty ? attachmentStart : trimmingOneBreak(before: attachmentStart, from: bodyStart)
        while mainEnd > bodyStart, let l = items[mainEnd - 1].line, l.isEmpty { role(l, .empty); mainEnd -= 1 }
        var note: String? = nil
        var date: CalendarDate? = nil
        var issuer: String? = nil
        var dateLine: DraftLine? = nil
        var issuerLine: DraftLine? = nil
        var signatureStart = mainEnd
        if var last = previousContent(before: mainEnd, from: bodyStart), let l = items[last].line {
            var candidate: DraftLine? = l
            let before = previousContent(before: last, from: bodyStart)
            let lineBefore = before.flatMap { items[$0].line }
            let afterSignature = lineBefore.map {
                DraftText.date($0.text) != nil || DraftText.trailingDate($0.paragraph.text) != nil || styleRole($0.paragraph) == .signature
            } ?? false
            if styleRole(l.paragraph) == .note || (DraftText.isParenthesised(l.text) && afterSignature) {
                note = l.text
                role(l, .note)
                signatureStart = last
                candidate = lineBefore
                if let before { last = before }
            }
            if let candidate, let d = DraftText.date(candidate.text) {
                date = d
                dateLine = candidate
                signatureStart = last
                if let before = previousContent(before: last, from: bodyStart), let b = items[before].line, isIssuer(b) {
                    issuer = b.text
                    issuerLine = b
                    signatureStart = before
                }
            } else if let candidate, let split = DraftText.trailingDate(candidate.paragraph.text), isIssuerText(split.head) {
                date = split.date
                issuer = split.head
                dateLine = candidate
                issuerLine = candidate
                signatureStart = last
            } else if let candidate, note == nil || styleRole(candidate.paragraph) == .signature, isIssuer(candidate), isPushedRight(candidate) {
                issuer = candidate.text
                issuerLine = candidate
                signatureStart = last
            }
        }
        if let dateLine, let date {
            let written = dateLine == issuerLine ? DraftText.trailingDate(dateLine.paragraph.text)!.written : dateLine.text
            if written.filter({ $0 != " " }) != date.chinese {
                warn(dateLine, .draftDateNormalized, ["written": DraftText.clean(written), "date": date.chinese])
            }
        }
        if date != nil, issuer == nil, overrides.issuer == nil {
            // a date alone stays where it is, as text
            warn(dateLine, .draftDateWithoutIssuer, ["date": dateLine!.text])
            date = nil
            signatureStart = dateLine.flatMap { d in items.firstIndex { $0.line?.index == d.index } }.map { $0 + 1 } ?? signatureStart
            dateLine = nil
        }
        if let issuerLine { role(issuerLine, .signatureIssuer) }
        if let dateLine { role(dateLine, issuerLine == dateLine ? .signatureIssuer : .signatureDate) }

        // 附件说明 right above the signature
        var listed: [String] = []
        var bodyEnd = min(signatureStart, mainEnd)
        do {
            var collected: [(DraftLine, String?)] = []
            var j = previousContent(before: bodyEnd, from: bodyStart)
            var opened: Int? = nil
            while let jj = j, let l = items[jj].line {
                if l.text == "附件：" || l.text == "附件:" {
                    collected.insert((l, nil), at: 0)
                    opened = jj
                    break
                }
                if let r = styleRole(l.paragraph), r != .attachmentNote { break }
                if styleRole(l.paragraph) == .attachmentNote {
                    // govdoc's own lines: `附件：` and `N. ` before each name
                    var rest = Substring(l.text)
                    let opens = rest.hasPrefix("附件：")
                    if opens { rest = rest.dropFirst(3) }
                    if let dot = rest.firstIndex(of: "."), rest[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }), !rest[..<dot].isEmpty,
                       rest[rest.index(after: dot)...].first == " " {
                        rest = rest[rest.index(dot, offsetBy: 2)...]
                    }
                    collected.insert((l, String(rest)), at: 0)
                    if opens { opened = jj; break }
                    j = previousContent(before: jj, from: bodyStart)
                    continue
                }
                guard let parsed = DraftText.attachmentNoteLine(l.text, keepPunctuation: styleRole(l.paragraph) == .attachmentNote) else { break }
                collected.insert((l, parsed.title), at: 0)
                if parsed.opensNote { opened = jj; break }
                j = previousContent(before: jj, from: bodyStart)
            }
            if let opened {
                for (l, title) in collected {
                    role(l, .attachmentNote)
                    if let title { listed.append(title) }
                }
                // govdoc numbers the names only when there are several: one name is all text
                if collected.count == 1, let only = collected.first?.0, styleRole(only.paragraph) == .attachmentNote {
                    listed = [DraftText.clean(String(only.text.dropFirst(3)))]
                }
                bodyEnd = opened
            }
        }

        // the body
        let blocks = convert(bodyStart..<max(bodyStart, bodyEnd))

        // attachments
        var attachments = listed.map { Attachment(title: $0) }
        for page in pages {
            let pageTitle = page.title?.text ?? ""
            if page.title == nil { warn(page.label, .draftAttachmentNoTitle, ["number": "\(page.number)"]) }
            let content = convert(page.items)
            let index = page.number - 1
            if index < attachments.count {
                if !pageTitle.isEmpty, pageTitle != attachments[index].title {
                    warn(page.title ?? page.label, .draftAttachmentTitleMismatch,
                         ["number": "\(page.number)", "page": pageTitle, "listed": attachments[index].title])
                }
                attachments[index].blocks = content
            } else {
                while attachments.count < index { attachments.append(Attachment(title: "")) }
                warn(page.label, .draftAttachmentUnlisted, ["number": "\(page.number)", "title": pageTitle])
                attachments.append(Attachment(title: pageTitle, blocks: content))
            }
        }
        if let over = overrides.attachments {
            attachments = over.enumerated().map { n, title in
                Attachment(title: title, blocks: n < attachments.count ? attachments[n].blocks : nil)
            }
        }

        // everything not yet given a role
        for item in items { if let l = item.line, roles[l.index] == nil { roles[l.index] = l.isEmpty ? .empty : .body } }
        if !items.contains(where: { if case .line(let l) = $0 { return !l.isEmpty } else if case .table = $0 { return true } else { return false } }) {
            warn(nil, .draftEmpty)
        }

        // the model
        let finalIssuer = overrides.issuer ?? issuer
        let finalDate = overrides.date ?? date
        var sealed = false
        if let finalIssuer, let issuerLine, issuerLine != dateLine {
            sealed = looksSealed(issuer: finalIssuer, issuerLine: issuerLine, date: finalDate, dateLine: dateLine)
        }
        if let seal = overrides.seal { sealed = seal }
        var signature = finalIssuer.map { SignatureBlock(issuer: $0, date: finalDate, sealed: sealed) }
        let finalNumber = overrides.number ?? number
        var header = overrides.header ?? (markLines.isEmpty ? nil : markLines.joined(separator: "\n"))
        var kind = overrides.kind ?? (letterhead ? .letter : header != nil ? .notice : .report)
        if kind == .notice, header == nil {
            warn(nil, .draftNoticeWithoutHeader)
            kind = .report
        }
        if kind == .letter, header == nil { header = finalIssuer }
        if kind == .order {
            // §7.3.5.3: the signer's title and name (the signature seal's place), as a source's
            if signature == nil && (overrides.signer != nil || overrides.signerTitle != nil) {
                signature = SignatureBlock(issuer: "", date: finalDate)
            }
            signature?.signerTitle = overrides.signerTitle
            signature?.signerName = overrides.signer ?? signer
        }
        var document = Document(kind: kind, metadata: Metadata(issuer: finalIssuer, date: finalDate, number: finalNumber),
                                title: overrides.title ?? title, blocks: blocks, signature: signature,
                                styles: styles, firstPageNumber: overrides.firstPage ?? 1)
        if let header {
            document.masthead = Masthead(issuerMark: header + (overrides.headerSuffix ?? ""), number: finalNumber,
                                         signer: kind == .order ? nil : overrides.signer ?? signer)
        }
        let marks = ClassificationMarks(copyNumber: overrides.copy, classification: overrides.classification, urgency: overrides.urgency)
        document.classificationMarks = marks.isEmpty ? nil : marks
        let attendance = Attendance(attendees: overrides.attendees ?? [], absent: overrides.absent ?? [], observers: overrides.observers ?? [])
        document.attendance = attendance.isEmpty ? nil : attendance
        document.recipient = overrides.to ?? recipient
        document.attachments = attachments
        document.note = overrides.note ?? note
        let imprint = Imprint(copyTo: overrides.cc ?? copyTo, printer: overrides.printer ?? printer,
                              printedDate: overrides.printed ?? printed)
        document.imprint = imprint.isEmpty ? nil : imprint
        self.document = document
    }

    /// `end` less the empty paragraphs before it and one page break (a new page's own).
    mutating func trimmingOneBreak(before end: Int, from start: Int) -> Int {
        var stop = end
        while stop > start, let l = items[stop - 1].line, l.isEmpty { role(l, .empty); stop -= 1 }
        if stop > start, case .pageBreak = items[stop - 1] { stop -= 1 }
        return stop
    }

    /// The last index < `end` that is not an empty paragraph.
    func previousItem(before end: Int, from start: Int) -> Int? {
        var j = end - 1
        while j >= start {
            if let l = items[j].line, l.isEmpty { j -= 1; continue }
            return j
        }
        return nil
    }

    // MARK: parts

    func isRecipient(_ l: DraftLine) -> Bool {
        if let r = styleRole(l.paragraph) { return r == .recipient }
        let t = l.text
        guard t.hasSuffix("：") || t.hasSuffix(":"), t.count >= 3, t.count <= 100 else { return false }
        guard HeadingSyntax.numbering(of: t) == nil, !t.hasPrefix("附件") else { return false }
        if t.contains(where: { "。！？；".contains($0) }) { return false }
        for phrase in ["如下", "下列", "以下", "如次"] where t.contains(phrase) { return false }
        return true
    }

    func isIssuerText(_ t: String) -> Bool {
        guard !t.isEmpty, t.count <= 40 else { return false }
        if t.contains(where: { "。！？；：，,;:!?".contains($0) }) { return false }
        if HeadingSyntax.numbering(of: t) != nil || DraftText.date(t) != nil { return false }
        if t.hasPrefix("附件") || DraftText.isParenthesised(t) { return false }
        return true
    }

    func isIssuer(_ l: DraftLine) -> Bool {
        if styleRole(l.paragraph) == .signature { return true }
        return isIssuerText(l.text)
    }

    /// Right-aligned, right-indented far, or pushed right with spaces.
    func isPushedRight(_ l: DraftLine) -> Bool {
        let p = l.paragraph
        if styleRole(p) == .signature { return true }
        if p.alignment == .right { return true }
        if DraftText.leadingSpaceWidth(p.text) >= 8 { return true }
        if let left = p.leftIndent, left >= 8 * bodySize { return true }
        return false
    }

    /// The signature was laid out for a seal (§7.3.5.1) when its indents match that layout
    /// better than the one without a seal (§7.3.5.2).
    func looksSealed(issuer: String, issuerLine: DraftLine, date: CalendarDate?, dateLine: DraftLine?) -> Bool {
        guard let issuerIndent = issuerLine.paragraph.rightIndent else { return false }
        let dateIndent = dateLine?.paragraph.rightIndent ?? 0
        if (dateLine == nil) != (date == nil) { return false }
        let character = styles.style(.body).size
        let sealed = SignatureLayout(SignatureBlock(issuer: issuer, date: date, sealed: true), character: character,
                                     autospace: styles.autospace(.signature))
        let plain = SignatureLayout(SignatureBlock(issuer: issuer, date: date, sealed: false), character: character,
                                    autospace: styles.autospace(.signature))
        func distance(_ l: SignatureLayout) -> Double {
            // a date placed by its start (2 字 right of the issuer's) has a left indent, not a right one
            let dateDistance = l.dateStartsAfterIssuer ? 0 : abs((l.dateRightIndent ?? 0) - dateIndent)
            return dateDistance + abs(l.issuerRightIndent - issuerIndent)
        }
        return distance(sealed) < distance(plain) && distance(sealed) < 2
    }

    enum ImprintPart { case copyTo([String]), printed(printer: String?, date: CalendarDate?) }

    /// A 版记 line; `inBox`: the line stands in the box govdoc draws the 版记 in, where a line
    /// other than 抄送 is the 印发机关 (with or without its date).
    func imprintLine(_ text: String, inBox: Bool) -> ImprintPart? {
        let t = DraftText.clean(text)
        if inBox, !(t.hasPrefix("抄送：") || t.hasPrefix("抄送:")), !t.hasSuffix("印发") {
            return t.isEmpty ? nil : .printed(printer: t, date: nil)
        }
        if t.hasPrefix("抄送：") || t.hasPrefix("抄送:") {
            var rest = String(t.dropFirst(3))
            if let last = rest.last, "。.".contains(last) { rest.removeLast() }
            // names are separated by full-width commas (§7.4.2); a half-width one stays in its name
            let names = rest.split(whereSeparator: { $0 == "，" }).map { DraftText.clean(String($0)) }.filter { !$0.isEmpty }
            return .copyTo(names)
        }
        guard t.hasSuffix("印发") else { return nil }
        let chars = Array(t.dropLast(2).filter { $0 != " " && $0 != "\u{3000}" })
        for start in 0..<chars.count {
            if let (date, stop) = WrittenDate.date(in: chars, from: start), stop == chars.count {
                let printerChars = String(chars[..<start])
                // the printer as written, spaces between it and the date dropped
                let raw = String(t.dropLast(2))
                let printerText: String? = printerChars.isEmpty ? nil : DraftText.clean(firstPart(of: raw, characters: printerChars.count))
                return .printed(printer: printerText, date: date)
            }
        }
        let printerOnly = DraftText.clean(String(t.dropLast(2)))
        return printerOnly.isEmpty ? nil : .printed(printer: printerOnly, date: nil)
    }

    /// The prefix of `raw` holding its first `n` non-space characters.
    func firstPart(of raw: String, characters n: Int) -> String {
        var count = 0
        var out = ""
        for c in raw {
            if count == n { break }
            out.append(c)
            if c != " " && c != "\u{3000}" { count += 1 }
        }
        return out
    }

    func apply(_ part: ImprintPart, _ copyTo: inout [String], _ printer: inout String?, _ printed: inout CalendarDate?) {
        switch part {
        case let .copyTo(names): copyTo = names + copyTo
        case let .printed(p, d):
            if printer == nil { printer = p }
            if printed == nil { printed = d }
        }
    }

    // MARK: body

    /// Paragraphs, tables and page breaks → blocks, headings recognised and numbered.
    mutating func convert(_ range: Range<Int>) -> [Block] {
        var blocks: [Block] = []
        var unnumbered: [(block: Int, line: DraftLine, level: Int)] = []
        for k in range {
            switch items[k] {
            case .pageBreak:
                // a landscape table's section ends with it
                if case let .table(t)? = blocks.last, t.landscape { continue }
                blocks.append(.pageBreak)
            case let .table(t):
                if t.table.landscape, case .pageBreak? = blocks.last { blocks.removeLast() }
                blocks.append(.table(t.table))
            case let .line(l):
                if l.isEmpty { role(l, .empty); continue }
                // govdoc's own body style says "body text" as a source line's leading `\` does
                if !isBodyStyled(l.paragraph), let heading = HeadingSyntax.parse(l.text) {
                    blocks.append(.heading(heading))
                    role(l, .heading(heading.level))
                    continue
                }
                var level = l.paragraph.outlineLevel ?? styleRole(l.paragraph)?.headingLevel
                if let outline = level, !isBodyStyled(l.paragraph) {
                    if outline > 4 {
                        warn(l, .draftHeadingDeep, ["level": "\(outline)"])
                        level = 4
                    }
                    unnumbered.append((blocks.count, l, outline))
                    blocks.append(.heading(Heading(level: min(max(level!, 1), 4), number: "", text: l.text)))
                    continue
                }
                blocks.append(.paragraph(Paragraph(l.text)))
                role(l, .body)
            }
        }
        guard !unnumbered.isEmpty else { return blocks }
        blocks = HeadingSyntax.numbered(blocks)
        for entry in unnumbered {
            guard case let .heading(h) = blocks[entry.block] else { continue }
            // the number may make it a run-in heading, as it would be in source text
            guard let parsed = HeadingSyntax.parse(h.text + (h.runInText ?? "")) else {
                // `1.` before a text starting with digits reads as a number (`1.5亿元`): body text
                blocks[entry.block] = .paragraph(Paragraph(entry.line.text))
                role(entry.line, .body)
                continue
            }
            blocks[entry.block] = .heading(parsed)
            role(entry.line, .heading(parsed.level))
            warn(entry.line, .draftHeadingNumbered, ["level": "\(entry.level)", "number": parsed.number])
        }
        return blocks
    }

    /// govdoc's own body style (`GovBody`, its display name) never makes a heading, whatever
    /// number or outline level it carries: it is what govdoc writes for an escaped line.
    func isBodyStyled(_ p: DraftParagraph) -> Bool {
        guard let name = p.styleName else { return false }
        if name == Role.body.styleName || name == styles.roles[.body]?.displayName { return true }
        return styleRole(p) == .title
    }
}

extension DraftLine: Equatable {
    static func == (a: DraftLine, b: DraftLine) -> Bool { a.index == b.index }
}
