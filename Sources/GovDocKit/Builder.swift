import Foundation
import GovDocSource
import GovDocTemplates

/// Anything that goes into a document built in code.
public protocol DocumentComponent: Sendable {
    func contribute(to draft: inout DocumentDraft)
}

/// What the components of `Document(title:) { … }` add up to.
public struct DocumentDraft: Sendable {
    public var blocks: [Block] = []
    public var signature: SignatureBlock?
    public var attachments: [Attachment] = []
}

/// Builds a document in code, reading like the document itself:
///
/// ```swift
/// let report = try Document(title: "某某镇2024年工作报告", firstPageNumber: 1) {
///     Heading("一、总体情况")
///     Paragraph("今年以来，……")
///     Heading(level: 2, "主动公开情况")        // numbered （一） by its position
///     Table {
///         Row(header: true) { Cell("项目"); Cell("数量") }
///         Row { Cell("道路"); Cell("12") }
///     }
///     Signature(issuer: "某某镇人民政府", date: "2025-01-20")
/// }
/// let data = try report.docx()
/// ```
@resultBuilder
public enum DocumentBuilder {
    public static func buildExpression(_ component: any DocumentComponent) -> [any DocumentComponent] { [component] }
    public static func buildBlock(_ parts: [any DocumentComponent]...) -> [any DocumentComponent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any DocumentComponent]?) -> [any DocumentComponent] { part ?? [] }
    public static func buildEither(first: [any DocumentComponent]) -> [any DocumentComponent] { first }
    public static func buildEither(second: [any DocumentComponent]) -> [any DocumentComponent] { second }
    public static func buildArray(_ parts: [[any DocumentComponent]]) -> [any DocumentComponent] { parts.flatMap { $0 } }
}

@resultBuilder
public enum TableBuilder {
    public static func buildExpression(_ row: TableRow) -> [TableRow] { [row] }
    public static func buildBlock(_ parts: [TableRow]...) -> [TableRow] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [TableRow]?) -> [TableRow] { part ?? [] }
    public static func buildEither(first: [TableRow]) -> [TableRow] { first }
    public static func buildEither(second: [TableRow]) -> [TableRow] { second }
    public static func buildArray(_ parts: [[TableRow]]) -> [TableRow] { parts.flatMap { $0 } }
}

@resultBuilder
public enum RowBuilder {
    public static func buildExpression(_ cell: TableCell) -> [TableCell] { [cell] }
    public static func buildBlock(_ parts: [TableCell]...) -> [TableCell] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [TableCell]?) -> [TableCell] { part ?? [] }
    public static func buildEither(first: [TableCell]) -> [TableCell] { first }
    public static func buildEither(second: [TableCell]) -> [TableCell] { second }
    public static func buildArray(_ parts: [[TableCell]]) -> [TableCell] { parts.flatMap { $0 } }
}

/// A table row in the builder: `Row { Cell("…") }`.
public typealias Row = TableRow
/// A table cell in the builder: `Cell("申请人情况", colSpan: 7)`.
public typealias Cell = TableCell

extension TableRow {
    /// `Row(header: true) { Cell("项目"); Cell("数量") }`; header rows repeat on every page.
    public init(header: Bool = false, @RowBuilder cells: () -> [TableCell]) {
        let built = cells()
        self.init(cells: built.map { var c = $0; c.isHeader = c.isHeader || header; return c }, isHeader: header)
    }
}

extension Table: DocumentComponent {
    /// `Table { Row { … } }`
    public init(landscape: Bool = false, @TableBuilder rows: () -> [TableRow]) {
        self.init(rows: rows(), landscape: landscape)
    }

    public func contribute(to draft: inout DocumentDraft) { draft.blocks.append(.table(self)) }
}

extension Heading: DocumentComponent {
    /// A heading written with its number, as in the source format: `Heading("（一）主动公开情况")`.
    /// A run-in heading keeps its body text: `Heading("1.存在问题。一是……")`. Text without a
    /// number is a level-1 heading numbered by its position.
    public init(_ text: String) {
        if let parsed = HeadingSyntax.parse(text) {
            self = parsed
        } else {
            self.init(level: 1, number: "", text: text)
        }
    }

    /// A heading numbered by its position: `Heading(level: 2, "主动公开情况")` becomes `（一）主动公开情况`.
    public init(level: Int, _ text: String) {
        self.init(level: level, number: "", text: text)
    }

