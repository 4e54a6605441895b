/// The flow of the elements of GB/T 9704 beyond the single-issuer 公文: 份号, 密级, 紧急程度
/// (§7.2.1–7.2.3) and the title's line breaks (§7.3.1).
extension FlowBuilder {
    /// The 份号/密级/紧急程度 lines of a document that is not a 信函: one grid line each.
    var marksHeight: Double {
        guard document.kind != .letter, let marks = document.classificationMarks else { return 0 }
        return Double(marks.lines.count) * document.pageSetup.linePitch
    }

    /// §7.2.1–7.2.3: flush left at the top of the block, 份号 then 密级 then 紧急程度, the 版头's
    /// mark moved up by as many lines so that its top stays 35 mm under the block's top. A
    /// document without 版头 has a blank line between them and the title. (信函: in the
    /// letterhead, `letterMarks`.)
    mutating func classificationMarks() {
        guard document.kind != .letter, let marks = document.classificationMarks, !marks.isEmpty else { return }
        for line in marks.lines {
            items.append(.paragraph(markParagraph(line)))
        }
        if document.masthead == nil { blank(1, keepWithNext: true) }
    }

    /// One line of the marks: the 份号 in the body's font (digits in the Latin font), flush
    /// left; 密级 and 紧急程度 in the `classification` role (3号黑体).
    func markParagraph(_ line: (text: String, heiti: Bool)) -> FlowParagraph {
        var look = ParagraphLook()
        look.keepWithNext = true
        if line.heiti { return FlowParagraph(.classification, text: line.text, look: look) }
        look.alignment = .left
        look.firstLineIndent = 0
        return FlowParagraph(.body, text: line.text, look: look)
    }

    /// §10.1: on a 信函 the marks stand flush left under the first double rule, the first one
    /// level with the 发文字号 (7/8 of a 3号 character under the rule), the others below it,
    /// one grid line apart.
    func letterMarks(_ header: [FlowParagraph]) -> [FlowParagraph] {
        guard let marks = document.classificationMarks, !marks.isEmpty else { return header }
        var result = header
        let numberIndex = result.firstIndex { $0.role == .documentNumber }
        let size = document.styles.style(.documentNumber).size
        var first = ParagraphLook()
        first.alignment = .left
        first.firstLineIndent = 0
        first.exactLineHeight = size * 1.15
        first.spaceBefore = 7.0 / 8.0 * 16 - 0.1 * size
        var lines = marks.lines
        let top = lines.removeFirst()
        var runs = [FlowRun(top.text, role: top.heiti ? .classification : nil)]
        if let i = numberIndex {
            // the number at a right tab on the same line
            first = result[i].look.merging(first)
            first.alignment = .left
            first.rightTab = document.pageSetup.textWidth
            runs.append(FlowRun("\t" + result[i].text))
            result[i] = FlowParagraph(.documentNumber, runs, look: first)
        } else {
            result.append(FlowParagraph(.documentNumber, runs, look: first))
        }
        // the others a grid line apart (as above a 版头, §7.2.1–7.2.3), in tight exact lines on
        // which Word and LibreOffice agree: the header then grows by whole lines, the body
        // under it starts where it would without the marks, and the title stands two lines
        // under the last mark as it does under the number (§10.1)
        let pitch = document.pageSetup.linePitch
        for line in lines {
            var look = ParagraphLook()
            look.alignment = .left
            look.firstLineIndent = 0
            look.exactLineHeight = size * 1.15
            look.spaceBefore = max(0, pitch - size * 1.15)
            result.append(FlowParagraph(.documentNumber, [FlowRun(line.text, role: line.heiti ? .classification : nil)], look: look))
        }
        return result
    }

    /// §7.3.1: the title, broken into balanced lines at word boundaries (`TitleLayout`).
    mutating func titleLines() {
        // 命令: no printed title (§10.2); `title` is the file's metadata
        if document.kind == .order { return }
        items.append(.paragraph(FlowParagraph(.title, text: titleText(document.title))))
    }

    /// The title with its line breaks.
    func titleText(_ title: String) -> String {
        let style = document.styles.style(.title)
        let size = style.size + document.styles.letterSpacing(.title)
        // a little short of the block: word processors need some slack at a line's end
        let lineWidth = document.pageSetup.textWidth / size - 0.1
        var issuers: [String] = []
        if let block = document.signature { issuers += block.issuers }
        if let names = document.masthead?.jointNames { issuers += names }
        if let issuer = document.metadata.issuer { issuers.append(issuer) }
        if let mark = document.masthead?.issuerMark {
            issuers.append(mark)
            if mark.hasSuffix("文件") { issuers.append(String(mark.dropLast(2))) }
        }
        return TitleLayout.text(for: title, lineWidth: lineWidth, issuers: issuers)
    }
}

