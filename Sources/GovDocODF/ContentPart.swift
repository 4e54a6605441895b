import GovDoc
import GovDocPackaging

/// `content.xml`: the body in reading order, with the automatic styles it needs.
///
/// The body is first lowered to a flat list of items whose paragraph looks are keys; the
/// distinct keys become automatic styles, written before the body that uses them.
struct ContentPart {
    let document: Document
    let items: [FlowItem]
    let paragraphStyles: [ParagraphKey]
    /// Page 1 has its own master page (信函格式).
    let firstPage: Bool

    /// The look of one paragraph: its role plus what differs from the role's named style.
    struct ParagraphKey: Hashable {
        var role: Role
        /// The first paragraph carries the master page and the first page number.
        var firstOnPage = false
        var look = ParagraphLook()
        /// The paragraph after a landscape table turns the pages portrait again.
        var backToPortrait = false

        var isPlain: Bool { !firstOnPage && !backToPortrait && look.isPlain }
    }

    /// The key of the paragraph at `index` of `items`.
    static func key(_ p: FlowParagraph, at index: Int, in items: [FlowItem]) -> ParagraphKey {
        var key = ParagraphKey(role: p.role, firstOnPage: index == 0, look: p.look)
        if index > 0, case let .table(previous, _) = items[index - 1], previous.landscape { key.backToPortrait = true }
        return key
    }

    init(_ document: Document, flow: Flow) {
        self.document = document
        items = flow.items
        firstPage = flow.firstPage != nil
        var seen = Set<ParagraphKey>()
        var keys: [ParagraphKey] = []
        for (index, item) in items.enumerated() {
            guard case let .paragraph(p) = item else { continue }
            let key = Self.key(p, at: index, in: items)
            if !key.isPlain && seen.insert(key).inserted { keys.append(key) }
        }
        paragraphStyles = keys
    }

    private func styleName(_ key: ParagraphKey) -> String {
        if key.isPlain { return ODF.styleName(key.role) }
        return "P\(paragraphStyles.firstIndex(of: key)! + 1)"
    }

    /// The part, written; `ZipArchiveWriter.add` takes its buffer without copying it.
    func write() throws -> XMLStreamWriter {
        let x = try XMLStreamWriter()
        try x.startDocument(standalone: false)
        try x.startElement("office:document-content")
        for (k, v) in ODF.documentNamespaces { try x.attribute(k, v) }
        try x.attribute("office:version", ODTWriter.version)
        try FontFaces.write(x, document.styles)
        try automaticStyles(x)
        try x.element("office:body") {
            try x.element("office:text") {
                var tableIndex = 0
                for (index, item) in items.enumerated() {
                    if WorkStop.requested { break }   // the server's deadline passed
                    switch item {
                    case let .paragraph(p):
                        try paragraph(x, p, key: Self.key(p, at: index, in: items))
                    case let .table(table, _):
                        tableIndex += 1
                        try self.table(x, table, index: tableIndex)
                        let paragraphNext: Bool
                        if index + 1 < items.count, case .paragraph = items[index + 1] { paragraphNext = true } else { paragraphNext = false }
                        if table.landscape && !paragraphNext {
                            // the next page is portrait again: the next paragraph's style says so;
                            // without one, an empty paragraph (as in the OOXML writer)
                            try x.emptyElement("text:p", ["text:style-name": ODF.backToPortraitStyle])
                        }
                    case let .imprint(lines):
                        try imprint(x, lines)
                    case let .jointMark(mark):
                        try jointMark(x, mark)
                    }
                }
            }
        }
        try x.endElement()
        return x
    }

    // MARK: automatic styles

    private func automaticStyles(_ x: XMLStreamWriter) throws {
        try x.element("office:automatic-styles") {
            for key in paragraphStyles {
                try paragraphStyle(x, key)
            }
            var tableIndex = 0
            for case let .table(table, breakBefore) in items {
                tableIndex += 1
                try tableStyles(x, table, index: tableIndex, breakBefore: breakBefore)
            }
            if items.contains(where: { if case .imprint = $0 { return true } else { return false } }) {
                try imprintStyles(x)
            }
            try imageStyles(x)
            try jointMarkStyles(x)
            try x.element("style:style", ["style:name": ODF.backToPortraitStyle, "style:family": "paragraph",
                                          "style:parent-style-name": ODF.styleName(.body), "style:master-page-name": "Standard"]) {
                try x.emptyElement("style:paragraph-properties")
            }
            // shared by every table: single 0.5 pt borders, text centred vertically, rows kept whole
            try x.element("style:style", ["style:name": "GovCell", "style:family": "table-cell"]) {
                try x.emptyElement("style:table-cell-properties", [
                    "fo:border": "0.5pt solid #000000", "style:vertical-align": "middle",
                    "fo:padding-top": "0pt", "fo:padding-bottom": "0pt",
                    // the 0.5 pt border counts inside an ODF cell, not inside a Word cell: the text gets the same width
                    "fo:padding-left": "2.35pt", "fo:padding-right": "2.35pt",
                ])
            }
            try x.element("style:style", ["style:name": "GovRow", "style:family": "table-row"]) {
                try x.emptyElement("style:table-row-properties", ["fo:keep-together": "always"])
            }
        }
    }

