import GovDoc
import GovDocMessages
import GovDocTemplates

/// §5 `kind: annual-report`: the national tables, generated from the data, go right after the
/// headings of their sections (二、三、四); the clerk never types them.
enum AnnualReportTables {
    /// Places the tables; returns every problem of the data and of the sections.
    static func insert(data: AnnualReportData, into body: inout BodyParser, file: String) -> [SourceError] {
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        let template: AnnualReportTemplate
        do {
            template = try AnnualReportTemplate.load(data.templateName)
        } catch {
            let detail = (error as? StyleSheetError)?.message ?? Message(.systemOther, ["detail": "\(error)"])
            return [SourceError(at(data.line), Message(.annualTemplateUnloadable, [:], parts: ["detail": detail]))]
        }
        let (tables, problems) = AnnualReportBuilder(template: template).build(for: data)
        var errors = problems.map { SourceError(at($0.line, $0.column), $0.message) }
        // insert from the last section backwards so that earlier indices stay valid
        for (section, table) in tables.sorted(by: { $0.section > $1.section }) {
            guard let index = body.blocks.firstIndex(where: {
                if case let .heading(h) = $0, h.level == 1, ChineseNumerals.value(h.number.dropLast()) == section { return true }
                return false
            }) else {
                let name = template.sections.indices.contains(section - 1) ? template.sections[section - 1] : ""
                let number = ChineseNumerals.headingNumber(section)
                errors.append(SourceError(at(body.blockLines.last ?? data.line), .annualSectionMissing, ["number": number, "name": name]))
                continue
            }
            if index + 1 < body.blocks.count, case .table = body.blocks[index + 1] {
                errors.append(SourceError(at(body.blockLines[index + 1]), .annualTypedTable, ["section": number(section)]))
                continue
            }
            body.blocks.insert(.table(table), at: index + 1)
            body.blockLines.insert(body.blockLines[index], at: index + 1)
        }
        return errors
    }

    private static func number(_ section: Int) -> String { ChineseNumerals.headingNumber(section) }
}
