import Foundation
import GovDocKit
@testable import GovDocServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The server on a real socket on loopback: what clients send that the router tests cannot —
/// many connections at once, a body one byte a second, 11 MB, a body cut short — and after
/// each, the server still answers.
@Suite(.serialized) struct LiveTests {
    let seed: String
    init() throws { seed = try Paths.text("shimen-2023/report.md") }

    func exportHead(_ length: Int, type: String = "text/plain; charset=utf-8", path: String = "/v1/export?format=docx") -> String {
        "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(type)\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n"
    }

    /// Whether /healthz answers 200 (on a thread of its own: blocking sockets must not hold the
    /// threads the in-process server runs on).
    func healthy(_ port: Int) async -> Bool {
        await RawHTTP.onThread {
            RawHTTP.exchange(port: port, head: "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout: 60)
        }?.status == 200
    }

    @Test func everyRouteOverTheSocket() async throws {
        let (app, _) = try makeApp()
        try await app.test(.live) { client in
            // over the raw client (a 300 s hang guard): HummingbirdTesting's live client gives up
            // after 20 s, which even a GET took under AddressSanitizer beside every other suite
            let port = try #require(client.port)
            for path in ["/", "/editor.js", "/editor.css", "/openapi.yaml", "/healthz", "/v1/templates"] {
                let head = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                let response = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: head) }
                #expect(response?.status == 200, "\(path)")
            }
            for route in ["/v1/export?format=docx", "/v1/export?format=odt", "/v1/check", "/v1/preview"] {
                let response = try #require(await ResolverTests.post(port, route, type: "text/plain", body: Array(seed.utf8)), "\(route): no answer")
                #expect(response.status == 200, "\(route)")
                #expect(response.body.count > 1000)
                if route.hasSuffix("docx"), let result = try validatePackage(response.body, fileExtension: "docx") { #expect(result.status == 0) }
            }
        }
    }