extension ParagraphLook {
    /// This look with `other`'s settings where `other` has them.
    func merging(_ other: ParagraphLook) -> ParagraphLook {
        var r = self
        if other.keepWithNext != nil { r.keepWithNext = other.keepWithNext }
        if other.leftIndent != nil { r.leftIndent = other.leftIndent }
        if other.rightIndent != nil { r.rightIndent = other.rightIndent }
        if other.firstLineIndent != nil { r.firstLineIndent = other.firstLineIndent }
        if other.spaceBefore != nil { r.spaceBefore = other.spaceBefore }
        if other.alignment != nil { r.alignment = other.alignment }
        if other.exactLineHeight != nil { r.exactLineHeight = other.exactLineHeight }
        if other.rightTab != nil { r.rightTab = other.rightTab }
        return r
    }
}

// MARK: 联合行文, 签发人, 命令, 纪要

extension FlowBuilder {
    /// §7.2.6: several 签发人 in a column at the right after `签发人：` (names in 楷体, their
    /// first characters aligned: shorter names are filled with ideographic spaces to the right
    /// tab), the 发文字号 flush left indented one 字 on the line of the last name, the red
    /// separator under that line.
    mutating func signerLines(_ m: Masthead, numberLook: ParagraphLook) {
        let names = m.allSigners
        let longest = names.map(\.count).max() ?? 0
        func padded(_ name: String) -> String { name + String(repeating: "\u{3000}", count: longest - name.count) }
        var look = numberLook
        look.alignment = .left
        // a first-line indent (one line each): a left indent would shorten the rule
        look.firstLineIndent = character
        look.rightTab = document.pageSetup.textWidth - character
        var plain = look
        plain.bottomRule = nil
        for (i, name) in names.enumerated() {
            let last = i == names.count - 1
            var runs = [FlowRun((last ? (m.number ?? "") : "") + "\t" + (i == 0 ? "签发人：" : ""))]
            runs.append(FlowRun(padded(name), role: .heading2))
            items.append(.paragraph(FlowParagraph(.documentNumber, runs, look: last ? look : plain)))
        }
    }

    /// §7.2.4 联合行文: the names stacked and centred, the suffix (`文件`) right of them and
    /// vertically centred on them, the top 35 mm under the block; the number two lines below,
    /// the red separator under it.
    mutating func jointMasthead(_ m: Masthead) {
        let g = document.styles.geometry
        let style = document.styles.style(.issuerMark)
        let size = style.size
        let names = m.jointNames.map { TextWidth.ems(of: $0) * size }
        let suffix = m.suffix.map { TextWidth.ems(of: $0) * size } ?? 0
        // the names' lines: together a whole number of grid lines (LibreOffice puts the grid
        // text after a table on the next grid line), each at least 1.15 of the mark's size
        let pitch = document.pageSetup.linePitch
        let natural = (style.lineHeight ?? size * 1.2) * Double(m.jointNames.count)
        var lines = (natural / pitch).rounded(.down)
        if lines * pitch / Double(m.jointNames.count) < size * 1.15 { lines += 1 }
        let lineHeight = lines * pitch / Double(m.jointNames.count)
        // the top of the lead name's em box (not of its line) 35 mm under the block, as the
        // single issuer's mark (`masthead()`)
        let top = max(0, g.markTop - marksHeight - Self.emBoxTop(size: size, line: lineHeight))
        // the mark ends on a grid line (LibreOffice's ODF layout starts grid text after a table
        // on the next grid line; Word's does not): the number two lines under it in both formats
        let end = marksHeight + top + lines * pitch
        let fill = (end / pitch).rounded(.up) * pitch - end
        items.append(.jointMark(JointMark(names: m.jointNames, suffix: m.suffix, spaceBefore: top,
                                          spaceAfter: fill > 0.5 ? fill - 0.3 : 0,   // a little short: rounding must not pass the grid line
                                          lineHeight: lineHeight,
                                          nameWidth: (names.max() ?? 0) + size / 2, suffixWidth: suffix > 0 ? suffix + size / 2 : 0)))
        blank(2, keepWithNext: true)
        numberAndSeparator(m)
        blank(2, keepWithNext: true)
    }

