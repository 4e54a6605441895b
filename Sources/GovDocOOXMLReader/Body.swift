import GovDoc
import GovDocDraft
import GovDocMessages
import GovDocPackaging

/// A paragraph's resolved content and looks.
struct ParagraphContent {
    var text: String
    var number: String?
    var props: ParaProps
    var runProps: RunProps
    var runs: [DraftRun]
    var collected: Collected
    var styleID: String?
}

/// The body of document.xml, read block by block (one paragraph or table in memory at a time).
struct BodyReader {
    let file: String
    let styles: StyleSheet
    var numbering: Numbering
    let walker: ContentWalker
    var blocks: [DraftBlock] = []
    var warnings: [DraftWarning] = []
    /// Every `w:sectPr` in order (paragraph-level ones, then the body's own last).
    var sections: [XNode] = []
    private var paragraphCount = 0
    /// Where the current section's blocks start in `blocks`.
    private var sectionStart = 0
    /// Every paragraph read (cells and text boxes too), against `maxParagraphs`.
    private var paragraphsRead = 0
    private let maxParagraphs: Int
    /// Warnings kept in full; beyond that they are counted in one last warning.
    static let maxWarnings = 1000
    private var warningsLeftOut = 0

    enum TooLarge: Error { case paragraphs }
    /// The main part's root is not `w:document` (a workbook's, a presentation's).
    enum NotAWordDocument: Error { case root(XMLElementName) }
    /// Whether the part had a `w:body` (a document without one is refused, not read as empty).
    private(set) var hasBody = false
    /// XML nodes of one paragraph or table (a table of some 3000 rows).
    static let maxBlockNodes = 300_000

    init(file: String, styles: StyleSheet, numbering: Numbering, maxParagraphs: Int = 200_000) {
        self.maxParagraphs = maxParagraphs
        self.file = file
        self.styles = styles
        self.numbering = numbering
        self.walker = ContentWalker(styles: styles, mode: .body)
    }

    /// Reads the body from a reader made by ``OOXMLPackage/stream(_:)``: every child of `w:body`
    /// arrives as a tree, but a table, whose children (grid, rows) arrive one tree at a time
    /// between its start and end (a long table never sits in memory as one tree).
    mutating func read(_ stream: XMLStreamReader) throws {
        var depth = 0
        var inBody = false
        var table: TableState?
        while let item = try stream.nextItem() {
            if WorkStop.requested { break }   // the server's deadline passed
            switch item {
            case .tree(let node):
                try count(node)
                if table != nil {
                    if node.isW("tblGrid") {
                        table!.gridColumns = node.ws("gridCol").count
                    } else if node.isW("tr") {
                        addRow(node, to: &table!)
                    } else {
                        for tr in rows(of: node) { addRow(tr, to: &table!) }
                    }
                } else if inBody {
                    block(node)
                }
            case let .event(.start(name, attributes, isEmpty)):
                if inBody, depth == 2, name.namespaceURI == NS.w, name.localName == "tbl" {
                    // the only child of the body not built as a tree
                    if isEmpty {
                        let node = XNode(ns: name.namespaceURI, name: name.localName, attributes: attributes)
                        try count(node)
                        block(node)
                    } else {
                        table = TableState()
                        depth += 1
                    }
                } else {
                    if depth == 0, name.namespaceURI != NS.w || name.localName != "document" { throw NotAWordDocument.root(name) }
                    if name.namespaceURI == NS.w, name.localName == "body", depth == 1 { inBody = !isEmpty; hasBody = true }
                    if !isEmpty { depth += 1 }
                }
            case let .event(.end(name)):
                depth -= 1
                if let state = table, depth == 2 {
                    finishTable(state)
                    table = nil
                } else if inBody, depth == 1, name.namespaceURI == NS.w, name.localName == "body" {
                    inBody = false
                }
            case .event(.text):
                continue
            }
        }
        if let state = table { finishTable(state) }
        if warnings.count > BodyReader.maxWarnings {
            warningsLeftOut += warnings.count - BodyReader.maxWarnings
            warnings.removeLast(warnings.count - BodyReader.maxWarnings)
        }
        if warningsLeftOut > 0 {
            warnings.append(DraftWarning(DraftLocation(file: file), Message(.readerMoreWarnings, ["count": String(warningsLeftOut)])))
        }
    }

    /// Counts the block's paragraphs against the limit.
    private mutating func count(_ node: XNode) throws {
        var n = node.isW("p") || node.isW("tr") ? 1 : 0
        if !node.isW("p") || !node.elements.allSatisfy({ $0.isW("r") || $0.isW("pPr") }) {
            n += node.countDescendants(where: { $0.isW("p") })
        }
        paragraphsRead += n
        if paragraphsRead > maxParagraphs { throw TooLarge.paragraphs }
        if warnings.count > BodyReader.maxWarnings {
            warningsLeftOut += warnings.count - BodyReader.maxWarnings
            warnings.removeLast(warnings.count - BodyReader.maxWarnings)
        }
    }

