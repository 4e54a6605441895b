import Foundation
import GovDocPackaging

/// A .docx package built in a test: document body XML (inside `<w:body>`) plus optional parts.
struct DocxBuilder {
    static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"
    """

    var body: String
    var styles: String?
    var numbering: String?
    var settings: String?
    var theme: String?
    var footers: [String: String] = [:]   // relationship id → footer body XML (inside <w:ftr>)
    var headers: [String: String] = [:]   // relationship id → header body XML (inside <w:hdr>)
    var core: String?
    var mainPath = "word/document.xml"

    func bytes() throws -> [UInt8] {
        let writer = try ZipArchiveWriter()
        var overrides = "<Override PartName=\"/\(mainPath)\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        var rels = ""
        func add(_ path: String, _ xml: String) throws { try writer.add(path, Array(xml.utf8)) }
        let dir = mainPath.split(separator: "/").dropLast().joined(separator: "/")
        let main = String(mainPath.split(separator: "/").last!)
        if let styles {
            try add("\(dir)/styles.xml", "<w:styles \(Self.namespaces)>\(styles)</w:styles>")
            rels += "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        }
        if let numbering {
            try add("\(dir)/numbering.xml", "<w:numbering \(Self.namespaces)>\(numbering)</w:numbering>")
            rels += "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        }
        if let settings {
            try add("\(dir)/settings.xml", "<w:settings \(Self.namespaces)>\(settings)</w:settings>")
            rels += "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
        }
        if let theme {
            try add("\(dir)/theme/theme1.xml", "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"t\"><a:themeElements><a:fontScheme name=\"f\">\(theme)</a:fontScheme></a:themeElements></a:theme>")
            rels += "<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>"
        }
        for (id, footer) in footers.sorted(by: { $0.key < $1.key }) {
            try add("\(dir)/\(id).xml", "<w:ftr \(Self.namespaces)>\(footer)</w:ftr>")
            rels += "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"\(id).xml\"/>"
        }
        for (id, header) in headers.sorted(by: { $0.key < $1.key }) {
            try add("\(dir)/\(id).xml", "<w:hdr \(Self.namespaces)>\(header)</w:hdr>")
            rels += "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"\(id).xml\"/>"
        }
        try add(mainPath, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>")
        try add("\(dir)/_rels/\(main).rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>")
        var packageRels = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"\(mainPath)\"/>"
        if let core {
            try add("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(core)</cp:coreProperties>")
            packageRels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            overrides += ""
        }
        try add("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(packageRels)</Relationships>")
        try add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>\(overrides)</Types>")
        return try writer.finish()
    }
}

/// `<w:p>` with runs of plain text and an optional pPr.
func p(_ text: String, pPr: String = "") -> String {
    "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}

func numbered(_ text: String, numId: Int, ilvl: Int) -> String {
    p(text, pPr: "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>")
}
