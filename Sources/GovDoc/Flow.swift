/// The document lowered to what a page shows, in order: paragraphs with their role and the
/// few looks that differ from the role's style, tables, and the 版记 block.
///
/// Every writer serializes this one flow, so placement rules (blank lines, indents of the
/// signature, the red separator, 附件说明) are decided once, here, for all formats.
public struct Flow: Sendable, Equatable {
    public var items: [FlowItem]
    /// The first page's own header and footer (信函格式), `nil` when page 1 is like the others.
    public var firstPage: FirstPageFrame?

    public init(_ document: Document) {
        var builder = FlowBuilder(document)
        builder.build()
        builder.numberImages()
        items = builder.items
        firstPage = builder.firstPage
    }
}

/// What stands above and below the text block of the first page only — the letterhead of the
/// 信函格式 (§10.1): the red mark and a double rule at the top, a double rule at the bottom.
/// Page 1 then carries no page number.
public struct FirstPageFrame: Sendable, Equatable {
    /// From the paper's top edge to the top of the header's first line.
    public var headerTop: Double
    public var header: [FlowParagraph]
    /// From the paper's bottom edge up to the top of the footer's first paragraph.
    public var footerTop: Double
    public var footer: [FlowParagraph]
}

public enum FlowItem: Sendable, Equatable {
    case paragraph(FlowParagraph)
    case table(Table, pageBreakBefore: Bool)
    /// 版记 lines between rules, anchored to the foot of the text block on the last page.
    case imprint([ImprintLine])
    /// 联合行文's mark: the names stacked, the suffix at their right (§7.2.4).
    case jointMark(JointMark)
}

/// One line of the 版记.
public struct ImprintLine: Sendable, Equatable {
    /// Text at the left (indented one 字), e.g. `抄送：…。` or the 印发机关.
    public var left: String
    /// Text at the right (indented one 字), e.g. `2024年1月23日印发`.
    public var right: String?
    /// The rule under this line is thick (the last one) or thin.
    public var thickRuleBelow: Bool
    /// False for the 信函格式's 版记, which has no rules (§10.1).
    public var ruled: Bool = true
    /// Wrapped lines align after the label's colon (`抄送：`, §7.4.2): its width in points.
    public var hangingIndent: Double?
}

/// A run of text; `role` gives it another role's character look (run-in headings, 签发人's name).
public struct FlowRun: Sendable, Equatable {
    public var text: String
    public var role: Role?
    public init(_ text: String, role: Role? = nil) {
        self.text = text
        self.role = role
    }
}

/// A rule drawn under (or over) a paragraph from its left to its right indent (the 版头's red
/// separator, the 信函格式's double rules).
public struct FlowRule: Sendable, Equatable, Hashable {
    /// The line's width; of a double rule, the thick line's.
    public var width: Double
    public var color: String
    /// Distance between the text and the rule.
    public var distance: Double
    /// A double rule: the thin line's width and which line is on top.
    public var double: DoubleLine?

    public init(width: Double, color: String, distance: Double, double: DoubleLine? = nil) {
        self.width = width
        self.color = color
        self.distance = distance
        self.double = double
    }
}

/// The two lines of a double rule (信函格式): thick over thin at the top of the page, thin over
/// thick at the bottom.
public struct DoubleLine: Sendable, Equatable, Hashable {
    public var thin: Double
    public var thickOnTop: Bool
    /// The space between the two lines.
    public var gap: Double
    public init(thin: Double, thickOnTop: Bool, gap: Double = 1) {
        self.thin = thin
        self.thickOnTop = thickOnTop
        self.gap = gap
    }
}

extension DoubleLine {
    /// Whether the thick line is the one next to the text, for a rule drawn below the text
    /// (a bottom border) or above it (a top border).
    public func thickNearText(ruleBelowText: Bool) -> Bool { ruleBelowText ? thickOnTop : !thickOnTop }
}

extension FlowRule {
    /// The rule's height on the page: one line, or both lines of a double rule and their gap.
    public var totalWidth: Double { width + (double.map { $0.gap + $0.thin } ?? 0) }
}