    private mutating func block(_ node: XNode) {
        if node.ns == NS.mc && node.name == "AlternateContent" {
            if let branch = node.elements.first(where: { $0.name == "Choice" }) ?? node.elements.first(where: { $0.name == "Fallback" }) {
                for child in branch.elements { block(child) }
            }
            return
        }
        guard node.isW else { return }
        switch node.name {
        case "p": paragraph(node)
        case "tbl": table(node)
        case "sdt": if let content = node.w("sdtContent") { for child in content.elements { block(child) } }
        case "customXml": for child in node.elements { block(child) }
        case "sectPr":
            sections.append(node)
            endSection(node)
        case "altChunk":
            warnings.append(DraftWarning(DraftLocation(file: file, paragraph: paragraphCount + 1), Message(.readerObject)))
        default: return
        }
    }

    /// Styles, numbering and the content walk of one paragraph.
    static func paragraphContent(_ p: XNode, styles: StyleSheet, numbering: inout Numbering, walker: ContentWalker) -> ParagraphContent {
        let pPr = p.w("pPr")
        let styleID = pPr?.val("pStyle")
        let (styleProps, styleRun) = styles.paragraphStyle(styleID)
        let props = styleProps.overlaid(by: ParaProps(pPr))
        var number: String?
        var numberProps: RunProps?
        if let numId = props.numId, numId != "0" {
            let level = min(max(props.ilvl ?? numbering.level(numId: numId, linkedTo: styleID) ?? 0, 0), 8)
            number = numbering.next(numId: numId, ilvl: level)?.text
            numberProps = numbering.level(numId: numId, ilvl: level)?.runProps
        }
        var collected = Collected()
        walker.walk(p, base: styleRun, into: &collected)
        walker.endParagraph()
        var runs = collected.runs
        if let number {
            // Word prints the number in the paragraph mark's look with the level's w:rPr over it
            var look = styleRun
            if let mark = pPr?.w("rPr") { look = look.overlaid(by: RunProps(mark)) }
            if let numberProps { look = look.overlaid(by: numberProps) }
            var run = walker.look(look)
            run.text = number
            runs.insert(run, at: 0)
        }
        return ParagraphContent(text: (number ?? "") + collected.text, number: number, props: props, runProps: styleRun,
                                runs: runs, collected: collected, styleID: styleID)
    }

    private mutating func paragraph(_ p: XNode) {
        paragraphCount += 1
        let index = paragraphCount
        let content = BodyReader.paragraphContent(p, styles: styles, numbering: &numbering, walker: walker)
        // the location (with its excerpt) only for a paragraph that has something to warn about
        if !content.collected.warnings.isEmpty || !walker.textBoxes.isEmpty {
            let location = DraftLocation(file: file, paragraph: index, excerpt: content.text)
            for message in content.collected.warnings { warnings.append(DraftWarning(location, message)) }
            textBoxWarnings(location: location)
        }

        let props = content.props
        let size = Double(content.runProps.halfPoints ?? 20) / 2
        func chars(_ hundredths: Int?) -> Double? { hundredths.map { Double($0) / 100 * size } }
        var firstLine: Double?
        if let c = chars(props.firstLineChars) { firstLine = c }
        else if let c = chars(props.hangingChars) { firstLine = -c }
        else if let h = props.hanging, h != 0 { firstLine = -Double(h) / 20 }
        else if let f = props.firstLine { firstLine = Double(f) / 20 }
        var spacing: DraftLineSpacing?
        if let line = props.line {
            switch props.lineRule {
            case "exact": spacing = .exact(Double(line) / 20)
            case "atLeast": spacing = .atLeast(Double(line) / 20)
            default: spacing = .multiple(Double(line) / 240)
            }
        }
        let outline: Int? = props.outlineLevel.map { $0 } ?? styles.headingLevel(content.styleID ?? styles.defaultParagraphStyle)
        let breakBefore = props.pageBreakBefore ?? false
        let paragraph = DraftParagraph(
            index: index, text: content.text, automaticNumber: content.number,
            styleName: styles.displayName(content.styleID), outlineLevel: outline ?? nil, alignment: props.alignment,
            firstLineIndent: firstLine, leftIndent: chars(props.leftChars) ?? props.left.map { Double($0) / 20 },
            rightIndent: chars(props.rightChars) ?? props.right.map { Double($0) / 20 },
            lineSpacing: spacing, runs: content.runs, pageBreakBefore: breakBefore)
        let breaks = content.collected.pageBreaks
        let numberLength = content.number?.utf8.count ?? 0
        if breakBefore || breaks.contains(0) && numberLength == 0 { pageBreak() }
        blocks.append(.paragraph(paragraph))
        if breaks.contains(where: { $0 > 0 || numberLength > 0 }) { pageBreak() }
        if let sectPr = p.w("pPr")?.w("sectPr") {
            sections.append(sectPr)
            endSection(sectPr)
            if sectPr.val("type") != "continuous" { pageBreak() }
            sectionStart = blocks.count
        }
    }

