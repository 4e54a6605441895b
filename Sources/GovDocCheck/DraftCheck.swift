import GovDoc
import GovDocDraft
import GovDocMessages
import GovDocSource

/// `govdoc check` on a .docx/.odt draft: every deviation from GB/T 9704 that can be read from the
/// file itself — paper and margins, lines per page and characters per line, the font family and
/// size of each recognised element, the page number, the forms of dates, 发文字号 and 附件说明,
/// heading numbering (the source check's ``NumberingCheck``) and half-width punctuation in
/// Chinese text.
///
/// A finding about a paragraph has the paragraph's 1-based index as `line`, 0 as `column` and its
/// first characters as `excerpt`; a finding about the whole file has `line` 0. Each finding's
/// `code` is its message's id (`check.draft.*`, or the numbering codes of the source check).
public enum DraftCheck {
    /// The findings in the order of the file: file-wide ones first, then by paragraph. What the
    /// standard asks (paper, margins, grid, each element's font and size, the page number's) is
    /// read from `styles`, by default the style sheet the draft was recognised with.
    public static func findings(draft: Draft, recognition: DraftRecognition, file: String, styles: StyleSheet? = nil) -> [Finding] {
        var check = Run(draft: draft, roles: recognition.roles, file: file, styles: styles ?? recognition.document.styles)
        check.page()
        check.grid()
        check.fonts()
        check.colours()
        check.titleAlignment()
        check.pageNumber()
        check.dates()
        check.documentNumber()
        check.attachmentNote()
        check.numbering()
        check.punctuation()
        // stable sort by paragraph: file-wide findings (line 0) first
        return check.findings.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }

    // MARK: what the standard asks, with the names offices use

    /// A font family as the standard names it, with the names found in files for it.
    public enum Family: String, Sendable, CaseIterable {
        case xiaobiaosong, fangsong, heiti, kaiti, song

        /// Accepted names, compared after ``normalize(_:)``.
        public var names: Set<String> {
            switch self {
            case .xiaobiaosong:
                return ["方正小标宋简体", "方正小标宋_gbk", "方正小标宋", "小标宋", "小标宋体", "方正小标宋_gb2312",
                        "fzxiaobiaosong-b05s", "fzxiaobiaosong-b05", "fzxbsjw--gb1-0", "fzxbsk--gbk1-0"]
            case .fangsong:
                return ["仿宋", "仿宋_gb2312", "仿宋gb2312", "仿宋体", "fangsong", "fangsong_gb2312", "stfangsong",
                        "华文仿宋", "方正仿宋简体", "方正仿宋_gbk", "方正仿宋_gb2312", "fzfangsong-z02s", "fzfangsong-z02"]
            case .heiti:
                return ["黑体", "simhei", "方正黑体简体", "方正黑体_gbk", "方正黑体_gb2312", "fzheiti", "fzhei-b01s",
                        "stheiti", "华文黑体", "heiti sc", "heitisc"]
            case .kaiti:
                return ["楷体", "楷体_gb2312", "楷体gb2312", "kaiti", "kaiti_gb2312", "stkaiti", "华文楷体",
                        "方正楷体简体", "方正楷体_gbk", "方正楷体_gb2312", "fzkai-z03s", "fzkai-z03"]
            case .song:
                return ["宋体", "simsun", "nsimsun", "新宋体", "宋体-简", "stsong", "华文宋体", "songti sc", "songtisc"]
            }
        }

        public func accepts(_ font: String?) -> Bool {
            guard let font else { return false }
            return names.contains(Family.normalize(font))
        }

        /// Lower-cased ASCII, spaces and a trailing `,…` fallback list removed.
        public static func normalize(_ font: String) -> String {
            let first = font.split(separator: ",").first.map(String.init) ?? font
            return String(first.lowercased().filter { $0 != " " && $0 != "\u{3000}" })
        }

