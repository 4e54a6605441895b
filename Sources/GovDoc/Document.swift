/// An official document (公文) as a layout model: what is on the page, in reading order,
/// and how it looks, independent of any file format.
///
/// Writers (OOXML, ODF, …) serialize this one model; the model never knows about them.
public struct Document: Sendable, Equatable {
    /// Which GB/T 9704 document form this is.
    public var kind: DocumentKind
    public var metadata: Metadata
    /// 标题: the document's title, centred under the 版头 (or at the top of the text block).
    public var title: String
    /// 主体 body blocks in reading order (headings, paragraphs, tables, page breaks).
    public var blocks: [Block]
    /// 发文机关署名 + 成文日期, placed after the last block.
    public var signature: SignatureBlock?
    /// 版头: issuer mark, document number, red separator (notices).
    public var masthead: Masthead?
    /// 份号, 密级和保密期限, 紧急程度 (§7.2.1–7.2.3), flush left at the top of the block.
    public var classificationMarks: ClassificationMarks?
    /// 纪要 (§10.3): the 出席/请假/列席 lines after the body.
    public var attendance: Attendance?
    /// 主送机关, flush left under the title, e.g. `各村（社区）、镇属各单位：`.
    public var recipient: String?
    /// 附件: named in the 附件说明 in this order; those with text are printed after the
    /// document, each from a new page.
    public var attachments: [Attachment] = []
    /// 附注, e.g. `（此件公开发布）`.
    public var note: String?
    /// 版记: 抄送, 印发机关 and 印发日期.
    public var imprint: Imprint?
    /// Paper, margins and line grid.
    public var pageSetup: PageSetup
    /// The page number footer `— N —`.
    public var footer: PageFooter
    /// The looks by role (fonts, sizes, indents), loaded from a style sheet in Templates/.
    public var styles: StyleSheet

    public init(kind: DocumentKind = .report, metadata: Metadata = Metadata(), title: String,
                blocks: [Block] = [], signature: SignatureBlock? = nil,
                pageSetup: PageSetup, footer: PageFooter, styles: StyleSheet) {
        self.kind = kind
        self.metadata = metadata
        self.title = title
        self.blocks = blocks
        self.signature = signature
        self.pageSetup = pageSetup
        self.footer = footer
        self.styles = styles
    }

    /// A document with the page setup and footer taken from the style sheet.
    public init(kind: DocumentKind = .report, metadata: Metadata = Metadata(), title: String,
                blocks: [Block] = [], signature: SignatureBlock? = nil,
                styles: StyleSheet, firstPageNumber: Int = 1) {
        var footer = styles.footer
        footer.firstPageNumber = firstPageNumber
        self.init(kind: kind, metadata: metadata, title: title, blocks: blocks, signature: signature,
                  pageSetup: styles.page, footer: footer, styles: styles)
    }
}

/// The `kind` of a document in the source format.
public enum DocumentKind: String, Sendable, Equatable, CaseIterable, Codable {
    /// Plain document: title, body, signature.
    case report
    /// Full 公文 with 版头 and 版记.
    case notice
    /// 信函格式.
    case letter
    /// 政府信息公开工作年度报告.
    case annualReport = "annual-report"
    /// 命令（令）格式 (§10.2).
    case order
    /// 纪要格式 (§10.3).
    case minutes
}

/// Document metadata, written to the package's properties.
public struct Metadata: Sendable, Equatable {
    /// 发文机关 (the author / creator of the file).
    public var issuer: String?
    /// 成文日期.
    public var date: CalendarDate?
    /// 发文字号, e.g. `石政发〔2024〕3号`.
    public var number: String?
    /// A fixed creation timestamp (ISO 8601) for reproducible output; `nil` uses the document date.
    public var created: String?

    public init(issuer: String? = nil, date: CalendarDate? = nil, number: String? = nil, created: String? = nil) {
        self.issuer = issuer
        self.date = date
        self.number = number
        self.created = created
    }

    /// The creation timestamp written to the package (W3CDTF): the fixed one, else the document date.
    public var creationTimestamp: String {
        if let created { return created }
        if let date { return date.iso + "T00:00:00Z" }
        return "2000-01-01T00:00:00Z"
    }
}

/// A calendar date without time zone (成文日期, 印发日期).
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Fails for a date that does not exist (e.g. 2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2024-01-23`
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// GB/T 9704 §7.3.5.4 form: Arabic numerals, year in full, no leading zeros: `2024年1月23日`.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
