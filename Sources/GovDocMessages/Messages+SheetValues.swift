extension MessageTemplate {
    /// What a style sheet key holds when it holds the wrong kind of value (inside `style.invalid`).
    public static let sheetValueTemplates: [MessageTemplate] = [
        styleExpectedMapping, styleExpectedText, styleExpectedList, styleExpectedWholeNumber,
        styleExpectedNumber, styleExpectedBool, styleNotAnAlignment,
    ]

    public static let styleExpectedMapping = MessageTemplate("style.value.mapping",
        zh: "应为“键: 值”的映射", en: "expected a mapping of `key: value`")
    public static let styleExpectedText = MessageTemplate("style.value.text",
        zh: "应为文字", en: "expected text")
    public static let styleExpectedList = MessageTemplate("style.value.list",
        zh: "应为列表，如 [甲, 乙]", en: "expected a list like [a, b]")
    public static let styleExpectedWholeNumber = MessageTemplate("style.value.integer",
        zh: "应为整数", en: "expected a whole number")
    public static let styleExpectedNumber = MessageTemplate("style.value.number",
        zh: "应为数字", en: "expected a number")
    public static let styleExpectedBool = MessageTemplate("style.value.bool",
        zh: "应为 true 或 false", en: "expected true or false")
    public static let styleNotAnAlignment = MessageTemplate("style.value.alignment",
        zh: "“{value}”不是对齐方式（left、center、right、justify）",
        en: "'{value}' is not an alignment (left, center, right, justify)")
}
