/// `govdoc check`: the numbering of headings (层次序数) and the sections.
extension MessageTemplate {
    public static let checkTemplates: [MessageTemplate] = [
        checkSkip, checkEmptyBeforeNext, checkEmptyAtEnd, checkForm, checkSequence, checkMixedWidth, checkSpace,
        checkOrderWithoutSignatureSeal,
    ]

    /// §7.3.5.3: a 命令 is signed by the signer's 签名章, not by the typed name.
    public static let checkOrderWithoutSignatureSeal = MessageTemplate("order.no-signature-seal",
        zh: "命令（令）没有签名章：GB/T 9704 第7.3.5.3条要求在签发人职务后加盖签名章（用 signature-image: 给出签名章图片），现打印的是签发人姓名",
        en: "the order has no signature seal: GB/T 9704 §7.3.5.3 wants the signer's 签名章 after the title (give its image with signature-image:); the signer's name is printed instead")

    public static let checkSkip = MessageTemplate("numbering.skip",
        zh: "{number} 跳过了第{level}级标题（{example}）：层次序数依次为 一、 → （一） → 1. → （1）",
        en: "{number} skips level {level} ({example}): the levels go 一、 → （一） → 1. → （1）")
    public static let checkEmptyBeforeNext = MessageTemplate("section.empty",
        zh: "这一节在下一个标题之前没有正文",
        en: "the section has no text before the next heading")
    public static let checkEmptyAtEnd = MessageTemplate("section.empty.end",
        zh: "这一节没有正文",
        en: "the section has no text")
    public static let checkForm = MessageTemplate("numbering.form",
        zh: "{number} 是第{form}级标题的序数形式，但此处是第{level}级标题：应为 {expected}",
        en: "{number} is the form of level {form}, but the heading is at level {level} here: expected {expected}")
    public static let checkSequence = MessageTemplate("numbering.sequence",
        zh: "{number} 序号不连续：应为 {expected}",
        en: "{number} is out of sequence: expected {expected}")
    public static let checkMixedWidth = MessageTemplate("numbering.style",
        zh: "{number} 混用了半角和全角符号：应为 {expected}",
        en: "{number} mixes half- and full-width forms: expected {expected}")
    public static let checkSpace = MessageTemplate("numbering.space",
        zh: "序数 {number} 后面有空格：标题文字应紧接在序数之后",
        en: "a space follows the number {number}: expected the heading text right after it")
}
