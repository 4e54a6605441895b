import GovDoc
import GovDocPackaging

/// `word/document.xml`: the title, the body blocks, the signature and the section properties.
struct DocumentPart {
    let document: Document
    let plan: LayoutPlan
    init(_ document: Document) {
        self.document = document
        self.plan = LayoutPlan(document)
    }

    func bytes() throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("w:document", ["xmlns:w": WordML.namespace, "xmlns:r": WordML.relationshipsNamespace]) {
            try x.element("w:body") {
                try paragraph(x, .title, text: document.title)
                for _ in 0..<plan.blankLinesAfterTitle { try paragraph(x, .body, text: "") }
                var pageBreakPending = false
                for (index, block) in document.blocks.enumerated() {
                    let breakBefore = pageBreakPending
                    pageBreakPending = false
                    switch block {
                    case let .heading(heading):
                        try headingParagraph(x, heading, pageBreakBefore: breakBefore)
                    case let .paragraph(p):
                        try paragraph(x, p.role, text: p.text, pageBreakBefore: breakBefore)
                    case let .table(table):
                        if breakBefore { try paragraph(x, .body, text: "", pageBreakBefore: true) }
                        try self.table(x, table)
                        // Word merges adjacent tables: keep a paragraph between them.
                        let next = index + 1 < document.blocks.count ? document.blocks[index + 1] : nil
                        if case .table = next { try paragraph(x, .body, text: "") }
                    case .pageBreak:
                        pageBreakPending = true
                    }
                }
                if pageBreakPending { try paragraph(x, .body, text: "", pageBreakBefore: true) }
                try signature(x)
                try sectionProperties(x)
            }
        }
        return try x.finish()
    }

    // MARK: paragraphs

    private func paragraph(_ x: XMLStreamWriter, _ role: Role, text: String, pageBreakBefore: Bool = false,
                           keepNext: Bool = false, rightIndent: Double? = nil) throws {
        try x.element("w:p") {
            try x.element("w:pPr") {
                try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(role)])
                if keepNext { try x.emptyElement("w:keepNext") }
                if pageBreakBefore { try x.emptyElement("w:pageBreakBefore") }
                if let rightIndent {
                    try x.emptyElement("w:ind", ["w:right": "\(twips(rightIndent))"])
                }
            }
            if !text.isEmpty {
                try x.element("w:r") { try WordML.text(x, text) }
            }
        }
    }

    private func headingParagraph(_ x: XMLStreamWriter, _ heading: Heading, pageBreakBefore: Bool) throws {
        try x.element("w:p") {
            try x.element("w:pPr") {
                try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(heading.role)])
                if pageBreakBefore { try x.emptyElement("w:pageBreakBefore") }
                if heading.runInText != nil {
                    // A run-in heading is a body paragraph that starts with a heading: it does
                    // not keep with the next paragraph.
                    try x.emptyElement("w:keepNext", ["w:val": "0"])
                }
            }
            try x.element("w:r") { try WordML.text(x, heading.text) }
            if let rest = heading.runInText, !rest.isEmpty {
                try x.element("w:r") {
                    try x.element("w:rPr") { try x.emptyElement("w:rStyle", ["w:val": WordML.runInBodyStyleID]) }
                    try WordML.text(x, rest)
                }
            }
        }
    }

    private func signature(_ x: XMLStreamWriter) throws {
        guard let block = document.signature, let layout = plan.signature else { return }
        for _ in 0..<layout.blankLinesBefore { try paragraph(x, .body, text: "", keepNext: true) }
        try paragraph(x, .signature, text: block.issuer, keepNext: block.dateText != nil, rightIndent: layout.issuerRightIndent)
        if let date = block.dateText, let indent = layout.dateRightIndent {
            try paragraph(x, .date, text: date, rightIndent: indent)
        }
    }

    // MARK: tables

    private func table(_ x: XMLStreamWriter, _ table: Table) throws {
        let grid = try TableGrid(table)
        let widths = grid.columnWidths(for: table, totalWidth: document.pageSetup.textWidth,
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
                            try tableCell(x, cell: cell, width: width, merge: cell.rowSpan > 1 ? "restart" : nil)
                        case let .covered(originRow, originColumn):
                            // Only the first column of a cell spanning down from above gets a
                            // continuation cell; columns it spans sideways are covered by gridSpan.
                            guard originRow < r, originColumn == c,
                                  let cell = grid.cell(in: table, row: originRow, column: originColumn) else { continue }
                            let width = widths[c..<(c + cell.colSpan)].reduce(0, +)
                            try tableCell(x, cell: TableCell(lines: [""], rowSpan: 1, colSpan: cell.colSpan, isHeader: cell.isHeader),
                                          width: width, merge: "continue")
                        }
                    }
                }
            }
        }
    }

    private func tableCell(_ x: XMLStreamWriter, cell: TableCell, width: Int, merge: String?) throws {
        try x.element("w:tc") {
            try x.element("w:tcPr") {
                try x.emptyElement("w:tcW", ["w:w": "\(width)", "w:type": "dxa"])
                if cell.colSpan > 1 { try x.emptyElement("w:gridSpan", ["w:val": "\(cell.colSpan)"]) }
                if let merge {
                    if merge == "continue" { try x.emptyElement("w:vMerge") } else { try x.emptyElement("w:vMerge", ["w:val": merge]) }
                }
                try x.emptyElement("w:vAlign", ["w:val": "center"])
            }
            try x.element("w:p") {
                try x.element("w:pPr") {
                    try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(cell.isHeader ? .tableHeader : .tableCell)])
                }
                if merge != "continue" {
                    for (i, line) in cell.lines.enumerated() {
                        try x.element("w:r") {
                            if i > 0 { try x.emptyElement("w:br") }
                            if !line.isEmpty { try WordML.text(x, line) }
                        }
                    }
                }
            }
        }
    }

    // MARK: section

    private func sectionProperties(_ x: XMLStreamWriter) throws {
        let page = document.pageSetup
        let footer = document.footer
        try x.element("w:sectPr") {
            try x.emptyElement("w:footerReference", ["w:type": "default", "r:id": OOXMLWriter.FooterSide.odd.relationshipID])
            if footer.alternateSides {
                try x.emptyElement("w:footerReference", ["w:type": "even", "r:id": OOXMLWriter.FooterSide.even.relationshipID])
            }
            try x.emptyElement("w:pgSz", ["w:w": "\(twips(page.width))", "w:h": "\(twips(page.height))"])
            try x.emptyElement("w:pgMar", [
                "w:top": "\(twips(page.marginTop))", "w:right": "\(twips(page.marginRight))",
                "w:bottom": "\(twips(page.marginBottom))", "w:left": "\(twips(page.marginLeft))",
                "w:header": "\(twips(points(mm: 15)))", "w:footer": "\(twips(footerDistance))", "w:gutter": "0",
            ])
            try x.emptyElement("w:pgNumType", ["w:start": "\(footer.firstPageNumber)"])
            // A line grid of `linesPerPage` lines. The 28 characters per line come from the
            // style sheet's grid letter spacing (16 pt − 0.25 pt × 28 ≤ 156 mm), not from a
            // character grid: LibreOffice lays a 16 pt character into two cells of a character
            // grid whose pitch is under 16 pt (w:charSpace < 0), leaving 14 characters a line.
            try x.emptyElement("w:docGrid", ["w:type": "lines", "w:linePitch": "\(twips(page.linePitch))"])
        }
    }

    /// Distance from the paper's bottom edge to the footer's bottom, so that the top of the
    /// page number line sits `distanceBelowBlock` under the text block.
    private var footerDistance: Double {
        let size = document.styles.style(.pageNumber).size
        let topFromBottom = document.pageSetup.marginBottom - document.footer.distanceBelowBlock
        // one line of the page-number font: its top is ~1.15 × size above the line's bottom
        return max(0, topFromBottom - size * 1.15)
    }
}