        var look: MessageTemplate {
            switch self {
            case .xiaobiaosong: return .draftLookXiaobiaosong
            case .fangsong: return .draftLookFangsong
            case .heiti: return .draftLookHeiti
            case .kaiti: return .draftLookKaiti
            case .song: return .draftLookSong
            }
        }
    }

    /// The family and size the style sheet (GB/T 9704's in `Templates/gbt9704.yaml`) gives an
    /// element; nil for elements the standard leaves free (the 发文机关标志's size is the issuer's
    /// choice), for empty paragraphs and for a font of the sheet that is none of the standard's
    /// families.
    public static func expectedLook(_ role: DraftRole, styles: StyleSheet) -> (family: Family, size: Double)? {
        // a sheet without the role (only one built by hand can lack it) expects nothing of it
        guard let styleRole = styleRole(role), let style = styles.roles[styleRole] else { return nil }
        guard let family = Family(rawValue: style.font) else { return nil }
        return (family, style.size)
    }

    /// The style sheet's role for a recognised element; nil for the elements the check leaves free.
    static func styleRole(_ role: DraftRole) -> Role? {
        switch role {
        case .title, .attachmentTitle: return .title
        case .documentNumber: return .documentNumber
        case .recipient: return .recipient
        case .body: return .body
        case .attachmentNote: return .attachmentNote
        case .signatureIssuer: return .signature
        case .signatureDate: return .date
        case .note: return .note
        case .heading(let level): return Role.heading(level)
        case .attachmentLabel: return .attachmentLabel
        case .imprint: return .imprint
        case .issuerMark, .empty: return nil
        }
    }

    /// Word's names of the Chinese type sizes (字号).
    static let sizeNames: [(Double, String)] = [
        (42, "初号"), (36, "小初"), (26, "一号"), (24, "小一"), (22, "二号"), (18, "小二"), (16, "三号"),
        (15, "小三"), (14, "四号"), (12, "小四"), (10.5, "五号"), (9, "小五"), (7.5, "六号"), (6.5, "小六"),
        (5.5, "七号"), (5, "八号"),
    ]

    /// The standard's date form (`2024年3月1日`) of the first date in `text` written in any of
    /// the ways ``WrittenDate`` reads, or nil when `text` holds none. `found` is the date as written.
    public static func dateForm(in text: String) -> (found: String, expected: String)? {
        WrittenDate.firstDate(in: text).map { ($0.written, $0.date.chinese) }
    }

    /// The standard's form of the 发文字号 (`石政发〔2024〕3号`) that `text` starts with, or nil.
    public static func documentNumberForm(in text: String) -> (found: String, expected: String)? {
        DocumentNumberSyntax.leading(text).map { ($0.written, $0.standard) }
    }

    // MARK: the check

    struct Run {
        let draft: Draft
        let roles: [Int: DraftRole]
        let file: String
        /// Where the expectations come from.
        let styles: StyleSheet
        let language = Message.language
        var findings: [Finding] = []

        init(draft: Draft, roles: [Int: DraftRole], file: String, styles: StyleSheet) {
            self.draft = draft
            self.roles = roles
            self.file = file
            self.styles = styles
        }

        func expectedLook(_ role: DraftRole) -> (family: Family, size: Double)? { DraftCheck.expectedLook(role, styles: styles) }

        func text(_ template: MessageTemplate, _ arguments: [String: String] = [:]) -> String {
            Message(template, arguments).text(in: language)
        }

        mutating func add(_ template: MessageTemplate, _ arguments: [String: String] = [:], at paragraph: DraftParagraph? = nil,
                          severity: Finding.Severity = .error, replacement: String? = nil) {
            findings.append(Finding(file: file, line: paragraph?.index ?? 0, column: 0, severity: severity, code: template.id,
                                    message: Message(template, arguments), replacement: replacement,
                                    excerpt: paragraph.map { DraftLocation.shorten($0.text.trimmingLayout) } ?? ""))
        }

        func role(_ p: DraftParagraph) -> DraftRole? { roles[p.index] }

        // MARK: paper, margins (§5.2.1, §5.2.2)

