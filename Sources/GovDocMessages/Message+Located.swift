extension Message {
    /// A problem line as govdoc prints it: `file:1:2: 错误：…` in Chinese, `file:1:2: error: …`
    /// in English (`severity` is ``MessageTemplate/severityError`` or
    /// ``MessageTemplate/severityWarning``).
    public func located(_ location: String, severity: MessageTemplate = .severityError, in language: Language = Message.language) -> String {
        let word = severity.text(in: language)
        switch language {
        case .zh: return "\(location): \(word)：\(text(in: language))"
        case .en: return "\(location): \(word): \(text(in: language))"
        }
    }

    /// A list in the language's form: `a、b、c` / `a, b, c`.
    public static func list(_ items: [String], in language: Language = Message.language) -> String {
        items.joined(separator: language == .zh ? "、" : ", ")
    }
}

extension Language {
    /// The language named by `--lang VALUE` or `--lang=VALUE` among command-line arguments (the
    /// last one wins), if any: read before the argument parser builds its help texts.
    public static func fromArguments(_ arguments: [String]) -> Language? {
        var chosen: Language?
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count {
                chosen = Language(tag: arguments[i + 1]) ?? chosen
                i += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                chosen = Language(tag: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
            i += 1
        }
        return chosen
    }
}
