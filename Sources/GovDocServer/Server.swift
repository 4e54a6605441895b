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
/// the PDF queue and the server's own scratch directory.
public struct GovDocServices: Sendable {
    /// CPU work (read + write a document, a preview, a check): `maxConcurrent` at once.
    public let work: WorkLimiter
    /// LibreOffice: one conversion at a time, each in a profile of its own (see `PDFWriter`).
    public let pdf: WorkLimiter
    public let pdfWriter: PDFWriter
    /// The server's scratch directory: an empty directory the reader resolves relative names
    /// against, and one temporary directory per request that uploads files.
    public let scratch: String

    public init(options: ServeOptions, pdfWriter: PDFWriter = PDFWriter()) throws {
        work = WorkLimiter(slots: options.maxConcurrent, queueLimit: options.maxQueue)
        pdf = WorkLimiter(slots: 1, queueLimit: options.maxPDFQueue)
        self.pdfWriter = pdfWriter
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govdoc-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        scratch = dir.path
    }

    /// The directory requests without uploads resolve names against (always empty).
    var emptyDirectory: String { scratch + "/empty" }

    /// Removes the scratch directory (at shutdown).
    public func removeScratch() { try? FileManager.default.removeItem(atPath: scratch) }
}

/// The router of `govdoc serve`: every route, built in one place.
public func buildRouter(options: ServeOptions, services: GovDocServices) -> Router<BasicRequestContext> {
    let api = ServerAPI(options: options, services: services)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ProblemMiddleware())
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
/// that stop talking.
public func buildApplication(options: ServeOptions, services: GovDocServices,
                             onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) -> some ApplicationProtocol {
    Application(
        router: buildRouter(options: options, services: services),
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(max(options.deadline, 5) * 2)))),
        configuration: .init(address: .hostname(options.host, port: options.port), serverName: "govdoc", backlog: 1024),
        onServerRunning: onServerRunning,
        logger: {
            var logger = Logger(label: "govdoc")
            logger.logLevel = .warning
            return logger
        }()
    )
}

