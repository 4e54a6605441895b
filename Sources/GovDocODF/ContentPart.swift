import GovDoc
import GovDocPackaging

/// `content.xml`: the body in reading order, with the automatic styles it needs.
///
/// The body is first lowered to a flat list of items whose paragraph looks are keys; the
/// distinct keys become automatic styles, written before the body that uses them.
struct ContentPart {
    let document: Document
    let items: [Item]
    let paragraphStyles: [ParagraphKey]

    /// The look of one paragraph: its role plus what differs from the role's named style.
    struct ParagraphKey: Hashable {
        var role: Role
        var firstOnPage = false       // carries the master page and the first page number
        var breakBefore = false
        var keepWithNext: Bool? = nil
        var marginRight: Double? = nil

        var isPlain: Bool { !firstOnPage && !breakBefore && keepWithNext == nil && marginRight == nil }
    }

    enum Item {
        case paragraph(ParagraphKey, heading: Int?, text: String, runIn: String?)
        case table(Table, index: Int, breakBefore: Bool)
    }

    init(_ document: Document) {
        self.document = document
        let plan = LayoutPlan(document)
        var items: [Item] = []
        items.append(.paragraph(ParagraphKey(role: .title, firstOnPage: true), heading: nil, text: document.title, runIn: nil))
        for _ in 0..<plan.blankLinesAfterTitle {
            items.append(.paragraph(ParagraphKey(role: .body), heading: nil, text: "", runIn: nil))
        }
        var pendingBreak = false
        var tableIndex = 0
        for (index, block) in document.blocks.enumerated() {
            let breakBefore = pendingBreak
            pendingBreak = false
            switch block {
            case let .heading(h):
                var key = ParagraphKey(role: h.role, breakBefore: breakBefore)
                if h.runInText != nil { key.keepWithNext = false }
                items.append(.paragraph(key, heading: h.level, text: h.text, runIn: h.runInText))
            case let .paragraph(p):
                items.append(.paragraph(ParagraphKey(role: p.role, breakBefore: breakBefore), heading: nil, text: p.text, runIn: nil))
            case let .table(t):
                tableIndex += 1
                items.append(.table(t, index: tableIndex, breakBefore: breakBefore))
                // adjacent tables stay apart (as in the OOXML writer, where Word would merge them)
                if index + 1 < document.blocks.count, case .table = document.blocks[index + 1] {
                    items.append(.paragraph(ParagraphKey(role: .body), heading: nil, text: "", runIn: nil))
                }
            case .pageBreak:
                pendingBreak = true
            }
        }
        if pendingBreak {
            items.append(.paragraph(ParagraphKey(role: .body, breakBefore: true), heading: nil, text: "", runIn: nil))
        }
        if let block = document.signature, let layout = plan.signature {
            for _ in 0..<layout.blankLinesBefore {
                items.append(.paragraph(ParagraphKey(role: .body, keepWithNext: true), heading: nil, text: "", runIn: nil))
            }
            items.append(.paragraph(ParagraphKey(role: .signature, keepWithNext: block.dateText != nil ? true : nil, marginRight: layout.issuerRightIndent),
                                    heading: nil, text: block.issuer, runIn: nil))
            if let date = block.dateText, let indent = layout.dateRightIndent {
                items.append(.paragraph(ParagraphKey(role: .date, marginRight: indent), heading: nil, text: date, runIn: nil))
            }
        }
        self.items = items
        var seen = Set<ParagraphKey>()
        var keys: [ParagraphKey] = []
        for case let .paragraph(key, _, _, _) in items where !key.isPlain && seen.insert(key).inserted {
            keys.append(key)
        }
        self.paragraphStyles = keys
    }

    private func styleName(_ key: ParagraphKey) -> String {
        if key.isPlain { return ODF.styleName(key.role) }
        return "P\(paragraphStyles.firstIndex(of: key)! + 1)"
    }

