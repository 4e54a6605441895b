import GovDoc
import GovDocMessages
import GovDocPackaging
import GovDocTemplates

/// Reads the govdoc source format (`../shared/spec/source-format.md`) into the document model.
public struct SourceReader {
    /// Style sheets are looked up relative to this directory first (the source file's).
    public var baseDirectory: String?
    /// Every file the source names (style sheet, seal, signature image, figures) is read through this; `nil`: ``DiskFiles`` relative to ``baseDirectory``.
    public var files: (any FileResolver)?
    /// `kind: annual-report`: fill the tables from the data (off for `govdoc check`, which
    /// reports every data problem instead of the first).
    public var generatesAnnualReportTables = true

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    /// The result of reading: the model plus the front matter as written.
    public struct Result: Sendable {
        public var document: Document
        public var frontMatter: FrontMatter
        /// File line of every block in `document.blocks`.
        public var blockLines: [Int]
        /// File line of every block of each attachment printed with the document.
        public var attachmentBlockLines: [[Int]] = []
    }

    /// Reads a file from disk.
    public func read(path: String) throws(SourceError) -> Result {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, as: .source)
        } catch {
            let reason = error.message.map { $0.parts["reason"] ?? $0 } ?? Message(.systemOther, ["detail": error.detail])
            throw SourceError(SourceLocation(file: path, line: 1, column: 1), Message(.sourceCannotRead, [:], parts: ["detail": reason]))
        }
        var reader = self
        if reader.baseDirectory == nil {
            reader.baseDirectory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        }
        return try reader.read(bytes: bytes, file: path)
    }

    /// Reads source text; `file` names it in errors.
    ///
    /// Every problem the reader can find is reported at once: the thrown error is the first in
    /// file:line:column order and carries the others (``SourceError/all``). The reader goes on
    /// after a bad front matter key, a bad line or a bad table; it stops only where the rest
    /// cannot be read (not UTF-8, no front matter, malformed YAML).
    public func read(bytes: [UInt8], file: String) throws(SourceError) -> Result {
        guard bytes.count <= DocumentLimits.maximumSourceBytes else {
            throw SourceError(SourceLocation(file: file, line: 1, column: 1), .limitsSourceSize,
                              ["size": String(bytes.count), "maximum": String(DocumentLimits.maximumSourceBytes)])
        }
        if let problem = DocumentBudget.checkLines(bytes, file: file) { throw problem }
        let lines = try SourceText.lines(of: bytes, file: file)
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        var errors: [SourceError] = []
        func fail(_ error: SourceError) -> SourceError { SourceError.combined(errors + [error])! }

        // Characters XML cannot carry are rejected where they are (the first of each line).
        for (i, line) in lines.enumerated() {
            if let (column, scalar) = SourceText.firstForbiddenCharacter(line) {
                errors.append(SourceError(at(i + 1, column), .sourceControlCharacter,
                                          ["code": String(scalar.value, radix: 16, uppercase: true).leftPadded(4)]))
            }
        }

        // §1 front matter
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            if lines.isEmpty { throw fail(SourceError(at(1), .sourceEmptyFile)) }
            throw fail(SourceError(at(1), .sourceNoFrontMatter))
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" }) else {
            throw fail(SourceError(at(1), .sourceFrontMatterNotClosed))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let matter: FrontMatter
        do {
            let (parsed, problems) = try FrontMatter.parseCollecting(yaml, file: file, firstLine: 2, openingLine: 1)
            matter = parsed
            errors += problems
        } catch {
            throw fail(error)
        }
        let kindIsKnown = !errors.contains { $0.message.template == .frontMatterUnknownKind }

        // style sheet
        var styles: StyleSheet?
        do {
            styles = try Templates.styleSheet(matter.style ?? Templates.defaultName(forKind: matter.kind.rawValue, files: resolver), files: resolver)
        } catch {
            let line = matter.style == nil ? 1 : (lines[1..<close].firstIndex { $0.hasPrefix("style") }.map { $0 + 1 } ?? 1)
            let detail = (error as? StyleSheetError).map { Message(.styleLocated, ["where": $0.location], parts: ["message": $0.message]) }
                ?? Message(.systemOther, ["detail": "\(error)"])
            errors.append(SourceError(at(line), Message(.sourceStyleSheet, [:], parts: ["detail": detail])))
        }

        // §2–3 body, then the text of each attachment after its `<attachment/>` line
        let markers = (close + 1..<lines.count).filter { BodyParser.isAttachmentMarker(lines[$0]) }
        var body = BodyParser(lines: lines, start: close + 1, limit: markers.first ?? lines.count, file: file)
        body.files = resolver
        body.parse()
        errors += body.errors
        var attachments = matter.attachments.map { Attachment(title: $0) }
        var attachmentBlockLines: [[Int]] = []
        var budget = body.budget   // the limits are the whole document's
        for (n, marker) in markers.enumerated() {
            var text = BodyParser(lines: lines, start: marker + 1, limit: n + 1 < markers.count ? markers[n + 1] : lines.count, file: file)
            text.files = resolver
            text.budget = budget
            text.parse()
            budget = text.budget
            errors += text.errors
            guard n < attachments.count else {
                let line = lines[marker]
                let column = (line.firstIndex(of: "<").map { line.distance(from: line.startIndex, to: $0) } ?? 0) + 1
                errors.append(attachments.isEmpty
                    ? SourceError(at(marker + 1, column), .sourceAttachmentNoTitleNone, ["n": String(n + 1)])
                    : SourceError(at(marker + 1, column), .sourceAttachmentNoTitleSome, ["n": String(n + 1), "count": String(attachments.count)]))
                continue
            }
            attachments[n].blocks = text.blocks
            attachmentBlockLines.append(text.blockLines)
        }
        if let data = matter.data, generatesAnnualReportTables, matter.kind == .annualReport {
            errors += AnnualReportTables.insert(data: data, into: &body, file: file)
        }

        if kindIsKnown && matter.kind == .notice && matter.header == nil {
            errors.append(SourceError(at(1), .sourceNoticeNeedsHeader))
        }
        if kindIsKnown && matter.kind == .order && matter.header == nil {
            errors.append(SourceError(at(1), .sourceOrderNeedsHeader))
        }
        if kindIsKnown && matter.kind == .minutes && matter.header == nil {
            errors.append(SourceError(at(1), .sourceMinutesNeedsHeader))
        }
        if kindIsKnown && matter.kind == .letter && matter.header == nil && matter.issuer == nil {
            errors.append(SourceError(at(1), .sourceLetterNeedsMark))
        }
        let (sealImages, signatureImage) = loadFrontMatterImages(matter, budget: &budget, errors: &errors)
        if let combined = SourceError.combined(errors) { throw combined }
        guard let styles else { preconditionFailure("a style sheet that failed is an error") }

        var metadata = Metadata(issuer: matter.issuer, date: matter.date, number: matter.number)
        metadata.created = nil
        var signature = matter.issuer.map { SignatureBlock(issuer: $0, date: matter.date, sealed: matter.seal) }
        signature?.sealImages = sealImages
        signature?.jointIssuers = Array(matter.issuers.dropFirst())
        if matter.kind == .order {
            // §7.3.5.3: the signer's title and name (the signature seal's place) and the date
            if signature == nil && (matter.signer != nil || matter.signerTitle != nil) {
                signature = SignatureBlock(issuer: "", date: matter.date)
            }
            signature?.signerTitle = matter.signerTitle
            signature?.signerName = matter.signer
        }
        signature?.signatureImage = signatureImage
        var document = Document(kind: matter.kind, metadata: metadata, title: matter.title, blocks: body.blocks,
                                signature: signature, styles: styles, firstPageNumber: matter.firstPage)
        if let header = matter.header ?? (matter.kind == .letter ? matter.issuer : nil) {
            // an order's signer signs it (§7.3.5.3); elsewhere 签发人 stand in the 版头 (§7.2.6)
            let signers = matter.kind == .order ? [] : matter.signers
            if matter.headers.count >= 2 && matter.kind != .letter {
                document.masthead = Masthead(jointNames: matter.headers, suffix: matter.headerSuffix, number: matter.number, signers: signers)
            } else {
                // 信函: the lead issuer's mark only (§10.1)
                var masthead = Masthead(issuerMark: header + (matter.headerSuffix ?? ""), number: matter.number, signer: signers.first)
                masthead.signers = signers.count > 1 ? signers : []
                document.masthead = masthead
            }
        }
        let attendance = Attendance(attendees: matter.attendees, absent: matter.absent, observers: matter.observers)
        document.attendance = attendance.isEmpty ? nil : attendance
        let marks = ClassificationMarks(copyNumber: matter.copy, classification: matter.classification, urgency: matter.urgency)
        document.classificationMarks = marks.isEmpty ? nil : marks
        document.recipient = matter.to
        document.attachments = attachments
        document.note = matter.note
        let imprint = Imprint(copyTo: matter.cc, printer: matter.printer, printedDate: matter.printed)
        document.imprint = imprint.isEmpty ? nil : imprint
        return Result(document: document, frontMatter: matter, blockLines: body.blockLines,
                      attachmentBlockLines: attachmentBlockLines)
    }
}

