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

/// What every writer places the same way, derived from the model once so that the formats
/// cannot drift apart.
public struct LayoutPlan: Sendable, Equatable {
    /// Blank lines (empty body paragraphs) between the title and the first block.
    public var blankLinesAfterTitle: Int
    /// Signature placement, when the document has a signature.
    public var signature: SignatureLayout?

    public init(_ document: Document) {
        blankLinesAfterTitle = 1
        if let block = document.signature {
            signature = SignatureLayout(block, character: document.styles.style(.body).size)
        } else {
            signature = nil
        }
    }
}

extension TableGrid {
    /// Column widths (points) that add up to `totalWidth`: each column gets a share in
    /// proportion to the longest line of the single-column cells that start in it
    /// (Han characters 1, ASCII ½), with at least 2 characters per column.
    public func columnWidths(for table: Table, totalWidth: Double) -> [Double] {
        var demand = Array(repeating: 2.0, count: columnCount)
        for (r, row) in table.rows.enumerated() {
            for (i, cell) in row.cells.enumerated() where cell.colSpan == 1 {
                let column = startColumns[r][i]
                let longest = cell.lines.map { SignatureLayout.width(of: $0) }.max() ?? 0
                demand[column] = max(demand[column], min(longest, 12) + 1)
            }
        }
        let sum = demand.reduce(0, +)
        var widths = demand.map { ($0 / sum * totalWidth).rounded(.down) }
        // put the rounding remainder into the widest column
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] += totalWidth - widths.reduce(0, +)
        }
        return widths
    }
}
