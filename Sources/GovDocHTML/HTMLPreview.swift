import GovDoc

/// The document as HTML pages, the way it prints: A4 sheets with the margins of the style sheet,
/// the text laid out on the line grid, page numbers `— N —` on the outer side.
///
/// A third writer beside OOXML and ODF: it walks the same ``Flow``. Pagination is an
/// approximation of what a word processor does, made on the 22-line grid:
/// - every character is one 字 wide (its size less the grid's letter spacing), Latin letters and
///   digits half of one; lines break at the last character that fits, never before a closing
///   mark (`，。、；：？！）」》”`) — the mark takes the previous character with it;
/// - a grid paragraph's line is one grid pitch (28.95 pt) high, text off the grid (title,
///   signature, table cells) its style's line height; spacing before is added as given;
/// - a paragraph that keeps with the next moves to the next page when the next one's first
///   line would not fit under it; tables split between rows and repeat their header rows;
///   widow and orphan control and Latin word wrapping are not modelled.
/// So a page may end a line earlier or later than in Word or LibreOffice, and a page break
/// may move by a line; the 版头, headings, merges, signature and page numbers are as printed.
public struct HTMLPreview: Sendable {
    /// Asked once per block of the flow: when it answers true the pages end there (the server's
    /// deadline passed; the caller throws the partial pages away).
    public var shouldStop: @Sendable () -> Bool

    public init(shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.shouldStop = shouldStop
    }

    public struct Rendered: Sendable {
        /// `<section class="gd-page">` elements, one per page, plus one `<style>`.
        public var html: String
        public var pageCount: Int
    }

    public func render(_ document: Document) -> Rendered {
        var layout = PageLayout(document)
        layout.shouldStop = shouldStop
        layout.run()
        return Rendered(html: layout.html(), pageCount: layout.pages.count)
    }
}

/// A complete HTML file of the preview: what `govdoc` could write as a fourth format.
public struct HTMLWriter: DocumentSerializer {
    public static let fileExtension = "html"
    public init() {}

