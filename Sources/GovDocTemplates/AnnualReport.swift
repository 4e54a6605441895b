import Foundation
import GovDoc
import GovDocMessages
import GovDocPackaging
import Yams

/// A problem in annual-report data, at a line and column of the data's YAML (1-based).
public struct AnnualReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What is wrong, in either language (``GovDocMessages/Message/text(in:)``).
    public var message: Message
    /// What went wrong, in the order a clerk should fix it: a mistyped label or an unreadable
    /// number explains the missing numbers, totals and 勾稽 failures that follow from it.
    public enum Kind: Int, Sendable, Comparable {
        case unreadable, unknownLabel, total, balance, missing, template
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }
    public var kind: Kind
    public init(line: Int, column: Int, message: Message, kind: Kind = .unreadable) {
        self.line = line
        self.column = column
        self.message = message
        self.kind = kind
    }
    public init(line: Int, column: Int, _ template: MessageTemplate, _ arguments: [String: String] = [:], kind: Kind = .unreadable) {
        self.init(line: line, column: column, message: Message(template, arguments), kind: kind)
    }
    public var description: String { "\(line):\(column): \(message)" }
}

/// The layout of the annual report's tables (one file per national format version in
/// `Templates/`): which label, input number or computed total each cell holds.
public struct AnnualReportTemplate: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case text(String)
        /// A whole number from the data, by label path (`申请/本年新收/自然人`).
        case input(String)
        /// A whole number that may be negative (本年增/减).
        case signed(String)
        /// A decimal amount (万元) from the data.
        case amount(String)
        /// The sum of cells of this row (`.columns`) or this column (`.rows`), 1-based, inclusive.
        case sumOfColumns(ClosedRange<Int>)
        case sumOfRows(ClosedRange<Int>)
    }
    public struct Cell: Sendable, Equatable {
        public var content: Content
        public var rowSpan = 1
        public var colSpan = 1
        public var header = false
        /// A total the clerk may also give, which must agree with the computed one.
        public var supplied: String?
    }
    /// A 勾稽 rule: per column, the sum of the `left` rows equals the sum of the `right` rows.
    public struct Check: Sendable, Equatable {
        public var name: String
        public var columns: ClosedRange<Int>
        public var left: [Int]
        public var right: [Int]
    }
    public struct TableTemplate: Sendable, Equatable {
        /// The level-1 section (二 = 2) the table belongs under.
        public var section: Int
        public var columns: Int
        public var rows: [[Cell]]
        public var checks: [Check]
    }

    public var name: String
    public var format: String
    /// The six section headings, in order, without numbers.
    public var sections: [String]
    public var tables: [TableTemplate]

    /// Every label path the data may give: inputs, amounts and supplied totals.
    public var dataPaths: [String] {
        var paths: [String] = []
        for table in tables {
            for row in table.rows {
                for cell in row {
                    switch cell.content {
                    case let .input(p), let .amount(p), let .signed(p): paths.append(p)
                    default: break
                    }
                    if let s = cell.supplied { paths.append(s) }
                }
            }
        }
        return paths
    }

    /// Paths the clerk must give (inputs and amounts).
    public var requiredPaths: [String] {
        tables.flatMap { $0.rows.flatMap { $0.compactMap { cell -> String? in
            switch cell.content {
            case let .input(p), let .amount(p), let .signed(p): return p
            default: return nil
            }
        } } }
    }

    /// Loads `Templates/NAME.yaml`.
    public static func load(_ name: String = "annual-report-2021") throws -> AnnualReportTemplate {
        guard let path = Templates.locate(name) else {
            throw StyleSheetError(path: name, line: nil, .templateNotFound, ["name": name, "paths": Templates.searchPaths.joined(separator: ", ")])
        }
        guard let bytes = try? FileBytes.read(path, as: .styleSheet), let text = String(bytes: bytes, encoding: .utf8) else {
            throw StyleSheetError(path: path, line: nil, .templateUnreadable)
        }
        do {
            return try parse(text)
        } catch let error as StyleSheetError {
            throw StyleSheetError(path: path, line: error.line, message: error.message)
        }
    }

    static func parse(_ yaml: String) throws -> AnnualReportTemplate {
        guard let root = try DocumentYAML.compose(yaml), let map = root.mapping else {
            throw StyleSheetError(path: "", line: nil, .templateNotMapping)
        }
        func fail(_ node: Node?, _ template: MessageTemplate) -> StyleSheetError {
            StyleSheetError(path: "", line: node?.mark?.line, template)
        }
        let sections = (map["sections"]?.sequence ?? []).compactMap { $0.string }
        var tables: [TableTemplate] = []
        for t in map["tables"]?.sequence ?? [] {
            guard let section = t["section"]?.int, let columns = t["columns"]?.int, let rows = t["rows"]?.sequence else {
                throw fail(t, .templateTableKeys)
            }
            var checks: [Check] = []
            for (nameNode, c) in t["checks"]?.mapping ?? [:] {
                guard let range = parseRange(c["columns"]?.string, prefix: "c"),
                      let left = c["left"]?.sequence?.compactMap({ $0.int }), let right = c["right"]?.sequence?.compactMap({ $0.int }) else {
                    throw fail(c, .templateCheckKeys)
                }
                checks.append(Check(name: nameNode.string ?? "", columns: range, left: left, right: right))
            }
            var cells: [[Cell]] = []
            for row in rows {
                guard let items = row.sequence else { throw fail(row, .templateRowList) }
                cells.append(try items.map { item in
                    if let text = item.string { return Cell(content: .text(text)) }
                    guard item.mapping != nil else { throw fail(item, .templateCellKind) }
                    var cell: Cell
                    if let text = item["text"]?.string { cell = Cell(content: .text(text)) }
                    else if let path = item["input"]?.string { cell = Cell(content: .input(path)) }
                    else if let path = item["amount"]?.string { cell = Cell(content: .amount(path)) }
                    else if let path = item["signed"]?.string { cell = Cell(content: .signed(path)) }
                    else if let sum = item["sum"]?.string, let range = parseRange(sum, prefix: "c") { cell = Cell(content: .sumOfColumns(range)) }
                    else if let sum = item["sum"]?.string, let range = parseRange(sum, prefix: "r") { cell = Cell(content: .sumOfRows(range)) }
                    else { throw fail(item, .templateCellContent) }
                    cell.rowSpan = item["rowspan"]?.int ?? 1
                    cell.colSpan = item["colspan"]?.int ?? 1
                    cell.header = item["header"]?.bool ?? false
                    cell.supplied = item["supplied"]?.string
                    return cell
                })
            }
            tables.append(TableTemplate(section: section, columns: columns, rows: cells, checks: checks))
        }
        return AnnualReportTemplate(name: map["name"]?.string ?? "", format: map["format"]?.string ?? "", sections: sections, tables: tables)
    }

    static func parseRange(_ s: String?, prefix: Character) -> ClosedRange<Int>? {
        guard let s else { return nil }
        let parts = s.split(separator: ":")
        guard parts.count == 2, parts[0].first == prefix, parts[1].first == prefix,
              let a = Int(parts[0].dropFirst()), let b = Int(parts[1].dropFirst()), a <= b else { return nil }
        return a...b
    }
}

