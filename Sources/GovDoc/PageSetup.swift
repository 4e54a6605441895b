import GovDocMessages
/// Paper, margins and the line grid (版心 22 lines × 28 characters). All lengths in points.
public struct PageSetup: Sendable, Equatable {
    public var width: Double
    public var height: Double
    /// 天头
    public var marginTop: Double
    public var marginBottom: Double
    /// 订口 (binding edge)
    public var marginLeft: Double
    public var marginRight: Double
    /// Lines per page.
    public var linesPerPage: Int
    /// Characters per line.
    public var charactersPerLine: Int
    /// The line pitch in points (28.95 pt fits 22 lines in 225 mm).
    public var linePitch: Double

    public init(width: Double, height: Double, marginTop: Double, marginBottom: Double,
                marginLeft: Double, marginRight: Double, linesPerPage: Int, charactersPerLine: Int, linePitch: Double) {
        self.width = width
        self.height = height
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.linesPerPage = linesPerPage
        self.charactersPerLine = charactersPerLine
        self.linePitch = linePitch
    }

    /// 版心 width.
    public var textWidth: Double { width - marginLeft - marginRight }
    /// 版心 height.
    public var textHeight: Double { height - marginTop - marginBottom }
    /// The character pitch that fits `charactersPerLine` into the text width.
    public var characterPitch: Double { textWidth / Double(charactersPerLine) }

    /// The same sheet turned to landscape for a wide table (GB/T 9704 §8): the table's head
    /// faces the binding edge, so the margins turn with the paper (binding-edge margin on top).
    public var landscape: PageSetup {
        PageSetup(width: height, height: width, marginTop: marginLeft, marginBottom: marginRight,
                  marginLeft: marginBottom, marginRight: marginTop, linesPerPage: linesPerPage,
                  charactersPerLine: charactersPerLine, linePitch: linePitch)
    }

    /// True for a page wider than it is tall.
    public var isLandscape: Bool { width > height }

    var problems: [String] { problemMessages.map(\.description) }

    var problemMessages: [Message] {
        var result: [Message] = []
        if !(width > 0 && height > 0) { result.append(Message(.pageSizeNotPositive)) }
        if textWidth <= 0 || textHeight <= 0 { result.append(Message(.pageNoTextBlock)) }
        if linesPerPage < 1 || charactersPerLine < 1 { result.append(Message(.pageEmptyGrid)) }
        if linePitch * Double(linesPerPage) > textHeight + 0.01 {
            result.append(Message(.pageGridTooTall, ["lines": "\(linesPerPage)", "pitch": "\(linePitch)", "height": "\(textHeight)"]))
        }
        return result
    }
}

/// Points from millimetres.
public func points(mm: Double) -> Double { mm * 72 / 25.4 }

/// The page number footer (页码): `— N —`, 4号 half-width digits, odd pages right and
/// even pages left, one 字 in from the text block edge, 7 mm below the block.
public struct PageFooter: Sendable, Equatable {
    /// Text before the number (`— `).
    public var prefix: String
    /// Text after the number (` —`).
    public var suffix: String
    /// The number printed on the first page (a document bound into a volume starts later).
    public var firstPageNumber: Int
    /// Indent from the text block's edge on the outer side, in points.
    public var sideIndent: Double
    /// Distance from the text block's bottom edge to the top of the number line, in points.
    public var distanceBelowBlock: Double
    /// Different footers on odd (right) and even (left) pages.
    public var alternateSides: Bool

    public init(prefix: String = "— ", suffix: String = " —", firstPageNumber: Int = 1,
                sideIndent: Double = 14, distanceBelowBlock: Double = points(mm: 7), alternateSides: Bool = true) {
        self.prefix = prefix
        self.suffix = suffix
        self.firstPageNumber = firstPageNumber
        self.sideIndent = sideIndent
        self.distanceBelowBlock = distanceBelowBlock
        self.alternateSides = alternateSides
    }

    /// The footer text for page `n`.
    public func text(page n: Int) -> String { "\(prefix)\(n)\(suffix)" }
}
