import GovDoc

/// Fills the annual report's tables from its data: inputs by label path, every total computed,
/// supplied totals and the 勾稽 rules checked.
public struct AnnualReportBuilder {
    public let template: AnnualReportTemplate
    public init(template: AnnualReportTemplate) { self.template = template }

    /// The filled tables, each with the section (二 = 2) it belongs under.
    public func tables(for data: AnnualReportData) throws(AnnualReportError) -> [(section: Int, table: Table)] {
        try checkPaths(data)
        var result: [(Int, Table)] = []
        for t in template.tables {
            result.append((t.section, try fill(t, data)))
        }
        return result
    }

    /// Every path in the data must be one the template knows.
    private func checkPaths(_ data: AnnualReportData) throws(AnnualReportError) {
        let known = Set(template.dataPaths)
        var knownPrefixes = Set<String>()
        for path in known {
            var prefix = ""
            for part in path.split(separator: "/") {
                prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
                knownPrefixes.insert(prefix)
            }
        }
        for (path, value) in data.values.sorted(by: { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) })
            where !known.contains(path) {
            var message = "unknown number `\(path)`"
            if let guess = Self.closestPath(path, in: Array(known)) { message += ": did you mean `\(guess)`?" }
            // point at the first label the template does not know
            var prefix = ""
            var position = [value.line, value.column]
            for part in path.split(separator: "/") {
                prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
                if !knownPrefixes.contains(prefix) {
                    position = data.keyPositions[prefix] ?? position
                    break
                }
            }
            throw AnnualReportError(line: position[0], column: position[1], message: message)
        }
    }

    /// The known path whose last label is closest, preferring the same parent.
    static func closestPath(_ path: String, in known: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for (i, ca) in a.enumerated() {
                var current = [i + 1]
                for (j, cb) in b.enumerated() {
                    current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
        let target = Array(path)
        let best = known.map { ($0, distance(target, Array($0))) }.min { $0.1 < $1.1 }
        guard let (candidate, d) = best, d <= max(2, path.count / 3) else { return nil }
        return candidate
    }

    private func fill(_ t: AnnualReportTemplate.TableTemplate, _ data: AnnualReportData) throws(AnnualReportError) -> Table {
        // lay the template out to learn each cell's grid position
        let shape = Table(rows: t.rows.map { row in
            TableRow(cells: row.map { TableCell("", rowSpan: $0.rowSpan, colSpan: $0.colSpan, isHeader: $0.header) })
        })
        let grid: TableGrid
        do { grid = try TableGrid(shape) } catch {
            throw AnnualReportError(line: data.line, column: data.column, message: "the template's table under section \(t.section) is malformed: \(error)")
        }
        var values: [[Double?]] = Array(repeating: Array(repeating: nil, count: grid.columnCount), count: t.rows.count)
        var texts: [[String?]] = values.map { $0.map { _ in nil } }
        // inputs
        for (r, row) in t.rows.enumerated() {
            for (i, cell) in row.enumerated() {
                let c = grid.startColumns[r][i]
                switch cell.content {
                case let .input(path), let .amount(path):
                    if let v = data.values[path] {
                        if case .input = cell.content, v.number != v.number.rounded() {
                            throw AnnualReportError(line: v.line, column: v.column, message: "`\(path)` must be a whole number, found `\(v.text)`")
                        }
                        values[r][c] = v.number
                        texts[r][c] = v.text
                    } else if data.zeroIfMissing {
                        values[r][c] = 0
                        texts[r][c] = "0"
                    } else {
                        throw AnnualReportError(line: data.line, column: data.column,
                                                message: "the number `\(path)` is missing: give it (0 where there is none), or set `\(AnnualReportData.zeroKey): true`")
                    }
                default: break
                }
            }
        }
        // totals, until every one is known
        var pending = true
        var rounds = 0
        while pending && rounds <= t.rows.count + grid.columnCount {
            pending = false
            rounds += 1
            for (r, row) in t.rows.enumerated() {
                for (i, cell) in row.enumerated() {
                    let c = grid.startColumns[r][i]
                    guard values[r][c] == nil else { continue }
                    let addends: [Double?]
                    switch cell.content {
                    case let .sumOfColumns(range): addends = range.map { values[r][$0 - 1] }
                    case let .sumOfRows(range): addends = range.map { values[$0 - 1][c] }
                    default: continue
                    }
                    if addends.contains(where: { $0 == nil }) { pending = true; continue }
                    values[r][c] = addends.reduce(0) { $0 + $1! }
                    texts[r][c] = Self.format(values[r][c]!)
                }
            }
        }
        // supplied totals must agree
        for (r, row) in t.rows.enumerated() {
            for (i, cell) in row.enumerated() {
                guard let path = cell.supplied, let given = data.values[path] else { continue }
                let c = grid.startColumns[r][i]
                let computed = values[r][c] ?? 0
                if given.number != computed {
                    throw AnnualReportError(line: given.line, column: given.column,
                                            message: "`\(path)` is \(given.text), but the numbers add up to \(Self.format(computed)) (\(label(t, grid, row: r, column: c)))")
                }
            }
        }
        // 勾稽
        for check in t.checks {
            for column in check.columns {
                let left = check.left.map { values[$0 - 1][column - 1] ?? 0 }
                let right = check.right.map { values[$0 - 1][column - 1] ?? 0 }
                if left.reduce(0, +) != right.reduce(0, +) {
                    let names = (check.left + check.right).map { rowLabel(t, grid, row: $0 - 1) }
                    let numbers = (left + right).map(Self.format)
                    throw AnnualReportError(line: data.line, column: data.column, message:
                        "\(check.name) fails in column \(columnLabel(t, grid, column: column - 1)): \(names[0]) \(numbers[0]) + \(names[1]) \(numbers[1]) = \(Self.format(left.reduce(0, +))), but \(names[2]) \(numbers[2]) + \(names[3]) \(numbers[3]) = \(Self.format(right.reduce(0, +)))")
                }
            }
        }
        // the model table
        let rows: [TableRow] = t.rows.enumerated().map { r, row in
            let cells = row.enumerated().map { i, cell -> TableCell in
                let c = grid.startColumns[r][i]
                let text: String
                if case let .text(s) = cell.content { text = s } else { text = texts[r][c] ?? "" }
                return TableCell(text, rowSpan: cell.rowSpan, colSpan: cell.colSpan, isHeader: cell.header)
            }
            return TableRow(cells: cells, isHeader: !row.isEmpty && row.allSatisfy(\.header))
        }
        return Table(rows: rows)
    }

    /// `12`, `0.5`: whole numbers without decimals.
    static func format(_ v: Double) -> String {
        if v == v.rounded() { return String(Int(v)) }
        var s = String(v)
        if s.contains("e") { s = String(Int(v)) }
        return s
    }

    /// The row's label: the text of the label cells covering its first columns.
    private func rowLabel(_ t: AnnualReportTemplate.TableTemplate, _ grid: TableGrid, row: Int) -> String {
        var parts: [String] = []
        for c in 0..<grid.columnCount {
            let (r0, c0): (Int, Int)
            switch grid.slots[row][c] {
            case .origin: (r0, c0) = (row, c)
            case let .covered(orow, ocol): (r0, c0) = (orow, ocol)
            }
            guard let i = grid.startColumns[r0].firstIndex(of: c0), case let .text(s) = t.rows[r0][i].content else { break }
            if parts.last != s { parts.append(s) }
        }
        return "「" + parts.joined(separator: " ") + "」"
    }

    /// The column's label: the lowest header cell above it.
    private func columnLabel(_ t: AnnualReportTemplate.TableTemplate, _ grid: TableGrid, column: Int) -> String {
        var label = "\(column + 1)"
        for r in 0..<t.rows.count where t.rows[r].allSatisfy(\.header) {
            let (r0, c0): (Int, Int)
            switch grid.slots[r][column] {
            case .origin: (r0, c0) = (r, column)
            case let .covered(orow, ocol): (r0, c0) = (orow, ocol)
            }
            if let i = grid.startColumns[r0].firstIndex(of: c0), case let .text(s) = t.rows[r0][i].content {
                label = s.replacingOccurrences(of: "\n", with: "")
            }
        }
        return "「" + label + "」"
    }

    private func label(_ t: AnnualReportTemplate.TableTemplate, _ grid: TableGrid, row: Int, column: Int) -> String {
        "row \(rowLabel(t, grid, row: row)), column \(columnLabel(t, grid, column: column))"
    }
}
