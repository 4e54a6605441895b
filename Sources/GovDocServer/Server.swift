import Foundation
import GovDocHTML
import GovDocKit
import GovDocMessages
import GovDocPDF
import GovDocSource
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// What the routes need, made once at start-up and passed in (no globals): the export slots,
/// the PDF queue and the style sheets a request may name.
public struct GovDocServices: Sendable {
    /// CPU work (read + write a document, a preview, a check): `maxConcurrent` at once, each on
    /// a thread of its own (never on the threads that serve HTTP).
    public let work: WorkLimiter
    /// LibreOffice: one conversion at a time, each in a profile of its own (see `PDFWriter`).
    public let pdf: WorkLimiter
    public let pdfWriter: PDFWriter
    /// The style sheets by name, read once here: the only files a request can have read besides
    /// its own uploads (``UploadedFiles``). Uploads are never written to disk.
    public let styleSheets: StyleSheetCatalog

    public init(options: ServeOptions, pdfWriter: PDFWriter = PDFWriter()) throws {
        work = WorkLimiter(slots: options.maxConcurrent, queueLimit: options.maxQueue)
        pdf = WorkLimiter(slots: 1, queueLimit: options.maxPDFQueue)
        self.pdfWriter = pdfWriter
        styleSheets = .shipped
        ScratchLeftovers.remove()
    }

    /// The resolver of one request: its uploads and the style sheets by name, no disk.
    func files(_ upload: Upload) -> UploadedFiles {
        UploadedFiles(parts: upload.images, styleSheets: styleSheets)
    }

    /// Removes what earlier server processes that died left in the temporary directory
    /// (`govdoc-serve-PID-…` folders of uploads, written by versions before uploads stayed in memory).
    public func removeScratch() { ScratchLeftovers.remove() }
}

/// The router of `govdoc serve`: every route, built in one place.
public func buildRouter(options: ServeOptions, services: GovDocServices) -> Router<GovDocRequestContext> {
    let api = ServerAPI(options: options, services: services)
    let router = Router(context: GovDocRequestContext.self)
    router.add(middleware: ProblemMiddleware(routes: ServedRoutes.methods))
    router.add(middleware: ClientDisconnectMiddleware())
    router.get("/") { _, _ in EditorAssets.response(EditorAssets.html, type: "text/html; charset=utf-8") }
    router.get("/editor.js") { _, _ in EditorAssets.response(EditorAssets.script, type: "text/javascript; charset=utf-8") }
    router.get("/editor.css") { _, _ in EditorAssets.response(EditorAssets.style, type: "text/css; charset=utf-8") }
    router.get("/openapi.yaml") { _, _ in EditorAssets.response(OpenAPI.yaml, type: "application/yaml; charset=utf-8") }
    router.get("/healthz") { _, _ in api.health() }
    router.get("/v1/templates") { request, _ in api.templates(request) }
    router.post("/v1/export") { request, _ in await api.export(request) }
    router.post("/v1/check") { request, _ in await api.check(request) }
    router.post("/v1/preview") { request, _ in await api.preview(request) }
    router.post("/v1/import") { request, _ in await api.importDraft(request) }
    router.post("/v1/format") { request, _ in await api.formatDraft(request) }
    return router
}

/// The application: the router on `host:port`, HTTP/1.1, with an idle timeout for connections
/// that stop talking and a watch on each connection that stops its work when the client goes.
public func buildApplication(options: ServeOptions, services: GovDocServices,
                             onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) -> some ApplicationProtocol {
    Application(
        router: buildRouter(options: options, services: services),
        server: .http1(configuration: .init(additionalChannelHandlers: [ClientDisconnectHandler()],
                                            idleTimeout: .seconds(Int64(max(options.deadline, 5) * 2)))),
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "govdoc", backlog: 1024),
        onServerRunning: onServerRunning,
        logger: {
            var logger = Logger(label: "govdoc")
            logger.logLevel = .warning
            return logger
        }()
    )
}

/// The methods of every path the router serves (what `/openapi.yaml` declares).
enum ServedRoutes {
    static let methods: [String: [HTTPRequest.Method]] = [
        "/": [.get], "/editor.js": [.get], "/editor.css": [.get], "/openapi.yaml": [.get], "/healthz": [.get],
        "/v1/templates": [.get], "/v1/export": [.post], "/v1/check": [.post], "/v1/preview": [.post],
        "/v1/import": [.post], "/v1/format": [.post],
    ]
}

