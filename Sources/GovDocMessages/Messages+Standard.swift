/// The rest of GB/T 9704 in the front matter: 份号, 密级和保密期限, 紧急程度 (§7.2.1–7.2.3),
/// 联合行文, 命令 and 纪要. Ids are stable (`--json` codes).
extension MessageTemplate {
    public static let standardTemplates: [MessageTemplate] = [
        frontMatterCopyNumber, frontMatterClassification, frontMatterUrgency, frontMatterAttendanceKind,
        frontMatterJointHeaderOne, sourceOrderNeedsHeader, sourceMinutesNeedsHeader,
    ]

    public static let frontMatterCopyNumber = MessageTemplate("source.front-matter.copy",
        zh: "`copy`（份号）应是 6 位阿拉伯数字（如 000123；不足 6 位的数字前面补 0），这里是“{found}”",
        en: "`copy` (份号) must be six Arabic digits (e.g. 000123; a shorter number is zero-padded), found \"{found}\"")
    public static let frontMatterClassification = MessageTemplate("source.front-matter.classification",
        zh: "`classification`（密级和保密期限）应是 秘密、机密 或 绝密，可加 ★ 和保密期限（如 秘密★1年、机密★6个月），这里是“{found}”",
        en: "`classification` (密级和保密期限) must be 秘密, 机密 or 绝密, optionally ★ and a period (秘密★1年, 机密★6个月), found \"{found}\"")
    public static let frontMatterUrgency = MessageTemplate("source.front-matter.urgency",
        zh: "`urgency`（紧急程度）应是 特急 或 加急（电报还可用 特提、平急），这里是“{found}”",
        en: "`urgency` (紧急程度) must be 特急 or 加急 (telegrams also 特提, 平急), found \"{found}\"")
    public static let frontMatterAttendanceKind = MessageTemplate("source.front-matter.attendance-kind",
        zh: "`{key}`（出席、请假、列席人员）只用于纪要（kind: minutes），本文种 `{kind}` 没有这一要素",
        en: "`{key}` (出席/请假/列席) belongs to minutes (kind: minutes); kind `{kind}` has no such element")
    public static let frontMatterJointHeaderOne = MessageTemplate("source.front-matter.joint-header-one",
        zh: "联合行文的发文机关标志 `header` 列表至少要有两个机关，这里只有“{name}”：一个机关请直接写 `header: {name}`",
        en: "a joint `header` lists two or more issuers, found only \"{name}\": for one issuer write `header: {name}`")
    public static let sourceOrderNeedsHeader = MessageTemplate("source.order.no-header",
        zh: "命令（kind: order）需要发文机关标志：请写 `header:`（如 青山县人民政府令）",
        en: "an order (kind: order) needs its mark: expected `header:` (e.g. 青山县人民政府令)")
    public static let sourceMinutesNeedsHeader = MessageTemplate("source.minutes.no-header",
        zh: "纪要（kind: minutes）需要纪要标志：请写 `header:`（如 青山县人民政府常务会议纪要）",
        en: "minutes (kind: minutes) need their mark: expected `header:` (e.g. 青山县人民政府常务会议纪要)")
}
