import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Extracts text, table grids and the page setup from a .docx, by reading its XML.
struct DocxReader {
    let package: ZipPackage
    let document: XMLDocument

    init(_ path: String) throws {
        package = ZipPackage(path: path)
        document = try package.xml("word/document.xml")
    }

    /// The text of a paragraph: `w:t` joined, `w:br` as a newline, field instructions skipped.
    static func text(ofParagraph p: XMLNode) throws -> String {
        var s = ""
        // the content of a text box inside the paragraph (the 版记) is not the paragraph's text
        let depth = try p.all("ancestor::*[local-name()='txbxContent']").count
        for node in try p.all(".//*[local-name()='t' or local-name()='br' or (local-name()='tab' and parent::*[local-name()='r'])]")
            where try node.all("ancestor::*[local-name()='txbxContent']").count == depth {
            switch node.localName {
            case "br": s += "\n"
            case "tab": s += "\t"
            default: s += node.stringValue ?? ""
            }
        }
        return s
    }

    func extract() throws -> ExtractedDocument {
        var paragraphs: [String] = []
        var tables: [[GridCell]] = []
        let body = try document.first("/*[local-name()='document']/*[local-name()='body']")!
        for child in body.children ?? [] {
            switch child.localName {
            case "p":
                let t = try Self.text(ofParagraph: child)
                if !t.isEmpty { paragraphs.append(t) }
                // tables in text boxes anchored here (the 版记), in order; of an mc:AlternateContent
                // only what a reader of the DrawingML choice sees (the fallback repeats it)
                for table in try child.all(".//*[local-name()='txbxContent']/*[local-name()='tbl'][not(ancestor::*[local-name()='Fallback'])]") {
                    tables.append(try grid(table))
                }
            case "tbl":
                tables.append(try grid(child))
            default: break
            }
        }
        return ExtractedDocument(paragraphs: paragraphs, tables: tables, page: try page())
    }

    /// Rebuilds the grid from `w:gridSpan` and `w:vMerge`.
    func grid(_ table: XMLNode) throws -> [GridCell] {
        var cells: [GridCell] = []
        /// index in `cells` of the cell that owns (column) in the previous rows, for vMerge
        var owner: [Int: Int] = [:]
        for (r, tr) in try table.all("./*[local-name()='tr']").enumerated() {
            var column = 0
            for tc in try tr.all("./*[local-name()='tc']") {
                let span = Int(try tc.first("./*[local-name()='tcPr']/*[local-name()='gridSpan']")?.attr("w:val") ?? "1") ?? 1
                let vMerge = try tc.first("./*[local-name()='tcPr']/*[local-name()='vMerge']")
                let text = try tc.all("./*[local-name()='p']").map(Self.text(ofParagraph:)).joined(separator: "\n")
                if let vMerge, vMerge.attr("w:val") != "restart" {
                    if let index = owner[column] { cells[index].rowSpan += 1 }
                } else {
                    cells.append(GridCell(row: r, column: column, rowSpan: 1, colSpan: span, text: text))
                    owner[column] = cells.count - 1
                }
                column += span
            }
        }
        return cells
    }

    func page() throws -> [String: Double] {
        guard let sect = try document.first("//*[local-name()='body']/*[local-name()='sectPr']") else { return [:] }
        func mm(_ twips: String?) -> Double { ((Double(twips ?? "0") ?? 0) / 20 * 25.4 / 72 * 10).rounded() / 10 }
        let size = try sect.first("./*[local-name()='pgSz']")
        let margins = try sect.first("./*[local-name()='pgMar']")
        return [
            "width": mm(size?.attr("w:w")), "height": mm(size?.attr("w:h")),
            "top": mm(margins?.attr("w:top")), "bottom": mm(margins?.attr("w:bottom")),
            "left": mm(margins?.attr("w:left")), "right": mm(margins?.attr("w:right")),
        ]
    }
}
