#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One text of the catalog: a stable id and the same message in Simplified Chinese and English.
///
/// Placeholders are written `{name}` and must be the same set in both languages (a test checks
/// every template). Templates are declared as static members in the `Messages+*.swift` files,
/// one file per part of govdoc, and listed in ``MessageCatalog/all``.
public struct MessageTemplate: Sendable, Hashable {
    /// Stable, dotted, never translated: `source.front-matter.unknown-key`. `--json` and the
    /// HTTP API report it as the `code`.
    public let id: String
    public let zh: String
    public let en: String

    public init(_ id: String, zh: String, en: String) {
        self.id = id
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }

    /// The placeholder names used in `text`, in order of first appearance.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !names.contains(name) {
                names.append(name)
            }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

/// A message with its arguments: what an error or a warning carries, so that a program can show
/// it in either language. `description` uses ``Message/language``.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public let template: MessageTemplate
    public let arguments: [String: String]
    /// Arguments that are messages themselves (a cause, a detail), shown in the same language as
    /// the message around them.
    public let parts: [String: Message]

    public init(_ template: MessageTemplate, _ arguments: [String: String] = [:]) {
        self.template = template
        self.arguments = arguments
        self.parts = [:]
    }

    /// A message some of whose placeholders are filled by other messages.
    public init(_ template: MessageTemplate, _ arguments: [String: String] = [:], parts: [String: Message]) {
        self.template = template
        self.arguments = arguments
        self.parts = parts
    }

    /// The stable id (`--json`'s `code`).
    public var id: String { template.id }

    /// The text with its placeholders filled in.
    public func text(in language: Language) -> String {
        let pattern = template.text(in: language)
        // memchr over the UTF-8: `contains("{")` here would be Foundation's substring search,
        // which bridges the text to NSString (its first use sets up CoreFoundation's strings)
        let hasPlaceholder = pattern.utf8.withContiguousStorageIfAvailable { $0.isEmpty ? false : memchr($0.baseAddress!, 0x7B, $0.count) != nil }
            ?? pattern.utf8.contains(UInt8(ascii: "{"))
        guard hasPlaceholder else { return pattern }
        var out = ""
        out.reserveCapacity(pattern.utf8.count + 32)
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = arguments[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else if let close = after.firstIndex(of: "}"), let part = parts[String(after[..<close])] {
                out += part.text(in: language)
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        out += rest
        return out
    }

    public var description: String { text(in: Message.language) }

    /// The language `description` uses: from the environment at start-up (see
    /// ``Language/fromEnvironment(_:)``); the CLI sets it from `--lang`.
    public static var language: Language {
        get { LanguageSetting.shared.value }
        set { LanguageSetting.shared.value = newValue }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process-wide language, set once by a front end; read from any thread.
final class LanguageSetting: @unchecked Sendable {
    static let shared = LanguageSetting()
    private let lock = NSLock()
    // the four variables read with getenv: ProcessInfo's environment copies the whole
    // environment into a dictionary first
    private var current: Language = Language.fromEnvironment(
        Dictionary(uniqueKeysWithValues: ["GOVDOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].compactMap { name in
            getenv(name).map { (name, String(cString: $0)) }
        }))
    var value: Language {
        get { lock.lock(); defer { lock.unlock() }; return current }
        set { lock.lock(); current = newValue; lock.unlock() }
    }
}