/// §2–3: one line is one paragraph; numbering decides the role; tables and page breaks.
struct BodyParser {
    let lines: [Substring]
    let start: Int
    /// One past the last line of this body (an `<attachment/>` line or the end of the file).
    let limit: Int
    let file: String
    var blocks: [Block] = []
    var blockLines: [Int] = []
    /// Every problem found, in the order of the lines.
    var errors: [SourceError] = []
    /// Images (`<img src>`) are read through this (the source reader's resolver).
    var files: any FileResolver = DiskFiles()
    /// What the document has used of its limits, up to the end of this body.
    var budget = DocumentBudget()

    init(lines: [Substring], start: Int, limit: Int? = nil, file: String) {
        self.lines = lines
        self.start = start
        self.limit = limit ?? lines.count
        self.file = file
    }

    /// `<attachment/>` alone on a line: the text of the next attachment follows.
    static func isAttachmentMarker(_ line: Substring) -> Bool {
        let trimmed = line.trimmingLayoutSpaces
        guard trimmed.utf8.first == UInt8(ascii: "<") else { return false }
        let lower = trimmed.asciiLowercased
        return lower == "<attachment/>" || lower == "<attachment />" || lower == "<attachment>"
    }

    func at(_ index: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: index + 1, column: column)
    }

    /// Adds a block read at a line, within the document's limits (`rowLines`: a table's row
    /// lines, 0-based, for a problem of a cell); a block over them is left out, its problem kept.
    mutating func append(_ block: Block, line index: Int, rowLines: [Int] = []) {
        var block = block
        if let problem = budget.admit(&block, at: at(index), rowLines: rowLines.map { $0 + 1 }) {
            errors.append(problem)
            return
        }
        blocks.append(block)
        blockLines.append(index + 1)
    }

    mutating func parse() {
        var i = start
        while i < limit, !budget.isExhausted {
            if WorkStop.requested { break }   // the server's deadline passed
            let raw = lines[i]
            let line = raw.trimmingLayoutSpaces
            if line.isEmpty { i += 1; continue }
            if line.hasPrefix("\\") && line.count > 1 {
                append(.paragraph(Paragraph(String(line.dropFirst()))), line: i)
                i += 1
                continue
            }
            let lower = line.utf8.first == UInt8(ascii: "<") ? line.asciiLowercased : ""
            if lower == "<pagebreak/>" || lower == "<pagebreak />" || lower == "<pagebreak>" {
                append(.pageBreak, line: i)
                i += 1
                continue
            }
            if lower.hasPrefix("<img"), let problem = budget.allowsImages(1, at: at(i)) {
                errors.append(problem)   // over the images: the file is not opened
                break
            }
            if lower.hasPrefix("<img"), figureLine(i, line: line) {
                i += 1
                continue
            }
            if lower.hasPrefix("<table") && (lower.dropFirst(6).first.map { $0 == ">" || $0.isWhitespace } ?? false) {
                i = htmlTable(from: i)
                continue
            }
            if line.hasPrefix("|") {
                i = pipeTable(from: i)
                continue
            }
            if let heading = HeadingSyntax.parse(line) {
                append(.heading(heading), line: i)
            } else {
                append(.paragraph(Paragraph(line)), line: i)
            }
            i += 1
        }
    }

    // MARK: HTML tables

    /// Reads the table starting at a line; returns the line after it (after a problem too:
    /// the reader goes on after the table; an unclosed table takes the rest of the text).
    private mutating func htmlTable(from startIndex: Int) -> Int {
        var end = startIndex
        while end < limit, !lines[end].containsASCIICaseInsensitive("</table>") { end += 1 }
        guard end < limit else {
            errors.append(SourceError(at(startIndex, column(of: "<", in: lines[startIndex])), .sourceTableUnclosed))
            return limit
        }
        let fragment = lines[startIndex...end].joined(separator: "\n")
        let parsed: HTMLTableFragment
        do {
            parsed = try HTMLTableReader.read(fragment, maximumSpan: DocumentLimits.maximumSpan)
        } catch {
            errors.append(SourceError(at(startIndex + error.line - 1), error.message))
            return end + 1
        }
        let table = Table(rows: parsed.rows.map { row in
            TableRow(cells: row.cells.map { TableCell(lines: $0.lines, rowSpan: $0.rowSpan, colSpan: $0.colSpan, isHeader: $0.isHeader) },
                     isHeader: !row.cells.isEmpty && row.cells.allSatisfy(\.isHeader))
        }, landscape: parsed.attributes["landscape"] != nil)
        do {
            let grid = try TableGrid(table)
            if let problem = budget.admitCells(grid.columnCount * table.rows.count, at: at(startIndex, column(of: "<", in: lines[startIndex]))) {
                errors.append(problem)
                return end + 1
            }
        } catch {
            let row = parsed.rows.indices.contains(error.row) ? parsed.rows[error.row] : nil
            let lineInFragment = error.cell.flatMap { row?.cells[$0].line } ?? row?.line ?? 1
            let index = startIndex + lineInFragment - 1
            let col = error.cell == nil ? column(of: "<tr", in: lines[index]) : column(of: "<t", in: lines[index], occurrence: error.cell)
            errors.append(SourceError(at(index, col), Message(.sourceTableBad, [:], parts: ["detail": error.message])))
            return end + 1
        }
        append(.table(table), line: startIndex, rowLines: parsed.rows.map { startIndex + $0.line - 1 })
        return end + 1
    }

    /// 1-based column of the n-th occurrence of `needle` (the start of a tag) in a line.
    private func column(of needle: String, in line: Substring, occurrence: Int? = nil) -> Int {
        let text = String(line)
        var count = 0
        var search = text.startIndex
        var firstFound: String.Index?
        while let r = text.range(of: needle, range: search..<text.endIndex) {
            let next = text[r.upperBound...].first
            if needle == "<t", next != "d" && next != "h" && next != "D" && next != "H" { search = r.upperBound; continue }
            if firstFound == nil { firstFound = r.lowerBound }
            if occurrence == nil || count == occurrence {
                return text.distance(from: text.startIndex, to: r.lowerBound) + 1
            }
            count += 1
            search = r.upperBound
        }
        return firstFound.map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 1
    }

    // MARK: pipe tables

    private mutating func pipeTable(from startIndex: Int) -> Int {
        var end = startIndex
        while end < limit, lines[end].trimmingLayoutSpaces.hasPrefix("|") { end += 1 }
        if let problem = checkPipeTableSize(startIndex..<end) {
            errors.append(problem)
            return end
        }
        let rows = (startIndex..<end).map { PipeRow(lines[$0].trimmingLayoutSpaces) }
        guard rows.count >= 2, rows[1].isRule else {
            errors.append(SourceError(at(rows.count >= 2 ? startIndex + 1 : startIndex), .sourcePipeNoRule))
            return end
        }
        let width = rows[0].cells.count
        var ragged = false
        for (offset, row) in rows.enumerated() where row.cells.count != width {
            let index = startIndex + offset
            errors.append(SourceError(at(index, row.columnAfterCell(min(width, row.cells.count), in: lines[index])),
                                      .sourcePipeRagged, ["count": String(row.cells.count), "expected": String(width)]))
            ragged = true
        }
        if ragged { return end }
        var tableRows = [TableRow(cells: rows[0].cells.map { TableCell(lines: $0.pipeCellLines, isHeader: true) }, isHeader: true)]
        for row in rows.dropFirst(2) {
            tableRows.append(TableRow(cells: row.cells.map { TableCell(lines: $0.pipeCellLines) }))
        }
        append(.table(Table(rows: tableRows)), line: startIndex, rowLines: [startIndex] + (startIndex + 2..<end).map { $0 })
        return end
    }
}

