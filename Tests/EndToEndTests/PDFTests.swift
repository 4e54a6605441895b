import Foundation
import GovDocKit
import GovDocPDF
import Testing

/// `--pdf`: what a clerk checks before printing matches the DOCX as LibreOffice renders it.
@Suite struct PDFTests {
    @Test func pdfMatchesTheDocxRendering() throws {
        guard let soffice = which("soffice") ?? which("libreoffice") else {
            Issue.record("LibreOffice (soffice) is not installed: Scripts/test.sh installs libreoffice-writer-nogui")
            return
        }
        let dir = try Paths.temporaryDirectory()
        let base = dir.appendingPathComponent("report").path
        let written = try GovDocIO.export(sourceAt: Paths.example.path, formats: [.pdf, .docx], outputBase: base)
        #expect(written == [base + ".docx", base + ".pdf"] || written == [base + ".pdf", base + ".docx"])
        let rendered = dir.appendingPathComponent("rendered")
        let r = try run(soffice, ["-env:UserInstallation=file://\(dir.appendingPathComponent("profile").path)", "--headless",
                                  "--convert-to", "pdf", "--outdir", rendered.path, base + ".docx"])
        #expect(r.status == 0, "\(r.stderr)")
        func pages(_ pdf: String) throws -> Int? {
            let info = try run(which("pdfinfo") ?? "/usr/bin/pdfinfo", [pdf])
            return info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.split(separator: " ").last ?? "") }
        }
        func firstPage(_ pdf: String) throws -> String {
            normalized(try run(which("pdftotext") ?? "/usr/bin/pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).stdout)
        }
        let ours = base + ".pdf", docx = rendered.appendingPathComponent("report.pdf").path
        #expect(try pages(ours) == pages(docx))
        #expect(try pages(ours) == 5)
        #expect(try firstPage(ours) == firstPage(docx))
        #expect(try firstPage(ours).hasPrefix("石门镇2023年政府信息公开工作年度报告一、总体情况"))
    }

    @Test func missingLibreOfficeNamesThePackage() {
        #expect(PDFWriter.PDFError.libreOfficeMissing.description.contains("apt-get install libreoffice-writer-nogui"))
    }
}
