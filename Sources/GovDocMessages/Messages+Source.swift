/// The source format's errors: the file itself, the front matter (文件头), the body, tables,
/// attachments. Ids are stable (`--json` codes of a program reading them).
extension MessageTemplate {
    public static let sourceTemplates: [MessageTemplate] = [
        sourceCannotRead, sourceControlCharacter, sourceEmptyFile, sourceNoFrontMatter, sourceFrontMatterNotClosed,
        sourceZipPackage, sourceNotUTF8, sourceNotUTF8GBK, sourceStyleSheet,
        sourceAttachmentNoTitleNone, sourceAttachmentNoTitleSome, sourceNoticeNeedsHeader, sourceLetterNeedsMark,
        sourceTableUnclosed, sourceTableBad, sourcePipeNoRule, sourcePipeRagged,
        frontMatterMalformedYAML, frontMatterEmpty, frontMatterNotMapping, frontMatterKeyNotText, frontMatterDuplicateKey,
        frontMatterNotText, frontMatterBadDate, frontMatterNotList, frontMatterItemNotText, frontMatterUnknownKind,
        frontMatterEmptyTitle, frontMatterSealNotBool, frontMatterFirstPage, frontMatterDataUnreadable,
        frontMatterUnknownKey, frontMatterUnknownKeyGuess, frontMatterDataNotAnnual, frontMatterAnnualWithoutData,
        frontMatterNoTitle, foundMapping, foundList, foundValue, foundText,
        annualTemplateUnloadable, annualSectionMissing, annualTypedTable,
        yamlExpectedCommaOrBracket, yamlExpectedCommaOrBrace, yamlMappingNotAllowed, yamlExpectedColon,
        yamlBadCharacter, yamlExpectedKey, yamlExpectedContent, yamlUnclosedQuote, yamlOther,
    ]

    // MARK: YAML problems (libyaml's words, the common ones in the clerk's language)

    public static let yamlExpectedCommaOrBracket = MessageTemplate("yaml.expected-comma-or-bracket",
        zh: "列表 [ ] 中缺少逗号或右方括号 ]", en: "did not find expected ',' or ']'")
    public static let yamlExpectedCommaOrBrace = MessageTemplate("yaml.expected-comma-or-brace",
        zh: "{ } 中缺少逗号或右花括号 }", en: "did not find expected ',' or '}'")
    public static let yamlMappingNotAllowed = MessageTemplate("yaml.mapping-not-allowed",
        zh: "此处不能再写“键: 值”（值里的冒号请加引号，或检查缩进）", en: "mapping values are not allowed in this context")
    public static let yamlExpectedColon = MessageTemplate("yaml.expected-colon",
        zh: "缺少冒号 `:`（应写成“键: 值”）", en: "could not find expected ':'")
    public static let yamlBadCharacter = MessageTemplate("yaml.bad-character",
        zh: "有不能出现在这里的字符（例如用 Tab 缩进；请改用空格）", en: "found character that cannot start any token")
    public static let yamlExpectedKey = MessageTemplate("yaml.expected-key",
        zh: "这里应是键名（请检查缩进）", en: "did not find expected key")
    public static let yamlExpectedContent = MessageTemplate("yaml.expected-content",
        zh: "这里缺少值", en: "did not find expected node content")
    public static let yamlUnclosedQuote = MessageTemplate("yaml.unclosed-quote",
        zh: "引号没有配对（缺少结束的引号）", en: "found unexpected end of stream")
    public static let yamlOther = MessageTemplate("yaml.other",
        zh: "{problem}（YAML 解析器的原话）", en: "{problem}")

    // MARK: the file