/// Turns errors that reach the router (no such route, a method not allowed) into the JSON
/// problem list every other error answer has: a path served with another method is a 405 with
/// `Allow`, an unknown path a 404.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            let language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage])
            let problem: APIProblem
            if error.status == .notFound || error.status == .methodNotAllowed, let allowed = routes[request.uri.path], !allowed.contains(request.method) {
                let allow = allowed.map(\.rawValue).joined(separator: ", ")
                problem = APIProblem(.serverMethodNotAllowed, ["path": request.uri.path, "method": request.method.rawValue, "allow": allow], language: language)
                return ServerAPI.problems(.methodNotAllowed, [problem], headers: [.allow: allow])
            }
            if error.status == .notFound {
                problem = APIProblem(.serverNotFound, ["path": request.uri.path], language: language)
            } else {
                problem = APIProblem(code: "http.\(error.status.code)", message: error.status.reasonPhrase)
            }
            return ServerAPI.problems(error.status, [problem])
        }
    }
}

/// A request that cannot be served, with the answer to give.
struct RequestFailure: Error {
    var status: HTTPResponse.Status
    var problems: [APIProblem]
    var headers: HTTPFields = [:]
}

/// What a request uploaded: the source and, from a multipart body, its images.
struct Upload: Sendable {
    /// The name used in problems and findings (`document.md` or the uploaded file's name).
    var name: String
    var source: [UInt8]
    /// The other uploaded files by name (checked by ``UploadNames``), what the source may name.
    var images: [String: [UInt8]]
}

struct ServerAPI: Sendable {
    let options: ServeOptions
    let services: GovDocServices

    // MARK: routes