    /// A section that holds only tables (and empty paragraphs, page breaks) on landscape paper is
    /// the model's landscape table: `w:orient="landscape"` or a page wider than high.
    private mutating func endSection(_ sectPr: XNode) {
        guard let size = sectPr.w("pgSz") else { return }
        let width = wholeNumber(size["w"]) ?? 0, height = wholeNumber(size["h"]) ?? 0
        guard size["orient"] == "landscape" || width > height else { return }
        let section = blocks.indices.dropFirst(min(sectionStart, blocks.count))
        var tables: [Int] = []
        for i in section {
            switch blocks[i] {
            case .table: tables.append(i)
            case .pageBreak: continue
            case let .paragraph(p): if !p.text.allSatisfy({ $0.isWhitespace }) { return }
            }
        }
        for i in tables {
            if case var .table(t) = blocks[i] {
                t.table.landscape = true
                blocks[i] = .table(t)
            }
        }
    }

    private mutating func pageBreak() {
        if case .pageBreak? = blocks.last { return }
        blocks.append(.pageBreak)
    }

    /// Text boxes met in the last paragraph or cell: one warning each, with their text.
    private mutating func textBoxWarnings(location: DraftLocation) {
        guard !walker.textBoxes.isEmpty else { return }
        let boxes = walker.textBoxes
        walker.textBoxes = []
        for box in boxes {
            let text = flatText(box)
            warnings.append(DraftWarning(location, Message(.readerTextBox, ["text": DraftLocation.shorten(text.replacingNewlines, to: 30), "content": text])))
        }
    }

    /// The text of a text box or a nested table: its paragraphs, one per line.
    private mutating func flatText(_ node: XNode) -> String {
        let flat = ContentWalker(styles: styles, mode: .flat(footer: false))
        return node.descendants(where: { $0.isW("p") }).map {
            BodyReader.paragraphContent($0, styles: styles, numbering: &numbering, walker: flat).text
        }.joined(separator: "\n")
    }

    // MARK: tables

    private struct PendingCell {
        var column: Int
        var span: Int
        var lines: [String]
        var merge: String?    // nil, "restart", "continue"
        var header: Bool
    }

    /// The `w:local` children of `node`, also those wrapped in content controls and custom XML.
    private func children(_ local: String, of node: XNode) -> [XNode] {
        var result: [XNode] = []
        for e in node.elements {
            if e.isW(local) { result.append(e) }
            else if e.isW("sdt") { result += children(local, of: e.w("sdtContent") ?? e) }
            else if e.isW("customXml") { result += children(local, of: e) }
        }
        return result
    }

    private func rows(of node: XNode) -> [XNode] { children("tr", of: node) }

    private func cells(of node: XNode) -> [XNode] { children("tc", of: node) }

    private struct TableState {
        var gridColumns = 0
        var pending: [[PendingCell]] = []
        var headerFlags: [Bool] = []
        var nested = false
    }

    private mutating func table(_ tbl: XNode) {
        var state = TableState()
        state.gridColumns = tbl.w("tblGrid")?.ws("gridCol").count ?? 0
        for tr in rows(of: tbl) { addRow(tr, to: &state) }
        finishTable(state)
    }

