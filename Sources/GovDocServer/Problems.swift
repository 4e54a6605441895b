import Foundation
import GovDocKit
import GovDocMessages
import GovDocSource

/// One entry of an error answer: where (for a problem in the source) and what.
/// Request-level problems (413, 415, 503 …) have no file, line or column (`null`).
public struct APIProblem: Sendable, Equatable, Encodable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// Stable id (the message catalog's, or `source` for a reader error not yet in the catalog).
    public var code: String
    public var message: String
    /// In a .docx/.odt draft: the paragraph (0-based) and its first characters.
    public var paragraph: Int?
    public var excerpt: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, code: String, message: String,
                paragraph: Int? = nil, excerpt: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.code = code
        self.message = message
        self.paragraph = paragraph
        self.excerpt = excerpt
    }

    enum CodingKeys: String, CodingKey { case file, line, column, code, message, paragraph, excerpt }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(paragraph, forKey: .paragraph)
        try c.encodeIfPresent(excerpt, forKey: .excerpt)
    }

    /// A request-level problem from the catalog.
    init(_ template: MessageTemplate, _ arguments: [String: String] = [:], language: Language) {
        self.init(code: template.id, message: Message(template, arguments).text(in: language))
    }
}

/// The one place that turns what the library throws into problems in the request's language:
/// a source error is every problem the reader found (`SourceError.all`), each at its line and
/// column with its catalog id as `code` and its message in the request's language.
enum ProblemMapping {
    static func problems(for error: any Error, file: String, language: Language) -> [APIProblem] {
        switch error {
        case let ExportError.source(source):
            return sourceProblems(source, file: file, language: language)
        case let source as SourceError:
            return sourceProblems(source, file: file, language: language)
        case let draft as DraftError:
            return [APIProblem(file: file, code: draft.message.id, message: draft.message.text(in: language),
                               paragraph: draft.location.paragraph, excerpt: draft.location.excerpt)]
        default:
            return [APIProblem(code: "source", message: "\(error)")]
        }
    }

    static func sourceProblems(_ error: SourceError, file: String, language: Language) -> [APIProblem] {
        error.all.map {
            APIProblem(file: file, line: $0.location.line, column: $0.location.column, code: $0.message.id,
                       message: $0.message.text(in: language))
        }
    }

    /// `govdoc check` findings with the request's file name, their messages in its language
    /// (the JSON keys and codes are those of `govdoc check --json`).
    static func findings(_ findings: [Finding], file: String, language: Language) -> [Finding] {
        findings.map { finding in
            var f = finding
            f.file = file
            if let localized = f.localized { f.message = localized.text(in: language) }
            return f
        }
    }
}

extension Language {
    /// The language an `Accept-Language` header prefers among zh and en (by q, then order);
    /// English when it names neither or is absent.
    static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        var best: (q: Double, index: Int, language: Language)? = nil
        for (index, item) in header.split(separator: ",").enumerated() {
            let fields = item.split(separator: ";")
            guard let tag = fields.first.map({ String($0.trimmingSpaces) }), let language = Language(tag: tag) else { continue }
            var q = 1.0
            for field in fields.dropFirst() {
                let kv = field.trimmingSpaces
                if kv.hasPrefix("q="), let v = Double(kv.dropFirst(2)) { q = v }
            }
            if q > 0, best == nil || q > best!.q { best = (q, index, language) }
        }
        return best?.language ?? .en
    }
}
