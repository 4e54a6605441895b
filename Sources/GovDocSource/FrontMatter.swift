import GovDoc
import GovDocTemplates
import Yams

/// The YAML front matter of a source file (source format §1), checked key by key.
public struct FrontMatter: Sendable, Equatable {
    public var kind: DocumentKind = .report
    public var title: String = ""
    public var issuer: String?
    public var date: CalendarDate?
    public var number: String?
    public var signer: String?
    public var header: String?
    public var to: String?
    public var attachments: [String] = []
    public var note: String?
    public var cc: [String] = []
    public var printer: String?
    public var printed: CalendarDate?
    public var seal: Bool = false
    public var firstPage: Int = 1
    public var style: String?
    /// `kind: annual-report`: the numbers of the tables, by label path.
    public var data: AnnualReportData?

    /// The keys of the contract, in the order of source-format.md §1.
    public static let keys = ["kind", "title", "issuer", "date", "number", "signer", "header", "to",
                              "attachments", "note", "cc", "printer", "printed", "seal", "first-page", "style", "data"]

    /// Parses the YAML between the `---` lines. `firstLine` is the file line of the YAML's first line.
    static func parse(_ yaml: String, file: String, firstLine: Int, openingLine: Int) throws(SourceError) -> FrontMatter {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw SourceError(location(mark), "malformed YAML in the front matter: \(problem)")
            default:
                throw SourceError(location(nil), "malformed YAML in the front matter: \(error)")
            }
        } catch {
            throw SourceError(location(nil), "malformed YAML in the front matter: \(error)")
        }
        var matter = FrontMatter()
        guard let root = node else {
            throw SourceError(SourceLocation(file: file, line: openingLine, column: 1), "the front matter is empty: expected at least `title:`")
        }
        guard let mapping = root.mapping else {
            throw SourceError(location(root.mark), "the front matter must be `key: value` lines, found \(describe(root))")
        }
        var seen: [String: Int] = [:]
        var hasTitle = false
        var dataLine: Int? = nil
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw SourceError(location(keyNode.mark), "expected a key name, found \(describe(keyNode))")
            }
            let at = location(keyNode.mark)
            if let previous = seen[key] {
                throw SourceError(at, "`\(key)` is given twice (first on line \(previous))")
            }
            seen[key] = at.line
            let valueAt = location(value.mark ?? keyNode.mark)
            func string() throws(SourceError) -> String {
                guard let s = value.scalar?.string else {
                    throw SourceError(valueAt, "`\(key)` must be text, found \(describe(value))")
                }
                return s.trimmingCharacters(in: " \t")
            }
            func optionalString() throws(SourceError) -> String? {
                if value.scalar?.string == "" || value.null != nil { return nil }
                return try string()
            }
            func isoDate() throws(SourceError) -> CalendarDate? {
                guard let s = try optionalString() else { return nil }
                guard let date = CalendarDate(iso: s) else {
                    throw SourceError(valueAt, "`\(key)` must be a date YYYY-MM-DD that exists, found `\(s)`")
                }
                return date
            }
            func list() throws(SourceError) -> [String] {
                if let s = value.scalar?.string { return s.isEmpty ? [] : [s] }
                guard let seq = value.sequence else {
                    throw SourceError(valueAt, "`\(key)` must be a list like `[a, b]`, found \(describe(value))")
                }
                var items: [String] = []
                for item in seq {
                    guard let s = item.scalar?.string else {
                        throw SourceError(location(item.mark), "each item of `\(key)` must be text, found \(describe(item))")
                    }
                    items.append(s)
                }
                return items
            }
            switch key {
            case "kind":
                let s = try string()
                guard let kind = DocumentKind(rawValue: s) else {
                    throw SourceError(valueAt, "unknown kind `\(s)`: expected one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                matter.kind = kind
            case "title":
                matter.title = try string()
                guard !matter.title.isEmpty else { throw SourceError(valueAt, "`title` is empty: expected the document's title") }
                hasTitle = true
            case "issuer": matter.issuer = try optionalString()
            case "date": matter.date = try isoDate()
            case "number": matter.number = try optionalString()
            case "signer": matter.signer = try optionalString()
            case "header": matter.header = try optionalString()
            case "to": matter.to = try optionalString()
            case "attachments": matter.attachments = try list()
            case "note": matter.note = try optionalString()
            case "cc": matter.cc = try list()
            case "printer": matter.printer = try optionalString()
            case "printed": matter.printed = try isoDate()
            case "seal":
                guard let b = value.bool else { throw SourceError(valueAt, "`seal` must be true or false, found \(describe(value))") }
                matter.seal = b
            case "first-page":
                guard let n = value.int, (1...99_999).contains(n) else {
                    throw SourceError(valueAt, "`first-page` must be a whole number from 1, found \(describe(value))")
                }
                matter.firstPage = n
            case "style": matter.style = try optionalString()
            case "data":
                do {
                    matter.data = try AnnualReportData(value).shifted(by: firstLine - 1)
                } catch let error as AnnualReportError {
                    throw SourceError(SourceLocation(file: file, line: error.line + firstLine - 1, column: error.column), error.message)
                } catch {
                    throw SourceError(valueAt, "cannot read `data`: \(error)")
                }
                dataLine = at.line
            default:
                var message = "unknown front matter key `\(key)`"
                if let guess = closest(key, in: keys) { message += ": did you mean `\(guess)`?" }
                message += " (known keys: \(keys.joined(separator: ", ")))"
                throw SourceError(at, message)
            }
        }
        if let line = dataLine, matter.kind != .annualReport {
            throw SourceError(SourceLocation(file: file, line: line, column: 1), "`data` holds the numbers of `kind: annual-report`; this file is `kind: \(matter.kind.rawValue)`")
        }
        if matter.kind == .annualReport && matter.data == nil {
            throw SourceError(SourceLocation(file: file, line: openingLine, column: 1), "`kind: annual-report` needs `data:` with the numbers of its tables (see `govdoc new annual-report`)")
        }
        if !hasTitle {
            throw SourceError(SourceLocation(file: file, line: openingLine, column: 1), "the front matter has no `title`: expected `title: …` (标题)")
        }
        return matter
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(s): return "`\(s.string)`"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        @unknown default: return "a value"
        }
    }
}

/// The candidate nearest to `word` by edit distance (a swap of two neighbours counts as one
/// edit), if it is close enough to be a typo.
func closest(_ word: String, in candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
    let w = Array(word.lowercased())
    let best = candidates.map { ($0, distance(w, Array($0))) }.min { $0.1 < $1.1 }
    guard let (candidate, d) = best, d <= max(1, candidate.count / 3) else { return nil }
    return candidate
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        return String(self.drop(while: { chars.contains($0) }).reversed().drop(while: { chars.contains($0) }).reversed())
    }
}
