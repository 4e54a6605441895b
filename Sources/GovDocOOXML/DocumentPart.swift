import GovDoc
import GovDocPackaging

/// `word/document.xml`: the title, the body blocks, the signature and the section properties.
struct DocumentPart {
    let document: Document
    let flow: Flow
    init(_ document: Document, flow: Flow) {
        self.document = document
        self.flow = flow
    }

    /// The part, written; `ZipArchiveWriter.add` takes its buffer without copying it.
    func write() throws -> XMLStreamWriter {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("w:document", ["xmlns:w": WordML.namespace, "xmlns:r": WordML.relationshipsNamespace,
                                     "xmlns:v": "urn:schemas-microsoft-com:vml", "xmlns:o": "urn:schemas-microsoft-com:office:office",
                                     "xmlns:w10": "urn:schemas-microsoft-com:office:word",
                                     // the 版记's DrawingML text box (Word 2010+) and pictures, as Word declares them
                                     "xmlns:mc": WordML.markupCompatibility, "xmlns:wp": WordML.wordprocessingDrawing,
                                     "xmlns:a": WordML.drawingML, "xmlns:pic": DrawingML.picture, "xmlns:wps": WordML.wordprocessingShape,
                                     "xmlns:w14": "http://schemas.microsoft.com/office/word/2010/wordml",
                                     "xmlns:wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
                                     "mc:Ignorable": "w14 wp14"]) {
            try x.element("w:body") {
                var sections = 0
                for item in flow.items {
                    if WorkStop.requested { break }   // the server's deadline passed
                    switch item {
                    case let .paragraph(p):
                        try paragraph(x, p)
                    case let .table(table, pageBreakBefore) where table.landscape:
                        // its own section on A4 landscape: end the portrait section before it,
                        // and the landscape one after it (each section break starts a page)
                        _ = pageBreakBefore
                        try sectionBreak(x, page: document.pageSetup, first: sections == 0)
                        try self.table(x, table, page: document.pageSetup.landscape)
                        try sectionBreak(x, page: document.pageSetup.landscape, first: false)
                        sections += 2
                    case let .table(table, pageBreakBefore):
                        if pageBreakBefore {
                            // the break's carrier, 1 pt high: no blank line opens the page
                            var look = ParagraphLook()
                            look.pageBreakBefore = true
                            look.exactLineHeight = 1
                            try paragraph(x, FlowParagraph(.body, look: look))
                        }
                        try self.table(x, table, page: document.pageSetup)
                    case let .imprint(lines):
                        try imprint(x, lines)
                    case let .jointMark(mark):
                        try jointMark(x, mark)
                    }
                }
                try sectionProperties(x, page: document.pageSetup, first: sections == 0)
            }
        }
        return x
    }

    // MARK: paragraphs

