import Foundation
import GovDoc
import GovDocMessages
import GovDocODF

/// PDF for checking before printing: the ODT package rendered by LibreOffice
/// (`soffice --headless --convert-to pdf`) in a private profile directory.
public struct PDFWriter: DocumentSerializer {
    public static let fileExtension = "pdf"

    /// The LibreOffice binary; `nil` looks for `$SOFFICE`, then `soffice` and `libreoffice` on PATH.
    public var soffice: String?

    public init(soffice: String? = nil) {
        self.soffice = soffice
    }

    public enum PDFError: Error, CustomStringConvertible {
        case libreOfficeMissing
        case conversionFailed(String)

        /// What went wrong, in either language.
        public var message: Message {
            switch self {
            case .libreOfficeMissing: return Message(.pdfNeedsLibreOffice)
            case let .conversionFailed(detail): return Message(.pdfConversionFailed, ["detail": detail])
            }
        }

        public var description: String { message.description }
    }

    /// The LibreOffice binary to use, if one is installed.
    public func locateLibreOffice() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let soffice { candidates.append(soffice) }
        if let env = ProcessInfo.processInfo.environment["SOFFICE"], !env.isEmpty { candidates.append(env) }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            candidates += ["\(dir)/soffice", "\(dir)/libreoffice"]
        }
        candidates.append("/usr/lib/libreoffice/program/soffice")
        return candidates.first { fm.isExecutableFile(atPath: $0) }
    }

    public func serialize(_ document: Document) throws -> [UInt8] {
        guard let binary = locateLibreOffice() else { throw PDFError.libreOfficeMissing }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("govdoc-pdf-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let odt = work.appendingPathComponent("document.odt")
        try Data(try ODTWriter().serialize(document)).write(to: odt)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-env:UserInstallation=file://\(work.appendingPathComponent("profile").path)",
                             "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.path, odt.path]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let pdf = work.appendingPathComponent("document.pdf")
        guard process.terminationStatus == 0, let data = fm.contents(atPath: pdf.path), !data.isEmpty else {
            throw PDFError.conversionFailed("exit status \(process.terminationStatus) \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return [UInt8](data)
    }
}
