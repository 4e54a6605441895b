/// 附件 (GB/T 9704 §7.3.4, §7.3.7): named in the 附件说明 under the body and, when bound with
/// the document, printed after it: a new page, `附件1` (黑体) top left, the title centred on
/// the third line, then the text.
public struct Attachment: Sendable, Equatable {
    /// The title, identical in the 附件说明 and on the attachment's first page.
    public var title: String
    /// The attachment's text; `nil` when it is bound separately (only named in the 附件说明).
    public var blocks: [Block]?

    public init(title: String, blocks: [Block]? = nil) {
        self.title = title
        self.blocks = blocks
    }

    /// Printed with the document (it has pages of its own).
    public var isBoundWithDocument: Bool { blocks != nil }
}

/// 版头 (GB/T 9704 §7.2): the red issuer mark, the document number and the red separator.
public struct Masthead: Sendable, Equatable {
    /// 发文机关标志, e.g. `石门镇人民政府文件`.
    public var issuerMark: String
    /// 发文字号, e.g. `石政发〔2024〕3号`.
    public var number: String?
    /// 签发人 (上行文): the number moves left and `签发人：NAME` stands at the right.
    public var signer: String?
    /// 联合行文 (§7.2.4): the issuers' names stacked, lead first (two or more; empty for one
    /// issuer, whose mark is `issuerMark`).
    public var jointNames: [String] = []
    /// The word right of the stacked names, vertically centred on them (`文件`).
    public var suffix: String?
    /// Several 签发人 (§7.2.6), in issuer order; `signer` is the first.
    public var signers: [String] = []

    public init(issuerMark: String, number: String? = nil, signer: String? = nil) {
        self.issuerMark = issuerMark
        self.number = number
        self.signer = signer
    }

    /// A joint mark: the names stacked, `suffix` at their right.
    public init(jointNames: [String], suffix: String?, number: String? = nil, signers: [String] = []) {
        self.issuerMark = jointNames.joined() + (suffix ?? "")
        self.number = number
        self.signer = signers.first
        self.jointNames = jointNames
        self.suffix = suffix
        self.signers = signers
    }

    /// Every 签发人, in order.
    public var allSigners: [String] { signers.isEmpty ? (signer.map { [$0] } ?? []) : signers }
}

/// 版记 (GB/T 9704 §7.4): 抄送 and 印发机关 + 印发日期 between rules at the foot of the last page.
public struct Imprint: Sendable, Equatable {
    /// 抄送机关.
    public var copyTo: [String]
    /// 印发机关.
    public var printer: String?
    /// 印发日期.
    public var printedDate: CalendarDate?

    public init(copyTo: [String] = [], printer: String? = nil, printedDate: CalendarDate? = nil) {
        self.copyTo = copyTo
        self.printer = printer
        self.printedDate = printedDate
    }

    /// `抄送：A，B。` (nil without recipients).
    public var copyToLine: String? {
        copyTo.isEmpty ? nil : "抄送：" + copyTo.joined(separator: "，") + "。"
    }

    /// `2024年1月23日印发`.
    public var printedLine: String? { printedDate.map { $0.chinese + "印发" } }

    public var isEmpty: Bool { copyTo.isEmpty && printer == nil && printedDate == nil }
}

/// The measurements of the 版头 and 版记 that a county may adjust (in points).
public struct ElementGeometry: Sendable, Equatable {
    /// Distance from the top of the text block to the top edge of the issuer mark (35 mm), to
    /// its em box: where the printed characters start.
    public var markTop: Double
    /// Red of the mark and the separator, `RRGGBB`.
    public var red: String
    /// Thickness of the red separator.
    public var separatorWidth: Double
    /// Distance from the document number's bottom edge (its em box) to the separator (4 mm).
    public var separatorDistance: Double
    /// 版记: first and last rules (0.35 mm), middle rules (0.25 mm).
    public var imprintThickRule: Double
    public var imprintThinRule: Double
    /// 信函格式 (§10.1): the mark's top edge under the paper's top edge (30 mm).
    public var letterMarkTop: Double
    /// 信函格式: the red double rules' length, centred on the page (170 mm).
    public var letterRuleLength: Double
    /// 信函格式: the upper double rule under the mark (4 mm).
    public var letterRuleDistance: Double
    /// 信函格式: the lower double rule above the paper's bottom edge (20 mm).
    public var letterBottomRule: Double
    /// 信函格式: the thick and the thin line of each double rule.
    public var letterThickLine: Double
    public var letterThinLine: Double

    public init(markTop: Double = points(mm: 35), red: String = "FF0000", separatorWidth: Double = 1,
                separatorDistance: Double = points(mm: 4), imprintThickRule: Double = points(mm: 0.35),
                imprintThinRule: Double = points(mm: 0.25), letterMarkTop: Double = points(mm: 30),
                letterRuleLength: Double = points(mm: 170), letterRuleDistance: Double = points(mm: 4),
                letterBottomRule: Double = points(mm: 20), letterThickLine: Double = 2.25, letterThinLine: Double = 0.75) {
        self.markTop = markTop
        self.red = red
        self.separatorWidth = separatorWidth
        self.separatorDistance = separatorDistance
        self.imprintThickRule = imprintThickRule
        self.imprintThinRule = imprintThinRule
        self.letterMarkTop = letterMarkTop
        self.letterRuleLength = letterRuleLength
        self.letterRuleDistance = letterRuleDistance
        self.letterBottomRule = letterBottomRule
        self.letterThickLine = letterThickLine
        self.letterThinLine = letterThinLine
    }
}