    func health() -> Response {
        let load = services.work.load
        let body = #"{"status":"ok","running":\#(load.running),"waiting":\#(load.waiting),"maxConcurrent":\#(services.work.slots)}"#
        return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    func templates(_ request: Request) -> Response {
        ServerAPI.json(.ok, StarterTemplates.listing())
    }

    func export(_ request: Request) async -> Response {
        let language = Self.language(request)
        let formatName = request.uri.queryParameters.get("format") ?? "docx"
        guard let format = OutputFormat(rawValue: formatName.lowercased()) else {
            return Self.problems(.badRequest, [APIProblem(.serverUnknownFormat, ["format": formatName], language: language)])
        }
        return await serve(request, language: language) { upload in
            if format == .pdf {
                let document = try await self.read(upload, language: language)
                return try await self.file(document, format: format, upload: upload, language: language)
            }
            // read and write in one slot, on the work thread
            let outcome = try await self.work(language) { () -> Result<(Document, [UInt8]), RequestFailure> in
                do {
                    let document = try GovDocIO.read(sourceBytes: upload.source, name: upload.name, files: self.services.files(upload))
                    guard !WorkStop.requested else { return .failure(self.deadlineFailure(language)) }
                    let bytes = try document.serialized(as: format)
                    return .success((document, bytes))
                } catch let error as ExportError {
                    return .failure(RequestFailure(status: .badRequest, problems: ProblemMapping.problems(for: error, file: upload.name, language: language)))
                } catch {
                    return .failure(RequestFailure(status: .internalServerError, problems: [APIProblem(.serverExportFailed, ["format": format.rawValue, "detail": Self.detail(of: error)], language: language)]))
                }
            }
            let (document, bytes) = try outcome.get()
            return Self.fileResponse(bytes, title: document.title, format: format)
        }
    }

    /// The document as a file in `format`, named after its title.
    func file(_ document: Document, format: OutputFormat, upload: Upload, language: Language) async throws -> Response {
        let bytes: [UInt8]
        if format == .pdf {
            bytes = try await self.pdf(document, language: language)
        } else {
            let outcome = try await work(language) { () -> Result<[UInt8], RequestFailure> in
                do { return .success(try document.serialized(as: format)) } catch {
                    return .failure(RequestFailure(status: .internalServerError, problems: [APIProblem(.serverExportFailed, ["format": format.rawValue, "detail": Self.detail(of: error)], language: language)]))
                }
            }
            bytes = try outcome.get()
        }
        return Self.fileResponse(bytes, title: document.title, format: format)
    }

    /// A file answer: the bytes, their type and a name made from the title.
    static func fileResponse(_ bytes: [UInt8], title: String, format: OutputFormat) -> Response {
        let headers: HTTPFields = [
            .contentType: Self.contentType(format),
            .contentDisposition: ContentDisposition.attachment(title: title, fileExtension: format.fileExtension),
            .cacheControl: "no-store",
        ]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func check(_ request: Request) async -> Response {
        let language = Self.language(request)
        return await serve(request, language: language) { upload in
            let files = services.files(upload)
            let findings = try await self.work(language) { GovDocChecker.check(source: upload.source, file: upload.name, files: files) }
            let mapped = ProblemMapping.findings(findings, file: upload.name, language: language)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(mapped)) ?? Data("[]".utf8)
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    func preview(_ request: Request) async -> Response {
        let language = Self.language(request)
        return await serve(request, language: language) { upload in
            // read and lay out in one slot, under one deadline, both stopping when it passes
            let (document, rendered) = try await self.read(upload, language: language) {
                HTMLPreview(shouldStop: { WorkStop.requested }).render($0)
            }
            return Self.json(.ok, PreviewAnswer(pageCount: rendered.pageCount, title: document.title, html: rendered.html))
        }
    }

    /// `POST /v1/import`: a .docx/.odt draft → the source text (`text/markdown`), or with
    /// `Accept: application/json` `{source, title, warnings, notes}`.
    func importDraft(_ request: Request) async -> Response {
        let language = Self.language(request)
        let wantsJSON = (request.headers[.accept] ?? "").contains("application/json")
        return await serve(request, language: language, draft: true) { upload in
            let recognition = try await self.recognize(upload, language: language)
            let output = GovDocDrafts.sourceText(recognition)
            let warnings = recognition.warnings.map {
                APIProblem(file: upload.name, code: $0.message.id, message: $0.message.text(in: language),
                           paragraph: $0.location.paragraph, excerpt: $0.location.excerpt)
            }
            if wantsJSON {
                return Self.json(.ok, ImportAnswer(source: output.text, title: recognition.document.title, warnings: warnings,
                                                   notes: output.notes.map { $0.text(in: language) }))
            }
            return Response(status: .ok, headers: [
                .contentType: "text/markdown; charset=utf-8",
                .contentDisposition: ContentDisposition.attachment(title: recognition.document.title, fileExtension: "md"),
                HTTPField.Name("Govdoc-Warnings")!: "\(warnings.count)",
                .cacheControl: "no-store",
            ], body: .init(byteBuffer: ByteBuffer(string: output.text)))
        }
    }

    /// `POST /v1/format?format=docx|odt|pdf`: a .docx/.odt draft re-laid to GB/T 9704.
    func formatDraft(_ request: Request) async -> Response {
        let language = Self.language(request)
        let formatName = request.uri.queryParameters.get("format") ?? "docx"
        guard let format = OutputFormat(rawValue: formatName.lowercased()) else {
            return Self.problems(.badRequest, [APIProblem(.serverUnknownFormat, ["format": formatName], language: language)])
        }
        return await serve(request, language: language, draft: true) { upload in
            let document = try await self.recognize(upload, language: language).document
            return try await self.file(document, format: format, upload: upload, language: language)
        }
    }

    struct ImportAnswer: Encodable {
        var source: String
        var title: String
        var warnings: [APIProblem]
        var notes: [String]
    }

    static let draftTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text", "application/octet-stream", "application/zip",
    ]

    /// Reads and recognises a draft within an export slot; a draft the readers reject is a 400.
    func recognize(_ upload: Upload, language: Language) async throws -> DraftRecognition {
        let files = services.files(upload)
        let outcome = try await work(language) { () -> Result<DraftRecognition, any Error> in
            do {
                let draft = try GovDocDrafts.read(upload.source, file: upload.name)
                return .success(try GovDocDrafts.recognize(draft, file: upload.name, files: files))
            } catch { return .failure(error) }
        }
        switch outcome {
        case let .success(recognition): return recognition
        case let .failure(error):
            throw RequestFailure(status: .badRequest, problems: ProblemMapping.problems(for: error, file: upload.name, language: language))
        }
    }

    struct PreviewAnswer: Encodable {
        var pageCount: Int
        var title: String
        var html: String
    }

    // MARK: the steps of a request

    /// Reads the upload and does `work` within the deadline, and turns failures into answers.
    /// At the deadline the answer is given at once; the work, told through its stop signal,
    /// ends within a moment (see ``work(_:)``).
    func serve(_ request: Request, language: Language, draft: Bool = false,
               _ work: @escaping @Sendable (Upload) async throws -> Response) async -> Response {
        let progress = UploadProgress()
        let outcome: Result<Response, any Error>?
        do {
            outcome = try await withDeadline(seconds: options.deadline) {
                do {
                    let upload = try await self.upload(request, language: language, draft: draft)
                    progress.markReceived()
                    return .success(try await work(upload))
                } catch {
                    return .failure(error)
                }
            }
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case nil:
            let problem = APIProblem(.serverDeadline, ["seconds": Self.seconds(options.deadline)], language: language)
            if progress.received {
                return Self.problems(.serviceUnavailable, [problem], headers: [.retryAfter: "1"])
            }
            return Self.problems(.requestTimeout, [problem], headers: [.connection: "close"])
        case let .success(response)?:
            return response
        case let .failure(failure as RequestFailure)?:
            return Self.problems(failure.status, failure.problems, headers: failure.headers)
        case .failure(is CancellationError)?:
            let problem = APIProblem(.serverDeadline, ["seconds": Self.seconds(options.deadline)], language: language)
            return Self.problems(.serviceUnavailable, [problem], headers: [.retryAfter: "1"])
        case let .failure(error)?:
            return Self.problems(.internalServerError, [APIProblem(code: "server.internal", message: Self.detail(of: error))])
        }
    }

    /// The body as an upload: `text/plain` (or `text/markdown`, or no type) is the source itself;
    /// `multipart/form-data` has a `source` part and images.
    func upload(_ request: Request, language: Language, draft: Bool = false) async throws -> Upload {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.maxBody {
            if length <= 4 * options.maxBody { await drain(request) }
            throw self.tooLarge(language)
        }
        let contentType = request.headers[.contentType] ?? "text/plain"
        let (mediaType, parameters) = Self.parseMediaType(contentType)
        let isText = draft
            ? Self.draftTypes.contains(mediaType)
            : ["text/plain", "text/markdown", "text/x-markdown"].contains(mediaType)
        let isMultipart = mediaType == "multipart/form-data"
        if !isText && !isMultipart || (isText && !draft && !["utf-8", "utf8", nil].contains(parameters["charset"]?.lowercased())) {
            throw RequestFailure(status: .unsupportedMediaType, problems: [APIProblem(.serverUnsupportedMediaType, ["type": contentType], language: language)])
        }
        var bytes: [UInt8] = []
        do {
            var tooLarge = false
            var seen = 0
            // collect up to the limit; past it, read on and discard (up to four times the limit,
            // within the deadline), so that a client that sends the whole body before it reads
            // gets the 413 at once instead of waiting on a full socket
            for try await chunk in request.body {
                seen += chunk.readableBytes
                if seen > options.maxBody { tooLarge = true; bytes = [] }
                if tooLarge {
                    if seen > 4 * options.maxBody { break }
                    continue
                }
                bytes.append(contentsOf: chunk.readableBytesView)
            }
            if tooLarge { throw self.tooLarge(language) }
        } catch let failure as RequestFailure {
            throw failure
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw RequestFailure(status: .badRequest, problems: [APIProblem(.serverBodyIncomplete, ["detail": "\(error)"], language: language)],
                                 headers: [.connection: "close"])
        }
        if isText { return Upload(name: draft ? "draft" : "document.md", source: bytes, images: [:]) }
        let form: MultipartForm
        do {
            form = try MultipartForm(bytes: bytes, boundary: parameters["boundary"] ?? "")
        } catch {
            throw RequestFailure(status: .badRequest, problems: [APIProblem(.serverMultipartMalformed, ["detail": error.detail], language: language)])
        }
        let sourceIndex = draft
            ? form.parts.firstIndex { $0.name == "draft" } ?? form.parts.firstIndex { ["docx", "odt", "fodt", "doc"].contains(($0.filename ?? "").lowercased().split(separator: ".").last.map(String.init) ?? "") }
            : form.parts.firstIndex { $0.name == "source" }
              ?? form.parts.firstIndex { ($0.filename ?? "").lowercased().hasSuffix(".md") || ($0.filename ?? "").lowercased().hasSuffix(".txt") }
        guard let sourceIndex else {
            throw RequestFailure(status: .badRequest, problems: [APIProblem(.serverMultipartNoSource, language: language)])
        }
        let source = form.parts[sourceIndex]
        let uploads = form.parts.enumerated().compactMap { index, part -> (String, [UInt8])? in
            guard index != sourceIndex, let filename = part.filename, !filename.isEmpty else { return nil }
            return (filename, Array(part.body))
        }
        let images: [String: [UInt8]]
        do { images = try UploadNames.parts(uploads) } catch {
            throw RequestFailure(status: .badRequest, problems: [APIProblem(code: error.message.template.id, message: error.message.text(in: language))])
        }
        let name = source.filename.map { Self.storedName($0) } ?? (draft ? "draft" : "document.md")
        return Upload(name: name, source: Array(source.body), images: images)
    }

    /// Reads and discards the rest of a body that is too large (up to four times the limit,
    /// within the deadline), so that a client that sends the whole body before it reads gets
    /// the 413 at once instead of waiting on a full socket.
    func drain(_ request: Request) async {
        var seen = 0
        do {
            for try await chunk in request.body {
                seen += chunk.readableBytes
                if seen > 4 * options.maxBody { return }
            }
        } catch {}
    }

    /// The document in the upload, read by the source reader on a work thread; every file the
    /// source names is one of the upload's parts or a style sheet by name (``UploadedFiles``),
    /// never a file of the server's.
    func read(_ upload: Upload, language: Language) async throws -> Document {
        try await read(upload, language: language) { _ in () }.document
    }

    /// The document in the upload and what `then` makes of it, both in one slot under one
    /// deadline (what `then` does stops with the read when the deadline passes).
    func read<T: Sendable>(_ upload: Upload, language: Language,
                           then: @escaping @Sendable (Document) -> T) async throws -> (document: Document, result: T) {
        let files = services.files(upload)
        let outcome = try await work(language) { () -> Result<(Document, T), ExportError> in
            do throws(ExportError) {
                let document = try GovDocIO.read(sourceBytes: upload.source, name: upload.name, files: files)
                return .success((document, then(document)))
            } catch { return .failure(error) }
        }
        switch outcome {
        case let .success((document, result)): return (document, result)
        case let .failure(error):
            throw RequestFailure(status: .badRequest, problems: ProblemMapping.problems(for: error, file: upload.name, language: language))
        }
    }

    /// Runs synchronous work (read, write, check, preview) in an export slot on a thread of its
    /// own, with a stop signal set at the deadline or when the request is cancelled: the
    /// readers and writers check it in their loops and end early.
    func work<T: Sendable>(_ language: Language, _ body: @escaping @Sendable () -> T) async throws -> T {
        // a request whose deadline passed while its body arrived takes no slot
        try Task.checkCancellation()
        let signal = StopSignal(seconds: options.deadline)
        let result = try await run(in: services.work, under: signal) { () -> T in
            WorkStop.run(with: signal) { body() }
        }
        if signal.isSet { throw CancellationError() }
        guard let result else { throw busy(language) }
        return result
    }

    /// `body` on a thread of its own in a slot of `limiter`, under `signal`, which is set when the
    /// request is cancelled or its client goes (the deadline sets it by itself); nil when
    /// neither a slot nor a place in the queue is free.
    func run<T: Sendable>(in limiter: WorkLimiter, under signal: StopSignal,
                          _ body: @escaping @Sendable () -> T) async throws -> T? {
        try await withTaskCancellationHandler {
            try await limiter.run { () async throws -> T in
                try await ConnectionWatch.stoppingCurrent(signal) { try await Blocking.run(body) }
            }
        } onCancel: {
            signal.stop()
        }
    }

    func deadlineFailure(_ language: Language) -> RequestFailure {
        RequestFailure(status: .serviceUnavailable, problems: [APIProblem(.serverDeadline, ["seconds": Self.seconds(options.deadline)], language: language)],
                       headers: [.retryAfter: "1"])
    }

    /// An error's text for an answer, without any path of the server's.
    static func detail(of error: any Error) -> String {
        scrubbed("\(error)")
    }

    /// `text` with every absolute path (a word that starts with `/` and has another `/`) as `…`.
    static func scrubbed(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let bare = word.drop { "\"'`(“‘".contains($0) }
            return bare.hasPrefix("/") && bare.dropFirst().contains("/") ? "…" : String(word)
        }.joined(separator: " ")
    }

    /// The PDF, rendered by LibreOffice on a thread of its own, one conversion at a time.
    func pdf(_ document: Document, language: Language) async throws -> [UInt8] {
        let writer = services.pdfWriter
        guard writer.locateLibreOffice() != nil else {
            throw RequestFailure(status: .serviceUnavailable, problems: [APIProblem(.serverPDFFailed, ["detail": "\(PDFWriter.PDFError.libreOfficeMissing)"], language: language)])
        }
        // LibreOffice under the request's stop signal (a deadline of its own, the client's
        // watch): it is stopped when either is set, and the answer is the deadline's
        let signal = StopSignal(seconds: options.deadline)
        let result = try await run(in: services.pdf, under: signal) { () -> Result<[UInt8], any Error> in
            Result { try WorkStop.run(with: signal) { try writer.serialize(document) } }
        }
        if case .failure? = result, signal.isSet { throw deadlineFailure(language) }
        switch result {
        case nil:
            throw RequestFailure(status: .serviceUnavailable, problems: [APIProblem(.serverBusy, ["limit": "1", "seconds": "5"], language: language)], headers: [.retryAfter: "5"])
        case let .success(bytes)?: return bytes
        case let .failure(error)?:
            throw RequestFailure(status: .internalServerError, problems: [APIProblem(.serverPDFFailed, ["detail": Self.detail(of: error)], language: language)])
        }
    }

    // MARK: helpers

    func busy(_ language: Language) -> RequestFailure {
        RequestFailure(status: .serviceUnavailable,
                       problems: [APIProblem(.serverBusy, ["limit": "\(services.work.slots)", "seconds": "1"], language: language)],
                       headers: [.retryAfter: "1"])
    }

    func tooLarge(_ language: Language) -> RequestFailure {
        RequestFailure(status: .contentTooLarge,
                       problems: [APIProblem(.serverBodyTooLarge, ["limit": ServeOptions.formatSize(options.maxBody)], language: language)],
                       headers: [.connection: "close"])
    }

    static func language(_ request: Request) -> Language {
        Language.preferred(acceptLanguage: request.headers[.acceptLanguage])
    }

    /// A file name without directories, dots at the start or characters a file system minds.
    static func storedName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(last.unicodeScalars.map { scalar -> Character in
            scalar.value < 0x20 || "<>:\"|?*".unicodeScalars.contains(scalar) ? "_" : Character(scalar)
        })
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        if cleaned.utf8.count > 120 { cleaned = String(cleaned.prefix(60)) }
        return cleaned.isEmpty ? "document.md" : cleaned
    }

