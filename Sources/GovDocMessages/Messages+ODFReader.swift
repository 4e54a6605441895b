extension MessageTemplate {
    /// What the .odt reader reports beyond the readers' shared messages (`reader.*`: empty file,
    /// old format, damaged or hostile zip, bad XML): errors particular to ODF packages, and
    /// warnings for what the model cannot hold (each names its paragraph through its location).
    public static let odfReaderTemplates: [MessageTemplate] = [
        odfWordPackage, odfWrongMimetype, odfMissingContent, odfEncrypted, odfTableTooLarge,
        odfImage, odfTextBox, odfDrawing, odfObject, odfNote, odfField, odfNestedTable, odfCoveredCellText,
        odfTableRepaired, odfEmptyTable, odfHeaderText, odfIndex,
    ]

    // MARK: errors

    public static let odfWordPackage = MessageTemplate(
        "reader.odf.word-package",
        zh: "文件是 Word 文档（.docx），不是 .odt；请按 .docx 读取",
        en: "the file is a Word document (.docx), not an .odt: read it as .docx")
    public static let odfWrongMimetype = MessageTemplate(
        "reader.odf.wrong-mimetype",
        zh: "文件不是文本文档：其类型为 {mimetype}，只能读取 application/vnd.oasis.opendocument.text",
        en: "the file is not a text document: its type is {mimetype}; only application/vnd.oasis.opendocument.text is read")
    public static let odfMissingContent = MessageTemplate(
        "reader.odf.missing-content",
        zh: "文档缺少正文部分 content.xml，文件已损坏",
        en: "the package has no content.xml (the document body): the file is damaged")
    public static let odfEncrypted = MessageTemplate(
        "reader.odf.encrypted",
        zh: "文档设有密码保护：请在 LibreOffice 或 WPS 中取消密码后另存，再行处理",
        en: "the document is password-protected: remove the password in LibreOffice or WPS and save it again")
    public static let odfTableTooLarge = MessageTemplate(
        "reader.odf.table-too-large",
        zh: "表格过大（重复行列展开后超过 {limit} 个单元格），文件可能已损坏",
        en: "a table is too large (over {limit} cells once repeated rows and columns are expanded); the file may be damaged")

    // MARK: warnings (the location names the paragraph)

    public static let odfImage = MessageTemplate(
        "reader.odf.image",
        zh: "本段含有图片，图片未能转入",
        en: "the paragraph holds an image, which is not carried over")
    public static let odfTextBox = MessageTemplate(
        "reader.odf.text-box",
        zh: "本段含有文本框，框内的段落和表格作为其后的内容读入（共 {count} 项）",
        en: "the paragraph holds a text box; its paragraphs and tables are read as the blocks that follow ({count})")
    public static let odfDrawing = MessageTemplate(
        "reader.odf.drawing",
        zh: "本段含有图形，未能转入（图形内文字：「{text}」）",
        en: "the paragraph holds a drawing, which is not carried over (its text: “{text}”)")
    public static let odfObject = MessageTemplate(
        "reader.odf.object",
        zh: "本段含有嵌入对象（图表、公式等），未能转入",
        en: "the paragraph holds an embedded object (chart, formula …), which is not carried over")
    public static let odfNote = MessageTemplate(
        "reader.odf.note",
        zh: "本段含有脚注或尾注，注文未能转入：「{text}」",
        en: "the paragraph has a footnote or endnote, which is not carried over: “{text}”")
    public static let odfField = MessageTemplate(
        "reader.odf.field",
        zh: "本段含有域（{field}），按显示的文字「{text}」读入",
        en: "the paragraph holds a field ({field}), read as its displayed text “{text}”")
    public static let odfNestedTable = MessageTemplate(
        "reader.odf.nested-table",
        zh: "表格单元格内嵌有表格，内嵌表格的文字逐行并入该单元格",
        en: "a table cell holds a nested table; its text is merged into the cell line by line")
    public static let odfCoveredCellText = MessageTemplate(
        "reader.odf.covered-cell-text",
        zh: "合并单元格中被覆盖的部分仍有文字，未能转入：「{text}」",
        en: "a cell hidden by a merge still holds text, which is not carried over: “{text}”")
    public static let odfTableRepaired = MessageTemplate(
        "reader.odf.table-repaired",
        zh: "表格的合并单元格不规则（{detail}），已按行列补齐",
        en: "the table's merged cells are irregular ({detail}); the grid was completed")
    public static let odfEmptyTable = MessageTemplate(
        "reader.odf.empty-table",
        zh: "表格没有单元格，已略去",
        en: "a table without cells was left out")
    public static let odfHeaderText = MessageTemplate(
        "reader.odf.header-text",
        zh: "页眉中的文字未能转入：「{text}」",
        en: "the page header's text is not carried over: “{text}”")
    public static let odfIndex = MessageTemplate(
        "reader.odf.index",
        zh: "文档含有目录或索引，其各行按普通段落读入",
        en: "the document has a table of contents or an index; its lines are read as ordinary paragraphs")
}
