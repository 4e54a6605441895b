import Foundation
import GovDocHTML
import GovDocKit
import GovDocMessages
import GovDocPackaging
@testable import GovDocServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Every route and every error status, in process (`.router`): the answers are parsed and
/// their contents checked (packages unzipped and validated, JSON decoded).
@Suite struct RouterTests {
    let seed: String
    init() throws { seed = try Paths.text("shimen-2023/report.md") }

    static let text: HTTPFields = [.contentType: "text/plain; charset=utf-8"]

    @Test func healthAndOpenAPIAndEditor() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response.body) as? [String: Any]
                #expect(body?["status"] as? String == "ok")
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/yaml") == true)
                // every route is described
                for path in ["/v1/export:", "/v1/check:", "/v1/preview:", "/v1/import:", "/v1/format:", "/v1/templates:", "/healthz:", "/openapi.yaml:"] {
                    #expect(response.body.text.contains("  \(path)"), "\(path) missing from the OpenAPI file")
                }
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.body.text.contains("公文编辑器"))
                // closed networks: nothing is loaded from another host
                #expect(!response.body.text.contains("http://") && !response.body.text.contains("https://"))
            }
            for asset in ["/editor.js", "/editor.css"] {
                try await client.execute(uri: asset, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.body.readableBytes > 1000)
                    #expect(!response.body.text.contains("https://"))
                }
            }
        }
    }

    @Test func openAPIParsesAsYAML() throws {
        // python3 with PyYAML is on the test machine; without it the check is skipped
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("openapi.yaml")
        try OpenAPI.yaml.write(to: file, atomically: true, encoding: .utf8)
        let result = try runProcess("/usr/bin/env", ["python3", "-c", "import sys,yaml; d=yaml.safe_load(open(sys.argv[1])); print(len(d['paths']))", file.path])
        if result.status == 0 { #expect(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == 9) }
    }

    @Test func templatesAreTheExamples() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/templates", method: .get) { response in
                #expect(response.status == .ok)
                let body = try #require(try json(response.body) as? [String: Any])
                let templates = try #require(body["templates"] as? [[String: Any]])
                #expect(templates.map { $0["kind"] as? String } == ["report", "notice", "letter", "annual-report"])
                for t in templates {
                    let example = try #require(t["example"] as? String)
                    let file = try String(contentsOf: Paths.root.appendingPathComponent(example), encoding: .utf8)
                    #expect(t["source"] as? String == file, "the compiled-in \(example) differs from the file")
                }
                #expect((body["styles"] as? [String])?.contains("gbt9704") == true)
            }
        }
    }

    @Test(arguments: [OutputFormat.docx, .odt])
    func exportGivesTheLibrarysPackage(format: OutputFormat) async throws {
        let (app, _) = try makeApp()
        let expected = try GovDocIO.read(source: seed, name: "document.md").serialized(as: format)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/export?format=\(format.rawValue)", method: .post, headers: Self.text, body: ByteBuffer(string: seed)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == (format == .docx
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/vnd.oasis.opendocument.text"))
                let disposition = try #require(response.headers[.contentDisposition])
                #expect(disposition.hasPrefix("attachment; filename=\"govdoc-2023.\(format.rawValue)\"; filename*=UTF-8''"))
                // the RFC 5987 name decodes to the title
                let encoded = String(disposition[disposition.range(of: "UTF-8''")!.upperBound...])
                #expect(encoded.removingPercentEncoding == "石门镇2023年政府信息公开工作年度报告.\(format.rawValue)")
                // byte for byte what the library writes (output is reproducible)
                #expect(response.body.bytes == expected)
                let part = format == .docx ? "word/document.xml" : "content.xml"
                #expect(try zipEntry(response.body.bytes, part).contains("石门镇2023年政府信息公开工作年度报告"))
                if let result = try validatePackage(response.body.bytes, fileExtension: format.rawValue) {
                    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
                }
            }
        }
    }

    @Test func exportPDFWhenLibreOfficeIsInstalled() async throws {
        let (app, services) = try makeApp()
        guard services.pdfWriter.locateLibreOffice() != nil else { return }
        try await app.test(.router) { client in
            let notice = try Paths.text("letter/letter.md")
            try await client.execute(uri: "/v1/export?format=pdf", method: .post, headers: Self.text, body: ByteBuffer(string: notice)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.body.bytes.starts(with: Array("%PDF-".utf8)))
            }
        }
    }

    @Test func badSourceIs400WithLocationInTheRequestsLanguage() async throws {
        let (app, _) = try makeApp()
        let bad = "---\ntitle: 测试\nfoo: 1\n---\n正文。\n"
        try await app.test(.router) { client in
            for (language, prefix) in [("zh-CN,zh;q=0.9,en;q=0.8", "文件头中有未知的键 `foo`"), ("en-US", "unknown front matter key `foo`")] {
                var headers = Self.text
                headers[.acceptLanguage] = language
                for route in ["/v1/export?format=docx", "/v1/export?format=odt", "/v1/preview"] {
                    try await client.execute(uri: route, method: .post, headers: headers, body: ByteBuffer(string: bad)) { response in
                        #expect(response.status == .badRequest)
                        let list = problems(response.body)
                        #expect(list.count == 1)
                        #expect(list.first?["file"] as? String == "document.md")
                        #expect(list.first?["line"] as? Int == 3)
                        #expect(list.first?["column"] as? Int == 1)
                        #expect(list.first?["code"] as? String == "source.front-matter.unknown-key")
                        #expect((list.first?["message"] as? String)?.hasPrefix(prefix) == true, "\(list)")
                    }
                }
            }
        }
    }

    @Test func malformedUTF8IsAnErrorAtTheByte() async throws {
        let (app, _) = try makeApp()
        let body = Array("---\ntitle: 测试\n---\n正文".utf8) + [0xFF, 0xFE] + Array("。\n".utf8)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/export", method: .post, headers: Self.text, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .badRequest)
                let list = problems(response.body)
                #expect(list.first?["line"] as? Int == 4)
                #expect(list.first?["column"] as? Int == 3)
            }
            // check reports it as a finding, like `govdoc check --json`
            try await client.execute(uri: "/v1/check", method: .post, headers: Self.text, body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                let list = problems(response.body)
                #expect(list.first?["code"] as? String == "source")
                #expect(list.first?["line"] as? Int == 4)
            }
        }
    }

    @Test func pathsFromTheRequestAreNotUploadedParts() async throws {
        // (issue 29) no pattern check any more: the server's resolver knows only the uploaded
        // parts and the style sheets by name, so a path is a part the request did not upload
        let (app, _) = try makeApp()
        let cases: [(String, Int?, String)] = [
            ("---\ntitle: 测试\nstyle: /etc/passwd\n---\n正文。\n", 3, "/etc/passwd"),
            ("---\ntitle: 测试\nstyle: ../Templates/gbt9704.yaml\n---\n正文。\n", 3, "../Templates/gbt9704.yaml"),
            ("---\n{title: 测试, style: \"./x.yaml\"}\n---\n正文。\n", nil, "./x.yaml"),
            ("---\ntitle: 测试\nissuer: 某某县人民政府\nseal: /srv/seals/county.png\n---\n正文。\n", 4, "/srv/seals/county.png"),
            ("---\ntitle: 测试\n---\n<img src=\"../../etc/x.png\" width=\"120mm\">\n", 4, "../../etc/x.png"),
        ]
        try await app.test(.router) { client in
            for (source, line, value) in cases {
                for route in ["/v1/export", "/v1/preview"] {
                    try await client.execute(uri: route, method: .post, headers: Self.text, body: ByteBuffer(string: source)) { response in
                        #expect(response.status == .badRequest, "\(route) \(source)")
                        let list = problems(response.body)
                        if let line { #expect(list.first?["line"] as? Int == line) }
                        #expect((list.first?["message"] as? String)?.contains(value) == true, "\(list)")
                    }
                }
                try await client.execute(uri: "/v1/check", method: .post, headers: Self.text, body: ByteBuffer(string: source)) { response in
                    #expect(response.status == .ok)
                    #expect(problems(response.body).contains { ($0["message"] as? String)?.contains(value) == true })
                }
            }
            // a style sheet by name is fine
            try await client.execute(uri: "/v1/export", method: .post, headers: Self.text,
                                     body: ByteBuffer(string: "---\ntitle: 测试\nstyle: gbt9704\n---\n正文。\n")) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func wrongContentTypeIs415() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            for type in ["application/json", "application/x-www-form-urlencoded", "text/plain; charset=gbk", "image/png"] {
                try await client.execute(uri: "/v1/export", method: .post, headers: [.contentType: type, .acceptLanguage: "zh"], body: ByteBuffer(string: seed)) { response in
                    #expect(response.status == .unsupportedMediaType, "\(type)")
                    let list = problems(response.body)
                    #expect(list.first?["code"] as? String == "server.unsupported-media-type")
                    #expect((list.first?["message"] as? String)?.contains("不支持的内容类型") == true)
                    #expect(list.first?["line"] is NSNull)
                }
            }
        }
    }

    @Test func unknownFormatAndRouteAndMethod() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/export?format=rtf", method: .post, headers: Self.text, body: ByteBuffer(string: seed)) { response in
                #expect(response.status == .badRequest)
                #expect(problems(response.body).first?["code"] as? String == "server.unknown-format")
            }
            try await client.execute(uri: "/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(problems(response.body).first?["code"] as? String == "server.not-found")
            }
            try await client.execute(uri: "/v1/export", method: .get) { response in
                #expect(response.status.code >= 400 && response.status.code < 500)
                #expect(problems(response.body).count == 1)
            }
        }
    }

    @Test func overTheSizeLimitIs413() async throws {
        let (app, _) = try makeApp(ServeOptions(maxBody: 64 * 1024))
        let big = String(repeating: "正文。", count: 8000)   // 72 KB
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/export", method: .post, headers: Self.text, body: ByteBuffer(string: "---\ntitle: x\n---\n" + big)) { response in
                #expect(response.status == .contentTooLarge)
                let list = problems(response.body)
                #expect(list.first?["code"] as? String == "server.body-too-large")
                #expect((list.first?["message"] as? String)?.contains("64 KB") == true)
            }
        }
    }

    @Test func multipartWithASealImage() async throws {
        let (app, _) = try makeApp()
        // the source names the uploaded seal by its relative name: it is read from the request's own directory
        let notice = try Paths.text("notice/notice.md").replacingOccurrences(of: "seal: false\n", with: "seal: seal/county.png\n")
        #expect(notice.contains("seal: seal/county.png"))
        let body = multipart(boundary: "XyZ", parts: [
            ("source", "通知.md", "text/markdown", Array(notice.utf8)),
            ("seal", "seal/county.png", "image/png", tinyPNG),
        ])
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/export?format=docx", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=XyZ"], body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
                // the seal image, byte for byte, in word/media
                let media = try ZipArchiveReader(bytes: response.body.bytes).entryNames.filter { $0.hasPrefix("word/media/") }
                #expect(media.count == 1)
                if let name = media.first { #expect(try ZipArchiveReader(bytes: response.body.bytes).read(name) == tinyPNG) }
                #expect(try zipEntry(response.body.bytes, "word/document.xml").contains("石政发〔2024〕3号"))
                if let result = try validatePackage(response.body.bytes, fileExtension: "docx") { #expect(result.status == 0) }
            }
            // problems name the uploaded file
            let bad = multipart(boundary: "b1", parts: [("source", "草稿.md", "text/plain", Array("---\ntitle: x\nbad: 1\n---\n".utf8))])
            try await client.execute(uri: "/v1/export", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=b1"], body: ByteBuffer(bytes: bad)) { response in
                #expect(response.status == .badRequest)
                #expect(problems(response.body).first?["file"] as? String == "草稿.md")
            }
        }
    }

    @Test func malformedMultipartIs400() async throws {
        let (app, _) = try makeApp()
        let whole = multipart(boundary: "B", parts: [("source", "a.md", "text/plain", Array(seed.utf8)), ("img", "a.png", "image/png", tinyPNG)])
        let truncated = Array(whole.prefix(whole.count / 2))
        let unclosed = multipart(boundary: "B", parts: [("source", "a.md", "text/plain", Array(seed.utf8))], close: false)
        let noSource = multipart(boundary: "B", parts: [("img", "a.png", "image/png", tinyPNG)])
        let cases: [([UInt8], String, String)] = [
            (truncated, "multipart/form-data; boundary=B", "server.multipart-malformed"),
            (unclosed, "multipart/form-data; boundary=B", "server.multipart-malformed"),
            (whole, "multipart/form-data", "server.multipart-malformed"),
            (whole, "multipart/form-data; boundary=Other", "server.multipart-malformed"),
            (noSource, "multipart/form-data; boundary=B", "server.multipart-no-source"),
        ]
        try await app.test(.router) { client in
            for (body, type, code) in cases {
                try await client.execute(uri: "/v1/export", method: .post, headers: [.contentType: type], body: ByteBuffer(bytes: body)) { response in
                    #expect(response.status == .badRequest, "\(code) \(type)")
                    #expect(problems(response.body).first?["code"] as? String == code)
                }
            }
        }
    }

    @Test func everyProblemOfTheSourceIsListed() async throws {
        let (app, _) = try makeApp()
        let bad = "---\ntitle: 测试\nfoo: 1\nbar: 2\n---\n正文。\n"
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/export", method: .post, headers: Self.text, body: ByteBuffer(string: bad)) { response in
                #expect(response.status == .badRequest)
                #expect(problems(response.body).map { $0["line"] as? Int } == [3, 4])
            }
        }
    }

    @Test func checkInChinese() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            var headers = Self.text
            headers[.acceptLanguage] = "zh-CN"
            try await client.execute(uri: "/v1/check", method: .post, headers: headers, body: ByteBuffer(string: seed)) { response in
                let findings = try JSONDecoder().decode([Finding].self, from: Data(response.body.readableBytesView))
                let first = try #require(findings.first { $0.line == 10 && $0.code == "numbering.form" })
                #expect(first.message.contains("应为 （一）"), "\(first.message)")
            }
        }
    }

    @Test func checkGivesTheCLIsFindings() async throws {
        let (app, _) = try makeApp()
        let expected = GovDocChecker.check(path: Paths.example("shimen-2023/report.md").path)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/check", method: .post, headers: Self.text, body: ByteBuffer(string: seed)) { response in
                #expect(response.status == .ok)
                let findings = try JSONDecoder().decode([Finding].self, from: Data(response.body.readableBytesView))
                #expect(findings.count == expected.count && !findings.isEmpty)
                #expect(findings.map(\.line) == expected.map(\.line))
                #expect(findings.map(\.code) == expected.map(\.code))
                #expect(findings.map(\.message) == expected.map(\.message))
                #expect(findings.allSatisfy { $0.file == "document.md" })
                // the seed's known fault: （1） under 一、 where （一） is expected, line 10
                #expect(findings.contains { $0.line == 10 && $0.code == "numbering.form" && $0.replacement == "（一）" })
            }
        }
    }

    @Test func previewPagesAndNumbers() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/preview", method: .post, headers: Self.text, body: ByteBuffer(string: seed)) { response in
                #expect(response.status == .ok)
                let body = try #require(try json(response.body) as? [String: Any])
                let html = try #require(body["html"] as? String)
                let pages = try #require(body["pageCount"] as? Int)
                // LibreOffice prints the seed report on 5 pages, numbered from 5 (`first-page: 5`)
                #expect(pages == 5)
                #expect(html.components(separatedBy: "<section class=\"gd-page").count - 1 == pages)
                for n in 5...9 { #expect(html.contains("— \(n) —")) }
                #expect(html.contains("rowspan=\"3\" colspan=\"3\""))
                #expect(html.contains("石门镇人民政府</div>"))
            }
        }
    }
}

