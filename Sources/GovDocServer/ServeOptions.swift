import Foundation

/// What `govdoc serve` is started with: where it listens and the limits it keeps.
public struct ServeOptions: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// The largest request body accepted, in bytes (413 above it).
    public var maxBody: Int
    /// Exports (and previews, checks) running at once; more wait in a queue.
    public var maxConcurrent: Int
    /// Requests waiting for a free export slot; more are answered 503 with `Retry-After`.
    public var maxQueue: Int
    /// Seconds a request may take from its head to its answer, body upload included.
    public var deadline: Double
    /// PDF conversions waiting for LibreOffice (one runs at a time); more are answered 503.
    public var maxPDFQueue: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBody: Int = 10 * 1024 * 1024,
                maxConcurrent: Int = ProcessInfo.processInfo.activeProcessorCount, maxQueue: Int = 256,
                deadline: Double = 30, maxPDFQueue: Int = 8) {
        self.host = host
        self.port = port
        self.maxBody = maxBody
        self.maxConcurrent = max(1, maxConcurrent)
        self.maxQueue = max(0, maxQueue)
        self.deadline = deadline
        self.maxPDFQueue = max(0, maxPDFQueue)
    }

    /// `10MB`, `512KB`, `2M`, `1048576` → bytes (units of 1024); `nil` for anything else.
    public static func parseSize(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), n >= 0 else { return nil }
            return Int(n * Double(factor))
        }
        return Int(t).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// Bytes as the clerk reads them: `10 MB`, `512 KB`.
    public static func formatSize(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) B"
    }
}
