import Foundation
import GovDocDraft
import GovDocOOXMLReader
@testable import GovDocPackaging
import Testing

/// The ratio is checked against the compressed bytes consumed so far, as the entry inflates: a
/// bomb stops just after its first MiB, a legitimate very compressible part still reads.
@Suite struct ZipBombTests {
    func failure(_ body: () throws -> Void) -> PackagingError? {
        do { try body() } catch let error as PackagingError { return error } catch { Issue.record("\(error)") }
        return nil
    }

    @Test func theGibibyteBombStopsAtItsFirstMebibytes() throws {
        let bytes = try FileBytes.read(repositoryRoot.appendingPathComponent("Tests/Fixtures/bad-drafts/zip-bomb.docx").path)
        // through the reader: its own error, in well under 100 ms of CPU
        var found: DraftError?
        let time = seconds {
            do { _ = try OOXMLReader().read(bytes, file: "zip-bomb.docx") } catch let e as DraftError { found = e } catch {
                Issue.record("not a DraftError: \(error)")
            }
        }
        #expect(found?.message.id == "reader.package-too-large")
        #expect(time < 30, "a hang guard, not a speed test: \(time) s")
        // the ratio stopped it, not the size cap: with every other cap at 8 MiB, what was
        // inflated (and held in memory) stayed under 8 MiB (of the 32 MiB the size cap allows)
        let limits = ZipReadLimits(maxEntrySize: 1 << 40, maxTotalSize: 8 << 20, maxRatio: OOXMLReader.docxZipLimits.maxRatio)
        let error = failure { _ = try ZipArchiveReader(bytes: bytes, limits: limits).read("word/document.xml") }
        #expect(error?.zipFailure == .tooLarge)
        #expect(error?.detail.contains("times its compressed size") == true, "\(String(describing: error))")
    }

    @Test func theRatioBombToo() throws {
        let bytes = try FileBytes.read(repositoryRoot.appendingPathComponent("Tests/Fixtures/bad-drafts/ratio-bomb.docx").path)
        let limits = ZipReadLimits(maxEntrySize: 1 << 40, maxTotalSize: 8 << 20, maxRatio: 1000)
        let error = failure { _ = try ZipArchiveReader(bytes: bytes, limits: limits).read("word/document.xml") }
        #expect(error?.detail.contains("times its compressed size") == true, "\(String(describing: error))")
    }

    /// A table of identical rows deflates some 200:1: read in full under the .docx cap of 1000.
    @Test func aVeryCompressibleDocumentIsRead() throws {
        let cell = #"<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>按计划推进</w:t></w:r></w:p></w:tc>"#
        let row = "<w:tr>" + String(repeating: cell, count: 6) + "</w:tr>"
        let body = "<w:tbl><w:tblGrid>" + String(repeating: #"<w:gridCol w:w="1000"/>"#, count: 6) + "</w:tblGrid>"
            + String(repeating: row, count: 3000) + "</w:tbl>"
        let bytes = try DocxBuilder(body: body).bytes()
        let xml = try ZipArchiveReader(bytes: bytes, limits: OOXMLReader.docxZipLimits).read("word/document.xml")
        #expect(xml.count > 1 << 20)   // past the first MiB, where the ratio is checked
        #expect(xml.count / bytes.count > 150, "ratio \(xml.count / bytes.count)")
        let draft = try OOXMLReader().read(bytes, file: "table.docx")
        #expect(tables(draft).first?.rows.count == 3000)
        #expect(tables(draft).first?.rows.last?.cells.last?.lines == ["按计划推进"])
    }

    @Test func damagedDeflateDataIsAnError() throws {
        let text = Array(String(repeating: "<w:p><w:r><w:t>正文内容</w:t></w:r></w:p>", count: 200).utf8)
        let writer = try ZipArchiveWriter()
        try writer.add("word/document.xml", text)
        let whole = try writer.finish()
        #expect(try ZipArchiveReader(bytes: whole).read("word/document.xml") == text)
        // a byte of the deflate data changed (after the local header's name and extra field)
        var bytes = whole
        let start = 30 + Int(bytes[26]) + Int(bytes[27]) << 8 + Int(bytes[28]) + Int(bytes[29]) << 8
        bytes[start + 20] ^= 0x5A
        let error = failure { _ = try ZipArchiveReader(bytes: bytes).read("word/document.xml") }
        #expect(error?.zipFailure == .damaged, "\(String(describing: error))")
    }
}
