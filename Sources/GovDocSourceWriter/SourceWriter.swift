import GovDoc
import GovDocMessages
import GovDocTemplates

/// The model → the govdoc source format (`spec/source-format.md`): the direction opposite
/// `GovDocSource`. Reading the text it writes gives the same model back.
///
/// - the front matter carries every element the model has, as YAML (values quoted where YAML
///   would misread them, a title's line breaks as `\n` in a double-quoted string);
/// - the body is one line per paragraph; headings are written with their numbers (a heading
///   without one gets the number of its position), a run-in heading as one line;
/// - tables are HTML `<table>` blocks with `rowspan`/`colspan` and `<th>` header cells (a pipe
///   table only when a cell's empty first or last line would otherwise be lost);
/// - each attachment printed with the document follows an `<attachment/>` line;
/// - a paragraph that would be read as markup (a heading number, `|`, `<table>`, `<pagebreak/>`,
///   `<attachment/>`, a leading `\`) is escaped with a leading `\`.
public struct SourceWriter: Sendable {
    /// The `style:` to write; nil writes the style sheet's own name when it is not the kind's default.
    public var style: String?

    public init(style: String? = nil) {
        self.style = style
    }

    /// The source text and what the source format could not say exactly.
    public struct Output: Sendable, Equatable {
        public var text: String
        public var notes: [Message]
    }

    public func write(_ document: Document) -> Output {
        var notes: [Message] = []
        var lines = ["---"]
        func key(_ name: String, _ value: String?) {
            guard let value else { return }
            lines.append("\(name): \(YAMLText.scalar(value))")
        }
        func list(_ name: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(name):")
            for v in values { lines.append("  - \(YAMLText.scalar(v))") }
        }
        var kind = document.kind
        if kind == .annualReport {
            kind = .report
            notes.append(Message(.draftAnnualReportAsReport))
        }
        key("kind", kind.rawValue)
        key("title", document.title)
        key("issuer", document.signature?.issuer)
        // an ISO date reads back as the same text: no quotes needed
        func date(_ name: String, _ value: CalendarDate?) { if let value { lines.append("\(name): \(value.iso)") } }
        date("date", document.signature?.date ?? document.metadata.date)
        key("number", document.masthead?.number ?? document.metadata.number)
        key("signer", document.masthead?.signer)
        key("header", document.masthead?.issuerMark)
        key("to", document.recipient)
        list("attachments", document.attachments.map(\.title))
        key("note", document.note)
        if let imprint = document.imprint {
            list("cc", imprint.copyTo)
            key("printer", imprint.printer)
            date("printed", imprint.printedDate)
        }
        if document.signature?.sealed == true { lines.append("seal: true") }
        if document.footer.firstPageNumber != 1 { lines.append("first-page: \(document.footer.firstPageNumber)") }
        let styleName = style ?? (document.styles.name == Templates.defaultName(forKind: kind.rawValue) ? nil : document.styles.name)
        key("style", styleName)
        lines.append("---")

        lines += Self.body(document.blocks)
        // `<attachment/>` lines start attachments 1, 2, … in order: one bound separately before
        // a bound one gets an empty text of its own
        if let lastBound = document.attachments.lastIndex(where: \.isBoundWithDocument) {
            for (n, attachment) in document.attachments[...lastBound].enumerated() {
                lines.append("<attachment/>")
                if let blocks = attachment.blocks {
                    lines += Self.body(blocks)
                } else {
                    notes.append(Message(.draftUnrepresentableAttachment, ["number": "\(n + 1)", "title": attachment.title]))
                }
            }
        }
        return Output(text: lines.joined(separator: "\n") + "\n", notes: notes)
    }

