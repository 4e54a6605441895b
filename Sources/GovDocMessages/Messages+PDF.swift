extension MessageTemplate {
    /// The PDF batch (`govdoc export --pdf` on several files, one LibreOffice run); the PDF
    /// writer's other messages are in Messages+Export.swift.
    public static let pdfTemplates: [MessageTemplate] = [pdfNoOutput]

    public static let pdfNoOutput = MessageTemplate(
        "pdf.no-output",
        zh: "LibreOffice 未生成 PDF（单独重试后仍未生成）",
        en: "LibreOffice wrote no PDF for this document (also when tried on its own)")
}
