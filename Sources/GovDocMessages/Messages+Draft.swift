extension MessageTemplate {
    /// The recogniser's warnings (`draft.*`) and the `format` / `import` commands (`cli.format.*`,
    /// `cli.import.*`).
    public static let draftTemplates: [MessageTemplate] = [
        draftHeadingNumbered, draftHeadingDeep, draftTitleMissing, draftTitleFromProperties,
        draftNumberWithoutMark, draftCopyNumberDropped, draftClassificationDropped, draftUrgencyDropped,
        draftDateNormalized, draftDateWithoutIssuer, draftAttachmentUnlisted, draftAttachmentTitleMismatch,
        draftAttachmentNoTitle, draftNoticeWithoutHeader, draftEmpty, draftNotRecognizedFormat,
        draftUnrepresentableAttachment, draftAnnualReportAsReport, draftUnreadable,
        cliFormatAbstract, cliFormatDiscussion, cliFormatDocx, cliFormatOdt, cliFormatPdf, cliFormatOutput,
        cliFormatMeta, cliFormatKind, cliFormatHeader, cliFormatNumber, cliFormatSeal, cliFormatFirstPage,
        cliFormatStyle, cliFormatDraft, cliFormatWrote, cliFormatSameAsInput, cliFormatBadKind, cliFormatBadFirstPage,
        cliImportAbstract, cliImportDiscussion, cliImportOutput, cliImportForce, cliImportDraft, cliImportExists,
        cliImportWrote,
    ]

    // MARK: recogniser warnings

    public static let draftHeadingNumbered = MessageTemplate(
        "draft.heading.numbered",
        zh: "标题没有层次序数（大纲级别 {level}），已按位置编为“{number}”",
        en: "a heading without a number (outline level {level}): numbered {number} by its position")
    public static let draftHeadingDeep = MessageTemplate(
        "draft.heading.deep",
        zh: "大纲级别 {level} 超过四级，按四级标题处理",
        en: "outline level {level} is deeper than GB/T 9704's four levels: taken as a level-4 heading")
    public static let draftTitleMissing = MessageTemplate(
        "draft.title.missing",
        zh: "没有找到标题（开头没有“标题”样式、居中或加大加粗的段落）：请用 --meta 文件的 title: 给出",
        en: "no title found (no Title style, centred, large or bold paragraph at the top): give one as title: in a --meta file")
    public static let draftTitleFromProperties = MessageTemplate(
        "draft.title.from-properties",
        zh: "正文中没有标题，采用文件属性中的标题“{title}”",
        en: "no title in the text: the file's properties title `{title}` is used")
    public static let draftNumberWithoutMark = MessageTemplate(
        "draft.masthead.number-without-mark",
        zh: "有发文字号“{number}”但没有发文机关标志：没有版头就不印发文字号，请用 --header 给出发文机关标志",
        en: "a 发文字号 `{number}` but no 发文机关标志: without a 版头 the number is not printed; give the mark with --header")
    public static let draftCopyNumberDropped = MessageTemplate(
        "draft.element.copy-number",
        zh: "份号“{text}”暂不能转入，已略去",
        en: "the 份号 `{text}` cannot be carried over yet: left out")
    public static let draftClassificationDropped = MessageTemplate(
        "draft.element.classification",
        zh: "密级和保密期限“{text}”暂不能转入，已略去",
        en: "the 密级 `{text}` cannot be carried over yet: left out")
    public static let draftUrgencyDropped = MessageTemplate(
        "draft.element.urgency",
        zh: "紧急程度“{text}”暂不能转入，已略去",
        en: "the 紧急程度 `{text}` cannot be carried over yet: left out")
    public static let draftDateNormalized = MessageTemplate(
        "draft.date.normalized",
        zh: "日期“{written}”按 GB/T 9704 写作“{date}”（阿拉伯数字，不编虚位）",
        en: "the date `{written}` is written {date} (GB/T 9704: Arabic numerals, no leading zeros)")
    public static let draftDateWithoutIssuer = MessageTemplate(
        "draft.signature.date-without-issuer",
        zh: "成文日期“{date}”前没有发文机关署名：日期按正文保留；请用 --meta 文件的 issuer: 给出署名",
        en: "the date `{date}` has no 发文机关署名 above it: kept as body text; give the issuer as issuer: in a --meta file")
    public static let draftAttachmentUnlisted = MessageTemplate(
        "draft.attachment.unlisted",
        zh: "附件{number}“{title}”不在附件说明中，已补入附件说明",
        en: "attachment {number} `{title}` is not named in the 附件说明: added to it")
    public static let draftAttachmentTitleMismatch = MessageTemplate(
        "draft.attachment.title-mismatch",
        zh: "附件{number}的标题“{page}”与附件说明中的“{listed}”不一致，采用附件说明中的名称",
        en: "attachment {number}'s title `{page}` differs from `{listed}` in the 附件说明: the 附件说明's is used")
    public static let draftAttachmentNoTitle = MessageTemplate(
        "draft.attachment.no-title",
        zh: "附件{number}没有标题",
        en: "attachment {number} has no title")
    public static let draftNoticeWithoutHeader = MessageTemplate(
        "draft.notice.no-header",
        zh: "kind: notice 需要发文机关标志（--header），草稿中没有：按 report 排版",
        en: "kind: notice needs a 发文机关标志 (--header) and the draft has none: laid out as a report")
    public static let draftEmpty = MessageTemplate(
        "draft.empty",
        zh: "草稿中没有文字",
        en: "the draft holds no text")
    public static let draftNotRecognizedFormat = MessageTemplate(
        "draft.format.unknown",
        zh: "不是 Word（.docx）或 OpenDocument（.odt）文件",
        en: "not a Word (.docx) or OpenDocument (.odt) file")
    public static let draftUnrepresentableAttachment = MessageTemplate(
        "draft.source.attachment-order",
        zh: "附件{number}“{title}”单独装订，而其后的附件随文印发：源文本中为它加了空的 <attachment/>",
        en: "attachment {number} `{title}` is bound separately but a later one is printed with the document: the source text gives it an empty <attachment/>")
    public static let draftAnnualReportAsReport = MessageTemplate(
        "draft.source.annual-report",
        zh: "年度报告的表格按表格写出（没有 data: 数据），源文本为 kind: report",
        en: "the annual report's tables are written as tables (there is no data: for them): the source text is kind: report")
    public static let draftUnreadable = MessageTemplate(
        "draft.unreadable",
        zh: "无法读取文件：{reason}",
        en: "cannot read the file: {reason}")

    // MARK: govdoc format

    public static let cliFormatAbstract = MessageTemplate(
        "cli.format.abstract",
        zh: "把 Word/WPS 草稿（.docx、.odt）按 GB/T 9704 重新排版。",
        en: "Re-lay a Word or WPS draft (.docx, .odt) to GB/T 9704.")
    public static let cliFormatDiscussion = MessageTemplate(
        "cli.format.discussion",
        zh: """
        读取草稿，识别标题、主送机关、层次标题、表格、附件说明、署名和日期、附注、附件、版头和版记，\
        再按样式表重新排版。默认写出 NAME.formatted.docx，放在草稿旁边，从不覆盖草稿本身。\
        草稿中没有的要素（文种、发文机关标志、发文字号、印章、起始页码、样式表）用选项或 --meta 文件给出\
        （键与源文本的前置元数据相同）。不能转入的内容逐条列在标准错误上：文件:¶段落号「开头几个字」: 警告：……

        示例：
          govdoc format 草稿.docx
          govdoc format --docx --pdf --kind notice --header 某某镇人民政府文件 草稿.docx
          govdoc format --odt --meta meta.yaml -o 成稿.odt 草稿.odt
        """,
        en: """
        Reads the draft, recognises the title, 主送机关, headings, tables, 附件说明, signature and \
        date, 附注, attachments, 版头 and 版记, and lays it out again with the style sheets. By \
        default it writes NAME.formatted.docx beside the draft and never overwrites the draft. What \
        the draft lacks (kind, 发文机关标志, 发文字号, seal, first page number, style sheet) comes from \
        the options or a --meta file (the front-matter keys of the source format). Everything that \
        could not be carried over is listed on standard error as FILE:¶N「first characters」: warning: …

        Examples:
          govdoc format draft.docx
          govdoc format --docx --pdf --kind notice --header 某某镇人民政府文件 draft.docx
          govdoc format --odt --meta meta.yaml -o final.odt draft.odt
        """)
    public static let cliFormatDocx = MessageTemplate("cli.format.docx", zh: "写出 Word（OOXML）.docx 文件（未选格式时的默认）。", en: "Write a Word (OOXML) .docx file (the default when no format is chosen).")
    public static let cliFormatOdt = MessageTemplate("cli.format.odt", zh: "写出 OpenDocument .odt 文件。", en: "Write an OpenDocument .odt file.")
    public static let cliFormatPdf = MessageTemplate("cli.format.pdf", zh: "写出 PDF 供打印前检查（需要 LibreOffice）。", en: "Write a PDF to check before printing (needs LibreOffice).")
    public static let cliFormatOutput = MessageTemplate("cli.format.output", zh: "输出文件（每种格式换用相应扩展名）。", en: "Output file (its extension is replaced per format).")
    public static let cliFormatMeta = MessageTemplate("cli.format.meta", zh: "YAML 文件，键同源文本的前置元数据（kind、title、header、number……），覆盖识别结果。", en: "A YAML file with front-matter keys (kind, title, header, number, …) that override what was recognised.")
    public static let cliFormatKind = MessageTemplate("cli.format.kind", zh: "文种格式：report、notice、letter。", en: "The kind: report, notice or letter.")
    public static let cliFormatHeader = MessageTemplate("cli.format.header", zh: "发文机关标志（版头），如“某某镇人民政府文件”。", en: "The 发文机关标志 (版头), e.g. 某某镇人民政府文件.")
    public static let cliFormatNumber = MessageTemplate("cli.format.number", zh: "发文字号，如“某政发〔2024〕3号”。", en: "The 发文字号, e.g. 某政发〔2024〕3号.")
    public static let cliFormatSeal = MessageTemplate("cli.format.seal", zh: "加盖印章（署名和日期按 7.3.5.1 排布）。", en: "The document carries a seal (signature placed by §7.3.5.1).")
    public static let cliFormatFirstPage = MessageTemplate("cli.format.first-page", zh: "首页页码。", en: "The number printed on the first page.")
    public static let cliFormatStyle = MessageTemplate("cli.format.style", zh: "样式表名称或路径（Templates/ 中的 gbt9704、notice、letter）。", en: "A style sheet name or path (gbt9704, notice, letter in Templates/).")
    public static let cliFormatDraft = MessageTemplate("cli.format.draft", zh: "要排版的草稿（.docx 或 .odt）。", en: "The draft to format (.docx or .odt).")
    public static let cliFormatWrote = MessageTemplate("cli.format.wrote", zh: "已写出 {path}", en: "wrote {path}")
    public static let cliFormatSameAsInput = MessageTemplate("cli.format.same-as-input", zh: "{path}：输出会覆盖草稿本身，请用 -o 另选文件名", en: "{path}: the output would overwrite the draft itself; choose another name with -o")
    public static let cliFormatBadKind = MessageTemplate("cli.format.bad-kind", zh: "未知文种“{kind}”：应为 report、notice 或 letter", en: "unknown kind `{kind}`: expected report, notice or letter")
    public static let cliFormatBadFirstPage = MessageTemplate("cli.format.bad-first-page", zh: "--first-page 应为不小于 1 的整数", en: "--first-page must be a whole number from 1")

    // MARK: govdoc import

    public static let cliImportAbstract = MessageTemplate(
        "cli.import.abstract",
        zh: "把 Word/WPS 草稿（.docx、.odt）转成 govdoc 源文本。",
        en: "Turn a Word or WPS draft (.docx, .odt) into govdoc source text.")
    public static let cliImportDiscussion = MessageTemplate(
        "cli.import.discussion",
        zh: """
        识别方式与 format 相同，写出源文本：前置元数据列出识别到的要素，其后每段一行，\
        表格写成带合并单元格的 HTML <table>。默认写出 NAME.md，放在草稿旁边；文件已存在时不覆盖，\
        除非给出 --force。之后可用任何文本编辑器继续修改，再用 govdoc check 和 govdoc export。

        示例：
          govdoc import 草稿.docx
          govdoc import -o 报告.md --force 草稿.odt
        """,
        en: """
        Recognises the draft as format does and writes source text: the front matter with what was \
        recognised, then one line per paragraph, tables as HTML <table> with merged cells. By \
        default it writes NAME.md beside the draft, and never overwrites an existing file unless \
        --force is given. Go on editing it in any text editor, then use govdoc check and govdoc export.

        Examples:
          govdoc import draft.docx
          govdoc import -o report.md --force draft.odt
        """)
    public static let cliImportOutput = MessageTemplate("cli.import.output", zh: "输出的源文件（默认 NAME.md）。", en: "The source file to write (default NAME.md).")
    public static let cliImportForce = MessageTemplate("cli.import.force", zh: "覆盖已有的输出文件。", en: "Overwrite an existing output file.")
    public static let cliImportDraft = MessageTemplate("cli.import.draft", zh: "要转换的草稿（.docx 或 .odt）。", en: "The draft to import (.docx or .odt).")
    public static let cliImportExists = MessageTemplate("cli.import.exists", zh: "{path} 已存在：用 --force 覆盖", en: "{path} exists: use --force to overwrite it")
    public static let cliImportWrote = MessageTemplate("cli.import.wrote", zh: "已写出 {path}", en: "wrote {path}")
}