extension FlowParagraph {
    /// The height of a paragraph that only carries a rule (an exact line plus its top rule).
    public var ruleCarrierHeight: Double { (look.exactLineHeight ?? 0) + (look.topRule?.totalWidth ?? 0) }
}

extension ImprintLine {
    /// The least height of a 版记 of these lines — one line each, plus its rules — from which
    /// its box grows when a line wraps.
    public static func minimumHeight(of lines: [ImprintLine], styles: StyleSheet) -> Double {
        let style = styles.style(.imprint)
        return Double(lines.count) * (style.lineHeight ?? style.size * 1.5) + 4
    }
}

/// What a paragraph changes from its role's named style. Hashable: formats that need a named
/// (automatic) style per distinct look key on it.
public struct ParagraphLook: Sendable, Equatable, Hashable {
    public var pageBreakBefore = false
    public var keepWithNext: Bool?
    /// When the paragraph is split by a page break, at least two of its lines stay on each
    /// page (off by default: pages hold their full 22 lines).
    public var widowControl = false
    public var leftIndent: Double?
    public var rightIndent: Double?
    /// Negative for a hanging indent.
    public var firstLineIndent: Double?
    public var spaceBefore: Double?
    public var alignment: Alignment?
    public var bottomRule: FlowRule?
    public var topRule: FlowRule?
    /// An exact line height instead of the role's (a rule's carrier paragraph).
    public var exactLineHeight: Double?
    /// A right-aligned tab stop at this distance from the left edge of the text block.
    public var rightTab: Double?
    /// Off the line grid with a single (automatic) line height: the line grows to what it holds
    /// (a figure's picture).
    public var autoLineHeight = false
    /// Centred tab stops at these distances from the left edge of the text block (joint
    /// issuers' names side by side, each under its seal).
    public var centerTabs: [Double] = []

    public init() {}

    public var isPlain: Bool { self == ParagraphLook() }
}

public struct FlowParagraph: Sendable, Equatable {
    public var role: Role
    public var runs: [FlowRun]
    /// Heading level (1…4) for the outline, `nil` for other paragraphs.
    public var outlineLevel: Int?
    public var look: ParagraphLook
    /// Pictures in the paragraph: inline (a figure) or anchored to it in front of the text (a seal).
    public var images: [FlowImage] = []

    public init(_ role: Role, _ runs: [FlowRun] = [], outlineLevel: Int? = nil, look: ParagraphLook = ParagraphLook()) {
        self.role = role
        self.runs = runs
        self.outlineLevel = outlineLevel
        self.look = look
    }

    public init(_ role: Role, text: String, look: ParagraphLook = ParagraphLook()) {
        self.init(role, text.isEmpty ? [] : [FlowRun(text)], look: look)
    }

    /// All text of the paragraph.
    public var text: String { runs.map(\.text).joined() }
}

struct FlowBuilder {
    let document: Document
    var items: [FlowItem] = []
    var firstPage: FirstPageFrame?
    var character: Double { document.styles.style(.body).size }

    init(_ document: Document) { self.document = document }

    mutating func blank(_ count: Int = 1, keepWithNext: Bool = false) {
        guard count > 0 else { return }
        var look = ParagraphLook()
        if keepWithNext { look.keepWithNext = true }
        for _ in 0..<count { items.append(.paragraph(FlowParagraph(.body, text: "", look: look))) }
    }

    mutating func build() {
        classificationMarks()
        masthead()
        titleLines()
        blank()
        if let recipient = document.recipient {
            items.append(.paragraph(FlowParagraph(.recipient, text: recipient)))
        }
        body(document.blocks)
        keepBodyEnd()
        attachmentNote()
        attendanceLines()
        signature()
        if let note = document.note {
            let text = note.hasPrefix("（") || note.hasPrefix("(") ? note : "（\(note)）"
            items.append(.paragraph(FlowParagraph(.note, text: text)))
        }
        attachmentPages()
        imprint()
    }

