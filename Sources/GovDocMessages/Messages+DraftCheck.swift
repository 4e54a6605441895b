/// `govdoc check` on a .docx/.odt draft: every deviation from GB/T 9704 that the file itself shows
/// (GovDocCheck's `DraftCheck`). The id of each finding's template is its `--json` code.
extension MessageTemplate {
    public static let draftCheckTemplates: [MessageTemplate] = [
        draftPageUnstated, draftPaper, draftMargin, draftGridLines, draftGridChars,
        draftFontFamily, draftFontSize, draftFontMore,
        draftPageNumberMissing, draftPageNumberForm, draftPageNumberPosition, draftPageNumberFont,
        draftDateForm, draftDocumentNumberForm, draftAttachmentsForm, draftAttachmentsPunctuation,
        draftPunctuation, draftColor, draftTitleAlignment,
        draftSideTop, draftSideBottom, draftSideLeft, draftSideRight,
        draftPagesAll, draftPagesOdd, draftPagesEven,
        draftAlignLeft, draftAlignCenter, draftAlignRight, draftAlignOuter, draftAlignUnstated,
        draftUnstated,
        draftRoleIssuerMark, draftRoleDocumentNumber, draftRoleTitle, draftRoleRecipient,
        draftRoleHeading1, draftRoleHeading2, draftRoleHeading3, draftRoleHeading4, draftRoleBody,
        draftRoleAttachmentNote, draftRoleSignatureIssuer, draftRoleSignatureDate, draftRoleNote,
        draftRoleImprint, draftRoleAttachmentLabel, draftRoleAttachmentTitle,
        draftLookXiaobiaosong, draftLookFangsong, draftLookHeiti, draftLookKaiti, draftLookSong,
        draftLookFangsongBold, draftSize, draftPoints,
    ]

    // MARK: page and grid (§5.2, §5.2.2)

    public static let draftPageUnstated = MessageTemplate(
        "check.draft.page.unstated",
        zh: "文件没有写明纸张大小和页边距，打开它的程序会按各自的默认值排版；应为A4纸（210毫米×297毫米），天头（上白边）37毫米，下白边35毫米，订口（左白边）28毫米，右白边26毫米",
        en: "the file states no paper size or margins, so each program lays it out with its own defaults; expected A4 (210 mm × 297 mm) with margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm")
    public static let draftPaper = MessageTemplate(
        "check.draft.paper",
        zh: "纸张为{width}毫米×{height}毫米，应为A4纸（210毫米×297毫米，竖放）",
        en: "the paper is {width} mm × {height} mm; expected A4 portrait (210 mm × 297 mm)")
    public static let draftMargin = MessageTemplate(
        "check.draft.margin",
        zh: "{side}白边为{actual}毫米，应为{expected}毫米（误差不超过1毫米）",
        en: "the {side} margin is {actual} mm; expected {expected} mm (±1 mm)")
    public static let draftGridLines = MessageTemplate(
        "check.draft.grid.lines",
        zh: "每面约排{lines}行（版心高{height}毫米，正文行距{pitch}磅），应为22行（行距约28.95磅）",
        en: "about {lines} lines a page (text block {height} mm high, body line pitch {pitch} pt); expected 22 lines (a pitch of about 28.95 pt)")
    public static let draftGridChars = MessageTemplate(
        "check.draft.grid.chars",
        zh: "每行约排{chars}个字（版心宽{width}毫米，正文字号{size}磅），应为28个字（3号字，版心宽156毫米）",
        en: "about {chars} characters a line (text block {width} mm wide, body type {size} pt); expected 28 (16 pt type in a 156 mm block)")

    // MARK: fonts by element (§7)

    public static let draftFontFamily = MessageTemplate(
        "check.draft.font.family",
        zh: "{role}的字体为{found}，应为{expected}{more}",
        en: "the {role} is set in {found}; expected {expected}{more}")
    public static let draftFontSize = MessageTemplate(
        "check.draft.font.size",
        zh: "{role}的字号为{found}，应为{expected}{more}",
        en: "the {role} is set at {found}; expected {expected}{more}")
    /// Appended to a font finding: how many more paragraphs of the element share the fault.
    public static let draftFontMore = MessageTemplate(
        "check.draft.font.more",
        zh: "（此后另有{count}段同样如此）",
        en: " (and {count} more like it)")

    // MARK: page number (§7.5)

