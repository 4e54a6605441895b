import GovDoc
import GovDocDraft
import GovDocMessages
import GovDocPackaging

/// Reads a .docx (WordprocessingML package) into a ``Draft``: text with automatic numbering
/// resolved, styles applied, tracked changes accepted, comments dropped, tables with their
/// merges as spans, the page geometry and the page-number footers. What the model cannot hold
/// (text boxes, notes, images, fields) becomes a warning naming its paragraph.
///
/// Hostile input gets a ``DraftError``: the file size, the zip (entry names, encryption, inflated
/// sizes) and every XML part (no DTD, no entities, depth and size caps) are checked.
public struct OOXMLReader: DraftReader {
    /// The largest input file read.
    public var maxFileSize: Int
    public var zipLimits: ZipReadLimits
    public var xmlLimits: XMLReadLimits
    /// Paragraphs (body, cells, text boxes) read before the draft is refused as too large.
    public var maxParagraphs: Int

    /// The zip limits of a .docx: 32 MiB for one part (document.xml of some 3000 pages of text),
    /// 128 MiB in all, so that a part and its parsed copy stay under 100 MB of memory. These caps
    /// are what stop a zip bomb; the ratio is loose (1000) because a legitimate table of identical
    /// rows deflates about 200:1.
    public static let docxZipLimits = ZipReadLimits(maxEntries: 10_000, maxEntrySize: 32 << 20, maxTotalSize: 128 << 20, maxRatio: 1000)

    public init(maxFileSize: Int = 64 << 20, zipLimits: ZipReadLimits = OOXMLReader.docxZipLimits,
                xmlLimits: XMLReadLimits = .default, maxParagraphs: Int = 100_000) {
        self.maxFileSize = maxFileSize
        self.zipLimits = zipLimits
        self.xmlLimits = xmlLimits
        self.maxParagraphs = maxParagraphs
    }

    public func read(_ bytes: [UInt8], file: String) throws -> Draft {
        let whole = DraftLocation(file: file)
        if let refusal = PackageSniffer.refusal(of: bytes, maxFileSize: maxFileSize) { throw DraftError(whole, refusal) }
        let zip: ZipArchiveReader
        do { zip = try ZipArchiveReader(bytes: bytes, limits: zipLimits) } catch let error as PackagingError {
            throw OOXMLReader.draftError(error, file: file)
        }
        let package = OOXMLPackage(zip: zip, file: file, xmlLimits: xmlLimits)
        let packageRels = try package.relationships(of: "")
        let main = packageRels.first { $0.type == "officeDocument" && $0.target.map(zip.contains) == true }?.target
            ?? (zip.contains("word/document.xml") ? "word/document.xml" : nil)
        guard let main else {
            throw DraftError(whole, Message(.readerMissingPart, ["part": "word/document.xml", "format": "Word (.docx)"]))
        }
        let rels = try package.relationships(of: main)
        func part(_ type: String) -> String? { rels.first { $0.type == type }?.target }
        let theme = try part("theme").map { try package.tree($0) } ?? nil
        let styles = StyleSheet(styles: try part("styles").map { try package.tree($0, skipping: StyleSheet.unread) } ?? nil, theme: theme)
        let numbering = Numbering(try part("numbering").map { try package.tree($0) } ?? nil, styles: styles)
        let settings = try part("settings").map { try package.tree($0) } ?? nil
        let evenAndOdd = onOff(settings?.w("evenAndOddHeaders")) ?? false

        var body = BodyReader(file: file, styles: styles, numbering: numbering, maxParagraphs: maxParagraphs)
        guard let stream = try package.stream(main) else {
            throw DraftError(whole, Message(.readerMissingPart, ["part": main, "format": "Word (.docx)"]))
        }
        do { try body.read(stream) } catch let error as PackagingError {
            throw OOXMLReader.xmlError(error, part: main, file: file)
        } catch BodyReader.NotAWordDocument.root(let root) {
            throw DraftError(whole, OOXMLReader.notAWordDocument(main: main, root: root))
        } catch let error as XMLTreeTooLarge {
            throw DraftError(whole, Message(.readerPackageTooLarge, ["detail": "a paragraph or table of more than \(error.limit) XML nodes"]))
        } catch BodyReader.TooLarge.paragraphs {
            throw DraftError(whole, Message(.readerPackageTooLarge, ["detail": "more than \(maxParagraphs) paragraphs"]))
        }

        guard body.hasBody else { throw DraftError(whole, Message(.readerNoBody, ["part": main])) }
        var draft = Draft(format: .docx, blocks: body.blocks, warnings: body.warnings)
        draft.warnings += styles.warnings.map { DraftWarning(whole, $0) } + numbering.warnings.map { DraftWarning(whole, $0) }
        if let section = body.sections.last {
            draft.page = page(section, styles: styles)
            let (footers, warnings) = try footers(body.sections, rels: rels, package: package, styles: styles,
                                                  numbering: numbering, evenAndOdd: evenAndOdd, file: file)
            draft.pageNumberFooters = footers
            draft.warnings += warnings
        }
        let core = packageRels.first { $0.type == "core-properties" }?.target ?? "docProps/core.xml"
        if let properties = try package.tree(core) {
            func text(_ local: String) -> String? {
                let value = properties.elements.first { $0.name == local && $0.ns == NS.dc }?.allText
                return value?.isEmpty == false ? value : nil
            }
            draft.propertiesTitle = text("title")
            draft.propertiesCreator = text("creator")
        }
        return draft
    }