    /// §7.2: the mark 35 mm under the top of the block, the number two lines below it, the red
    /// separator 4 mm under the number, the title two lines below the separator.
    ///
    /// The distances are a ruler's, to the printed characters: the mark's top edge and the
    /// number's bottom edge are placed by the em box of their declared size (fonts differ from
    /// machine to machine, the em box does not), in lines of exact height, off the grid — where a
    /// word processor sets the em box in such a line is `emBoxTop(size:line:)`.
    mutating func masthead() {
        guard let m = document.masthead else { return }
        if document.kind == .letter { return letterhead(m) }
        if document.kind == .order { return orderMasthead(m) }
        if m.jointNames.count >= 2 { return jointMasthead(m) }
        let g = document.styles.geometry
        let markStyle = document.styles.style(.issuerMark)
        let markLine = markStyle.lineHeight ?? markStyle.size * 1.2
        var mark = ParagraphLook()
        mark.spaceBefore = max(0, g.markTop - marksHeight - Self.emBoxTop(size: markStyle.size, line: markLine))
        if markStyle.lineHeight == nil { mark.exactLineHeight = markLine }
        mark.keepWithNext = true
        items.append(.paragraph(FlowParagraph(.issuerMark, text: m.issuerMark, look: mark)))
        blank(2, keepWithNext: true)
        numberAndSeparator(m)
        blank(2, keepWithNext: true)
    }

    /// §7.2.5–7.2.7: the 发文字号 (with 签发人 at its right in a 上行文) and the red separator
    /// 4 mm under it, as wide as the block — the one place every 版头 with a separator (one
    /// issuer or several, §7.2.4) lays them out, so that they cannot drift apart.
    ///
    /// The number stands in a tight exact line where a grid line would hold it (its em box where
    /// the grid centres it), so that its bottom edge is known in every renderer and the rule is
    /// `separatorDistance` under it; a grid line's height would also round the paragraph and its
    /// rule up to whole lines in LibreOffice's ODF layout. No left indent: it would shorten the
    /// rule, which runs from the paragraph's left indent to its right indent.
    mutating func numberAndSeparator(_ m: Masthead) {
        let g = document.styles.geometry
        let size = document.styles.style(.documentNumber).size
        let pitch = document.pageSetup.linePitch
        let line = min(pitch, Self.tightLine(size))
        var number = ParagraphLook()
        number.exactLineHeight = line
        number.spaceBefore = (pitch - line) / 2
        let emBottomToLineBottom = line - Self.emBoxTop(size: size, line: line) - size
        // in whole points, as Word's border spacing is written
        number.bottomRule = FlowRule(width: g.separatorWidth, color: g.red,
                                     distance: max(0, g.separatorDistance - emBottomToLineBottom).rounded())
        number.keepWithNext = true
        if m.allSigners.count > 1 {
            signerLines(m, numberLook: number)
        } else if let signer = m.signer {
            // 上行文: number flush left indented one 字, 签发人 at the right indented one 字.
            number.alignment = .left
            number.firstLineIndent = character
            number.rightTab = document.pageSetup.textWidth - character
            var runs = [FlowRun(m.number ?? ""), FlowRun("\t签发人：")]
            runs.append(FlowRun(signer, role: .heading2))
            items.append(.paragraph(FlowParagraph(.documentNumber, runs, look: number)))
        } else {
            items.append(.paragraph(FlowParagraph(.documentNumber, text: m.number ?? "", look: number)))
        }
    }

    /// Where the em box of `size` type starts in a line of exact height `line`: centred
    /// (LibreOffice; Word sets the baseline at 80 % of the line, which for a CJK em box is
    /// within 0.5 pt of the centre for the heights used here).
    static func emBoxTop(size: Double, line: Double) -> Double { (line - size) / 2 }

    /// A tight exact line for `size` type, in which LibreOffice and Word put the em box within
    /// 0.2 mm of each other (the wider the line, the more their placements differ).
    static func tightLine(_ size: Double) -> Double { size * 1.15 }

