import GovDoc

/// Front matter given from outside the draft (`govdoc format` options, a `--meta` file): each
/// value present replaces what was recognised. The keys are those of the source format §1.
public struct DraftOverrides: Sendable, Equatable {
    public var kind: DocumentKind?
    public var title: String?
    public var issuer: String?
    public var date: CalendarDate?
    public var number: String?
    public var signer: String?
    public var header: String?
    public var to: String?
    public var attachments: [String]?
    public var note: String?
    public var cc: [String]?
    public var printer: String?
    public var printed: CalendarDate?
    public var seal: Bool?
    public var firstPage: Int?
    /// 份号, 密级和保密期限, 紧急程度 (§7.2.1–7.2.3): a draft's own are not recognised.
    public var copy: String?
    public var classification: Classification?
    public var urgency: Urgency?
    /// The word right of the issuer's mark (`文件`).
    public var headerSuffix: String?
    /// 命令: the signer's title (§7.3.5.3).
    public var signerTitle: String?
    /// 纪要: 出席, 请假, 列席 (§10.3).
    public var attendees: [String]?
    public var absent: [String]?
    public var observers: [String]?

    public init(kind: DocumentKind? = nil, title: String? = nil, issuer: String? = nil, date: CalendarDate? = nil,
                number: String? = nil, signer: String? = nil, header: String? = nil, to: String? = nil,
                attachments: [String]? = nil, note: String? = nil, cc: [String]? = nil, printer: String? = nil,
                printed: CalendarDate? = nil, seal: Bool? = nil, firstPage: Int? = nil,
                copy: String? = nil, classification: Classification? = nil, urgency: Urgency? = nil,
                headerSuffix: String? = nil, signerTitle: String? = nil,
                attendees: [String]? = nil, absent: [String]? = nil, observers: [String]? = nil) {
        self.kind = kind
        self.title = title
        self.issuer = issuer
        self.date = date
        self.number = number
        self.signer = signer
        self.header = header
        self.to = to
        self.attachments = attachments
        self.note = note
        self.cc = cc
        self.printer = printer
        self.printed = printed
        self.seal = seal
        self.firstPage = firstPage
        self.copy = copy
        self.classification = classification
        self.urgency = urgency
        self.headerSuffix = headerSuffix
        self.signerTitle = signerTitle
        self.attendees = attendees
        self.absent = absent
        self.observers = observers
    }

    /// `other`'s values where it has them, this one's elsewhere.
    public func merging(_ other: DraftOverrides) -> DraftOverrides {
        DraftOverrides(kind: other.kind ?? kind, title: other.title ?? title, issuer: other.issuer ?? issuer,
                       date: other.date ?? date, number: other.number ?? number, signer: other.signer ?? signer,
                       header: other.header ?? header, to: other.to ?? to, attachments: other.attachments ?? attachments,
                       note: other.note ?? note, cc: other.cc ?? cc, printer: other.printer ?? printer,
                       printed: other.printed ?? printed, seal: other.seal ?? seal, firstPage: other.firstPage ?? firstPage,
                       copy: other.copy ?? copy, classification: other.classification ?? classification,
                       urgency: other.urgency ?? urgency, headerSuffix: other.headerSuffix ?? headerSuffix,
                       signerTitle: other.signerTitle ?? signerTitle, attendees: other.attendees ?? attendees,
                       absent: other.absent ?? absent, observers: other.observers ?? observers)
    }
}