    // MARK: errors

    static func draftError(_ error: PackagingError, file: String) -> DraftError {
        let whole = DraftLocation(file: file)
        // the packaging layer's own message (a duplicate entry, an empty or too large part)
        if let message = error.message { return DraftError(whole, message) }
        switch error.zipFailure {
        case .notAZip?, .damaged?, .other?: return DraftError(whole, Message(.readerDamagedPackage, ["detail": error.detail]))
        case .unsafeName?: return DraftError(whole, Message(.readerUnsafeEntryName, ["detail": error.detail]))
        case .encrypted?: return DraftError(whole, Message(.readerEncryptedEntry, ["detail": error.detail]))
        case .tooLarge?: return DraftError(whole, Message(.readerPackageTooLarge, ["detail": error.detail]))
        case .missingEntry?: return DraftError(whole, Message(.readerMissingPart, ["part": error.detail, "format": "Word (.docx)"]))
        case nil: return DraftError(whole, Message(.readerDamagedPackage, ["detail": error.description]))
        }
    }

    static func xmlError(_ error: PackagingError, part: String, file: String) -> DraftError {
        if error.zipFailure != nil || error.message != nil { return draftError(error, file: file) }
        return DraftError(DraftLocation(file: file), Message(.readerXMLError, ["part": error.operation, "detail": error.detail]))
    }

    /// Why a package whose main part is not `w:document` is refused: an Excel workbook, a
    /// PowerPoint presentation (their packages look like a .docx from outside), anything else.
    static func notAWordDocument(main: String, root: XMLElementName) -> Message {
        if root.namespaceURI.contains("spreadsheetml") || root.localName == "workbook" { return Message(.readerSpreadsheet) }
        if root.namespaceURI.contains("presentationml") || root.localName == "presentation" { return Message(.readerPresentation) }
        return Message(.readerNotWordDocument, ["part": main, "root": root.localName])
    }

    // MARK: section

    private func twips(_ node: XNode?, _ key: String) -> Double? {
        node?[key].flatMap { Double($0) }.flatMap { $0.isFinite && abs($0) < 1e7 ? $0 / 20 : nil }
    }

