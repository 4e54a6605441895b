/// Every message govdoc shows: errors, warnings, progress, summaries and help texts.
///
/// Each part of govdoc declares its templates in a file of its own (`Messages+Source.swift`,
/// `Messages+Reader.swift`, …) as `static let` members of ``MessageTemplate`` and lists them in
/// a `static let …Templates: [MessageTemplate]` that is added here. A test checks every entry:
/// both languages present, the same placeholders, ids unique.
public enum MessageCatalog {
    public static var all: [MessageTemplate] {
        MessageTemplate.generalTemplates
            + MessageTemplate.draftTemplates
            + MessageTemplate.odfReaderTemplates
            + MessageTemplate.draftCheckTemplates
            + MessageTemplate.readerTemplates
            + MessageTemplate.draftLimitTemplates
            + MessageTemplate.sourceTemplates
            + MessageTemplate.annualReportTemplates
            + MessageTemplate.styleSheetTemplates
            + MessageTemplate.tableTemplates
            + MessageTemplate.checkTemplates
            + MessageTemplate.exportTemplates
            + MessageTemplate.cliTemplates
            + MessageTemplate.sheetValueTemplates
            + MessageTemplate.pdfTemplates
            + MessageTemplate.serverTemplates
            + MessageTemplate.imagesTemplates
            + MessageTemplate.filesTemplates
            + MessageTemplate.standardTemplates
            + MessageTemplate.officeTemplateTemplates
            + MessageTemplate.launcherTemplates
            + MessageTemplate.limitsTemplates
            + MessageTemplate.fontsTemplates
    }

    /// The template with this id, if the catalog has it.
    public static func template(id: String) -> MessageTemplate? {
        all.first { $0.id == id }
    }
}
