import GovDoc
import GovDocDraft
import GovDocMessages

/// Turns the parts of an ODF text document (as event sources) into a ``Draft``. The package
/// (zip, mimetype, XML parser) is ``ODFReader``'s business; this works on any source, a flat
/// `.fodt` included (its styles and body in one part).
struct DocumentParser {
    let file: String
    var maxParagraphs = 100_000
    /// Warnings listed one by one; the rest are counted in one more.
    static let maxWarnings = 1000

    enum Failure: Error {
        /// The body is not `office:text` (a spreadsheet, a presentation …).
        case notText(String)
        case tableTooLarge
    }

    func parse(content: ODFEventSource, styles stylesSource: ODFEventSource?, meta metaSource: ODFEventSource?) throws -> Draft {
        let sheet = StyleSheet()
        var draft = Draft(format: .odt)
        if let stylesSource { try readStyles(stylesSource, into: sheet, draft: &draft) }
        if let metaSource { try readStyles(metaSource, into: sheet, draft: &draft) }

        // content.xml: font faces and automatic styles first, then the body, streamed
        let cursor = Cursor(source: content)
        var assembler = Assembler(file: file)
        var sawIndex = false
        var bodyKind: String? = nil
        while let event = try cursor.next() {
            guard case let .start(root) = event else { continue }
            guard root.ns == .office else { try cursor.skip(); continue }
            while let event = try cursor.next() {
                guard case let .start(e) = event else {
                    if case .end = event { break } else { continue }
                }
                guard e.ns == .office else { try cursor.skip(); continue }
                switch e.name {
                case "font-face-decls": sheet.addFontFaces(try cursor.tree(e))
                case "styles": sheet.addStyles(try cursor.tree(e), automatic: nil)
                case "automatic-styles": sheet.addStyles(try cursor.tree(e), automatic: .content)
                case "master-styles": sheet.addMasterStyles(try cursor.tree(e))
                case "meta": readMeta(try cursor.tree(e), &draft)
                case "body":
                    while let inner = try cursor.next() {
                        guard case let .start(kind) = inner else {
                            if case .end = inner { break } else { continue }
                        }
                        bodyKind = kind.name
                        guard kind.is(.office, "text") else { try cursor.skip(); continue }
                        let parser = BodyParser(source: content, styles: sheet, scope: .content, mode: .body)
                        parser.maxParagraphs = maxParagraphs
                        do {
                            try parser.blocks { assembler.add($0) }
                        } catch ODFReadFailure.tableTooLarge {
                            throw Failure.tableTooLarge
                        }
                        sawIndex = sawIndex || parser.sawIndex
                    }
                default:
                    try cursor.skip()
                }
            }
        }
        if let bodyKind, bodyKind != "text" { throw Failure.notText(bodyKind) }

        assembler.finish()
        draft.blocks = assembler.blocks
        draft.warnings += assembler.warnings
        if sawIndex { draft.warnings.append(DraftWarning(DraftLocation(file: file), Message(.odfIndex))) }

        try readPage(sheet, firstMaster: assembler.firstMasterPage, &draft)
        if draft.warnings.count > Self.maxWarnings {
            let leftOut = draft.warnings.count - Self.maxWarnings
            draft.warnings.removeLast(leftOut)
            draft.warnings.append(DraftWarning(DraftLocation(file: file), Message(.readerMoreWarnings, ["count": String(leftOut)])))
        }
        return draft
    }

    /// styles.xml or meta.xml (whichever the source is): the parts read whole.
    private func readStyles(_ source: ODFEventSource, into sheet: StyleSheet, draft: inout Draft) throws {
        let cursor = Cursor(source: source)
        while let event = try cursor.next() {
            guard case let .start(root) = event else { continue }
            while let event = try cursor.next() {
                guard case let .start(e) = event else {
                    if case .end = event { break } else { continue }
                }
                guard e.ns == .office else { try cursor.skip(); continue }
                switch e.name {
                case "font-face-decls": sheet.addFontFaces(try cursor.tree(e))
                case "styles": sheet.addStyles(try cursor.tree(e), automatic: nil)
                case "automatic-styles": sheet.addStyles(try cursor.tree(e), automatic: root.is(.office, "document-content") ? .content : .styles)
                case "master-styles": sheet.addMasterStyles(try cursor.tree(e))
                case "meta": readMeta(try cursor.tree(e), &draft)
                default: try cursor.skip()
                }
            }
        }
    }

