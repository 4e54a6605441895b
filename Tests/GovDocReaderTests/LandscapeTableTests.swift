import Foundation
import GovDoc
import GovDocDraft
import GovDocOOXMLReader
import Testing

/// A table alone in a landscape section (Word: the section's `w:pgSz w:orient="landscape"`, or a
/// page wider than high) is the model's landscape table.
@Suite struct LandscapeTableTests {
    static func sectPr(landscape: Bool, orient: Bool = true) -> String {
        let size = landscape
            ? (orient ? #"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"# : #"<w:pgSz w:w="16838" w:h="11906"/>"#)
            : #"<w:pgSz w:w="11906" w:h="16838"/>"#
        return "<w:sectPr>\(size)</w:sectPr>"
    }

    static func sectionEnd(landscape: Bool, orient: Bool = true) -> String {
        "<w:p><w:pPr>\(sectPr(landscape: landscape, orient: orient))</w:pPr></w:p>"
    }

    static let table = """
    <w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>\
    <w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr>\
    </w:tbl>
    """

    func landscapeFlags(_ draft: Draft) -> [Bool] {
        draft.blocks.compactMap { if case let .table(t) = $0 { return t.table.landscape } else { return nil } }
    }

    @Test func aTableInItsOwnLandscapeSection() throws {
        let body = p("正文。") + Self.sectionEnd(landscape: false) + Self.table + Self.sectionEnd(landscape: true)
            + p("后文。") + Self.table + Self.sectPr(landscape: false)
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(landscapeFlags(draft) == [true, false])
    }

    @Test func widerThanHighWithoutOrientAndTheLastSection() throws {
        let body = p("正文。") + Self.sectionEnd(landscape: false) + Self.table + Self.sectPr(landscape: true, orient: false)
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(landscapeFlags(draft) == [true])
    }

    /// A landscape section with text in it is not a landscape table (the model could not say so).
    @Test func aLandscapeSectionWithTextStaysAsItIs() throws {
        let body = p("正文。") + Self.sectionEnd(landscape: false) + p("横排的说明。") + Self.table + Self.sectionEnd(landscape: true)
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(landscapeFlags(draft) == [false])
    }
}
