import GovDoc
import GovDocPackaging
import GovDocDraft
import GovDocMessages

/// A paragraph, table or break as read, before body paragraphs get their indices.
enum Item {
    case paragraph(ReadParagraph)
    case table(ReadTable)
    case pageBreak
    /// A warning about something outside any paragraph (a page-anchored frame), named by the
    /// paragraph that follows it.
    case warning(Message)
}

struct ReadParagraph {
    var text: String
    /// Indents from the list level, when they replace the paragraph style's.
    var listLeftIndent: Double?
    var listFirstLineIndent: Double?
    var automaticNumber: String?
    var style: ResolvedStyle
    var isHeading: Bool
    var outlineLevel: Int?
    var runs: [DraftRun]
    var warnings: [Message]
    /// `{PAGE}` stands in the text (footers only).
    var hasPageNumber = false
}

struct ReadTable {
    var table: Table
    var style: ResolvedStyle
    /// Each with the first characters of the cell paragraph it concerns.
    var warnings: [(Message, String?)]
}

/// The look of a run: the text properties in effect.
struct RunLook: Equatable {
    var eastAsianFont: String?
    var latinFont: String?
    var size: Double?
    var asianSize: Double?
    var bold: Bool
    var asianBold: Bool
    var color: String?
    var hidden: Bool

    init(_ p: Properties, _ styles: StyleSheet) {
        eastAsianFont = styles.family(ofFace: p["style:font-name-asian"]) ?? p["style:font-family-asian"].map(Units.firstFamily)
        latinFont = styles.family(ofFace: p["style:font-name"]) ?? p["fo:font-family"].map(Units.firstFamily)
        size = Units.points(p["fo:font-size"])
        asianSize = Units.points(p["style:font-size-asian"])
        bold = Units.isBold(p["fo:font-weight"]) ?? false
        asianBold = Units.isBold(p["style:font-weight-asian"]) ?? false
        color = p["style:use-window-font-color"] == "true" ? nil : Units.color(p["fo:color"])
        hidden = p["text:display"] == "none"
    }

    /// Han text takes the Asian size and weight.
    func run(_ text: String) -> DraftRun {
        let asian = text.unicodeScalars.contains(where: RunLook.isEastAsian)
        return DraftRun(text: text, eastAsianFont: eastAsianFont, latinFont: latinFont,
                        size: asian ? asianSize : size, bold: asian ? asianBold : bold, color: color)
    }

    static func isEastAsian(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FDF, 0x3000...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }
}

/// Collects a paragraph's text with ODF's white-space rules as LibreOffice 7.4 applies them
/// (measured with its text export): runs of spaces, tabs and newlines in character data are one
/// space, none at the paragraph's start, one kept at its end; `text:s`, `text:tab` and
/// `text:line-break` are kept as they are, and a space after them is not collapsed into them.
struct TextCollector {
    var pieces: [(text: String, look: RunLook)] = []
    var text = ""
    private var ignoreSpace = true

    mutating func characters(_ s: String, _ look: RunLook) {
        if look.hidden || s.isEmpty { return }
        // most character data has no white space: taken whole
        if !s.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            ignoreSpace = false
            add(s, look)
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if ignoreSpace { continue }
                out.append(0x20)
                ignoreSpace = true
            } else {
                out.append(byte)
                ignoreSpace = false
            }
        }
        add(String(decoding: out, as: UTF8.self), look)
    }

    mutating func literal(_ s: String, _ look: RunLook) {
        if look.hidden || s.isEmpty { return }
        ignoreSpace = false
        add(s, look)
    }

    private mutating func add(_ s: String, _ look: RunLook) {
        guard !s.isEmpty else { return }
        text += s
        if let last = pieces.last, last.look == look {
            pieces[pieces.count - 1].text += s
        } else {
            pieces.append((s, look))
        }
    }

    func runs() -> [DraftRun] { pieces.filter { !$0.text.isEmpty }.map { $0.look.run($0.text) } }
}

/// Where a paragraph stands in a list, and how it is numbered.
struct ListContext {
    let instance: ListInstance
    /// 1-based nesting level.
    let level: Int
    /// The list style of the list (or of an enclosing one); nil: the paragraph style's.
    let styleName: String?
}

