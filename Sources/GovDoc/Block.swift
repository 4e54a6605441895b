/// One block of the 主体 (body), in reading order.
public enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
    /// Starts a new page.
    case pageBreak
    /// A picture on a line of its own, centred (`<img src width alt>`).
    case figure(Figure)
}

/// A structural heading (层次序数): `一、` → `（一）` → `1.` → `（1）`.
public struct Heading: Sendable, Equatable {
    /// 1…4.
    public var level: Int
    /// The number as written, e.g. `（一）` or `1.`; empty when the heading has none.
    public var number: String
    /// The heading text including its number, exactly as written.
    public var text: String
    /// Run-in heading (段中标题): body text that follows the heading in the same paragraph,
    /// e.g. `1.存在问题。` + `一是……`. `nil` for a heading on a line of its own.
    public var runInText: String?

    public init(level: Int, number: String = "", text: String, runInText: String? = nil) {
        precondition((1...4).contains(level), "heading level must be 1…4")
        self.level = level
        self.number = number
        self.text = text
        self.runInText = runInText
    }

    /// The role whose look the heading takes.
    public var role: Role { Role.heading(level) }
}

/// A body paragraph (正文): first line indented two characters.
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var role: Role

    public init(_ text: String, role: Role = .body) {
        self.text = text
        self.role = role
    }
}
