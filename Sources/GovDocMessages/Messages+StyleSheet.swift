/// Style sheets (样式表, `Templates/*.yaml`) and the annual report's table layouts.
extension MessageTemplate {
    public static let styleSheetTemplates: [MessageTemplate] = [
        styleNotFound, styleUnreadable, styleMalformedYAML, styleExtendsCircle, styleExtendsDeep, styleExtendsMissing,
        styleMerge, styleMissingKey, styleInvalidValue, styleOther, styleNotALength, styleUnknownRole, styleUnusable,
        styleNoRole, styleUnknownFont, styleBadSize, pageSizeNotPositive, pageNoTextBlock, pageEmptyGrid, pageGridTooTall,
        templateNotFound, templateUnreadable, templateNotMapping, templateTableKeys, templateCheckKeys, templateRowList,
        templateCellKind, templateCellContent, styleLocated,
    ]

    /// A style sheet's problem with its file: the `{detail}` of a source file's error.
    public static let styleLocated = MessageTemplate("style.located",
        zh: "样式表 {where}：{message}",
        en: "{where}: {message}")

    public static let styleNotFound = MessageTemplate("style.not-found",
        zh: "找不到名为“{name}”的样式表（已查找：{paths}）；请将环境变量 GOVDOC_TEMPLATES 设为 Templates/ 文件夹",
        en: "no style sheet named '{name}' (searched {paths}); set GOVDOC_TEMPLATES to the Templates/ folder")
    public static let styleUnreadable = MessageTemplate("style.unreadable",
        zh: "无法以 UTF-8 文本读取样式表",
        en: "cannot read the style sheet as UTF-8 text")
    public static let styleMalformedYAML = MessageTemplate("style.yaml",
        zh: "YAML 格式有误：{detail}",
        en: "malformed YAML: {detail}")
    public static let styleExtendsCircle = MessageTemplate("style.extends.circle",
        zh: "`extends:` 形成了循环：{chain}",
        en: "`extends:` goes round in a circle: {chain}")
    public static let styleExtendsDeep = MessageTemplate("style.extends.deep",
        zh: "`extends:` 嵌套超过 8 层：{chain}",
        en: "`extends:` goes more than 8 sheets deep: {chain}")
    public static let styleExtendsMissing = MessageTemplate("style.extends.missing",
        zh: "`extends: {name}`：没有这个样式表（已查找：{paths}）",
        en: "`extends: {name}`: no such style sheet (searched {paths})")
    public static let styleMerge = MessageTemplate("style.extends.merge",
        zh: "无法与 {name} 合并：{detail}",
        en: "cannot merge with {name}: {detail}")
    public static let styleMissingKey = MessageTemplate("style.missing-key",
        zh: "缺少“{key}”（位置：{at}）",
        en: "missing '{key}' at {at}")
    public static let styleInvalidValue = MessageTemplate("style.invalid",
        zh: "取值有误：{detail}（位置：{at}）",
        en: "{detail} at {at}")
    public static let styleOther = MessageTemplate("style.other",
        zh: "样式表有误：{detail}",
        en: "{detail}")
    public static let styleNotALength = MessageTemplate("style.length",
        zh: "“{value}”不是长度（请用 mm 或 pt）",
        en: "'{value}' is not a length (use mm or pt)")
    public static let styleUnknownRole = MessageTemplate("style.unknown-role",
        zh: "未知的角色“{role}”（应是以下之一：{roles}）",
        en: "unknown role '{role}' (expected one of {roles})")
    public static let styleUnusable = MessageTemplate("style.unusable",
        zh: "样式表不可用：{detail}",
        en: "the style sheet cannot be used: {detail}")
    public static let styleNoRole = MessageTemplate("style.role.missing",
        zh: "没有角色“{role}”的样式",
        en: "no style for role '{role}'")
    public static let styleUnknownFont = MessageTemplate("style.role.font",
        zh: "角色“{role}”用了字体“{font}”，但 fonts 中没有它",
        en: "role '{role}' names font '{font}', which is not in fonts")
    public static let styleBadSize = MessageTemplate("style.role.size",
        zh: "角色“{role}”的字号 {size} pt 不可用",
        en: "role '{role}' has size {size} pt")
    public static let pageSizeNotPositive = MessageTemplate("style.page.size",
        zh: "页面尺寸必须大于 0",
        en: "page size must be positive")
    public static let pageNoTextBlock = MessageTemplate("style.page.margins",
        zh: "页边距过大，没有留下版心",
        en: "margins leave no text block")
    public static let pageEmptyGrid = MessageTemplate("style.page.grid",
        zh: "版心至少要有一行、每行至少一个字",
        en: "grid needs at least one line and one character")
    public static let pageGridTooTall = MessageTemplate("style.page.grid-height",
        zh: "{lines} 行、行距 {pitch} pt 放不进 {height} pt 高的版心",
        en: "{lines} lines of {pitch} pt do not fit the {height} pt text block")

    public static let templateNotFound = MessageTemplate("template.not-found",
        zh: "找不到名为“{name}”的年度报告表格模板（已查找：{paths}）",
        en: "no annual-report template named '{name}' in {paths}")
    public static let templateUnreadable = MessageTemplate("template.unreadable",
        zh: "无法以 UTF-8 文本读取表格模板",
        en: "cannot read the template as UTF-8 text")
    public static let templateNotMapping = MessageTemplate("template.not-mapping",
        zh: "表格模板应是一组映射（键: 值）",
        en: "expected a mapping")
    public static let templateTableKeys = MessageTemplate("template.table",
        zh: "每个表格需要 section、columns 和 rows",
        en: "a table needs section, columns and rows")
    public static let templateCheckKeys = MessageTemplate("template.check",
        zh: "每条勾稽规则需要 columns: \"cA:cB\"、left: [行] 和 right: [行]",
        en: "a check needs columns: \"cA:cB\", left: [rows], right: [rows]")
    public static let templateRowList = MessageTemplate("template.row",
        zh: "每一行应是单元格的列表",
        en: "a row must be a list of cells")
    public static let templateCellKind = MessageTemplate("template.cell",
        zh: "单元格应是文字或映射",
        en: "a cell is text or a mapping")
    public static let templateCellContent = MessageTemplate("template.cell-content",
        zh: "单元格需要 text、input、amount 或 sum",
        en: "a cell needs text, input, amount or sum")
}
