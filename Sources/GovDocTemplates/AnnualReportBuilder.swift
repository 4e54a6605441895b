import GovDoc
import GovDocMessages

/// Fills the annual report's tables from its data: inputs by label path, every total computed,
/// supplied totals and the 勾稽 rules checked.
public struct AnnualReportBuilder {
    public let template: AnnualReportTemplate
    public init(template: AnnualReportTemplate) { self.template = template }

    /// The filled tables, each with the section (二 = 2) it belongs under; the first problem
    /// (in the order of the data) is thrown.
    public func tables(for data: AnnualReportData) throws(AnnualReportError) -> [(section: Int, table: Table)] {
        var problems: [AnnualReportError] = []
        let result = build(data, problems: &problems)
        // a mistyped label explains the numbers it leaves missing: report it first
        if let first = problems.min(by: { ($0.kind, $0.line, $0.column) < ($1.kind, $1.line, $1.column) }) { throw first }
        return result
    }

    /// The filled tables and every problem of the data, in line order (each problem once: a
    /// number that cannot be read or is missing takes no part in the totals and 勾稽 checks).
    public func build(for data: AnnualReportData) -> (tables: [(section: Int, table: Table)], problems: [AnnualReportError]) {
        var problems: [AnnualReportError] = []
        let result = build(data, problems: &problems)
        return (result, problems)
    }

    /// Every problem of the data, in order (what `govdoc check` reports).
    public func problems(for data: AnnualReportData) -> [AnnualReportError] {
        var problems: [AnnualReportError] = []
        _ = build(data, problems: &problems)
        return problems
    }

    private func build(_ data: AnnualReportData, problems: inout [AnnualReportError]) -> [(section: Int, table: Table)] {
        problems += data.problems
        checkPaths(data, problems: &problems)
        var result: [(Int, Table)] = []
        var missingPaths: [(index: Int, parent: String, paths: [String])] = []
        for t in template.tables {
            if let table = fill(t, data, problems: &problems, missingPaths: &missingPaths) { result.append((t.section, table)) }
        }
        // a mistyped label explains the numbers it leaves missing: one problem, at the label
        let guessed = Set(problems.compactMap { $0.kind == .unknownLabel ? $0.message.arguments["guess"] : nil })
        let explained = Set(missingPaths.filter { _, parent, paths in
            guessed.contains(parent) || paths.allSatisfy { path in guessed.contains { path == $0 || path.hasPrefix($0 + "/") } }
        }.map(\.index))
        problems = problems.enumerated().filter { !explained.contains($0.offset) }.map(\.element)
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return result
    }

