/// `govdoc fonts` and `export --require-standard-fonts`: which official faces are installed.
extension MessageTemplate {
    public static let fontsTemplates: [MessageTemplate] = [
        cliFontsAbstract, cliFontsDiscussion, cliFontsStyle, cliFontsHeader, cliFontsInstalled, cliFontsMissing,
        cliFontsAllInstalled, cliFontsSomeMissing, fontsMissingFace, fontsUnavailable, cliExportRequireFonts,
    ]

    public static let cliFontsAbstract = MessageTemplate("cli.fonts.abstract",
        zh: "列出公文用的字体（方正小标宋简体、仿宋_GB2312、黑体、楷体_GB2312）是否已安装，以及 PDF 中用什么字体代替。",
        en: "List whether the 公文's faces (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) are installed, and which face stands in for each in the PDF.")
    public static let cliFontsDiscussion = MessageTemplate("cli.fonts.discussion",
        zh: """
        每种字体按确切的字体名查找：样式表中的名称，或与之相同的另一名称（仿宋_GB2312 也可以是“仿宋”，\
        黑体也可以是“SimHei”）。“PDF 中”一栏是 LibreOffice 用 govdoc 的字体配置排 PDF 时实际使用的字体。\
        缺少字体时退出状态为 1。导出 PDF 时加 --require-standard-fonts，缺少字体即报错，不写文件。

        示例：
          govdoc fonts
          govdoc fonts --style county
        """,
        en: """
        Each face is looked up by its exact family name: the style sheet's name, or the same face's \
        other name (仿宋 for 仿宋_GB2312, SimHei for 黑体). The "in the PDF" column is the face \
        LibreOffice sets the PDF in with govdoc's font configuration. The exit status is 1 when a face \
        is missing. With --require-standard-fonts, a PDF export refuses to write when one is.

        Examples:
          govdoc fonts
          govdoc fonts --style county
        """)
    public static let cliFontsStyle = MessageTemplate("cli.fonts.style",
        zh: "样式表名称或文件（默认 gbt9704）",
        en: "the style sheet, by name or file (default gbt9704)")
    public static let cliFontsHeader = MessageTemplate("cli.fonts.header",
        zh: "字体\t用于\t本机\tPDF 中",
        en: "face\tused for\tthis machine\tin the PDF")
    public static let cliFontsInstalled = MessageTemplate("cli.fonts.installed",
        zh: "已安装（{name}）",
        en: "installed ({name})")
    public static let cliFontsMissing = MessageTemplate("cli.fonts.missing",
        zh: "未安装",
        en: "missing")
    public static let cliFontsAllInstalled = MessageTemplate("cli.fonts.all-installed",
        zh: "公文的字体都已安装。",
        en: "every face of the 公文 is installed.")
    public static let cliFontsSomeMissing = MessageTemplate("cli.fonts.some-missing",
        zh: "缺少 {count} 种字体：打印出的页面会用代替的字体，与标准不符。请安装后再打印。",
        en: "{count} faces are missing: printed pages would use the stand-ins, not the standard's faces. Install them before printing.")
    public static let fontsMissingFace = MessageTemplate("fonts.missing-face",
        zh: "未安装字体 {face}（或 {alternative}）：{roles} 在 PDF 中会用 {standIn} 代替",
        en: "the face {face} (or {alternative}) is not installed: {roles} would be set in {standIn} in the PDF")
    public static let fontsUnavailable = MessageTemplate("fonts.unavailable",
        zh: "无法读取字体配置（fontconfig）",
        en: "the font configuration (fontconfig) cannot be read")
    public static let cliExportRequireFonts = MessageTemplate("cli.export.require-standard-fonts",
        zh: "导出 PDF 时，公文的字体缺少任何一种即报错，不写文件（见 govdoc fonts）",
        en: "with --pdf, refuse to write when a face of the 公文 is not installed (see govdoc fonts)")
}