        mutating func page() {
            guard let page = draft.page else {
                add(.draftPageUnstated, severity: .warning)
                return
            }
            let expected = styles.page
            let (w, h) = (mm(page.width), mm(page.height))
            if abs(w - mm(expected.width)) > 1 || abs(h - mm(expected.height)) > 1 {
                add(.draftPaper, ["width": number(w), "height": number(h)])
            }
            let sides: [(MessageTemplate, Double, Double)] = [
                (.draftSideTop, page.marginTop, mm(expected.marginTop)), (.draftSideBottom, page.marginBottom, mm(expected.marginBottom)),
                (.draftSideLeft, page.marginLeft, mm(expected.marginLeft)), (.draftSideRight, page.marginRight, mm(expected.marginRight)),
            ]
            for (side, points, expected) in sides where abs(mm(points) - expected) > 1.05 {
                add(.draftMargin, ["side": text(side), "actual": number(mm(points)), "expected": number(expected)])
            }
        }

        // MARK: 22 lines × 28 characters (§5.2.2)

        /// The paragraphs whose look sets the grid: the body's, else every 3号 element's.
        var gridParagraphs: [DraftParagraph] {
            let body = draft.paragraphs.filter { role($0) == .body }
            if !body.isEmpty { return body }
            guard let bodySize = styles.roles[.body]?.size else { return [] }
            return draft.paragraphs.filter { p in role(p).flatMap(expectedLook)?.size == bodySize }
        }

        mutating func grid() {
            guard let page = draft.page else { return }
            let paragraphs = gridParagraphs
            guard !paragraphs.isEmpty else { return }
            let blockHeight = page.height - page.marginTop - page.marginBottom
            let blockWidth = page.width - page.marginLeft - page.marginRight
            let size = mostCommon(paragraphs.flatMap { p in p.runs.compactMap { r in r.size.map { ($0, r.text.count) } } }) ?? 10.5
            // lines per page
            let lines: Int
            let pitch: Double
            if let stated = page.gridLinesPerPage {
                lines = stated
                pitch = page.gridLinePitch ?? blockHeight / Double(max(stated, 1))
            } else {
                let spacing = mostCommon(paragraphs.map { ($0.lineSpacing ?? .multiple(1), 1) })
                pitch = DraftCheck.linePitch(spacing ?? .multiple(1), size: size, grid: page.gridLinePitch)
                lines = pitch > 0 ? Int(blockHeight / pitch + 1e-6) : 0
            }
            if lines != styles.page.linesPerPage {
                add(.draftGridLines, ["lines": String(lines), "height": number(mm(blockHeight)), "pitch": number(pitch, places: 2)],
                    severity: page.gridLinesPerPage != nil || page.gridLinePitch != nil ? .error : .warning)
            }
            // characters per line: the grid's, or the line's width over the body's type size
            // (28 × 16 pt is 158 mm, 2 mm over the block: 28 is set with a slightly tighter
            // letter spacing, so 27.5…28.5 characters of the nominal size count as 28)
            let chars = page.gridCharactersPerLine ?? Int((blockWidth / size).rounded())
            if chars != styles.page.charactersPerLine {
                add(.draftGridChars, ["chars": String(chars), "width": number(mm(blockWidth)), "size": number(size)],
                    severity: page.gridCharactersPerLine != nil ? .error : .warning)
            }
        }

        // MARK: fonts by element (§7.2–§7.4)

        struct Fault {
            var first: DraftParagraph
            var found: String
            var count: Int
        }

