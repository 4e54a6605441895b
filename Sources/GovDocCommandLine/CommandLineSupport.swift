import ArgumentParser
import Foundation
import GovDocMessages

/// `--lang zh|en` on every command (read before parsing by ``GovDocCommand/main()``).
public struct LanguageOption: ParsableArguments {
    public init() {}
    public enum Choice: String, ExpressibleByArgument, CaseIterable {
        case zh, en
        // spelled out: the defaults describe each case with String(describing:), which costs the
        // runtime's protocol-conformance scans at every start
        public static var allValueStrings: [String] { allCases.map(\.rawValue) }
        public var defaultValueDescription: String { rawValue }
    }
    @Option(name: .customLong("lang"), help: ArgumentHelp(L(.cliLangHelp)))
    public var lang: Choice?
}

/// A catalog text in the current language.
public func L(_ template: MessageTemplate, _ arguments: [String: String] = [:]) -> String {
    Message(template, arguments).description
}

/// The argument parser's fixed English words (section titles, its own flags, its errors) in
/// the current language.
public enum ParserText {
    public static func localized(_ text: String) -> String {
        guard Message.language != .en else { return text }
        let pairs: [MessageTemplate] = [.parserOverview, .parserUsage, .parserArguments, .parserOptions, .parserSubcommands,
                                        .parserHelpFlag, .parserVersionFlag, .parserSeeHelp, .parserError, .parserHelpLine,
                                        .parserMissingArgument, .parserUnknownOption, .parserUnexpectedArgument,
                                        .parserMissingValue, .parserDefault, .parserHelpAbstract, .parserValues,
                                        .parserUsageLine, .parserSeeMoreStart, .parserSeeMoreEnd]
        var result = text
        for template in pairs {
            result = result.replacingOccurrences(of: template.en, with: template.text(in: Message.language))
        }
        // `(values: zh, en)` and `(default: x)` close with a full-width parenthesis
        var lines = result.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices where lines[i].hasSuffix(")") && (lines[i].contains("（可选值：") || lines[i].contains("（默认：")) {
            lines[i] = String(lines[i].dropLast()) + "）"
        }
        return lines.joined(separator: "\n")
    }
}

public enum FileHandleStream {
    case standardError
    public func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// The `main` of govdoc's programs: the language from `--lang`, `GOVDOC_LANG` or the locale before
/// anything is parsed, then the command run, and help and parser errors in that language.
public enum LocalizedMain {
    public static func run<Root: ParsableCommand>(_ root: Root.Type, _ arguments: [String]) async -> Never {
        if let chosen = Language.fromArguments(arguments) { Message.language = chosen }
        do {
            var command = try root.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exitLocalized(root, withError: error)
        }
        Foundation.exit(0)
    }

    /// `exit(withError:)`, with help and parser errors in the current language.
    public static func exitLocalized<Root: ParsableCommand>(_ root: Root.Type, withError error: Error) -> Never {
        let code = root.exitCode(for: error)
        let text = ParserText.localized(root.fullMessage(for: error))
        if !text.isEmpty {
            if code == .success {
                print(text)
            } else {
                FileHandleStream.standardError.write(text + "\n")
            }
        }
        Foundation.exit(code.rawValue)
    }
}