extension BodyParser {
    /// The columns of every row and the cells of them all (the rule row aside) against the
    /// limits, counted before any row is split into its cells.
    mutating func checkPipeTableSize(_ rows: Range<Int>) -> SourceError? {
        var total = 0
        for index in rows {
            let count = PipeRow.cellCount(lines[index].trimmingLayoutSpaces)
            if count > DocumentLimits.maximumTableColumns {
                let bars = lines[index].enumerated().lazy.filter { $0.element == "|" }.map(\.offset)
                let column = (bars.dropFirst(DocumentLimits.maximumTableColumns).first ?? 0) + 1
                return SourceError(at(index, column),
                                   TableLayoutError(row: index - rows.lowerBound, cell: DocumentLimits.maximumTableColumns,
                                                    kind: .tooWide(columns: count)).message)
            }
            if index != rows.lowerBound + 1 { total += count }
        }
        return rows.count >= 2 ? budget.admitCells(total, at: at(rows.lowerBound)) : nil
    }
}

/// One line of a GitHub pipe table, split at unescaped `|`.
struct PipeRow {
    var cells: [String]
    var isRule: Bool

    /// How many cells `init` finds in a line, without making them.
    static func cellCount(_ line: String) -> Int {
        var count = 0
        var escaped = false
        var current = false   // the last cell has something but spaces
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        for ch in body {
            if escaped { escaped = false; current = true; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "|" { count += 1; current = false; continue }
            if !(ch == " " || ch == "\t" || ch == "\u{3000}" || ch == "\u{A0}") { current = true }
        }
        if escaped { current = true }
        return count + (current ? 1 : 0)
    }

    init(_ line: String) {
        var cells: [String] = []
        var current = ""
        var escaped = false
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        for ch in body {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "|" { cells.append(current); current = ""; continue }
            current.append(ch)
        }
        if escaped { current.append("\\") }
        if !current.trimmingLayoutSpaces.isEmpty { cells.append(current) }
        self.cells = cells.map(\.trimmingLayoutSpaces)
        self.isRule = !self.cells.isEmpty && self.cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } && cell.contains("-")
        }
    }

    /// The 1-based column just after the n-th cell separator.
    func columnAfterCell(_ n: Int, in line: Substring) -> Int {
        var count = 0
        for (offset, ch) in line.enumerated() where ch == "|" {
            if count == n { return offset + 1 }
            count += 1
        }
        return line.count
    }
}