    @Test func concurrentExportsAllSucceedWithTheSameBytes() async throws {
        let (app, _) = try makeApp(ServeOptions(maxConcurrent: 2, maxQueue: 256, deadline: 600))
        let expected = try GovDocIO.read(source: seed, name: "document.md").serialized(as: .docx)
        let body = Array(seed.utf8)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let head = exportHead(body.count)
            let results = await RawHTTP.onThread { RawHTTP.concurrently(count: 100) { _ in RawHTTP.exchange(port: port, head: head, body: body) } }
            #expect(results.count == 100)
            #expect(results.allSatisfy { $0?.status == 200 })
            #expect(results.allSatisfy { $0?.body == expected })
        }
    }

    @Test func aThousandConnectionsAtOnce() async throws {
        let (app, _) = try makeApp()
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let results = await RawHTTP.onThread {
                RawHTTP.concurrently(count: 1000) { _ in
                    RawHTTP.exchange(port: port, head: "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout: 120)
                }
            }
            let ok = results.filter { $0?.status == 200 }.count
            #expect(ok == 1000, "\(ok) of 1000 answered 200")
            #expect(await healthy(port))
        }
    }

    @Test func fullSlotsAndQueueAre503WithRetryAfter() async throws {
        let (app, services) = try makeApp(ServeOptions(maxConcurrent: 1, maxQueue: 0))
        try await app.test(.live) { client in
            #expect(await services.work.acquire())   // every slot taken
            let port = try #require(client.port)
            let busy = try #require(await ResolverTests.post(port, "/v1/export", type: "text/plain", body: Array(seed.utf8)))
            #expect(busy.status == 503)
            #expect(busy.headers["retry-after"] == "1")
            #expect(problems(ByteBuffer(bytes: busy.body)).first?["code"] as? String == "server.busy")
            services.work.release()
            let response = await ResolverTests.post(port, "/v1/export", type: "text/plain", body: Array(seed.utf8))
            #expect(response?.status == 200)
        }
    }

    @Test func queuedPastTheDeadlineIs503() async throws {
        let (app, services) = try makeApp(ServeOptions(maxConcurrent: 1, maxQueue: 4, deadline: 1))
        try await app.test(.live) { client in
            #expect(await services.work.acquire())
            let started = Date()
            let port = try #require(client.port)
            let late = try #require(await ResolverTests.post(port, "/v1/export", type: "text/plain", body: Array(seed.utf8)))
            #expect(late.status == 503)
            #expect(late.headers["retry-after"] == "1")
            #expect(problems(ByteBuffer(bytes: late.body)).first?["code"] as? String == "server.deadline")
            #expect(Date().timeIntervalSince(started) < 10, "deadline 1 s")
            services.work.release()
            #expect(services.work.load.waiting == 0)
        }
    }

    @Test func aClientSendingOneByteASecondGets408AndOthersAreServed() async throws {
        let (app, _) = try makeApp(ServeOptions(deadline: 2))
        let body = Array(seed.utf8)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let started = Date()
            let head = exportHead(body.count)
            async let slow = RawHTTP.onThread {
                RawHTTP.exchange(port: port, head: head, body: Array(body.prefix(20)), chunk: 1, pause: 1, timeout: 60)
            }
            // meanwhile the server answers others
            try await Task.sleep(nanoseconds: 500_000_000)
            #expect(await healthy(port))
            let response = await slow
            #expect(response?.status == 408)
            #expect(response.map { problems(ByteBuffer(bytes: $0.body)).first?["code"] as? String } == "server.deadline")
            #expect(Date().timeIntervalSince(started) < 60, "deadline 2 s: a hang guard")
            #expect(await healthy(port))
        }
    }

    @Test func elevenMegabytesIs413AndTheServerGoesOn() async throws {
        let (app, _) = try makeApp()   // the default limit, 10 MB
        let big = Array(("---\ntitle: 大文件\n---\n" + String(repeating: "正文。", count: 11 * 1024 * 1024 / 9 + 1000)).utf8)
        #expect(big.count > 11 * 1024 * 1024)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let head = exportHead(big.count)
            let response = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: head, body: big) }
            #expect(response?.status == 413)
            #expect(response.map { problems(ByteBuffer(bytes: $0.body)).first?["code"] as? String } == "server.body-too-large")
            // chunked, without a length: the limit still holds
            let chunked = "POST /v1/export HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            var body: [UInt8] = []
            for start in stride(from: 0, to: big.count, by: 1 << 20) {
                let piece = big[start..<min(start + (1 << 20), big.count)]
                body += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
            }
            body += Array("0\r\n\r\n".utf8)
            let chunkedBody = body
            #expect(await RawHTTP.onThread { RawHTTP.exchange(port: port, head: chunked, body: chunkedBody) }?.status == 413)
            #expect(await healthy(port))
        }
    }

    @Test func bodiesCutShortAndMalformedAre400() async throws {
        let (app, _) = try makeApp(ServeOptions(deadline: 10))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // the connection ends before Content-Length bytes came
            let cutHead = exportHead(5000), cutBody = Array(seed.utf8.prefix(1000))
            let cut = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: cutHead, body: cutBody, closeAfterSending: true, timeout: 60) }
            #expect(cut?.status == 400 || cut == nil, "\(String(describing: cut?.status))")
            if let cut { #expect(problems(ByteBuffer(bytes: cut.body)).first?["code"] as? String == "server.body-incomplete") }
            // a multipart body that stops in the middle of a part
            let form = multipart(boundary: "cut", parts: [("source", "a.md", "text/plain", Array(seed.utf8))])
            let half = Array(form.prefix(form.count / 2))
            let halfHead = exportHead(half.count, type: "multipart/form-data; boundary=cut")
            let truncated = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: halfHead, body: half) }
            #expect(truncated?.status == 400)
            #expect(truncated.map { problems(ByteBuffer(bytes: $0.body)).first?["code"] as? String } == "server.multipart-malformed")
            // malformed UTF-8
            let bad = Array("---\ntitle: x\n---\n".utf8) + [0xC3, 0x28] + Array("\n".utf8)
            let badHead = exportHead(bad.count)
            let utf8 = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: badHead, body: bad) }
            #expect(utf8?.status == 400)
            #expect(utf8.map { problems(ByteBuffer(bytes: $0.body)).first?["line"] as? Int } == 4)
            // garbage instead of HTTP
            let garbage = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: "\u{1}\u{2}NOT HTTP\r\n\r\n", timeout: 60) }
            #expect(garbage?.status == 400)
            #expect(await healthy(port))
        }
    }
}

extension RawHTTP {
    /// Blocking work on a thread of its own, awaited.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.start()
        }
    }

    /// `count` exchanges at once, each on a thread of its own; results in order.
    static func concurrently(count: Int, _ work: @escaping @Sendable (Int) -> RawResponse?) -> [RawResponse?] {
        final class Box: @unchecked Sendable {
            var results: [RawResponse?]
            let lock = NSLock()
            init(_ n: Int) { results = Array(repeating: nil, count: n) }
        }
        let box = Box(count)
        let group = DispatchGroup()
        for i in 0..<count {
            group.enter()
            let thread = Thread {
                let r = work(i)
                box.lock.lock(); box.results[i] = r; box.lock.unlock()
                group.leave()
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        group.wait()
        return box.results
    }
}
