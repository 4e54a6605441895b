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

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, code: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.code = code
        self.message = message
    }

    enum CodingKeys: String, CodingKey { case file, line, column, code, message }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
    }

    /// A request-level problem from the catalog.
    init(_ template: MessageTemplate, _ arguments: [String: String] = [:], language: Language) {
        self.init(code: template.id, message: Message(template, arguments).text(in: language))
    }
}

/// The one place that turns what the library throws into problems in the request's language.
///
/// Source errors carry a location and (while the reader's messages move into the catalog) an
/// English text: they are reported with the code `source` and that text. When `SourceError`
/// carries a `Message`, this becomes `code: error.message.id, message: error.message.text(in:)`
/// for every entry of `error.all`.
enum ProblemMapping {
    static func problems(for error: any Error, file: String, language: Language) -> [APIProblem] {
        switch error {
        case let ExportError.source(source):
            return [sourceProblem(source, file: file, language: language)]
        case let source as SourceError:
            return [sourceProblem(source, file: file, language: language)]
        default:
            return [APIProblem(code: "source", message: "\(error)")]
        }
    }

    static func sourceProblem(_ error: SourceError, file: String, language: Language) -> APIProblem {
        let text = "\(error.message)"
        let message = language == .zh ? Message(.serverSourceError, ["detail": text]).text(in: .zh) : text
        return APIProblem(file: file, line: error.location.line, column: error.location.column, code: "source", message: message)
    }

    /// `govdoc check` findings with the request's file name and in its language.
    static func findings(_ findings: [Finding], file: String, language: Language) -> [Finding] {
        findings.map { finding in
            var f = finding
            f.file = file
            if language == .zh, f.code == "source" {
                f.message = Message(.serverSourceError, ["detail": f.message]).text(in: .zh)
            }
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