    /// Every path in the data must be one the template knows.
    private func checkPaths(_ data: AnnualReportData, problems: inout [AnnualReportError]) {
        let known = Set(template.dataPaths)
        var knownPrefixes = Set<String>()
        for path in known {
            var prefix = ""
            for part in path.split(separator: "/") {
                prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
                knownPrefixes.insert(prefix)
            }
        }
        var reported = Set<String>()
        for (path, value) in data.values.sorted(by: { ($0.value.line, $0.value.column) < ($1.value.line, $1.value.column) })
            where !known.contains(path) {
            // point at the first label the template does not know, once per such label
            var prefix = ""
            var position = [value.line, value.column]
            for part in path.split(separator: "/") {
                prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
                if !knownPrefixes.contains(prefix) {
                    position = data.keyPositions[prefix] ?? position
                    break
                }
            }
            guard reported.insert(prefix).inserted else { continue }
            let knownLabels = knownPrefixes.filter { $0.split(separator: "/").count == prefix.split(separator: "/").count }
            let message: Message
            if let guess = Self.closestPath(prefix, in: Array(knownLabels)) {
                message = Message(.annualUnknownLabelGuess, ["label": prefix, "guess": guess])
            } else {
                message = Message(.annualUnknownLabel, ["label": prefix])
            }
            problems.append(AnnualReportError(line: position[0], column: position[1], message: message, kind: .unknownLabel))
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

    private func fill(_ t: AnnualReportTemplate.TableTemplate, _ data: AnnualReportData, problems: inout [AnnualReportError],
                      missingPaths: inout [(index: Int, parent: String, paths: [String])]) -> Table? {
        // lay the template out to learn each cell's grid position
        let shape = Table(rows: t.rows.map { row in
            TableRow(cells: row.map { TableCell("", rowSpan: $0.rowSpan, colSpan: $0.colSpan, isHeader: $0.header) })
        })
        let grid: TableGrid
        do { grid = try TableGrid(shape) } catch {
            problems.append(AnnualReportError(line: data.line, column: data.column, message: Message(.annualTemplateMalformed, ["section": String(t.section)], parts: ["detail": error.message]), kind: .template))
            return nil
        }
        var values: [[Double?]] = Array(repeating: Array(repeating: nil, count: grid.columnCount), count: t.rows.count)
        var texts: [[String?]] = values.map { $0.map { _ in nil } }
        // cells whose number could not be read, is missing or is invalid, and every total that
        // depends on one: they take no part in the checks (their problem is reported once)
        var unknown: [[Bool]] = values.map { $0.map { _ in false } }
        var missing: [(parent: String, leaf: String)] = []
        // inputs
        for (r, row) in t.rows.enumerated() {
            for (i, cell) in row.enumerated() {
                let c = grid.startColumns[r][i]
                switch cell.content {
                case let .input(path), let .amount(path), let .signed(path):
                    if let v = data.values[path] {
                        var signed = false
                        if case .signed = cell.content { signed = true }
                        if case .amount = cell.content {} else if v.number != v.number.rounded() {
                            problems.append(AnnualReportError(line: v.line, column: v.column, .annualNotWhole, ["path": path, "value": v.text]))
                            unknown[r][c] = true
                        }
                        if !signed && v.number < 0 {
                            problems.append(AnnualReportError(line: v.line, column: v.column, .annualNegative, ["path": path, "value": v.text]))
                            unknown[r][c] = true
                        }
                        values[r][c] = v.number
                        texts[r][c] = v.text
                    } else if data.zeroIfMissing && !data.unreadablePaths.contains(path) {
                        values[r][c] = 0
                        texts[r][c] = "0"
                    } else {
                        if !data.unreadablePaths.contains(path) {
                            let parts = path.split(separator: "/")
                            missing.append((parts.dropLast().joined(separator: "/"), String(parts.last!)))
                        }
                        values[r][c] = 0
                        texts[r][c] = ""
                        unknown[r][c] = true
                    }
                default: break
                }
            }
        }
        // one message per row of missing numbers, at the row's label if it was written
        var seenParents: [String] = []
        for (parent, _) in missing where !seenParents.contains(parent) { seenParents.append(parent) }
        for parent in seenParents {
            let leaves = missing.filter { $0.parent == parent }.map(\.leaf)
            let at = data.keyPositions[parent] ?? [data.line, data.column]
            let what = parent.isEmpty ? leaves.joined(separator: "、") : "`\(parent)`: " + leaves.joined(separator: "、")
            problems.append(AnnualReportError(line: at[0], column: at[1], leaves.count == 1 ? .annualMissingOne : .annualMissingMany,
                                              ["what": what, "key": AnnualReportData.zeroKey], kind: .missing))
            missingPaths.append((problems.count - 1, parent, leaves.map { parent.isEmpty ? $0 : parent + "/" + $0 }))
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
                    let unknownAddend: Bool
                    switch cell.content {
                    case let .sumOfColumns(range):
                        addends = range.map { values[r][$0 - 1] }
                        unknownAddend = range.contains { unknown[r][$0 - 1] }
                    case let .sumOfRows(range):
                        addends = range.map { values[$0 - 1][c] }
                        unknownAddend = range.contains { unknown[$0 - 1][c] }
                    default: continue
                    }
                    if addends.contains(where: { $0 == nil }) { pending = true; continue }
                    values[r][c] = addends.reduce(0) { $0 + $1! }
                    unknown[r][c] = unknownAddend
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
                if given.number != computed && !unknown[r][c] {
                    problems.append(AnnualReportError(line: given.line, column: given.column, message: Message(
                        .annualTotalMismatch, ["path": path, "given": given.text, "computed": Self.format(computed)],
                        parts: ["cell": label(t, grid, row: r, column: c)]), kind: .total))
                }
            }
        }
        // 勾稽: per column; a column with an unreadable or missing number takes no part (that
        // number is reported); a total column is reported only when no data column it adds up
        // fails (otherwise it is wrong only because that column is)
        for check in t.checks {
            var failing: [Int: (left: Double, right: Double, leftNumbers: [Double], rightNumbers: [Double])] = [:]
            for column in check.columns {
                let rows = check.left + check.right
                if rows.contains(where: { unknown[$0 - 1][column - 1] }) { continue }
                let left = check.left.map { values[$0 - 1][column - 1] ?? 0 }
                let right = check.right.map { values[$0 - 1][column - 1] ?? 0 }
                if left.reduce(0, +) != right.reduce(0, +) {
                    failing[column] = (left.reduce(0, +), right.reduce(0, +), left, right)
                }
            }
            for column in check.columns {
                guard let f = failing[column] else { continue }
                let addsUp = (check.left + check.right).compactMap { row -> ClosedRange<Int>? in
                    let r = row - 1
                    guard let i = grid.startColumns[r].firstIndex(of: column - 1), case let .sumOfColumns(range) = t.rows[r][i].content else { return nil }
                    return range
                }
                if addsUp.contains(where: { range in range.contains { $0 != column && failing[$0] != nil } }) { continue }
                func terms(_ rows: [Int], _ numbers: [Double]) -> String {
                    zip(rows, numbers).map { "\(rowLabel(t, grid, row: $0 - 1)) \(Self.format($1))" }.joined(separator: " + ")
                }
                // reported at the column's number in the first row (本年新收): the number the
                // clerk compares first
                let at = inputPosition(t, grid, row: check.left[0] - 1, column: column - 1, data: data)
                let difference = f.left - f.right
                problems.append(AnnualReportError(line: at.0, column: at.1, difference > 0 ? .annualBalanceMore : .annualBalanceLess, [
                    "check": check.name, "column": columnLabel(t, grid, column: column - 1),
                    "left-terms": terms(check.left, f.leftNumbers), "left": Self.format(f.left),
                    "right-terms": terms(check.right, f.rightNumbers), "right": Self.format(f.right),
                    "difference": Self.format(abs(difference)),
                ], kind: .balance))
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

    /// Where the data gave the number of a cell (for a computed cell: its row's first input).
    private func inputPosition(_ t: AnnualReportTemplate.TableTemplate, _ grid: TableGrid, row: Int, column: Int,
                               data: AnnualReportData) -> (Int, Int) {
        let candidates = t.rows[row].enumerated().compactMap { i, cell -> (Int, String)? in
            switch cell.content {
            case let .input(p), let .amount(p), let .signed(p): return (grid.startColumns[row][i], p)
            default: return nil
            }
        }
        let path = candidates.first { $0.0 == column }?.1 ?? candidates.first?.1
        if let path, let v = data.values[path] { return (v.line, v.column) }
        return (data.line, data.column)
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

    private func label(_ t: AnnualReportTemplate.TableTemplate, _ grid: TableGrid, row: Int, column: Int) -> Message {
        let rowName = rowLabel(t, grid, row: row)
        let columnName = columnLabel(t, grid, column: column)
        if rowName == "「」" { return Message(.annualCellColumn, ["column": columnName]) }
        return Message(.annualCellRowColumn, ["row": rowName, "column": columnName])
    }
}
