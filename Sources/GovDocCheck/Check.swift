import GovDoc
import GovDocMessages
import GovDocSource

/// One problem found by `govdoc check`.
public struct Finding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable { case error, warning }
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// A stable identifier: `numbering.form`, `numbering.sequence`, `numbering.skip`,
    /// `numbering.space`, `section.empty`, `source`.
    public var code: String
    /// The message in the language current when the finding was made (`--json`'s `message`).
    public var message: String
    /// The heading number that `--renumber` writes, when the finding is about a number.
    public var replacement: String?
    /// The message with its catalog id and arguments, to show in either language (not part of
    /// the JSON: its keys do not change with the language).
    public var localized: Message?
    /// For a finding in a .docx/.odt draft: the paragraph's first characters (`line` is then the
    /// paragraph's 1-based index, `column` 0; a finding about the whole file has line 0).
    /// Absent from `--json` when nil.
    public var excerpt: String?

    enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, replacement, excerpt }

    public init(file: String, line: Int, column: Int, severity: Severity, code: String, message: String,
                replacement: String? = nil, excerpt: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
        self.replacement = replacement
        self.excerpt = excerpt
    }

    public init(file: String, line: Int, column: Int, severity: Severity, code: String, message: Message,
                replacement: String? = nil, excerpt: String? = nil) {
        self.init(file: file, line: line, column: column, severity: severity, code: code, message: message.description,
                  replacement: replacement, excerpt: excerpt)
        self.localized = message
    }

    /// A finding with the catalog's id as its code.
    public init(file: String, line: Int, column: Int, severity: Severity, message: Message, replacement: String? = nil,
                excerpt: String? = nil) {
        self.init(file: file, line: line, column: column, severity: severity, code: message.id, message: message,
                  replacement: replacement, excerpt: excerpt)
    }

    /// Where: `file:line:column`; for a draft `file:¶12「一、主要工作」` (`file` for the file as a whole).
    public var place: String {
        guard let excerpt else { return "\(file):\(line):\(column)" }
        return line > 0 ? "\(file):¶\(line)" + (excerpt.isEmpty ? "" : "「\(excerpt)」") : file
    }

    /// `file:line:column: 警告：message` / `file:line:column: warning: message`.
    public func text(in language: Language, severity shown: Severity? = nil) -> String {
        let words: MessageTemplate = (shown ?? severity) == .error ? .severityError : .severityWarning
        if let localized { return localized.located(place, severity: words, in: language) }
        let word = words.text(in: language)
        return language == .zh ? "\(place): \(word)：\(message)" : "\(place): \(word): \(message)"
    }

    /// ``text(in:severity:)`` in the current language.
    public var description: String { text(in: Message.language) }
}

/// The numbering of headings (层次序数) and the shape of sections, checked against the
/// order 一、 → （一） → 1. → （1）: each level in its own form, numbered 1, 2, 3… under its parent.
public struct NumberingCheck {
    public struct Entry: Sendable, Equatable {
        public var line: Int
        /// The level the heading takes in the document's structure (its form may disagree).
        public var level: Int
        public var written: String
        public var value: Int?
        public var expected: String
    }

    /// The findings and, for each heading, the number it should carry.
    public private(set) var findings: [Finding] = []
    public private(set) var entries: [Entry] = []

    /// Checks the document's body and, numbered afresh, each attachment's text.
    public init(result: SourceReader.Result, file: String) {
        check(result.document.blocks, lines: result.blockLines, file: file)
        for (attachment, lines) in zip(result.document.attachments, result.attachmentBlockLines) {
            check(attachment.blocks ?? [], lines: lines, file: file)
        }
    }

    /// Checks blocks that did not come from a source file (a .docx/.odt draft's recognised
    /// headings): `lines[i]` is the line (or paragraph index) reported for `blocks[i]`; each
    /// attachment's blocks are numbered afresh. Headings without a number (from a Heading
    /// style) are left out: the model numbers them by position.
    public init(blocks: [Block], lines: [Int], attachments: [(blocks: [Block], lines: [Int])] = [], file: String) {
        precondition(blocks.count == lines.count, "one line per block")
        check(blocks, lines: lines, file: file)
        for attachment in attachments {
            precondition(attachment.blocks.count == attachment.lines.count, "one line per block")
            check(attachment.blocks, lines: attachment.lines, file: file)
        }
    }