    public static let sourceCannotRead = MessageTemplate("source.file.unreadable",
        zh: "无法读取文件：{detail}",
        en: "cannot read the file: {detail}")
    public static let sourceControlCharacter = MessageTemplate("source.character.control",
        zh: "文中不能有控制字符 U+{code}：请删除它",
        en: "control character U+{code} is not allowed in a document: expected text (remove it)")
    public static let sourceEmptyFile = MessageTemplate("source.file.empty",
        zh: "文件是空的：应以 `---` 开始文件头，并写明 `title:`（标题）",
        en: "the file is empty: expected front matter starting with `---` and a `title:`")
    public static let sourceNoFrontMatter = MessageTemplate("source.front-matter.missing",
        zh: "缺少文件头：文件第一行应是 `---`，接着写 `title: …`（标题），再以 `---` 结束",
        en: "expected front matter: the file must start with a `---` line, then `title: …`, then `---`")
    public static let sourceFrontMatterNotClosed = MessageTemplate("source.front-matter.not-closed",
        zh: "文件头没有结束：各项设置之后应有一行 `---`",
        en: "the front matter is not closed: expected a `---` line after the keys")
    public static let sourceZipPackage = MessageTemplate("source.file.zip",
        zh: "这是一个压缩包（.docx 或 .odt 文件？），不是 govdoc 的源文件：源文件应是以 `---` 开头的 UTF-8 文本",
        en: "this is a zip package (a .docx or .odt?), not a govdoc source file: expected UTF-8 text starting with `---`")
    public static let sourceNotUTF8 = MessageTemplate("source.file.not-utf8",
        zh: "文件不是有效的 UTF-8 文本（请另存为 UTF-8 编码，例如 `iconv -f GB18030 -t UTF-8 原文件 > 新文件`）",
        en: "the file is not valid UTF-8 text (save the file as UTF-8, e.g. `iconv -f GB18030 -t UTF-8 FILE > NEW`)")
    public static let sourceNotUTF8GBK = MessageTemplate("source.file.gbk",
        zh: "文件不是有效的 UTF-8 文本（看起来是 GBK/GB18030 编码：请用 `iconv -f GB18030 -t UTF-8 原文件 > 新文件` 转换）",
        en: "the file is not valid UTF-8 text (it looks like GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8 FILE > NEW`)")
    public static let sourceStyleSheet = MessageTemplate("source.style.unloadable",
        zh: "无法载入样式表：{detail}",
        en: "cannot load the style sheet: {detail}")

    // MARK: attachments, kinds

    public static let sourceAttachmentNoTitleNone = MessageTemplate("source.attachment.no-title",
        zh: "附件{n}没有名称：文件头的 `attachments:` 没有列出附件；每一行 `<attachment/>` 应按顺序对应一个附件名称",
        en: "attachment {n} has no title: `attachments:` in the front matter names none; expected one title per `<attachment/>` line, in order")
    public static let sourceAttachmentNoTitleSome = MessageTemplate("source.attachment.too-many",
        zh: "附件{n}没有名称：文件头的 `attachments:` 只列出了 {count} 个附件；每一行 `<attachment/>` 应按顺序对应一个附件名称",
        en: "attachment {n} has no title: `attachments:` in the front matter names {count}; expected one title per `<attachment/>` line, in order")
    public static let sourceNoticeNeedsHeader = MessageTemplate("source.notice.no-header",
        zh: "`kind: notice`（通知）需要 `header:`（发文机关标志，例如 `某某镇人民政府文件`）",
        en: "`kind: notice` needs `header:` (发文机关标志, e.g. `某某镇人民政府文件`)")
    public static let sourceLetterNeedsMark = MessageTemplate("source.letter.no-mark",
        zh: "`kind: letter`（信函）需要 `header:` 或 `issuer:`（信函的发文机关标志，例如 `某某镇人民政府`）",
        en: "`kind: letter` needs `header:` or `issuer:` (the letterhead's 发文机关标志, e.g. `某某镇人民政府`)")

    // MARK: tables

    public static let sourceTableUnclosed = MessageTemplate("source.table.unclosed",
        zh: "表格 <table> 没有结束：应有一行 </table>",
        en: "unclosed <table>: expected a </table> line")
    public static let sourceTableBad = MessageTemplate("source.table.layout",
        zh: "表格有误：{detail}",
        en: "bad table: {detail}")
    public static let sourcePipeNoRule = MessageTemplate("source.table.pipe-rule",
        zh: "竖线表格的表头行下面需要一行分隔线，例如 `|---|---|`",
        en: "a pipe table needs a rule line like `|---|---|` under its header row")
    public static let sourcePipeRagged = MessageTemplate("source.table.pipe-cells",
        zh: "这一行有 {count} 个单元格，应与表头行一样有 {expected} 个",
        en: "this row has {count} cells, expected {expected} like the header row")

    // MARK: front matter (文件头)