        mutating func fonts() {
            var families: [(DraftRole, Fault)] = []
            var sizes: [(DraftRole, Fault)] = []
            func note(_ list: inout [(DraftRole, Fault)], _ role: DraftRole, _ p: DraftParagraph, _ found: String) {
                if let i = list.firstIndex(where: { $0.0 == role }) { list[i].1.count += 1 } else { list.append((role, Fault(first: p, found: found, count: 1))) }
            }
            for p in draft.paragraphs {
                guard let role = role(p), expectedLook(role) != nil else { continue }
                for (part, runs) in parts(of: p, role: role) {
                    guard let look = expectedLook(part) else { continue }
                    if let bad = runs.first(where: { $0.text.containsHan && !look.family.accepts($0.eastAsianFont) }) {
                        note(&families, part, p, bad.eastAsianFont ?? text(.draftUnstated))
                    }
                    if let bad = runs.first(where: { !$0.text.allSatisfy(\.isLayoutSpace) && !sizeMatches($0.size, look.size) }) {
                        note(&sizes, part, p, bad.size.map(sizeText) ?? text(.draftUnstated))
                    }
                }
            }
            var all: [(MessageTemplate, DraftRole, Fault)] = families.map { (.draftFontFamily, $0.0, $0.1) } + sizes.map { (.draftFontSize, $0.0, $0.1) }
            all.sort { ($0.2.first.index, $0.0 == .draftFontFamily ? 0 : 1) < ($1.2.first.index, $1.0 == .draftFontFamily ? 0 : 1) }
            for (template, role, fault) in all {
                guard let look = expectedLook(role) else { continue }
                let expected = template == .draftFontFamily
                    ? text(role == .heading(3) || role == .heading(4) ? .draftLookFangsongBold : look.family.look)
                    : sizeText(look.size)
                add(template, ["role": text(roleName(role)), "found": fault.found, "expected": expected,
                               "more": fault.count > 1 ? text(.draftFontMore, ["count": String(fault.count - 1)]) : ""],
                    at: fault.first)
            }
        }

        // MARK: black text (§5.2.3), the title centred (§7.3.1)

        mutating func colours() {
            var faults: [(DraftRole, Fault)] = []
            for p in draft.paragraphs {
                guard let role = role(p), role != .issuerMark, role != .empty else { continue }
                guard let run = p.runs.first(where: { !$0.text.allSatisfy(\.isLayoutSpace) && !DraftCheck.isBlack($0.color) }) else { continue }
                if let i = faults.firstIndex(where: { $0.0 == role }) { faults[i].1.count += 1 }
                else { faults.append((role, Fault(first: p, found: run.color ?? "", count: 1))) }
            }
            for (role, fault) in faults {
                add(.draftColor, ["role": text(roleName(role)), "found": fault.found,
                                  "more": fault.count > 1 ? text(.draftFontMore, ["count": String(fault.count - 1)]) : ""],
                    at: fault.first)
            }
        }

        mutating func titleAlignment() {
            for p in draft.paragraphs where role(p) == .title || role(p) == .attachmentTitle {
                guard p.alignment != .center else { continue }
                add(.draftTitleAlignment, ["found": alignmentName(p.alignment)], at: p)
            }
        }

        /// A paragraph's runs by the element they belong to: a run-in heading's text after its
        /// first `。` is body text.
        func parts(of p: DraftParagraph, role: DraftRole) -> [(DraftRole, [DraftRun])] {
            guard case .heading = role else { return [(role, p.runs)] }
            let trimmed = p.text.trimmingLayout
            guard HeadingSyntax.parse(trimmed)?.runInText != nil, let stop = p.text.firstIndex(of: "。") else { return [(role, p.runs)] }
            let headEnd = p.text.distance(from: p.text.startIndex, to: stop) + 1
            let joined = p.runs.map(\.text).joined()
            var offset = p.text.hasSuffix(joined) ? p.text.count - joined.count : (p.automaticNumber?.count ?? 0)
            var head: [DraftRun] = [], rest: [DraftRun] = []
            for run in p.runs {
                if offset < headEnd { head.append(run) } else { rest.append(run) }
                offset += run.text.count
            }
            return [(role, head), (.body, rest)]
        }

        func sizeMatches(_ size: Double?, _ expected: Double) -> Bool {
            guard let size else { return false }
            return abs(size - expected) < 0.26
        }

        func sizeText(_ points: Double) -> String {
            if let name = DraftCheck.sizeNames.first(where: { abs($0.0 - points) < 0.01 })?.1 {
                return text(.draftSize, ["points": number(points), "name": name])
            }
            return text(.draftPoints, ["points": number(points)])
        }

