import ArgumentParser
import Foundation
import GovDocServer
import Hummingbird

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the HTTP API and the browser editor (Chinese UI) on one port.",
        discussion: """
        The API (documented at /openapi.yaml): POST /v1/export?format=docx|odt|pdf, POST /v1/check, \
        POST /v1/preview, GET /v1/templates, GET /healthz. The editor is at /. The server keeps no \
        state between requests: run several behind a load balancer to scale out.

        Examples:
          govdoc serve
          govdoc serve --host 0.0.0.0 --port 8080 --max-body 10MB --max-concurrent 4 --deadline 30
          curl -H 'Content-Type: text/plain' --data-binary @report.md -o report.docx \\
               'http://127.0.0.1:8080/v1/export?format=docx'
        """
    )

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The largest request body accepted (e.g. 10MB, 512KB); larger ones get 413.")
    var maxBody = "10MB"

    @Option(help: "Exports, previews and checks run at once (default: one per core); more wait in a queue.")
    var maxConcurrent: Int?

    @Option(help: "Requests that may wait for a free slot; more are answered 503 with Retry-After.")
    var maxQueue = 256

    @Option(help: "Seconds a request may take, body upload included (slower ones get 408 or 503).")
    var deadline = 30.0

    func validate() throws {
        guard ServeOptions.parseSize(maxBody) != nil else { throw ValidationError("--max-body must be a size like 10MB, 512KB or 1048576") }
        if let maxConcurrent, maxConcurrent < 1 { throw ValidationError("--max-concurrent must be at least 1") }
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1…65535") }
        guard deadline > 0 else { throw ValidationError("--deadline must be positive") }
        guard maxQueue >= 0 else { throw ValidationError("--max-queue must be 0 or more") }
    }

    func run() async throws {
        var options = ServeOptions(host: host, port: port, maxBody: ServeOptions.parseSize(maxBody)!, maxQueue: maxQueue, deadline: deadline)
        if let maxConcurrent { options.maxConcurrent = maxConcurrent }
        let settings = options
        let services = try GovDocServices(options: settings)
        defer { services.removeScratch() }
        let app = buildApplication(options: settings, services: services) { channel in
            let address = channel.localAddress.map { "\($0)" } ?? "\(settings.host):\(settings.port)"
            FileHandle.standardError.write(Data("govdoc serve: listening on \(address) (editor at http://\(settings.host):\(settings.port)/)\n".utf8))
        }
        try await app.runService()
    }
}
