import Foundation
import GovDoc
import GovDocMessages
import GovDocPackaging
import GovDocODF

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PDF for checking before printing: the ODT package rendered by LibreOffice
/// (`soffice --headless --convert-to pdf`) in a private profile directory, with govdoc's font
/// configuration (`Templates/fonts/fontconfig.conf`: the declared 仿宋/黑体/楷体/小标宋 names
/// mapped to free faces of the same kind with Simplified Chinese forms when the office's own
/// fonts are missing).
///
/// Many documents are rendered by one LibreOffice process (`render(_:finished:)`): starting
/// LibreOffice is most of the cost of a small document.
public struct PDFWriter: DocumentSerializer {
    public static let fileExtension = "pdf"

    /// The LibreOffice binary; `nil` looks for `$SOFFICE`, then `soffice` and `libreoffice` on PATH.
    public var soffice: String?

    public init(soffice: String? = nil) {
        self.soffice = soffice
    }

    public enum PDFError: Error, CustomStringConvertible, Sendable, Equatable {
        case libreOfficeMissing
        case conversionFailed(String)
        /// LibreOffice ended without writing this document's PDF, also when tried alone.
        case noOutput

        /// What went wrong, in either language.
        public var message: Message {
            switch self {
            case .libreOfficeMissing: return Message(.pdfNeedsLibreOffice)
            case let .conversionFailed(detail): return Message(.pdfConversionFailed, ["detail": detail])
            case .noOutput: return Message(.pdfNoOutput)
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

    /// govdoc's fontconfig file, found like the style sheets: `$GOVDOC_TEMPLATES/fonts/`,
    /// `Templates/fonts/` beside the executable (or `../share/govdoc/Templates/fonts/`), then
    /// this checkout's `Templates/fonts/`.
    public static func fontConfigFile() -> String? {
        var dirs: [String] = []
        if let env = ProcessInfo.processInfo.environment["GOVDOC_TEMPLATES"], !env.isEmpty { dirs.append(env) }
        dirs += RunningExecutable.templateDirectories
        // Sources/GovDocPDF/PDFWriter.swift → repository root
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        dirs.append(checkout.appendingPathComponent("Templates").path)
        return dirs.map { $0 + "/fonts/fontconfig.conf" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    public func serialize(_ document: Document) throws -> [UInt8] {
        try render([try ODTWriter().serialize(document)])[0].get()
    }

    /// Renders ODT packages to PDF in one LibreOffice process. `finished` is called once per
    /// package, in order, as soon as its PDF is complete (from one thread at a time). A package
    /// LibreOffice skips or fails on is tried again alone; its result is then `.noOutput`
    /// when that fails too, and the others are kept.
    public func render(_ packages: [[UInt8]],
                       finished: ((_ index: Int, _ result: Result<[UInt8], PDFError>) -> Void)? = nil) -> [Result<[UInt8], PDFError>] {
        guard !packages.isEmpty else { return [] }
        guard let binary = locateLibreOffice() else {
            let results = packages.map { _ in Result<[UInt8], PDFError>.failure(.libreOfficeMissing) }
            for (i, r) in results.enumerated() { finished?(i, r) }
            return results
        }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("govdoc-pdf-\(UUID().uuidString)")
        var results = [Result<[UInt8], PDFError>?](repeating: nil, count: packages.count)
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            let failure = Result<[UInt8], PDFError>.failure(.conversionFailed("\(error)"))
            for i in packages.indices { finished?(i, failure) }
            return packages.map { _ in failure }
        }
        defer { try? fm.removeItem(at: work) }
        let profile = Profile.acquire(fallback: work.appendingPathComponent("profile"))
        defer { profile.release() }

        var inputs: [Int: URL] = [:]
        for (i, bytes) in packages.enumerated() {
            let odt = work.appendingPathComponent(String(format: "d%05d.odt", i))
            do {
                try Data(bytes).write(to: odt)
                inputs[i] = odt
            } catch {
                results[i] = .failure(.conversionFailed("\(error)"))
            }
        }
        func output(_ i: Int, in dir: URL) -> URL { dir.appendingPathComponent(String(format: "d%05d.pdf", i)) }
        let pending = packages.indices.filter { results[$0] == nil }
        let out = work.appendingPathComponent("out")
        var reported = Set<Int>()
        func report(_ i: Int, _ r: Result<[UInt8], PDFError>) {
            results[i] = r
            if reported.insert(i).inserted { finished?(i, r) }
        }
        // failures known before LibreOffice runs are reported first
        for i in packages.indices { if let r = results[i] { report(i, r) } }

        // one process for all; LibreOffice converts in argument order, so a file is complete
        // once the next one's PDF appears
        run(binary, profile: profile.url, outdir: out, files: pending.compactMap { inputs[$0] }, work: work) {
            for (k, i) in pending.enumerated() where !reported.contains(i) && k + 1 < pending.count {
                guard fm.fileExists(atPath: output(pending[k + 1], in: out).path),
                      let data = fm.contents(atPath: output(i, in: out).path), !data.isEmpty else { continue }
                report(i, .success([UInt8](data)))
            }
        }
        var missing: [Int] = []
        for i in pending where !reported.contains(i) {
            if WorkStop.requested { report(i, .failure(.noOutput)); continue }
            if let data = fm.contents(atPath: output(i, in: out).path), !data.isEmpty {
                report(i, .success([UInt8](data)))
            } else {
                missing.append(i)
            }
        }
        // what the batch did not produce: alone, so that one bad file cannot take others along
        // (not when the work was told to stop: the server's deadline, or its client gone)
        for i in missing {
            if WorkStop.requested { report(i, .failure(.noOutput)); continue }
            let alone = work.appendingPathComponent("alone\(i)")
            let code = run(binary, profile: profile.url, outdir: alone, files: inputs[i].map { [$0] } ?? [], work: work) {}
            if let data = fm.contents(atPath: output(i, in: alone).path), !data.isEmpty {
                report(i, .success([UInt8](data)))
            } else if missing.count == pending.count && pending.count == 1 && code.status != 0 {
                report(i, .failure(.conversionFailed("exit status \(code.status) \(code.errors)")))
            } else {
                report(i, .failure(.noOutput))
            }
        }
        return results.map { $0 ?? .failure(.noOutput) }
    }

    /// Runs `soffice --convert-to pdf` on `files`; `poll` is called every 50 ms while it runs.
    @discardableResult
    private func run(_ binary: String, profile: URL, outdir: URL, files: [URL], work: URL,
                     poll: () -> Void) -> (status: Int32, errors: String) {
        guard !files.isEmpty else { return (0, "") }
        let arguments = ["-env:UserInstallation=\(profile.absoluteString)",
                         "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                         "--convert-to", "pdf", "--outdir", outdir.path] + files.map(\.path)
        var environment = ProcessInfo.processInfo.environment
        if let fonts = Self.fontConfigFile() { environment["FONTCONFIG_FILE"] = fonts }
        let log = work.appendingPathComponent("soffice-\(UUID().uuidString).log")
        let child: ProcessGroup
        do { child = try ProcessGroup.spawn(binary, arguments, environment: environment, errorLog: log.path) } catch {
            return (-1, "\(error)")
        }
        // LibreOffice should never hang on a file it cannot read, but a batch must end: a
        // minute to start and a minute a file, then it is stopped and what is missing is retried;
        // it is stopped at once when the work is (WorkStop: the server's deadline, its client gone).
        // `soffice` is a script that starts oosplash, which starts soffice.bin: the signal goes
        // to their process group, SIGKILL if SIGTERM has not ended them within 2 s.
        let deadline = Date().addingTimeInterval(60 + 60 * Double(files.count))
        var status = child.poll()
        while status == nil {
            poll()
            if Date() > deadline || WorkStop.requested {
                status = child.stop()
                break
            }
            usleep(50_000)
            status = child.poll()
        }
        let errors = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (status ?? -1, errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// LibreOffice's user profile: a persistent one in the user's cache directory (a warm
    /// profile starts LibreOffice about 0.6 s faster than a new one), locked while in use; a
    /// temporary one when another govdoc process holds it.
    struct Profile {
        let url: URL
        let lock: Int32

        static func acquire(fallback: URL) -> Profile {
            let env = ProcessInfo.processInfo.environment
            let cache = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? (env["HOME"].map { $0 + "/.cache" } ?? NSTemporaryDirectory())
            let dir = URL(fileURLWithPath: cache).appendingPathComponent("govdoc/libreoffice-profile-\(getuid())")
            if (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil {
                let fd = open(dir.path + ".lock", O_CREAT | O_RDWR, 0o600)
                if fd >= 0 {
                    if flock(fd, LOCK_EX | LOCK_NB) == 0 { return Profile(url: dir, lock: fd) }
                    close(fd)
                }
            }
            return Profile(url: fallback, lock: -1)
        }

        func release() {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
    }
}
