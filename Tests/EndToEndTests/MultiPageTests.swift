import Foundation
import GovDocKit
import Testing

/// Documents of three and four pages, in both formats: the page number `— N —` is on every
/// page, right on odd pages and left on even pages, 7 mm under the text block; the grid holds.
@Suite struct MultiPageTests {
    @Test(arguments: [("three-pages", 3), ("four-pages", 4)], OutputFormat.packages)
    func footerSideOnEveryPage(_ fixture: (name: String, pages: Int), _ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        let base = dir.appendingPathComponent(fixture.name).path
        let written = try GovDocIO.export(sourceAt: Paths.fixtures.appendingPathComponent("valid/\(fixture.name).md").path,
                                          formats: [format], outputBase: base)
        guard let rules = try Checkers.gbcheck(written[0]) else { return }
        for rule in ["pagenum.text", "pagenum.present", "pagenum.vertical", "pagenum.horizontal",
                     "lines.pitch", "lines.per_page", "chars.per_line", "page.size", "margin.top", "declared.footers"] {
            #expect(rules[rule]?.status == "PASS", "\(fixture.name).\(format): \(rule): \(rules[rule]?.measured ?? "not measured")")
        }
        let horizontal = rules["pagenum.horizontal"]?.measured ?? ""
        for page in 1...fixture.pages {
            #expect(horizontal.contains("p\(page) \(page % 2 == 1 ? "odd: right" : "even: left")"), "page \(page): \(horizontal)")
        }
        #expect(rules["pagenum.present"]?.measured?.hasPrefix("\(fixture.pages) of \(fixture.pages)") == true,
                "\(rules["pagenum.present"]?.measured ?? "")")
    }
}
