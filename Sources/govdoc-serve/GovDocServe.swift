import ArgumentParser
import Foundation
import GovDocCommandLine
import GovDocMessages
import GovDocServer
import Hummingbird

/// `govdoc-serve`, the HTTP service and the editor page: a program of its own so that the CLI
/// does not link the HTTP stack. `govdoc serve ARGS` starts it in its own place.
@main
struct GovDocServe: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "govdoc serve", abstract: L(.cliServeAbstract), discussion: L(.cliServeDiscussion))
    }

    static func main() async {
        await LocalizedMain.run(Self.self, Array(CommandLine.arguments.dropFirst()))
    }

    @Option(help: ArgumentHelp(L(.cliServeHost)))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp(L(.cliServePort)))
    var port = 8080

    @Option(help: ArgumentHelp(L(.cliServeMaxBody)))
    var maxBody = "10MB"

    @Option(help: ArgumentHelp(L(.cliServeMaxConcurrent)))
    var maxConcurrent: Int?

    @Option(help: ArgumentHelp(L(.cliServeMaxQueue)))
    var maxQueue = 256

    @Option(help: ArgumentHelp(L(.cliServeDeadline)))
    var deadline = 30.0

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard ServeOptions.parseSize(maxBody) != nil else { throw ValidationError(L(.cliServeBadSize)) }
        if let maxConcurrent, maxConcurrent < 1 { throw ValidationError(L(.cliServeBadConcurrent)) }
        guard (1...65535).contains(port) else { throw ValidationError(L(.cliServeBadPort)) }
        guard deadline > 0 else { throw ValidationError(L(.cliServeBadDeadline)) }
        guard maxQueue >= 0 else { throw ValidationError(L(.cliServeBadQueue)) }
    }

    func run() async throws {
        var options = ServeOptions(host: host, port: port, maxBody: ServeOptions.parseSize(maxBody)!, maxQueue: maxQueue, deadline: deadline)
        if let maxConcurrent { options.maxConcurrent = maxConcurrent }
        let settings = options
        let services = try GovDocServices(options: settings)
        defer { services.removeScratch() }
        let app = buildApplication(options: settings, services: services) { channel in
            let address = channel.localAddress.map { "\($0)" } ?? "\(settings.host):\(settings.port)"
            let line = L(.cliServeListening, ["address": address, "url": "http://\(settings.host):\(settings.port)/"])
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        try await app.runService()
    }
}
