import GovDoc
import GovDocMessages
import GovDocPackaging
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
    /// `seal: PATH` or a list of paths: the seal images (relative to the source file), with
    /// where each is written.
    public var sealPaths: [(path: String, location: SourceLocation)] {
        get { zip(sealImagePaths, sealImageLocations).map { ($0, $1) } }
        set { sealImagePaths = newValue.map(\.path); sealImageLocations = newValue.map(\.location) }
    }
    public var sealImagePaths: [String] = []
    public var sealImageLocations: [SourceLocation] = []
    /// `signature-image: PATH` (命令): the signer's signature seal (签名章), and where it is written.
    public var signatureImagePath: String?
    public var signatureImageLocation: SourceLocation?
    /// The file line of the `signer:` key (what `check` names when a 命令 has no 签名章).
    public var signerLine: Int?
    public var firstPage: Int = 1
    public var style: String?
    /// 份号 (six digits), 密级和保密期限, 紧急程度 (§7.2.1–7.2.3).
    public var copy: String?
    public var classification: Classification?
    public var urgency: Urgency?
    /// 联合行文: every issuer (lead first), every name of a joint mark, every 签发人; `issuer`,
    /// `header` and `signer` hold the first.
    public var issuers: [String] = []
    public var headers: [String] = []
    public var signers: [String] = []
    /// The word right of a joint mark's names (`文件`).
    public var headerSuffix: String?
    /// 命令: the signer's title (§7.3.5.3).
    public var signerTitle: String?
    /// 纪要: 出席, 请假, 列席.
    public var attendees: [String] = []
    public var absent: [String] = []
    public var observers: [String] = []
    /// Lines of keys checked after the kind is known (`attendees` on a kind without them, a
    /// joint header of one name).
    var attendanceKeyLines: [KeyPosition] = []
    var singleJointHeader: KeyPosition?
    struct KeyPosition: Sendable, Equatable { var key: String; var line: Int; var column: Int }
    /// `kind: annual-report`: the numbers of the tables, by label path.
    public var data: AnnualReportData?

    /// The keys of the contract, in the order of source-format.md §1.
    public static let keys = ["kind", "title", "issuer", "date", "number", "signer", "header", "to",
                              "attachments", "note", "cc", "printer", "printed", "seal", "first-page", "style", "data",
                              "copy", "classification", "urgency", "header-suffix", "signer-title", "signature-image",
                              "attendees", "absent", "observers"]

    /// Parses the YAML between the `---` lines. `firstLine` is the file line of the YAML's first line.
    static func parse(_ yaml: String, file: String, firstLine: Int, openingLine: Int) throws(SourceError) -> FrontMatter {
        let (matter, errors) = try parseCollecting(yaml, file: file, firstLine: firstLine, openingLine: openingLine)
        if let combined = SourceError.combined(errors) { throw combined }
        return matter
    }

    /// The front matter as far as it could be read, and every problem of its keys; a problem
    /// that leaves nothing to read (malformed YAML, not a mapping) is thrown.
    static func parseCollecting(_ yaml: String, file: String, firstLine: Int, openingLine: Int) throws(SourceError) -> (FrontMatter, [SourceError]) {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1)
        }
        let node: Node?
        do {
            // nodes only: an empty constructor and the encoding named, so that neither Yams'
            // default constructor tables nor its environment lookup are set up
            node = try DocumentYAML.compose(yaml)   // held to the YAML limits first (YAMLLimits.swift)
        } catch let error as YAMLLimitError {
            throw SourceError(SourceLocation(file: file, line: error.line + firstLine - 1, column: error.column), error.message)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw SourceError(location(mark), Message(.frontMatterMalformedYAML, [:], parts: ["problem": yamlProblem(problem)]))
            default:
                throw SourceError(location(nil), .frontMatterMalformedYAML, ["problem": "\(error)"])
            }
        } catch {
            throw SourceError(location(nil), .frontMatterMalformedYAML, ["problem": "\(error)"])
        }
        var matter = FrontMatter()
        guard let root = node else {
            throw SourceError(SourceLocation(file: file, line: openingLine, column: 1), .frontMatterEmpty)
        }
        guard let mapping = root.mapping else {
            throw SourceError(location(root.mark), Message(.frontMatterNotMapping, [:], parts: ["found": describe(root)]))
        }
        var seen: [String: Int] = [:]
        var hasTitle = false
        var dataLine: Int? = nil
        // every key is checked: the problems of all of them are reported together
        var errors: [SourceError] = []
        for (keyNode, value) in mapping {
          do throws(SourceError) {
            guard let key = keyNode.scalar?.string else {
                throw SourceError(location(keyNode.mark), Message(.frontMatterKeyNotText, [:], parts: ["found": describe(keyNode)]))
            }
            let at = location(keyNode.mark)
            if let previous = seen[key] {
                throw SourceError(at, .frontMatterDuplicateKey, ["key": key, "line": String(previous)])
            }
            seen[key] = at.line
            let valueAt = location(value.mark ?? keyNode.mark)
            func string() throws(SourceError) -> String {
                guard let s = value.scalar?.string else {
                    throw SourceError(valueAt, Message(.frontMatterNotText, ["key": key], parts: ["found": describe(value)]))
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
                    throw SourceError(valueAt, .frontMatterBadDate, ["key": key, "value": s])
                }
                return date
            }
            func list() throws(SourceError) -> [String] {
                if let s = value.scalar?.string { return s.isEmpty ? [] : [s] }
                guard let seq = value.sequence else {
                    throw SourceError(valueAt, Message(.frontMatterNotList, ["key": key], parts: ["found": describe(value)]))
                }
                var items: [String] = []
                for item in seq {
                    guard let s = item.scalar?.string else {
                        throw SourceError(location(item.mark), Message(.frontMatterItemNotText, ["key": key], parts: ["found": describe(item)]))
                    }
                    items.append(s)
                }
                return items
            }
            /// A name or a list of names (joint issuers, several signers), trimmed, empty ones dropped.
            func names() throws(SourceError) -> [String] {
                if value.null != nil { return [] }
                return try list().map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
            }
            switch key {
            case "kind":
                let s = try string()
                guard let kind = DocumentKind(rawValue: s) else {
                    throw SourceError(valueAt, .frontMatterUnknownKind, ["kind": s, "kinds": DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")])
                }
                matter.kind = kind
            case "title":
                hasTitle = true
                matter.title = try string()
                guard !matter.title.isEmpty else { throw SourceError(valueAt, .frontMatterEmptyTitle) }
            case "issuer":
                matter.issuers = try names()
                matter.issuer = matter.issuers.first
            case "date": matter.date = try isoDate()
            case "number": matter.number = try optionalString()
            case "signer":
                matter.signerLine = at.line
                matter.signers = try names()
                matter.signer = matter.signers.first
            case "header":
                matter.headers = try names()
                matter.header = matter.headers.first
                if let seq = value.sequence, seq.count == 1 { matter.singleJointHeader = KeyPosition(key: key, line: valueAt.line, column: valueAt.column) }
            case "header-suffix": matter.headerSuffix = try optionalString()
            case "signer-title": matter.signerTitle = try optionalString()
            case "signature-image":
                matter.signatureImagePath = try optionalString()
                matter.signatureImageLocation = valueAt
            case "attendees", "absent", "observers":
                let l = try names()
                matter.attendanceKeyLines.append(KeyPosition(key: key, line: at.line, column: at.column))
                switch key {
                case "attendees": matter.attendees = l
                case "absent": matter.absent = l
                default: matter.observers = l
                }
            case "to": matter.to = try optionalString()
            case "attachments": matter.attachments = try list()
            case "note": matter.note = try optionalString()
            case "cc": matter.cc = try list()
            case "printer": matter.printer = try optionalString()
            case "printed": matter.printed = try isoDate()
            case "seal":
                if let paths = try sealImages(value, location: location) {
                    matter.sealPaths = paths
                    matter.seal = true
                    continue
                }
                guard let b = value.bool else { throw SourceError(valueAt, Message(.frontMatterSealNotBool, [:], parts: ["found": describe(value)])) }
                matter.seal = b
            case "first-page":
                // a decimal number (`12`, `+12`), read here (Yams' Int.construct also takes 0x…,
                // 0o…, 1_000 and sexagesimal, through Foundation)
                guard let s = value.scalar?.string.trimmingCharacters(in: " \t"), let n = Int(s),
                      (1...99_999).contains(n) else {
                    throw SourceError(valueAt, Message(.frontMatterFirstPage, [:], parts: ["found": describe(value)]))
                }
                matter.firstPage = n
            case "style": matter.style = try optionalString()
            case "copy":
                // the scalar as written: `000123` is not read as a number (or an octal one)
                guard let s = value.scalar?.string.trimmingCharacters(in: " \t"), let copy = ClassificationMarks.copyNumber(s) else {
                    throw SourceError(valueAt, .frontMatterCopyNumber, ["found": value.scalar?.string ?? "…"])
                }
                matter.copy = copy
            case "classification":
                let s = try string()
                guard let c = Classification(s) else { throw SourceError(valueAt, .frontMatterClassification, ["found": s]) }
                matter.classification = c
            case "urgency":
                let s = try string()
                guard let u = Urgency(rawValue: s) else { throw SourceError(valueAt, .frontMatterUrgency, ["found": s]) }
                matter.urgency = u
            case "data":
                dataLine = at.line
                do {
                    matter.data = try AnnualReportData(value).shifted(by: firstLine - 1)
                } catch let error as AnnualReportError {
                    throw SourceError(SourceLocation(file: file, line: error.line + firstLine - 1, column: error.column), error.message)
                } catch {
                    throw SourceError(valueAt, .frontMatterDataUnreadable, ["detail": "\(error)"])
                }
            default:
                let known = keys.joined(separator: ", ")
                if let guess = closest(key, in: keys) {
                    throw SourceError(at, .frontMatterUnknownKeyGuess, ["key": key, "guess": guess, "keys": known])
                }
                throw SourceError(at, .frontMatterUnknownKey, ["key": key, "keys": known])
            }
          } catch {
            errors.append(error)
          }
        }
        let kindIsKnown = !errors.contains { $0.message.template == .frontMatterUnknownKind }
        if kindIsKnown && matter.kind != .minutes {
            for p in matter.attendanceKeyLines {
                errors.append(SourceError(SourceLocation(file: file, line: p.line, column: p.column), .frontMatterAttendanceKind,
                                          ["key": p.key, "kind": matter.kind.rawValue]))
            }
        }
        if let p = matter.singleJointHeader {
            errors.append(SourceError(SourceLocation(file: file, line: p.line, column: p.column), .frontMatterJointHeaderOne,
                                      ["name": matter.header ?? ""]))
        }
        if let line = dataLine, matter.kind != .annualReport, kindIsKnown {
            errors.append(SourceError(SourceLocation(file: file, line: line, column: 1), .frontMatterDataNotAnnual, ["kind": matter.kind.rawValue]))
        }
        if matter.kind == .annualReport && dataLine == nil {
            errors.append(SourceError(SourceLocation(file: file, line: openingLine, column: 1), .frontMatterAnnualWithoutData))
        }
        if !hasTitle {
            errors.append(SourceError(SourceLocation(file: file, line: openingLine, column: 1), .frontMatterNoTitle))
        }
        return (matter, errors)
    }

    /// libyaml's problem in the catalog's words when it is a common one.
    static func yamlProblem(_ problem: String) -> Message {
        let known: [MessageTemplate] = [.yamlExpectedCommaOrBracket, .yamlExpectedCommaOrBrace, .yamlMappingNotAllowed,
                                        .yamlExpectedColon, .yamlBadCharacter, .yamlExpectedKey, .yamlExpectedContent,
                                        .yamlUnclosedQuote]
        if let template = known.first(where: { problem.hasPrefix($0.en) }) { return Message(template) }
        return Message(.yamlOther, ["problem": problem])
    }

    /// What a node is, for `found …` in a message.
    private static func describe(_ node: Node) -> Message {
        switch node {
        case let .scalar(s): return Message(.foundText, ["text": s.string])
        case .mapping: return Message(.foundMapping)
        case .sequence: return Message(.foundList)
        @unknown default: return Message(.foundValue)
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
    /// The text without the characters of `set` at either end (a slice, no set or reversed copies).
    func trimmingCharacters(in set: String) -> String {
        var rest = Substring(self)
        while let first = rest.first, set.contains(first) { rest.removeFirst() }
        while let last = rest.last, set.contains(last) { rest.removeLast() }
        return rest.startIndex == startIndex && rest.endIndex == endIndex ? self : String(rest)
    }
}