    static func parseMediaType(_ header: String) -> (String, [String: String]) {
        let fields = header.split(separator: ";")
        let type = fields.first.map { String($0.trimmingSpaces).lowercased() } ?? ""
        var parameters: [String: String] = [:]
        for field in fields.dropFirst() {
            guard let eq = field.firstIndex(of: "=") else { continue }
            var value = field[field.index(after: eq)...].trimmingSpaces
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            parameters[field[..<eq].trimmingSpaces.lowercased()] = String(value)
        }
        return (type, parameters)
    }

    static func contentType(_ format: OutputFormat) -> String {
        switch format {
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .odt: return "application/vnd.oasis.opendocument.text"
        case .pdf: return "application/pdf"
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func json<T: Encodable>(_ status: HTTPResponse.Status, _ value: T, headers: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        var all: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        all.append(contentsOf: headers)
        return Response(status: status, headers: all, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func problems(_ status: HTTPResponse.Status, _ problems: [APIProblem], headers: HTTPFields = [:]) -> Response {
        json(status, problems, headers: headers)
    }
}

/// Whether the body had fully arrived when the deadline passed (408 then means a slow client).
final class UploadProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func markReceived() { lock.lock(); done = true; lock.unlock() }
    var received: Bool { lock.lock(); defer { lock.unlock() }; return done }
}
