/// Messages of the .docx/.odt readers (`reader.*`): files that cannot be read, and what a draft
/// holds that the model cannot carry (warnings naming the paragraph).
extension MessageTemplate {
    public static let readerTemplates: [MessageTemplate] = [
        readerEmptyFile, readerFileTooLarge, readerPasswordProtected, readerLegacyFormat, readerHTML,
        readerRTF, readerFlatXML, readerNotAPackage, readerDamagedPackage, readerUnsafeEntryName,
        readerEncryptedEntry, readerPackageTooLarge, readerMissingPart, readerXMLError,
        readerTextBox, readerFootnote, readerEndnote, readerImage, readerObject, readerField,
        readerNestedTable, readerTableLayout, readerUnreadableTable, readerMoreWarnings,
        readerHeaderText, readerFooterText,
    ]

    // MARK: files that cannot be read

    public static let readerEmptyFile = MessageTemplate(
        "reader.empty-file",
        zh: "文件是空的（0 字节），没有可读取的内容",
        en: "the file is empty (0 bytes)")
    public static let readerFileTooLarge = MessageTemplate(
        "reader.file-too-large",
        zh: "文件大小 {size} 字节，超过读取上限 {limit} 字节",
        en: "the file is {size} bytes, more than the limit of {limit} bytes")
    public static let readerPasswordProtected = MessageTemplate(
        "reader.password-protected",
        zh: "文件设有打开密码，无法读取：请在 Word 或 WPS 中取消密码（文件→信息→保护文档→用密码进行加密，清空密码）后另存，再处理",
        en: "the file is password-protected: remove the password in Word (File → Info → Protect Document → Encrypt with Password, clear it), save, and try again")
    public static let readerLegacyFormat = MessageTemplate(
        "reader.legacy-format",
        zh: "这是旧版 Word/WPS 格式（.doc/.wps），不能直接读取：请在 Word 或 WPS 中打开，另存为 .docx 后再处理",
        en: "this is the old Word/WPS format (.doc/.wps): open it in Word or WPS, save it as .docx, and try again")
    public static let readerHTML = MessageTemplate(
        "reader.html",
        zh: "这是以 .doc/.docx 为扩展名保存的网页（HTML/MHTML）文件，不是 Word 文档：请在 Word 或 WPS 中打开，另存为 .docx 后再处理",
        en: "this is a web page (HTML/MHTML) saved with a .doc/.docx name, not a Word document: open it in Word or WPS, save it as .docx, and try again")
    public static let readerRTF = MessageTemplate(
        "reader.rtf",
        zh: "这是 RTF 格式文件，不是 .docx：请在 Word 或 WPS 中打开，另存为 .docx 后再处理",
        en: "this is an RTF file, not a .docx: open it in Word or WPS, save it as .docx, and try again")
    public static let readerFlatXML = MessageTemplate(
        "reader.flat-xml",
        zh: "这是单一 XML 格式的文档（Word 2003 XML 或 .fodt），不是 .docx/.odt 文件包：请另存为 .docx 或 .odt 后再处理",
        en: "this is a single-XML document (Word 2003 XML or .fodt), not a .docx/.odt package: save it as .docx or .odt and try again")
    public static let readerNotAPackage = MessageTemplate(
        "reader.not-a-package",
        zh: "无法识别的文件：不是 .docx 或 .odt 文件（文件包应为 zip 格式）",
        en: "not a .docx or .odt file (such a file is a zip package)")
    public static let readerDamagedPackage = MessageTemplate(
        "reader.damaged-package",
        zh: "文件已损坏或不完整（可能下载或复制未完成）：{detail}",
        en: "the file is damaged or incomplete (perhaps not fully downloaded or copied): {detail}")
    public static let readerUnsafeEntryName = MessageTemplate(
        "reader.unsafe-entry-name",
        zh: "文件包内含有不安全的路径（如 ../ 或绝对路径），拒绝读取：{detail}",
        en: "the package holds an unsafe path (such as ../ or an absolute path) and is refused: {detail}")
    public static let readerEncryptedEntry = MessageTemplate(
        "reader.encrypted-entry",
        zh: "文件包内的部件已加密，无法读取：{detail}",
        en: "a part of the package is encrypted and cannot be read: {detail}")
    public static let readerPackageTooLarge = MessageTemplate(
        "reader.package-too-large",
        zh: "文件包解压后超过读取上限（可能是压缩炸弹），拒绝读取：{detail}",
        en: "the package inflates beyond the reading limits (possibly a zip bomb) and is refused: {detail}")
    public static let readerMissingPart = MessageTemplate(
        "reader.missing-part",
        zh: "文件包中缺少 {part}，不是有效的 {format} 文档",
        en: "the package has no {part}: not a valid {format} document")
    public static let readerXMLError = MessageTemplate(
        "reader.xml-error",
        zh: "部件 {part} 无法读取（XML 有误或含不允许的内容）：{detail}",
        en: "the part {part} cannot be read (bad XML or content that is not allowed): {detail}")

    // MARK: warnings: content the model cannot hold

    public static let readerTextBox = MessageTemplate(
        "reader.text-box",
        zh: "文本框中的文字未带入正文，请核对：「{text}」",
        en: "the text of a text box was not carried into the body; check it: “{text}”")
    public static let readerFootnote = MessageTemplate(
        "reader.footnote",
        zh: "脚注未带入（公文不使用脚注），请将其内容改写入正文",
        en: "a footnote was not carried over (official documents do not use footnotes); move its text into the body")
    public static let readerEndnote = MessageTemplate(
        "reader.endnote",
        zh: "尾注未带入，请将其内容改写入正文",
        en: "an endnote was not carried over; move its text into the body")
    public static let readerImage = MessageTemplate(
        "reader.image",
        zh: "图片未带入，请在排版后的文件中手工插入",
        en: "a picture was not carried over; insert it by hand in the formatted file")
    public static let readerObject = MessageTemplate(
        "reader.object",
        zh: "嵌入对象（图表、公式或其他对象）未带入，请手工处理",
        en: "an embedded object (chart, equation or other) was not carried over; handle it by hand")
    public static let readerField = MessageTemplate(
        "reader.field",
        zh: "域 {field} 按其显示的文字带入，不再自动更新",
        en: "the field {field} was carried over as its displayed text and will no longer update")
    public static let readerNestedTable = MessageTemplate(
        "reader.nested-table",
        zh: "表格中嵌套的表格已展开为单元格内的文字，请核对",
        en: "a table nested in a table cell was flattened into the cell's text; check it")
    public static let readerTableLayout = MessageTemplate(
        "reader.table-layout",
        zh: "表格的合并单元格无法构成规则的网格，已按未合并处理，请核对：{detail}",
        en: "the table's merged cells do not form a regular grid and were read unmerged; check it: {detail}")
    public static let readerHeaderText = MessageTemplate(
        "reader.header-text",
        zh: "页眉中的文字未带入正文，请核对：「{text}」",
        en: "the text of a page header was not carried into the body; check it: “{text}”")
    public static let readerFooterText = MessageTemplate(
        "reader.footer-text",
        zh: "页脚中页码以外的文字未带入，请核对：「{text}」",
        en: "the text of a page footer other than the page number was not carried over; check it: “{text}”")
    public static let readerMoreWarnings = MessageTemplate(
        "reader.more-warnings",
        zh: "另有 {count} 处同类问题未逐一列出",
        en: "{count} more warnings like these were not listed one by one")
    public static let readerUnreadableTable = MessageTemplate(
        "reader.unreadable-table",
        zh: "表格没有单元格，已略去",
        en: "a table without cells was left out")
}
