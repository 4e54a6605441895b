import Foundation
import Testing

/// `govdoc serve` starts the server program `govdoc-serve` in its place; the CLI itself does not
/// link the HTTP stack.
@Suite struct ServeLauncherTests {
    var serverExecutable: String {
        URL(fileURLWithPath: govdocExecutable).deletingLastPathComponent().appendingPathComponent("govdoc-serve").path
    }

    @Test func theCLIDoesNotLinkTheHTTPStack() throws {
        let cli = try Data(contentsOf: URL(fileURLWithPath: govdocExecutable))
        let server = try Data(contentsOf: URL(fileURLWithPath: serverExecutable))
        let marker = Data("Hummingbird".utf8)
        #expect(server.range(of: marker) != nil, "the server program links Hummingbird")
        #expect(cli.range(of: marker) == nil, "govdoc carries no Hummingbird code")
    }

    @Test func serveStartsTheServerWithTheSameArguments() throws {
        let port = Int.random(in: 20000...60000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: govdocExecutable)
        process.arguments = ["--lang", "en", "serve", "--host", "127.0.0.1", "--port", String(port), "--max-concurrent", "1"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        var answer = ""
        for _ in 0..<100 where !answer.contains("\"status\"") {
            answer = try run("/usr/bin/curl", ["-s", "--max-time", "1", "http://127.0.0.1:\(port)/healthz"]).stdout
            if answer.isEmpty { usleep(100_000) }
        }
        #expect(answer.contains("\"status\":\"ok\""), "\(answer)")
        #expect(answer.contains("\"maxConcurrent\":1"), "the options reach the server: \(answer)")
    }

    @Test func theServersHelpIsItsOwn() throws {
        let help = try run(govdocExecutable, ["--lang", "en", "serve", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--max-concurrent") && help.stdout.contains("/healthz"), "\(help.stdout)")
        let zh = try run(govdocExecutable, ["serve", "--help"], environment: ["LANG": "zh_CN.UTF-8", "GOVDOC_LANG": "zh"])
        #expect(zh.stdout.contains("概述"), "\(zh.stdout)")
    }

    @Test func withoutTheServerProgramItSaysWhatToDo() throws {
        let dir = try Paths.temporaryDirectory()
        let alone = dir.appendingPathComponent("govdoc").path
        try FileManager.default.copyItem(atPath: govdocExecutable, toPath: alone)
        let result = try run("/usr/bin/env", ["PATH=/usr/bin:/bin", "GOVDOC_LANG=en", alone, "serve", "--port", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("govdoc-serve was not found") && result.stderr.contains(dir.path), "\(result.stderr)")
    }
}