    public func serialize(_ document: Document) throws -> [UInt8] {
        let rendered = HTMLPreview().render(document)
        let page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>\(HTML.escape(document.title))</title>
        <style>body{background:#888;margin:0;padding:12pt}.gd-page{margin:0 auto 12pt}</style></head>
        <body>\(rendered.html)</body></html>

        """
        return Array(page.utf8)
    }
}

enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// `12.345` → `12.35` (CSS lengths in pt).
    static func pt(_ value: Double) -> String {
        let bound = DocumentLimits.maximumLength
        let rounded = ((value.isNaN ? 0 : min(max(value, -bound), bound)) * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) + "pt" }
        return String(rounded) + "pt"
    }
}

/// One page being filled.
struct Page {
    var setup: PageSetup
    /// HTML of the text block's content, top to bottom.
    var body: String = ""
    /// Height used in the text block, in points.
    var used: Double = 0
    /// Absolutely placed HTML over the whole sheet (letterhead, 版记).
    var overlay: String = ""
    var showsNumber = true
    /// True when nothing has been placed yet.
    var isEmpty: Bool { used == 0 && body.isEmpty }
}

/// A paragraph broken into lines.
struct LaidParagraph {
    /// Each line's runs: (text, role of the run's look).
    var lines: [[(String, Role)]]
    var lineHeight: Double
    var spaceBefore: Double
    var height: Double { spaceBefore + Double(max(lines.count, 1)) * lineHeight + ruleHeight }
    var ruleHeight: Double
}

struct PageLayout {
    let document: Document
    let flow: Flow
    let styles: StyleSheet
    var pages: [Page] = []
    var shouldStop: @Sendable () -> Bool = { false }
    /// Index of the first page whose number is printed (the letter's page 1 has none).
    init(_ document: Document) {
        self.document = document
        self.flow = Flow(document)
        self.styles = document.styles
    }

    var portrait: PageSetup { document.pageSetup }

    // MARK: measuring

    /// The advance of one character of a role, in points: a Han character one 字 (the size
    /// plus the letter spacing), Latin letters, digits and spaces half of the size (they are set in
    /// the Latin font without the grid's letter spacing).
    func advance(_ c: Character, role: Role) -> Double {
        let size = styles.style(role).size
        let spacing = styles.letterSpacing(role)
        if c == "\t" { return 0 }
        if let ascii = c.asciiValue, ascii < 0x7F { return size * 0.5 }   // Latin font, no grid spacing
        return size + spacing
    }

    func lineHeight(for paragraph: FlowParagraph) -> Double {
        let style = styles.style(paragraph.role)
        if let exact = paragraph.look.exactLineHeight { return exact }
        if style.snapToGrid { return max(portrait.linePitch, (style.size * 1.3 / portrait.linePitch).rounded(.up) * portrait.linePitch) }
        return style.lineHeight ?? style.size * 1.3
    }

    static let noLineStart: Set<Character> = Set("，。、；：？！）」』》〉”’】〕…—．,.;:?!)]}%")

    /// Breaks runs into lines of at most `width` points (the first `firstWidth`).
    func breakLines(_ runs: [FlowRun], paragraphRole: Role, width: Double, firstWidth: Double) -> [[(String, Role)]] {
        var lines: [[(Character, Role)]] = [[]]
        var used = 0.0
        var limit = firstWidth
        for run in runs {
            let role = run.role ?? paragraphRole
            for c in run.text {
                if c == "\n" { lines.append([]); used = 0; limit = width; continue }
                let w = advance(c, role: role)
                if used + w > limit + 0.01, !lines[lines.count - 1].isEmpty {
                    var carried: [(Character, Role)] = []
                    // a closing mark never starts a line: the previous character comes along
                    if PageLayout.noLineStart.contains(c), lines[lines.count - 1].count > 1 {
                        carried.append(lines[lines.count - 1].removeLast())
                    }
                    lines.append(carried)
                    used = carried.reduce(0) { $0 + advance($1.0, role: $1.1) }
                    limit = width
                }
                lines[lines.count - 1].append((c, role))
                used += w
            }
        }
        // group consecutive characters of one role into runs
        return lines.map { line in
            var out: [(String, Role)] = []
            for (c, role) in line {
                if let last = out.last, last.1 == role { out[out.count - 1].0.append(c) } else { out.append((String(c), role)) }
            }
            return out
        }
    }

    func lay(_ p: FlowParagraph, width: Double) -> LaidParagraph {
        let style = styles.style(p.role)
        let character = styles.style(.body).size
        let left = p.look.leftIndent ?? 0
        let right = p.look.rightIndent ?? 0
        let first = p.look.firstLineIndent ?? style.firstLineIndent * character
        let available = width - left - right
        let lines = p.runs.isEmpty ? [] : breakLines(p.runs, paragraphRole: p.role, width: available, firstWidth: available - first)
        let rule = p.look.bottomRule.map { $0.distance + $0.totalWidth } ?? 0
        return LaidParagraph(lines: lines.isEmpty ? [[]] : lines, lineHeight: lineHeight(for: p),
                             spaceBefore: p.look.spaceBefore ?? 0, ruleHeight: rule)
    }

    // MARK: pages

    mutating func newPage(_ setup: PageSetup) {
        pages.append(Page(setup: setup))
    }

    var remaining: Double { pages[pages.count - 1].setup.textHeight - pages[pages.count - 1].used }

    mutating func run() {
        newPage(portrait)
        if let frame = flow.firstPage {
            pages[0].overlay += letterhead(frame)
            pages[0].showsNumber = false
            // a letterhead taller than the top margin pushes page 1's text down, as in the
            // word processors (the header's bottom, not the margin, starts the text)
            let headerBottom = frame.headerTop + frame.header.reduce(0.0) { sum, p in
                sum + (p.look.spaceBefore ?? 0) + lineHeight(for: p) + (p.look.bottomRule.map { $0.distance + $0.totalWidth } ?? 0)
            }
            let push = headerBottom - portrait.marginTop
            if push > 0 {
                pages[0].body += "<div class=\"gd-header-space\" style=\"height:\(HTML.pt(push))\"></div>"
                pages[0].used = push
            }
        }
        let items = flow.items
        var i = 0
        while i < items.count, !shouldStop() {
            switch items[i] {
            case let .paragraph(p):
                if p.look.pageBreakBefore, !pages[pages.count - 1].isEmpty || pages[pages.count - 1].setup.isLandscape { newPage(portrait) }
                if pages[pages.count - 1].setup.isLandscape { newPage(portrait) }
                place(p, keepTail: keepTail(after: i, items: items))
            case let .table(table, pageBreakBefore):
                if table.landscape {
                    if !(pages[pages.count - 1].setup.isLandscape && pages[pages.count - 1].isEmpty) { newPage(portrait.landscape) }
                } else if pageBreakBefore || pages[pages.count - 1].setup.isLandscape {
                    if !pages[pages.count - 1].isEmpty || pages[pages.count - 1].setup.isLandscape { newPage(portrait) }
                }
                place(table)
            case let .imprint(lines):
                placeImprint(lines)
            case let .jointMark(mark):
                placeJointMark(mark)
            }
            i += 1
        }
    }

    /// The height that must stand on the same page under item `index` when it keeps with the
    /// next: the following items that keep with their next, and the first line of the one after.
    func keepTail(after index: Int, items: [FlowItem]) -> Double {
        guard case let .paragraph(p) = items[index], keeps(p) else { return 0 }
        var tail = 0.0
        var j = index + 1
        let width = portrait.textWidth
        while j < items.count {
            switch items[j] {
            case let .paragraph(q):
                if q.look.pageBreakBefore { return 0 }
                let laid = lay(q, width: width)
                if keeps(q) {
                    tail += laid.height
                    j += 1
                    continue
                }
                tail += laid.spaceBefore + laid.lineHeight
            case let .table(t, pageBreakBefore):
                if pageBreakBefore || t.landscape { return 0 }
                tail += 40
            case .imprint, .jointMark:
                break
            }
            break
        }
        return tail < portrait.textHeight / 2 ? tail : 0
    }

    func keeps(_ p: FlowParagraph) -> Bool { p.look.keepWithNext ?? styles.style(p.role).keepWithNext }

    /// Places a paragraph, splitting it between pages where it does not fit; `keepTail` is
    /// the height that must follow its last line on the same page.
    mutating func place(_ p: FlowParagraph, keepTail: Double) {
        let laid = lay(p, width: pages[pages.count - 1].setup.textWidth)
        var lines = laid.lines[...]
        var first = true
        while true {
            let page = pages[pages.count - 1]
            let before = first ? laid.spaceBefore : 0
            let available = page.setup.textHeight - page.used
            let needed = before + Double(lines.count) * laid.lineHeight + laid.ruleHeight
            if needed + keepTail <= available + 0.01 || (page.isEmpty && needed > available + 0.01 && lines.count == 1) {
                emit(p, lines: Array(lines), laid: laid, first: first, last: true)
                return
            }
            // the lines that fit stay, less the last when what follows must stand under it
            var stay = min(Int(((available - before) / laid.lineHeight + 0.001).rounded(.down)), lines.count)
            if stay == lines.count { stay -= 1 }
            if stay >= 1 {
                emit(p, lines: Array(lines.prefix(stay)), laid: laid, first: first, last: false)
                lines = lines.dropFirst(stay)
                first = false
                newPage(page.setup)
                continue
            }
            if page.isEmpty {   // nothing fits even on a fresh page: place it as it is
                emit(p, lines: Array(lines), laid: laid, first: first, last: true)
                return
            }
            newPage(page.setup)
        }
    }

    /// Writes lines of a paragraph to the current page.
    mutating func emit(_ p: FlowParagraph, lines: [[(String, Role)]], laid: LaidParagraph, first: Bool, last: Bool) {
        let style = styles.style(p.role)
        let character = styles.style(.body).size
        let left = p.look.leftIndent ?? 0
        let right = p.look.rightIndent ?? 0
        let firstIndent = p.look.firstLineIndent ?? style.firstLineIndent * character
        let alignment = p.look.alignment ?? style.alignment
        var html = "<div class=\"gd-p gd-\(p.role.rawValue)\""
        var css = "margin:0 \(HTML.pt(right)) 0 \(HTML.pt(left));"
        if first, laid.spaceBefore > 0 { css += "padding-top:\(HTML.pt(laid.spaceBefore));" }
        if last, let rule = p.look.bottomRule {
            css += "padding-bottom:\(HTML.pt(rule.distance));border-bottom:\(HTML.pt(rule.width)) solid #\(rule.color);"
        }
        html += " style=\"\(css)\">"
        for (index, line) in lines.enumerated() {
            let isFirst = first && index == 0
            let isLast = last && index == lines.count - 1
            var lineCSS = "height:\(HTML.pt(laid.lineHeight));line-height:\(HTML.pt(laid.lineHeight));"
            if isFirst, firstIndent != 0 { lineCSS += "text-indent:\(HTML.pt(firstIndent));" }
            switch alignment {
            case .justify: lineCSS += isLast ? "text-align:left;" : "text-align:justify;text-align-last:justify;"
            case .left: lineCSS += "text-align:left;"
            case .center: lineCSS += "text-align:center;"
            case .right: lineCSS += "text-align:right;"
            }
            let text = line.map { $0.0 }.joined()
            if p.look.rightTab != nil, text.contains("\t") {
                // 发文字号 at the left, 签发人 at the right
                lineCSS += "display:flex;justify-content:space-between;"
                html += "<div class=\"gd-l\" style=\"\(lineCSS)\">"
                var segments: [String] = [""]
                for (t, role) in line {
                    let parts = t.split(separator: "\t", omittingEmptySubsequences: false)
                    for (k, part) in parts.enumerated() {
                        if k > 0 { segments.append("") }
                        if !part.isEmpty { segments[segments.count - 1] += span(String(part), role: role, paragraphRole: p.role) }
                    }
                }
                html += segments.map { "<span>\($0)</span>" }.joined() + "</div>"
                continue
            }
            html += "<div class=\"gd-l\" style=\"\(lineCSS)\">"
            for (t, role) in line { html += span(t, role: role, paragraphRole: p.role) }
            html += "</div>"
        }
        html += "</div>"
        let height = (first ? laid.spaceBefore : 0) + Double(max(lines.count, 1)) * laid.lineHeight + (last ? laid.ruleHeight : 0)
        pages[pages.count - 1].body += html
        pages[pages.count - 1].used += height
    }

    func span(_ text: String, role: Role, paragraphRole: Role) -> String {
        let inner = PageLayout.latinSpans(text)
        return role == paragraphRole ? inner : "<span class=\"gd-\(role.rawValue)\">\(inner)</span>"
    }

    /// Escaped text with runs of Latin letters and digits in the Latin font (half a 字 each,
    /// as the writers set them in Times New Roman).
    static func latinSpans(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x7F && $0 > 0x20 }) else { return HTML.escape(text) }
        var out = ""
        var latin = ""
        var other = ""
        func flushLatin() { if !latin.isEmpty { out += "<span class=\"gd-latin\">\(HTML.escape(latin))</span>"; latin = "" } }
        func flushOther() { if !other.isEmpty { out += HTML.escape(other); other = "" } }
        for c in text {
            if let a = c.asciiValue, a > 0x20, a < 0x7F { flushOther(); latin.append(c) } else { flushLatin(); other.append(c) }
        }
        flushLatin()
        flushOther()
        return out
    }

    // MARK: tables

    mutating func place(_ table: Table) {
        guard let grid = try? TableGrid(table) else { return }
        let setup = pages[pages.count - 1].setup
        let cellStyle = styles.style(.tableCell)
        let widths = grid.columnWidths(for: table, totalWidth: setup.textWidth, characterWidth: cellStyle.size)
        let padding = 2.85   // the writers' cell margins (57 twips)
        let lineHeight = cellStyle.lineHeight ?? cellStyle.size * 1.3
        // each row's height: the most lines of a cell that starts in it and spans one row
        var heights = Array(repeating: lineHeight + 1, count: table.rows.count)
        for (r, row) in table.rows.enumerated() {
            for (i, cell) in row.cells.enumerated() {
                let c = grid.startColumns[r][i]
                let width = widths[c..<min(c + cell.colSpan, widths.count)].reduce(0, +) - 2 * padding - 1
                let role: Role = cell.isHeader ? .tableHeader : .tableCell
                let lines = cell.lines.reduce(0) { sum, line in
                    sum + max(1, breakLines([FlowRun(line)], paragraphRole: role, width: max(width, 6), firstWidth: max(width, 6)).count)
                }
                let needed = Double(lines) * lineHeight + 1
                if cell.rowSpan == 1 {
                    heights[r] = max(heights[r], needed)
                } else {
                    let spanned = heights[r..<min(r + cell.rowSpan, heights.count)].reduce(0, +)
                    if spanned < needed { heights[min(r + cell.rowSpan, heights.count) - 1] += needed - spanned }
                }
            }
        }
        let headerRows = min(table.headerRowCount, table.rows.count - 1)
        let headerHeight = heights.prefix(headerRows).reduce(0, +)
        var start = 0
        var r = 0
        var sliceHeight = 0.0
        var isContinuation = false
        while r < table.rows.count {
            let repeatHeader = isContinuation ? headerHeight : 0
            if !(pages[pages.count - 1].isEmpty) || r > start {
                // does row r still fit on this page?
                if sliceHeight + repeatHeader + heights[r] > remaining + 0.01, r > start || !pages[pages.count - 1].isEmpty {
                    if r > start {
                        emitTable(table, grid: grid, widths: widths, rows: start..<r, repeatHeader: isContinuation ? headerRows : 0, heights: heights)
                        isContinuation = true
                    }
                    newPage(pages[pages.count - 1].setup)
                    start = r
                    sliceHeight = 0
                    if r < headerRows { isContinuation = false }
                    continue
                }
            }
            sliceHeight += heights[r]
            r += 1
        }
        if start < table.rows.count {
            emitTable(table, grid: grid, widths: widths, rows: start..<table.rows.count, repeatHeader: isContinuation ? headerRows : 0, heights: heights)
        }
    }

    /// The rows `rows` of a table (with the header rows before them on a continued page): cells
    /// spanning into the slice from above continue as empty cells, as in a word processor.
    mutating func emitTable(_ table: Table, grid: TableGrid, widths: [Double], rows: Range<Int>, repeatHeader: Int, heights: [Double]) {
        var html = "<table class=\"gd-table\"><colgroup>"
        for w in widths { html += "<col style=\"width:\(HTML.pt(w))\">" }
        html += "</colgroup>"
        var height = 0.0
        func rowHTML(_ r: Int, slice: Range<Int>) -> String {
            var out = "<tr style=\"height:\(HTML.pt(heights[r]))\">"
            for c in 0..<grid.columnCount {
                switch grid.slots[r][c] {
                case let .origin(index):
                    let cell = table.rows[r].cells[index]
                    let span = min(cell.rowSpan, slice.upperBound - r)
                    out += cellHTML(cell.lines, header: cell.isHeader, rowSpan: span, colSpan: cell.colSpan)
                case let .covered(originRow, originColumn):
                    // the first row of the slice continues a cell from an earlier page
                    guard r == slice.lowerBound, originRow < slice.lowerBound, originColumn == c,
                          case let .origin(index) = grid.slots[originRow][originColumn] else { continue }
                    let cell = table.rows[originRow].cells[index]
                    let span = min(originRow + cell.rowSpan, slice.upperBound) - r
                    out += cellHTML([], header: cell.isHeader, rowSpan: span, colSpan: cell.colSpan)
                }
            }
            return out + "</tr>"
        }
        for r in 0..<repeatHeader { html += rowHTML(r, slice: 0..<repeatHeader); height += heights[r] }
        for r in rows { html += rowHTML(r, slice: rows); height += heights[r] }
        html += "</table>"
        pages[pages.count - 1].body += html
        pages[pages.count - 1].used += height
    }

    func cellHTML(_ lines: [String], header: Bool, rowSpan: Int, colSpan: Int) -> String {
        var out = header ? "<th" : "<td"
        if rowSpan > 1 { out += " rowspan=\"\(rowSpan)\"" }
        if colSpan > 1 { out += " colspan=\"\(colSpan)\"" }
        out += ">" + lines.map(HTML.escape).joined(separator: "<br>")
        return out + (header ? "</th>" : "</td>")
    }

    // MARK: 版记 and letterhead

    /// The 版记 at the foot of the text block of the last page (a new page when it has no room).
    /// 联合行文's mark: the names stacked and centred, the suffix (`文件`) at their right,
    /// vertically centred on them; red, in the mark's type.
    mutating func placeJointMark(_ mark: JointMark) {
        let style = styles.style(.issuerMark)
        let color = style.color ?? styles.geometry.red
        let height = Double(mark.names.count) * mark.lineHeight
        var html = "<div class=\"gd-joint-mark\" style=\"margin-top:\(HTML.pt(mark.spaceBefore));display:flex;justify-content:center;align-items:center;color:#\(color);font-size:\(HTML.pt(style.size));\">"
        html += "<div style=\"width:\(HTML.pt(mark.nameWidth));text-align:center\">"
        for name in mark.names {
            html += "<div style=\"height:\(HTML.pt(mark.lineHeight));line-height:\(HTML.pt(mark.lineHeight))\">\(HTML.escape(name))</div>"
        }
        html += "</div>"
        if let suffix = mark.suffix {
            html += "<div style=\"width:\(HTML.pt(mark.suffixWidth));text-align:center\">\(HTML.escape(suffix))</div>"
        }
        html += "</div>"
        let total = mark.spaceBefore + height + mark.spaceAfter
        if remaining < total, !pages[pages.count - 1].isEmpty { newPage(portrait) }
        pages[pages.count - 1].body += html + "<div style=\"height:\(HTML.pt(mark.spaceAfter))\"></div>"
        pages[pages.count - 1].used += total
    }

    mutating func placeImprint(_ lines: [ImprintLine]) {
        if pages[pages.count - 1].setup.isLandscape { newPage(portrait) }
        let style = styles.style(.imprint)
        let lineHeight = style.lineHeight ?? style.size * 1.5
        let width = portrait.textWidth - 2 * style.size
        var html = ""
        var height = 0.0
        let g = styles.geometry
        for (index, line) in lines.enumerated() {
            var css = "padding:0 \(HTML.pt(style.size));"
            if line.ruled {
                if index == 0 { css += "border-top:\(HTML.pt(g.imprintThickRule)) solid #000;" }
                css += "border-bottom:\(HTML.pt(line.thickRuleBelow ? g.imprintThickRule : g.imprintThinRule)) solid #000;"
            }
            let rightWidth = line.right.map { SignatureLayoutWidth.width($0) * style.size } ?? 0
            let broken = breakLines([FlowRun(line.left)], paragraphRole: .imprint, width: width - (line.hangingIndent ?? 0),
                                    firstWidth: width - rightWidth - (line.right == nil ? 0 : style.size))
            html += "<div class=\"gd-imprint-line\" style=\"\(css)\">"
            for (k, l) in broken.enumerated() {
                let text = l.map { $0.0 }.joined()
                let indent = k > 0 ? "padding-left:\(HTML.pt(line.hangingIndent ?? 0));" : ""
                html += "<div class=\"gd-l\" style=\"height:\(HTML.pt(lineHeight));line-height:\(HTML.pt(lineHeight));display:flex;justify-content:space-between;\(indent)\">"
                html += "<span>\(HTML.escape(text))</span>"
                if k == 0, let right = line.right { html += "<span>\(HTML.escape(right))</span>" }
                html += "</div>"
            }
            html += "</div>"
            height += Double(broken.count) * lineHeight
        }
        if remaining < height + 2 { newPage(portrait) }
        let setup = pages[pages.count - 1].setup
        let top = setup.marginTop + setup.textHeight - height
        pages[pages.count - 1].overlay += "<div class=\"gd-imprint\" style=\"position:absolute;left:\(HTML.pt(setup.marginLeft));width:\(HTML.pt(setup.textWidth));top:\(HTML.pt(top))\">\(html)</div>"
        pages[pages.count - 1].used = setup.textHeight
    }

    /// 信函格式: the mark and double rule at the top of page 1, the double rule at its foot.
    func letterhead(_ frame: FirstPageFrame) -> String {
        var html = "<div class=\"gd-letterhead\" style=\"position:absolute;left:\(HTML.pt(portrait.marginLeft));width:\(HTML.pt(portrait.textWidth));top:\(HTML.pt(frame.headerTop))\">"
        for p in frame.header { html += paragraphHTML(p) }
        html += "</div>"
        html += "<div class=\"gd-letterfoot\" style=\"position:absolute;left:\(HTML.pt(portrait.marginLeft));width:\(HTML.pt(portrait.textWidth));bottom:\(HTML.pt(frame.footerTop - 6))\">"
        for p in frame.footer { html += paragraphHTML(p) }
        return html + "</div>"
    }

    /// A paragraph off the page flow (letterhead), rules as borders.
    func paragraphHTML(_ p: FlowParagraph) -> String {
        let style = styles.style(p.role)
        let alignment = p.look.alignment ?? style.alignment
        var css = "margin:0 \(HTML.pt(p.look.rightIndent ?? 0)) 0 \(HTML.pt(p.look.leftIndent ?? 0));text-align:\(alignment == .justify ? "left" : alignment.rawValue);"
        let height = lineHeight(for: p)
        css += "min-height:\(HTML.pt(height));line-height:\(HTML.pt(height));"
        if let before = p.look.spaceBefore { css += "padding-top:\(HTML.pt(before));" }
        func rule(_ r: FlowRule, side: String, below: Bool) -> String {
            guard let d = r.double else { return "border-\(side):\(HTML.pt(r.width)) solid #\(r.color);padding-\(side):\(HTML.pt(r.distance));" }
            // a double rule: the thick line next to the text or away from it
            let nearThick = d.thickNearText(ruleBelowText: below)
            let near = nearThick ? r.width : d.thin
            let far = nearThick ? d.thin : r.width
            return "padding-\(side):\(HTML.pt(r.distance));border-\(side):\(HTML.pt(near)) solid #\(r.color);box-shadow:0 \(below ? "" : "-")\(HTML.pt(near + d.gap + far)) 0 -\(HTML.pt(0)) #\(r.color);outline:none;"
        }
        if let r = p.look.bottomRule { css += rule(r, side: "bottom", below: true) }
        if let r = p.look.topRule { css += rule(r, side: "top", below: false) }
        return "<div class=\"gd-p gd-\(p.role.rawValue)\" style=\"\(css)\">\(HTML.escape(p.text))</div>"
    }

    // MARK: output

    func html() -> String {
        var out = "<style>\(css())</style>"
        let footer = document.footer
        let numberStyle = styles.style(.pageNumber)
        for (index, page) in pages.enumerated() {
            let s = page.setup
            let number = footer.firstPageNumber + index
            out += "<section class=\"gd-page\(s.isLandscape ? " gd-landscape" : "")\" data-page=\"\(index + 1)\" style=\"width:\(HTML.pt(s.width));height:\(HTML.pt(s.height))\">"
            out += "<div class=\"gd-block\" style=\"left:\(HTML.pt(s.marginLeft));top:\(HTML.pt(s.marginTop));width:\(HTML.pt(s.textWidth));height:\(HTML.pt(s.textHeight))\">"
            out += page.body
            out += "</div>"
            out += page.overlay
            if page.showsNumber {
                let right = !footer.alternateSides || number % 2 == 1
                let top = s.marginTop + s.textHeight + footer.distanceBelowBlock
                let side = right ? "right:\(HTML.pt(s.marginRight + footer.sideIndent))" : "left:\(HTML.pt(s.marginLeft + footer.sideIndent))"
                out += "<div class=\"gd-page-number\" style=\"top:\(HTML.pt(top));\(side);font-size:\(HTML.pt(numberStyle.size))\">\(HTML.escape(footer.text(page: number)))</div>"
            }
            out += "</section>"
        }
        return out
    }

    /// The look of each role: fonts by name with their fallbacks and a generic family, sizes,
    /// weights, colours and the grid's letter spacing.
    func css() -> String {
        var css = ".gd-page{position:relative;background:#fff;box-shadow:0 1pt 4pt rgba(0,0,0,.35);overflow:hidden;color:#000;box-sizing:border-box}"
        css += ".gd-block{position:absolute}"
        css += ".gd-l{white-space:pre;overflow:visible}"
        css += ".gd-page-number{position:absolute;white-space:pre;line-height:1}"
        css += ".gd-table{border-collapse:collapse;table-layout:fixed;width:100%}"
        css += ".gd-table td,.gd-table th{border:0.5pt solid #000;padding:0 2.85pt;line-height:\(HTML.pt(styles.style(.tableCell).lineHeight ?? styles.style(.tableCell).size * 1.3));vertical-align:middle;text-align:center;font-weight:normal;overflow:hidden;word-break:break-all}"
        for role in Role.allCases {
            let style = styles.style(role)
            let face = styles.font(role)
            var names = [face.name] + face.fallbacks
            names += face.family == "swiss" ? ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"] : ["Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"]
            let families = names.map { "\"\($0)\"" }.joined(separator: ",") + (face.family == "swiss" ? ",sans-serif" : ",serif")
            var rule = "font-family:\(families);font-size:\(HTML.pt(style.size));"
            rule += style.bold ? "font-weight:bold;" : "font-weight:normal;"
            if let color = style.color { rule += "color:#\(color);" }
            let spacing = styles.letterSpacing(role)
            if spacing != 0 { rule += "letter-spacing:\(HTML.pt(spacing));" }
            let selector = role == .tableCell ? ".gd-table td" : role == .tableHeader ? ".gd-table th" : ".gd-\(role.rawValue)"
            css += "\(selector){\(rule)}"
        }
        if let latin = styles.latinFont {
            css += ".gd-page .gd-latin{font-family:\"\(latin)\",\"Liberation Serif\",\"Tinos\",serif;letter-spacing:0}"
        }
        return css
    }
}

/// Widths as the model estimates them (Han 1 字, ASCII ½).
enum SignatureLayoutWidth {
    static func width(_ text: String) -> Double { SignatureLayout.width(of: text) }
}