    /// §10.1 信函格式: the mark 30 mm under the paper's top with a red double rule (thick over
    /// thin) 4 mm under it, and a red double rule (thin over thick) 20 mm above the paper's
    /// bottom, both 170 mm long and centred — in page 1's own header and footer, so that page 1
    /// carries no page number. 发文字号 flush right under the rule, the title two lines lower.
    mutating func letterhead(_ m: Masthead) {
        let g = document.styles.geometry
        let page = document.pageSetup
        let mark = document.styles.style(.issuerMark)
        let line = mark.lineHeight ?? mark.size * 1.2
        // the rules are centred on the paper, not on the text block (whose margins differ)
        let left = -(g.letterRuleLength / 2 - (page.width / 2 - page.marginLeft))
        let right = -(g.letterRuleLength - page.textWidth) - left
        // Where LibreOffice sets the ink of a CJK mark in an exact line (measured): its em box
        // centred in the line, the ink 0.02 size under the em box's top and 0.92 size tall.
        let inkTopInLine = (line - mark.size) / 2 + 0.02 * mark.size
        let inkBottomToLineBottom = line - inkTopInLine - 0.92 * mark.size
        var markLook = ParagraphLook()
        markLook.leftIndent = left
        markLook.rightIndent = right
        markLook.firstLineIndent = 0
        markLook.bottomRule = FlowRule(width: g.letterThickLine, color: g.red,
                                       distance: max(0, g.letterRuleDistance - inkBottomToLineBottom),
                                       double: DoubleLine(thin: g.letterThinLine, thickOnTop: true))
        var header = [FlowParagraph(.issuerMark, text: m.issuerMark, look: markLook)]
        var headerHeight = line + (markLook.bottomRule.map { $0.distance + $0.totalWidth } ?? 0)
        if let number = m.number {
            // flush right under the rule, its top 7/8 of a 3号 character under it; an exact line
            // of the number's size puts the ink at the line's top
            let size = document.styles.style(.documentNumber).size
            var look = ParagraphLook()
            look.alignment = .right
            look.firstLineIndent = 0
            look.exactLineHeight = size * 1.15
            // 7/8 of a 3号 (16 pt) character, less the little the ink sits under the line's top
            look.spaceBefore = 7.0 / 8.0 * 16 - 0.1 * size
            header.append(FlowParagraph(.documentNumber, text: number, look: look))
        }
        // 份号, 密级, 紧急程度 under the rule (the first level with the number)
        header = letterMarks(header)
        for p in header.dropFirst() { headerHeight += (p.look.spaceBefore ?? 0) + (p.look.exactLineHeight ?? 0) }
        // The header is taller than the top margin: Word starts the body at the header's foot;
        // LibreOffice starts it there too but centres its line grid in what is left of the
        // page, which moves the text down by half a line when that is not a whole number of
        // lines. A last, empty header line makes it whole (with 1.5 pt to spare for the
        // estimate), so that the title stands at the same place in both: on the second line
        // under the number (§10.1: two lines under it).
        let bodyHeight = page.height - page.marginBottom - (g.letterMarkTop - inkTopInLine) - headerHeight
        var pad = bodyHeight.truncatingRemainder(dividingBy: page.linePitch) - 1.5
        if pad < 0.5 { pad += page.linePitch }
        var padLook = ParagraphLook()
        padLook.exactLineHeight = pad
        padLook.firstLineIndent = 0
        header.append(FlowParagraph(.body, text: "", look: padLook))
        var ruleLook = ParagraphLook()
        ruleLook.leftIndent = left
        ruleLook.rightIndent = right
        ruleLook.firstLineIndent = 0
        ruleLook.exactLineHeight = 1
        ruleLook.topRule = FlowRule(width: g.letterThickLine, color: g.red, distance: 0,
                                    double: DoubleLine(thin: g.letterThinLine, thickOnTop: false))
        firstPage = FirstPageFrame(headerTop: g.letterMarkTop - inkTopInLine, header: header,
                                   footerTop: g.letterBottomRule,
                                   footer: [FlowParagraph(.body, text: "", look: ruleLook)])
    }

