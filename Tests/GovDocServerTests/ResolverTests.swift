import Foundation
import GovDocKit
import GovDocPackaging
@testable import GovDocServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 29, items 1, 3, 5 and 9 over a real socket on loopback: nothing a request names is read
/// from the server's disk, a bad upload name is a 400 naming it, the deadline stops the work and
/// `/healthz` answers throughout.
@Suite(.serialized) struct ResolverTests {
    /// A secret PNG and style sheet planted outside any request, and a marker in both.
    struct Secret {
        let dir: URL
        let marker = "SECRET-" + UUID().uuidString
        var png: String { dir.appendingPathComponent("secret.png").path }
        var yaml: String { dir.appendingPathComponent("secret.yaml").path }

        init() throws {
            dir = try Paths.temporaryDirectory()
            // a PNG that would embed: the tiny one with the marker in a chunk after IEND
            try Data(tinyPNG + Array(marker.utf8)).write(to: URL(fileURLWithPath: png))
            try Data("extends: gbt9704\nname: \(marker)\n".utf8).write(to: URL(fileURLWithPath: yaml))
        }
    }

    static func healthy(_ port: Int) async -> Bool {
        await RawHTTP.onThread {
            RawHTTP.exchange(port: port, head: "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout: 60)
        }?.status == 200
    }

    static func post(_ port: Int, _ path: String, type: String, body: [UInt8], timeout: Double = 300) async -> RawResponse? {
        let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return await RawHTTP.onThread { RawHTTP.exchange(port: port, head: head, body: body, timeout: timeout) }
    }

    /// Every way the attack on the pattern check named a file of the server's, each naming
    /// `name`: the names as the resolver sees them.
    static func bypasses(_ s: Secret) -> [(source: String, name: String)] {
        let up = String(repeating: "../", count: 12) + s.png.dropFirst()
        return [
            ("---\ntitle: 测试\nissuer: 某某县人民政府\nseal:\n  - \(s.png)\n---\n正文。\n", s.png),
            ("---\ntitle: 测试\nissuer: 某某县人民政府\nseal: >-\n  \(s.png)\n---\n正文。\n", s.png),
            ("---\ntitle: &p \(s.png)\nissuer: 某某县人民政府\nseal: *p\n---\n正文。\n", s.png),
            ("---\ntitle: 测试\nissuer: 某某县人民政府\nseal: !!str \(s.png)\n---\n正文。\n", s.png),
            ("\u{FEFF}---\ntitle: 测试\nissuer: 某某县人民政府\nseal: \(s.png)\n---\n正文。\n", s.png),
            ("---\ntitle: 测试\nissuer: 某某县人民政府\nseal: \(up)\n---\n正文。\n", up),
            ("---\ntitle: 测试\nissuer: 某某县人民政府\nsignature-image: \(s.png)\n---\n正文。\n", s.png),
            ("---\ntitle: 测试\n---\n<IMG src=\"\(s.png)\" width=\"20mm\">\n", s.png),
            ("---\ntitle: 测试\n---\n<img SRC=\"\(s.png)\" width=\"20mm\">\n", s.png),
            ("---\ntitle: 测试\n---\n<img src = \"\(s.png)\" width=\"20mm\">\n", s.png),
            ("---\ntitle: 测试\n---\n<img src=\"\(up)\">\n", up),
            ("---\ntitle: 测试\nstyle: \(s.yaml)\n---\n正文。\n", s.yaml),
            ("---\ntitle: 测试\nstyle: !!str \(s.yaml)\n---\n正文。\n", s.yaml),
            ("---\ntitle: 测试\nstyle: ../../../../../../..\(s.yaml)\n---\n正文。\n", "../../../../../../..\(s.yaml)"),
        ]
    }

    @Test func noFileOutsideTheRequestIsEverRead() async throws {
        let secret = try Secret()
        defer { try? FileManager.default.removeItem(at: secret.dir) }
        let (app, _) = try makeApp()
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for (source, name) in Self.bypasses(secret) {
                for route in ["/v1/export?format=docx", "/v1/export?format=odt", "/v1/preview"] {
                    let response = try #require(await Self.post(port, route, type: "text/plain; charset=utf-8", body: Array(source.utf8)))
                    #expect(response.status == 400, "\(route) \(source)")
                    let messages = problems(ByteBuffer(bytes: response.body)).compactMap { $0["message"] as? String }
                    #expect(messages.contains { $0.contains(name) }, "\(route): \(messages)")
                    #expect(!String(decoding: response.body, as: UTF8.self).contains(secret.marker))
                }
                // check answers 200 with the finding
                let checked = try #require(await Self.post(port, "/v1/check", type: "text/plain; charset=utf-8", body: Array(source.utf8)))
                #expect(checked.status == 200)
                let text = String(decoding: checked.body, as: UTF8.self)
                #expect(text.contains(name), "check \(source)")
                #expect(!text.contains(secret.marker))
            }
            // an uploaded style sheet's `extends:` is resolved the same way
            let county = Array("extends: \(secret.yaml)\n".utf8)
            let source = Array("---\ntitle: 测试\nstyle: county.yaml\n---\n正文。\n".utf8)
            let body = multipart(boundary: "B", parts: [("source", "a.md", "text/markdown", source), ("s", "county.yaml", "application/yaml", county)])
            let response = try #require(await Self.post(port, "/v1/export?format=docx", type: "multipart/form-data; boundary=B", body: body))
            #expect(response.status == 400)
            #expect(String(decoding: response.body, as: UTF8.self).contains(secret.yaml))
            #expect(await Self.healthy(port))
        }
    }

