import GovDocMessages

/// A position in a source file: 1-based line and column (columns count characters).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem in a source file, with where it is and what was expected.
///
/// The message carries its catalog id and arguments, so a program can show it in either
/// language (``GovDocMessages/Message/text(in:)``); `description` uses the current one. The
/// reader goes on after a problem wherever the rest of the file still means something, so the
/// error it throws is the first problem of the file and ``others`` holds the rest: ``all`` is
/// every problem in file:line:column order.
public struct SourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: Message
    /// The file's further problems after this one, in file:line:column order.
    public var others: [SourceError] = []

    public init(_ location: SourceLocation, _ message: Message) {
        self.location = location
        self.message = message
    }

    public init(_ location: SourceLocation, _ template: MessageTemplate, _ arguments: [String: String] = [:]) {
        self.init(location, Message(template, arguments))
    }

    /// This problem and every other one of the file, in file:line:column order.
    public var all: [SourceError] {
        var first = self
        first.others = []
        return [first] + others
    }

    /// `file:line:column: 错误：…` / `file:line:column: error: …` (this problem only).
    public func text(in language: Language) -> String {
        message.located(location.description, in: language)
    }

    /// ``text(in:)`` in the current language.
    public var description: String { text(in: Message.language) }

    /// One problem carrying the others, sorted by position (nil when there is none).
    public static func combined(_ errors: [SourceError]) -> SourceError? {
        var seen = Set<String>()
        let flat = errors.flatMap(\.all)
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            .filter { seen.insert("\($0.location)|\($0.message.id)|\($0.message.arguments)").inserted }
        guard var first = flat.first else { return nil }
        first.others = Array(flat.dropFirst())
        return first
    }
}
