import Testing
import GovDoc
import GovDocKit
import GovDocPackaging

/// The writers keep the styles part per style sheet and the deflated bytes of parts that repeat
/// (styles, settings, footers, …): a document written after another of a different look must
/// get its own parts, and a document written again the same bytes.
@Suite struct KeptPartsTests {
    @Test(arguments: [OutputFormat.docx, .odt])
    func partsKeptForOneLookAreNotTakenForAnother(_ format: OutputFormat) throws {
        let a = try Document(title: "关于样式的通知") { Paragraph("正文第一段。") }
        var b = a
        b.styles.roles[.body]?.size = 15          // another style sheet: body text 15 pt
        b.footer.prefix = "- "                     // another footer (the ODT styles part holds it)
        let first = try a.serialized(as: format)
        let other = try b.serialized(as: format)
        let again = try a.serialized(as: format)
        #expect(first == again)
        let stylesName = format == .docx ? "word/styles.xml" : "styles.xml"
        let stylesA = String(decoding: try ZipArchiveReader(bytes: first).read(stylesName), as: UTF8.self)
        let stylesB = String(decoding: try ZipArchiveReader(bytes: other).read(stylesName), as: UTF8.self)
        if format == .docx {
            #expect(stylesA.contains("<w:sz w:val=\"32\"/>") && !stylesA.contains("<w:sz w:val=\"30\"/>"))
            #expect(stylesB.contains("<w:sz w:val=\"30\"/>"))
            let footerA = String(decoding: try ZipArchiveReader(bytes: first).read("word/footer1.xml"), as: UTF8.self)
            let footerB = String(decoding: try ZipArchiveReader(bytes: other).read("word/footer1.xml"), as: UTF8.self)
            #expect(footerA.contains(">— </w:t>") && footerB.contains(">- </w:t>"))
        } else {
            #expect(stylesA.contains("fo:font-size=\"16pt\"") && !stylesA.contains("fo:font-size=\"15pt\""))
            #expect(stylesB.contains("fo:font-size=\"15pt\""))
            #expect(stylesA.contains("— <text:page-number") && stylesB.contains("- <text:page-number"))
        }
    }
}