/// The numbers of an annual report, read from the front matter's `data:` mapping, each named
/// by its label path (`申请/本年新收/自然人`), with where it was written.
public struct AnnualReportData: Sendable, Equatable {
    public struct Value: Sendable, Equatable {
        /// As written (keeps an amount's decimals).
        public var text: String
        public var number: Double
        public var line: Int
        public var column: Int
    }
    public var values: [String: Value]
    /// Numbers that could not be read (negative, not a number, empty, given twice), in order;
    /// the builder reports them with the other problems.
    public var problems: [AnnualReportError] = []
    /// Paths whose number could not be read (not reported again as missing).
    public var unreadablePaths: Set<String> = []
    /// Where each label (each prefix of a path) was written: `[line, column]`.
    public var keyPositions: [String: [Int]] = [:]
    /// `缺省为零: true`: numbers not given are 0 (only when the clerk asks for it).
    public var zeroIfMissing: Bool
    /// Where the data starts (for errors about missing numbers).
    public var line: Int
    public var column: Int

    public static let zeroKey = "缺省为零"
    /// `格式: 2019` selects the 2019 trial format; the default is the 2021 format.
    public static let formatKey = "格式"
    /// The national format version the numbers follow: `2021` or `2019`.
    public var format: String = "2021"

    /// The template file of the data's format.
    public var templateName: String { "annual-report-\(format)" }

