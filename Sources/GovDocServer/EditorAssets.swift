import HTTPTypes
import Hummingbird
import NIOCore

/// The editor page's files, compiled in (no CDN, no web fonts: government networks are closed).
enum EditorAssets {
    static func response(_ text: String, type: String) -> Response {
        Response(status: .ok,
                 headers: [.contentType: type, .cacheControl: "no-cache",
                           .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
                           HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
    static let html = "<!DOCTYPE html><title>govdoc</title>"
    static let script = ""
    static let style = ""
}
