import Foundation
import GovDoc
import GovDocKit
import GovDocPackaging
import Testing

/// Hostile sources (issue 29, items 2, 6, 7): each made here, run through the library and
/// through the CLI binary, refused with an error naming the line, a non-zero exit, no output
/// file, without hanging and (the CLI) within a bounded memory; and the largest accepted inputs
/// written as packages that validate.
@Suite struct HostileSourceTests {
    /// The CLI's memory bound on a refused input: issue 29's 100 MB in a plain build (a refusal
    /// measures 55–70 MB there). Under AddressSanitizer, which is how CI runs this suite first, the
    /// same refusals measure up to 200 MB (its shadow memory and quarantine; 50,000 paragraphs are
    /// read before the one over), so there the bound is 512 MB — still far below what the attacks
    /// asked for (one 1×4294967295 PNG: 16 GB decoded).
    static let memoryBoundKB = ProcessInfo.processInfo.environment["GOVDOC_SANITIZER_RUN"] == nil ? 100 * 1024 : 512 * 1024
    static let head = "---\ntitle: 关于测试的报告\nissuer: 某某县人民政府\ndate: 2024-01-02\n"

    // MARK: inputs

    /// A PNG of `width` × `height` pixels by its header (and a pHYs of `perMetre`), padded
    /// with an IDAT to `size` bytes: the pixels are never decoded.
    static func png(width: UInt32, height: UInt32, perMetre: UInt32? = nil, size: Int? = nil) -> [UInt8] {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] { be(UInt32(data.count)) + Array(type.utf8) + data + [0, 0, 0, 0] }
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += chunk("IHDR", be(width) + be(height) + [8, 0, 0, 0, 0])
        if let perMetre { bytes += chunk("pHYs", be(perMetre) + be(perMetre) + [1]) }
        let end = chunk("IEND", [])
        let padding = max(0, (size ?? 0) - bytes.count - end.count - 12)
        bytes += chunk("IDAT", Array(repeating: 0, count: padding)) + end
        return bytes
    }

    // MARK: running

    struct Refusal {
        var line: Int
        var contains: String
    }

    /// What a run of the CLI measured of the child (GNU time).
    struct Figures {
        var status: Int32
        var stderr: String
        var cpuSeconds: Double
        var maxRSSKB: Int
    }

    /// Runs `govdoc --lang LANG export --docx --odt FILE` under `/usr/bin/time` and `timeout`.
    static func runCLI(_ input: URL, language: String = "en", in dir: URL) throws -> Figures {
        let stats = dir.appendingPathComponent("time.txt")
        let result = try run("/usr/bin/time", ["-f", "%U %S %M", "-o", stats.path, "timeout", "120",
                                               govdocExecutable, "--lang", language, "export", "--docx", "--odt", input.path])
        let fields = (try String(contentsOf: stats, encoding: .utf8)).split(whereSeparator: \.isWhitespace).suffix(3)
        try FileManager.default.removeItem(at: stats)
        let numbers = fields.map { Double($0) ?? .infinity }
        return Figures(status: result.status, stderr: result.stderr,
                       cpuSeconds: numbers.count == 3 ? numbers[0] + numbers[1] : .infinity,
                       maxRSSKB: numbers.count == 3 ? Int(numbers[2]) : .max)
    }

    /// Writes the source (and its images), reads it through the library and through the CLI
    /// in both languages, and expects the refusal at its line, nothing written, no hang and the
    /// memory bound.
    static func expectRefused(_ source: [UInt8], files: [String: [UInt8]] = [:], _ refusal: Refusal,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        let input = dir.appendingPathComponent("hostile.md")
        try Data(source).write(to: input)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))

        // the library, on this thread (its CPU time: other tests run beside it)
        let started = Self.threadCPUSeconds()
        do {
            _ = try GovDocIO.read(sourceAt: input.path)
            Issue.record("the library accepted it", sourceLocation: sourceLocation)
        } catch let ExportError.source(error) {
            #expect(error.location.line == refusal.line, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.text(in: .en).contains(refusal.contains), "\(error)", sourceLocation: sourceLocation)
        }
        let cpu = Self.threadCPUSeconds() - started
        #expect(cpu < 30, "library: \(cpu) s of CPU — a hang guard, not a speed test", sourceLocation: sourceLocation)

        // the CLI, in English and in Chinese
        for language in ["en", "zh"] {
            let figures = try runCLI(input, language: language, in: dir)
            #expect(figures.status != 0 && figures.status != 124, "exit \(figures.status): \(figures.stderr)", sourceLocation: sourceLocation)
            let first = figures.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("\(input.path):\(refusal.line):"), "\(language): \(figures.stderr)", sourceLocation: sourceLocation)
            #expect(first.contains(language == "en" ? "error: " : "错误"), "\(language): \(first)", sourceLocation: sourceLocation)
            if language == "en" { #expect(first.contains(refusal.contains), "\(first)", sourceLocation: sourceLocation) }
            #expect(figures.cpuSeconds < 30, "CLI CPU \(figures.cpuSeconds) s", sourceLocation: sourceLocation)
            #expect(figures.maxRSSKB < Self.memoryBoundKB, "CLI max RSS \(figures.maxRSSKB) KB", sourceLocation: sourceLocation)
            print("hostile source refused (\(language)): \(refusal.contains) — CPU \(figures.cpuSeconds) s, max RSS \(figures.maxRSSKB) KB")
        }
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(after == before, "no output or temporary file may be left: \(after.subtracting(before))", sourceLocation: sourceLocation)
    }

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// The CPU time of the calling thread.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    // MARK: 2a, images

    @Test func pngOfFourBillionPixelsIsRefusedAtItsLine() throws {
        let image = Self.png(width: 1, height: 4_294_967_295, size: 555)
        #expect(image.count == 555)
        try Self.expectRefused(Self.text(Self.head + "---\n正文。\n<img src=\"tall.png\" width=\"100mm\">\n"),
                               files: ["tall.png": image], Refusal(line: 7, contains: "neither side may exceed 65535 pixels"))
    }

    @Test func sealOfFourBillionPixelsIsRefusedAtItsLine() throws {
        let image = Self.png(width: 1, height: 4_294_967_295, size: 555)
        try Self.expectRefused(Self.text(Self.head + "seal: seal.png\n---\n正文。\n"),
                               files: ["seal.png": image], Refusal(line: 5, contains: "65535 pixels"))
    }

    /// The tallest picture accepted (1 × 65,535 pixels, 100 mm wide; a seal of the same at a
    /// density of 1 pixel per metre): printed within the text block, a few blank lines, every
    /// extent within the schema, packages that validate.
    @Test func tallestAcceptedPicturesFitThePageAndValidate() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.png(width: 1, height: 65_535)).write(to: dir.appendingPathComponent("tall.png"))
        try Data(Self.png(width: 1, height: 65_535, perMetre: 1)).write(to: dir.appendingPathComponent("seal.png"))
        let input = dir.appendingPathComponent("tall.md")
        try Data(Self.text(Self.head + "seal: seal.png\n---\n正文。\n<img src=\"tall.png\" width=\"100mm\">\n")).write(to: input)
        let figures = try Self.runCLI(input, in: dir)
        #expect(figures.status == 0, "\(figures.stderr)")
        let docx = try ZipArchiveReader(bytes: Array(Data(contentsOf: dir.appendingPathComponent("tall.docx"))))
        let xml = String(decoding: try docx.read("word/document.xml"), as: UTF8.self)
        let extents = xml.matches(of: /<wp:extent cx="(\d+)" cy="(\d+)"/).map { (Int($0.1)!, Int($0.2)!) }
        #expect(extents.count == 2)
        // A4 text block: 156 × 225 mm
        let block = (156.0 / 25.4 * 914_400, 225.0 / 25.4 * 914_400)
        for (cx, cy) in extents {
            #expect(Double(cx) <= block.0 + 1 && Double(cy) <= block.1 + 1, "\(cx) × \(cy) EMU")
        }
        let paragraphs = xml.matches(of: /<w:p[ >]/).count
        #expect(paragraphs < 60, "\(paragraphs) paragraphs: the blank lines a seal asks for fit a page")
        try Checkers.expectValid(dir.appendingPathComponent("tall.docx").path)
        try Checkers.expectValid(dir.appendingPathComponent("tall.odt").path)
    }

    // MARK: 2b, YAML

    @Test func yamlNestedFiveThousandDeepIsRefusedBeforeComposing() throws {
        let deep = "data: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        try Self.expectRefused(Self.text(Self.head + deep + "---\n正文。\n"), Refusal(line: 5, contains: "nests deeper than 32 levels"))
        // block style: the 33rd level (the front matter's mapping the first) on the 32nd line under `data:`
        let block = "data:\n" + (1...200).map { String(repeating: " ", count: $0) + "- \n" }.joined()
        try Self.expectRefused(Self.text(Self.head + block + "---\n正文。\n"), Refusal(line: 37, contains: "nests deeper"))
    }

    @Test func yamlAliasBombIsRefusedAtTheAliasThatGoesOver() throws {
        var bomb = "data:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 0..<8 {
            let previous = String(UnicodeScalar(UInt8(97 + i))), name = String(UnicodeScalar(UInt8(98 + i)))
            bomb += "  \(name): &\(name) [" + Array(repeating: "*" + previous, count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(bomb.utf8.count < 1024)
        try Self.expectRefused(Self.text(Self.head + bomb + "---\n正文。\n"), Refusal(line: 10, contains: "once its aliases are expanded"))
    }

    @Test func styleSheetsAreHeldToTheSameYAMLLimits() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = "extends: gbt9704\nx: " + String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "\n"
        try Data(sheet.utf8).write(to: dir.appendingPathComponent("deep.yaml"))
        let input = dir.appendingPathComponent("styled.md")
        try Data(Self.text(Self.head + "style: deep.yaml\n---\n正文。\n")).write(to: input)
        let figures = try Self.runCLI(input, in: dir)
        #expect(figures.status != 0 && figures.status != 124, "\(figures.stderr)")
        #expect(figures.stderr.contains("deep.yaml:2"), "\(figures.stderr)")
        #expect(figures.stderr.contains("nests deeper than 32 levels"), "\(figures.stderr)")
        #expect(figures.cpuSeconds < 30 && figures.maxRSSKB < Self.memoryBoundKB, "CPU \(figures.cpuSeconds) s, \(figures.maxRSSKB) KB")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("styled.docx").path))
    }

    /// Anchors and aliases as a clerk may use them still work.
    @Test func aFewAliasesStillRead() throws {
        let source = "---\ntitle: &t 关于测试的报告\nissuer: 某某县人民政府\nnote: *t\n---\n正文。\n"
        let document = try GovDocIO.read(source: source)
        #expect(document.note == "关于测试的报告")
    }

    // MARK: 2d, tables

    @Test func spansOfTenThousandAreRefusedAtTheirLine() throws {
        let table = "<table>\n<tr><td rowspan=\"10000\" colspan=\"10000\">x</td></tr>\n" + String(repeating: "<tr></tr>\n", count: 9_999) + "</table>\n"
        try Self.expectRefused(Self.text(Self.head + "---\n正文。\n" + table), Refusal(line: 8, contains: "larger than 1000"))
    }

    @Test func spansWithinTheirLimitStillCannotBuildTooManyCells() throws {
        // 2,100 rows under one cell 1,000 × 100: 210,000 slots
        let table = "<table>\n<tr><td rowspan=\"1000\" colspan=\"100\">x</td></tr>\n" + String(repeating: "<tr></tr>\n", count: 2_099) + "</table>\n"
        try Self.expectRefused(Self.text(Self.head + "---\n正文。\n" + table), Refusal(line: 8, contains: "210000 cells"))
    }

    // MARK: 6, budgets

    @Test func aMillionHeadingsAreRefusedAtOnce() throws {
        let source = Self.head + "---\n" + String(repeating: "一、标题\n", count: 1_000_000)
        try Self.expectRefused(Self.text(source), Refusal(line: DocumentLimits.maximumLines + 1, contains: "over 250000 lines"))
    }

    @Test func blocksOverTheBudgetAreRefusedAtTheFirstOneOver() throws {
        let source = Self.head + "---\n" + String(repeating: "一、标题\n", count: DocumentLimits.maximumBlocks + 1)
        try Self.expectRefused(Self.text(source), Refusal(line: 6 + DocumentLimits.maximumBlocks, contains: "goes over 50000 paragraphs"))
    }

    @Test func tenThousandColumnPipeTableIsRefusedBeforeItsRowsAreSplit() throws {
        let width = 10_000
        let table = "|" + String(repeating: "a|", count: width) + "\n|" + String(repeating: "-|", count: width) + "\n"
            + String(repeating: "|" + String(repeating: "1|", count: width) + "\n", count: 100)
        try Self.expectRefused(Self.text(Self.head + "---\n" + table), Refusal(line: 6, contains: "10000 columns, over the limit of 100"))
        // a narrow header with ragged rows of many cells is counted before it is split too
        let ragged = "| a |\n|---|\n" + String(repeating: "|" + String(repeating: "1|", count: 99) + "\n", count: 3_000)
        try Self.expectRefused(Self.text(Self.head + "---\n" + ragged), Refusal(line: 6, contains: "over the limit of 200000"))
    }

    @Test func cellsOverTheBudgetAreRefusedAtTheTableThatGoesOver() throws {
        let row = "|" + String(repeating: " 1 |", count: 50) + "\n"
        let table = "|" + String(repeating: " h |", count: 50) + "\n|" + String(repeating: "---|", count: 50) + "\n" + String(repeating: row, count: 2_099)
        // two tables of 2,100 × 50 = 105,000 cells each: the second goes over 200,000
        let source = Self.head + "---\n" + table + "\n正文。\n" + table
        try Self.expectRefused(Self.text(source), Refusal(line: 6 + 2_101 + 2, contains: "over the limit of 200000"))
    }

    @Test func imagesOverTheBudgetAreRefusedBeforeTheirFileIsOpened() throws {
        let lines = String(repeating: "<img src=\"a.png\" width=\"20mm\">\n", count: DocumentLimits.maximumImages + 1)
        try Self.expectRefused(Self.text(Self.head + "---\n" + lines), files: ["a.png": Self.png(width: 4, height: 3)],
                               Refusal(line: 6 + DocumentLimits.maximumImages, contains: "over 500 images"))
    }

    @Test func distinctImageBytesOverTheBudgetAreRefused() throws {
        // three distinct images of 17 MB: 51 MB of pictures, over 50 MB
        var files: [String: [UInt8]] = [:]
        var lines = ""
        for i in 0..<3 {
            var image = Self.png(width: 4, height: 3, size: 17 * 1024 * 1024)
            image[50] = UInt8(i + 1)
            files["p\(i).png"] = image
            lines += "<img src=\"p\(i).png\" width=\"20mm\">\n"
        }
        try Self.expectRefused(Self.text(Self.head + "---\n" + lines), files: files, Refusal(line: 8, contains: "distinct images come to"))
    }

    /// The stress document of Benchmarks as a source (a 10,000 × 8 table and 2,000
    /// paragraphs) still exports, within the limits, as packages that validate.
    @Test func stressDocumentStillExportsAndValidates() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var source = Self.head + "---\n"
        for i in 0..<1_000 { source += "第\(i)段正文。\n" }
        source += "|" + (0..<8).map { " 列\($0) |" }.joined() + "\n|" + String(repeating: "---|", count: 8) + "\n"
        for r in 0..<10_000 { source += "|" + (0..<8).map { " \(r * 8 + $0) |" }.joined() + "\n" }
        for i in 1_000..<2_000 { source += "第\(i)段正文。\n" }
        let input = dir.appendingPathComponent("stress.md")
        try Data(source.utf8).write(to: input)
        let figures = try Self.runCLI(input, in: dir)
        #expect(figures.status == 0, "\(figures.stderr)")
        print("stress document exported: CPU \(figures.cpuSeconds) s, max RSS \(figures.maxRSSKB) KB")
        try Checkers.expectValid(dir.appendingPathComponent("stress.docx").path)
        try Checkers.expectValid(dir.appendingPathComponent("stress.odt").path)
    }

    // MARK: 6, each distinct image once

    @Test func theSameImageShownAHundredTimesIsEmbeddedOnce() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let image = Self.png(width: 40, height: 30, size: 200_000)
        try Data(image).write(to: dir.appendingPathComponent("a.png"))
        var other = Self.png(width: 40, height: 30, size: 200_000)
        other[50] = 1
        try Data(other).write(to: dir.appendingPathComponent("b.png"))
        // the same bytes under two names too
        try Data(image).write(to: dir.appendingPathComponent("copy.png"))
        let body = String(repeating: "<img src=\"a.png\" width=\"50mm\">\n", count: 98) + "<img src=\"copy.png\" width=\"50mm\">\n<img src=\"b.png\" width=\"30mm\">\n"
        let input = dir.appendingPathComponent("same.md")
        try Data(Self.text(Self.head + "---\n" + body)).write(to: input)
        let figures = try Self.runCLI(input, in: dir)
        #expect(figures.status == 0, "\(figures.stderr)")

        let docxPath = dir.appendingPathComponent("same.docx")
        let docx = try ZipArchiveReader(bytes: Array(Data(contentsOf: docxPath)))
        let media = docx.entryNames.filter { $0.hasPrefix("word/media/") }
        #expect(media.count == 2, "\(media)")
        #expect(Set(try media.map { try docx.read($0) }) == [image, other])
        let xml = String(decoding: try docx.read("word/document.xml"), as: UTF8.self)
        let embeds = xml.matches(of: /r:embed="([^"]+)"/).map { String($0.1) }
        #expect(embeds.count == 100)
        #expect(Set(embeds).count == 2)
        let ids = xml.matches(of: /<wp:docPr id="(\d+)"/).map { String($0.1) }
        #expect(Set(ids).count == 100, "each drawing keeps its own id")
        let rels = String(decoding: try docx.read("word/_rels/document.xml.rels"), as: UTF8.self)
        #expect(rels.matches(of: /Target="media\//).count == 2)
        #expect(try Data(contentsOf: docxPath).count < 3 * 200_000)

        let odtPath = dir.appendingPathComponent("same.odt")
        let odt = try ZipArchiveReader(bytes: Array(Data(contentsOf: odtPath)))
        let pictures = odt.entryNames.filter { $0.hasPrefix("Pictures/") }
        #expect(pictures.count == 2, "\(pictures)")
        let content = String(decoding: try odt.read("content.xml"), as: UTF8.self)
        let hrefs = content.matches(of: /xlink:href="(Pictures\/[^"]+)"/).map { String($0.1) }
        #expect(hrefs.count == 100)
        #expect(Set(hrefs) == Set(pictures))
        let manifest = String(decoding: try odt.read("META-INF/manifest.xml"), as: UTF8.self)
        #expect(manifest.matches(of: /full-path="Pictures\//).count == 2)
        try Checkers.expectValid(docxPath.path)
        try Checkers.expectValid(odtPath.path)
    }

    // MARK: 7, text over the limit

    @Test func aParagraphOverTheTextLimitIsRefusedAtItsLine() throws {
        let long = String(repeating: "长", count: DocumentLimits.maximumTextBytes / 3 + 1)
        try Self.expectRefused(Self.text(Self.head + "---\n正文。\n" + long + "\n"), Refusal(line: 7, contains: "for one paragraph or cell"))
        let cell = "| 甲 |\n|---|\n| 1 |\n| " + long + " |\n"
        try Self.expectRefused(Self.text(Self.head + "---\n" + cell), Refusal(line: 9, contains: "for one paragraph or cell"))
        let value = Self.head.replacingOccurrences(of: "title: 关于测试的报告", with: "title: " + long) + "---\n正文。\n"
        try Self.expectRefused(Self.text(value), Refusal(line: 2, contains: "over the limit of 1048576 bytes"))
    }

    /// The longest paragraph accepted is written, validates, and govdoc's own `import` reads
    /// it back.
    @Test func theLongestAcceptedParagraphValidatesAndImportsBack() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = String(repeating: "长", count: DocumentLimits.maximumTextBytes / 3 - 10)
        let input = dir.appendingPathComponent("long.md")
        try Data(Self.text(Self.head + "---\n" + long + "\n")).write(to: input)
        let figures = try Self.runCLI(input, in: dir)
        #expect(figures.status == 0, "\(figures.stderr)")
        try Checkers.expectValid(dir.appendingPathComponent("long.docx").path)
        try Checkers.expectValid(dir.appendingPathComponent("long.odt").path)
        let back = try run(govdocExecutable, ["--lang", "en", "import", "-o", dir.appendingPathComponent("back.md").path,
                                              dir.appendingPathComponent("long.docx").path])
        #expect(back.status == 0, "\(back.stderr)")
    }

    // MARK: the conversions

    @Test func derivedLengthsNeverTrap() {
        #expect(DocumentLimits.clampedInteger(.infinity, in: 0...10) == 10)
        #expect(DocumentLimits.clampedInteger(-.infinity, in: 0...10) == 0)
        #expect(DocumentLimits.clampedInteger(.nan, in: 0...10) == 0)
        #expect(DocumentLimits.clampedInteger(1e300, in: Int.min...Int.max) == Int.max)
        #expect(DocumentLimits.clampedInteger(4.5, in: 0...10) == 5)
    }
}
