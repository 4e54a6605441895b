import GovDoc
import GovDocPackaging
import Testing

@Suite struct TableGridTests {
    @Test func resolvesRowAndColumnSpans() throws {
        let table = Table(rows: [
            TableRow(cells: [TableCell("项目", rowSpan: 2), TableCell("投资", colSpan: 2)], isHeader: true),
            TableRow(cells: [TableCell("计划"), TableCell("完成")], isHeader: true),
            TableRow(cells: [TableCell("道路"), TableCell("120"), TableCell("80")]),
        ])
        let grid = try TableGrid(table)
        #expect(grid.columnCount == 3)
        #expect(grid.slots[0] == [.origin(index: 0), .origin(index: 1), .covered(originRow: 0, originColumn: 1)])
        #expect(grid.slots[1] == [.covered(originRow: 0, originColumn: 0), .origin(index: 0), .origin(index: 1)])
        #expect(grid.startColumns[1] == [1, 2])
        #expect(table.headerRowCount == 2)
    }

    @Test func rejectsOverlaps() {
        let table = Table(rows: [
            TableRow(cells: [TableCell("a", rowSpan: 2), TableCell("b")]),
            TableRow(cells: [TableCell("c", colSpan: 2)]),
        ])
        #expect(throws: TableLayoutError(row: 1, cell: nil, kind: .ragged(width: 3, expected: 2))) { try TableGrid(table) }
        let overlap = Table(rows: [
            TableRow(cells: [TableCell("a"), TableCell("b", rowSpan: 2)]),
            TableRow(cells: [TableCell("c", colSpan: 2)]),
        ])
        #expect(throws: TableLayoutError(row: 1, cell: 0, kind: .overlap(coveringRow: 0, coveringColumn: 1))) { try TableGrid(overlap) }
    }

    @Test func rejectsRaggedRowsAndSpansPastTheEnd() {
        #expect(throws: TableLayoutError.self) {
            try TableGrid(Table(rows: [TableRow(cells: [TableCell("a"), TableCell("b")]), TableRow(cells: [TableCell("c")])]))
        }
        #expect(throws: TableLayoutError(row: 0, cell: 0, kind: .rowSpanPastEnd(rowSpan: 3, rowsLeft: 2))) {
            try TableGrid(Table(rows: [TableRow(cells: [TableCell("a", rowSpan: 3)]), TableRow(cells: [])]))
        }
        #expect(throws: TableLayoutError(row: 0, cell: nil, kind: .empty)) { try TableGrid(Table(rows: [])) }
    }

    @Test func columnWidthsFillTheTextBlock() throws {
        let table = Table(rows: [TableRow(cells: [TableCell("信息内容很长的一列"), TableCell("0"), TableCell("0")])])
        let widths = try TableGrid(table).columnWidths(for: table, totalWidth: 442)
        #expect(widths.reduce(0, +) == 442)
        #expect(widths[0] > widths[1])
    }
}

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsChineseForm() throws {
        let date = try #require(CalendarDate(iso: "2024-01-23"))
        #expect(date.chinese == "2024年1月23日")
        #expect(date.iso == "2024-01-23")
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2024-1-23") == nil)
        #expect(CalendarDate(iso: "2024-13-01") == nil)
    }
}

@Suite struct SignatureLayoutTests {
    @Test func noSealLongerDateIsRightIndentedTwoCharacters() {
        let block = SignatureBlock(issuer: "石门镇人民政府", date: CalendarDate(iso: "2024-01-23"))
        let layout = SignatureLayout(block, character: 16)
        let dateWidth = SignatureLayout.width(of: "2024年1月23日") * 16
        #expect(layout.dateRightIndent == 32)
        // the date starts two characters right of the issuer's first character
        let issuerStart = layout.issuerRightIndent + 7 * 16
        let dateStart = 32 + dateWidth
        #expect(abs((issuerStart - dateStart) - 32) < 0.001)
    }

    @Test func noSealLongerIssuerIsRightIndentedTwoCharacters() {
        let block = SignatureBlock(issuer: "某某县人民政府办公室综合科", date: CalendarDate(iso: "2024-01-23"))
        let layout = SignatureLayout(block, character: 16)
        #expect(layout.issuerRightIndent == 32)
        let issuerStart = 32 + SignatureLayout.width(of: block.issuer) * 16
        let dateStart = layout.dateRightIndent! + SignatureLayout.width(of: "2024年1月23日") * 16
        #expect(abs((issuerStart - dateStart) - 32) < 0.001)
    }

    @Test func sealCentresIssuerOverDateIndentedFour() {
        let block = SignatureBlock(issuer: "石门镇人民政府", date: CalendarDate(iso: "2024-01-23"), sealed: true)
        let layout = SignatureLayout(block, character: 16)
        #expect(layout.dateRightIndent == 64)
        let dateCentre = 64 + SignatureLayout.width(of: "2024年1月23日") * 16 / 2
        let issuerCentre = layout.issuerRightIndent + 7 * 16 / 2
        #expect(abs(dateCentre - issuerCentre) < 0.001)
    }
}

@Suite struct XMLWriterTests {
    @Test func escapesMarkupAndDropsForbiddenCharacters() throws {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("a", ["v": "\"<&>\u{1}"]) { try x.text("<w:t>&]]>\u{0}\u{B}x\u{FFFE}y") }
        let text = String(decoding: try x.finish(), as: UTF8.self)
        #expect(text.contains("<a v=\"&quot;&lt;&amp;&gt;\">&lt;w:t&gt;&amp;]]&gt;xy</a>"))
    }

    @Test func unbalancedEndIsAnError() throws {
        let x = try XMLStreamWriter()
        try x.startDocument()
        #expect(throws: PackagingError.self) { try x.endElement() }
    }
}

@Suite struct ZipArchiveTests {
    @Test func storesAndDeflatesEntriesInOrder() throws {
        let zip = try ZipArchiveWriter()
        try zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try zip.add("content.xml", Array(String(repeating: "<p>文字</p>", count: 1000).utf8))
        let bytes = try zip.finish()
        // local file header of the first entry: signature, method 0 (stored), name "mimetype"
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(bytes.count < 4000)  // the repeated content was deflated
    }
}