    private mutating func addRow(_ tr: XNode, to state: inout TableState) {
        let trPr = tr.w("trPr")
        var column = min(max(wholeNumber(trPr?.val("gridBefore")) ?? 0, 0), 1000)
        var row: [PendingCell] = []
        if column > 0 { row.append(PendingCell(column: 0, span: column, lines: [""], merge: nil, header: false)) }
        for tc in cells(of: tr) {
            if WorkStop.requested { break }   // the server's deadline passed
            let tcPr = tc.w("tcPr")
            let span = max(1, min(wholeNumber(tcPr?.val("gridSpan")) ?? 1, 1000))
            var merge: String?
            if let v = tcPr?.w("vMerge") { merge = v["val"] == "restart" ? "restart" : "continue" }
            if let h = tcPr?.w("hMerge"), h["val"] != "restart", var last = row.popLast() {
                // legacy horizontal merge: widen the previous cell
                last.span += span
                row.append(last)
                column += span
                continue
            }
            var lines: [String] = []
            var header = false
            for child in tc.elements {
                if child.isW("p") {
                    let content = BodyReader.paragraphContent(child, styles: styles, numbering: &numbering, walker: walker)
                    if content.text.utf8.contains(10) {
                        lines += content.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    } else {
                        lines.append(content.text)   // one line (most cells): no walk over its characters
                    }
                    if content.styleID == "GovTableHeader" { header = true }
                    if !content.collected.warnings.isEmpty || !walker.textBoxes.isEmpty {
                        let excerpt = DraftLocation(file: file, paragraph: paragraphCount + 1, excerpt: content.text)
                        for message in content.collected.warnings { warnings.append(DraftWarning(excerpt, message)) }
                        textBoxWarnings(location: excerpt)
                    }
                } else if child.isW("tbl") || child.isW("sdt") || child.isW("customXml") {
                    let text = flatText(child)
                    if child.isW("tbl") || child.hasDescendant(where: { $0.isW("tbl") }) { state.nested = true }
                    lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                }
            }
            while lines.count > 1, lines.last == "" { lines.removeLast() }
            if lines.isEmpty { lines = [""] }
            row.append(PendingCell(column: column, span: span, lines: lines, merge: merge, header: header))
            column += span
        }
        state.pending.append(row)
        state.headerFlags.append(onOff(trPr?.w("tblHeader")) ?? false)
    }

    private mutating func finishTable(_ state: TableState) {
        let location = DraftLocation(file: file, paragraph: paragraphCount + 1)
        let (gridColumns, pending, headerFlags, nested) = (state.gridColumns, state.pending, state.headerFlags, state.nested)
        if nested { warnings.append(DraftWarning(location, Message(.readerNestedTable))) }
        let width = max(gridColumns, pending.map { $0.last.map { $0.column + $0.span } ?? 0 }.max() ?? 0)
        // a grid no table of a document has (and whose layout would not fit in memory)
        guard width > 0, !pending.isEmpty, width <= 1000, width * pending.count <= 4_000_000 else {
            warnings.append(DraftWarning(location, Message(.readerUnreadableTable)))
            return
        }
        let leadingHeaders = headerFlags.prefix(while: { $0 }).count
        // vertical merges → rowSpan; continuation cells left out
        var rows: [TableRow] = []
        var open: [Int: (row: Int, cell: Int)] = [:]   // column → origin of a running vertical merge
        for (r, pendingRow) in pending.enumerated() {
            var cells: [TableCell] = []
            var covered: Set<Int> = []
            for cell in pendingRow {
                if cell.merge == "continue", let origin = open[cell.column], rows[origin.row].cells[origin.cell].colSpan == cell.span {
                    rows[origin.row].cells[origin.cell].rowSpan += 1
                    let extra = cell.lines.filter { !$0.isEmpty }
                    if !extra.isEmpty { rows[origin.row].cells[origin.cell].lines += extra }
                    covered.insert(cell.column)
                    continue
                }
                let isHeader = r < leadingHeaders || cell.header
                if cell.merge == "restart" || cell.merge == "continue" { open[cell.column] = (r, cells.count) } else { open[cell.column] = nil }
                cells.append(TableCell(lines: cell.lines, rowSpan: 1, colSpan: cell.span, isHeader: isHeader))
            }
            // merges not continued in this row end here
            for column in open.keys where !covered.contains(column) && open[column]!.row != r { open[column] = nil }
            let used = pendingRow.last.map { $0.column + $0.span } ?? 0
            if used < width { cells.append(TableCell(lines: [""], colSpan: width - used, isHeader: r < leadingHeaders)) }
            rows.append(TableRow(cells: cells, isHeader: r < leadingHeaders))
        }
        var table = Table(rows: rows)
        do {
            _ = try TableGrid(table)
        } catch {
            warnings.append(DraftWarning(location, Message(.readerTableLayout, ["detail": error.description])))
            // unmerged: every pending cell in place, one row each
            table = Table(rows: pending.enumerated().map { r, row in
                var cells = row.map { TableCell(lines: $0.lines, colSpan: $0.span, isHeader: r < leadingHeaders) }
                let used = row.last.map { $0.column + $0.span } ?? 0
                if used < width { cells.append(TableCell(lines: [""], colSpan: width - used)) }
                return TableRow(cells: cells, isHeader: r < leadingHeaders)
            })
            if (try? TableGrid(table)) == nil {
                warnings.append(DraftWarning(location, Message(.readerUnreadableTable)))
                return
            }
        }
        blocks.append(.table(DraftTable(table: table, followingParagraphIndex: paragraphCount + 1)))
    }
}

extension String {
    var replacingNewlines: String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
