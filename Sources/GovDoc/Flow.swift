/// The document lowered to what a page shows, in order: paragraphs with their role and the
/// few looks that differ from the role's style, tables, and the 版记 block.
///
/// Every writer serializes this one flow, so placement rules (blank lines, indents of the
/// signature, the red separator, 附件说明) are decided once, here, for all formats.
public struct Flow: Sendable, Equatable {
    public var items: [FlowItem]

    public init(_ document: Document) {
        var builder = FlowBuilder(document)
        builder.build()
        items = builder.items
    }
}

public enum FlowItem: Sendable, Equatable {
    case paragraph(FlowParagraph)
    case table(Table, pageBreakBefore: Bool)
    /// 版记 lines between rules, anchored to the foot of the text block on the last page.
    case imprint([ImprintLine])
}

/// One line of the 版记.
public struct ImprintLine: Sendable, Equatable {
    /// Text at the left (indented one 字), e.g. `抄送：…。` or the 印发机关.
    public var left: String
    /// Text at the right (indented one 字), e.g. `2024年1月23日印发`.
    public var right: String?
    /// The rule under this line is thick (the last one) or thin.
    public var thickRuleBelow: Bool
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

/// A rule drawn under a paragraph across the text block (the 版头's red separator).
public struct FlowRule: Sendable, Equatable, Hashable {
    public var width: Double
    public var color: String
    /// Distance between the text and the rule.
    public var distance: Double
}

/// What a paragraph changes from its role's named style. Hashable: formats that need a named
/// (automatic) style per distinct look key on it.
public struct ParagraphLook: Sendable, Equatable, Hashable {
    public var pageBreakBefore = false
    public var keepWithNext: Bool?
    public var leftIndent: Double?
    public var rightIndent: Double?
    /// Negative for a hanging indent.
    public var firstLineIndent: Double?
    public var spaceBefore: Double?
    public var alignment: Alignment?
    public var bottomRule: FlowRule?
    /// A right-aligned tab stop at this distance from the left edge of the text block.
    public var rightTab: Double?

    public init() {}

    public var isPlain: Bool { self == ParagraphLook() }
}

public struct FlowParagraph: Sendable, Equatable {
    public var role: Role
    public var runs: [FlowRun]
    /// Heading level (1…4) for the outline, `nil` for other paragraphs.
    public var outlineLevel: Int?
    public var look: ParagraphLook

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
    var character: Double { document.styles.style(.body).size }

    init(_ document: Document) { self.document = document }

    mutating func blank(_ count: Int = 1, keepWithNext: Bool = false) {
        var look = ParagraphLook()
        if keepWithNext { look.keepWithNext = true }
        for _ in 0..<count { items.append(.paragraph(FlowParagraph(.body, text: "", look: look))) }
    }

    mutating func build() {
        masthead()
        items.append(.paragraph(FlowParagraph(.title, text: document.title)))
        blank()
        if let recipient = document.recipient {
            items.append(.paragraph(FlowParagraph(.recipient, text: recipient)))
        }
        body(document.blocks)
        attachmentNote()
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
    mutating func masthead() {
        guard let m = document.masthead else { return }
        let g = document.styles.geometry
        var mark = ParagraphLook()
        mark.spaceBefore = g.markTop
        mark.keepWithNext = true
        items.append(.paragraph(FlowParagraph(.issuerMark, text: m.issuerMark, look: mark)))
        blank(2, keepWithNext: true)
        var number = ParagraphLook()
        number.bottomRule = FlowRule(width: g.separatorWidth, color: g.red, distance: g.separatorDistance)
        number.keepWithNext = true
        if let signer = m.signer {
            // 上行文: number flush left indented one 字, 签发人 at the right indented one 字.
            number.alignment = .left
            number.leftIndent = character
            number.rightTab = document.pageSetup.textWidth - character
            var runs = [FlowRun(m.number ?? ""), FlowRun("\t签发人：")]
            runs.append(FlowRun(signer, role: .heading2))
            items.append(.paragraph(FlowParagraph(.documentNumber, runs, look: number)))
        } else {
            items.append(.paragraph(FlowParagraph(.documentNumber, text: m.number ?? "", look: number)))
        }
        blank(2, keepWithNext: true)
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
                }
                items.append(.paragraph(FlowParagraph(h.role, runs, outlineLevel: h.level, look: look)))
            case let .paragraph(p):
                items.append(.paragraph(FlowParagraph(p.role, text: p.text, look: look)))
            case let .table(t):
                items.append(.table(t, pageBreakBefore: breakBefore))
                // Word merges adjacent tables: keep a paragraph between them (in every format).
                if index + 1 < blocks.count, case .table = blocks[index + 1] { blank() }
            case .pageBreak:
                pendingBreak = true
            }
        }
        if pendingBreak {
            var look = ParagraphLook()
            look.pageBreakBefore = true
            items.append(.paragraph(FlowParagraph(.body, text: "", look: look)))
        }
    }

    /// §7.3.4: one blank line under the body, `附件：` indented two 字; several attachments
    /// are numbered and wrapped lines align with the first character of the name.
    mutating func attachmentNote() {
        let names = document.attachments.map(\.title)
        guard !names.isEmpty else { return }
        blank(1, keepWithNext: true)
        let label = "附件："
        let indent = 2 * character
        let labelWidth = SignatureLayout.width(of: label) * character
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
            let numberWidth = SignatureLayout.width(of: number) * character
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
        let layout = SignatureLayout(block, character: character)
        // the signature never stands alone on a page: the last body paragraph keeps with it
        if let last = items.lastIndex(where: { if case .paragraph = $0 { return true } else { return false } }),
           case var .paragraph(p) = items[last], p.role != .title {
            if p.look.keepWithNext != true { p.look.keepWithNext = true; items[last] = .paragraph(p) }
        }
        blank(layout.blankLinesBefore, keepWithNext: true)
        var issuer = ParagraphLook()
        issuer.rightIndent = layout.issuerRightIndent
        if block.dateText != nil { issuer.keepWithNext = true }
        items.append(.paragraph(FlowParagraph(.signature, text: block.issuer, look: issuer)))
        if let date = block.dateText, let indent = layout.dateRightIndent {
            var look = ParagraphLook()
            look.rightIndent = indent
            if document.note != nil { look.keepWithNext = true }
            items.append(.paragraph(FlowParagraph(.date, text: date, look: look)))
        }
    }

    /// §7.4: 抄送 line, then 印发机关 + 印发日期, between rules.
    mutating func imprint() {
        guard let imprint = document.imprint, !imprint.isEmpty else { return }
        var lines: [ImprintLine] = []
        if let cc = imprint.copyToLine { lines.append(ImprintLine(left: cc, right: nil, thickRuleBelow: false)) }
        if imprint.printer != nil || imprint.printedDate != nil {
            lines.append(ImprintLine(left: imprint.printer ?? "", right: imprint.printedLine, thickRuleBelow: true))
        }
        if let last = lines.indices.last { lines[last].thickRuleBelow = true }
        items.append(.imprint(lines))
    }
}