    /// §10.2 命令（令）: the mark red and centred, its top 20 mm under the block (the order
    /// sheet's `mark-top`); the 令号 two blank lines below, centred; the body two blank lines
    /// below the 令号 (no red separator, no printed title).
    mutating func orderMasthead(_ m: Masthead) {
        let g = document.styles.geometry
        let style = document.styles.style(.issuerMark)
        let markLine = style.lineHeight ?? style.size * 1.2
        var mark = ParagraphLook()
        // the top of the mark's em box (not of its line) 20 mm under the block, in an exact
        // line, as the 35 mm mark of `masthead()` (a line of the font's own height set the
        // glyphs' top 21.9 mm under the block)
        mark.spaceBefore = max(0, g.markTop - marksHeight - Self.emBoxTop(size: style.size, line: markLine))
        if style.lineHeight == nil { mark.exactLineHeight = markLine }
        mark.keepWithNext = true
        items.append(.paragraph(FlowParagraph(.issuerMark, text: m.issuerMark, look: mark)))
        // Fill the mark's last line up to the next grid line (LibreOffice's ODF layout starts
        // grid text after an off-grid line on the next grid line; Word's does not): the 令号
        // then stands two lines under the mark in both formats.
        let end = mark.spaceBefore! + markLine
        let pitch = document.pageSetup.linePitch
        let fill = (end / pitch).rounded(.up) * pitch - end
        if fill > 0.5 {
            var look = ParagraphLook()
            look.exactLineHeight = fill
            look.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.tableCell, text: "", look: look)))
        }
        blank(m.number == nil ? 1 : 2, keepWithNext: true)
        if let number = m.number {
            var look = ParagraphLook()
            look.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.documentNumber, text: number, look: look)))
            blank(1, keepWithNext: true)
        }
        // (the second blank line: the one every document has under its title)
    }

    /// §7.3.5.2, joint issuers without seals: the lead's name first, the others below, all at
    /// the same right indent; the date under the last, its first character 2 字 right of the
    /// last name's (or right-indented 2 字 and the names moved left when it is longer).
    mutating func jointSignature(_ block: SignatureBlock) {
        var last = block
        last.issuer = block.issuers.last ?? block.issuer
        // the longest name decides how far left the column stands when the date is long
        let layout = SignatureLayout(last, character: character, autospace: document.styles.autospace(.signature))
        keepLastBodyParagraph()
        blank(layout.blankLinesBefore, keepWithNext: true)
        for name in block.issuers {
            var look = ParagraphLook()
            look.rightIndent = layout.issuerRightIndent
            look.keepWithNext = true
            items.append(.paragraph(FlowParagraph(.signature, text: name, look: look)))
        }
        if let date = block.dateText, let indent = layout.dateRightIndent {
            var look = ParagraphLook()
            look.rightIndent = indent
            if document.note != nil { look.keepWithNext = true }
            items.append(.paragraph(FlowParagraph(.date, text: date, look: look)))
        }
    }

    /// §7.3.5.3 命令: two blank lines under the body; the signer's title 2 字 left of the
    /// signature seal, which is right-indented 4 字 (until the seal is an image, the signer's
    /// name stands in its place); the date one blank line below, right-indented 4 字.
    mutating func orderSignature(_ block: SignatureBlock) {
        keepLastBodyParagraph()
        blank(2, keepWithNext: true)
        var look = ParagraphLook()
        look.rightIndent = 4 * character
        look.keepWithNext = block.dateText != nil
        var runs: [FlowRun] = []
        if let title = block.signerTitle { runs.append(FlowRun(title)) }
        if let name = block.signerName ?? (block.issuer.isEmpty ? nil : block.issuer) {
            if !runs.isEmpty { runs.append(FlowRun("\u{3000}\u{3000}")) }
            runs.append(FlowRun(name))
        }
        items.append(.paragraph(FlowParagraph(.signature, runs, look: look)))
        if let date = block.dateText {
            blank(1, keepWithNext: true)
            var dateLook = ParagraphLook()
            dateLook.rightIndent = 4 * character
            items.append(.paragraph(FlowParagraph(.date, text: date, look: dateLook)))
        }
    }

    /// The last body paragraph (or a table that ends the body) keeps with the signature under it.
    mutating func keepLastBodyParagraph() {
        if keepTrailingTable() { return }
        if let last = items.lastIndex(where: { if case .paragraph = $0 { return true } else { return false } }),
           case var .paragraph(p) = items[last], p.role != .title, p.look.keepWithNext != true {
            p.look.keepWithNext = true
            items[last] = .paragraph(p)
        }
    }

    /// §10.3 纪要: one blank line under the body (or 附件说明), then `出席：`, `请假：`, `列席：`
    /// indented 2 字, the label in 3号黑体 (the `classification` role's look), the names in
    /// 3号仿宋 joined with `、`, wrapped lines aligned after the colon.
    mutating func attendanceLines() {
        guard document.kind == .minutes, let attendance = document.attendance, !attendance.isEmpty else { return }
        // the blank line never opens a page: the text above keeps with it, as with the signature
        keepLastBodyParagraph()
        blank(1, keepWithNext: true)
        let advance = character + document.styles.letterSpacing(.body)
        for (label, names) in attendance.lines {
            let labelWidth = TextWidth.ems(of: label) * advance
            var look = ParagraphLook()
            look.alignment = .left
            look.leftIndent = 2 * character + labelWidth
            look.firstLineIndent = -labelWidth
            // a page break never splits a line of two or three lines, and leaves at least two
            // of a longer one on each page (the names are read as one list)
            look.widowControl = true
            items.append(.paragraph(FlowParagraph(.body, [FlowRun(label, role: .classification), FlowRun(names)], look: look)))
        }
    }
}

/// 联合行文's 发文机关标志 (§7.2.4): the names stacked and centred, the suffix at their right,
/// vertically centred on them; written as a table without borders, centred on the block.
public struct JointMark: Sendable, Equatable {
    public var names: [String]
    public var suffix: String?
    /// From the top of the text block (under the 份号/密级/紧急程度 lines) to the top of the mark.
    public var spaceBefore: Double
    /// Under the mark, up to the next grid line.
    public var spaceAfter: Double
    /// The exact line height of each name (and of the suffix).
    public var lineHeight: Double
    /// The names' column and the suffix's column, in points (0 without a suffix).
    public var nameWidth: Double
    public var suffixWidth: Double
}