/// Turns errors that reach the router (no such route, a method not allowed) into the JSON
/// problem list every other error answer has.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            let language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage])
            let problem: APIProblem
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
    var images: [(name: String, bytes: [UInt8])]
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
        return await serve(request, language: language) { upload, directory in
            let document = try await self.read(upload, directory: directory, language: language)
            return try await self.file(document, format: format, upload: upload, language: language)
        }
    }

    /// The document as a file in `format`, named after its title.
    func file(_ document: Document, format: OutputFormat, upload: Upload, language: Language) async throws -> Response {
        let bytes: [UInt8]
        if format == .pdf {
            bytes = try await self.pdf(document, language: language)
        } else {
            do {
                bytes = try document.serialized(as: format)
            } catch {
                throw RequestFailure(status: .internalServerError, problems: [APIProblem(.serverExportFailed, ["format": format.rawValue, "detail": "\(error)"], language: language)])
            }
        }
        var headers: HTTPFields = [
            .contentType: Self.contentType(format),
            .contentDisposition: ContentDisposition.attachment(title: document.title, fileExtension: format.fileExtension),
            .cacheControl: "no-store",
        ]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func check(_ request: Request) async -> Response {
        let language = Self.language(request)
        return await serve(request, language: language, needsDirectory: true) { upload, directory in
            if let problem = RequestSafety.forbiddenPath(in: String(decoding: upload.source, as: UTF8.self), file: upload.name, language: language) {
                throw RequestFailure(status: .badRequest, problems: [problem])
            }
            let path = (directory ?? services.emptyDirectory) + "/" + Self.storedName(upload.name)
            do { try Data(upload.source).write(to: URL(fileURLWithPath: path)) } catch {
                throw RequestFailure(status: .internalServerError, problems: [APIProblem(code: "server.scratch", message: "\(error)")])
            }
            guard let findings = try await services.work.run({ GovDocChecker.check(path: path) }) else { throw self.busy(language) }
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
        return await serve(request, language: language) { upload, directory in
            let document = try await self.read(upload, directory: directory, language: language)
            guard let rendered = try await services.work.run({ HTMLPreview().render(document) }) else { throw self.busy(language) }
            return Self.json(.ok, PreviewAnswer(pageCount: rendered.pageCount, title: document.title, html: rendered.html))
        }
    }

    /// `POST /v1/import`: a .docx/.odt draft → the source text (`text/markdown`), or with
    /// `Accept: application/json` `{source, title, warnings, notes}`.
    func importDraft(_ request: Request) async -> Response {
        let language = Self.language(request)
        let wantsJSON = (request.headers[.accept] ?? "").contains("application/json")
        return await serve(request, language: language, draft: true) { upload, _ in
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
        return await serve(request, language: language, draft: true) { upload, _ in
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
        let outcome = try await services.work.run { () -> Result<DraftRecognition, any Error> in
            do {
                let draft = try GovDocDrafts.read(upload.source, file: upload.name)
                return .success(try GovDocDrafts.recognize(draft, file: upload.name))
            } catch { return .failure(error) }
        }
        switch outcome {
        case nil: throw busy(language)
        case let .success(recognition)?: return recognition
        case let .failure(error)?:
            throw RequestFailure(status: .badRequest, problems: ProblemMapping.problems(for: error, file: upload.name, language: language))
        }
    }

    struct PreviewAnswer: Encodable {
        var pageCount: Int
        var title: String
        var html: String
    }

    // MARK: the steps of a request

    /// Reads the upload within the deadline, gives `work` a temporary directory holding the
    /// uploaded images (when there are any, or when asked), and turns failures into answers.
    func serve(_ request: Request, language: Language, needsDirectory: Bool = false, draft: Bool = false,
               _ work: @escaping @Sendable (Upload, String?) async throws -> Response) async -> Response {
        let progress = UploadProgress()
        let outcome: Result<Response, any Error>?
        do {
            outcome = try await withDeadline(seconds: options.deadline) {
                do {
                    let upload = try await self.upload(request, language: language, draft: draft)
                    progress.markReceived()
                    var directory: String? = nil
                    if needsDirectory || !upload.images.isEmpty {
                        directory = try self.makeRequestDirectory(for: upload, language: language)
                    }
                    defer { if let directory { try? FileManager.default.removeItem(atPath: directory) } }
                    return .success(try await work(upload, directory))
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
        case let .failure(error)?:
            return Self.problems(.internalServerError, [APIProblem(code: "server.internal", message: "\(error)")])
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
        if isText { return Upload(name: draft ? "draft" : "document.md", source: bytes, images: []) }
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
        let images = form.parts.enumerated().compactMap { index, part -> (String, [UInt8])? in
            guard index != sourceIndex, let filename = part.filename, !filename.isEmpty else { return nil }
            return (filename, Array(part.body))
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

    /// The document in the upload, read by the source reader within an export slot; names in
    /// the source resolve inside the request's own directory (or an empty one), never elsewhere.
    func read(_ upload: Upload, directory: String?, language: Language) async throws -> Document {
        let text = String(decoding: upload.source, as: UTF8.self)
        if let problem = RequestSafety.forbiddenPath(in: text, file: upload.name, language: language) {
            throw RequestFailure(status: .badRequest, problems: [problem])
        }
        let reader = SourceReader(baseDirectory: directory ?? services.emptyDirectory)
        let outcome = try await services.work.run { () -> Result<Document, SourceError> in
            do throws(SourceError) { return .success(try reader.read(bytes: upload.source, file: upload.name).document) } catch { return .failure(error) }
        }
        switch outcome {
        case nil: throw busy(language)
        case let .success(document)?: return document
        case let .failure(error)?:
            throw RequestFailure(status: .badRequest, problems: ProblemMapping.sourceProblems(error, file: upload.name, language: language))
        }
    }

    /// The PDF, rendered by LibreOffice on a thread of its own, one conversion at a time.
    func pdf(_ document: Document, language: Language) async throws -> [UInt8] {
        let writer = services.pdfWriter
        guard writer.locateLibreOffice() != nil else {
            throw RequestFailure(status: .serviceUnavailable, problems: [APIProblem(.serverPDFFailed, ["detail": "\(PDFWriter.PDFError.libreOfficeMissing)"], language: language)])
        }
        let result = try await services.pdf.run { () -> Result<[UInt8], any Error> in
            do { return .success(try await Blocking.run { try writer.serialize(document) }) } catch { return .failure(error) }
        }
        switch result {
        case nil:
            throw RequestFailure(status: .serviceUnavailable, problems: [APIProblem(.serverBusy, ["limit": "1", "seconds": "5"], language: language)], headers: [.retryAfter: "5"])
        case let .success(bytes)?: return bytes
        case let .failure(error)?:
            throw RequestFailure(status: .internalServerError, problems: [APIProblem(.serverPDFFailed, ["detail": "\(error)"], language: language)])
        }
    }

    /// A directory of this request's own with its uploaded images, under their names made safe.
    func makeRequestDirectory(for upload: Upload, language: Language) throws -> String {
        let dir = services.scratch + "/req-" + UUID().uuidString
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: false)
            for image in upload.images {
                let parts = image.name.split(separator: "/").map { Self.storedName(String($0)) }
                let path = dir + "/" + parts.joined(separator: "/")
                if parts.count > 1 {
                    try fm.createDirectory(atPath: dir + "/" + parts.dropLast().joined(separator: "/"), withIntermediateDirectories: true)
                }
                try Data(image.bytes).write(to: URL(fileURLWithPath: path))
            }
        } catch {
            try? fm.removeItem(atPath: dir)
            throw RequestFailure(status: .internalServerError, problems: [APIProblem(code: "server.scratch", message: "\(error)")])
        }
        return dir
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