    public static let frontMatterMalformedYAML = MessageTemplate("source.front-matter.yaml",
        zh: "文件头的 YAML 格式有误：{problem}",
        en: "malformed YAML in the front matter: {problem}")
    public static let frontMatterEmpty = MessageTemplate("source.front-matter.empty",
        zh: "文件头是空的：至少应写 `title:`（标题）",
        en: "the front matter is empty: expected at least `title:`")
    public static let frontMatterNotMapping = MessageTemplate("source.front-matter.not-mapping",
        zh: "文件头应是一行一项的 `键: 值`，这里是{found}",
        en: "the front matter must be `key: value` lines, found {found}")
    public static let frontMatterKeyNotText = MessageTemplate("source.front-matter.key",
        zh: "这里应是键名，却是{found}",
        en: "expected a key name, found {found}")
    public static let frontMatterDuplicateKey = MessageTemplate("source.front-matter.duplicate-key",
        zh: "`{key}` 写了两次（第一次在第{line}行）",
        en: "`{key}` is given twice (first on line {line})")
    public static let frontMatterNotText = MessageTemplate("source.front-matter.not-text",
        zh: "`{key}` 应是文字，这里是{found}",
        en: "`{key}` must be text, found {found}")
    public static let frontMatterBadDate = MessageTemplate("source.front-matter.date",
        zh: "`{key}` 应是实际存在的日期，格式为 YYYY-MM-DD（例如 2024-04-03），这里是 `{value}`",
        en: "`{key}` must be a date YYYY-MM-DD that exists, found `{value}`")
    public static let frontMatterNotList = MessageTemplate("source.front-matter.not-list",
        zh: "`{key}` 应是列表，例如 `[甲, 乙]`，这里是{found}",
        en: "`{key}` must be a list like `[a, b]`, found {found}")
    public static let frontMatterItemNotText = MessageTemplate("source.front-matter.item",
        zh: "`{key}` 的每一项都应是文字，这里是{found}",
        en: "each item of `{key}` must be text, found {found}")
    public static let frontMatterUnknownKind = MessageTemplate("source.front-matter.kind",
        zh: "未知的文种 `{kind}`：应是 {kinds} 之一",
        en: "unknown kind `{kind}`: expected one of {kinds}")
    public static let frontMatterEmptyTitle = MessageTemplate("source.front-matter.empty-title",
        zh: "`title` 是空的：应写公文标题",
        en: "`title` is empty: expected the document's title")
    public static let frontMatterSealNotBool = MessageTemplate("source.front-matter.seal",
        zh: "`seal`（是否加盖印章）应是 true 或 false，或印章图片的路径（如 seal/county.png），这里是{found}",
        en: "`seal` must be true or false, or the path of a seal image (e.g. seal/county.png), found {found}")
    public static let frontMatterFirstPage = MessageTemplate("source.front-matter.first-page",
        zh: "`first-page`（起始页码）应是从 1 起的整数，这里是{found}",
        en: "`first-page` must be a whole number from 1, found {found}")
    public static let frontMatterDataUnreadable = MessageTemplate("source.front-matter.data",
        zh: "无法读取 `data`：{detail}",
        en: "cannot read `data`: {detail}")
    public static let frontMatterUnknownKey = MessageTemplate("source.front-matter.unknown-key",
        zh: "文件头中有未知的键 `{key}`（可用的键：{keys}）",
        en: "unknown front matter key `{key}` (known keys: {keys})")
    public static let frontMatterUnknownKeyGuess = MessageTemplate("source.front-matter.unknown-key-guess",
        zh: "文件头中有未知的键 `{key}`：是否应为 `{guess}`？（可用的键：{keys}）",
        en: "unknown front matter key `{key}`: did you mean `{guess}`? (known keys: {keys})")
    public static let frontMatterDataNotAnnual = MessageTemplate("source.front-matter.data-kind",
        zh: "`data` 用于年度报告（`kind: annual-report`）的数据；本文件是 `kind: {kind}`",
        en: "`data` holds the numbers of `kind: annual-report`; this file is `kind: {kind}`")
    public static let frontMatterAnnualWithoutData = MessageTemplate("source.front-matter.no-data",
        zh: "年度报告（`kind: annual-report`）需要 `data:` 填写各表格的数据（可用 `govdoc new annual-report` 生成）",
        en: "`kind: annual-report` needs `data:` with the numbers of its tables (see `govdoc new annual-report`)")
    public static let frontMatterNoTitle = MessageTemplate("source.front-matter.no-title",
        zh: "文件头没有 `title`：应写 `title: …`（标题）",
        en: "the front matter has no `title`: expected `title: …` (标题)")
    /// What was found where a value was expected (the `{found}` of the messages above).
    public static let foundMapping = MessageTemplate("source.found.mapping", zh: "一组映射（键: 值）", en: "a mapping")
    public static let foundList = MessageTemplate("source.found.list", zh: "一个列表", en: "a list")
    public static let foundValue = MessageTemplate("source.found.value", zh: "一个值", en: "a value")
    public static let foundText = MessageTemplate("source.found.text", zh: "值 `{text}`", en: "`{text}`")

    // MARK: annual report in the body

    public static let annualTemplateUnloadable = MessageTemplate("source.annual-report.template",
        zh: "无法载入年度报告的表格模板：{detail}",
        en: "cannot load the annual-report template: {detail}")
    public static let annualSectionMissing = MessageTemplate("source.annual-report.section-missing",
        zh: "缺少“{number}、{name}”一节：该节的表格要放在这个标题下",
        en: "the section {number}、{name} is missing: its table goes under that heading")
    public static let annualTypedTable = MessageTemplate("source.annual-report.typed-table",
        zh: "此处的表格由 `data` 自动生成：请删除第{section}节标题下手工录入的表格",
        en: "this table is generated from `data`: remove the typed table under section {section}")
}
