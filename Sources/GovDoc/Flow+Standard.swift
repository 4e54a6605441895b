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
    /// level with the 发文字号 (7/8 of a 3号 character under the rule), the others below it.
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
        for line in lines {
            var look = ParagraphLook()
            look.alignment = .left
            look.firstLineIndent = 0
            look.exactLineHeight = size * 1.15
            result.append(FlowParagraph(.documentNumber, [FlowRun(line.text, role: line.heiti ? .classification : nil)], look: look))
        }
        return result
    }

    /// §7.3.1: the title, broken into balanced lines at word boundaries (`TitleLayout`).
    mutating func titleLines() {
        items.append(.paragraph(FlowParagraph(.title, text: titleText(document.title))))
    }

    /// The title with its line breaks.
    func titleText(_ title: String) -> String {
        let style = document.styles.style(.title)
        let size = style.size + document.styles.letterSpacing(.title)
        // a little short of the block: word processors need some slack at a line's end
        let lineWidth = document.pageSetup.textWidth / size - 0.1
        var issuers: [String] = []
        if let issuer = document.signature?.issuer { issuers.append(issuer) }
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
