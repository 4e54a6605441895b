import Foundation
import GovDocServer
import Hummingbird
import HummingbirdTesting
import NIOCore

#if canImport(Glibc)
import Glibc
#endif

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func example(_ name: String) -> URL { root.appendingPathComponent("Examples/\(name)") }
    static func text(_ name: String) throws -> String { try String(contentsOf: example(name), encoding: .utf8) }
    static var validatePackage: String? {
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/tools/validate-package").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govdoc-server-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// An application with the given limits, for `.router` and `.live` tests.
/// The tests that are not about the deadline run with one of ten minutes: under ASan on a
/// loaded two-core machine an export queued behind a hundred others passes 30 s.
func makeApp(_ options: ServeOptions = ServeOptions(port: 0, deadline: 600)) throws -> (some ApplicationProtocol, GovDocServices) {
    var options = options
    options.port = 0
    let services = try GovDocServices(options: options)
    return (buildApplication(options: options, services: services), services)
}

extension ByteBuffer {
    var bytes: [UInt8] { Array(readableBytesView) }
    var text: String { String(decoding: readableBytesView, as: UTF8.self) }
}

func json(_ buffer: ByteBuffer) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))
}

/// Problems of an error answer.
func problems(_ buffer: ByteBuffer) -> [[String: Any]] {
    ((try? json(buffer)) as? [[String: Any]]) ?? []
}

struct ProcessOutput { var status: Int32; var stdout: String; var stderr: String }

func runProcess(_ executable: String, _ arguments: [String]) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessOutput(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

/// One part of a zip (unzip -p).
func zipEntry(_ bytes: [UInt8], _ name: String) throws -> String {
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("package.zip")
    try Data(bytes).write(to: file)
    return try runProcess("/usr/bin/unzip", ["-p", file.path, name]).stdout
}

/// Runs `validate-package` on the bytes as a file with the extension; nil when the tool is absent.
func validatePackage(_ bytes: [UInt8], fileExtension: String) throws -> ProcessOutput? {
    guard let tool = Paths.validatePackage else { return nil }
    let dir = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("document.\(fileExtension)")
    try Data(bytes).write(to: file)
    return try runProcess(tool, [file.path])
}

/// A multipart/form-data body.
func multipart(boundary: String, parts: [(name: String, filename: String?, type: String, body: [UInt8])], close: Bool = true) -> [UInt8] {
    var out: [UInt8] = []
    for part in parts {
        out += Array("--\(boundary)\r\n".utf8)
        var disposition = "Content-Disposition: form-data; name=\"\(part.name)\""
        if let filename = part.filename { disposition += "; filename=\"\(filename)\"" }
        out += Array("\(disposition)\r\nContent-Type: \(part.type)\r\n\r\n".utf8)
        out += part.body
        out += Array("\r\n".utf8)
    }
    if close { out += Array("--\(boundary)--\r\n".utf8) }
    return out
}

/// A one-pixel PNG (a stand-in seal image).
let tinyPNG: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
                        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
                        0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
                        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

/// A raw HTTP/1.1 exchange over a TCP socket on loopback, for what a polite client never
/// sends: bodies cut short, one byte a second, many connections at once.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
}

enum RawHTTP {
    /// Sends `head` + `body` in chunks of `chunk` bytes with `pause` seconds between them, then
    /// reads the answer until the server closes or `timeout` passes (a hang guard: under
    /// AddressSanitizer with every suite running beside it, a 400 took 5 s and one answer over 30 s). nil: no answer (always,
    /// with `leaveAfterSending`: the client closes the socket once the request is sent).
    static func exchange(port: Int, head: String, body: [UInt8] = [], chunk: Int = 1 << 20, pause: Double = 0,
                         closeAfterSending: Bool = false, leaveAfterSending: Bool = false, timeout: Double = 300) -> RawResponse? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        var all = Array(head.utf8)
        var sentHead = false
        var offset = 0
        // the head at once, then the body in chunks
        while !sentHead || offset < body.count {
            let piece: [UInt8]
            if sentHead {
                // the server has answered already (a 408, a 413): stop sending and read it
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&pfd, 1, 0) > 0 { break }
            }
            if !sentHead { piece = all; sentHead = true } else {
                piece = Array(body[offset..<min(offset + chunk, body.count)])
                offset += piece.count
                if pause > 0 { usleep(UInt32(pause * 1_000_000)) }
            }
            var sent = 0
            while sent < piece.count {
                let n = piece[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { break }
                sent += n
            }
            if sent < piece.count { break }   // the server closed: read what it said
        }
        if closeAfterSending { shutdown(fd, Int32(SHUT_WR)) }
        if leaveAfterSending { return nil }
        all = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            all += buffer[0..<n]
            if let parsed = parse(all), parsed.complete { return parsed.response }
        }
        return parse(all)?.response
    }

    static func parse(_ bytes: [UInt8]) -> (response: RawResponse, complete: Bool)? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else { return nil }
        let head = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + 4)...])
        let length = headers["content-length"].flatMap(Int.init) ?? body.count
        return (RawResponse(status: status, headers: headers, body: Array(body.prefix(length))), body.count >= length)
    }
}
