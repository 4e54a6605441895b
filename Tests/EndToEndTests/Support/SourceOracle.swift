import Foundation

/// An independent reading of a source file for the tests: the text a document must carry and
/// the table grids it must have, computed with regular expressions and the HTML table
/// algorithm, without any of govdoc's code.
struct SourceOracle {
    var title: String
    var issuer: String?
    var dateText: String?
    /// Body lines (paragraph texts, headings included) outside tables, in order.
    var paragraphs: [String]
    var tables: [[GridCell]]
    /// Everything in reading order: a paragraph's text or a table's cells row by row.
    var readingOrder: [String] = []

    init(path: URL) throws {
        let text = try String(contentsOf: path, encoding: .utf8)
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        precondition(lines.first == "---")
        let close = lines.dropFirst().firstIndex(of: "---")!
        let front = lines[1..<close]
        func value(_ key: String) -> String? {
            front.first { $0.hasPrefix(key + ":") }.map { String($0.dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
        title = value("title") ?? ""
        issuer = value("issuer")
        if let iso = value("date") {
            let p = iso.split(separator: "-").compactMap { Int($0) }
            dateText = "\(p[0])年\(p[1])月\(p[2])日"
        }
        lines = Array(lines[(close + 1)...])
        paragraphs = []
        tables = []
        var i = 0
        let strip: (String) -> String = { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}")) }
        while i < lines.count {
            let line = strip(lines[i])
            if line.isEmpty || line.lowercased().hasPrefix("<pagebreak") { i += 1; continue }
            if line.lowercased().hasPrefix("<table") {
                var html = ""
                while i < lines.count {
                    html += lines[i] + "\n"
                    if lines[i].lowercased().contains("</table>") { break }
                    i += 1
                }
                tables.append(SourceOracle.htmlGrid(html))
                readingOrder.append(tables.last!.map(\.text).joined())
                i += 1
                continue
            }
            if line.hasPrefix("|") {
                var rows: [[String]] = []
                while i < lines.count, strip(lines[i]).hasPrefix("|") {
                    // split at unescaped `|`; `\|` is a literal bar, `<br>` a line break
                    let marked = strip(lines[i]).replacingOccurrences(of: "\\|", with: "\u{0}")
                    var cells = marked.components(separatedBy: "|").map {
                        $0.replacingOccurrences(of: "\u{0}", with: "|")
                            .replacingOccurrences(of: "<br\\s*/?>", with: "\n", options: .regularExpression)
                            .trimmingCharacters(in: .whitespaces)
                    }
                    cells.removeFirst()
                    if cells.last == "" { cells.removeLast() }
                    rows.append(cells)
                    i += 1
                }
                rows.remove(at: 1)
                tables.append(rows.enumerated().flatMap { r, row in
                    row.enumerated().map { c, t in GridCell(row: r, column: c, rowSpan: 1, colSpan: 1, text: t) }
                })
                readingOrder.append(tables.last!.map(\.text).joined())
                continue
            }
            paragraphs.append(line.hasPrefix("\\") && line.count > 1 ? String(line.dropFirst()) : line)
            readingOrder.append(paragraphs.last!)
            i += 1
        }
    }

    /// The HTML table algorithm over `<tr>`, `<th>`/`<td>` with rowspan/colspan.
    static func htmlGrid(_ html: String) -> [GridCell] {
        let rowPattern = try! NSRegularExpression(pattern: "<tr[^>]*>(.*?)</tr>", options: [.dotMatchesLineSeparators, .caseInsensitive])
        let cellPattern = try! NSRegularExpression(pattern: "<(td|th)([^>]*)>(.*?)</(td|th)>", options: [.dotMatchesLineSeparators, .caseInsensitive])
        let ns = html as NSString
        var cells: [GridCell] = []
        var occupied = Set<[Int]>()
        for (r, row) in rowPattern.matches(in: html, range: NSRange(location: 0, length: ns.length)).enumerated() {
            let rowText = ns.substring(with: row.range(at: 1)) as NSString
            var column = 0
            for cell in cellPattern.matches(in: rowText as String, range: NSRange(location: 0, length: rowText.length)) {
                let attributes = rowText.substring(with: cell.range(at: 2))
                func span(_ name: String) -> Int {
                    let p = try! NSRegularExpression(pattern: name + "\\s*=\\s*\"?(\\d+)", options: .caseInsensitive)
                    guard let m = p.firstMatch(in: attributes, range: NSRange(location: 0, length: (attributes as NSString).length)) else { return 1 }
                    return Int((attributes as NSString).substring(with: m.range(at: 1))) ?? 1
                }
                var content = rowText.substring(with: cell.range(at: 3))
                content = content.replacingOccurrences(of: "<br\\s*/?>", with: "\n", options: [.regularExpression, .caseInsensitive])
                content = content.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                content = content.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                content = content.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                while occupied.contains([r, column]) { column += 1 }
                let rs = span("rowspan"), cs = span("colspan")
                for dr in 0..<rs { for dc in 0..<cs { occupied.insert([r + dr, column + dc]) } }
                cells.append(GridCell(row: r, column: column, rowSpan: rs, colSpan: cs, text: content))
                column += cs
            }
        }
        return cells
    }
}

/// Text compared without whitespace (line breaks inside cells, spaces).
func normalized(_ s: String) -> String {
    String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}
