import Foundation
import GovDoc
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Figures (`<img src width alt>`) and seal images (`seal: PATH`): the headers read, the bytes
/// copied unchanged into both packages, the pictures measured on the rendered pages.
@Suite(.serialized)
struct ImagesTests {
    static let images = Paths.fixtures.appendingPathComponent("images")
    static let mm = 72 / 25.4

    /// A figure of the test document: its file, the width asked for, and what it must print as.
    struct FigureCase: Sendable {
        var file: String
        var width: String?
        var alt: String
        var expectedWidthMM: Double
        var expectedAspect: Double
    }

    /// 8-bit RGB at 200 DPI (80 mm asked), 16-bit grey without pHYs (96 DPI: 300 px = 79.375 mm),
    /// palette at 72 DPI (160 px = 56.44 mm), JPEG with JFIF 150 DPI (600 px = 101.6 mm), JPEG
    /// without density (60 mm asked), and 8-bit RGB asked 200 mm (held to the block's 156 mm).
    static let figures: [FigureCase] = [
        FigureCase(file: "rgb8.png", width: "80mm", alt: "八位彩色", expectedWidthMM: 80, expectedAspect: 250.0 / 400),
        FigureCase(file: "grey16.png", width: nil, alt: "十六位灰度", expectedWidthMM: 300 / 96 * 25.4, expectedAspect: 1),
        FigureCase(file: "palette.png", width: nil, alt: "调色板", expectedWidthMM: 160 / 72 * 25.4, expectedAspect: 1.5),
        FigureCase(file: "jfif150.jpg", width: nil, alt: "JFIF 150 DPI", expectedWidthMM: 101.6, expectedAspect: 1.0 / 3),
        FigureCase(file: "nodpi.jpg", width: "60mm", alt: "无密度", expectedWidthMM: 60, expectedAspect: 1.5),
        FigureCase(file: "rgb8.png", width: "200mm", alt: "过宽", expectedWidthMM: 156, expectedAspect: 250.0 / 400),
    ]