        func roleName(_ role: DraftRole) -> MessageTemplate {
            switch role {
            case .issuerMark: return .draftRoleIssuerMark
            case .documentNumber: return .draftRoleDocumentNumber
            case .title: return .draftRoleTitle
            case .recipient: return .draftRoleRecipient
            case .heading(1): return .draftRoleHeading1
            case .heading(2): return .draftRoleHeading2
            case .heading(3): return .draftRoleHeading3
            case .heading: return .draftRoleHeading4
            case .body, .empty: return .draftRoleBody
            case .attachmentNote: return .draftRoleAttachmentNote
            case .signatureIssuer: return .draftRoleSignatureIssuer
            case .signatureDate: return .draftRoleSignatureDate
            case .note: return .draftRoleNote
            case .imprint: return .draftRoleImprint
            case .attachmentLabel: return .draftRoleAttachmentLabel
            case .attachmentTitle: return .draftRoleAttachmentTitle
            }
        }

        // MARK: page number (§7.5)

        mutating func pageNumber() {
            let footers = draft.pageNumberFooters.filter { $0.pages != .first }
            guard !footers.isEmpty else {
                add(.draftPageNumberMissing)
                return
            }
            for footer in footers {
                let pages = text(pagesName(footer.pages))
                if !DraftCheck.isStandardPageNumber(footer.pattern) {
                    add(.draftPageNumberForm, ["pages": pages, "found": footer.pattern.replacingAll("{PAGE}", with: "1")])
                }
                let visible = footer.runs.filter { !$0.text.allSatisfy(\.isLayoutSpace) }
                guard let look = styles.roles[.pageNumber] else { continue }
                let pageFamily = Family(rawValue: look.font) ?? .song
                let badFamily = visible.first { !pageFamily.accepts($0.eastAsianFont ?? $0.latinFont) }
                let badSize = visible.first { !sizeMatches($0.size, look.size) }
                if badFamily != nil || badSize != nil {
                    let run = badFamily ?? badSize!
                    let family = run.eastAsianFont ?? run.latinFont ?? text(.draftUnstated)
                    let size = run.size.map(sizeText) ?? text(.draftUnstated)
                    add(.draftPageNumberFont, ["pages": pages, "found": "\(family) \(size)"])
                }
            }
            let odd = footers.first { $0.pages == .odd } ?? footers.first { $0.pages == .all }
            let even = footers.first { $0.pages == .even }
            if let odd, even == nil {
                // one footer for every page: it cannot be right on odd and left on even pages
                add(.draftPageNumberPosition, ["pages": text(.draftPagesAll), "found": alignmentName(odd.alignment),
                                               "expected": text(.draftAlignOuter)])
                return
            }
            if let odd, !isAligned(odd.alignment, .right) {
                add(.draftPageNumberPosition, ["pages": text(.draftPagesOdd), "found": alignmentName(odd.alignment),
                                               "expected": text(.draftAlignRight)])
            }
            if let even, !isAligned(even.alignment, .left) {
                add(.draftPageNumberPosition, ["pages": text(.draftPagesEven), "found": alignmentName(even.alignment),
                                               "expected": text(.draftAlignLeft)])
            }
        }

        func isAligned(_ alignment: DraftAlignment?, _ side: DraftAlignment) -> Bool {
            switch side {
            case .left: return alignment == nil || alignment == .left || alignment == .justify
            default: return alignment == side
            }
        }

        func alignmentName(_ alignment: DraftAlignment?) -> String {
            switch alignment {
            case nil: return text(.draftAlignUnstated)
            case .center?: return text(.draftAlignCenter)
            case .right?: return text(.draftAlignRight)
            case .left?, .justify?, .distribute?: return text(.draftAlignLeft)
            }
        }

        func pagesName(_ pages: DraftFooter.Pages) -> MessageTemplate {
            switch pages {
            case .odd: return .draftPagesOdd
            case .even: return .draftPagesEven
            case .all, .first: return .draftPagesAll
            }
        }