/// Reads body content (`office:text`, a section, a text box, a table cell, a footer) from a
/// pull source by recursive descent: each function is called after its element's start and
/// consumes up to its end. Depth is bounded by the XML reader's depth limit.
final class BodyParser {
    enum Mode { case body, footer }

    let cursor: Cursor
    let styles: StyleSheet
    let scope: StyleScope
    let mode: Mode

    /// Lists by `xml:id` (for `text:continue-list`), and the last list of each list style (for
    /// `text:continue-numbering`).
    private var listsByID: [String: ListInstance] = [:]
    private var lastListByStyle: [String: ListInstance] = [:]
    private let outline = ListInstance(styleName: nil)
    private(set) var sawIndex = false
    /// Table cells read so far (repeated rows and columns expanded), against `cellLimit`.
    private var cells = 0
    static let cellLimit = 200_000
    /// Spaces written by `text:s` in all: a few bytes of XML each, so they are counted.
    private var spaces = 0
    static let spaceLimit = 4_000_000
    /// Paragraphs read (body, cells, text boxes), against `maxParagraphs`.
    private var paragraphs = 0
    var maxParagraphs = Int.max

    init(source: ODFEventSource, styles: StyleSheet, scope: StyleScope, mode: Mode) {
        cursor = Cursor(source: source)
        self.styles = styles
        self.scope = scope
        self.mode = mode
    }

    // MARK: block content

    /// Reads blocks up to the end of the current element (or of the source).
    func blocks() throws -> [Item] {
        var items: [Item] = []
        try blocks { items.append($0) }
        return items
    }

    /// Reads blocks up to the end of the current element, handing each on as it is read (the
    /// body is not held twice).
    func blocks(_ emit: (Item) throws -> Void) throws {
        while let event = try cursor.next() {
            if WorkStop.requested { break }   // the server's deadline passed
            switch event {
            case .end: return
            case .text: continue
            case let .start(e): for item in try block(e) { try emit(item) }
            }
        }
    }

    private func block(_ e: ODFElement) throws -> [Item] {
        switch e.ns {
        case .text:
            switch e.name {
            case "p", "h": return try paragraph(e, list: nil)
            case "list": return try list(e, parent: nil)
            case "section", "index-body", "numbered-paragraph", "deletion-free-section":
                return try blocks()
            case "table-of-content", "alphabetical-index", "illustration-index", "table-index", "object-index",
                 "user-index", "bibliography":
                sawIndex = true
                return try indexBlocks()
            case "soft-page-break", "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls",
                 "dde-connection-decls", "alphabetical-index-auto-mark-file", "number":
                try cursor.skip()
                return []
            default:
                return try blocks()
            }
        case .table, .loext:
            // LibreOffice writes a table inside a shape's text as loext:table (rows and cells
            // of the same names, in its namespace)
            if e.name == "table" { return try table(e) }
            try cursor.skip()
            return []
        case .draw:
            // a frame anchored to the page or the document, outside any paragraph
            var collector = TextCollector()
            var warnings: [Message] = []
            var trailing: [Item] = []
            try drawing(e, &collector, &warnings, &trailing)
            return warnings.map { Item.warning($0) } + trailing
        case .office:
            if e.name == "forms" || e.name == "annotation" || e.name == "annotation-end" {
                try cursor.skip()
                return []
            }
            return try blocks()
        default:
            try cursor.skip()
            return []
        }
    }

    /// A table of contents or index: its body's lines, its template left out.
    private func indexBlocks() throws -> [Item] {
        var items: [Item] = []
        while let event = try cursor.next() {
            switch event {
            case .end: return items
            case .text: continue
            case let .start(e):
                if e.is(.text, "index-body") { items += try blocks() } else { try cursor.skip() }
            }
        }
        return items
    }

    // MARK: lists

    private func list(_ e: ODFElement, parent: ListContext?) throws -> [Item] {
        let own = e.attr(.text, "style-name").flatMap { $0.isEmpty ? nil : $0 }
        let context: ListContext
        if let parent {
            context = ListContext(instance: parent.instance, level: min(parent.level + 1, 10), styleName: parent.styleName ?? own)
        } else {
            let key = own ?? ""
            var instance: ListInstance?
            if let id = e.attr(.text, "continue-list") { instance = listsByID[id] }
            if instance == nil, e.attr(.text, "continue-numbering") == "true" { instance = lastListByStyle[key] }
            let chosen = instance ?? ListInstance(styleName: own)
            if let id = e.attr(.xml, "id") { listsByID[id] = chosen }
            lastListByStyle[key] = chosen
            context = ListContext(instance: chosen, level: 1, styleName: own)
        }
        var items: [Item] = []
        while let event = try cursor.next() {
            switch event {
            case .end: return items
            case .text: continue
            case let .start(child):
                if child.is(.text, "list-item") {
                    items += try listItem(child, context, header: false)
                } else if child.is(.text, "list-header") {
                    items += try listItem(child, context, header: true)
                } else {
                    try cursor.skip()
                }
            }
        }
        return items
    }