    @Test func aMissingPartSaysNothingAboutTheDisk() async throws {
        let secret = try Secret()
        defer { try? FileManager.default.removeItem(at: secret.dir) }
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            var answers: [String] = []
            for name in [secret.png, secret.dir.path, secret.dir.path + "/none.png", "/dev/zero", "/etc/passwd"] {
                let source = "---\ntitle: 测试\nissuer: 某某县人民政府\nseal: \(name)\n---\n正文。\n"
                try await client.execute(uri: "/v1/export", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: source)) { response in
                    #expect(response.status == .badRequest)
                    let list = problems(response.body)
                    #expect(list.first?["code"] as? String == "images.unreadable")
                    answers.append(((list.first?["message"] as? String) ?? "").replacingOccurrences(of: name, with: "NAME"))
                }
            }
            // an existing file, a folder, a missing file, a device: one and the same answer
            #expect(Set(answers).count == 1, "\(answers)")
            #expect(answers.first?.contains("NAME") == true)
            // the uploaded part of that name is what is read
            let notice = "---\ntitle: 测试\nissuer: 某某县人民政府\nseal: \(secret.png)\n---\n正文。\n"
            let body = multipart(boundary: "B", parts: [("source", "a.md", "text/markdown", Array(notice.utf8))])
            try await client.execute(uri: "/v1/export", method: .post, headers: [.contentType: "multipart/form-data; boundary=B"], body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .badRequest)
            }
            let relative = "---\ntitle: 测试\nissuer: 某某县人民政府\nseal: seal/county.png\n---\n正文。\n"
            let withSeal = multipart(boundary: "B", parts: [("source", "a.md", "text/markdown", Array(relative.utf8)), ("seal", "seal/county.png", "image/png", tinyPNG)])
            try await client.execute(uri: "/v1/export", method: .post, headers: [.contentType: "multipart/form-data; boundary=B"], body: ByteBuffer(bytes: withSeal)) { response in
                #expect(response.status == .ok)
                let media = try ZipArchiveReader(bytes: response.body.bytes).entryNames.filter { $0.hasPrefix("word/media/") }
                #expect(media.count == 1)
                if let name = media.first { #expect(try ZipArchiveReader(bytes: response.body.bytes).read(name) == tinyPNG) }
            }
        }
    }

    @Test func badUploadNamesAre400NamingThePartWithoutServerPaths() async throws {
        let (app, _) = try makeApp()
        let source = Array("---\ntitle: 测试\n---\n正文。\n".utf8)
        let deep = String(repeating: "d/", count: 300) + "a.png"
        let long = String(repeating: "长", count: 2000) + ".png"
        let cases: [([String], String, String)] = [
            (["a", "a/b.png"], "file.part-is-folder", "a/b.png"),
            ([deep], "file.bad-part-name", "d/d/d/"),
            ([long], "file.bad-part-name", "长长长"),
            (["../x.png"], "file.bad-part-name", "../x.png"),
            (["a/../../x.png"], "file.bad-part-name", "a/../../x.png"),
            (["/etc/x.png"], "file.bad-part-name", "/etc/x.png"),
            (["a\u{0}.png"], "file.bad-part-name", "a\\u{0}.png"),
            (["a//b.png"], "file.bad-part-name", "a//b.png"),
            (["x.png", "x.png"], "file.duplicate-part", "x.png"),
        ]
        let tmp = FileManager.default.temporaryDirectory.path
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for (names, code, shown) in cases {
                var parts: [(name: String, filename: String?, type: String, body: [UInt8])] = [("source", "a.md", "text/markdown", source)]
                for (i, name) in names.enumerated() { parts.append(("img\(i)", name, "image/png", tinyPNG)) }
                for route in ["/v1/export?format=docx", "/v1/check", "/v1/preview"] {
                    let response = try #require(await ResolverTests.post(port, route, type: "multipart/form-data; boundary=B", body: multipart(boundary: "B", parts: parts)))
                    #expect(response.status == 400, "\(route) \(names.map { $0.prefix(20) })")
                    let list = problems(ByteBuffer(bytes: response.body))
                    #expect(list.first?["code"] as? String == code)
                    #expect((list.first?["message"] as? String)?.contains(shown) == true, "\(list)")
                    let text = String(decoding: response.body, as: UTF8.self)
                    if !names.contains(where: { $0.hasPrefix("/") }) {
                        #expect(!text.contains("/tmp") && !text.contains(tmp), "\(text.prefix(300))")
                    }
                    #expect(response.body.count < 4096)
                }
            }
            #expect(await ResolverTests.healthy(port))
        }
    }

    /// Large but legal (under DocumentLimits' 50,000 blocks): 20,000 headings and as many long
    /// paragraphs (≈ 6 MB), far more than a second's work.
    static let bigSource: [UInt8] = {
        var text = "---\ntitle: 测试\n---\n"
        let long = String(repeating: "本项正文，说明有关情况，", count: 6)
        for i in 1...20_000 { text += "（\(i % 9 + 1)）第\(i)项。\n\(long)共计\(i)件。\n" }
        return Array(text.utf8)
    }()

    /// Issue 29, item 5: a client that sends a large export and goes away (closes its socket
    /// without reading) stops the work; the slot is free long before the work would have ended.
    /// Measured against the same export by a client that waits for its answer, in this run.
    @Test func aClientThatGoesAwayStopsItsWork() async throws {
        let (app, services) = try makeApp(ServeOptions(maxConcurrent: 1, maxQueue: 8, deadline: 600))
        let big = Self.bigSource
        let head = "POST /v1/export?format=docx HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(big.count)\r\nConnection: close\r\n\r\n"
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let fullStart = Date()
            let full = try #require(await Self.post(port, "/v1/export?format=docx", type: "text/plain; charset=utf-8", body: big, timeout: 600))
            let whole = Date().timeIntervalSince(fullStart)
            #expect(full.status == 200)
            // the client that leaves: its work runs, then stops when the server reads its FIN
            let ended = services.work.finished
            _ = await RawHTTP.onThread { RawHTTP.exchange(port: port, head: head, body: big, leaveAfterSending: true) }
            let left = Date()
            var freed: TimeInterval?
            while Date().timeIntervalSince(left) < whole {
                if services.work.finished > ended { freed = Date().timeIntervalSince(left); break }
                try await Task.sleep(nanoseconds: 20_000_000)
            }
            #expect(services.work.load.running == 0)
            let stopped = try #require(freed, "the work ran on for the whole \(whole) s the export takes")
            #expect(stopped < whole / 2, "the slot was free \(stopped) s after the client left; the whole export takes \(whole) s")
            print("a client that left: its slot free after \(stopped) s; the whole export takes \(whole) s")
            #expect(await Self.healthy(port))
            let next = try #require(await Self.post(port, "/v1/export?format=docx", type: "text/plain; charset=utf-8", body: Array("---\ntitle: 测试\n---\n正文。\n".utf8)))
            #expect(next.status == 200)
        }
    }

    @Test func theDeadlineStopsTheWork() async throws {
        let big = Self.bigSource
        let small = Array("---\ntitle: 测试\n---\n正文。\n".utf8)
        // the deadline: a quarter of what the quickest of the three routes (the check) takes
        // whole on this machine in this build, measured first (a fixed second was no deadline
        // for the check of a plain build, which ends in about one)
        let (probe, _) = try makeApp(ServeOptions(maxConcurrent: 1, maxQueue: 8, deadline: 600))
        let whole = try await probe.test(.live) { client -> Double in
            let port = try #require(client.port)
            let start = Date()
            let checked = await ResolverTests.post(port, "/v1/check", type: "text/plain; charset=utf-8", body: big)
            #expect(checked?.status == 200)
            return Date().timeIntervalSince(start)
        }
        let deadline = max(0.2, whole / 4)
        print("deadline test: the whole check takes \(whole) s; the deadline is \(deadline) s")
        let (app, services) = try makeApp(ServeOptions(maxConcurrent: 1, maxQueue: 8, deadline: deadline))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for route in ["/v1/export?format=docx", "/v1/preview", "/v1/check"] {
                let start = Date()
                async let answer = ResolverTests.post(port, route, type: "text/plain; charset=utf-8", body: big)
                // /healthz answers while the work runs
                try await Task.sleep(nanoseconds: UInt64(deadline / 2 * 1_000_000_000))
                let healthStart = Date()
                #expect(await ResolverTests.healthy(port))
                #expect(Date().timeIntervalSince(healthStart) < 10, "/healthz waited on the work")
                let response = try #require(await answer)
                let elapsed = Date().timeIntervalSince(start)
                #expect(response.status == 503, "\(route)")
                #expect(elapsed < 10, "\(route): 503 after \(elapsed) s (deadline \(deadline) s; the whole check takes \(whole) s)")
                #expect(problems(ByteBuffer(bytes: response.body)).first?["code"] as? String == "server.deadline")
                // the work stopped: the one slot is free again soon after (the parts of a read
                // without a stop check, e.g. splitting 4.5 MB into lines, still finish first)
                var waited = 0
                while services.work.load.running > 0 && waited < 200 { try await Task.sleep(nanoseconds: 50_000_000); waited += 1 }
                #expect(services.work.load.running == 0, "\(route): the work still ran 10 s after its 503")
                let next = Date()
                let second = try #require(await ResolverTests.post(port, "/v1/export?format=docx", type: "text/plain; charset=utf-8", body: small))
                #expect(second.status == 200)
                #expect(Date().timeIntervalSince(next) < 10, "the next export waited \(Date().timeIntervalSince(next)) s")
                #expect(services.work.load.running == 0)
            }
        }
    }

    @Test func undeclaredMethodsAre405WithAllow() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            for (path, method, allow) in [("/v1/export", HTTPRequest.Method.get, "POST"), ("/healthz", .post, "GET"),
                                          ("/v1/templates", .delete, "GET"), ("/openapi.yaml", .put, "GET"), ("/v1/check", .patch, "POST")] {
                try await client.execute(uri: path, method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == allow)
                    #expect(problems(response.body).first?["code"] as? String == "server.method-not-allowed")
                }
            }
            try await client.execute(uri: "/nowhere", method: .get) { #expect($0.status == .notFound) }
        }
    }
}