    /// Data given in code: numbers by label path (`申请/本年新收/自然人`), for programs that
    /// never write the source format.
    public init(values: [String: Double], format: String = "2021", zeroIfMissing: Bool = false) {
        self.values = values.mapValues { Value(text: AnnualReportBuilder.format($0), number: $0, line: 0, column: 0) }
        self.format = format
        self.zeroIfMissing = zeroIfMissing
        self.line = 0
        self.column = 0
    }

    /// The same data with every line moved by `offset` (YAML lines → file lines).
    public func shifted(by offset: Int) -> AnnualReportData {
        var copy = self
        copy.line += offset
        for key in copy.values.keys { copy.values[key]!.line += offset }
        for key in copy.keyPositions.keys { copy.keyPositions[key]![0] += offset }
        copy.problems = copy.problems.map { AnnualReportError(line: $0.line + offset, column: $0.column, message: $0.message, kind: $0.kind) }
        return copy
    }

    /// Flattens the mapping; leaves must be numbers ≥ 0.
    public init(_ node: Node) throws {
        line = node.mark?.line ?? 1
        column = node.mark?.column ?? 1
        guard let map = node.mapping else {
            throw AnnualReportError(line: line, column: column, .annualDataNotMapping)
        }
        var zero = false
        var found: [String: Value] = [:]
        var positions: [String: [Int]] = [:]
        // the switch for zeros is read first, then every other entry is a label
        var version = "2021"
        for (keyNode, value) in map where keyNode.string == Self.zeroKey || keyNode.string == Self.formatKey {
            let at = (keyNode.mark?.line ?? line, keyNode.mark?.column ?? column)
            if keyNode.string == Self.zeroKey {
                guard let b = value.bool else {
                    throw AnnualReportError(line: at.0, column: at.1, .annualZeroFlag, ["key": Self.zeroKey])
                }
                zero = b
            } else {
                let v = value.string ?? ""
                guard ["2019", "2021"].contains(v) else {
                    throw AnnualReportError(line: at.0, column: at.1, .annualFormat, ["key": Self.formatKey, "value": v])
                }
                version = v
            }
        }
        let entries = map.filter { $0.key.string != Self.zeroKey && $0.key.string != Self.formatKey }
        var bad: [AnnualReportError] = []
        Self.flatten(entries, prefix: "", into: &found, positions: &positions, problems: &bad, fallback: (line, column))
        problems = bad
        let labels = Array(positions.keys)
        unreadablePaths = Set(labels.filter { path in found[path] == nil && !labels.contains { $0.hasPrefix(path + "/") } })
        values = found
        keyPositions = positions
        zeroIfMissing = zero
        format = version
    }

    private static func flatten(_ entries: [(key: Node, value: Node)], prefix: String, into found: inout [String: Value],
                                positions: inout [String: [Int]], problems: inout [AnnualReportError], fallback: (Int, Int)) {
        for (keyNode, value) in entries {
            let key = keyNode.string ?? ""
            let at = (keyNode.mark?.line ?? fallback.0, keyNode.mark?.column ?? fallback.1)
            let path = prefix.isEmpty ? key : prefix + "/" + key
            positions[path] = [at.0, at.1]
            if let sub = value.mapping {
                flatten(Array(sub), prefix: path, into: &found, positions: &positions, problems: &problems, fallback: at)
                continue
            }
            let vAt = (value.mark?.line ?? at.0, value.mark?.column ?? at.1)
            guard let scalar = value.scalar?.string, !scalar.isEmpty else {
                problems.append(AnnualReportError(line: vAt.0, column: vAt.1, .annualNoNumber, ["path": path]))
                continue
            }
            guard let number = Double(scalar), number.isFinite else {
                problems.append(AnnualReportError(line: vAt.0, column: vAt.1, .annualNotNumber, ["path": path, "value": scalar]))
                continue
            }
            if found[path] != nil {
                problems.append(AnnualReportError(line: at.0, column: at.1, .annualGivenTwice, ["path": path]))
                continue
            }
            found[path] = Value(text: scalar, number: number, line: vAt.0, column: vAt.1)
        }
    }
}
