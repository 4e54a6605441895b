import Foundation
import GovDocKit
import GovDocPDF
import Testing

/// `--pdf`: what a clerk checks before printing matches the DOCX as LibreOffice renders it.
@Suite struct PDFTests {
    /// A conversion whose work is told to stop (the server's deadline, its client gone) ends
    /// LibreOffice at once: no PDF, no retry, long before the whole conversion would end
    /// (measured in this run).
    @Test func aStoppedConversionEndsLibreOffice() throws {
        guard which("soffice") ?? which("libreoffice") != nil else {
            Issue.record("LibreOffice (soffice) is not installed: Scripts/test.sh installs libreoffice-writer-nogui")
            return
        }
        let document = try GovDocIO.read(sourceAt: Paths.root.appendingPathComponent("Examples/letter/letter.md").path)
        let writer = PDFWriter()
        let fullStart = Date()
        let whole = try writer.serialize(document)
        let wholeTime = Date().timeIntervalSince(fullStart)
        #expect(whole.starts(with: Array("%PDF-".utf8)))
        let signal = StopSignal()
        let stopper = Thread { Thread.sleep(forTimeInterval: 0.1); signal.stop() }
        let start = Date()
        stopper.start()
        let stopped = WorkStop.run(with: signal) { Result { try writer.serialize(document) } }
        let elapsed = Date().timeIntervalSince(start)
        #expect(throws: (any Error).self, "a stopped conversion gives no PDF") { try stopped.get() }
        #expect(elapsed < wholeTime, "stopped after \(elapsed) s; the whole conversion takes \(wholeTime) s")
        print("PDF conversion stopped after \(elapsed) s (whole: \(wholeTime) s)")
    }

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

    /// With only Debian's free fonts, the PDF is set in faces of the declared kinds with
    /// Simplified Chinese forms (govdoc's fontconfig): the body in a FangSong, no Japanese face,
    /// and the lines break where they do in LibreOffice's rendering with its own fonts.
    @Test func pdfUsesFangSongHeiKaiSongFacesWithSimplifiedForms() throws {
        guard let pdffonts = which("pdffonts"), let pdftotext = which("pdftotext") else {
            Issue.record("poppler-utils is not installed: Scripts/test.sh installs it")
            return
        }
        #expect(PDFWriter.fontConfigFile() != nil, "Templates/fonts/fontconfig.conf is found")
        let dir = try Paths.temporaryDirectory()
        let notice = Paths.root.appendingPathComponent("Examples/notice/notice.md")
        let written = try GovDocIO.export(sourceAt: notice.path, formats: [.odt, .pdf], outputBase: dir.appendingPathComponent("notice").path)
        let pdf = written[1]
        let fonts = try run(pdffonts, [pdf]).stdout.split(separator: "\n").dropFirst(2)
            .compactMap { $0.split(separator: " ").first.map { String($0.split(separator: "+").last ?? $0) } }
        #expect(!fonts.contains { $0.lowercased().contains("jp") }, "no Japanese face: \(fonts)")
        let installed = try run(which("fc-list") ?? "/usr/bin/fc-list", [":", "family"]).stdout
        if installed.contains("仿宋_GB2312") || installed.contains("FangSong") {
            #expect(fonts.contains { $0.contains("FangSong") || $0.contains("Fang") }, "the office's FangSong: \(fonts)")
        } else {
            #expect(fonts.contains { $0.hasPrefix("FandolFang") }, "the body in FandolFang: \(fonts)")
            #expect(fonts.contains { $0.hasPrefix("FandolSong-Bold") }, "the title in a bold Song face: \(fonts)")
            #expect(fonts.contains { $0.contains("UKai") || $0.hasPrefix("FandolKai") }, "（一） in a Kai face: \(fonts)")
            #expect(fonts.contains { $0.hasPrefix("FandolHei") || $0.contains("SansCJKsc") }, "一、 in a Hei face: \(fonts)")
            // by role, as gbcheck finds them on the page: the face each role's text is set in
            if let rules = try Checkers.gbcheck(written[0], arguments: ["--pdf", pdf]) {
                func rendered(_ rule: String) -> String {
                    let measured = rules[rule]?.measured ?? ""
                    return measured.components(separatedBy: "rendered ").last ?? ""
                }
                #expect(rendered("font.body.family").hasPrefix("FandolFang"), "body: \(rendered("font.body.family"))")
                #expect(rendered("font.title.family").hasPrefix("FandolSong-Bold"), "title: \(rendered("font.title.family"))")
                #expect(rendered("font.heading1.family").hasPrefix("FandolHei"), "一、: \(rendered("font.heading1.family"))")
                #expect(rendered("font.heading2.family").contains("UKai"), "（一）: \(rendered("font.heading2.family"))")
            }
        }
        // the same page set in LibreOffice's own choice of fonts breaks its lines at the same places
        guard let reference = try Checkers.renderPDF(written[0]) else { return }
        func lines(_ pdf: String, page: Int) throws -> [String] {
            try run(pdftotext, ["-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"]).stdout
                .split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        }
        for page in 1...2 {
            #expect(try lines(pdf, page: page) == lines(reference, page: page), "page \(page)")
        }
    }