    /// A source with each figure on a page of its own, the images copied beside it.
    static func figureDocument() throws -> URL {
        let dir = try Paths.temporaryDirectory()
        for name in Set(figures.map(\.file)) {
            try FileManager.default.copyItem(at: images.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        var text = "---\ntitle: 插图测试\n---\n插图如下。\n"
        for f in figures {
            text += "<pagebreak/>\n<img src=\"\(f.file)\"" + (f.width.map { " width=\"\($0)\"" } ?? "") + " alt=\"\(f.alt)\">\n"
        }
        let source = dir.appendingPathComponent("figures.md")
        try Data(text.utf8).write(to: source)
        return source
    }

    /// The bytes of a part, through `unzip` (binary, unlike `ZipPackage.data`).
    static func partBytes(_ package: String, _ part: String) throws -> Data {
        let dir = try Paths.temporaryDirectory()
        let r = try run(which("unzip") ?? "/usr/bin/unzip", ["-o", "-q", package, part, "-d", dir.path])
        guard r.status == 0 else { throw TestFailure("unzip \(package) \(part): \(r.stderr)") }
        return try Data(contentsOf: dir.appendingPathComponent(part))
    }

    /// An unprefixed attribute of an element in a default namespace (FoundationXML's
    /// `attribute(forName:)` does not find those).
    static func plain(_ node: XMLNode, _ name: String) -> String? {
        (node as? XMLElement)?.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }

    // MARK: headers

    @Test func headersGiveSizeAndDensity() throws {
        func read(_ name: String) throws -> ImageFile {
            try ImageFile(reading: [UInt8](try Data(contentsOf: Self.images.appendingPathComponent(name))))
        }
        let rgb = try read("rgb8.png")
        #expect(rgb.format == .png && rgb.pixelWidth == 400 && rgb.pixelHeight == 250)
        #expect(abs((rgb.dpiX ?? 0) - 200) < 0.1 && abs((rgb.dpiY ?? 0) - 200) < 0.1)
        let grey = try read("grey16.png")
        #expect(grey.pixelWidth == 300 && grey.pixelHeight == 300 && grey.dpiX == nil)
        let palette = try read("palette.png")
        #expect(palette.pixelWidth == 160 && palette.pixelHeight == 240 && abs((palette.dpiX ?? 0) - 72) < 0.1)
        let jfif = try read("jfif150.jpg")
        #expect(jfif.format == .jpeg && jfif.pixelWidth == 600 && jfif.pixelHeight == 200 && jfif.dpiX == 150)
        let plain = try read("nodpi.jpg")
        #expect(plain.format == .jpeg && plain.pixelWidth == 320 && plain.pixelHeight == 480 && plain.dpiX == nil)
        let seal = try ImageFile(reading: [UInt8](try Data(contentsOf: Paths.root.appendingPathComponent("Examples/seals/qingshan-county.png"))))
        #expect(abs(seal.naturalSize().width / Self.mm - 42) < 0.1, "the sample seal is 42 mm at its DPI")

        #expect(throws: ImageFile.Problem.unsupported) { try read("not-an-image.png") }
        let truncated = Array(try Data(contentsOf: Self.images.appendingPathComponent("rgb8.png")).prefix(20))
        #expect(throws: ImageFile.Problem.damaged(.png)) { try ImageFile(reading: truncated) }
        #expect(throws: ImageFile.Problem.damaged(.jpeg)) { try ImageFile(reading: [0xFF, 0xD8, 0xFF, 0xE0, 0x00]) }
        var huge = [UInt8](try Data(contentsOf: Self.images.appendingPathComponent("rgb8.png")))
        huge += [UInt8](repeating: 0, count: ImageFile.maximumSize)
        #expect(throws: ImageFile.Problem.tooLarge(huge.count)) { try ImageFile(reading: huge) }
    }

    // MARK: packages

    @Test func figuresAreInBothPackagesUnchanged() throws {
        let source = try Self.figureDocument()
        let written = try GovDocIO.export(sourceAt: source.path, formats: [.docx, .odt])
        let dir = source.deletingLastPathComponent()
        // DOCX: one wp:inline per figure, its description and extent; the media bytes as given
        let docx = ZipPackage(path: written[0])
        let document = try docx.xml("word/document.xml")
        let inline = try document.all("//*[local-name()='inline']")
        try #require(inline.count == Self.figures.count, "\(inline.count) inline pictures")
        #expect(try document.all("//*[local-name()='anchor']").isEmpty)
        let rels = try docx.xml("word/_rels/document.xml.rels")
        let types = try docx.xml("[[]Content_Types].xml")   // unzip reads [ ] as a pattern
        let defaults = try types.all("//*[local-name()='Default']")
        #expect(defaults.first { Self.plain($0, "Extension") == "png" }.flatMap { Self.plain($0, "ContentType") } == "image/png")
        #expect(defaults.first { Self.plain($0, "Extension") == "jpeg" }.flatMap { Self.plain($0, "ContentType") } == "image/jpeg")
        let relationships = try rels.all("//*[local-name()='Relationship']")
        for (node, f) in zip(inline, Self.figures) {
            #expect(try node.first("./*[local-name()='docPr']")?.attr("descr") == f.alt)
            let cx = Double(try node.first("./*[local-name()='extent']")?.attr("cx") ?? "") ?? 0
            let cy = Double(try node.first("./*[local-name()='extent']")?.attr("cy") ?? "") ?? 0
            #expect(abs(cx / 36000 - f.expectedWidthMM) < 0.05, "\(f.file): \(cx / 36000) mm")
            #expect(abs(cy / cx - f.expectedAspect) < 0.001)
            let id = try #require(try node.first(".//*[local-name()='blip']")?.attr("r:embed"))
            let target = try #require(relationships.first { Self.plain($0, "Id") == id }.flatMap { Self.plain($0, "Target") })
            #expect(try Self.partBytes(written[0], "word/" + target) == (try Data(contentsOf: dir.appendingPathComponent(f.file))),
                    "\(target) is \(f.file) byte for byte")
        }
        // ODT: one as-char draw:frame per figure with svg:title/svg:desc; Pictures/ in the manifest
        let odt = ZipPackage(path: written[1])
        let content = try odt.xml("content.xml")
        let frames = try content.all("//*[local-name()='frame'][*[local-name()='image']]")
        try #require(frames.count == Self.figures.count, "\(frames.count) frames")
        let manifest = try odt.xml("META-INF/manifest.xml")
        for (frame, f) in zip(frames, Self.figures) {
            #expect(frame.attr("text:anchor-type") == "as-char")
            #expect(try frame.first("./*[local-name()='desc']")?.stringValue == f.alt)
            #expect(try frame.first("./*[local-name()='title']")?.stringValue == f.alt)
            let width = frame.attr("svg:width") ?? ""
            #expect(abs((Double(width.dropLast(2)) ?? 0) / Self.mm - f.expectedWidthMM) < 0.05, "\(f.file): \(width)")
            let href = try #require(try frame.first("./*[local-name()='image']")?.attr("xlink:href"))
            #expect(try Self.partBytes(written[1], href) == (try Data(contentsOf: dir.appendingPathComponent(f.file))))
            let entry = try manifest.first("//*[local-name()='file-entry'][@*[local-name()='full-path']='\(href)']")
            #expect(entry?.attr("manifest:media-type") == (f.file.hasSuffix(".png") ? "image/png" : "image/jpeg"))
        }
        for path in written { try Checkers.expectValid(path) }
    }

    // MARK: rendered

    /// The box of the ink inside the text block (37…262 mm from the top) of a rendered page:
    /// pixels where `isInk` holds, in mm from the paper's top left.
    static func inkBox(pdf: String, page: Int, dpi: Double = 150, isInk: (ArraySlice<UInt8>) -> Bool) throws -> (left: Double, top: Double, right: Double, bottom: Double)? {
        let image = try Pixmap.render(pdf: pdf, page: page, dpi: dpi)
        let px = dpi / 25.4
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in Int(36 * px)..<min(image.height, Int(262.5 * px)) {
            for x in 0..<image.width where isInk(image[x, y]) {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return nil }
        return (Double(minX) / px, Double(minY) / px, Double(maxX + 1) / px, Double(maxY + 1) / px)
    }

    @Test(arguments: OutputFormat.packages)
    func figuresMeasureAsAsked(_ format: OutputFormat) throws {
        let source = try Self.figureDocument()
        let path = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return }
        for (i, f) in Self.figures.enumerated() {
            let box = try #require(try Self.inkBox(pdf: pdf, page: i + 2) { $0.contains { $0 < 200 } }, "\(f.file): no ink on page \(i + 2)")
            let width = box.right - box.left, height = box.bottom - box.top
            #expect(abs(width - f.expectedWidthMM) <= 0.5, "\(format) \(f.file): \(width) mm wide, expected \(f.expectedWidthMM)")
            #expect(abs(height / width / f.expectedAspect - 1) <= 0.01, "\(format) \(f.file): aspect \(height / width), expected \(f.expectedAspect)")
            // centred in the block (28 mm left margin, 156 mm wide)
            #expect(abs((box.left + box.right) / 2 - 106) <= 0.5, "\(format) \(f.file): centre \((box.left + box.right) / 2) mm")
        }
    }

    /// A report with a seal image: two body lines, the issuer, the date.
    static func sealDocument(issuer: String = "青山县人民政府") throws -> URL {
        let dir = try Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("seal"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Examples/seals/qingshan-county.png"),
                                         to: dir.appendingPathComponent("seal/county.png"))
        let text = "---\ntitle: 关于加盖电子印章的测试\nissuer: \(issuer)\ndate: 2024-10-21\nseal: seal/county.png\n---\n"
            + "本通知加盖电子印章，印章压在发文机关署名和成文日期上。\n最后一段正文。\n"
        let source = dir.appendingPathComponent("sealed.md")
        try Data(text.utf8).write(to: source)
        return source
    }

    @Test func sealIsAnchoredInFrontOfTheText() throws {
        let source = try Self.sealDocument()
        let written = try GovDocIO.export(sourceAt: source.path, formats: [.docx, .odt])
        let seal = try Data(contentsOf: source.deletingLastPathComponent().appendingPathComponent("seal/county.png"))
        let document = try ZipPackage(path: written[0]).xml("word/document.xml")
        let anchors = try document.all("//*[local-name()='anchor']")
        try #require(anchors.count == 1)
        #expect(anchors[0].attr("behindDoc") == "0")
        #expect(try anchors[0].first("./*[local-name()='wrapNone']") != nil)
        let cx = Double(try anchors[0].first("./*[local-name()='extent']")?.attr("cx") ?? "") ?? 0
        #expect(abs(cx / 36000 - 42) < 0.05, "printed at its own size: \(cx / 36000) mm")
        #expect(try Self.partBytes(written[0], "word/media/image1.png") == seal)
        let content = try ZipPackage(path: written[1]).xml("content.xml")
        let frame = try #require(try content.first("//*[local-name()='frame'][*[local-name()='image']]"))
        #expect(frame.attr("text:anchor-type") == "paragraph")
        let style = try #require(try content.first("//*[local-name()='style'][@*[local-name()='name']='\(frame.attr("draw:style-name") ?? "")']/*[local-name()='graphic-properties']"))
        #expect(style.attr("style:wrap") == "run-through" && style.attr("style:run-through") == "foreground")
        #expect(try Self.partBytes(written[1], "Pictures/image1.png") == seal)
        for path in written { try Checkers.expectValid(path) }
    }

    /// §7.3.5.1 on the rendered page: the seal (its red ink) centred on the issuer's name
    /// (±1 mm), its top within one line (28.95 pt) under the last body line, name and date just
    /// below its centre, inside the block; printed 42 mm wide (its pHYs).
    @Test(arguments: OutputFormat.packages)
    func sealIsPlacedBySection7351(_ format: OutputFormat) throws {
        let source = try Self.sealDocument()
        let path = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let red = try #require(try Self.inkBox(pdf: pdf, page: 1) { $0.count == 3 && $0[$0.startIndex] > 150 && $0[$0.startIndex + 1] < 110 && $0[$0.startIndex + 2] < 110 })
        let lines = try RenderedPages.lines(pdf: pdf).filter { $0.page == 1 }
        let issuer = try #require(lines.first { $0.text.contains("青山县人民政府") }, "\(lines)")
        let date = try #require(lines.first { $0.text.contains("2024年10月21日") }, "\(lines)")
        let body = try #require(lines.last { $0.text.contains("最后一段正文") }, "\(lines)")
        let width = red.right - red.left
        #expect(abs(width - 42) <= 0.5, "\(format): seal \(width) mm wide")
        let centreX = (red.left + red.right) / 2, centreY = (red.top + red.bottom) / 2
        let nameCentre = (issuer.leftMM + issuer.rightMM) / 2
        #expect(abs(centreX - nameCentre) <= 1, "\(format): seal centre \(centreX) mm, name centre \(nameCentre) mm")
        let line = 28.95 / Self.mm
        #expect(red.top >= body.bottomMM - 0.5 && red.top - body.bottomMM <= line,
                "\(format): seal top \(red.top) mm, last body line ends \(body.bottomMM) mm")
        #expect(issuer.topMM > centreY && issuer.topMM - centreY < 6, "\(format): name \(issuer.topMM) mm, seal centre \(centreY) mm")
        #expect(date.bottomMM < red.bottom, "\(format): the seal presses the date")
        #expect(red.left >= 28 - 0.5 && red.right <= 184 + 0.5, "\(format): inside the block: \(red.left)…\(red.right) mm")
    }