    public static let draftPageNumberMissing = MessageTemplate(
        "check.draft.pagenumber.missing",
        zh: "页脚没有页码；应在版心下边缘之下用4号半角宋体阿拉伯数字编排“— 1 —”，单页码居右空一字，双页码居左空一字",
        en: "no page number in the footer; expected “— 1 —” in 14 pt half-width 宋体 (SimSun) Arabic numerals under the text block, odd pages right and even pages left, one character in")
    public static let draftPageNumberForm = MessageTemplate(
        "check.draft.pagenumber.form",
        zh: "{pages}的页码写作“{found}”，应为“— 1 —”：数字左右各放一条一字线（—）",
        en: "the page number on {pages} reads “{found}”; expected “— 1 —”: one em dash (—) on each side of the number")
    public static let draftPageNumberPosition = MessageTemplate(
        "check.draft.pagenumber.position",
        zh: "{pages}的页码{found}，应{expected}（单页码居右空一字，双页码居左空一字）",
        en: "the page number on {pages} is {found}; expected {expected} (odd pages right, even pages left, one character in)")
    public static let draftPageNumberFont = MessageTemplate(
        "check.draft.pagenumber.font",
        zh: "{pages}的页码为{found}，应为4号（14磅）半角宋体阿拉伯数字",
        en: "the page number on {pages} is set in {found}; expected 14 pt (size 4) half-width 宋体 (SimSun) Arabic numerals")

    // MARK: forms of dates, numbers, attachments, punctuation (§7.2.5, §7.3.4, §7.3.5.4, §9)

    public static let draftDateForm = MessageTemplate(
        "check.draft.date.form",
        zh: "日期“{found}”应写作“{expected}”：用阿拉伯数字，年份写全称，月、日不编虚位（1不编为01）",
        en: "the date “{found}” should read “{expected}”: Arabic numerals, the year in full, no leading zero in month or day")
    public static let draftDocumentNumberForm = MessageTemplate(
        "check.draft.docnumber.form",
        zh: "发文字号“{found}”应写作“{expected}”：年份全称用六角括号〔〕括入，序号不加“第”字，不编虚位（1不编为001）",
        en: "the document number “{found}” should read “{expected}”: the full year in tortoise-shell brackets 〔〕, no 第 and no leading zeros in the serial")
    public static let draftAttachmentsForm = MessageTemplate(
        "check.draft.attachments.form",
        zh: "附件说明“{found}”应写作“{expected}”：“附件”后用全角冒号，有多个附件时用阿拉伯数字加“.”标注序号（如“附件：1.×××”），只有一个附件时不标序号",
        en: "the attachment note “{found}” should read “{expected}”: a full-width colon after 附件, several attachments numbered with Arabic numerals and a full stop (附件：1.…), a single one not numbered")
    public static let draftAttachmentsPunctuation = MessageTemplate(
        "check.draft.attachments.punctuation",
        zh: "附件名称“{found}”后不加标点符号，应为“{expected}”",
        en: "no punctuation after the attachment name “{found}”; expected “{expected}”")
    public static let draftPunctuation = MessageTemplate(
        "check.draft.punctuation",
        zh: "中文行文中有{count}处半角标点，第一处是第{position}个字“{found}”，应为全角“{expected}”",
        en: "{count} half-width punctuation marks in Chinese text, the first at character {position}: “{found}”, expected the full-width “{expected}”")

    // MARK: colour (§5.2.3) and the title's place (§7.3.1)

    public static let draftColor = MessageTemplate(
        "check.draft.color",
        zh: "{role}中有{found}色文字，除发文机关标志外文字应为黑色{more}",
        en: "the {role} has text in colour {found}; all text but the issuer mark is black{more}")
    public static let draftTitleAlignment = MessageTemplate(
        "check.draft.title.alignment",
        zh: "标题{found}，应居中排布",
        en: "the title is {found}; it is centred")

    // MARK: words that fill the placeholders above

