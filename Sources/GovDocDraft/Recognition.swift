import GovDoc
import GovDocMessages

/// The part of a document a draft paragraph was recognised as (GB/T 9704's elements).
public enum DraftRole: Sendable, Equatable, Hashable {
    /// 发文机关标志 (the red mark of a 版头).
    case issuerMark
    /// 发文字号 (`石政发〔2024〕3号`), with or without 签发人.
    case documentNumber
    /// 标题 (one entry per paragraph when the title spans several).
    case title
    /// 主送机关.
    case recipient
    /// 层次序数 heading, 1…4.
    case heading(Int)
    /// 正文.
    case body
    /// 附件说明 (`附件：1.…` and its continuation lines).
    case attachmentNote
    /// 发文机关署名.
    case signatureIssuer
    /// 成文日期.
    case signatureDate
    /// 附注 (`（此件公开发布）`).
    case note
    /// 版记: 抄送 line, 印发机关和印发日期 line.
    case imprint
    /// An attachment's `附件1` label and its title.
    case attachmentLabel
    case attachmentTitle
    /// An empty paragraph or one holding only layout.
    case empty
}

/// A draft recognised: the document model, the role of each body paragraph (by
/// ``DraftParagraph/index``), and what could not be carried over.
public struct DraftRecognition: Sendable, Equatable {
    public var document: Document
    /// Paragraph index → role; every paragraph of ``Draft/paragraphs`` has one.
    public var roles: [Int: DraftRole]
    /// The reader's warnings followed by the recogniser's.
    public var warnings: [DraftWarning]

    public init(document: Document, roles: [Int: DraftRole], warnings: [DraftWarning]) {
        self.document = document
        self.roles = roles
        self.warnings = warnings
    }
}