    func paragraph(_ x: XMLStreamWriter, _ p: FlowParagraph) throws {
        let look = p.look
        try x.element("w:p") {
            try x.element("w:pPr") {
                try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(p.role)])
                if let keep = look.keepWithNext { try x.emptyElement("w:keepNext", ["w:val": keep ? "1" : "0"]) }
                if look.pageBreakBefore { try x.emptyElement("w:pageBreakBefore") }
                if look.widowControl { try x.emptyElement("w:widowControl") }
                if look.topRule != nil || look.bottomRule != nil {
                    try x.element("w:pBdr") {
                        if let rule = look.topRule { try border(x, "w:top", rule) }
                        if let rule = look.bottomRule { try border(x, "w:bottom", rule) }
                    }
                }
                if look.rightTab != nil || !look.centerTabs.isEmpty {
                    try x.element("w:tabs") {
                        for tab in look.centerTabs { try x.emptyElement("w:tab", ["w:val": "center", "w:pos": "\(twips(tab))"]) }
                        if let tab = look.rightTab { try x.emptyElement("w:tab", ["w:val": "right", "w:pos": "\(twips(tab))"]) }
                    }
                }
                // an exact line stands off the grid (as in the ODF writer), where its height is its own
                if look.exactLineHeight != nil || look.autoLineHeight { try x.emptyElement("w:snapToGrid", ["w:val": "0"]) }
                if look.spaceBefore != nil || look.exactLineHeight != nil || look.autoLineHeight {
                    try x.startElement("w:spacing")
                    if let before = look.spaceBefore { try x.attribute("w:before", "\(twips(before))") }
                    if let line = look.exactLineHeight {
                        try x.attribute("w:line", "\(twips(line))")
                        try x.attribute("w:lineRule", "exact")
                    } else if look.autoLineHeight {
                        try x.attribute("w:line", "240")
                        try x.attribute("w:lineRule", "auto")
                    }
                    try x.endElement()
                }
                if look.leftIndent != nil || look.rightIndent != nil || look.firstLineIndent != nil {
                    try x.startElement("w:ind")
                    if let left = look.leftIndent { try x.attribute("w:left", "\(twips(left))") }
                    if let right = look.rightIndent { try x.attribute("w:right", "\(twips(right))") }
                    if let first = look.firstLineIndent {
                        if first < 0 {
                            try x.attribute("w:hanging", "\(twips(-first))")
                        } else {
                            try x.attribute("w:firstLine", "\(twips(first))")
                        }
                        // the role's style may indent in characters, which Word prefers: clear it
                        try x.attribute("w:hangingChars", "0")
                        try x.attribute("w:firstLineChars", "0")
                    }
                    try x.endElement()
                }
                if let alignment = look.alignment { try x.emptyElement("w:jc", ["w:val": WordML.justification(alignment)]) }
            }
            for image in p.images { try drawing(x, image) }
            for run in p.runs where !run.text.isEmpty {
                try x.element("w:r") {
                    let hint = WordML.needsEastAsiaHint(run.text)
                    if run.role != nil || hint {
                        try x.element("w:rPr") {
                            if let role = run.role { try x.emptyElement("w:rStyle", ["w:val": WordML.characterStyleID(role)]) }
                            if hint { try WordML.eastAsiaHint(x) }
                        }
                    }
                    try WordML.runText(x, run.text)
                }
            }
        }
    }

    /// A paragraph border: single, or a double rule (thick over thin or thin over thick) whose
    /// width is the thick line's.
    private func border(_ x: XMLStreamWriter, _ side: String, _ rule: FlowRule) throws {
        let style: String
        if let double = rule.double {
            // Word names compound lines from the text outwards: thinThick puts the thin line
            // next to the text
            style = double.thickNearText(ruleBelowText: side == "w:bottom") ? "thickThinSmallGap" : "thinThickSmallGap"
        } else {
            style = "single"
        }
        try x.emptyElement(side, ["w:val": style, "w:sz": "\(eighthPoints(rule.width))",
                                  "w:space": "\(Int(rule.distance.rounded()))", "w:color": rule.color])
    }

    /// 版记 (§7.4): at the foot of the text block on the last page, its last rule on the block's
    /// bottom edge. A VML text box anchored to the bottom of the margin area (Word reads it, and
    /// LibreOffice places it there, which it does not do for a floating table or framed
    /// paragraphs) holds the 版记 table; the anchor is a 1 pt paragraph after the last text, so
    /// the box is on the page where the text ends, or on the next one when it does not fit.
    private func imprint(_ x: XMLStreamWriter, _ lines: [ImprintLine]) throws {
        let height = ImprintLine.minimumHeight(of: lines, styles: document.styles)
        let box = "position:absolute;margin-left:0;margin-top:0;width:\(vmlPoints(document.pageSetup.textWidth))pt;"
            + "height:\(vmlPoints(height))pt;z-index:1;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            + "mso-position-vertical:bottom;mso-position-vertical-relative:margin;v-text-anchor:bottom"
        try x.element("w:p") {
            try x.element("w:pPr") {
                try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(.imprint)])
                try x.emptyElement("w:spacing", ["w:line": "20", "w:lineRule": "exact"])
            }
            try x.element("w:r") {
                // as Word 2010+ writes a text box: a DrawingML shape for readers that know
                // `wps`, the VML shape for the others (LibreOffice reads the choice)
                try x.element("mc:AlternateContent") {
                    try x.element("mc:Choice", ["Requires": "wps"]) {
                        try x.element("w:drawing") { try imprintDrawing(x, lines, height: imprintHeight(lines)) }
                    }
                    try x.element("mc:Fallback") {
                        try x.element("w:pict") {
                            try x.element("v:shapetype", ["id": "_x0000_t202", "coordsize": "21600,21600", "o:spt": "202",
                                                          "path": "m,l,21600r21600,l21600,xe"]) {
                                try x.emptyElement("v:stroke", ["joinstyle": "miter"])
                                try x.emptyElement("v:path", ["gradientshapeok": "t", "o:connecttype": "rect"])
                            }
                            try x.element("v:shape", ["id": "GovImprint", "o:spid": "_x0000_s1025", "type": "#_x0000_t202", "style": box,
                                                      "stroked": "f", "filled": "f"]) {
                                try x.element("v:textbox", ["inset": "0,0,0,0", "style": "mso-fit-shape-to-text:t"]) {
                                    try imprintContent(x, lines)
                                }
                                try x.emptyElement("w10:wrap", ["type": "topAndBottom"])
                            }
                        }
                    }
                }
            }
        }
    }

    /// The text box's content: the 版记 table and the paragraph a text box ends with (1 pt,
    /// under the last rule).
    private func imprintContent(_ x: XMLStreamWriter, _ lines: [ImprintLine]) throws {
        try x.element("w:txbxContent") {
            try imprintTable(x, lines)
            try x.element("w:p") {
                try x.element("w:pPr") {
                    try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(.imprint)])
                    try x.emptyElement("w:spacing", ["w:line": "20", "w:lineRule": "exact"])
                }
            }
        }
    }

    /// The 版记's height with its wrapped lines (a long 抄送 list), estimated from the widths of
    /// its characters: the DrawingML box is as tall as that. (`a:spAutoFit` would let Word fit
    /// it, but LibreOffice 7.4 then sets the box 2 mm above the block's foot.)
    private func imprintHeight(_ lines: [ImprintLine]) -> Double {
        let style = document.styles.style(.imprint)
        let row = style.lineHeight ?? style.size * 1.5
        let available = document.pageSetup.textWidth - 2 * style.size
        let autospace = document.styles.autospace
        var rows = 0
        for line in lines {
            let text = line.left + (line.right.map { "　" + $0 } ?? "")
            let width = SignatureLayout.width(of: text, autospace: autospace) * style.size
            let rest = max(0, width - available)
            let continuation = max(style.size, available - (line.hangingIndent ?? 0))
            rows += 1 + Int((rest / continuation).rounded(.up))
        }
        return max(ImprintLine.minimumHeight(of: lines, styles: document.styles), Double(rows) * row + 4)
    }

    /// The 版记 as a DrawingML text box (`wps:wsp`): anchored to the paragraph, centred on the
    /// margin area and at its bottom, text above and below only, no insets, its text at the
    /// bottom.
    private func imprintDrawing(_ x: XMLStreamWriter, _ lines: [ImprintLine], height: Double) throws {
        let cx = "\(emu(document.pageSetup.textWidth))", cy = "\(emu(height))"
        try x.element("wp:anchor", ["distT": "0", "distB": "0", "distL": "0", "distR": "0", "simplePos": "0",
                                    "relativeHeight": "251659264", "behindDoc": "0", "locked": "0",
                                    "layoutInCell": "1", "allowOverlap": "1"]) {
            try x.emptyElement("wp:simplePos", ["x": "0", "y": "0"])
            try x.element("wp:positionH", ["relativeFrom": "margin"]) { try x.element("wp:align") { try x.text("center") } }
            try x.element("wp:positionV", ["relativeFrom": "margin"]) { try x.element("wp:align") { try x.text("bottom") } }
            try x.emptyElement("wp:extent", ["cx": cx, "cy": cy])
            try x.emptyElement("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
            try x.emptyElement("wp:wrapTopAndBottom")
            try x.emptyElement("wp:docPr", ["id": "1", "name": "版记"])
            try x.emptyElement("wp:cNvGraphicFramePr")
            try x.element("a:graphic") {
                try x.element("a:graphicData", ["uri": WordML.wordprocessingShape]) {
                    try x.element("wps:wsp") {
                        try x.emptyElement("wps:cNvSpPr", ["txBox": "1"])
                        try x.element("wps:spPr") {
                            try x.element("a:xfrm") {
                                try x.emptyElement("a:off", ["x": "0", "y": "0"])
                                try x.emptyElement("a:ext", ["cx": cx, "cy": cy])
                            }
                            try x.element("a:prstGeom", ["prst": "rect"]) { try x.emptyElement("a:avLst") }
                            try x.emptyElement("a:noFill")
                            try x.element("a:ln") { try x.emptyElement("a:noFill") }
                        }
                        try x.element("wps:txbx") { try imprintContent(x, lines) }
                        try x.element("wps:bodyPr", ["rot": "0", "vert": "horz", "wrap": "square", "lIns": "0", "tIns": "0",
                                                     "rIns": "0", "bIns": "0", "anchor": "b", "anchorCtr": "0"]) {
                            try x.emptyElement("a:noAutofit")
                        }
                    }
                }
            }
        }
    }

    /// The 版记 table: one column as wide as the text block, without side borders, a thick rule
    /// above the first line and below the last, thin rules between.
    private func imprintTable(_ x: XMLStreamWriter, _ lines: [ImprintLine]) throws {
        let g = document.styles.geometry
        let width = twips(document.pageSetup.textWidth)
        let character = document.styles.style(.imprint).size
        func rule(_ side: String, _ size: Double) throws {
            try x.emptyElement("w:\(side)", ["w:val": "single", "w:sz": "\(eighthPoints(size))", "w:space": "0", "w:color": "000000"])
        }
        try x.element("w:tbl") {
            try x.element("w:tblPr") {
                try x.emptyElement("w:tblW", ["w:w": "\(width)", "w:type": "dxa"])
                try x.emptyElement("w:jc", ["w:val": "center"])
                try x.element("w:tblBorders") {
                    let ruled = lines.allSatisfy(\.ruled)
                    if ruled { try rule("top", g.imprintThickRule) } else { try x.emptyElement("w:top", ["w:val": "nil"]) }
                    try x.emptyElement("w:left", ["w:val": "nil"])
                    if ruled { try rule("bottom", g.imprintThickRule) } else { try x.emptyElement("w:bottom", ["w:val": "nil"]) }
                    try x.emptyElement("w:right", ["w:val": "nil"])
                    if ruled { try rule("insideH", g.imprintThinRule) } else { try x.emptyElement("w:insideH", ["w:val": "nil"]) }
                    try x.emptyElement("w:insideV", ["w:val": "nil"])
                }
                try x.emptyElement("w:tblLayout", ["w:type": "fixed"])
                try x.element("w:tblCellMar") {
                    try x.emptyElement("w:left", ["w:w": "\(twips(character))", "w:type": "dxa"])
                    try x.emptyElement("w:right", ["w:w": "\(twips(character))", "w:type": "dxa"])
                }
            }
            try x.element("w:tblGrid") { try x.emptyElement("w:gridCol", ["w:w": "\(width)"]) }
            for line in lines {
                try x.element("w:tr") {
                    try x.element("w:trPr") { try x.emptyElement("w:cantSplit") }
                    try x.element("w:tc") {
                        try x.element("w:tcPr") {
                            try x.emptyElement("w:tcW", ["w:w": "\(width)", "w:type": "dxa"])
                            try x.emptyElement("w:vAlign", ["w:val": "center"])
                        }
                        try x.element("w:p") {
                            try x.element("w:pPr") {
                                try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(.imprint)])
                                try x.emptyElement("w:keepNext")
                                if let hanging = line.hangingIndent {
                                    try x.emptyElement("w:ind", ["w:left": "\(twips(hanging))", "w:hanging": "\(twips(hanging))",
                                                                 "w:hangingChars": "0"])
                                }
                                if line.right != nil {
                                    try x.element("w:tabs") {
                                        try x.emptyElement("w:tab", ["w:val": "right", "w:pos": "\(width - 2 * twips(character))"])
                                    }
                                }
                            }
                            try x.element("w:r") {
                                let text = line.left + (line.right.map { "\t" + $0 } ?? "")
                                if WordML.needsEastAsiaHint(text) { try x.element("w:rPr") { try WordML.eastAsiaHint(x) } }
                                try WordML.runText(x, text)
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: tables

    /// A cell's `w:tcPr` and `w:pPr`, written once per distinct look: a table repeats a few
    /// looks thousands of times.
    /// The markup around a cell's text, written once per distinct look (width, span, merge,
    /// header): a table repeats a few looks thousands of times.
    private final class CellMarkup {
        struct Key: Hashable { var width: Int; var colSpan: Int; var merge: String?; var header: Bool; var empty: Bool; var hint = false; var keepNext = false }
        var cache: [Key: (open: [UInt8], close: [UInt8])] = [:]

        func markup(_ key: Key) throws -> (open: [UInt8], close: [UInt8]) {
            if let cached = cache[key] { return cached }
            let markup = try XMLStreamWriter.enclosure { x in
                try x.element("w:tc") {
                    try x.element("w:tcPr") {
                        try x.emptyElement("w:tcW", ["w:w": "\(key.width)", "w:type": "dxa"])
                        if key.colSpan > 1 { try x.emptyElement("w:gridSpan", ["w:val": "\(key.colSpan)"]) }
                        if let merge = key.merge {
                            if merge == "continue" { try x.emptyElement("w:vMerge") } else { try x.emptyElement("w:vMerge", ["w:val": merge]) }
                        }
                        try x.emptyElement("w:vAlign", ["w:val": "center"])
                    }
                    try x.element("w:p") {
                        try x.element("w:pPr") {
                            try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(key.header ? .tableHeader : .tableCell)])
                            if key.keepNext { try x.emptyElement("w:keepNext") }
                        }
                        if key.empty {
                            try x.text(XMLStreamWriter.slot)
                        } else {
                            try x.element("w:r") {
                                if key.hint { try x.element("w:rPr") { try WordML.eastAsiaHint(x) } }
                                try WordML.text(x, XMLStreamWriter.slot)
                            }
                        }
                    }
                }
            }
            cache[key] = markup
            return markup
        }
    }

    private func table(_ x: XMLStreamWriter, _ table: Table, page: PageSetup) throws {
        let grid = try TableGrid(table)
        let cells = CellMarkup()
        let widths = grid.columnWidths(for: table, totalWidth: page.textWidth,
                                        characterWidth: document.styles.style(.tableCell).size).map(twips)
        try x.element("w:tbl") {
            try x.element("w:tblPr") {
                try x.emptyElement("w:tblW", ["w:w": "\(widths.reduce(0, +))", "w:type": "dxa"])
                try x.emptyElement("w:jc", ["w:val": "center"])
                try x.element("w:tblBorders") {
                    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                        try x.emptyElement("w:\(side)", ["w:val": "single", "w:sz": "\(eighthPoints(0.5))", "w:space": "0", "w:color": "000000"])
                    }
                }
                try x.emptyElement("w:tblLayout", ["w:type": "fixed"])
                try x.element("w:tblCellMar") {
                    try x.emptyElement("w:left", ["w:w": "57", "w:type": "dxa"])
                    try x.emptyElement("w:right", ["w:w": "57", "w:type": "dxa"])
                }
            }
            try x.element("w:tblGrid") {
                for w in widths { try x.emptyElement("w:gridCol", ["w:w": "\(w)"]) }
            }
            for (r, row) in table.rows.enumerated() {
                if WorkStop.requested { break }   // the server's deadline passed
                // the last row kept with what follows (Word and LibreOffice move that row)
                let keepNext = table.keepWithNext && r == table.rows.count - 1
                try x.element("w:tr") {
                    try x.element("w:trPr") {
                        try x.emptyElement("w:cantSplit")
                        if row.isHeader && r < table.headerRowCount { try x.emptyElement("w:tblHeader") }
                    }
                    for c in 0..<grid.columnCount {
                        switch grid.slots[r][c] {
                        case let .origin(index):
                            let cell = row.cells[index]
                            let width = widths[c..<(c + cell.colSpan)].reduce(0, +)
                            try tableCell(x, cell: cell, width: width, merge: cell.rowSpan > 1 ? "restart" : nil, markup: cells, keepNext: keepNext)
                        case let .covered(originRow, originColumn):
                            // Only the first column of a cell spanning down from above gets a
                            // continuation cell; columns it spans sideways are covered by gridSpan.
                            guard originRow < r, originColumn == c,
                                  let cell = grid.cell(in: table, row: originRow, column: originColumn) else { continue }
                            let width = widths[c..<(c + cell.colSpan)].reduce(0, +)
                            try tableCell(x, cell: TableCell(lines: [""], rowSpan: 1, colSpan: cell.colSpan, isHeader: cell.isHeader),
                                          width: width, merge: "continue", markup: cells, keepNext: keepNext)
                        }
                    }
                }
            }
        }
    }

    private func tableCell(_ x: XMLStreamWriter, cell: TableCell, width: Int, merge: String?, markup: CellMarkup, keepNext: Bool = false) throws {
        let continued = merge == "continue"
        let lines = continued ? [] : cell.lines
        if lines.count <= 1 {
            // one run of text (or none) between the cached open and close tags
            let text = lines.first ?? ""
            let fragments = try markup.markup(CellMarkup.Key(width: width, colSpan: cell.colSpan, merge: merge,
                                                             header: cell.isHeader, empty: text.isEmpty,
                                                             hint: WordML.needsEastAsiaHint(text), keepNext: keepNext))
            try x.raw(fragments.open)
            if !text.isEmpty { try x.text(text) }
            try x.raw(fragments.close)
            return
        }
        let fragments = try markup.markup(CellMarkup.Key(width: width, colSpan: cell.colSpan, merge: merge,
                                                         header: cell.isHeader, empty: true, keepNext: keepNext))
        try x.raw(fragments.open)
        for (i, line) in lines.enumerated() {
            try x.element("w:r") {
                if WordML.needsEastAsiaHint(line) { try x.element("w:rPr") { try WordML.eastAsiaHint(x) } }
                if i > 0 { try x.emptyElement("w:br") }
                if !line.isEmpty { try WordML.text(x, line) }
            }
        }
        try x.raw(fragments.close)
    }

    // MARK: section

    /// An empty paragraph that ends a section with `page`'s setup.
    private func sectionBreak(_ x: XMLStreamWriter, page: PageSetup, first: Bool) throws {
        try x.element("w:p") {
            try x.element("w:pPr") {
                try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(.body)])
                try sectionProperties(x, page: page, first: first)
            }
        }
    }

    /// Footers, paper, margins, numbering (the first section starts at the first page number;
    /// later ones continue) and the line grid.
    private func sectionProperties(_ x: XMLStreamWriter, page: PageSetup, first: Bool) throws {
        let footer = document.footer
        let letterhead = first ? flow.firstPage : nil
        try x.element("w:sectPr") {
            if letterhead != nil {
                try x.emptyElement("w:headerReference", ["w:type": "first", "r:id": OOXMLWriter.FooterSide.firstPageHeaderID])
            }
            try x.emptyElement("w:footerReference", ["w:type": "default", "r:id": OOXMLWriter.FooterSide.odd.relationshipID])
            if footer.alternateSides {
                try x.emptyElement("w:footerReference", ["w:type": "even", "r:id": OOXMLWriter.FooterSide.even.relationshipID])
            }
            if letterhead != nil {
                try x.emptyElement("w:footerReference", ["w:type": "first", "r:id": OOXMLWriter.FooterSide.first.relationshipID])
            }
            if page.isLandscape {
                try x.emptyElement("w:pgSz", ["w:w": "\(twips(page.width))", "w:h": "\(twips(page.height))", "w:orient": "landscape"])
            } else {
                try x.emptyElement("w:pgSz", ["w:w": "\(twips(page.width))", "w:h": "\(twips(page.height))"])
            }
            try x.emptyElement("w:pgMar", [
                "w:top": "\(twips(page.marginTop))", "w:right": "\(twips(page.marginRight))",
                "w:bottom": "\(twips(page.marginBottom))", "w:left": "\(twips(page.marginLeft))",
                "w:header": "\(twips(letterhead?.headerTop ?? points(mm: 15)))",
                "w:footer": "\(twips(footerDistance(page) - footerLift))", "w:gutter": "0",
            ])
            if first { try x.emptyElement("w:pgNumType", ["w:start": "\(footer.firstPageNumber)"]) }
            if letterhead != nil { try x.emptyElement("w:titlePg") }
            // A line grid of `linesPerPage` lines. The 28 characters per line come from the
            // style sheet's grid letter spacing (16 pt − 0.25 pt × 28 ≤ 156 mm), not from a
            // character grid: LibreOffice lays a 16 pt character into two cells of a character
            // grid whose pitch is under 16 pt (w:charSpace < 0), leaving 14 characters a line.
            try x.emptyElement("w:docGrid", ["w:type": "lines", "w:linePitch": "\(twips(page.linePitch))"])
        }
    }

    /// How far the page-number footers are lifted above the section's footer distance (by
    /// space after the number) so that page 1's own footer can reach lower: its double rule's
    /// top stands `footerTop` above the paper's edge (信函格式). 0 without such a footer.
    var footerLift: Double {
        guard let frame = flow.firstPage, let rule = frame.footer.first else { return 0 }
        let height = rule.ruleCarrierHeight
        return max(0, footerDistance(document.pageSetup) - (frame.footerTop - height))
    }

    /// Distance from the paper's bottom edge to the footer's bottom, so that the top of the
    /// page number's ink sits `distanceBelowBlock` under the text block.
    private func footerDistance(_ page: PageSetup) -> Double {
        let size = document.styles.style(.pageNumber).size
        let line = WordML.pageNumberLineHeight(document.styles)
        let topFromBottom = page.marginBottom - document.footer.distanceBelowBlock
        // an exact line, off the grid: Word and LibreOffice put the baseline at 80 % of it,
        // the ink's top 0.95 × size above the baseline
        return max(0, topFromBottom - 0.2 * line - 0.95 * size)
    }
}
