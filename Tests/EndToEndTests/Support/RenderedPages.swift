import Foundation
import Testing

/// The text lines of a rendered PDF (`pdftotext -bbox-layout`), page by page, positions in mm
/// from the paper's top left; and several packages rendered by one LibreOffice run.
enum RenderedPages {
    struct Line: CustomStringConvertible {
        var page: Int
        /// Top and bottom of poppler's line box, left and right edges.
        var topMM: Double
        var bottomMM: Double
        var leftMM: Double
        var rightMM: Double
        /// The words joined without spaces (CJK text has none; digits may be words of their own).
        var text: String
        var description: String { "p\(page) \(String(format: "%.2f", topMM)) mm \(text)" }
    }

    static func lines(pdf: String) throws -> [Line] {
        let r = try run(which("pdftotext") ?? "/usr/bin/pdftotext", ["-bbox-layout", pdf, "-"])
        guard r.status == 0 else { throw TestFailure("pdftotext: \(r.stderr)") }
        let pagePattern = try NSRegularExpression(pattern: "<page ")
        let linePattern = try NSRegularExpression(pattern: "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>",
                                                  options: [.dotMatchesLineSeparators])
        let wordPattern = try NSRegularExpression(pattern: ">([^<]*)</word>")
        let s = r.stdout as NSString
        let pageStarts = pagePattern.matches(in: r.stdout, range: NSRange(location: 0, length: s.length)).map(\.range.location)
        let mm = 25.4 / 72
        return linePattern.matches(in: r.stdout, range: NSRange(location: 0, length: s.length)).map { m in
            let page = pageStarts.filter { $0 < m.range.location }.count
            let inner = s.substring(with: m.range(at: 5))
            let text = wordPattern.matches(in: inner, range: NSRange(location: 0, length: (inner as NSString).length))
                .map { (inner as NSString).substring(with: $0.range(at: 1)) }.joined()
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            return Line(page: page, topMM: Double(s.substring(with: m.range(at: 2)))! * mm,
                        bottomMM: Double(s.substring(with: m.range(at: 4)))! * mm,
                        leftMM: Double(s.substring(with: m.range(at: 1)))! * mm,
                        rightMM: Double(s.substring(with: m.range(at: 3)))! * mm, text: text)
        }
    }

    /// Is `line` the page number (`—N—`) under the block?
    static func isPageNumber(_ line: Line) -> Bool {
        line.text.hasPrefix("—") && line.text.hasSuffix("—") && line.topMM > 262
    }

    /// Renders packages to PDF with one LibreOffice run (private profile): package path → PDF
    /// path. Without LibreOffice this records a failure (Scripts/test.sh installs it).
    static func renderPDFs(_ paths: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        guard let soffice = which("soffice") ?? which("libreoffice") else {
            Issue.record("LibreOffice (soffice) is not installed: Scripts/test.sh installs libreoffice-writer-nogui", sourceLocation: sourceLocation)
            return [:]
        }
        let dir = try Paths.temporaryDirectory()
        var result: [String: String] = [:]
        // one output directory per extension: a.docx and a.odt would both become a.pdf
        for (ext, group) in Dictionary(grouping: paths, by: { URL(fileURLWithPath: $0).pathExtension }) {
            let out = dir.appendingPathComponent(ext)
            let r = try run(soffice, ["-env:UserInstallation=file://\(dir.appendingPathComponent("profile").path)", "--headless",
                                      "--convert-to", "pdf", "--outdir", out.path] + group)
            for path in group {
                let pdf = out.appendingPathComponent(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".pdf").path
                if r.status == 0, FileManager.default.fileExists(atPath: pdf) {
                    result[path] = pdf
                } else {
                    Issue.record("LibreOffice could not render \(path): \(r.stderr)", sourceLocation: sourceLocation)
                }
            }
        }
        return result
    }
}