/// The HTML writer without a server: the 版头 in red, the 版记 on the last page, the letter's
/// first page without a number.
@Suite struct HTMLPreviewTests {
    @Test func noticeHasRedMarkAndImprintOnTheLastPage() throws {
        let document = try GovDocIO.read(source: Paths.text("notice/notice.md"))
        let rendered = HTMLPreview().render(document)
        #expect(rendered.pageCount == 4)   // as LibreOffice prints it (Examples/notice/page-4.png)
        let pages = rendered.html.components(separatedBy: "<section class=\"gd-page")
        #expect(pages[1].contains("石门镇人民政府文件"))
        #expect(rendered.html.contains(".gd-issuer-mark{") && rendered.html.contains("color:#FF0000"))
        #expect(pages[1].contains("border-bottom:1pt solid #FF0000"))   // the red separator
        #expect(pages.last!.contains("gd-imprint") && pages.last!.contains("2024年2月20日印发"))
        #expect(!pages[1].contains("gd-imprint"))
        #expect(pages.last!.contains("— 4 —"))
    }

    @Test func letterPageOneHasNoNumber() throws {
        let document = try GovDocIO.read(source: Paths.text("letter/letter.md"))
        let rendered = HTMLPreview().render(document)
        let pages = rendered.html.components(separatedBy: "<section class=\"gd-page").dropFirst()
        #expect(pages.first?.contains("gd-page-number") == false)
        #expect(pages.first?.contains("gd-letterhead") == true)
        if pages.count > 1 { #expect(pages.dropFirst().first!.contains("— 2 —")) }
    }

    @Test func longParagraphSplitsAcrossPagesAndLinesHold28Characters() throws {
        let line = String(repeating: "字", count: 28 * 30)   // 30 lines of 28 (the first indented 2)
        let document = try GovDocIO.read(source: "---\ntitle: 长文\n---\n" + line + "\n")
        let rendered = HTMLPreview().render(document)
        #expect(rendered.pageCount == 2)
        // full lines are 28 characters
        let lines = rendered.html.components(separatedBy: "<div class=\"gd-l\"").dropFirst().map { chunk -> Int in
            let text = chunk[chunk.index(after: chunk.firstIndex(of: ">")!)...].prefix { $0 != "<" }
            return text.count
        }
        #expect(lines.filter { $0 == 28 }.count >= 29)
        #expect(lines.contains(26))   // the first line after the 2-字 indent
    }

    @Test func escapesMarkup() throws {
        let document = try GovDocIO.read(source: "---\ntitle: \"<b>&\"\n---\n<script>alert(1)</script> & \"x\"\n")
        let html = HTMLPreview().render(document).html
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;") && html.contains("&amp;"))
    }
}

@Suite struct UnitTests {
    @Test func sizes() {
        #expect(ServeOptions.parseSize("10MB") == 10 * 1024 * 1024)
        #expect(ServeOptions.parseSize("512kb") == 512 * 1024)
        #expect(ServeOptions.parseSize("1048576") == 1_048_576)
        #expect(ServeOptions.parseSize("ten") == nil)
        #expect(ServeOptions.formatSize(10 * 1024 * 1024) == "10 MB")
    }

