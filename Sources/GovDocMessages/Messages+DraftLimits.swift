/// Messages of the .docx/.odt readers for drafts too large or complex to read, and for files
/// that are packages of another kind (`reader.*`, issue 29).
extension MessageTemplate {
    public static let draftLimitTemplates: [MessageTemplate] = [
        readerElementTooLarge, readerPartTooLarge, readerStyleChainTooDeep, readerLevelTextTooLong,
        readerSpreadsheet, readerPresentation, readerNotWordDocument, readerNoBody, readerEmptyPart,
        readerDuplicateEntry, readerFileNotFound,
    ]

    // MARK: too large to read

    public static let readerElementTooLarge = MessageTemplate(
        "reader.element-too-large",
        zh: "部件 {part} 过大，拒绝读取：第 {line} 行的元素有超过 {limit} 个属性",
        en: "the part {part} is too large to read: the element at line {line} has more than {limit} attributes")
    public static let readerPartTooLarge = MessageTemplate(
        "reader.part-too-large",
        zh: "部件 {part} 过大，拒绝读取：超过 {limit} 个 XML 节点",
        en: "the part {part} is too large to read: more than {limit} XML nodes")
    public static let readerStyleChainTooDeep = MessageTemplate(
        "reader.style-chain-too-deep",
        zh: "样式“{style}”的基准样式链超过 {limit} 层：更上层的样式未套用，请核对其格式",
        en: "the style `{style}` is based on a chain of more than {limit} styles: the styles above them were not applied; check its formatting")
    public static let readerLevelTextTooLong = MessageTemplate(
        "reader.level-text-too-long",
        zh: "编号 {list} 第 {level} 级的编号格式过长（超过 {limit} 个字符或引用超过 9 个级别）：未印出该级编号，请核对",
        en: "the number format of level {level} of the numbering {list} is too long (over {limit} characters, or more than 9 level references): its numbers were not printed; check them")

    // MARK: not a Word document

    public static let readerSpreadsheet = MessageTemplate(
        "reader.spreadsheet",
        zh: "这是 Excel 工作簿（.xlsx），不是 Word 文档：请把内容放入 Word 或 WPS 文字文档，另存为 .docx 后再处理",
        en: "this is an Excel workbook (.xlsx), not a Word document: put the content into a Word or WPS Writer document, save it as .docx, and try again")
    public static let readerPresentation = MessageTemplate(
        "reader.presentation",
        zh: "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档：请把内容放入 Word 或 WPS 文字文档，另存为 .docx 后再处理",
        en: "this is a PowerPoint presentation (.pptx), not a Word document: put the content into a Word or WPS Writer document, save it as .docx, and try again")
    public static let readerNotWordDocument = MessageTemplate(
        "reader.not-word-document",
        zh: "文件包的主部件 {part} 不是 Word 文档（其根元素为 {root}），无法读取",
        en: "the package's main part {part} is not a Word document (its root element is {root})")
    public static let readerNoBody = MessageTemplate(
        "reader.no-body",
        zh: "{part} 中没有正文（w:body），文件已损坏或不是由 Word/WPS 保存的：请在 Word 或 WPS 中打开并另存为 .docx 后再处理",
        en: "{part} has no body (w:body): the file is damaged or was not saved by Word/WPS; open it in Word or WPS, save it as .docx, and try again")
    public static let readerEmptyPart = MessageTemplate(
        "reader.empty-part",
        zh: "部件 {part} 是空的（0 字节或没有 XML 元素），文件已损坏",
        en: "the part {part} is empty (0 bytes, or no XML element): the file is damaged")
    public static let readerDuplicateEntry = MessageTemplate(
        "reader.duplicate-entry",
        zh: "文件包已损坏：有两个同名的部件 {name}",
        en: "the package is damaged: two entries are named {name}")
    public static let readerFileNotFound = MessageTemplate(
        "reader.file-not-found",
        zh: "{path}：文件不存在",
        en: "{path}: the file does not exist")
}
