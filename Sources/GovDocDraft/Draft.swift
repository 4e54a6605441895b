import GovDoc
import GovDocMessages

/// What a reader found in a word-processor file (.docx, .odt), before any role is recognised:
/// the paragraphs and tables in reading order with the looks a check needs, the page geometry
/// and the page-number footers. Readers (one module per format) produce it; the recogniser
/// (``DraftRecognizer``) turns it into a ``Document``; `govdoc check` reads its looks.
///
/// Everything is already resolved by the reader: automatic numbering is part of `text`,
/// styles are applied (direct formatting over paragraph style over document defaults), tracked
/// changes are accepted, comments are gone. Measures are in points.
public struct Draft: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable { case docx, odt }

    public var format: Format
    public var blocks: [DraftBlock]
    /// The geometry of the first section (the body's pages); nil when the file does not say.
    public var page: DraftPage?
    /// The footers that carry a page number, as the reader found them.
    public var pageNumberFooters: [DraftFooter]
    /// The package's core properties (`dc:title`, `dc:creator`), when present.
    public var propertiesTitle: String?
    public var propertiesCreator: String?
    /// What the model cannot hold (a text box, a footnote, an image, a field), each naming its
    /// paragraph. Never dropped silently: `format` and `import` print them.
    public var warnings: [DraftWarning]

    public init(format: Format, blocks: [DraftBlock] = [], page: DraftPage? = nil,
                pageNumberFooters: [DraftFooter] = [], propertiesTitle: String? = nil,
                propertiesCreator: String? = nil, warnings: [DraftWarning] = []) {
        self.format = format
        self.blocks = blocks
        self.page = page
        self.pageNumberFooters = pageNumberFooters
        self.propertiesTitle = propertiesTitle
        self.propertiesCreator = propertiesCreator
        self.warnings = warnings
    }

    /// The paragraphs in reading order (tables' cell paragraphs excluded).
    public var paragraphs: [DraftParagraph] {
        blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }
}

public enum DraftBlock: Sendable, Equatable {
    case paragraph(DraftParagraph)
    case table(DraftTable)
    /// A page break between blocks (`w:br w:type="page"`, `w:pageBreakBefore`, `fo:break-before`).
    case pageBreak
}

/// Where in a draft: the paragraph's 1-based position among the body's paragraphs (every
/// `w:p` / `text:p` / `text:h` of the body in order, empty ones included, table cells not),
/// as a clerk counts them in Word, and its first characters.
public struct DraftLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil for the file as a whole (a broken package).
    public var paragraph: Int?
    /// The paragraph's first characters (at most 12), to find it by eye.
    public var excerpt: String?

    public init(file: String, paragraph: Int? = nil, excerpt: String? = nil) {
        self.file = file
        self.paragraph = paragraph
        self.excerpt = excerpt.map { DraftLocation.shorten($0) }
    }

    /// `draft.docx` or `draft.docx:¶12「一、主要工作」`.
    public var description: String {
        guard let paragraph else { return file }
        return "\(file):¶\(paragraph)" + (excerpt.map { "「\($0)」" } ?? "")
    }

    public static func shorten(_ text: String, to count: Int = 12) -> String {
        // O(count), not O(text): `text.count` would walk every character of a long paragraph
        guard let cut = text.index(text.startIndex, offsetBy: max(count, 0), limitedBy: text.endIndex),
              cut != text.endIndex else { return text }
        return String(text[..<cut]) + "…"
    }
}

/// A body paragraph as the reader found it.
public struct DraftParagraph: Sendable, Equatable {
    /// 1-based position among the body's paragraphs (see ``DraftLocation``).
    public var index: Int
    /// The printed text: runs joined, the automatic number (when there is one) in front exactly
    /// as printed (`一、`), a manual line break as `\n`, tabs as `\t`. Leading layout spaces
    /// (half-width, full-width `　`, no-break) are kept here; the recogniser drops them.
    public var text: String
    /// The automatic number resolved from `numbering.xml` / `text:list`, already in `text`.
    public var automaticNumber: String?
    /// The paragraph style's display name (`Title`, `Heading 1`, `标题 1`, `Normal`).
    public var styleName: String?
    /// 1…9 from `w:outlineLvl` (0-based in the XML, +1 here), a `Heading N` style, or `text:h`'s
    /// `text:outline-level`; nil for body text.
    public var outlineLevel: Int?
    public var alignment: DraftAlignment?
    /// First-line indent (negative: hanging), left and right indents.
    public var firstLineIndent: Double?
    public var leftIndent: Double?
    public var rightIndent: Double?
    public var lineSpacing: DraftLineSpacing?
    /// The runs with their effective looks (empty runs left out).
    public var runs: [DraftRun]
    /// Starts on a new page (`w:pageBreakBefore`, `fo:break-before="page"`).
    public var pageBreakBefore: Bool