    @Test func acceptLanguage() {
        #expect(Language.preferred(acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8") == .zh)
        #expect(Language.preferred(acceptLanguage: "en-US,zh;q=0.5") == .en)
        #expect(Language.preferred(acceptLanguage: "fr, zh;q=0.3") == .zh)
        #expect(Language.preferred(acceptLanguage: nil) == .en)
        #expect(Language.preferred(acceptLanguage: "de") == .en)
    }

    @Test func contentDisposition() {
        let header = ContentDisposition.attachment(title: "关于\"A/B\"的通知", fileExtension: "docx")
        #expect(header == "attachment; filename=\"govdoc-AB.docx\"; filename*=UTF-8''%E5%85%B3%E4%BA%8EAB%E7%9A%84%E9%80%9A%E7%9F%A5.docx")
        #expect(ContentDisposition.attachment(title: "通知", fileExtension: "odt").hasPrefix("attachment; filename=\"document.odt\""))
    }

    @Test func storedNamesStayInTheDirectory() {
        #expect(ServerAPI.storedName("../../etc/passwd") == "passwd")
        #expect(ServerAPI.storedName("..") == "document.md")
        #expect(ServerAPI.storedName(".hidden.md") == "hidden.md")
        #expect(ServerAPI.storedName("C:\\x\\报告.md") == "报告.md")
    }