        // MARK: dates (§7.3.5.4, §7.4.3), 发文字号 (§7.2.5), 附件说明 (§7.3.4)

        mutating func dates() {
            for p in draft.paragraphs {
                guard let role = role(p), role == .signatureDate || role == .imprint || role == .note else { continue }
                guard let form = DraftCheck.dateForm(in: p.text), form.found != form.expected else { continue }
                add(.draftDateForm, ["found": form.found, "expected": form.expected], at: p, replacement: form.expected)
            }
        }

        mutating func documentNumber() {
            for p in draft.paragraphs where role(p) == .documentNumber {
                guard let form = DraftCheck.documentNumberForm(in: p.text.trimmingLayout), form.found != form.expected else { continue }
                add(.draftDocumentNumberForm, ["found": form.found, "expected": form.expected], at: p, replacement: form.expected)
            }
        }

        mutating func attachmentNote() {
            let lines = draft.paragraphs.filter { role($0) == .attachmentNote }
            guard let first = lines.first else { return }
            let firstText = first.text.trimmingLayout
            guard firstText.hasPrefix("附件") else { return }
            var afterLabel = firstText.dropFirst(2)
            var colonOK = true
            if afterLabel.first == ":" || afterLabel.first == "︰" { colonOK = false; afterLabel = afterLabel.dropFirst() }
            else if afterLabel.first == "：" { afterLabel = afterLabel.dropFirst() }
            else { return } // `附件1` etc.: not a 附件说明 form this check knows
            // each line: an optional item number, then the name (or its continuation)
            var items: [(p: DraftParagraph, isFirst: Bool, number: Substring?, name: String)] = []
            for (i, p) in lines.enumerated() {
                let body = i == 0 ? String(afterLabel).trimmingLayout : p.text.trimmingLayout
                let (number, name) = DraftCheck.attachmentItem(body)
                items.append((p, i == 0, number, name))
            }
            let numbered = items.filter { $0.number != nil }.count
            let many = numbered > 1
            var serial = 0
            for item in items {
                var prefix = ""
                if item.number != nil || (many && item.isFirst) {
                    serial += 1
                    prefix = many ? "\(serial)." : ""
                }
                let stripped = DraftCheck.strippingTrailingPunctuation(item.name)
                let actual = (item.isFirst ? "附件" + (colonOK ? "：" : ":") : "") + (item.number.map(String.init) ?? "") + item.name
                let expected = (item.isFirst ? "附件：" : "") + prefix + stripped
                let formExpected = (item.isFirst ? "附件：" : "") + prefix + item.name
                if actual != formExpected {
                    add(.draftAttachmentsForm, ["found": actual, "expected": expected], at: item.p, replacement: expected)
                } else if stripped != item.name {
                    add(.draftAttachmentsPunctuation, ["found": actual, "expected": expected], at: item.p, replacement: expected)
                }
            }
        }

        // MARK: heading numbering (as the source check)

