/// The language a message is shown in: Simplified Chinese for the clerk, English for programmers.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// 简体中文.
    case zh
    case en

    /// The language chosen by the environment: `GOVDOC_LANG` (`zh`/`en`) first, then the POSIX
    /// locale variables in their order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`): a value
    /// starting with `zh` means Chinese; anything else (or nothing) English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        if let chosen = environment["GOVDOC_LANG"], let language = Language(tag: chosen) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `en`, `en_US` …; nil for anything else.
    public init?(tag: String) {
        let lower = tag.lowercased()
        if lower.hasPrefix("zh") { self = .zh } else if lower.hasPrefix("en") || lower == "c" || lower == "posix" { self = .en } else { return nil }
    }
}
