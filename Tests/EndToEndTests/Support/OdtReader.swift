import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Extracts text, table grids and the page setup from an .odt, by reading its XML.
struct OdtReader {
    let package: ZipPackage
    let content: XMLDocument

    init(_ path: String) throws {
        package = ZipPackage(path: path)
        content = try package.xml("content.xml")
    }

    /// The text of a `text:p`/`text:h`: spans flattened, `text:line-break` as a newline,
    /// `text:s` as spaces, `text:tab` as a tab.
    static func text(of node: XMLNode) -> String {
        var s = ""
        for child in node.children ?? [] {
            switch child.kind {
            case .text:
                s += child.stringValue ?? ""
            case .element:
                switch child.localName {
                case "line-break": s += "\n"
                case "tab": s += "\t"
                case "s": s += String(repeating: " ", count: Int(child.attr("text:c") ?? "1") ?? 1)
                case "note", "annotation", "frame": break   // a frame's text (the 版记) is not the paragraph's
                default: s += text(of: child)
                }
            default: break
            }
        }
        return s
    }

    func extract() throws -> ExtractedDocument {
        var paragraphs: [String] = []
        var tables: [[GridCell]] = []
        let body = try content.first("//*[local-name()='body']/*[local-name()='text']")!
        func walk(_ node: XMLNode) throws {
            for child in node.children ?? [] where child.kind == .element {
                switch child.localName {
                case "p", "h":
                    let t = Self.text(of: child)
                    if !t.isEmpty { paragraphs.append(t) }
                    // tables in frames anchored here (the 版记), in order
                    for table in try child.all("./*[local-name()='frame']/*[local-name()='text-box']/*[local-name()='table']") {
                        tables.append(try grid(table))
                    }
                case "table":
                    tables.append(try grid(child))
                case "section", "list", "list-item":
                    try walk(child)
                default: break
                }
            }
        }
        try walk(body)
        return ExtractedDocument(paragraphs: paragraphs, tables: tables, page: try page())
    }

    /// The grid from `table:table-cell` spans and `table:covered-table-cell`.
    func grid(_ table: XMLNode) throws -> [GridCell] {
        var cells: [GridCell] = []
        let rows = try table.all("./*[local-name()='table-header-rows']/*[local-name()='table-row'] | ./*[local-name()='table-row'] | ./*[local-name()='table-rows']/*[local-name()='table-row']")
        for (r, row) in rows.enumerated() {
            var column = 0
            for cell in row.children ?? [] where cell.kind == .element {
                let repeated = Int(cell.attr("table:number-columns-repeated") ?? "1") ?? 1
                if cell.localName == "table-cell" {
                    let text = try cell.all("./*[local-name()='p' or local-name()='h']").map(Self.text(of:)).joined(separator: "\n")
                    cells.append(GridCell(row: r, column: column,
                                          rowSpan: Int(cell.attr("table:number-rows-spanned") ?? "1") ?? 1,
                                          colSpan: Int(cell.attr("table:number-columns-spanned") ?? "1") ?? 1,
                                          text: text))
                    column += 1
                    if repeated > 1 { column += repeated - 1 }
                } else if cell.localName == "covered-table-cell" {
                    column += repeated
                }
            }
        }
        return cells
    }

    /// Page size and margins of the first page layout, in mm rounded to 0.1.
    func page() throws -> [String: Double] {
        let styles = try package.xml("styles.xml")
        guard let props = try styles.first("//*[local-name()='page-layout']/*[local-name()='page-layout-properties']") else { return [:] }
        func mm(_ value: String?) -> Double {
            guard let v = value else { return 0 }
            let units: [(String, Double)] = [("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72), ("pc", 25.4 / 6)]
            for (unit, factor) in units where v.hasSuffix(unit) {
                return ((Double(v.dropLast(unit.count)) ?? 0) * factor * 10).rounded() / 10
            }
            return 0
        }
        return [
            "width": mm(props.attr("fo:page-width")), "height": mm(props.attr("fo:page-height")),
            "top": mm(props.attr("fo:margin-top")), "bottom": mm(props.attr("fo:margin-bottom")),
            "left": mm(props.attr("fo:margin-left")), "right": mm(props.attr("fo:margin-right")),
        ]
    }
}
