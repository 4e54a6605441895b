import GovDoc
import GovDocPackaging

extension DocumentPart {
    /// 联合行文's mark (§7.2.4): a table without borders, centred on the block — the names
    /// stacked in the first column, the suffix in the second, both centred vertically (Word and
    /// LibreOffice both place a plain table where it stands in the text).
    func jointMark(_ x: XMLStreamWriter, _ mark: JointMark) throws {
        let widths = [mark.nameWidth, mark.suffixWidth].filter { $0 > 0 }.map(twips)
        let style = WordML.styleID(.issuerMark)
        // the space above: an empty line of that exact height in small type (a table has no
        // space before of its own)
        var spacer = ParagraphLook()
        spacer.exactLineHeight = max(1, mark.spaceBefore)
        spacer.keepWithNext = true
        try paragraph(x, FlowParagraph(.tableCell, text: "", look: spacer))
        try x.element("w:tbl") {
            try x.element("w:tblPr") {
                try x.emptyElement("w:tblW", ["w:w": "\(widths.reduce(0, +))", "w:type": "dxa"])
                try x.emptyElement("w:jc", ["w:val": "center"])
                try x.element("w:tblBorders") {
                    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                        try x.emptyElement("w:\(side)", ["w:val": "nil"])
                    }
                }
                try x.emptyElement("w:tblLayout", ["w:type": "fixed"])
                try x.element("w:tblCellMar") {
                    for side in ["top", "left", "bottom", "right"] { try x.emptyElement("w:\(side)", ["w:w": "0", "w:type": "dxa"]) }
                }
            }
            try x.element("w:tblGrid") {
                for w in widths { try x.emptyElement("w:gridCol", ["w:w": "\(w)"]) }
            }
            try x.element("w:tr") {
                try x.element("w:trPr") { try x.emptyElement("w:cantSplit") }
                let columns: [[String]] = [mark.names] + (mark.suffix.map { [[$0]] } ?? [])
                for (c, lines) in columns.enumerated() {
                    try x.element("w:tc") {
                        try x.element("w:tcPr") {
                            try x.emptyElement("w:tcW", ["w:w": "\(widths[min(c, widths.count - 1)])", "w:type": "dxa"])
                            try x.emptyElement("w:vAlign", ["w:val": "center"])
                        }
                        for line in lines {
                            try x.element("w:p") {
                                try x.element("w:pPr") {
                                    try x.emptyElement("w:pStyle", ["w:val": style])
                                    try x.emptyElement("w:keepNext")
                                    try x.emptyElement("w:spacing", ["w:line": "\(twips(mark.lineHeight))", "w:lineRule": "exact"])
                                    try x.emptyElement("w:jc", ["w:val": c == 0 ? "center" : "left"])
                                }
                                try x.element("w:r") { try WordML.runText(x, line) }
                            }
                        }
                    }
                }
            }
        }
        if mark.spaceAfter > 0 {
            var filler = ParagraphLook()
            filler.exactLineHeight = mark.spaceAfter
            filler.keepWithNext = true
            try paragraph(x, FlowParagraph(.tableCell, text: "", look: filler))
        }
    }
}