    func page(_ sectPr: XNode, styles: StyleSheet) -> DraftPage? {
        guard let size = sectPr.w("pgSz"), let width = twips(size, "w"), let height = twips(size, "h") else { return nil }
        let margins = sectPr.w("pgMar")
        let top = twips(margins, "top") ?? 72
        let bottom = twips(margins, "bottom") ?? 72
        let left = twips(margins, "left") ?? 90
        let right = twips(margins, "right") ?? 90
        let landscape = size["orient"] == "landscape" && width < height
        var result = DraftPage(width: landscape ? height : width, height: landscape ? width : height,
                               marginTop: top, marginBottom: bottom, marginLeft: left, marginRight: right)
        if let grid = sectPr.w("docGrid"), let type = grid["type"], type != "default" {
            if let pitch = twips(grid, "linePitch"), pitch > 0 {
                result.gridLinePitch = pitch
                let bodyHeight = result.height - abs(top) - abs(bottom)
                result.gridLinesPerPage = clampedInt((bodyHeight / pitch) + 1e-6)
            }
            if type == "linesAndChars" || type == "snapToChars" {
                // Word: the character pitch is the Normal style's font size plus charSpace/4096 pt
                let charSpace = grid["charSpace"].flatMap { Double($0) }.flatMap { $0.isFinite ? $0 : nil } ?? 0
                let fontSize = Double(styles.paragraphStyle(nil).1.halfPoints ?? 21) / 2
                let pitch = fontSize + charSpace / 4096
                let textWidth = result.width - left - right
                if pitch > 0 { result.gridCharactersPerLine = clampedInt((textWidth / pitch) + 1e-6) }
            }
        }
        return result
    }

    /// The page-number footers of the last section, and a warning for every header or footer
    /// paragraph whose text is not a page number (a letterhead, a unit name): never dropped
    /// silently.
    func footers(_ sections: [XNode], rels: [Relationship], package: OOXMLPackage, styles: StyleSheet,
                 numbering: Numbering, evenAndOdd: Bool, file: String) throws -> ([DraftFooter], [DraftWarning]) {
        guard let last = sections.last else { return ([], []) }
        let titlePage = onOff(last.w("titlePg")) ?? false
        var result: [DraftFooter] = []
        var warnings: [DraftWarning] = []
        var warned: Set<String> = []
        for kind in ["header", "footer"] {
            for (type, pages) in [("default", evenAndOdd ? DraftFooter.Pages.odd : .all), ("even", .even), ("first", .first)] {
                if type == "even" && !evenAndOdd { continue }
                if type == "first" && !titlePage { continue }
                // a section without its own reference inherits the previous section's
                guard let reference = sections.reversed().lazy.compactMap({ s in s.ws(kind + "Reference").first { ($0["type"] ?? "default") == type } }).first,
                      let id = reference.r("id"), let path = rels.first(where: { $0.id == id })?.target,
                      let root = try package.tree(path) else { continue }
                let walker = ContentWalker(styles: styles, mode: .flat(footer: true))
                var counters = numbering
                var found = false
                var otherText: [String] = []
                for p in root.descendants(where: { $0.isW("p") }) {
                    let paragraph = BodyReader.paragraphContent(p, styles: styles, numbering: &counters, walker: walker)
                    if paragraph.collected.hasPageField, kind == "footer", !found {
                        found = true
                        result.append(DraftFooter(pages: pages, pattern: paragraph.text.trimmingCharacters(in: "\n"),
                                                  alignment: paragraph.props.alignment, runs: paragraph.runs))
                    } else {
                        let text = paragraph.text.trimmingCharacters(in: "\n")
                        if !text.allSatisfy({ $0.isWhitespace }) { otherText.append(text) }
                    }
                }
                let content = otherText.joined(separator: "\n")
                if !content.isEmpty, warned.insert(path).inserted {
                    warnings.append(DraftWarning(DraftLocation(file: file), Message(
                        kind == "header" ? .readerHeaderText : .readerFooterText,
                        ["text": DraftLocation.shorten(content.replacingNewlines, to: 30), "content": content])))
                }
            }
        }
        return (result, warnings)
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