    public init(index: Int, text: String, automaticNumber: String? = nil, styleName: String? = nil,
                outlineLevel: Int? = nil, alignment: DraftAlignment? = nil, firstLineIndent: Double? = nil,
                leftIndent: Double? = nil, rightIndent: Double? = nil, lineSpacing: DraftLineSpacing? = nil,
                runs: [DraftRun] = [], pageBreakBefore: Bool = false) {
        self.index = index
        self.text = text
        self.automaticNumber = automaticNumber
        self.styleName = styleName
        self.outlineLevel = outlineLevel
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.lineSpacing = lineSpacing
        self.runs = runs
        self.pageBreakBefore = pageBreakBefore
    }
}

public enum DraftAlignment: String, Sendable, Equatable {
    case left, center, right, justify, distribute
}

public enum DraftLineSpacing: Sendable, Equatable {
    /// Exactly this many points (`w:lineRule="exact"`, `fo:line-height` in a length).
    case exact(Double)
    /// At least this many points.
    case atLeast(Double)
    /// A multiple of single spacing (1.0 = single).
    case multiple(Double)
}

/// A run of text with one look (effective values after styles).
public struct DraftRun: Sendable, Equatable {
    public var text: String
    /// The font for Han characters (`w:eastAsia`, `style:font-name-asian`).
    public var eastAsianFont: String?
    /// The font for Latin text and digits (`w:ascii`, `style:font-name`).
    public var latinFont: String?
    /// Points (`w:sz` is half-points: divided by 2 here).
    public var size: Double?
    public var bold: Bool
    /// `RRGGBB`, upper case; nil for automatic.
    public var color: String?

    public init(text: String, eastAsianFont: String? = nil, latinFont: String? = nil, size: Double? = nil,
                bold: Bool = false, color: String? = nil) {
        self.text = text
        self.eastAsianFont = eastAsianFont
        self.latinFont = latinFont
        self.size = size
        self.bold = bold
        self.color = color
    }
}

/// A table with its merges resolved into spans: the model's own ``Table`` (cells that start in a
/// row, `rowSpan`/`colSpan`, header rows), plus where it stood.
public struct DraftTable: Sendable, Equatable {
    public var table: Table
    /// The index the next body paragraph after the table will have (to name the table's place).
    public var followingParagraphIndex: Int

    public init(table: Table, followingParagraphIndex: Int) {
        self.table = table
        self.followingParagraphIndex = followingParagraphIndex
    }
}

/// Paper, margins and line grid of a section.
public struct DraftPage: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    /// The line pitch of the document grid (`w:docGrid w:linePitch`, `style:layout-grid-base-height`
    /// + ruby height), when a grid is on.
    public var gridLinePitch: Double?
    /// Characters per line of the grid (from `w:charSpace` or `style:layout-grid-base-width`), when
    /// a character grid is on.
    public var gridCharactersPerLine: Int?
    /// Lines per page of the grid, when a grid is on.
    public var gridLinesPerPage: Int?

    public init(width: Double, height: Double, marginTop: Double, marginBottom: Double,
                marginLeft: Double, marginRight: Double, gridLinePitch: Double? = nil,
                gridCharactersPerLine: Int? = nil, gridLinesPerPage: Int? = nil) {
        self.width = width
        self.height = height
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.gridLinePitch = gridLinePitch
        self.gridCharactersPerLine = gridCharactersPerLine
        self.gridLinesPerPage = gridLinesPerPage
    }
}

/// A footer holding a page-number field.
public struct DraftFooter: Sendable, Equatable {
    public enum Pages: String, Sendable, Equatable { case all, odd, even, first }
    public var pages: Pages
    /// The footer's text with the page number written `{PAGE}`: `— {PAGE} —`, `第{PAGE}页`.
    public var pattern: String
    public var alignment: DraftAlignment?
    public var runs: [DraftRun]

    public init(pages: Pages, pattern: String, alignment: DraftAlignment? = nil, runs: [DraftRun] = []) {
        self.pages = pages
        self.pattern = pattern
        self.alignment = alignment
        self.runs = runs
    }
}

/// Something in the draft that the model cannot hold, named by its paragraph.
public struct DraftWarning: Sendable, Equatable, CustomStringConvertible {
    public var location: DraftLocation
    public var message: Message

    public init(_ location: DraftLocation, _ message: Message) {
        self.location = location
        self.message = message
    }

    public var description: String { message.located(location.description, severity: .severityWarning) }
}

/// A draft that cannot be read: a broken or hostile package, a format govdoc does not read.
public struct DraftError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: DraftLocation
    public var message: Message

    public init(_ location: DraftLocation, _ message: Message) {
        self.location = location
        self.message = message
    }

    /// `draft.docx: error: …` / `draft.docx:¶3「…」: error: …`
    public var description: String { message.located(location.description, severity: .severityError) }
}

/// A reader of one word-processor format. Readers never lay out and never recognise roles.
public protocol DraftReader: Sendable {
    /// Reads the package's bytes; throws ``DraftError``. `file` names the draft in errors and warnings.
    func read(_ bytes: [UInt8], file: String) throws -> Draft
}