    private mutating func check(_ blocks: [Block], lines blockLines: [Int], file: String) {
        var counters = [0, 0, 0, 0, 0]
        var open = 0 // deepest level currently open
        var previousHeading: (level: Int, line: Int, index: Int)? = nil
        for (index, block) in blocks.enumerated() {
            guard case let .heading(h) = block, !h.number.isEmpty else { continue }
            let line = blockLines[index]
            let formLevel = h.level
            // A heading more than one level deeper than what is open: a （1） is read as the
            // level-2 heading it stands for (its parenthesised twin （一）); otherwise the
            // skipped level is reported and the form is trusted.
            var level = formLevel
            let value = Self.value(of: h.number)
            if formLevel == 4 && open < 3 {
                // （1） can only stand under a 1. heading: without one, it is a level-2 heading
                // of the series （一）（二）… in the wrong form
                level = 2
            } else if formLevel > open + 1 {
                findings.append(Finding(file: file, line: line, column: 1, severity: .warning, message: Message(.checkSkip, [
                    "number": h.number, "level": String(open + 1), "example": Self.example(level: open + 1)])))
            }
            if let prev = previousHeading, prev.level >= level, Self.isEmptySection(blocks, from: prev.index, to: index) {
                findings.append(Finding(file: file, line: prev.line, column: 1, severity: .warning, code: "section.empty",
                                        message: Message(.checkEmptyBeforeNext)))
            }
            counters[level] += 1
            for deeper in counters.indices where deeper > level { counters[deeper] = 0 }
            open = level
            let expected = Self.number(counters[level], level: level)
            if Self.canonical(h.number) != expected {
                let sameForm = HeadingSyntax.numbering(of: h.number + "x")?.level == level
                if !sameForm {
                    findings.append(Finding(file: file, line: line, column: 1, severity: .error, message: Message(.checkForm, [
                        "number": h.number.trimmingSpaces, "form": String(formLevel), "level": String(level), "expected": expected]),
                                            replacement: expected))
                } else if value != counters[level] {
                    findings.append(Finding(file: file, line: line, column: 1, severity: .error,
                                            message: Message(.checkSequence, ["number": h.number.trimmingSpaces, "expected": expected]),
                                            replacement: expected))
                } else {
                    findings.append(Finding(file: file, line: line, column: 1, severity: .warning,
                                            message: Message(.checkMixedWidth, ["number": h.number.trimmingSpaces, "expected": expected]),
                                            replacement: expected))
                }
            }
            if let space = Self.spaceAfterNumber(h.text, number: h.number) {
                findings.append(Finding(file: file, line: line, column: space, severity: .warning,
                                        message: Message(.checkSpace, ["number": h.number.trimmingSpaces]),
                                        replacement: expected))
            }
            entries.append(Entry(line: line, level: level, written: h.number, value: value, expected: expected))
            previousHeading = (level, line, index)
        }
        if let prev = previousHeading, Self.isEmptySection(blocks, from: prev.index, to: blocks.count) {
            findings.append(Finding(file: file, line: prev.line, column: 1, severity: .warning, code: "section.empty",
                                    message: Message(.checkEmptyAtEnd)))
        }
    }

    /// True when no paragraph or table stands between two blocks (a run-in heading has text).
    static func isEmptySection(_ blocks: [Block], from start: Int, to end: Int) -> Bool {
        if case let .heading(h) = blocks[start], h.runInText != nil { return false }
        for block in blocks[(start + 1)..<end] {
            switch block {
            case .paragraph, .table, .figure: return false
            case .heading, .pageBreak: continue
            }
        }
        return true
    }

    /// The number of a heading in the canonical form of its level: 一、 （一） 1. （1）.
    public static func number(_ n: Int, level: Int) -> String { HeadingSyntax.canonicalNumber(n, level: level) }

    static func example(level: Int) -> String { number(1, level: level) }

    static func value(of number: String) -> Int? { HeadingSyntax.value(of: number) }

    /// The written number without inner spaces, for comparison with the canonical form.
    static func canonical(_ number: String) -> String { number.filter { $0 != " " } }

    /// Column of a space right after the number, if any.
    static func spaceAfterNumber(_ text: String, number: String) -> Int? {
        let rest = text.dropFirst(number.count)
        guard let first = rest.first, first == " " || first == "\u{3000}" else { return nil }
        return number.count + 1
    }
}

extension String {
    var trimmingSpaces: String { filter { $0 != " " } }
}
