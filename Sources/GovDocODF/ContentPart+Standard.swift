import GovDoc
import GovDocPackaging

extension ContentPart {
    private var jointMarks: [JointMark] {
        items.compactMap { if case let .jointMark(m) = $0 { return m } else { return nil } }
    }

    /// The automatic styles of the joint marks: the table centred, its columns, the cells
    /// without borders or padding, their text centred vertically.
    func jointMarkStyles(_ x: XMLStreamWriter) throws {
        for (i, mark) in jointMarks.enumerated() {
            let widths = [mark.nameWidth, mark.suffixWidth].filter { $0 > 0 }
            try x.element("style:style", ["style:name": "JointMark\(i + 1)", "style:family": "table"]) {
                try x.emptyElement("style:table-properties", ["style:width": ODF.pt(widths.reduce(0, +)), "table:align": "center"])
            }
            // the space above the mark as the cells' top padding: LibreOffice puts an empty
            // paragraph, and a table's top margin, on whole grid lines
            try x.element("style:style", ["style:name": "JointMark\(i + 1)Cell", "style:family": "table-cell"]) {
                try x.emptyElement("style:table-cell-properties", ["fo:border": "none", "style:vertical-align": "middle",
                                                                   "fo:padding-top": ODF.pt(mark.spaceBefore), "fo:padding-bottom": ODF.pt(mark.spaceAfter),
                                                                   "fo:padding-left": "0pt", "fo:padding-right": "0pt"])
            }
            try x.element("style:style", ["style:name": "JointMark\(i + 1)Name", "style:family": "paragraph",
                                          "style:parent-style-name": ODF.styleName(.issuerMark)]) {
                try x.emptyElement("style:paragraph-properties", ["fo:line-height": ODF.pt(mark.lineHeight), "fo:keep-with-next": "always"])
            }
            try x.element("style:style", ["style:name": "JointMark\(i + 1)Suffix", "style:family": "paragraph",
                                          "style:parent-style-name": ODF.styleName(.issuerMark)]) {
                try x.emptyElement("style:paragraph-properties", ["fo:line-height": ODF.pt(mark.lineHeight), "fo:text-align": "start"])
            }
            for (c, width) in widths.enumerated() {
                try x.element("style:style", ["style:name": "JointMark\(i + 1).C\(c + 1)", "style:family": "table-column"]) {
                    try x.emptyElement("style:table-column-properties", ["style:column-width": ODF.pt(width)])
                }
            }
        }
    }

    /// 联合行文's mark (§7.2.4): a table without borders, the names stacked in the first
    /// column, the suffix in the second.
    func jointMark(_ x: XMLStreamWriter, _ mark: JointMark) throws {
        let index = (jointMarks.firstIndex(of: mark) ?? 0) + 1
        let columns: [[String]] = [mark.names] + (mark.suffix.map { [[$0]] } ?? [])
        try x.element("table:table", ["table:name": "JointMark\(index)", "table:style-name": "JointMark\(index)"]) {
            for c in columns.indices {
                try x.emptyElement("table:table-column", ["table:style-name": "JointMark\(index).C\(c + 1)"])
            }
            try x.element("table:table-row") {
                for (c, lines) in columns.enumerated() {
                    try x.element("table:table-cell", ["table:style-name": "JointMark\(index)Cell", "office:value-type": "string"]) {
                        for line in lines {
                            try x.element("text:p", ["text:style-name": c == 0 ? "JointMark\(index)Name" : "JointMark\(index)Suffix"]) {
                                try x.text(line)
                            }
                        }
                    }
                }
            }
        }
    }
}