    /// Words of a rendered page with their boxes in mm (`pdftotext -bbox`).
    static func words(pdf: String, page: Int) throws -> [(text: String, left: Double, top: Double, right: Double, bottom: Double)] {
        let r = try run(which("pdftotext") ?? "/usr/bin/pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", pdf, "-"])
        let pattern = try NSRegularExpression(pattern: "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
        let s = r.stdout as NSString
        let k = 25.4 / 72
        return pattern.matches(in: r.stdout, range: NSRange(location: 0, length: s.length)).map { m in
            (s.substring(with: m.range(at: 5)), Double(s.substring(with: m.range(at: 1)))! * k, Double(s.substring(with: m.range(at: 2)))! * k,
             Double(s.substring(with: m.range(at: 3)))! * k, Double(s.substring(with: m.range(at: 4)))! * k)
        }
    }

    /// The boxes of the red ink of a page, split where a column of the page has no red.
    static func redBoxes(pdf: String, page: Int, dpi: Double = 150, belowMM: Double = 36) throws -> [(left: Double, top: Double, right: Double, bottom: Double)] {
        let image = try Pixmap.render(pdf: pdf, page: page, dpi: dpi)
        let px = dpi / 25.4
        func red(_ p: ArraySlice<UInt8>) -> Bool { p.count == 3 && p[p.startIndex] > 150 && p[p.startIndex + 1] < 110 && p[p.startIndex + 2] < 110 }
        var columns: [Int: (Int, Int)] = [:]
        for y in Int(belowMM * px)..<min(image.height, Int(262.5 * px)) {
            for x in 0..<image.width where red(image[x, y]) {
                let c = columns[x] ?? (y, y)
                columns[x] = (min(c.0, y), max(c.1, y))
            }
        }
        var boxes: [(left: Double, top: Double, right: Double, bottom: Double)] = []
        var current: (Int, Int, Int, Int)?
        for x in 0..<image.width {
            if let (top, bottom) = columns[x] {
                if let c = current { current = (c.0, min(c.1, top), x, max(c.3, bottom)) } else { current = (x, top, x, bottom) }
            } else if let c = current {
                boxes.append((Double(c.0) / px, Double(c.1) / px, Double(c.2 + 1) / px, Double(c.3 + 1) / px))
                current = nil
            }
        }
        return boxes
    }