    /// A batch renders in one LibreOffice process; a package LibreOffice cannot read is reported
    /// on its own and the others are kept.
    @Test func aBatchKeepsTheGoodFilesWhenOneFails() throws {
        guard which("soffice") != nil || which("libreoffice") != nil else {
            Issue.record("LibreOffice (soffice) is not installed: Scripts/test.sh installs libreoffice-writer-nogui")
            return
        }
        let document = try GovDocIO.read(sourceAt: Paths.example.path)
        let odt = try document.serialized(as: .odt)
        // a package cut short: LibreOffice says "source file could not be loaded" and writes nothing
        let broken = Array(odt.prefix(3000))
        var order: [Int] = []
        let results = PDFWriter().render([odt, broken, odt]) { index, _ in order.append(index) }
        #expect(order.sorted() == [0, 1, 2], "each file reported once: \(order)")
        for i in [0, 2] {
            let bytes = try #require(try? results[i].get(), "file \(i): \(results[i])")
            #expect(bytes.starts(with: Array("%PDF".utf8)))
        }
        #expect(results[1] == .failure(.noOutput), "\(results[1])")
    }

    /// A batch with PDF (what `govdoc export --pdf` runs): every PDF written, one progress
    /// report per file, a bad source reported and the others kept.
    @Test func aPDFBatchWritesEveryFileAndReportsEachOnce() async throws {
        guard which("soffice") != nil || which("libreoffice") != nil else { return }
        let dir = try Paths.temporaryDirectory()
        let sources = dir.appendingPathComponent("src"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        for i in 1...3 {
            try FileManager.default.copyItem(at: Paths.example, to: sources.appendingPathComponent("r\(i).md"))
        }
        try Data("---\ntitle: 坏\ndate: 2024-13-45\n---\n正文\n".utf8).write(to: sources.appendingPathComponent("r4.md"))
        var outcomes: [BatchExport.Outcome] = []
        let jobs = (1...4).map { BatchExport.Job(source: sources.appendingPathComponent("r\($0).md").path,
                                                 outputBase: out.appendingPathComponent("r\($0)").path) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let box = OutcomeBox()
        outcomes = await BatchExport.run(jobs, formats: [.docx, .pdf]) { finished, total, outcome in
            box.append(finished, total, outcome)
        }
        #expect(box.progress.map(\.0) == [1, 2, 3, 4], "one report per file, counted up")
        #expect(outcomes.map { $0.error == nil } == [true, true, true, false])
        for i in 1...3 {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("r\(i).pdf").path))
            #expect(outcomes[i - 1].written == [out.appendingPathComponent("r\(i).docx").path, out.appendingPathComponent("r\(i).pdf").path])
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("r4.pdf").path))
    }

    @Test func missingLibreOfficeNamesThePackage() {
        #expect(PDFWriter.PDFError.libreOfficeMissing.description.contains("apt-get install libreoffice-writer-nogui"))
    }
}

final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var progress: [(Int, Int)] = []
    func append(_ finished: Int, _ total: Int, _ outcome: BatchExport.Outcome) {
        lock.lock(); progress.append((finished, total)); lock.unlock()
    }
}
