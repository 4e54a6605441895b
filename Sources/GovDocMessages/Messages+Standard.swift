/// The rest of GB/T 9704 in the front matter: 份号, 密级和保密期限, 紧急程度 (§7.2.1–7.2.3),
/// 联合行文, 命令 and 纪要. Ids are stable (`--json` codes).
extension MessageTemplate {
    public static let standardTemplates: [MessageTemplate] = [
        frontMatterCopyNumber, frontMatterClassification, frontMatterUrgency,
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
}