    private func listItem(_ e: ODFElement, _ context: ListContext, header: Bool) throws -> [Item] {
        var items: [Item] = []
        var first = true
        let itemStart = e.attr(.text, "start-value").flatMap { Int($0) }
        // ODF 1.2: an item may number itself with another list style
        let override = e.attr(.text, "style-override").flatMap { $0.isEmpty ? nil : $0 }
        while let event = try cursor.next() {
            switch event {
            case .end: return items
            case .text: continue
            case let .start(child):
                switch (child.ns, child.name) {
                case (.text, "p"), (.text, "h"):
                    let numbering = ParagraphNumbering(context: context, numbered: first && !header, itemStart: itemStart,
                                                       styleOverride: override)
                    items += try paragraph(child, list: numbering)
                    first = false
                case (.text, "list"):
                    items += try list(child, parent: context)
                    first = false
                case (.text, "number"), (.text, "soft-page-break"):
                    try cursor.skip()
                default:
                    items += try block(child)
                    first = false
                }
            }
        }
        return items
    }

    struct ParagraphNumbering {
        let context: ListContext
        let numbered: Bool
        let itemStart: Int?
        var styleOverride: String? = nil
    }

    /// The label of a paragraph in a list (counting it), or of a heading by the outline style.
    private func label(_ e: ODFElement, _ style: ResolvedStyle, list: ParagraphNumbering?, outlineLevel: Int?) -> (String, String, ListLevel?)? {
        if let list {
            guard list.numbered else { return nil }
            guard let name = list.styleOverride ?? list.context.styleName ?? style.listStyleName.flatMap({ $0.isEmpty ? nil : $0 }),
                  let listStyle = styles.listStyle(name, scope: scope) else { return nil }
            let level = list.context.level
            _ = list.context.instance.count(level: level, itemStart: list.itemStart,
                                            levelStart: listStyle.levels[level]?.startValue ?? 1)
            guard let text = Numbering.label(listStyle, level: level, counters: list.context.instance.counters) else { return nil }
            return (text, Numbering.separator(listStyle, level: level), listStyle.levels[level])
        }
        guard let level = outlineLevel, let outlineStyle = styles.outline, outlineStyle.levels[level] != nil,
              e.attr(.text, "is-list-header") != "true" else { return nil }
        var itemStart: Int? = nil
        if e.attr(.text, "restart-numbering") == "true" {
            itemStart = e.attr(.text, "start-value").flatMap { Int($0) } ?? outlineStyle.levels[level]?.startValue
        }
        _ = outline.count(level: level, itemStart: itemStart, levelStart: outlineStyle.levels[level]?.startValue ?? 1)
        guard let text = Numbering.label(outlineStyle, level: level, counters: outline.counters) else { return nil }
        return (text, Numbering.separator(outlineStyle, level: level), outlineStyle.levels[level])
    }

    // MARK: paragraphs

