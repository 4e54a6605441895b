import GovDocDraft
import GovDocODFReader
import GovDocPackaging

/// One input for the .odt reader. The first byte chooses how the rest is used:
/// - `P` (or anything not below): the bytes are a whole file — a package (zip), a flat .fodt, or
///   anything else the sniffer must refuse — exercising libzip, the mimetype and manifest checks
///   and every part;
/// - `C`: the bytes are content.xml, wrapped with fixed styles.xml and meta.xml into a valid
///   package — so mutations reach the XML reader and the body walk instead of the zip CRC;
/// - `S`: the bytes are styles.xml beside a content.xml of headings, lists, a table and a
///   text box (list and outline styles, master pages, footers, page layouts);
/// - `M`: the bytes are meta.xml beside that content and styles.
/// Errors thrown for bad input are the expected outcome; a crash, hang, leak or sanitizer report
/// is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODFReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let rest = Array(bytes[1...])
    let file: [UInt8]?
    switch bytes[0] {
    case UInt8(ascii: "C"): file = wrapped(content: rest, styles: Seeds.styles, meta: Seeds.meta)
    case UInt8(ascii: "S"): file = wrapped(content: Seeds.content, styles: rest, meta: Seeds.meta)
    case UInt8(ascii: "M"): file = wrapped(content: Seeds.content, styles: Seeds.styles, meta: rest)
    default: file = rest
    }
    guard let file else { return 0 }
    let reader = ODFReader(maxFileSize: 8 << 20,
                           zipLimits: ZipReadLimits(maxEntries: 1000, maxEntrySize: 8 << 20, maxTotalSize: 32 << 20, maxRatio: 100),
                           maxParagraphs: 20_000)
    if let draft = try? reader.read(file, file: "fuzz.odt") {
        // touch what a caller would use
        var total = 0
        for p in draft.paragraphs {
            total &+= p.text.utf8.count &+ p.runs.count &+ (p.automaticNumber?.utf8.count ?? 0) &+ (p.styleName?.utf8.count ?? 0)
        }
        for block in draft.blocks {
            if case let .table(t) = block { for row in t.table.rows { for cell in row.cells { total &+= cell.text.utf8.count } } }
        }
        for f in draft.pageNumberFooters { total &+= f.pattern.utf8.count }
        for w in draft.warnings { total &+= w.description.utf8.count }
        total &+= draft.propertiesTitle?.utf8.count ?? 0
        _ = total
    }
    return 0
}

private func wrapped(content: [UInt8], styles: [UInt8], meta: [UInt8]) -> [UInt8]? {
    guard let zip = try? ZipArchiveWriter() else { return nil }
    do {
        try zip.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try zip.add("content.xml", content)
        try zip.add("styles.xml", styles)
        try zip.add("meta.xml", meta)
        try zip.add("META-INF/manifest.xml", Seeds.manifest)
        return try zip.finish()
    } catch {
        return nil
    }
}

enum Seeds {
    static let ns = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"
    """
    static let styles = Array("""
    <office:document-styles \(ns)><office:font-face-decls><style:font-face style:name="仿宋" svg:font-family="仿宋_GB2312"/></office:font-face-decls>\
    <office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="仿宋" fo:font-size="16pt" style:font-size-asian="16pt"/></style:default-style>\
    <style:style style:name="Standard" style:family="paragraph"/>\
    <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>\
    <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="一" style:num-suffix="、" loext:num-list-format="%1%、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style>\
    <text:outline-level-style text:level="2" style:num-format="一" style:num-prefix="（" style:num-suffix="）"/></text:outline-style>\
    <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="." text:start-value="1"/>\
    <text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix="."/><text:list-level-style-bullet text:level="3" text:bullet-char="•"/></text:list-style>\
    </office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm" style:layout-grid-lines="22" style:layout-grid-base-height="28.95pt" style:layout-grid-mode="both"/>\
    <style:footer-style><style:header-footer-properties fo:min-height="0.7cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>\
    <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"/></style:page-layout></office:automatic-styles>\
    <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>\
    <style:footer-left><text:p>— <text:page-number>2</text:page-number> —</text:p></style:footer-left></style:master-page>\
    <style:master-page style:name="Landscape" style:page-layout-name="pm2"/></office:master-styles></office:document-styles>
    """.utf8)
    static let meta = Array("""
    <office:document-meta \(ns)><office:meta><dc:title>关于做好森林防火工作的通知</dc:title><meta:initial-creator>石门镇</meta:initial-creator></office:meta></office:document-meta>
    """.utf8)
    static let content = Array("""
    <office:document-content \(ns)><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard"/>\
    <style:style style:name="T1" style:family="table" style:master-page-name="Landscape"/></office:automatic-styles><office:body><office:text>\
    <text:p text:style-name="P1">关于做好森林防火工作的通知</text:p><text:h text:style-name="Heading_20_1" text:outline-level="1">总体要求</text:h>\
    <text:h text:outline-level="2">工作<text:s text:c="2"/>目标<text:tab/>甲</text:h>\
    <text:list text:style-name="L1" xml:id="l1"><text:list-item><text:p>第一项</text:p><text:list><text:list-item><text:p>子项</text:p></text:list-item></text:list></text:list-item></text:list>\
    <text:list text:continue-list="l1"><text:list-item><text:p>第二项<text:note><text:note-body><text:p>注</text:p></text:note-body></text:note></text:p></text:list-item></text:list>\
    <table:table table:style-name="T1"><table:table-column table:number-columns-repeated="2"/><table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>项目</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows>\
    <table:table-row><table:table-cell><text:p>道路</text:p></table:table-cell><table:table-cell><text:p>80</text:p></table:table-cell></table:table-row></table:table>\
    <text:p><draw:frame text:anchor-type="paragraph"><draw:text-box><table:table><table:table-row><table:table-cell><text:p>抄送：县林业局。</text:p></table:table-cell></table:table-row></table:table></draw:text-box></draw:frame></text:p>\
    <text:p><draw:custom-shape><loext:table><loext:table-row><loext:table-cell><text:p>党政办<text:tab/>2024年2月20日印发</text:p></loext:table-cell></loext:table-row></loext:table><draw:enhanced-geometry/></draw:custom-shape></text:p>\
    </office:text></office:body></office:document-content>
    """.utf8)
    static let manifest = Array("""
    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
    """.utf8)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzODFReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzODFReader)
}
