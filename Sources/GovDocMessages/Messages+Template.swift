/// `govdoc template`: Word and LibreOffice templates from a style sheet.
extension MessageTemplate {
    public static let officeTemplateTemplates: [MessageTemplate] = [
        cliTemplateAbstract, cliTemplateDiscussion, cliTemplateDotx, cliTemplateOtt, cliTemplateKind, cliTemplateStyle,
        cliTemplateDate, cliTemplateOutput, cliTemplateNoFormat,
    ]

    public static let cliTemplateAbstract = MessageTemplate("cli.template.abstract",
        zh: "生成 Word 模板（.dotx）或 LibreOffice 模板（.ott），带有公文的页面设置和样式。",
        en: "Write a Word template (.dotx) or a LibreOffice template (.ott) with the 公文's page setup and styles.")
    public static let cliTemplateDiscussion = MessageTemplate("cli.template.discussion",
        zh: """
        模板带有样式表的页面（A4、页边距、每页22行每行28字）、“— 1 —”页码和全部样式：
        公文标题、一级标题至四级标题（带大纲级别）、公文正文、附件说明、发文机关署名、成文日期等。
        在 Word、WPS 或 LibreOffice 中用模板新建文档，就从这些样式开始写。
        县里自己的样式表（--style）生成它自己的模板。

        示例：
          govdoc template --dotx                          （生成 公文模板.dotx）
          govdoc template --dotx --ott --kind notice --style county -o 通知模板
        """,
        en: """
        The template carries the style sheet's page (A4, margins, 22 lines of 28 characters), the \
        "— 1 —" page numbers and every style: 公文标题, 一级标题 to 四级标题 (with outline levels), \
        公文正文, 附件说明, 发文机关署名, 成文日期 and the others. A document started from it in \
        Word, WPS or LibreOffice starts from these styles. A county's style sheet (--style) gives \
        its own template.

        Examples:
          govdoc template --dotx                          (writes 公文模板.dotx)
          govdoc template --dotx --ott --kind notice --style county -o notice-template
        """)
    public static let cliTemplateDotx = MessageTemplate("cli.template.dotx",
        zh: "生成 Word/WPS 模板（.dotx）。", en: "Write a Word/WPS template (.dotx).")
    public static let cliTemplateOtt = MessageTemplate("cli.template.ott",
        zh: "生成 LibreOffice 模板（.ott）。", en: "Write a LibreOffice template (.ott).")
    public static let cliTemplateKind = MessageTemplate("cli.template.kind",
        zh: "文种：report（一般公文，默认）、notice（带版头和版记的通知）、letter（信函格式）。",
        en: "The kind: report (plain, the default), notice (with 版头 and 版记), letter (信函格式).")
    public static let cliTemplateStyle = MessageTemplate("cli.template.style",
        zh: "样式表的名称或路径（默认：该文种的标准样式表）。",
        en: "A style sheet's name or path (default: the kind's standard sheet).")
    public static let cliTemplateDate = MessageTemplate("cli.template.date",
        zh: "示例成文日期，格式 YYYY-MM-DD；默认为今天。", en: "The sample date, YYYY-MM-DD; default: today.")
    public static let cliTemplateOutput = MessageTemplate("cli.template.output",
        zh: "输出文件名（不含扩展名，默认：公文模板）；已有的文件不会被覆盖。",
        en: "The output name without extension (default: 公文模板); existing files are never overwritten.")
    public static let cliTemplateNoFormat = MessageTemplate("cli.template.no-format",
        zh: "请指定 --dotx 或 --ott（可同时指定）", en: "choose --dotx or --ott (or both)")
}