    private func paragraph(_ e: ODFElement, list: ParagraphNumbering?) throws -> [Item] {
        paragraphs += 1
        if paragraphs > maxParagraphs { throw ODFReadFailure.tooManyParagraphs }
        let isHeading = e.name == "h"
        let styleName = e.attr(.text, "cond-style-name") ?? e.attr(.text, "style-name")
        let style = styles.resolve("paragraph", styleName, scope: scope)
        var outlineLevel: Int? = nil
        if isHeading {
            let level = e.attr(.text, "outline-level").flatMap { Int($0) } ?? style.defaultOutlineLevel ?? 1
            outlineLevel = min(max(level, 1), 10)
        }
        let numbering = label(e, style, list: list, outlineLevel: outlineLevel)
        var collector = TextCollector()
        var warnings: [Message] = []
        var trailing: [Item] = []
        var hasPageNumber = false
        let context = textContext(scope.key + (styleName ?? ""), style.text)
        if let numbering {
            // the number in its level's text style over the paragraph's, as LibreOffice prints it
            var numberContext = context
            if let name = numbering.2?.textStyleName, !name.isEmpty {
                numberContext = textContext(context.key + "\u{1F}#" + name,
                                            context.properties.overlaid(by: styles.resolve("text", name, scope: scope).text))
            }
            collector.literal(numbering.0 + numbering.1, numberContext.look)
        }
        try inline(&collector, context, &warnings, &trailing, &hasPageNumber)
        let level = numbering?.2
        let paragraph = ReadParagraph(
            text: collector.text,
            listLeftIndent: style.direct["fo:margin-left"] == nil ? level?.marginLeft : nil,
            listFirstLineIndent: style.direct["fo:text-indent"] == nil ? level?.textIndent : nil,
            automaticNumber: numbering?.0, style: style, isHeading: isHeading,
            outlineLevel: outlineLevel.map { min($0, 9) }, runs: collector.runs(), warnings: warnings,
            hasPageNumber: hasPageNumber)
        if trailing.isEmpty { return [.paragraph(paragraph)] }
        return [.paragraph(paragraph)] + trailing
    }

    /// Inline content up to the end of the current element.
    /// The text properties in effect and their look, cached by the styles that made them (the
    /// paragraph's, then each enclosing span's).
    final class TextContext {
        let key: String
        let properties: Properties
        let look: RunLook
        init(key: String, properties: Properties, look: RunLook) {
            self.key = key
            self.properties = properties
            self.look = look
        }
    }
    private var contexts: [String: TextContext] = [:]

    private func textContext(_ key: String, _ properties: @autoclosure () -> Properties) -> TextContext {
        if let cached = contexts[key] { return cached }
        let p = properties()
        let context = TextContext(key: key, properties: p, look: RunLook(p, styles))
        contexts[key] = context
        return context
    }

    /// Inline content up to the end of the current element.
    private func inline(_ c: inout TextCollector, _ context: TextContext, _ warnings: inout [Message],
                        _ trailing: inout [Item], _ hasPageNumber: inout Bool) throws {
        while let event = try cursor.next() {
            switch event {
            case .end: return
            case let .text(t): c.characters(t, context.look)
            case let .start(e):
                try inlineElement(e, &c, context, &warnings, &trailing, &hasPageNumber)
            }
        }
    }

    private func inlineElement(_ e: ODFElement, _ c: inout TextCollector, _ context: TextContext,
                               _ warnings: inout [Message], _ trailing: inout [Item], _ hasPageNumber: inout Bool) throws {
        let look = context.look
        switch e.ns {
        case .text:
            switch e.name {
            case "span", "a":
                var inner = context
                if let name = e.attr(.text, "style-name") {
                    inner = textContext(context.key + "\u{1F}" + name,
                                        context.properties.overlaid(by: styles.resolve("text", name, scope: scope).text))
                }
                try inline(&c, inner, &warnings, &trailing, &hasPageNumber)
            case "s":
                let count = min(max(e.attr(.text, "c").flatMap { Int($0) } ?? 1, 1), 10_000)
                spaces += count
                if spaces > BodyParser.spaceLimit { throw ODFReadFailure.tooManySpaces }
                c.literal(String(repeating: " ", count: count), look)
                try cursor.skip()
            case "tab":
                c.literal("\t", look)
                try cursor.skip()
            case "line-break":
                c.literal("\n", look)
                try cursor.skip()
            case "meta", "ruby", "ruby-base", "bibliography-mark", "deletion-free", "hidden-text-free":
                try inline(&c, context, &warnings, &trailing, &hasPageNumber)
            case "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark",
                 "reference-mark-start", "reference-mark-end", "change", "change-start", "change-end",
                 "toc-mark", "toc-mark-start", "toc-mark-end", "alphabetical-index-mark",
                 "alphabetical-index-mark-start", "alphabetical-index-mark-end", "user-index-mark",
                 "user-index-mark-start", "user-index-mark-end", "ruby-text", "number", "hidden-text",
                 "hidden-paragraph", "sequence-decls", "variable-decls":
                try cursor.skip()
            case "note":
                let note = try cursor.tree(e)
                let body = note.child(.text, "note-body")?.allText ?? note.allText
                warnings.append(Message(.odfNote, ["text": DraftLocation.shorten(BodyParser.collapsed(body), to: 20)]))
            case "page-number" where mode == .footer:
                c.literal("{PAGE}", look)
                hasPageNumber = true
                try cursor.skip()
            case "page-count" where mode == .footer:
                c.literal("{PAGES}", look)
                try cursor.skip()
            case "page-number", "page-count":
                // the page number in the body: its displayed value, nothing lost
                c.literal(try cursor.text(), look)
            default:
                // a field: its displayed value, and a warning
                let value = try cursor.text()
                c.literal(value, look)
                warnings.append(Message(.odfField, ["field": "text:" + e.name, "text": DraftLocation.shorten(value, to: 20)]))
            }
        case .office:
            // comments, their ends and anything else of the office namespace inside text
            try cursor.skip()
        case .draw:
            try drawing(e, &c, &warnings, &trailing)
        default:
            // an extension's element (LibreOffice's field marks, …): its text kept
            try inline(&c, context, &warnings, &trailing, &hasPageNumber)
        }
    }