    mutating func body(_ blocks: [Block]) {
        var pendingBreak = false
        for (index, block) in blocks.enumerated() {
            var look = ParagraphLook()
            look.pageBreakBefore = pendingBreak
            let breakBefore = pendingBreak
            pendingBreak = false
            switch block {
            case let .heading(h):
                var runs = [FlowRun(h.text)]
                if let rest = h.runInText, !rest.isEmpty {
                    runs.append(FlowRun(rest, role: .body))
                    // a run-in heading starts a body paragraph: it does not keep with the next
                    look.keepWithNext = false
                } else if let last = h.text.last, "。！？".contains(last) {
                    // nor does a heading that is a whole sentence (`（一）请贵镇…。`): text
                    // under its number, which would otherwise drag the page's last lines along
                    // with the signature (§7.3.5.5)
                    look.keepWithNext = false
                }
                items.append(.paragraph(FlowParagraph(h.role, runs, outlineLevel: h.level, look: look)))
            case let .paragraph(p):
                items.append(.paragraph(FlowParagraph(p.role, text: p.text, look: look)))
            case var .table(t):
                // Word merges adjacent tables: keep a paragraph between them (in every format),
                // and the first table's last row with it, so that the paragraph never opens a
                // page as an empty line
                let beforeTable: Bool
                if index + 1 < blocks.count, case let .table(next) = blocks[index + 1], !next.landscape, !t.landscape {
                    beforeTable = true
                } else {
                    beforeTable = false
                }
                if beforeTable { t.keepWithNext = true }
                items.append(.table(t, pageBreakBefore: breakBefore))
                if index + 1 < blocks.count, case .table = blocks[index + 1] { blank() }
            case .pageBreak:
                pendingBreak = true
            case let .figure(figure):
                items.append(.paragraph(figureParagraph(figure, look: look)))
            }
        }
        if pendingBreak {
            var look = ParagraphLook()
            look.pageBreakBefore = true
            items.append(.paragraph(FlowParagraph(.body, text: "", look: look)))
        }
    }

    /// §7.3.5.5: the signature stands on a page with body text. The body's last two lines
    /// keep with the 附件说明 and the signature: the last paragraph keeps with the next and,
    /// when a page break splits it, leaves at least two lines for the new page; a one-line last
    /// paragraph takes the one before it along. The blank lines up to the signature keep with
    /// the next as well, so none of them can open a page.
    mutating func keepBodyEnd() {
        guard document.signature != nil || !document.attachments.isEmpty else { return }
        // a table that ends the body: its last row keeps with what follows
        if keepTrailingTable() { return }
        var needed = 2
        var index = items.count - 1
        while needed > 0, index >= 0, case var .paragraph(p) = items[index], p.role != .title {
            defer { index -= 1 }
            p.look.keepWithNext = true
            let lines = estimatedLines(p)
            if lines >= needed {
                if needed > 1 { p.look.widowControl = true }
                needed = 0
            } else {
                needed -= lines
            }
            items[index] = .paragraph(p)
        }
    }

    /// When the body ends with a (portrait) table, its last row keeps with what follows — the
    /// 附件说明, the signature — so that they never stand alone on a page (§7.3.5.5); true when
    /// it did.
    @discardableResult
    mutating func keepTrailingTable() -> Bool {
        guard case var .table(t, breakBefore)? = items.last else { return false }
        if !t.landscape { t.keepWithNext = true }
        items[items.count - 1] = .table(t, pageBreakBefore: breakBefore)
        return true
    }

    /// The lines a paragraph takes, from its width in 字 and its first-line indent (blank: 0).
    func estimatedLines(_ p: FlowParagraph) -> Int {
        guard !p.text.isEmpty else { return 0 }
        let width = SignatureLayout.width(of: p.text) + document.styles.style(p.role).firstLineIndent
        return max(1, Int((width / Double(document.pageSetup.charactersPerLine)).rounded(.up)))
    }