    func bytes() throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument(standalone: false)
        try x.startElement("office:document-content")
        for (k, v) in ODF.documentNamespaces { try x.attribute(k, v) }
        try x.attribute("office:version", ODTWriter.version)
        try FontFaces.write(x, document.styles)
        try automaticStyles(x)
        try x.element("office:body") {
            try x.element("office:text") {
                for item in items {
                    switch item {
                    case let .paragraph(key, heading, text, runIn):
                        try paragraph(x, key: key, heading: heading, text: text, runIn: runIn)
                    case let .table(table, index, _):
                        try self.table(x, table, index: index)
                    }
                }
            }
        }
        try x.endElement()
        return try x.finish()
    }

    // MARK: automatic styles

    private func automaticStyles(_ x: XMLStreamWriter) throws {
        try x.element("office:automatic-styles") {
            for key in paragraphStyles {
                try x.element("style:style", ["style:name": styleName(key), "style:family": "paragraph",
                                              "style:parent-style-name": ODF.styleName(key.role)]) {
                    if key.firstOnPage { try x.attribute("style:master-page-name", "Standard") }
                    try x.startElement("style:paragraph-properties")
                    if key.firstOnPage { try x.attribute("style:page-number", "\(document.footer.firstPageNumber)") }
                    if key.breakBefore { try x.attribute("fo:break-before", "page") }
                    if let keep = key.keepWithNext { try x.attribute("fo:keep-with-next", keep ? "always" : "auto") }
                    if let right = key.marginRight { try x.attribute("fo:margin-right", ODF.pt(right)) }
                    try x.endElement()
                }
            }
            for case let .table(table, index, breakBefore) in items {
                try tableStyles(x, table, index: index, breakBefore: breakBefore)
            }
            // shared by every table: single 0.5 pt borders, text centred vertically, rows kept whole
            try x.element("style:style", ["style:name": "GovCell", "style:family": "table-cell"]) {
                try x.emptyElement("style:table-cell-properties", [
                    "fo:border": "0.5pt solid #000000", "style:vertical-align": "middle",
                    "fo:padding-top": "0pt", "fo:padding-bottom": "0pt", "fo:padding-left": "2.85pt", "fo:padding-right": "2.85pt",
                ])
            }
            try x.element("style:style", ["style:name": "GovRow", "style:family": "table-row"]) {
                try x.emptyElement("style:table-row-properties", ["fo:keep-together": "always"])
            }
        }
    }

    private func tableStyles(_ x: XMLStreamWriter, _ table: Table, index: Int, breakBefore: Bool) throws {
        let grid = try TableGrid(table)
        let widths = grid.columnWidths(for: table, totalWidth: document.pageSetup.textWidth,
                                       characterWidth: document.styles.style(.tableCell).size)
        try x.element("style:style", ["style:name": "Table\(index)", "style:family": "table"]) {
            try x.startElement("style:table-properties")
            try x.attribute("style:width", ODF.pt(widths.reduce(0, +)))
            try x.attribute("table:align", "center")
            if breakBefore { try x.attribute("fo:break-before", "page") }
            try x.endElement()
        }
        for (c, width) in widths.enumerated() {
            try x.element("style:style", ["style:name": "Table\(index).C\(c + 1)", "style:family": "table-column"]) {
                try x.emptyElement("style:table-column-properties", ["style:column-width": ODF.pt(width)])
            }
        }
    }

    // MARK: body

    private func paragraph(_ x: XMLStreamWriter, key: ParagraphKey, heading: Int?, text: String, runIn: String?) throws {
        if let level = heading {
            try x.startElement("text:h")
            try x.attribute("text:style-name", styleName(key))
            try x.attribute("text:outline-level", "\(level)")
        } else {
            try x.startElement("text:p")
            try x.attribute("text:style-name", styleName(key))
        }
        try ODFText.write(x, text)
        if let runIn, !runIn.isEmpty {
            try x.element("text:span", ["text:style-name": ODF.runInBodyStyle]) { try ODFText.write(x, runIn) }
        }
        try x.endElement()
    }

    private func table(_ x: XMLStreamWriter, _ table: Table, index: Int) throws {
        let grid = try TableGrid(table)
        try x.element("table:table", ["table:name": "表\(index)", "table:style-name": "Table\(index)"]) {
            for c in 0..<grid.columnCount {
                try x.emptyElement("table:table-column", ["table:style-name": "Table\(index).C\(c + 1)"])
            }
            let headerRows = table.headerRowCount
            if headerRows > 0 {
                try x.element("table:table-header-rows") {
                    for r in 0..<headerRows { try row(x, table, grid, r) }
                }
            }
            for r in headerRows..<table.rows.count { try row(x, table, grid, r) }
        }
    }

    private func row(_ x: XMLStreamWriter, _ table: Table, _ grid: TableGrid, _ r: Int) throws {
        try x.element("table:table-row", ["table:style-name": "GovRow"]) {
            for c in 0..<grid.columnCount {
                switch grid.slots[r][c] {
                case let .origin(index):
                    let cell = table.rows[r].cells[index]
                    try x.startElement("table:table-cell")
                    try x.attribute("table:style-name", "GovCell")
                    if cell.colSpan > 1 { try x.attribute("table:number-columns-spanned", "\(cell.colSpan)") }
                    if cell.rowSpan > 1 { try x.attribute("table:number-rows-spanned", "\(cell.rowSpan)") }
                    try x.attribute("office:value-type", "string")
                    try x.element("text:p", ["text:style-name": ODF.styleName(cell.isHeader ? .tableHeader : .tableCell)]) {
                        for (i, line) in cell.lines.enumerated() {
                            if i > 0 { try x.emptyElement("text:line-break") }
                            try ODFText.write(x, line)
                        }
                    }
                    try x.endElement()
                case .covered:
                    try x.emptyElement("table:covered-table-cell")
                }
            }
        }
    }
}

/// Text in ODF: runs of spaces become `text:s`, tabs `text:tab`, so that nothing collapses.
enum ODFText {
    static func write(_ x: XMLStreamWriter, _ text: String) throws {
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