    static func collapsed(_ s: String) -> String {
        var out: [UInt8] = []
        var space = true
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !space { out.append(0x20) }
                space = true
            } else {
                out.append(byte)
                space = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: frames and drawings

    /// A frame: a text box's content becomes the blocks after the paragraph; an image, an object
    /// or a shape is reported.
    private func drawing(_ e: ODFElement, _ c: inout TextCollector, _ warnings: inout [Message], _ trailing: inout [Item]) throws {
        switch e.name {
        case "a":
            // a hyperlink around frames
            var ignored = false
            try inline(&c, textContext("\u{1F}frame-link", Properties()), &warnings, &trailing, &ignored)
        case "frame":
            var sawImage = false
            var sawObject = false
            while let event = try cursor.next() {
                switch event {
                case .end:
                    if sawObject { warnings.append(Message(.odfObject)) } else if sawImage { warnings.append(Message(.odfImage)) }
                    return
                case .text: continue
                case let .start(child):
                    switch (child.ns, child.name) {
                    case (.draw, "text-box"):
                        let content = try blocks()
                        let count = content.filter { if case .warning = $0 { return false } else { return true } }.count
                        warnings.append(Message(.odfTextBox, ["count": "\(count)"]))
                        trailing += content
                    case (.draw, "image"):
                        sawImage = true
                        try cursor.skip()
                    case (.draw, "object"), (.draw, "object-ole"), (.draw, "plugin"), (.draw, "applet"), (.draw, "floating-frame"):
                        sawObject = true
                        try cursor.skip()
                    default:
                        try cursor.skip()
                    }
                }
            }
        default:
            // a shape (custom shape, rectangle, group …): its text's paragraphs and tables are
            // read like a text box's (LibreOffice turns a Word text box drawn in DrawingML — the
            // 版记 box of govdoc's .docx — into a draw:custom-shape holding them); a shape
            // without text is reported
            var content: [Item] = []
            var inner: [Message] = []
            try shapeContent(&content, &inner)
            warnings += inner
            if e.name == "g" {
                // a group: its members have reported themselves
                trailing += content
                return
            }
            let hasText = content.contains {
                switch $0 {
                case let .paragraph(p): return !BodyParser.collapsed(p.text).isEmpty
                case .table: return true
                case .pageBreak, .warning: return false
                }
            }
            if hasText {
                let count = content.filter { if case .warning = $0 { return false } else { return true } }.count
                warnings.append(Message(.odfTextBox, ["count": "\(count)"]))
                trailing += content
            } else {
                warnings.append(Message(.odfDrawing, ["text": ""]))
                trailing += content.filter { if case .warning = $0 { return true } else { return false } }
            }
        }
    }

    /// A shape's children up to its end: text (paragraphs, lists, tables) as blocks, shapes and
    /// frames of a group as drawings (their text boxes' blocks among the content), the geometry
    /// and everything else skipped. Depth is bounded by the XML reader's depth limit.
    private func shapeContent(_ content: inout [Item], _ warnings: inout [Message]) throws {
        while let event = try cursor.next() {
            switch event {
            case .end: return
            case .text: continue
            case let .start(child):
                switch child.ns {
                case .text, .table, .loext:
                    content += try block(child)
                case .draw:
                    switch child.name {
                    case "enhanced-geometry", "glue-point", "image-map", "contour-polygon", "contour-path", "param":
                        try cursor.skip()
                    default:
                        // a group's member: a shape, a frame, a link around them
                        var ignored = TextCollector()
                        try drawing(child, &ignored, &warnings, &content)
                    }
                default:
                    try cursor.skip()
                }
            }
        }
    }

    // MARK: tables

    private struct ReadCell {
        var lines: [String]
        var rowSpan: Int
        var colSpan: Int
    }

    private func table(_ e: ODFElement) throws -> [Item] {
        let style = styles.resolve("table", e.attr(.table, "style-name"), scope: scope)
        var rows: [(cells: [ReadCell], header: Bool)] = []
        var warnings: [(Message, String?)] = []
        try tableRows(&rows, &warnings, header: false)
        // a nested table inside a table of the same part shares the cell budget
        guard !rows.isEmpty, rows.contains(where: { !$0.cells.isEmpty }) else {
            return [.warning(Message(.odfEmptyTable))]
        }
        // the grid (rows × widest row) is what the model lays out: bounded like the cells
        let width = rows.map { $0.cells.reduce(0) { $0 + $1.colSpan } }.max() ?? 0
        let (slots, overflow) = width.multipliedReportingOverflow(by: rows.count)
        guard !overflow, slots <= BodyParser.cellLimit else { throw ODFReadFailure.tableTooLarge }
        var table = Table(rows: rows.map { row in
            TableRow(cells: row.cells.map { TableCell(lines: $0.lines, rowSpan: $0.rowSpan, colSpan: $0.colSpan, isHeader: row.header) },
                     isHeader: row.header)
        })
        if let repaired = TableRepair.regularize(&table) {
            warnings.append((Message(.odfTableRepaired, ["detail": repaired]), nil))
        }
        if let master = styles.masterPage(style.masterPageName.flatMap { $0.isEmpty ? nil : $0 }),
           style.masterPageName?.isEmpty == false,
           let layoutName = master.attr(.style, "page-layout-name"),
           let properties = styles.pageLayouts[layoutName]?.properties {
            // style:print-orientation, or a page wider than high
            let width = Units.points(properties.attr(.fo, "page-width")) ?? 0
            let height = Units.points(properties.attr(.fo, "page-height")) ?? 0
            table.landscape = properties.attr(.style, "print-orientation") == "landscape" || width > height
        }
        return [.table(ReadTable(table: table, style: style, warnings: warnings))]
    }

    private func tableRows(_ rows: inout [(cells: [ReadCell], header: Bool)], _ warnings: inout [(Message, String?)], header: Bool) throws {
        while let event = try cursor.next() {
            switch event {
            case .end: return
            case .text: continue
            case let .start(e):
                guard e.ns == .table || e.ns == .loext else { try cursor.skip(); continue }
                switch e.name {
                case "table-header-rows":
                    try tableRows(&rows, &warnings, header: true)
                case "table-rows", "table-row-group":
                    try tableRows(&rows, &warnings, header: header)
                case "table-row":
                    let repeated = max(1, e.attr(.table, "number-rows-repeated").flatMap { Int($0) } ?? 1)
                    let cells = try tableRow(&warnings)
                    let count = cells.reduce(0) { $0 + $1.colSpan }
                    if repeated > 1 {
                        let (extra, overflow) = max(count, 1).multipliedReportingOverflow(by: repeated - 1)
                        guard !overflow, self.cells + extra <= BodyParser.cellLimit else { throw ODFReadFailure.tableTooLarge }
                        self.cells += extra
                    }
                    for _ in 0..<repeated { rows.append((cells, header)) }
                default:
                    try cursor.skip()
                }
            }
        }
    }

    private func tableRow(_ warnings: inout [(Message, String?)]) throws -> [ReadCell] {
        var cells: [ReadCell] = []
        while let event = try cursor.next() {
            switch event {
            case .end: return cells
            case .text: continue
            case let .start(e):
                guard e.ns == .table || e.ns == .loext else { try cursor.skip(); continue }
                switch e.name {
                case "table-cell":
                    let repeated = max(1, e.attr(.table, "number-columns-repeated").flatMap { Int($0) } ?? 1)
                    let colSpan = max(1, e.attr(.table, "number-columns-spanned").flatMap { Int($0) } ?? 1)
                    let rowSpan = max(1, e.attr(.table, "number-rows-spanned").flatMap { Int($0) } ?? 1)
                    guard repeated <= BodyParser.cellLimit, colSpan <= 10_000, rowSpan <= BodyParser.cellLimit else {
                        throw ODFReadFailure.tableTooLarge
                    }
                    self.cells += repeated * colSpan
                    if self.cells > BodyParser.cellLimit { throw ODFReadFailure.tableTooLarge }
                    let lines = try cellLines(&warnings)
                    for _ in 0..<repeated { cells.append(ReadCell(lines: lines, rowSpan: rowSpan, colSpan: colSpan)) }
                case "covered-table-cell":
                    var ignored: [(Message, String?)] = []
                    let text = try cellLines(&ignored).joined(separator: " ").trimmedSpaces
                    if !text.isEmpty {
                        warnings.append((Message(.odfCoveredCellText, ["text": DraftLocation.shorten(text, to: 20)]), text))
                    }
                default:
                    try cursor.skip()
                }
            }
        }
        return cells
    }

    /// A cell's paragraphs as lines (a line break starts a new line); a nested table's cells
    /// line by line.
    private func cellLines(_ warnings: inout [(Message, String?)]) throws -> [String] {
        let items = try blocks()
        var lines: [String] = []
        var nested = false
        func add(_ items: [Item]) {
            for item in items {
                switch item {
                case let .paragraph(p):
                    lines += p.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    for w in p.warnings { warnings.append((w, p.text)) }
                case let .table(t):
                    nested = true
                    for row in t.table.rows { for cell in row.cells { lines += cell.lines } }
                    warnings += t.warnings
                case .pageBreak:
                    continue
                case let .warning(w):
                    warnings.append((w, nil))
                }
            }
        }
        add(items)
        if nested { warnings.append((Message(.odfNestedTable), lines.first)) }
        return lines.isEmpty ? [""] : lines
    }
}

enum ODFReadFailure: Error {
    case tableTooLarge
    case tooManyParagraphs
    /// More spaces from `text:s` than `BodyParser.spaceLimit`: text multiplied from small XML.
    case tooManySpaces
}

/// Makes a table's cells a rectangular grid the model accepts: spans running past the table or
/// over another cell are shortened, missing cells added empty at the row's end of each gap.
enum TableRepair {
    /// Returns what was repaired, or nil when the table was regular.
    static func regularize(_ table: inout Table) -> String? {
        if (try? TableGrid(table)) != nil { return nil }
        let rowCount = table.rows.count
        var occupied: [[Bool]] = Array(repeating: [], count: rowCount)
        func ensure(_ r: Int, _ width: Int) {
            if occupied[r].count < width { occupied[r] += Array(repeating: false, count: width - occupied[r].count) }
        }
        var placed: [[(column: Int, cell: TableCell)]] = Array(repeating: [], count: rowCount)
        for (r, row) in table.rows.enumerated() {
            var column = 0
            for var cell in row.cells {
                while column < occupied[r].count, occupied[r][column] { column += 1 }
                cell.rowSpan = min(cell.rowSpan, rowCount - r)
                // shorten the column span at the first occupied slot of this row
                ensure(r, column + cell.colSpan)
                var span = 0
                while span < cell.colSpan, !occupied[r][column + span] { span += 1 }
                cell.colSpan = max(1, span)
                // shorten the row span at the first row where a slot is taken
                var rows = 1
                while rows < cell.rowSpan {
                    ensure(r + rows, column + cell.colSpan)
                    if (column..<(column + cell.colSpan)).contains(where: { occupied[r + rows][$0] }) { break }
                    rows += 1
                }
                cell.rowSpan = rows
                for dr in 0..<rows {
                    ensure(r + dr, column + cell.colSpan)
                    for dc in 0..<cell.colSpan { occupied[r + dr][column + dc] = true }
                }
                placed[r].append((column, cell))
                column += cell.colSpan
            }
        }
        let width = occupied.map(\.count).max() ?? 0
        for r in 0..<rowCount {
            ensure(r, width)
            for c in 0..<width where !occupied[r][c] {
                placed[r].append((c, TableCell(lines: [""], isHeader: table.rows[r].isHeader)))
                occupied[r][c] = true
            }
            placed[r].sort { $0.column < $1.column }
            table.rows[r].cells = placed[r].map(\.cell)
        }
        return "\(rowCount) × \(width)"
    }
}