    private func tableStyles(_ x: XMLStreamWriter, _ table: Table, index: Int, breakBefore: Bool) throws {
        let grid = try TableGrid(table)
        let page = table.landscape ? document.pageSetup.landscape : document.pageSetup
        let widths = grid.columnWidths(for: table, totalWidth: page.textWidth,
                                       characterWidth: document.styles.style(.tableCell).size)
        try x.element("style:style", ["style:name": "Table\(index)", "style:family": "table"]) {
            if table.landscape { try x.attribute("style:master-page-name", ODF.landscapeMasterPage) }
            try x.startElement("style:table-properties")
            try x.attribute("style:width", ODF.pt(widths.reduce(0, +)))
            try x.attribute("table:align", "center")
            // rows as high as in Word (and LibreOffice's DOCX layout): adjacent cells share
            // their border; separated borders made every row half a point higher
            try x.attribute("table:border-model", "collapsing")
            if breakBefore { try x.attribute("fo:break-before", "page") }
            // kept with what follows: LibreOffice has no row-level keep and moves the whole
            // table, so only a short one (at most half the block by its written lines), lest a
            // long table leave its page half empty
            if table.keepWithNext {
                let cell = document.styles.style(.tableCell)
                let lines = table.rows.reduce(0) { $0 + ($1.cells.map(\.lines.count).max() ?? 1) }
                if Double(lines) * (cell.lineHeight ?? cell.size * 1.2) <= page.textHeight / 2 {
                    try x.attribute("fo:keep-with-next", "always")
                }
            }
            try x.endElement()
        }
        for (c, width) in widths.enumerated() {
            try x.element("style:style", ["style:name": "Table\(index).C\(c + 1)", "style:family": "table-column"]) {
                try x.emptyElement("style:table-column-properties", ["style:column-width": ODF.pt(width)])
            }
        }
    }

    // MARK: body

    private func paragraphStyle(_ x: XMLStreamWriter, _ key: ParagraphKey) throws {
        let look = key.look
        try x.element("style:style", ["style:name": styleName(key), "style:family": "paragraph",
                                      "style:parent-style-name": ODF.styleName(key.role)]) {
            if key.firstOnPage {
                try x.attribute("style:master-page-name", firstPage ? ODF.firstMasterPage : "Standard")
            } else if key.backToPortrait {
                try x.attribute("style:master-page-name", "Standard")
            }
            try ODFStyles.paragraphProperties(x, look, firstPageNumber: key.firstOnPage ? document.footer.firstPageNumber : nil)
            // repeated from the parent so that readers which do not follow the parent chain
            // (checkers, converters) still see the role's fonts
            try ODFStyles.textProperties(x, document.styles, key.role)
        }
    }

    private func paragraph(_ x: XMLStreamWriter, _ p: FlowParagraph, key: ParagraphKey) throws {
        if let level = p.outlineLevel {
            try x.startElement("text:h")
            try x.attribute("text:style-name", styleName(key))
            try x.attribute("text:outline-level", "\(level)")
        } else {
            try x.startElement("text:p")
            try x.attribute("text:style-name", styleName(key))
        }
        for image in p.images { try frame(x, image) }
        for run in p.runs where !run.text.isEmpty {
            if let role = run.role {
                try x.element("text:span", ["text:style-name": ODF.characterStyleName(role)]) { try ODFText.write(x, run.text) }
            } else {
                try ODFText.write(x, run.text)
            }
        }
        try x.endElement()
    }

