import GovDoc
import GovDocDraft
import Testing
@testable import GovDocODFReader

/// A table whose style names a master page on landscape paper (`style:print-orientation`, or a
/// page wider than high) is the model's landscape table.
struct ODFLandscapeTableTests {
    static let layouts = """
    <style:page-layout style:name="pmP"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait"/></style:page-layout>\
    <style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm" style:print-orientation="landscape"/></style:page-layout>\
    <style:page-layout style:name="pmO"><style:page-layout-properties style:print-orientation="landscape"/></style:page-layout>\
    <style:page-layout style:name="pmW"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm"/></style:page-layout>
    """
    static let masters = """
    <style:master-page style:name="Standard" style:page-layout-name="pmP"/>\
    <style:master-page style:name="Landscape" style:page-layout-name="pmL"/>\
    <style:master-page style:name="OrientOnly" style:page-layout-name="pmO"/>\
    <style:master-page style:name="WideOnly" style:page-layout-name="pmW"/>
    """

    func table(_ style: String) -> String {
        """
        <table:table table:name="\(style)" table:style-name="\(style)"><table:table-column table:number-columns-repeated="2"/>\
        <table:table-row><table:table-cell><text:p>项目</text:p></table:table-cell><table:table-cell><text:p>金额</text:p></table:table-cell></table:table-row>\
        </table:table>
        """
    }

    @Test func theMasterPagesOrientationMakesALandscapeTable() throws {
        let automatic = ["Landscape", "OrientOnly", "WideOnly", "Standard"].map { master in
            #"<style:style style:name="T\#(master)" style:family="table" style:master-page-name="\#(master)"/>"#
        }.joined() + #"<style:style style:name="TNone" style:family="table"/>"#
        let body = "<text:p>正文。</text:p>" + ["TLandscape", "TOrientOnly", "TWideOnly", "TStandard", "TNone"].map(table).joined(separator: "<text:p>间隔。</text:p>")
        let draft = try SnippetTests.read(body, automatic: automatic, stylesAutomatic: Self.layouts, master: Self.masters)
        let flags = draft.blocks.compactMap { if case let .table(t) = $0 { return t.table.landscape } else { return nil } }
        #expect(flags == [true, true, true, false, false])
    }
}