    /// Joint issuers with seal images (the joint notice example): each seal centred on its
    /// issuer's name (±1 mm), in order, aligned, not touching, inside the block, the first row's
    /// top within one line under the body, the last seal pressing the date.
    @Test(arguments: OutputFormat.packages)
    func jointSealsStandOnTheirNames(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("notice"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Examples/seals"), to: dir.appendingPathComponent("seals"))
        let source = dir.appendingPathComponent("notice/joint-notice.md")
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Examples/joint-notice/joint-notice.md"), to: source)
        let path = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let pages = Int(try run(which("pdfinfo") ?? "/usr/bin/pdfinfo", [pdf]).stdout.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        let page = pages   // the signature is on the last page (the joint mark on page 1 is red too)
        let words = try Self.words(pdf: pdf, page: page)
        let names = ["青山县人民政府", "青山县财政局"].map { name in words.last { $0.text == name } }
        let date = words.last { $0.text.hasPrefix("2025") && $0.top < 250 }
        let seals = try Self.redBoxes(pdf: pdf, page: page).filter { $0.right - $0.left > 30 }
        try #require(seals.count == 2 && names.allSatisfy { $0 != nil } && date != nil, "\(format): seals \(seals), names \(names)")
        let lines = try RenderedPages.lines(pdf: pdf).filter { $0.page == page }
        let lastBody = try #require(lines.filter { $0.topMM < seals[0].top }.max { $0.bottomMM < $1.bottomMM })
        for (seal, name) in zip(seals, names.compactMap { $0 }) {
            let centre = (seal.left + seal.right) / 2, nameCentre = (name.left + name.right) / 2
            #expect(abs(centre - nameCentre) <= 1, "\(format): \(name.text) centred at \(nameCentre) mm, its seal at \(centre) mm")
            #expect(abs((seal.right - seal.left) - 42) <= 0.5, "\(format): seal \(seal.right - seal.left) mm wide")
            #expect(seal.left >= 27.5 && seal.right <= 184.5, "\(format): inside the block")
            #expect(name.top > (seal.top + seal.bottom) / 2, "\(format): \(name.text) below the seal's centre")
        }
        #expect(seals[1].left - seals[0].right > 0.3, "\(format): the seals do not touch: \(seals)")
        #expect(abs(seals[0].top - seals[1].top) <= 0.5, "\(format): aligned")
        #expect(seals[0].top >= lastBody.bottomMM - 0.5 && seals[0].top - lastBody.bottomMM <= 28.95 / Self.mm,
                "\(format): seal top \(seals[0].top) mm, body ends \(lastBody.bottomMM) mm")
        #expect(date!.top < seals[1].bottom && date!.left > seals[1].left, "\(format): the last seal presses the date")
    }

    /// §7.3.5.3 (命令, `Examples/order/order.md`: the order example, with its signature seal): the signature seal right-indented 4 字, the signer's
    /// title 2 字 left of it and vertically centred on it (±1 mm), the date under it.
    @Test(arguments: OutputFormat.packages)
    func orderSignatureSealBesideTheTitle(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("order"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Examples/seals"), to: dir.appendingPathComponent("seals"))
        let source = dir.appendingPathComponent("order/order.md")
        try FileManager.default.copyItem(at: Paths.root.appendingPathComponent("Examples/order/order.md"), to: source)
        let path = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let seals = try Self.redBoxes(pdf: pdf, page: 1, belowMM: 80)   // under the red mark
        try #require(seals.count == 1, "\(format): \(seals)")
        let seal = seals[0]
        let words = try Self.words(pdf: pdf, page: 1)
        let title = try #require(words.first { $0.text == "县长" })
        let date = try #require(words.last { $0.text.hasPrefix("2025") })
        let character = 16 / Self.mm
        #expect(abs((seal.right - seal.left) - 21) <= 0.5, "\(format): 21 mm at its DPI: \(seal.right - seal.left)")
        #expect(abs(seal.right - (184 - 4 * character)) <= 1, "\(format): seal ends \(seal.right) mm, 4 字 from the block's edge is \(184 - 4 * character)")
        #expect(abs(seal.left - title.right - 2 * character) <= 1, "\(format): title ends \(title.right) mm, seal starts \(seal.left) mm")
        // the title's ink (poppler's word box follows the substitute font's ascent and descent)
        let image = try Pixmap.render(pdf: pdf, page: 1, dpi: 150)
        let px = 150 / 25.4
        let rows = (Int((title.top - 3) * px)..<Int((title.bottom + 3) * px)).filter { y in
            (Int(title.left * px)..<Int(title.right * px)).contains { x in image[x, y].allSatisfy { $0 < 128 } }
        }
        let inkCentre = Double((rows.first ?? 0) + (rows.last ?? 0) + 1) / 2 / px
        #expect(abs((seal.top + seal.bottom) / 2 - inkCentre) <= 1, "\(format): seal centre \((seal.top + seal.bottom) / 2) mm, title's ink centre \(inkCentre) mm")
        #expect(date.top > seal.bottom, "\(format): the date under the seal")
    }

    /// LibreOffice's round trip .odt → .docx → .odt keeps the figures and the seal.
    @Test func roundTripKeepsTheImages() throws {
        guard let soffice = which("soffice") ?? which("libreoffice") else {
            Issue.record("LibreOffice (soffice) is not installed")
            return
        }
        let dir = try Paths.temporaryDirectory()
        let source = try Self.figureDocument()
        let sealSource = try Self.sealDocument()
        var text = try String(contentsOf: source, encoding: .utf8)
        text = text.replacingOccurrences(of: "title: 插图测试\n", with: "title: 插图测试\nissuer: 青山县人民政府\nseal: \(sealSource.deletingLastPathComponent().path)/seal/county.png\n")
        try Data(text.utf8).write(to: source)
        let odt = try GovDocIO.export(sourceAt: source.path, formats: [.odt])[0]
        let profile = "-env:UserInstallation=file://\(dir.appendingPathComponent("profile").path)"
        let r1 = try run(soffice, [profile, "--headless", "--convert-to", "docx", "--outdir", dir.appendingPathComponent("a").path, odt])
        let docx = dir.appendingPathComponent("a/figures.docx").path
        try #require(r1.status == 0 && FileManager.default.fileExists(atPath: docx), "\(r1.stderr)")
        let r2 = try run(soffice, [profile, "--headless", "--convert-to", "odt", "--outdir", dir.appendingPathComponent("b").path, docx])
        let back = dir.appendingPathComponent("b/figures.odt").path
        try #require(r2.status == 0 && FileManager.default.fileExists(atPath: back), "\(r2.stderr)")
        let middle = try ZipPackage(path: docx).xml("word/document.xml")
        #expect(try middle.all("//*[local-name()='inline' or local-name()='anchor']").count == Self.figures.count + 1)
        let content = try ZipPackage(path: back).xml("content.xml")
        let frames = try content.all("//*[local-name()='frame'][*[local-name()='image']]")
        #expect(frames.count == Self.figures.count + 1, "\(frames.count) pictures after the round trip")
        let pictures = try ZipPackage(path: back).entries().filter { $0.hasPrefix("Pictures/") }
        #expect(pictures.count >= 5, "\(pictures)")
        let descriptions = try frames.compactMap { try $0.first("./*[local-name()='desc' or local-name()='title']")?.stringValue }
        #expect(Set(Self.figures.map(\.alt)).isSubset(of: Set(descriptions)), "\(descriptions)")
    }

    // MARK: bad input

    /// An image over 20 MB is an error at its `seal:` value; nothing is written.
    @Test func anImageOver20MBIsAnError() throws {
        let dir = try Paths.temporaryDirectory()
        var big = [UInt8](try Data(contentsOf: Self.images.appendingPathComponent("rgb8.png")))
        big += [UInt8](repeating: 0, count: 20 * 1024 * 1024)
        try Data(big).write(to: dir.appendingPathComponent("big.png"))
        let source = dir.appendingPathComponent("big.md")
        try Data("---\ntitle: 大图\nissuer: 某某镇人民政府\nseal: big.png\n---\n正文。\n<img src=\"big.png\">\n".utf8).write(to: source)
        let result = try run(govdocExecutable, ["export", "--lang", "en", "--docx", "--odt", source.path])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2, "\(result.stderr)")
        #expect(errors.first?.hasPrefix("\(source.path):4:7: error: the image `big.png` is 20.0 MB, over the 20 MB limit") == true, "\(result.stderr)")
        #expect(errors.last?.hasPrefix("\(source.path):7:6: error: the image `big.png` is 20.0 MB") == true, "\(result.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["big.png", "big.md"], "nothing written")
    }

    /// More seal images than issuers is an error at the `seal:` list, in both languages.
    @Test func moreSealsThanIssuersIsAnError() throws {
        let source = try Self.sealDocument()
        var text = try String(contentsOf: source, encoding: .utf8)
        text = text.replacingOccurrences(of: "seal: seal/county.png", with: "seal: [seal/county.png, seal/county.png]")
        try Data(text.utf8).write(to: source)
        let en = try run(govdocExecutable, ["export", "--lang", "en", "--docx", source.path])
        defer { _ = en }
        #expect(en.status == 1)
        #expect(en.stderr.contains("\(source.path):5:8: error: `seal` names 2 seal image(s) for 1 issuer(s)"), "\(en.stderr)")
        let zh = try run(govdocExecutable, ["export", "--lang", "zh", "--docx", source.path])
        #expect(zh.stderr.contains("`seal` 有 2 个印章图片，但发文机关署名有 1 个"), "\(zh.stderr)")
        #expect(!FileManager.default.fileExists(atPath: source.deletingPathExtension().appendingPathExtension("docx").path))
        // fewer: two joint issuers, one seal image
        text = text.replacingOccurrences(of: "seal: [seal/county.png, seal/county.png]", with: "seal: [seal/county.png]")
            .replacingOccurrences(of: "issuer: 青山县人民政府", with: "issuer: [青山县人民政府, 青山县财政局]")
        try Data(text.utf8).write(to: source)
        let fewer = try run(govdocExecutable, ["export", "--lang", "en", "--docx", source.path])
        #expect(fewer.status == 1)
        #expect(fewer.stderr.contains("\(source.path):5:8: error: `seal` names 1 seal image(s) for 2 issuer(s)"), "\(fewer.stderr)")
    }
}