    public func contribute(to draft: inout DocumentDraft) { draft.blocks.append(.heading(self)) }
}

extension Paragraph: DocumentComponent {
    public func contribute(to draft: inout DocumentDraft) { draft.blocks.append(.paragraph(self)) }
}

/// Starts a new page.
public struct PageBreak: DocumentComponent {
    public init() {}
    public func contribute(to draft: inout DocumentDraft) { draft.blocks.append(.pageBreak) }
}

/// 发文机关署名 and 成文日期, placed after the body by the GB/T 9704 rules.
public struct Signature: DocumentComponent {
    public var block: SignatureBlock

    /// `date` is ISO (`2024-01-23`); an invalid date is a programming error.
    public init(issuer: String, date: String? = nil, sealed: Bool = false) {
        let parsed = date.map { iso -> CalendarDate in
            guard let d = CalendarDate(iso: iso) else { preconditionFailure("Signature date must be YYYY-MM-DD, got \(iso)") }
            return d
        }
        block = SignatureBlock(issuer: issuer, date: parsed, sealed: sealed)
    }

    public init(issuer: String, date: CalendarDate?, sealed: Bool = false) {
        block = SignatureBlock(issuer: issuer, date: date, sealed: sealed)
    }

    public func contribute(to draft: inout DocumentDraft) { draft.signature = block }
}

extension Attachment: DocumentComponent {
    /// An attachment printed after the document, from a new page, with its own text
    /// (headings numbered afresh). Named in the 附件说明 in the order given.
    public init(title: String, @DocumentBuilder content: () -> [any DocumentComponent]) {
        var draft = DocumentDraft()
        for component in content() { component.contribute(to: &draft) }
        self.init(title: title, blocks: Document.numbered(draft.blocks))
    }

    public func contribute(to draft: inout DocumentDraft) { draft.attachments.append(self) }
}

extension Document {
    /// A document built in code with the GB/T 9704 style sheet (or `style`, a name or path from
    /// Templates/). Headings without numbers get them from their position.
    public init(title: String, kind: DocumentKind = .report, style: String = "gbt9704", firstPageNumber: Int = 1,
                @DocumentBuilder content: () -> [any DocumentComponent]) throws {
        var draft = DocumentDraft()
        for component in content() { component.contribute(to: &draft) }
        let styles = try Templates.styleSheet(style)
        self.init(kind: kind, metadata: Metadata(issuer: draft.signature?.issuer, date: draft.signature?.date),
                  title: title, blocks: Self.numbered(draft.blocks), signature: draft.signature,
                  styles: styles, firstPageNumber: firstPageNumber)
        attachments = draft.attachments
    }

    /// Gives every heading without a number the next number of its level (一、 （一） 1. （1）).
    static func numbered(_ blocks: [Block]) -> [Block] { HeadingSyntax.numbered(blocks) }

    /// The `.docx` package.
    public func docx() throws -> Data { Data(try serialized(as: .docx)) }
    /// The `.odt` package.
    public func odt() throws -> Data { Data(try serialized(as: .odt)) }
    /// A PDF rendered by LibreOffice (which must be installed).
    public func pdf() throws -> Data { Data(try serialized(as: .pdf)) }

    /// Writes the document atomically to a file URL.
    public func write(to url: URL, format: OutputFormat) throws {
        try write(to: url.path, format: format)
    }
}

/// The annual report's national tables for programs: numbers in, tables out.
public enum AnnualReportTables {
    /// The tables of sections 二, 三 and 四 (keyed 2, 3, 4), filled from numbers named by label
    /// path (`申请/本年新收/自然人`; see `govdoc new annual-report` for every path). Totals are
    /// computed; an unknown label, a missing number or a broken 勾稽 rule throws.
    public static func make(values: [String: Double], format: String = "2021", zeroIfMissing: Bool = false) throws -> [Int: Table] {
        let data = AnnualReportData(values: values, format: format, zeroIfMissing: zeroIfMissing)
        let template = try AnnualReportTemplate.load(data.templateName)
        var result: [Int: Table] = [:]
        for (section, table) in try AnnualReportBuilder(template: template).tables(for: data) { result[section] = table }
        return result
    }

    /// Every number path of a format, in table order.
    public static func paths(format: String = "2021") throws -> [String] {
        try AnnualReportTemplate.load("annual-report-\(format)").requiredPaths
    }
}
