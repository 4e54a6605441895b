import GovDoc
import GovDocDraft
import GovDocTemplates

/// Hand-built drafts: paragraphs numbered in order as a reader numbers them.
struct DraftMaker {
    var blocks: [DraftBlock] = []
    var index = 0
    var format: Draft.Format = .docx
    var propertiesTitle: String? = nil

    /// A paragraph typed the Word-default way unless told otherwise: 宋体 12 pt.
    @discardableResult
    mutating func p(_ text: String, align: DraftAlignment? = nil, size: Double = 12, bold: Bool = false,
                    color: String? = nil, style: String? = nil, outline: Int? = nil, rightIndent: Double? = nil,
                    leftIndent: Double? = nil, pageBreakBefore: Bool = false, font: String = "宋体") -> Int {
        index += 1
        let runs = text.isEmpty ? [] : [DraftRun(text: text, eastAsianFont: font, latinFont: "Calibri", size: size, bold: bold, color: color)]
        blocks.append(.paragraph(DraftParagraph(index: index, text: text, styleName: style, outlineLevel: outline, alignment: align,
                                                leftIndent: leftIndent, rightIndent: rightIndent, runs: runs, pageBreakBefore: pageBreakBefore)))
        return index
    }

    mutating func empty(_ count: Int = 1) { for _ in 0..<count { p("") } }

    mutating func table(_ table: Table) {
        blocks.append(.table(DraftTable(table: table, followingParagraphIndex: index + 1)))
    }

    mutating func pageBreak() { blocks.append(.pageBreak) }

    var draft: Draft { Draft(format: format, blocks: blocks, propertiesTitle: propertiesTitle) }
}

enum Fixtures {
    static let styles = try! Templates.styleSheet("gbt9704")

    static func recognize(_ maker: DraftMaker, overrides: DraftOverrides = DraftOverrides()) -> DraftRecognition {
        DraftRecognizer(styles: styles, overrides: overrides).recognize(maker.draft, file: "d.docx")
    }

    /// The table of the Word-default draft: two head rows with merged cells, a cell merged down.
    static let spanTable = Table(rows: [
        TableRow(cells: [TableCell("村（社区）", rowSpan: 2), TableCell("整治任务", colSpan: 2), TableCell("完成时限", rowSpan: 2)]),
        TableRow(cells: [TableCell("垃圾清运（吨）"), TableCell("改厕（户）")]),
        TableRow(cells: [TableCell("大河村"), TableCell("120"), TableCell("45"), TableCell("5月31日", rowSpan: 3)]),
        TableRow(cells: [TableCell("柳树湾村"), TableCell("85"), TableCell("30")]),
        TableRow(cells: [TableCell("合计"), TableCell("205"), TableCell("75")]),
    ])
}
