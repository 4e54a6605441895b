extension MessageTemplate {
    public static let generalTemplates: [MessageTemplate] = [severityError, severityWarning]

    /// The word between location and message: `file:1:2: 错误：…` / `file:1:2: error: …`.
    public static let severityError = MessageTemplate("severity.error", zh: "错误", en: "error")
    public static let severityWarning = MessageTemplate("severity.warning", zh: "警告", en: "warning")
}
