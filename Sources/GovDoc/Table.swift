import GovDocMessages
/// A table with merged cells (`rowSpan`/`colSpan`) and header rows.
public struct Table: Sendable, Equatable {
    public var rows: [TableRow]
    /// Put the table on its own A4 landscape page(s).
    public var landscape: Bool
    /// Its last row stays on the page of what follows (the signature after a table that ends
    /// the body, the paragraph between two tables): set by the flow, not read from a source.
    public var keepWithNext = false

    public init(rows: [TableRow], landscape: Bool = false) {
        self.rows = rows
        self.landscape = landscape
    }

    /// The rows at the top that repeat on every page the table continues onto.
    public var headerRowCount: Int {
        rows.prefix(while: \.isHeader).count
    }
}

public struct TableRow: Sendable, Equatable {
    /// The cells that start in this row, left to right (cells covered by a `rowSpan` from
    /// an earlier row are not repeated).
    public var cells: [TableCell]
    /// A header row (`<th>`): repeated at the top of each page.
    public var isHeader: Bool

    public init(cells: [TableCell], isHeader: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
    }
}

public struct TableCell: Sendable, Equatable {
    /// The text, one element per line (`<br>` in the source).
    public var lines: [String]
    public var rowSpan: Int
    public var colSpan: Int
    /// A header cell (`<th>`): 黑体 look.
    public var isHeader: Bool

    public init(lines: [String], rowSpan: Int = 1, colSpan: Int = 1, isHeader: Bool = false) {
        self.lines = lines
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.isHeader = isHeader
    }

    public init(_ text: String, rowSpan: Int = 1, colSpan: Int = 1, isHeader: Bool = false) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                  rowSpan: rowSpan, colSpan: colSpan, isHeader: isHeader)
    }

    /// The text with lines joined by `\n`.
    public var text: String { lines.joined(separator: "\n") }
}

/// Why a table's cells do not form a rectangular grid.
public struct TableLayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A cell lands on a slot already covered by a span from an earlier row.
        case overlap(coveringRow: Int, coveringColumn: Int)
        /// The row's width differs from the table's.
        case ragged(width: Int, expected: Int)
        /// A `rowSpan` runs past the last row.
        case rowSpanPastEnd(rowSpan: Int, rowsLeft: Int)
        /// No rows, or no columns.
        case empty
        /// More columns than `DocumentLimits.maximumTableColumns`.
        case tooWide(columns: Int)
        /// More slots (rows × columns) than `DocumentLimits.maximumTableCells`.
        case tooManyCells(cells: Int)
    }
    /// 0-based row and cell index (within the row's `cells`) of the offending cell; `cell` is
    /// `nil` when the row as a whole is at fault.
    public var row: Int
    public var cell: Int?
    public var kind: Kind

    public init(row: Int, cell: Int?, kind: Kind) {
        self.row = row
        self.cell = cell
        self.kind = kind
    }

    /// What is wrong, in either language.
    public var message: Message {
        switch kind {
        case let .overlap(r, c):
            return Message(.tableOverlap, ["cell": String(cell.map { $0 + 1 } ?? 0), "row": String(row + 1),
                                           "covering-row": String(r + 1), "covering-column": String(c + 1)])
        case let .ragged(width, expected):
            return Message(.tableRagged, ["row": String(row + 1), "width": String(width), "expected": String(expected)])
        case let .rowSpanPastEnd(span, left):
            return Message(.tableRowSpanPastEnd, ["span": String(span), "left": String(left)])
        case .empty:
            return Message(.tableEmpty)
        case let .tooWide(columns):
            return Message(.tableTooWide, ["columns": String(columns), "maximum": String(DocumentLimits.maximumTableColumns)])
        case let .tooManyCells(cells):
            return Message(.tableTooManyCells, ["cells": String(cells), "maximum": String(DocumentLimits.maximumTableCells)])
        }
    }

    public var description: String { message.description }
}

/// The resolved grid of a table: which cell occupies every (row, column) slot.
public struct TableGrid: Sendable, Equatable {
    public enum Slot: Sendable, Equatable {
        /// The top-left slot of the cell `rows[row].cells[index]`.
        case origin(index: Int)
        /// A slot covered by the cell whose origin is at (`row`, `column`).
        case covered(originRow: Int, originColumn: Int)
    }
    public let columnCount: Int
    /// `slots[row][column]`
    public let slots: [[Slot]]
    /// The column where each cell starts: `startColumns[row][cellIndex]`.
    public let startColumns: [[Int]]

