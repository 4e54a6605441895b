/// A writer that turns the document model into the bytes of one file format.
///
/// Each output format is one module with one serializer (OOXML, ODF, …); adding a format
/// means adding a module that conforms to this protocol.
public protocol DocumentSerializer: Sendable {
    /// The file extension without the dot (`docx`).
    static var fileExtension: String { get }
    /// The package bytes of the document.
    func serialize(_ document: Document) throws -> [UInt8]
}

extension TableGrid {
    /// Column widths (points) that add up to `totalWidth`. Each column first gets room for
    /// up to 2½ characters of `characterWidth` (numbers and short labels never wrap into a
    /// vertical strip); the rest is shared in proportion to what its single-column cells need
    /// beyond that: their longest line (Han characters 1, ASCII ½), counting at most 12
    /// characters for a body cell and 4 for a header cell or a cell spanning several rows
    /// (those labels may wrap).
    public func columnWidths(for table: Table, totalWidth: Double, characterWidth: Double = 12) -> [Double] {
        var demand = Array(repeating: 2.0, count: columnCount)
        for (r, row) in table.rows.enumerated() {
            for (i, cell) in row.cells.enumerated() where cell.colSpan == 1 {
                let column = startColumns[r][i]
                let longest = cell.lines.map { SignatureLayout.width(of: $0) }.max() ?? 0
                demand[column] = max(demand[column], min(longest, cell.isHeader || cell.rowSpan > 1 ? 4 : 12) + 1)
            }
        }
        var base = demand.map { min($0, 2.5) * characterWidth }
        if base.reduce(0, +) > totalWidth { base = base.map { _ in 0 } }
        let extra = zip(demand, base).map { max(0, $0 * characterWidth - $1) }
        let remaining = totalWidth - base.reduce(0, +)
        let extraSum = extra.reduce(0, +)
        var widths = zip(base, extra).map { b, e in
            (b + (extraSum > 0 ? remaining * e / extraSum : remaining / Double(columnCount))).rounded(.down)
        }
        // put the rounding remainder into the widest column
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] += totalWidth - widths.reduce(0, +)
        }
        return widths
    }
}
