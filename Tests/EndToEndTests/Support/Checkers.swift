import Foundation
import Testing

/// The shared checkers (`validate-package`, `gbcheck`), when `../shared/tools` is present.
enum Checkers {
    /// Prints one line (once) when the checkers are absent and returns `nil`.
    static var tools: URL? {
        if let tools = Paths.sharedTools { return tools }
        noticeOnce
        return nil
    }

    private static let noticeOnce: Void = {
        print("checkers: ../shared/tools not found — validate-package and gbcheck assertions not run")
    }()

    /// `validate-package FILE` must print `validate-package: OK` and exit 0.
    static func expectValid(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let tools = tools else { return }
        let result = try run(tools.appendingPathComponent("validate-package").path, [path])
        #expect(result.status == 0, "validate-package \(path):\n\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.contains("validate-package: OK"), sourceLocation: sourceLocation)
    }

    struct Rule: Decodable {
        var rule: String
        var expected: String?
        var measured: String?
        var status: String
        var note: String?
    }
    struct Report: Decodable {
        var rules: [Rule]
    }

    /// `gbcheck --json FILE` → the rules, or `nil` without the checkers. Exit 2 (cannot render,
    /// e.g. LibreOffice missing) is a test failure, never a skip.
    static func gbcheck(_ path: String, arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Rule]? {
        guard let tools = tools else { return nil }
        let result = try run(tools.appendingPathComponent("gbcheck").path, ["--json"] + arguments + [path])
        guard result.status != 2 else {
            Issue.record("gbcheck could not render \(path) (is LibreOffice installed? Scripts/test.sh installs it): \(result.stderr)", sourceLocation: sourceLocation)
            return nil
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
        return Dictionary(report.rules.map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Renders a package to PDF with LibreOffice (private profile); the PDF's path. Without
    /// LibreOffice this records a failure (Scripts/test.sh installs it) and returns `nil`.
    static func renderPDF(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        guard let soffice = which("soffice") ?? which("libreoffice") else {
            Issue.record("LibreOffice (soffice) is not installed: Scripts/test.sh installs libreoffice-writer-nogui", sourceLocation: sourceLocation)
            return nil
        }
        let dir = try Paths.temporaryDirectory()
        let r = try run(soffice, ["-env:UserInstallation=file://\(dir.appendingPathComponent("profile").path)", "--headless",
                                  "--convert-to", "pdf", "--outdir", dir.path, path])
        let pdf = dir.appendingPathComponent(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".pdf").path
        guard r.status == 0, FileManager.default.fileExists(atPath: pdf) else {
            Issue.record("LibreOffice could not render \(path): \(r.stderr)", sourceLocation: sourceLocation)
            return nil
        }
        return pdf
    }
}
