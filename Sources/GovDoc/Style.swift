import GovDocMessages
/// What a piece of text is in the document; each role has one named style.
public enum Role: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// 标题
    case title
    /// 一级标题 `一、`
    case heading1
    /// 二级标题 `（一）`
    case heading2
    /// 三级标题 `1.`
    case heading3
    /// 四级标题 `（1）`
    case heading4
    /// 正文
    case body
    /// Text in a table cell.
    case tableCell = "table-cell"
    /// Text in a header cell (`<th>`).
    case tableHeader = "table-header"
    /// 发文机关署名
    case signature
    /// 成文日期
    case date
    /// 页码
    case pageNumber = "page-number"
    /// 发文机关标志 (red)
    case issuerMark = "issuer-mark"
    /// 发文字号
    case documentNumber = "document-number"
    /// 主送机关
    case recipient
    /// 附件说明
    case attachmentNote = "attachment-note"
    /// `附件1`, the label on an attachment's first page (黑体)
    case attachmentLabel = "attachment-label"
    /// 附注
    case note
    /// 版记 (抄送, 印发机关和印发日期)
    case imprint
    /// 密级和保密期限, 紧急程度 (3号黑体, flush left at the top of the block); also the
    /// labels of a 纪要's 出席/请假/列席 lines
    case classification

    public static func heading(_ level: Int) -> Role {
        switch level {
        case 1: return .heading1
        case 2: return .heading2
        case 3: return .heading3
        default: return .heading4
        }
    }

    /// The name of the role's style in every file format (ASCII, stable, what programs and
    /// macros refer to); the name the clerk sees is `RoleStyle.displayName`.
    public var styleName: String {
        switch self {
        case .title: return "GovTitle"
        case .heading1: return "GovHeading1"
        case .heading2: return "GovHeading2"
        case .heading3: return "GovHeading3"
        case .heading4: return "GovHeading4"
        case .body: return "GovBody"
        case .tableCell: return "GovTableText"
        case .tableHeader: return "GovTableHeader"
        case .signature: return "GovSignature"
        case .date: return "GovDate"
        case .pageNumber: return "GovPageNumber"
        case .issuerMark: return "GovIssuerMark"
        case .documentNumber: return "GovDocumentNumber"
        case .recipient: return "GovRecipient"
        case .attachmentNote: return "GovAttachmentNote"
        case .attachmentLabel: return "GovAttachmentLabel"
        case .note: return "GovNote"
        case .imprint: return "GovImprint"
        case .classification: return "GovClassification"
        }
    }

    /// The heading level (1…4), `nil` for other roles.
    public var headingLevel: Int? {
        switch self {
        case .heading1: return 1
        case .heading2: return 2
        case .heading3: return 3
        case .heading4: return 4
        default: return nil
        }
    }
}

/// A font as offices have it, with the names to fall back on where it is missing.
public struct FontFace: Sendable, Equatable, Codable {
    /// The East Asian font name written to the file (e.g. `仿宋_GB2312`).
    public var name: String
    /// Alternative names (e.g. `仿宋`, `FangSong`), declared in the font table.
    public var fallbacks: [String]
    /// Generic family for renderers: `roman`, `swiss`, `modern`, `script`, `decorative`.
    public var family: String
    /// Pitch: `fixed` or `variable`.
    public var pitch: String
    /// The face's PANOSE number (10 bytes, 20 hex digits), which Word matches a missing font by.
    public var panose: String?
    /// The face's Unicode and code-page ranges (OS/2 usb0…usb3, csb0, csb1; 8 hex digits
    /// each), which Word matches a missing font by.
    public var signature: [String]?

    public init(name: String, fallbacks: [String] = [], family: String = "roman", pitch: String = "variable",
                panose: String? = nil, signature: [String]? = nil) {
        self.name = name
        self.fallbacks = fallbacks
        self.family = family
        self.pitch = pitch
        self.panose = panose
        self.signature = signature
    }

    enum CodingKeys: String, CodingKey { case name, fallbacks, family, pitch, panose, signature }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        fallbacks = try c.decodeIfPresent([String].self, forKey: .fallbacks) ?? []
        family = try c.decodeIfPresent(String.self, forKey: .family) ?? "roman"
        pitch = try c.decodeIfPresent(String.self, forKey: .pitch) ?? "variable"
        panose = try c.decodeIfPresent(String.self, forKey: .panose)
        signature = try c.decodeIfPresent([String].self, forKey: .signature)
    }
}

public enum Alignment: String, Sendable, Equatable, Codable {
    case left, center, right, justify
}

/// The look of one role: font, size, weight, alignment, indents, spacing.
public struct RoleStyle: Sendable, Equatable {
    /// Shown in the word processor's style gallery, e.g. `公文正文`.
    public var displayName: String
    /// Key into `StyleSheet.fonts`.
    public var font: String
    /// Font size in points.
    public var size: Double
    public var bold: Bool
    public var alignment: Alignment
    /// First-line indent in 字 (characters of the body size).
    public var firstLineIndent: Double
    /// Keep with the next paragraph (headings).
    public var keepWithNext: Bool
    /// Lines of the document grid: `false` for table text (see pitfalls: the grid reaches into tables).
    public var snapToGrid: Bool
    /// Exact line height in points for text off the grid; `nil` = single spacing.
    public var lineHeight: Double?
    /// Text colour, `RRGGBB`.
    public var color: String?

