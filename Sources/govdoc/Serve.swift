import ArgumentParser
import Foundation
import GovDocCommandLine
import GovDocKit
import GovDocMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `govdoc serve`: the server is `govdoc-serve`, installed beside `govdoc`; this command starts it
/// in this process's place with the same arguments (its `--help` is the server's own).
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve", abstract: L(.cliServeAbstract))
    }

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        Self.startServer(["serve"] + arguments)
    }

    /// `true` when the first word that is not `--lang X` is `serve`.
    static func isServeCommand(_ arguments: [String]) -> Bool {
        var rest = arguments[...]
        while let first = rest.first, first == "--lang" || first.hasPrefix("--lang=") {
            rest = rest.dropFirst(first == "--lang" ? 2 : 1)
        }
        return rest.first == "serve"
    }

    /// Replaces this process by `govdoc-serve` (beside the running executable, else on `PATH`),
    /// passing every argument but the word `serve`; prints what to do when there is none.
    static func startServer(_ arguments: [String]) -> Never {
        var passed = arguments
        if let index = passed.firstIndex(of: "serve") { passed.remove(at: index) }
        let beside = GovDocIO.executableDirectory + "/govdoc-serve"
        let argv = (["govdoc-serve"] + passed).map { strdup($0) } + [nil]
        if access(beside, X_OK) == 0 {
            execv(beside, argv)
        } else {
            execvp("govdoc-serve", argv)
        }
        FileHandleStream.standardError.write(Message(.cliServeMissing, ["path": beside]).description + "\n")
        Foundation.exit(1)
    }
}
