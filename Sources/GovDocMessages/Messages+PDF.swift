extension MessageTemplate {
    /// The PDF preview (`govdoc export --pdf`, rendered by LibreOffice).
    public static let pdfTemplates: [MessageTemplate] = [pdfLibreOfficeMissing, pdfConversionFailed, pdfNoOutput]

    public static let pdfLibreOfficeMissing = MessageTemplate(
        "pdf.libreoffice-missing",
        zh: "导出 PDF 需要 LibreOffice：请安装（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或把 SOFFICE 设为 soffice 程序的路径",
        en: "PDF export needs LibreOffice: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set SOFFICE to its soffice binary")
    public static let pdfConversionFailed = MessageTemplate(
        "pdf.conversion-failed",
        zh: "LibreOffice 未能把文件转换为 PDF：{detail}",
        en: "LibreOffice could not convert the document to PDF: {detail}")
    public static let pdfNoOutput = MessageTemplate(
        "pdf.no-output",
        zh: "LibreOffice 未生成 PDF（单独重试后仍未生成）",
        en: "LibreOffice wrote no PDF for this document (also when tried on its own)")
}