    public static let draftSideTop = MessageTemplate("check.draft.side.top", zh: "天头（上）", en: "top")
    public static let draftSideBottom = MessageTemplate("check.draft.side.bottom", zh: "下", en: "bottom")
    public static let draftSideLeft = MessageTemplate("check.draft.side.left", zh: "订口（左）", en: "left")
    public static let draftSideRight = MessageTemplate("check.draft.side.right", zh: "右", en: "right")
    public static let draftPagesAll = MessageTemplate("check.draft.pages.all", zh: "各页", en: "every page")
    public static let draftPagesOdd = MessageTemplate("check.draft.pages.odd", zh: "单页", en: "odd pages")
    public static let draftPagesEven = MessageTemplate("check.draft.pages.even", zh: "双页", en: "even pages")
    public static let draftAlignLeft = MessageTemplate("check.draft.align.left", zh: "居左", en: "on the left")
    public static let draftAlignCenter = MessageTemplate("check.draft.align.center", zh: "居中", en: "centred")
    public static let draftAlignRight = MessageTemplate("check.draft.align.right", zh: "居右", en: "on the right")
    public static let draftAlignOuter = MessageTemplate(
        "check.draft.align.outer", zh: "单页居右、双页居左（在页面设置中勾选“奇偶页不同”）",
        en: "right on odd pages and left on even pages (different odd and even footers)")
    public static let draftAlignUnstated = MessageTemplate("check.draft.align.unstated", zh: "未设对齐（居左）", en: "not aligned (left)")
    public static let draftUnstated = MessageTemplate("check.draft.unstated", zh: "未指定（由打开它的程序决定）", en: "not stated (left to the program that opens it)")

    public static let draftRoleIssuerMark = MessageTemplate("check.draft.role.issuer-mark", zh: "发文机关标志", en: "issuer mark")
    public static let draftRoleDocumentNumber = MessageTemplate("check.draft.role.document-number", zh: "发文字号", en: "document number")
    public static let draftRoleTitle = MessageTemplate("check.draft.role.title", zh: "标题", en: "title")
    public static let draftRoleRecipient = MessageTemplate("check.draft.role.recipient", zh: "主送机关", en: "recipient line")
    public static let draftRoleHeading1 = MessageTemplate("check.draft.role.heading1", zh: "一级标题", en: "level-1 heading")
    public static let draftRoleHeading2 = MessageTemplate("check.draft.role.heading2", zh: "二级标题", en: "level-2 heading")
    public static let draftRoleHeading3 = MessageTemplate("check.draft.role.heading3", zh: "三级标题", en: "level-3 heading")
    public static let draftRoleHeading4 = MessageTemplate("check.draft.role.heading4", zh: "四级标题", en: "level-4 heading")
    public static let draftRoleBody = MessageTemplate("check.draft.role.body", zh: "正文", en: "body text")
    public static let draftRoleAttachmentNote = MessageTemplate("check.draft.role.attachment-note", zh: "附件说明", en: "attachment note")
    public static let draftRoleSignatureIssuer = MessageTemplate("check.draft.role.signature-issuer", zh: "发文机关署名", en: "issuer's signature")
    public static let draftRoleSignatureDate = MessageTemplate("check.draft.role.signature-date", zh: "成文日期", en: "date")
    public static let draftRoleNote = MessageTemplate("check.draft.role.note", zh: "附注", en: "note")
    public static let draftRoleImprint = MessageTemplate("check.draft.role.imprint", zh: "版记", en: "imprint")
    public static let draftRoleAttachmentLabel = MessageTemplate("check.draft.role.attachment-label", zh: "附件标识", en: "attachment label")
    public static let draftRoleAttachmentTitle = MessageTemplate("check.draft.role.attachment-title", zh: "附件标题", en: "attachment title")

    public static let draftLookXiaobiaosong = MessageTemplate("check.draft.look.xiaobiaosong", zh: "小标宋体（方正小标宋简体）", en: "小标宋 (FZXiaoBiaoSong)")
    public static let draftLookFangsong = MessageTemplate("check.draft.look.fangsong", zh: "仿宋体（仿宋_GB2312或仿宋）", en: "仿宋 (FangSong, 仿宋_GB2312)")
    public static let draftLookFangsongBold = MessageTemplate("check.draft.look.fangsong-bold", zh: "仿宋体（可加粗）", en: "仿宋 (FangSong; bold allowed)")
    public static let draftLookHeiti = MessageTemplate("check.draft.look.heiti", zh: "黑体", en: "黑体 (SimHei)")
    public static let draftLookKaiti = MessageTemplate("check.draft.look.kaiti", zh: "楷体（楷体_GB2312或楷体）", en: "楷体 (KaiTi, 楷体_GB2312)")
    public static let draftLookSong = MessageTemplate("check.draft.look.song", zh: "宋体", en: "宋体 (SimSun)")
    /// A size: `16磅（3号）` / `16 pt (size 3)`; `{name}` is the 字号 name, or the points again.
    public static let draftSize = MessageTemplate("check.draft.size", zh: "{points}磅（{name}）", en: "{points} pt ({name})")
    /// A size that has no 字号 name.
    public static let draftPoints = MessageTemplate("check.draft.points", zh: "{points}磅", en: "{points} pt")
}