    /// 版记: a one-column table as wide as the text block, without side borders: a thick rule
    /// above the first line and below the last, thin rules between.
    private func imprintStyles(_ x: XMLStreamWriter) throws {
        let g = document.styles.geometry
        let character = document.styles.style(.imprint).size
        try x.element("style:style", ["style:name": "GovImprint", "style:family": "table"]) {
            try x.emptyElement("style:table-properties", ["style:width": ODF.pt(document.pageSetup.textWidth), "table:align": "center"])
        }
        for (name, thick) in [("GovImprintThin", false), ("GovImprintThick", true)] {
            for first in [false, true] {
                try x.element("style:style", ["style:name": name + (first ? "First" : ""), "style:family": "table-cell"]) {
                    try x.emptyElement("style:table-cell-properties", [
                        "fo:border-top": first ? "\(ODF.pt(g.imprintThickRule)) solid #000000" : "none",
                        "fo:border-bottom": "\(ODF.pt(thick ? g.imprintThickRule : g.imprintThinRule)) solid #000000",
                        "fo:border-left": "none", "fo:border-right": "none", "style:vertical-align": "middle",
                        "fo:padding-left": ODF.pt(character), "fo:padding-right": ODF.pt(character),
                        "fo:padding-top": "0pt", "fo:padding-bottom": "0pt",
                    ])
                }
            }
        }
        // the frame: at the bottom of the text area, centred, text above and below it only;
        // its content sits at the frame's bottom
        try x.element("style:style", ["style:name": "GovImprintFrame", "style:family": "graphic", "style:parent-style-name": "Frame"]) {
            try x.emptyElement("style:graphic-properties", [
                "style:vertical-pos": "bottom", "style:vertical-rel": "page-content",
                "style:horizontal-pos": "center", "style:horizontal-rel": "page-content",
                "style:wrap": "none", "style:number-wrapped-paragraphs": "no-limit",
                "fo:margin-top": "0pt", "fo:margin-bottom": "0pt", "fo:margin-left": "0pt", "fo:margin-right": "0pt",
                "fo:padding": "0pt", "fo:border": "none", "draw:textarea-vertical-align": "bottom",
                "draw:fill": "none", "draw:stroke": "none",
            ])
        }
        try x.element("style:style", ["style:name": "GovImprintAnchor", "style:family": "paragraph", "style:parent-style-name": ODF.styleName(.imprint)]) {
            try x.emptyElement("style:paragraph-properties", ["fo:line-height": "1pt", "style:snap-to-layout-grid": "false"])
        }
        try x.element("style:style", ["style:name": "GovImprintPlain", "style:family": "table-cell"]) {
            try x.emptyElement("style:table-cell-properties", [
                "fo:border": "none", "style:vertical-align": "middle",
                "fo:padding-left": ODF.pt(character), "fo:padding-right": ODF.pt(character),
                "fo:padding-top": "0pt", "fo:padding-bottom": "0pt",
            ])
        }
        // 抄送: wrapped lines align after the colon
        var hanging = 0.0
        for case let .imprint(lines) in items { hanging = lines.compactMap(\.hangingIndent).first ?? hanging }
        try x.element("style:style", ["style:name": "GovImprintHanging", "style:family": "paragraph", "style:parent-style-name": ODF.styleName(.imprint)]) {
            try x.emptyElement("style:paragraph-properties", ["fo:margin-left": ODF.pt(hanging), "fo:text-indent": ODF.pt(-hanging)])
        }
        try x.element("style:style", ["style:name": "GovImprintLine", "style:family": "paragraph", "style:parent-style-name": ODF.styleName(.imprint)]) {
            try x.element("style:paragraph-properties", ["fo:keep-with-next": "always"]) {
                try x.element("style:tab-stops") {
                    try x.emptyElement("style:tab-stop", ["style:position": ODF.pt(document.pageSetup.textWidth - 2 * character), "style:type": "right"])
                }
            }
        }
    }

    /// 版记 (§7.4): in a frame anchored to a 1 pt paragraph after the last text and placed at
    /// the bottom of the page's text area, its last rule on the block's bottom edge — the ODF
    /// twin of the OOXML writer's text box.
    private func imprint(_ x: XMLStreamWriter, _ lines: [ImprintLine]) throws {
        let height = ImprintLine.minimumHeight(of: lines, styles: document.styles)
        try x.element("text:p", ["text:style-name": "GovImprintAnchor"]) {
            // the frame grows with its content (a wrapped 抄送 line) from the estimate up
            try x.element("draw:frame", ["draw:style-name": "GovImprintFrame", "draw:name": "版记框", "text:anchor-type": "paragraph",
                                         "svg:width": ODF.pt(document.pageSetup.textWidth), "draw:z-index": "0"]) {
                try x.element("draw:text-box", ["fo:min-height": ODF.pt(height)]) { try imprintTable(x, lines) }
            }
        }
    }

    private func imprintTable(_ x: XMLStreamWriter, _ lines: [ImprintLine]) throws {
        try x.element("table:table", ["table:name": "版记", "table:style-name": "GovImprint"]) {
            try x.emptyElement("table:table-column")
            for (i, line) in lines.enumerated() {
                try x.element("table:table-row", ["table:style-name": "GovRow"]) {
                    let style = !line.ruled ? "GovImprintPlain"
                        : (line.thickRuleBelow ? "GovImprintThick" : "GovImprintThin") + (i == 0 ? "First" : "")
                    try x.element("table:table-cell", ["table:style-name": style, "office:value-type": "string"]) {
                        try x.element("text:p", ["text:style-name": line.hangingIndent == nil ? "GovImprintLine" : "GovImprintHanging"]) {
                            try ODFText.write(x, line.left + (line.right.map { "\t" + $0 } ?? ""))
                        }
                    }
                }
            }
        }
    }