    /// Lays the cells out the way HTML does, and rejects overlaps, ragged rows, spans
    /// running past the table and tables over the limits (``DocumentLimits``) — the last
    /// before a slot is laid out.
    public init(_ table: Table) throws(TableLayoutError) {
        let rowCount = table.rows.count
        guard rowCount > 0, !(table.rows.first?.cells.isEmpty ?? true) else {
            throw TableLayoutError(row: 0, cell: nil, kind: .empty)
        }
        let expectedWidth = try Self.checkedWidth(table)
        var occupied: [[(Int, Int)?]] = Array(repeating: [], count: rowCount)
        var starts: [[Int]] = []
        var width: Int? = nil
        func ensure(_ r: Int, _ count: Int) {
            if occupied[r].count < count { occupied[r].append(contentsOf: Array(repeating: nil, count: count - occupied[r].count)) }
        }
        for (r, row) in table.rows.enumerated() {
            var column = 0
            var rowStarts: [Int] = []
            let coveredFromAbove = occupied[r].lazy.filter { $0 != nil }.count
            for (i, cell) in row.cells.enumerated() {
                while column < occupied[r].count, occupied[r][column] != nil { column += 1 }
                if cell.rowSpan > rowCount - r {
                    throw TableLayoutError(row: r, cell: i, kind: .rowSpanPastEnd(rowSpan: cell.rowSpan, rowsLeft: rowCount - r))
                }
                if cell.colSpan > expectedWidth - column {
                    // wider than the first row: ragged, said before its slots are laid out
                    let rowWidth = coveredFromAbove + row.cells.reduce(0) { $0 + max(0, $1.colSpan) }
                    throw TableLayoutError(row: r, cell: nil, kind: .ragged(width: rowWidth, expected: expectedWidth))
                }
                for dr in 0..<cell.rowSpan {
                    ensure(r + dr, column + cell.colSpan)
                    for dc in 0..<cell.colSpan {
                        if let (orow, ocol) = occupied[r + dr][column + dc] {
                            throw TableLayoutError(row: r, cell: i, kind: .overlap(coveringRow: orow, coveringColumn: ocol))
                        }
                        occupied[r + dr][column + dc] = (r, column)
                    }
                }
                rowStarts.append(column)
                column += cell.colSpan
            }
            starts.append(rowStarts)
            let rowWidth = occupied[r].count
            let filled = occupied[r].allSatisfy { $0 != nil }
            if let w = width {
                if rowWidth != w || !filled {
                    throw TableLayoutError(row: r, cell: nil, kind: .ragged(width: occupied[r].filter { $0 != nil }.count, expected: w))
                }
            } else {
                guard filled else { throw TableLayoutError(row: r, cell: nil, kind: .ragged(width: occupied[r].filter { $0 != nil }.count, expected: rowWidth)) }
                width = rowWidth
            }
        }
        let columns = width ?? 0
        var slots: [[Slot]] = []
        for r in 0..<rowCount {
            var line: [Slot] = []
            line.reserveCapacity(columns)
            var next = 0   // the row's next cell: origins come left to right
            for c in 0..<columns {
                let (orow, ocol) = occupied[r][c]!
                if orow == r, ocol == c, next < starts[r].count, starts[r][next] == c {
                    line.append(.origin(index: next))
                    next += 1
                } else {
                    line.append(.covered(originRow: orow, originColumn: ocol))
                }
            }
            slots.append(line)
        }
        self.columnCount = columns
        self.slots = slots
        self.startColumns = starts
    }

    /// The table's width (the first row's spans, which nothing covers), checked against the
    /// limits on columns and slots before any slot is laid out.
    private static func checkedWidth(_ table: Table) throws(TableLayoutError) -> Int {
        var width = 0
        for (i, cell) in table.rows[0].cells.enumerated() {
            width += max(0, cell.colSpan)
            if width > DocumentLimits.maximumTableColumns {
                throw TableLayoutError(row: 0, cell: i, kind: .tooWide(columns: width))
            }
        }
        if width * table.rows.count > DocumentLimits.maximumTableCells {
            throw TableLayoutError(row: 0, cell: nil, kind: .tooManyCells(cells: width * table.rows.count))
        }
        return width
    }

    /// The cell whose origin is at `(row, column)`.
    public func cell(in table: Table, row: Int, column: Int) -> TableCell? {
        if case let .origin(index) = slots[row][column] { return table.rows[row].cells[index] }
        return nil
    }
}
