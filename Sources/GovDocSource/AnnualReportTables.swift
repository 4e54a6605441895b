import GovDoc
import GovDocTemplates

/// §5 `kind: annual-report`: the national tables, generated from the data, go right after the
/// headings of their sections (二、三、四); the clerk never types them.
enum AnnualReportTables {
    static func insert(data: AnnualReportData, into body: inout BodyParser, file: String) throws(SourceError) {
        let template: AnnualReportTemplate
        do {
            template = try AnnualReportTemplate.load(data.templateName)
        } catch {
            throw SourceError(SourceLocation(file: file, line: data.line, column: 1), "cannot load the annual-report template: \(error)")
        }
        let tables: [(section: Int, table: Table)]
        do {
            tables = try AnnualReportBuilder(template: template).tables(for: data)
        } catch {
            throw SourceError(SourceLocation(file: file, line: error.line, column: error.column), error.message)
        }
        // insert from the last section backwards so that earlier indices stay valid
        for (section, table) in tables.sorted(by: { $0.section > $1.section }) {
            guard let index = body.blocks.firstIndex(where: {
                if case let .heading(h) = $0, h.level == 1, HeadingSyntax.chineseValue(Array(h.number.dropLast())) == section { return true }
                return false
            }) else {
                let name = template.sections.indices.contains(section - 1) ? template.sections[section - 1] : ""
                let number = ["一", "二", "三", "四", "五", "六", "七", "八", "九"][max(0, min(8, section - 1))]
                throw SourceError(SourceLocation(file: file, line: body.blockLines.last ?? data.line, column: 1),
                                  "the section \(number)、\(name) is missing: its table goes under that heading")
            }
            if index + 1 < body.blocks.count, case .table = body.blocks[index + 1] {
                throw SourceError(SourceLocation(file: file, line: body.blockLines[index + 1], column: 1),
                                  "this table is generated from `data`: remove the typed table under \(section) section")
            }
            body.blocks.insert(.table(table), at: index + 1)
            body.blockLines.insert(body.blockLines[index], at: index + 1)
        }
    }
}