        mutating func numbering() {
            var sections: [(blocks: [Block], lines: [Int])] = [([], [])]
            var byIndex: [Int: DraftParagraph] = [:]
            for block in draft.blocks {
                switch block {
                case .paragraph(let p):
                    byIndex[p.index] = p
                    guard let role = role(p) else { continue }
                    switch role {
                    case .attachmentLabel:
                        sections.append(([], []))
                    case .heading(let level):
                        var text = p.text.trimmingLayout
                        if let number = p.automaticNumber, text.hasPrefix(number) {
                            // the tab after an automatic number is layout
                            text = number + String(text.dropFirst(number.count)).trimmingLayout
                        }
                        let heading = HeadingSyntax.parse(text) ?? Heading(level: min(max(level, 1), 4), text: text)
                        sections[sections.count - 1].blocks.append(.heading(heading))
                        sections[sections.count - 1].lines.append(p.index)
                    case .body:
                        sections[sections.count - 1].blocks.append(.paragraph(Paragraph(p.text.trimmingLayout)))
                        sections[sections.count - 1].lines.append(p.index)
                    default:
                        continue
                    }
                case .table(let t):
                    sections[sections.count - 1].blocks.append(.table(t.table))
                    sections[sections.count - 1].lines.append(t.followingParagraphIndex)
                case .pageBreak:
                    continue
                }
            }
            let check = NumberingCheck(blocks: sections[0].blocks, lines: sections[0].lines,
                                       attachments: Array(sections.dropFirst()), file: file)
            for var finding in check.findings {
                // an item that is a sentence of its own (`1.对全镇18处隐患点逐点落实监测人。`,
                // `（1）降雨量达到50毫米时每两小时巡查一次；`) is list content, not an empty section
                if finding.code == "section.empty", let p = byIndex[finding.line],
                   let last = p.text.trimmingLayout.last, "。；;：:！？!?".contains(last) { continue }
                finding.column = 0
                finding.excerpt = byIndex[finding.line].map { DraftLocation.shorten($0.text.trimmingLayout) } ?? ""
                findings.append(finding)
            }
        }

        // MARK: half-width punctuation in Chinese text (§9, GB/T 15834)

        mutating func punctuation() {
            for p in draft.paragraphs {
                guard let role = role(p), role != .empty, role != .issuerMark else { continue }
                let chars = Array(p.text.trimmingLayout)
                // a heading's number is the numbering check's business (`1.` is the standard's form)
                var skip = 0
                if case .heading = role, let (_, number) = HeadingSyntax.numbering(of: String(chars)) { skip = number.count }
                if role == .attachmentNote {
                    // `附件：1.名称`, `2.名称`: the item numbers' full stops are the standard's form
                    let body = chars.starts(with: Array("附件")) ? Array(chars.dropFirst(3)) : chars
                    if let number = DraftCheck.attachmentItem(String(body)).number {
                        skip = (chars.count - body.count) + number.count
                    }
                }
                var count = 0
                var first: (position: Int, char: Character)? = nil
                for i in skip..<chars.count {
                    guard DraftCheck.fullWidth[chars[i]] != nil else { continue }
                    let prev: Character? = i > 0 ? chars[i - 1] : nil
                    let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                    if DraftCheck.isHalfWidthMisuse(chars[i], prev: prev, next: next) {
                        count += 1
                        if first == nil { first = (i + 1, chars[i]) }
                    }
                }
                if let first {
                    add(.draftPunctuation, ["count": String(count), "position": String(first.position), "found": String(first.char),
                                            "expected": String(DraftCheck.fullWidth[first.char]!)],
                        at: p, severity: .warning)
                }
            }
        }
    }

    // MARK: pieces

    /// The height of one body line: exact spacing as stated; otherwise the type's natural line
    /// (about 1.3 × its size for Chinese faces) times the multiple, snapped up to whole grid lines.
    public static func linePitch(_ spacing: DraftLineSpacing, size: Double, grid: Double?) -> Double {
        let natural = 1.3 * size
        switch spacing {
        case .exact(let points): return points
        case .atLeast(let points):
            let line = max(points, natural)
            guard let grid, grid > 0 else { return line }
            return grid * (line / grid - 1e-6).rounded(.up)
        case .multiple(let m):
            guard let grid, grid > 0 else { return natural * m }
            return grid * max(1, (natural / grid - 1e-6).rounded(.up)) * m
        }
    }

    /// Automatic colour, black, or a grey too dark to tell from it on paper (≤ #202020).
    public static func isBlack(_ color: String?) -> Bool {
        guard let color, color.count == 6, let value = Int(color, radix: 16) else { return true }
        let (r, g, b) = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
        return max(r, g, b) <= 0x20
    }