    @Test func limiterQueuesThenRefuses() async throws {
        let limiter = WorkLimiter(slots: 1, queueLimit: 1)
        #expect(await limiter.acquire())
        async let queued = limiter.acquire()   // waits
        try await Task.sleep(nanoseconds: 50_000_000)
        #expect(await limiter.acquire() == false)   // queue full
        limiter.release()
        #expect(await queued)
        limiter.release()
        #expect(limiter.load.running == 0)
    }
}

/// The preview's pagination against LibreOffice's printing of the same document's .docx: the
/// same number of pages, and most pages starting with the same text (the approximation may move
/// a break by a line). Runs where LibreOffice and poppler are installed.
@Suite struct PaginationTests {
    @Test(arguments: ["shimen-2023/report.md", "notice/notice.md", "letter/letter.md"])
    func pagesAsLibreOfficePrintsThem(example: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return }
        let document = try GovDocIO.read(source: Paths.text(example))
        let rendered = HTMLPreview().render(document)
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("doc.docx")
        try Data(try document.serialized(as: .docx)).write(to: docx)
        let convert = try runProcess("/usr/bin/soffice", ["-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                                                          "--convert-to", "pdf", "--outdir", dir.path, docx.path])
        #expect(convert.status == 0)
        let pdf = dir.appendingPathComponent("doc.pdf").path
        let info = try runProcess("/usr/bin/pdfinfo", [pdf]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect(pages == rendered.pageCount, "LibreOffice \(String(describing: pages)) pages, preview \(rendered.pageCount)")
        // the first characters of each page's text, without spaces (pdftotext spaces Latin runs)
        func squeeze(_ s: String, _ n: Int = 4) -> String { String(s.filter { !$0.isWhitespace }.prefix(n)) }
        let previewPages = rendered.html.components(separatedBy: "<section class=\"gd-page").dropFirst().map { page -> String in
            // the text of the page block, tags dropped
            let block = page.components(separatedBy: "<div class=\"gd-block\"").dropFirst().first ?? ""
            var text = ""
            var inTag = true   // still inside the block's opening tag
            for c in block { if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { text.append(c) } }
            return squeeze(text.replacingOccurrences(of: "&amp;", with: "&"))
        }
        var same = 0
        var printed: [String] = []
        for p in 1...min(pages ?? 0, rendered.pageCount) {
            let text = try runProcess("/usr/bin/pdftotext", ["-f", "\(p)", "-l", "\(p)", pdf, "-"]).stdout
            // the preview page's first characters near the top of the printed page (pdftotext
            // reads a table's cells in its own column order)
            printed.append(squeeze(text, 40))
            if squeeze(text, 40).contains(previewPages[p - 1]) { same += 1 }
        }
        print("pagination \(example): printed \(printed), preview \(Array(previewPages))")
        #expect(same >= rendered.pageCount - 1, "\(same) of \(rendered.pageCount) pages start alike: printed \(printed), preview \(Array(previewPages))")
    }
}

/// `POST /v1/import` and `/v1/format`: .docx/.odt drafts through the readers and the recogniser.
@Suite struct DraftRouteTests {
    @Test(arguments: [OutputFormat.docx, .odt])
    func importGivesTheSourceAndFormatGivesAValidPackage(draftFormat: OutputFormat) async throws {
        let (app, _) = try makeApp()
        let draft = try GovDocIO.read(source: Paths.text("notice/notice.md")).serialized(as: draftFormat)
        let type = draftFormat == .docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/vnd.oasis.opendocument.text"
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/import", method: .post, headers: [.contentType: type], body: ByteBuffer(bytes: draft)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
                let text = response.body.text
                #expect(text.hasPrefix("---\nkind: notice\n"))
                #expect(text.contains("header: 石门镇人民政府文件"))
                // the imported source reads again
                #expect((try? GovDocIO.read(source: text)) != nil)
            }
            try await client.execute(uri: "/v1/import", method: .post,
                                     headers: [.accept: "application/json", .contentType: "multipart/form-data; boundary=d"],
                                     body: ByteBuffer(bytes: multipart(boundary: "d", parts: [("draft", "通知.\(draftFormat.rawValue)", type, draft)]))) { response in
                #expect(response.status == .ok)
                let body = try #require(try json(response.body) as? [String: Any])
                #expect(body["title"] as? String == "石门镇人民政府关于做好2024年春季森林防火工作的通知")
                #expect((body["source"] as? String)?.contains("一、提高思想认识") == true)
            }
            try await client.execute(uri: "/v1/format?format=docx", method: .post, headers: [.contentType: "application/octet-stream"], body: ByteBuffer(bytes: draft)) { response in
                #expect(response.status == .ok)
                #expect(try zipEntry(response.body.bytes, "word/document.xml").contains("石政发〔2024〕3号"))
                if let result = try validatePackage(response.body.bytes, fileExtension: "docx") { #expect(result.status == 0) }
            }
        }
    }

    @Test func aFileThatIsNoDraftIs400() async throws {
        let (app, _) = try makeApp()
        try await app.test(.router) { client in
            for route in ["/v1/import", "/v1/format"] {
                try await client.execute(uri: route, method: .post, headers: [.contentType: "application/octet-stream", .acceptLanguage: "zh"],
                                         body: ByteBuffer(string: "not a zip at all")) { response in
                    #expect(response.status == .badRequest)
                    let list = problems(response.body)
                    #expect((list.first?["code"] as? String)?.hasPrefix("reader.") == true, "\(list)")
                }
                try await client.execute(uri: route, method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "x")) { response in
                    #expect(response.status == .unsupportedMediaType)
                }
            }
        }
    }
}
