import Foundation
import GovDoc
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A table that ends the body keeps its last row with the signature (§7.3.5.5: the 发文机关署名
/// and 成文日期 never stand alone on a page); of two adjacent tables, the first keeps its last
/// row with the paragraph between them. Rendered with LibreOffice, in both formats.
@Suite(.serialized)
struct TableEndTests {
    /// A notice of `lines` one-line body paragraphs and a four-row table at the end (with
    /// `second`, another table right under it).
    static func notice(lines: Int, second: Bool = false, extraRows: Int = 0) -> String {
        var text = """
            ---
            kind: notice
            title: 石门镇人民政府关于做好春季森林防火工作的通知
            header: 石门镇人民政府文件
            number: 石政发〔2024〕3号
            to: 各村（社区）、镇属各单位：
            issuer: 石门镇人民政府
            date: 2024-02-20
            seal: false
            ---

            """
        text += String(repeating: "各村要加强巡查，做到早发现、早报告、早处置。\n", count: lines)
        text += """
            <table>
            <tr><th>责任区域</th><th>责任单位</th><th>责任人</th></tr>

            """
        for i in 0..<extraRows { text += "<tr><td>村\(i)</td><td>委员会\(i)</td><td>人\(i)</td></tr>\n" }
        text += """
            <tr><td>石门村</td><td>石门村民委员会</td><td>王建国</td></tr>
            <tr><td>龙潭村</td><td>龙潭村民委员会</td><td>李春梅</td></tr>
            <tr><td>清明祭扫重点山头</td><td>镇应急管理办公室</td><td>刘晓峰</td></tr>
            </table>

            """
        if second { text += "<table>\n<tr><th>物资</th><th>数量</th></tr>\n<tr><td>灭火器</td><td>二十具</td></tr>\n</table>\n" }
        return text
    }

    /// The flow marks the trailing table, and the first of two adjacent ones; the files say so
    /// (`w:keepNext` in the last row's paragraphs, `fo:keep-with-next` on the table).
    @Test func theFlowAndTheFilesKeepTheTableWithWhatFollows() throws {
        let single = try GovDocIO.read(sourceAt: try StandardTests.source(Self.notice(lines: 2), name: "table-end"))
        let tables = { (d: Document) in Flow(d).items.compactMap { if case let .table(t, _) = $0 { return t } else { return nil } } }
        #expect(tables(single).map(\.keepWithNext) == [true])
        let two = try GovDocIO.read(sourceAt: try StandardTests.source(Self.notice(lines: 2, second: true), name: "two-tables"))
        #expect(tables(two).map(\.keepWithNext) == [true, true])
        // without a signature, nothing follows the last table: it is not kept
        var unsigned = two
        unsigned.signature = nil
        #expect(tables(unsigned).map(\.keepWithNext) == [true, false])

        let docx = try StandardTests.export(try StandardTests.source(Self.notice(lines: 2), name: "table-end"), .docx)
        let xml = try ZipPackage(path: docx).xml("word/document.xml")
        let rows = try xml.all("//*[local-name()='tbl']/*[local-name()='tr']")
        try #require(rows.count == 4)
        for (i, row) in rows.enumerated() {
            let keeps = try row.all(".//*[local-name()='pPr']/*[local-name()='keepNext']").count
            let paragraphs = try row.all(".//*[local-name()='p']").count
            #expect(keeps == (i == 3 ? paragraphs : 0), "row \(i + 1): \(keeps) of \(paragraphs) paragraphs keep with the next")
        }
        let odt = try StandardTests.export(try StandardTests.source(Self.notice(lines: 2), name: "table-end"), .odt)
        let content = try ZipPackage(path: odt).xml("content.xml")
        let style = try #require(try content.first("//*[local-name()='style'][@*[local-name()='family']='table'][*[local-name()='table-properties']/@*[local-name()='keep-with-next']='always']"))
        #expect(style.attr("style:name") == "Table1")
        for path in [docx, odt] { try Checkers.expectValid(path) }
    }

    /// With 24 and 26 body lines the table ended page 2 and the signature stood alone on
    /// page 3 (both formats, before the fix); now the table's last row (the .docx: the row,
    /// under the repeated header; the .odt: the whole table, which fits) goes with it.
    @Test func theSignatureIsNotAloneAfterATable() throws {
        var paths: [String] = []
        for lines in [24, 26] {
            let source = try StandardTests.source(Self.notice(lines: lines), name: "table-end-\(lines)")
            for format in OutputFormat.packages { paths.append(try StandardTests.export(source, format)) }
        }
        let pdfs = try RenderedPages.renderPDFs(paths)
        for path in paths {
            guard let pdf = pdfs[path] else { continue }
            let name = URL(fileURLWithPath: path).lastPathComponent
            let lines = try RenderedPages.lines(pdf: pdf).filter { !RenderedPages.isPageNumber($0) }
            let lastRow = try #require(lines.last { $0.text.contains("刘晓峰") }, "\(name): no last row")
            let issuer = try #require(lines.last { $0.text == "石门镇人民政府" }, "\(name): no signature")
            let date = try #require(lines.last { $0.text.replacingOccurrences(of: " ", with: "") == "2024年2月20日" }, "\(name): no date")
            #expect(issuer.page == lastRow.page && date.page == lastRow.page,
                    "\(name): the table's last row on page \(lastRow.page), the signature on \(issuer.page), the date on \(date.page)")
            #expect(issuer.page > 2, "\(name): the signature moved to page \(issuer.page): the case still tests the boundary")
        }
    }

    /// A long table (40 more rows) that ends the body is not pushed whole to a new page in the
    /// .odt (LibreOffice keeps a table with the next only as a whole, so a long one is not
    /// kept), and in the .docx only its last row keeps with the signature: the table starts
    /// on page 2 under the body in both.
    @Test func aLongTableIsNotPushedToANewPage() throws {
        var paths: [String] = []
        let source = try StandardTests.source(Self.notice(lines: 24, extraRows: 40), name: "long-table")
        for format in OutputFormat.packages { paths.append(try StandardTests.export(source, format)) }
        let odt = try ZipPackage(path: paths[1]).xml("content.xml")
        #expect(try odt.first("//*[local-name()='style'][@*[local-name()='family']='table']/*[local-name()='table-properties'][@*[local-name()='keep-with-next']]") == nil)
        let pdfs = try RenderedPages.renderPDFs(paths)
        for path in paths {
            guard let pdf = pdfs[path] else { continue }
            let name = URL(fileURLWithPath: path).lastPathComponent
            let lines = try RenderedPages.lines(pdf: pdf)
            let body = try #require(lines.last { $0.text.hasPrefix("各村要加强巡查") })
            let firstRow = try #require(lines.first { $0.text.hasPrefix("村0") })
            #expect(firstRow.page == body.page, "\(name): the body ends on page \(body.page), the table starts on page \(firstRow.page)")
        }
    }

    /// Two tables with a paragraph between them: the paragraph never opens a page (the first
    /// table's last row keeps with it). With 26 body lines the first table ended page 2 and
    /// the paragraph opened page 3, the second table 11 mm under the block's top (both formats,
    /// before the fix).
    @Test func theParagraphBetweenTwoTablesDoesNotOpenAPage() throws {
        var paths: [String] = []
        for lines in 24...28 {
            let source = try StandardTests.source(Self.notice(lines: lines, second: true), name: "two-tables-\(lines)")
            for format in OutputFormat.packages { paths.append(try StandardTests.export(source, format)) }
        }
        let pdfs = try RenderedPages.renderPDFs(paths)
        var onPageThree = 0
        for path in paths {
            guard let pdf = pdfs[path] else { continue }
            let name = URL(fileURLWithPath: path).lastPathComponent
            let lines = try RenderedPages.lines(pdf: pdf).filter { !RenderedPages.isPageNumber($0) }
            let header = try #require(lines.first { $0.text.hasPrefix("物资") }, "\(name): no second table")
            let first = try #require(lines.first { $0.page == header.page })
            // the page of the second table starts at the block's top (37 mm; a text line's box at 39.4 mm), not a line (10.2 mm) lower: no empty line opens it
            #expect(first.topMM < 42, "\(name): page \(header.page) starts with \(first.text) at \(first.topMM) mm")
            if header.page == 3 { onPageThree += 1 }
        }
        #expect(onPageThree >= 4, "the page break fell at the tables in \(onPageThree) cases")
    }
}