    private func table(_ x: XMLStreamWriter, _ table: Table, index: Int) throws {
        let grid = try TableGrid(table)
        let cells = try CellMarkup()
        try x.element("table:table", ["table:name": "表\(index)", "table:style-name": "Table\(index)"]) {
            for c in 0..<grid.columnCount {
                try x.emptyElement("table:table-column", ["table:style-name": "Table\(index).C\(c + 1)"])
            }
            let headerRows = table.headerRowCount
            if headerRows > 0 {
                try x.element("table:table-header-rows") {
                    for r in 0..<headerRows { try row(x, table, grid, r, cells) }
                }
            }
            for r in headerRows..<table.rows.count { try row(x, table, grid, r, cells) }
        }
    }

    /// The markup around a cell's text, written once per distinct look (spans, header): a
    /// table repeats a few looks thousands of times.
    private final class CellMarkup {
        struct Key: Hashable { var colSpan: Int; var rowSpan: Int; var header: Bool }
        var cache: [Key: (open: [UInt8], close: [UInt8])] = [:]
        let covered: [UInt8]

        init() throws {
            covered = try XMLStreamWriter.fragment { try $0.emptyElement("table:covered-table-cell") }
        }

        func markup(_ key: Key) throws -> (open: [UInt8], close: [UInt8]) {
            if let cached = cache[key] { return cached }
            let markup = try XMLStreamWriter.enclosure { x in
                try x.startElement("table:table-cell")
                try x.attribute("table:style-name", "GovCell")
                if key.colSpan > 1 { try x.attribute("table:number-columns-spanned", "\(key.colSpan)") }
                if key.rowSpan > 1 { try x.attribute("table:number-rows-spanned", "\(key.rowSpan)") }
                try x.attribute("office:value-type", "string")
                try x.element("text:p", ["text:style-name": ODF.styleName(key.header ? .tableHeader : .tableCell)]) {
                    try x.text(XMLStreamWriter.slot)
                }
                try x.endElement()
            }
            cache[key] = markup
            return markup
        }
    }

    private func row(_ x: XMLStreamWriter, _ table: Table, _ grid: TableGrid, _ r: Int, _ markup: CellMarkup) throws {
        try x.element("table:table-row", ["table:style-name": "GovRow"]) {
            for c in 0..<grid.columnCount {
                switch grid.slots[r][c] {
                case let .origin(index):
                    let cell = table.rows[r].cells[index]
                    let fragments = try markup.markup(CellMarkup.Key(colSpan: cell.colSpan, rowSpan: cell.rowSpan, header: cell.isHeader))
                    try x.raw(fragments.open)
                    for (i, line) in cell.lines.enumerated() {
                        if i > 0 { try x.emptyElement("text:line-break") }
                        try ODFText.write(x, line)
                    }
                    try x.raw(fragments.close)
                case .covered:
                    try x.raw(markup.covered)
                }
            }
        }
    }
}

/// Text in ODF: runs of spaces become `text:s`, tabs `text:tab`, so that nothing collapses.
enum ODFText {
    static func write(_ x: XMLStreamWriter, _ text: String) throws {
        // most text has no tab, line break or space: one write
        if !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            if !text.isEmpty { try x.text(text) }
            return
        }
        var buffer = ""
        var spaces = 0
        var atStart = true
        func flushSpaces() throws {
            guard spaces > 0 else { return }
            // a single space between words is kept as is; leading or repeated spaces use text:s
            if spaces == 1 && !atStart {
                buffer += " "
            } else {
                if !buffer.isEmpty { try x.text(buffer); buffer = "" }
                if spaces > 1 && !atStart { buffer = " "; try x.text(buffer); buffer = ""; spaces -= 1 }
                try x.emptyElement("text:s", spaces > 1 ? ["text:c": "\(spaces)"] : [:])
            }
            spaces = 0
        }
        for ch in text {
            if ch == " " { spaces += 1; continue }
            try flushSpaces()
            atStart = false
            if ch == "\t" {
                if !buffer.isEmpty { try x.text(buffer); buffer = "" }
                try x.emptyElement("text:tab")
            } else if ch == "\n" {
                if !buffer.isEmpty { try x.text(buffer); buffer = "" }
                try x.emptyElement("text:line-break")
            } else {
                buffer.append(ch)
            }
        }
        if spaces > 0 {
            if !buffer.isEmpty { try x.text(buffer); buffer = "" }
            try x.emptyElement("text:s", spaces > 1 ? ["text:c": "\(spaces)"] : [:])
        }
        if !buffer.isEmpty { try x.text(buffer) }
    }
}