extension String {
    /// `<br>` inside a pipe cell breaks the line, as in GitHub's tables.
    var pipeCellLines: [String] {
        var result: [String] = []
        var rest = Substring(self)
        while let r = rest.range(of: "<br", options: []) {
            let after = rest[r.upperBound...]
            guard let close = after.firstIndex(of: ">"), after[..<close].allSatisfy({ $0 == " " || $0 == "/" }) else { break }
            result.append(String(rest[..<r.lowerBound]).trimmingLayoutSpaces)
            rest = after[after.index(after: close)...]
        }
        result.append(String(rest).trimmingLayoutSpaces)
        return result
    }
}

extension StringProtocol {
    /// Without the spaces a flattening or an editor leaves around a line (``LayoutSpace``:
    /// indentation is the style's job).
    var trimmingLayoutSpaces: String { LayoutSpace.trimming(self) }

    var trimmingTrailingSpaces: String {
        let bytes = Array(utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// ASCII letters lowered, everything else as it is (tag names, `<br>`): no Unicode case
    /// tables for a check that only looks for markup.
    var asciiLowercased: String {
        String(decoding: utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Whether `needle` (ASCII, lower case) occurs, ignoring the case of ASCII letters.
    func containsASCIICaseInsensitive(_ needle: String) -> Bool {
        let hay = Array(utf8), pattern = Array(needle.utf8)
        guard pattern.count <= hay.count else { return false }
        outer: for start in 0...(hay.count - pattern.count) {
            for k in 0..<pattern.count {
                let c = hay[start + k]
                if ((65...90).contains(c) ? c + 32 : c) != pattern[k] { continue outer }
            }
            return true
        }
        return false
    }

    func range(of needle: String, range: Range<String.Index>? = nil) -> Range<String.Index>? where Self == String {
        let r = range ?? startIndex..<endIndex
        let hay = self[r]
        guard !needle.isEmpty else { return nil }
        var i = hay.startIndex
        while i < hay.endIndex {
            if hay[i...].hasPrefix(needle) { return i..<hay.index(i, offsetBy: needle.count) }
            i = hay.index(after: i)
        }
        return nil
    }
}

extension Substring {
    func range(of needle: String, options: [Int] = []) -> Range<Substring.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