    private func readMeta(_ meta: Node, _ draft: inout Draft) {
        func value(_ ns: NS, _ name: String) -> String? {
            meta.child(ns, name).map { BodyParser.collapsed($0.allText) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        draft.propertiesTitle = value(.dc, "title")
        draft.propertiesCreator = value(.meta, "initial-creator") ?? value(.dc, "creator")
    }

    // MARK: page and footers

    /// The master page of the first block (else `Standard`): its paper, margins, grid and
    /// page-number footers. A first-page master with a next style (LibreOffice's `First Page`)
    /// gives its footers for page 1 and the next master the body's pages.
    private func readPage(_ sheet: StyleSheet, firstMaster: String?, _ draft: inout Draft) throws {
        guard let first = sheet.masterPage(firstMaster) else { return }
        var bodyMaster = first
        var footers: [DraftFooter] = []
        if let nextName = first.attr(.style, "next-style-name"), nextName != first.attr(.style, "name"),
           let next = sheet.masterPages.first(where: { $0.attr(.style, "name") == nextName }) {
            bodyMaster = next
            footers += try pageNumberFooters(first, sheet).filter { $0.pages != .even }.map {
                var f = $0
                f.pages = .first
                return f
            }
            headerWarnings(first, &draft)
        }
        footers += try pageNumberFooters(bodyMaster, sheet)
        headerWarnings(bodyMaster, &draft)
        draft.pageNumberFooters = footers
        draft.page = page(bodyMaster, sheet)
    }

    private func page(_ master: Node, _ sheet: StyleSheet) -> DraftPage? {
        guard let layoutName = master.attr(.style, "page-layout-name"), let layout = sheet.pageLayouts[layoutName],
              let p = layout.properties,
              let width = Units.points(p.attr(.fo, "page-width")), let height = Units.points(p.attr(.fo, "page-height")) else { return nil }
        func margin(_ side: String) -> Double {
            Units.points(p.attr(.fo, "margin-" + side)) ?? Units.points(p.attr(.fo, "margin")) ?? 0
        }
        /// A header or footer takes its height (which in LibreOffice includes its spacing) from the body.
        func extent(_ element: String, _ properties: Node?) -> Double {
            guard let area = master.child(.style, element), area.attr(.style, "display") != "false", let properties else { return 0 }
            return Units.points(properties.attr(.svg, "height")) ?? Units.points(properties.attr(.fo, "min-height")) ?? 0
        }
        var page = DraftPage(width: width, height: height,
                             marginTop: margin("top") + extent("header", layout.header),
                             marginBottom: margin("bottom") + extent("footer", layout.footer),
                             marginLeft: margin("left"), marginRight: margin("right"))
        let mode = p.attr(.style, "layout-grid-mode") ?? "none"
        if mode == "line" || mode == "both" {
            let base = Units.points(p.attr(.style, "layout-grid-base-height")) ?? 0
            let ruby = Units.points(p.attr(.style, "layout-grid-ruby-height")) ?? 0
            if base + ruby > 0 { page.gridLinePitch = base + ruby }
            page.gridLinesPerPage = p.attr(.style, "layout-grid-lines").flatMap { Int($0) }
            if mode == "both" {
                let textWidth = width - page.marginLeft - page.marginRight
                let standard = p.attr(.style, "layout-grid-standard-mode") == "true"
                let character = standard ? Units.points(p.attr(.style, "layout-grid-base-width")) : base
                if let character, character > 0 { page.gridCharactersPerLine = Int((textWidth / character) + 0.01) }
            }
        }
        return page
    }

    /// The footers of a master page that hold a page number: `style:footer` (every page, or the
    /// odd ones when there is a left footer), `style:footer-left` (even), `style:footer-first`.
    private func pageNumberFooters(_ master: Node, _ sheet: StyleSheet) throws -> [DraftFooter] {
        let hasLeft = master.children.contains { $0.name == "footer-left" && $0.attr(.style, "display") != "false" }
        var out: [DraftFooter] = []
        for area in master.children where area.attr(.style, "display") != "false" {
            let pages: DraftFooter.Pages
            switch area.name {
            case "footer": pages = hasLeft ? .odd : .all
            case "footer-left": pages = .even
            case "footer-first": pages = .first
            default: continue
            }
            let parser = BodyParser(source: NodeEventSource(area.children), styles: sheet, scope: .styles, mode: .footer)
            let items = try parser.blocks()
            for case let .paragraph(p) in items where p.hasPageNumber {
                out.append(DraftFooter(pages: pages, pattern: p.text, alignment: p.style.alignment, runs: p.runs))
                break
            }
        }
        return out
    }

    /// Text in a page header cannot be carried over: said once per header.
    private func headerWarnings(_ master: Node, _ draft: inout Draft) {
        for area in master.children where area.name.hasPrefix("header") && area.attr(.style, "display") != "false" {
            var lines: [String] = []
            func collect(_ n: Node) {
                if n.is(.text, "p") || n.is(.text, "h") { lines.append(BodyParser.collapsed(n.allText)); return }
                for child in n.children { collect(child) }
            }
            collect(area)
            let text = lines.filter { !$0.isEmpty }.joined(separator: " ")
            guard !text.isEmpty else { continue }
            let warning = DraftWarning(DraftLocation(file: file), Message(.odfHeaderText, ["text": DraftLocation.shorten(text, to: 24)]))
            if !draft.warnings.contains(warning) { draft.warnings.append(warning) }
        }
    }
}

/// Gives body paragraphs their indices (1-based, in reading order, text-box paragraphs after
/// their anchor) and turns read items into blocks and located warnings.
struct Assembler {
    let file: String
    var blocks: [DraftBlock] = []
    var warnings: [DraftWarning] = []
    var index = 0
    /// The master page named by the first block's style.
    var firstMasterPage: String?
    private var sawBlock = false
    /// Warnings waiting for the next paragraph to name them.
    private var pending: [Message] = []

    init(file: String) { self.file = file }

    mutating func add(_ items: [Item]) {
        for item in items { add(item) }
        finish()
    }

    /// Warnings still waiting for a paragraph name the file.
    mutating func finish() {
        flushPending(excerpt: nil)
    }

    private mutating func pageBreak() {
        guard !blocks.isEmpty else { return }
        if case .pageBreak? = blocks.last { return }
        blocks.append(.pageBreak)
    }

    private mutating func noteMaster(_ style: ResolvedStyle) -> Bool {
        let master = style.masterPageName.flatMap { $0.isEmpty ? nil : $0 }
        if !sawBlock {
            sawBlock = true
            firstMasterPage = master
            return false
        }
        // a new master page starts a new page
        return master != nil
    }

    private mutating func flushPending(excerpt: String?) {
        for message in pending {
            warnings.append(DraftWarning(DraftLocation(file: file, paragraph: excerpt == nil ? nil : index, excerpt: excerpt), message))
        }
        pending = []
    }

    mutating func add(_ item: Item) {
        switch item {
        case let .paragraph(p):
            let newPage = noteMaster(p.style)
            let breakBefore = (p.style.breakBefore || newPage) && !blocks.isEmpty
            if breakBefore { pageBreak() }
            index += 1
            flushPending(excerpt: p.text)
            blocks.append(.paragraph(DraftParagraph(
                index: index, text: p.text, automaticNumber: p.automaticNumber, styleName: p.style.displayName,
                outlineLevel: p.outlineLevel, alignment: p.style.alignment,
                firstLineIndent: p.listFirstLineIndent ?? p.style.firstLineIndent,
                leftIndent: p.listLeftIndent ?? p.style.leftIndent, rightIndent: p.style.rightIndent, lineSpacing: p.style.lineSpacing,
                runs: p.runs, pageBreakBefore: breakBefore)))
            for message in p.warnings {
                warnings.append(DraftWarning(DraftLocation(file: file, paragraph: index, excerpt: p.text), message))
            }
            if p.style.breakAfter { pageBreak() }
        case let .table(t):
            let newPage = noteMaster(t.style)
            if t.style.breakBefore || newPage { pageBreak() }
            blocks.append(.table(DraftTable(table: t.table, followingParagraphIndex: index + 1)))
            for (message, excerpt) in t.warnings {
                warnings.append(DraftWarning(DraftLocation(file: file, paragraph: index + 1, excerpt: excerpt), message))
            }
            if t.style.breakAfter { pageBreak() }
        case .pageBreak:
            pageBreak()
        case let .warning(message):
            pending.append(message)
        }
    }
}
