/// Tables: the grid of merged cells (the model) and HTML tables in the source.
extension MessageTemplate {
    public static let tableTemplates: [MessageTemplate] = [
        tableOverlap, tableRagged, tableRowSpanPastEnd, tableEmpty,
        htmlUnparsable, htmlNoTable, htmlUnexpectedInTable, htmlTextOutsideRow, htmlTextOutsideCell, htmlUnexpectedInRow,
        htmlSpanNotNumber, htmlSpanTooLarge,
    ]

    public static let tableOverlap = MessageTemplate("table.overlap",
        zh: "第{row}行第{cell}个单元格与第{covering-row}行第{covering-column}列跨行（跨列）伸入的单元格重叠",
        en: "cell {cell} of row {row} overlaps the cell of row {covering-row}, column {covering-column} that spans into it")
    public static let tableRagged = MessageTemplate("table.ragged",
        zh: "第{row}行有 {width} 列宽，应与第一行一样是 {expected} 列",
        en: "row {row} is {width} columns wide, expected {expected} like the first row")
    public static let tableRowSpanPastEnd = MessageTemplate("table.rowspan-past-end",
        zh: "rowspan={span} 超出了表格末尾（从这里起只剩 {left} 行）",
        en: "rowspan={span} runs past the end of the table (only {left} rows from here)")
    public static let tableEmpty = MessageTemplate("table.empty",
        zh: "表格中没有单元格",
        en: "the table has no cells")

    public static let htmlUnparsable = MessageTemplate("table.html.unparsable",
        zh: "无法解析这个 HTML 表格",
        en: "the HTML table could not be parsed")
    public static let htmlNoTable = MessageTemplate("table.html.no-table",
        zh: "这里应有 <table> 元素",
        en: "expected a <table> element")
    public static let htmlUnexpectedInTable = MessageTemplate("table.html.unexpected-in-table",
        zh: "表格中不应出现 <{tag}>：这里应是 <tr>",
        en: "unexpected <{tag}> in a table: expected <tr>")
    public static let htmlTextOutsideRow = MessageTemplate("table.html.text-outside-row",
        zh: "单元格之外有文字：这里应是 <tr>、<th> 或 <td>",
        en: "text outside a cell: expected <tr>, <th> or <td>")
    public static let htmlTextOutsideCell = MessageTemplate("table.html.text-outside-cell",
        zh: "单元格之外有文字：这里应是 <th> 或 <td>",
        en: "text outside a cell: expected <th> or <td>")
    public static let htmlUnexpectedInRow = MessageTemplate("table.html.unexpected-in-row",
        zh: "表格行中不应出现 <{tag}>：这里应是 <th> 或 <td>",
        en: "unexpected <{tag}> in a row: expected <th> or <td>")
    public static let htmlSpanNotNumber = MessageTemplate("table.html.span",
        zh: "{attribute}=\"{value}\" 不是正整数",
        en: "{attribute}=\"{value}\" is not a positive whole number")
    public static let htmlSpanTooLarge = MessageTemplate("table.html.span-too-large",
        zh: "{attribute}=\"{value}\" 大于 {maximum}",
        en: "{attribute}=\"{value}\" is larger than {maximum}")
}