    /// §7.3.4: one blank line under the body, `附件：` indented two 字; several attachments
    /// are numbered and wrapped lines align with the first character of the name.
    mutating func attachmentNote() {
        let names = document.attachments.map(\.title)
        guard !names.isEmpty else { return }
        blank(1, keepWithNext: true)
        let label = "附件："
        let indent = 2 * character
        let labelWidth = SignatureLayout.width(of: label, autospace: document.styles.autospace) * character
        if names.count == 1 {
            var look = ParagraphLook()
            look.leftIndent = indent + labelWidth
            look.firstLineIndent = -labelWidth
            look.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.attachmentNote, text: label + names[0], look: look)))
            return
        }
        for (i, name) in names.enumerated() {
            let number = "\(i + 1). "
            let numberWidth = SignatureLayout.width(of: number, autospace: document.styles.autospace) * character
            var look = ParagraphLook()
            look.leftIndent = indent + labelWidth + numberWidth
            look.firstLineIndent = -(numberWidth + (i == 0 ? labelWidth : 0))
            look.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.attachmentNote, text: (i == 0 ? label : "") + number + name, look: look)))
        }
    }

    /// §7.3.7: each attachment bound with the document starts a new page: `附件N` (`附件`
    /// when there is only one) flush left on line 1, its title centred on line 3, a blank line,
    /// then its text like the body.
    mutating func attachmentPages() {
        let all = document.attachments
        for (i, attachment) in all.enumerated() {
            guard let blocks = attachment.blocks else { continue }
            var label = ParagraphLook()
            label.pageBreakBefore = true
            label.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.attachmentLabel, text: all.count == 1 ? "附件" : "附件\(i + 1)", look: label)))
            blank(1, keepWithNext: true)
            var title = ParagraphLook()
            title.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.title, text: attachment.title, look: title)))
            blank()
            body(blocks)
        }
    }

    /// §7.3.5: issuer and date, placed by `SignatureLayout`, kept with the text above them.
    mutating func signature() {
        guard let block = document.signature else { return }
        if document.kind == .order, let image = block.signatureImage { return orderSignatureImage(block, image: image) }
        if document.kind == .order { return orderSignature(block) }
        if !block.jointIssuers.isEmpty && block.sealImages.count == block.issuers.count { return jointSealedSignature(block) }
        if !block.jointIssuers.isEmpty && !block.sealed { return jointSignature(block) }
        let layout = SignatureLayout(block, character: character, autospace: document.styles.autospace(.signature))
        // the signature never stands alone on a page: the last body paragraph (or table) keeps with it
        keepLastBodyParagraph()
        if let seal = block.sealImage {
            sealedBlankLines(seal, block: block, layout: layout)
        } else {
            blank(layout.blankLinesBefore, keepWithNext: true)
        }
        var issuer = ParagraphLook()
        issuer.rightIndent = layout.issuerRightIndent
        if block.dateText != nil { issuer.keepWithNext = true }
        items.append(.paragraph(FlowParagraph(.signature, text: block.issuer, look: issuer)))
        if let date = block.dateText, let indent = layout.dateRightIndent {
            var look = ParagraphLook()
            if layout.dateStartsAfterIssuer {
                // by its start, 2 字 right of the issuer's: the same place whether or not a
                // renderer adds autospace around the date's digits (LibreOffice does in a .docx)
                let name = SignatureLayout.width(of: block.issuer, autospace: document.styles.autospace(.signature)) * character
                look.alignment = .left
                look.firstLineIndent = 0
                look.leftIndent = max(0, document.pageSetup.textWidth - layout.issuerRightIndent - name + 2 * character)
            } else {
                look.rightIndent = indent
            }
            if document.note != nil { look.keepWithNext = true }
            items.append(.paragraph(FlowParagraph(.date, text: date, look: look)))
        }
    }

    /// §7.4: 抄送 line, then 印发机关 + 印发日期, between rules.
    mutating func imprint() {
        guard let imprint = document.imprint, !imprint.isEmpty else { return }
        // §7.4.2: wrapped 抄送 lines align after the colon
        let size = document.styles.style(.imprint).size
        let hanging = SignatureLayout.width(of: "抄送：") * size
        if document.kind == .letter {
            // §10.1: the letter's 版记 has no 印发 line and no rules, at the foot of the last page
            guard let cc = imprint.copyToLine else { return }
            items.append(.imprint([ImprintLine(left: cc, right: nil, thickRuleBelow: false, ruled: false, hangingIndent: hanging)]))
            return
        }
        var lines: [ImprintLine] = []
        if let cc = imprint.copyToLine { lines.append(ImprintLine(left: cc, right: nil, thickRuleBelow: false, hangingIndent: hanging)) }
        if imprint.printer != nil || imprint.printedDate != nil {
            lines.append(ImprintLine(left: imprint.printer ?? "", right: imprint.printedLine, thickRuleBelow: true))
        }
        if let last = lines.indices.last { lines[last].thickRuleBelow = true }
        items.append(.imprint(lines))
    }
}