    /// `— {PAGE} —` with one em dash (U+2014, or the horizontal bar U+2015 some fonts map the
    /// 一字线 to) on each side, with or without a space between dash and number.
    public static func isStandardPageNumber(_ pattern: String) -> Bool {
        let p = Array(pattern.trimmingLayout)
        guard let at = p.firstIndex(of: "{"), String(p[at...]).hasPrefix("{PAGE}") else { return false }
        let before = p[..<at].filter { !$0.isLayoutSpace }
        let after = p[(at + 6)...].filter { !$0.isLayoutSpace }
        let dash: Set<Character> = ["—", "―"]
        let spacesBefore = p[..<at].reversed().prefix { $0.isLayoutSpace }.count
        let spacesAfter = p[(at + 6)...].prefix { $0.isLayoutSpace }.count
        return before.count == 1 && after.count == 1 && dash.contains(before[0]) && dash.contains(after[0])
            && spacesBefore <= 2 && spacesAfter <= 2
    }

    /// An attachment line's item number as written (`1.`, `1．`, `1、`, `（1）`) and the rest.
    static func attachmentItem(_ line: String) -> (number: Substring?, name: String) {
        let s = Substring(line)
        if let m = s.prefixMatch(of: /[0-9０-９]{1,2}\s*[.．、]\s*|[（(]\s*[0-9０-９]{1,2}\s*[）)]\s*|[0-9]{1,2}\s+/) {
            let rest = s[m.range.upperBound...]
            // `2024年…` is a name, not an item
            if rest.first.map({ $0.isNumber }) == true { return (nil, line) }
            let number = String(m.output).filter { !$0.isLayoutSpace }
            return (Substring(number), String(rest))
        }
        return (nil, line)
    }

    static func strippingTrailingPunctuation(_ name: String) -> String {
        var s = name
        while let last = s.last, "。；;，,、.．:：".contains(last) { s.removeLast() }
        return s
    }

    static let fullWidth: [Character: Character] = [",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"]

    /// A half-width mark next to Chinese text, except where it belongs: decimal points and
    /// numbers' full stops (`3.5`, `1.`), times and ratios (`10:30`), thousands (`1,000`).
    static func isHalfWidthMisuse(_ c: Character, prev: Character?, next: Character?) -> Bool {
        let chineseNeighbour = (prev?.isChinese ?? false) || (next?.isChinese ?? false)
        guard chineseNeighbour else { return false }
        let digitBefore = prev?.isASCIIDigit ?? false, digitAfter = next?.isASCIIDigit ?? false
        switch c {
        case ".": return !digitBefore && !(next?.isASCIILetterOrDigit ?? false)
        case ":", ",": return !(digitBefore && digitAfter)
        default: return true
        }
    }
}

extension Character {
    /// A space used for layout (``LayoutSpace``).
    var isLayoutSpace: Bool { LayoutSpace.contains(self) }

    /// Han characters and the CJK punctuation and full-width forms around them.
    var isChinese: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x3000...0x303F).contains(v)
            || (0xFF00...0xFFEF).contains(v) || (0x2018...0x201D).contains(v) || (0x20000...0x2FFFF).contains(v)
    }

    var isHan: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FFFF).contains(v)
    }

    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}

extension String {
    /// Without leading and trailing layout spaces (``LayoutSpace``).
    var trimmingLayout: String { LayoutSpace.trimming(self) }

    var containsHan: Bool { contains { $0.isHan } }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

/// The most common value, weighted (ties: the first seen).
func mostCommon<T: Equatable>(_ values: [(T, Int)]) -> T? {
    var tally: [(T, Int)] = []
    for (value, weight) in values {
        if let i = tally.firstIndex(where: { $0.0 == value }) { tally[i].1 += weight } else { tally.append((value, weight)) }
    }
    return tally.max { $0.1 < $1.1 }.map(\.0)
}

func mm(_ points: Double) -> Double { points * 25.4 / 72 }

/// `37`, `25.4`, `28.95`: at most `places` decimals, trailing zeros dropped.
func number(_ value: Double, places: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var s = String(rounded)
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if decimals > places { s = String(s.prefix(s.distance(from: s.startIndex, to: dot) + 1 + places)) }
    }
    return s
}