    public init(displayName: String, font: String, size: Double, bold: Bool = false,
                alignment: Alignment = .justify, firstLineIndent: Double = 0,
                keepWithNext: Bool = false, snapToGrid: Bool = true, lineHeight: Double? = nil, color: String? = nil) {
        self.displayName = displayName
        self.font = font
        self.size = size
        self.bold = bold
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.keepWithNext = keepWithNext
        self.snapToGrid = snapToGrid
        self.lineHeight = lineHeight
        self.color = color
    }
}

/// A complete look: page, footer, fonts and a style per role (GB/T 9704 defaults live in
/// `Templates/gbt9704.yaml`, not in code).
public struct StyleSheet: Sendable, Equatable {
    public var name: String
    public var page: PageSetup
    public var footer: PageFooter
    /// Fonts by key (e.g. `fangsong` → 仿宋_GB2312).
    public var fonts: [String: FontFace]
    public var roles: [Role: RoleStyle]
    /// The font for Latin text and digits; `nil` = the role's East Asian font.
    public var latinFont: String?
    /// Letter spacing (pt, negative = condensed) of every role that snaps to the line grid,
    /// so that `charactersPerLine` characters fit the text width in renderers that do not
    /// compress characters to the grid pitch.
    public var gridLetterSpacing: Double
    /// Positions and rules of the 版头 and 版记.
    public var geometry: ElementGeometry
    /// Whether word processors add space where Han text meets digits or Latin text (Word's
    /// `autoSpaceDE`/`autoSpaceDN`, ODF's `style:text-autospace`). Off keeps 28 字 on a line
    /// holding `2024年`. The signature and the date are set with autospace whatever this says
    /// (``autospace(_:)``).
    public var autospace: Bool

    /// Whether paragraphs of `role` are set with autospace: the sheet's choice, except for the
    /// signature and the date (发文机关署名, 成文日期, §7.3.5), which are always. Those lines are
    /// placed from the right by widths that include the space at each Han/digit boundary
    /// (``SignatureLayout``), so they must carry that space in every renderer: LibreOffice adds
    /// it in a .docx whatever the file says, Word and WPS add it when the style says so (Word
    /// about 0.25 字 a boundary, LibreOffice 0.2: under 1.5 mm over a date).
    public func autospace(_ role: Role) -> Bool {
        autospace || SignatureLayout.autospacedRoles.contains(role)
    }

    public init(name: String, page: PageSetup, footer: PageFooter, fonts: [String: FontFace],
                roles: [Role: RoleStyle], latinFont: String? = nil, gridLetterSpacing: Double = 0,
                geometry: ElementGeometry = ElementGeometry(), autospace: Bool = false) {
        self.autospace = autospace
        self.name = name
        self.page = page
        self.footer = footer
        self.fonts = fonts
        self.roles = roles
        self.latinFont = latinFont
        self.gridLetterSpacing = gridLetterSpacing
        self.geometry = geometry
    }

    /// The letter spacing of a role in points (0 for roles off the grid).
    public func letterSpacing(_ role: Role) -> Double {
        style(role).snapToGrid && role != .pageNumber ? gridLetterSpacing : 0
    }

    /// The style of a role; every role must be present (checked when the sheet is loaded).
    public func style(_ role: Role) -> RoleStyle {
        guard let style = roles[role] else { preconditionFailure("style sheet \(name) has no style for \(role.rawValue)") }
        return style
    }

    /// The font face of a role.
    public func font(_ role: Role) -> FontFace {
        let key = style(role).font
        return fonts[key] ?? FontFace(name: key)
    }

    /// Every font face the sheet uses, sorted by name, without duplicates.
    public var usedFonts: [FontFace] {
        var seen = Set<String>()
        var result: [FontFace] = []
        for role in Role.allCases {
            let face = font(role)
            if seen.insert(face.name).inserted { result.append(face) }
        }
        if let latinFont, seen.insert(latinFont).inserted { result.append(FontFace(name: latinFont)) }
        return result.sorted { $0.name < $1.name }
    }

    /// Problems that make the sheet unusable (missing roles, unknown fonts, bad sizes).
    public var problems: [String] { problemMessages.map(\.description) }

    /// ``problems`` with their catalog ids, for either language.
    public var problemMessages: [Message] {
        var result: [Message] = []
        for role in Role.allCases {
            guard let style = roles[role] else { result.append(Message(.styleNoRole, ["role": role.rawValue])); continue }
            if fonts[style.font] == nil { result.append(Message(.styleUnknownFont, ["role": role.rawValue, "font": style.font])) }
            if !(style.size > 0 && style.size < 200) { result.append(Message(.styleBadSize, ["role": role.rawValue, "size": "\(style.size)"])) }
        }
        result.append(contentsOf: page.problemMessages)
        return result
    }
}
