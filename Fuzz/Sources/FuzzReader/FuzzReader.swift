import GovDocKit
import GovDocOOXMLReader
import GovDocPackaging

/// One input for the .docx reader. The first byte chooses how the rest is used:
/// - `P` (or anything not below): the bytes are a whole package (zip) — exercises the sniffer,
///   libzip and every part;
/// - `D`: the bytes are word/document.xml, wrapped with fixed styles and numbering into a valid
///   package — so mutations reach the XML reader and the body walk instead of the zip CRC;
/// - `N`: the bytes are word/numbering.xml beside a document of numbered paragraphs;
/// - `S`: the bytes are word/styles.xml beside a styled document.
/// Errors thrown for bad input are the expected outcome; a crash, hang, leak or sanitizer report
/// is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let mode = bytes[0]
    let rest = Array(bytes[1...])
    let package: [UInt8]?
    switch mode {
    case UInt8(ascii: "D"): package = wrapped(document: rest, numbering: Seeds.numbering, styles: Seeds.styles)
    case UInt8(ascii: "N"): package = wrapped(document: Seeds.numberedDocument, numbering: rest, styles: Seeds.styles)
    case UInt8(ascii: "S"): package = wrapped(document: Seeds.numberedDocument, numbering: Seeds.numbering, styles: rest)
    default: package = rest
    }
    guard let package else { return 0 }
    let reader = OOXMLReader(maxFileSize: 8 << 20,
                             zipLimits: ZipReadLimits(maxEntries: 1000, maxEntrySize: 8 << 20, maxTotalSize: 32 << 20, maxRatio: 100),
                             maxParagraphs: 20_000)
    if let draft = try? reader.read(package, file: "fuzz.docx") {
        // touch what a caller would use
        var total = 0
        for p in draft.paragraphs { total &+= p.text.utf8.count &+ p.runs.count }
        for w in draft.warnings { total &+= w.description.utf8.count }
        _ = total
    }
    return 0
}

private func wrapped(document: [UInt8], numbering: [UInt8], styles: [UInt8]) -> [UInt8]? {
    guard let zip = try? ZipArchiveWriter() else { return nil }
    let rels = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
    </Relationships>
    """
    let root = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    </Relationships>
    """
    do {
        try zip.add("_rels/.rels", Array(root.utf8))
        try zip.add("word/_rels/document.xml.rels", Array(rels.utf8))
        try zip.add("word/document.xml", document)
        try zip.add("word/numbering.xml", numbering)
        try zip.add("word/styles.xml", styles)
        try zip.add("word/footer1.xml", Array(Seeds.footer.utf8))
        return try zip.finish()
    } catch {
        return nil
    }
}

enum Seeds {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    static let numbering = Array("""
    <w:numbering \(w)><w:abstractNum w:abstractNumId="0">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/><w:isLgl/></w:lvl>\
    </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>
    """.utf8)
    static let styles = Array("""
    <w:styles \(w)><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
    <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
    </w:styles>
    """.utf8)
    static let numberedDocument = Array("""
    <w:document \(w)><w:body><w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>主要工作</w:t></w:r></w:p>\
    <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>产业</w:t></w:r></w:p>\
    <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>茶叶</w:t></w:r></w:p>\
    <w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>\
    </w:body></w:document>
    """.utf8)
    static let footer = "<w:ftr \(w)><w:p><w:r><w:t>— </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> —</w:t></w:r></w:p></w:ftr>"
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzReader)
}
