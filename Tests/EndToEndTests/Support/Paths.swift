import Foundation

/// Locations the end-to-end tests use.
enum Paths {
    /// The repository root (this file is Tests/EndToEndTests/Support/Paths.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let example = root.appendingPathComponent("Examples/shimen-2023/report.md")
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    static var validFixtures: [URL] {
        let dir = fixtures.appendingPathComponent("valid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { dir.appendingPathComponent($0) }
    }
    /// `../shared/tools` beside the repository (or `$GOVDOC_SHARED_TOOLS`), if present.
    static var sharedTools: URL? {
        if let env = ProcessInfo.processInfo.environment["GOVDOC_SHARED_TOOLS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let dir = root.deletingLastPathComponent().appendingPathComponent("shared/tools")
        return FileManager.default.fileExists(atPath: dir.appendingPathComponent("gbcheck").path) ? dir : nil
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govdoc-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// Runs a program and captures its output.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so a large output cannot block the child.
    final class Box: @unchecked Sendable { var data = Data() }
    let outBox = Box()
    let group = DispatchGroup()
    group.enter()
    let reader = out.fileHandleForReading
    DispatchQueue.global().async { outBox.data = reader.readDataToEndOfFile(); group.leave() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus,
                         stdout: String(decoding: outBox.data, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}

/// Finds a program on PATH.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// The `govdoc` executable built beside the test bundle.
var govdocExecutable: String {
    let bundle = Bundle.main.bundleURL
    let candidates = [
        bundle.appendingPathComponent("govdoc"),
        bundle.deletingLastPathComponent().appendingPathComponent("govdoc"),
        Paths.root.appendingPathComponent(".build/debug/govdoc"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path ?? candidates[2].path
}

import GovDocKit

extension OutputFormat {
    /// The package formats (the PDF is a rendering, tested on its own).
    static let packages: [OutputFormat] = [.docx, .odt]
}