    /// One line per paragraph and heading, tables as blocks, page breaks as `<pagebreak/>`.
    static func body(_ blocks: [Block]) -> [String] {
        var lines: [String] = []
        for block in HeadingSyntax.numbered(blocks) {
            switch block {
            case let .heading(h):
                lines.append(oneLine(h.text + (h.runInText ?? "")))
            case let .paragraph(p):
                let text = oneLine(p.text)
                if text.isEmpty { continue }
                lines.append(needsEscape(text) ? "\\" + text : text)
            case let .table(t):
                lines += table(t)
            case .pageBreak:
                lines.append("<pagebreak/>")
            case let .figure(f):
                // as it was written; a figure read from a draft has no file to name and is left out
                if !f.source.isEmpty {
                    let mm = (f.width * 25.4 / 72 * 10).rounded() / 10
                    func attribute(_ v: String) -> String { v.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;") }
                    lines.append("<img src=\"\(attribute(f.source))\" width=\"\(mm)mm\" alt=\"\(attribute(f.alt))\">")
                }
            }
        }
        return lines
    }

    /// A paragraph is one line: a line break inside it becomes nothing (the reader's joining).
    static func oneLine(_ text: String) -> String {
        text.contains("\n") || text.contains("\r") ? text.filter { $0 != "\n" && $0 != "\r" } : text
    }

    /// True when the source reader would read the line as something other than this paragraph.
    static func needsEscape(_ text: String) -> Bool {
        if text.hasPrefix("\\") { return text.count > 1 }
        if HeadingSyntax.numbering(of: text) != nil { return true }
        let trimmed = text.drop(while: LayoutSpace.contains)
        if trimmed.hasPrefix("|") { return true }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("<table"), let next = lower.dropFirst(6).first, next == ">" || next.isWhitespace { return true }
        if lower.hasPrefix("<table") && lower.count == 6 { return false }
        let compact = LayoutSpace.trimming(lower)
        return ["<pagebreak/>", "<pagebreak />", "<pagebreak>", "<attachment/>", "<attachment />", "<attachment>"].contains(compact)
    }

    // MARK: tables

    static func table(_ t: Table) -> [String] {
        // what HTML would collapse: an empty first or last line, runs of white space
        let needsPipe = t.rows.contains { $0.cells.contains { cell in
            (cell.lines.count > 1 && (cell.lines.first == "" || cell.lines.last == ""))
                || cell.lines.contains { $0.contains("  ") || $0.contains("\t") || $0.contains("\u{3000}") || $0.contains("\u{A0}") }
        } }
        if needsPipe, let pipe = pipeTable(t) { return pipe }
        var lines = [t.landscape ? "<table landscape>" : "<table>"]
        for row in t.rows {
            var line = "<tr>"
            for cell in row.cells {
                let tag = cell.isHeader || row.isHeader ? "th" : "td"
                var attributes = ""
                if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
                if cell.colSpan > 1 { attributes += " colspan=\"\(cell.colSpan)\"" }
                line += "<\(tag)\(attributes)>" + cell.lines.map(html).joined(separator: "<br>") + "</\(tag)>"
            }
            lines.append(line + "</tr>")
        }
        lines.append("</table>")
        return lines
    }

    /// A pipe table, when the table is one: a header row, plain rows, no spans.
    static func pipeTable(_ t: Table) -> [String]? {
        guard !t.landscape, let head = t.rows.first, head.cells.allSatisfy(\.isHeader),
              t.rows.dropFirst().allSatisfy({ !$0.isHeader && $0.cells.allSatisfy { !$0.isHeader } }),
              t.rows.allSatisfy({ $0.cells.count == head.cells.count && $0.cells.allSatisfy { $0.rowSpan == 1 && $0.colSpan == 1 } }),
              t.rows.allSatisfy({ $0.cells.allSatisfy { $0.lines.allSatisfy { !$0.lowercased().contains("<br") } } }) else { return nil }
        func cell(_ c: TableCell) -> String {
            c.lines.map { $0.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|") }.joined(separator: "<br>")
        }
        func row(_ r: TableRow) -> String { "| " + r.cells.map(cell).joined(separator: " | ") + " |" }
        var lines = [row(head), "|" + String(repeating: "---|", count: head.cells.count)]
        lines += t.rows.dropFirst().map(row)
        return lines
    }

    static func html(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += "<br>"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// YAML scalars as the front matter needs them: plain when YAML reads them back unchanged,
/// double-quoted (with escapes) otherwise.
public enum YAMLText {
    public static func scalar(_ s: String) -> String {
        isPlainSafe(s) ? s : quoted(s)
    }

    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.first, let last = s.last else { return false }
        if first.isWhitespace || last.isWhitespace { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        for scalar in s.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { return false }
            if scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF { return false }
            if ":#,[]{}\\".unicodeScalars.contains(scalar) { return false }
        }
        if s.contains("  ") { return false }
        // what YAML would resolve to another type
        let lower = s.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf", "-.inf", "+.inf"].contains(lower) { return false }
        if s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-._eExXoO".contains($0)) }) { return false }
        return true
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
