import GovDoc
import GovDocPackaging

/// Serializes the document model as a WordprocessingML package (`.docx`, ECMA-376 Transitional).
///
/// Every part is written by this module, in schema order, with `xmlTextWriter`; looks live in
/// named paragraph styles (one per `Role`) so that a clerk can restyle in Word's gallery.
public struct OOXMLWriter: DocumentSerializer {
    public static let fileExtension = "docx"
    /// The main part's content type of a document (`.docx`) and of a template (`.dotx`).
    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    static let templateType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"

    /// `true` writes a Word template (`.dotx`): the same parts, the main part typed as a template,
    /// so that Word and WPS open a new document from it.
    public var isTemplate: Bool

    public init(template: Bool = false) {
        isTemplate = template
    }

    public func serialize(_ document: Document) throws -> [UInt8] {
        let flow = Flow(document)
        let part = DocumentPart(document, flow: flow)
        let firstPage = flow.firstPage != nil
        let zip = try ZipArchiveWriter()
        let images = flow.distinctImages   // each distinct image once, however often it is shown
        try zip.add("[Content_Types].xml", try contentTypes(firstPage: firstPage, images: images), reusable: true)
        try zip.add("_rels/.rels", try packageRelationships(), reusable: true)
        // parts that are the same for every document of a style sheet are `reusable`: their
        // deflated bytes are kept and taken again when the same bytes come (not core, app, document)
        try zip.add("docProps/core.xml", try coreProperties(document))
        try zip.add("docProps/app.xml", try appProperties(document))
        try zip.add("word/_rels/document.xml.rels", try documentRelationships(firstPage: firstPage, images: images), reusable: true)
        for image in images {
            try zip.add("word/media/" + image.mediaName, image.image.bytes, compressed: false)
        }
        try zip.add("word/document.xml", try part.write())
        try zip.add("word/styles.xml", try StylesPart(document).bytes(), reusable: true)
        try zip.add("word/settings.xml", try settings(document), reusable: true)
        try zip.add("word/fontTable.xml", try fontTable(document.styles), reusable: true)
        try zip.add("word/footer1.xml", try footer(document, part: part, side: .odd), reusable: true)
        try zip.add("word/footer2.xml", try footer(document, part: part, side: .even), reusable: true)
        if let frame = flow.firstPage {
            try zip.add("word/header1.xml", try headerOrFooter("w:hdr", frame.header, part: part), reusable: true)
            try zip.add("word/footer3.xml", try headerOrFooter("w:ftr", frame.footer, part: part), reusable: true)
        }
        return try zip.finish()
    }

    // MARK: package parts

    private func contentTypes(firstPage: Bool, images: [FlowImage] = []) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
            try x.emptyElement("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            try x.emptyElement("Default", ["Extension": "xml", "ContentType": "application/xml"])
            for format in [ImageFile.Format.png, .jpeg] where images.contains(where: { $0.image.format == format }) {
                try x.emptyElement("Default", ["Extension": format.fileExtension, "ContentType": format.mediaType])
            }
            let overrides: [(String, String)] = [
                ("/word/document.xml", isTemplate ? Self.templateType : Self.documentType),
                ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
                ("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"),
                ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
                ("/word/footer2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ] + (firstPage ? [
                ("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
                ("/word/footer3.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
            ] : [])
            for (part, type) in overrides {
                try x.emptyElement("Override", ["PartName": part, "ContentType": type])
            }
        }
        return try x.finish()
    }

    private func relationships(_ entries: [(id: String, type: String, target: String)]) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"]) {
            for entry in entries {
                try x.emptyElement("Relationship", ["Id": entry.id, "Type": entry.type, "Target": entry.target])
            }
        }
        return try x.finish()
    }

    private func packageRelationships() throws -> [UInt8] {
        try relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ])
    }

    private func documentRelationships(firstPage: Bool, images: [FlowImage] = []) throws -> [UInt8] {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        return try relationships([
            ("rId1", base + "styles", "styles.xml"),
            ("rId2", base + "settings", "settings.xml"),
            ("rId3", base + "fontTable", "fontTable.xml"),
            (FooterSide.odd.relationshipID, base + "footer", "footer1.xml"),
            (FooterSide.even.relationshipID, base + "footer", "footer2.xml"),
        ] + (firstPage ? [
            (FooterSide.firstPageHeaderID, base + "header", "header1.xml"),
            (FooterSide.first.relationshipID, base + "footer", "footer3.xml"),
        ] : []) + images.map { (DrawingML.relationshipID($0), base + "image", "media/" + $0.mediaName) })
    }

    private func coreProperties(_ document: Document) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:dcmitype": "http://purl.org/dc/dcmitype/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ]) {
            try x.element("dc:title") { try x.text(document.title) }
            if let issuer = document.metadata.issuer {
                try x.element("dc:creator") { try x.text(issuer) }
                try x.element("cp:lastModifiedBy") { try x.text(issuer) }
            }
            if let number = document.metadata.number {
                try x.element("dc:identifier") { try x.text(number) }
            }
            try x.element("dc:language") { try x.text("zh-CN") }
            let stamp = document.metadata.creationTimestamp
            try x.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"]) { try x.text(stamp) }
            try x.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"]) { try x.text(stamp) }
        }
        return try x.finish()
    }

    private func appProperties(_ document: Document) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("Properties", [
            "xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        ]) {
            try x.element("Template") { try x.text(document.styles.name) }
            try x.element("Application") { try x.text("govdoc") }
            if let issuer = document.metadata.issuer {
                try x.element("Company") { try x.text(issuer) }
            }
        }
        return try x.finish()
    }

    private func settings(_ document: Document) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("w:settings", ["xmlns:w": WordML.namespace]) {
            try x.emptyElement("w:zoom", ["w:percent": "100"])
            try x.emptyElement("w:defaultTabStop", ["w:val": "\(twips(document.styles.style(.body).size * 2))"])
            if document.footer.alternateSides {
                try x.emptyElement("w:evenAndOddHeaders")
            }
            try x.emptyElement("w:characterSpacingControl", ["w:val": "doNotCompress"])
            try x.element("w:compat") {
                try x.emptyElement("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": "15"])
            }
            try x.emptyElement("w:themeFontLang", ["w:val": "en-US", "w:eastAsia": "zh-CN"])
        }
        return try x.finish()
    }

    private func fontTable(_ styles: StyleSheet) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("w:fonts", ["xmlns:w": WordML.namespace]) {
            for face in styles.usedFonts {
                try x.element("w:font", ["w:name": face.name]) {
                    // Word takes altName as one name (no list) of at most 31 characters
                    // ([MS-OI29500] 2.1.262); a missing face is then matched by PANOSE and signature
                    if let alternate = WordML.alternateName(face) {
                        try x.emptyElement("w:altName", ["w:val": alternate])
                    }
                    if let panose = face.panose, WordML.isHex(panose, digits: 20) {
                        try x.emptyElement("w:panose1", ["w:val": panose.uppercased()])
                    }
                    try x.emptyElement("w:charset", ["w:val": face.name.unicodeScalars.allSatisfy(\.isASCII) ? "00" : "86"])
                    try x.emptyElement("w:family", ["w:val": ["roman", "swiss", "modern", "script", "decorative"].contains(face.family) ? face.family : "auto"])
                    try x.emptyElement("w:pitch", ["w:val": face.pitch == "fixed" ? "fixed" : "variable"])
                    if let sig = face.signature, sig.count == 6, sig.allSatisfy({ WordML.isHex($0, digits: 8) }) {
                        let names = ["w:usb0", "w:usb1", "w:usb2", "w:usb3", "w:csb0", "w:csb1"]
                        try x.startElement("w:sig")
                        for (name, value) in zip(names, sig) { try x.attribute(name, value.uppercased()) }
                        try x.endElement()
                    }
                }
            }
        }
        return try x.finish()
    }

    enum FooterSide {
        case odd, even, first
        var relationshipID: String {
            switch self {
            case .odd: return "rIdFooterOdd"
            case .even: return "rIdFooterEven"
            case .first: return "rIdFooterFirst"
            }
        }
        static let firstPageHeaderID = "rIdHeaderFirst"
    }

    /// `— PAGE —` at the outer side of the text block, one 字 in.
    private func footer(_ document: Document, part: DocumentPart, side: FooterSide) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        let footer = document.footer
        let right = side == .odd || !footer.alternateSides
        try x.element("w:ftr", ["xmlns:w": WordML.namespace]) {
            try x.element("w:p") {
                try x.element("w:pPr") {
                    try x.emptyElement("w:pStyle", ["w:val": WordML.styleID(.pageNumber)])
                    let lift = part.footerLift
                    if lift > 0 { try x.emptyElement("w:spacing", ["w:after": "\(twips(lift))"]) }
                    try x.emptyElement("w:ind", right
                        ? ["w:left": "0", "w:right": "\(twips(footer.sideIndent))"]
                        : ["w:left": "\(twips(footer.sideIndent))", "w:right": "0"])
                    try x.emptyElement("w:jc", ["w:val": right ? "right" : "left"])
                }
                try x.element("w:r") {
                    if WordML.needsEastAsiaHint(footer.prefix) { try x.element("w:rPr") { try WordML.eastAsiaHint(x) } }
                    try WordML.text(x, footer.prefix)
                }
                try x.element("w:r") { try x.emptyElement("w:fldChar", ["w:fldCharType": "begin"]) }
                try x.element("w:r") {
                    try x.element("w:instrText", ["xml:space": "preserve"]) { try x.text(" PAGE ") }
                }
                try x.element("w:r") { try x.emptyElement("w:fldChar", ["w:fldCharType": "separate"]) }
                try x.element("w:r") { try WordML.text(x, "\(footer.firstPageNumber)") }
                try x.element("w:r") { try x.emptyElement("w:fldChar", ["w:fldCharType": "end"]) }
                try x.element("w:r") {
                    if WordML.needsEastAsiaHint(footer.suffix) { try x.element("w:rPr") { try WordML.eastAsiaHint(x) } }
                    try WordML.text(x, footer.suffix)
                }
            }
        }
        return try x.finish()
    }

    /// The first page's own header or footer (信函格式's letterhead), without a page number.
    private func headerOrFooter(_ root: String, _ paragraphs: [FlowParagraph], part: DocumentPart) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element(root, ["xmlns:w": WordML.namespace]) {
            for p in paragraphs { try part.paragraph(x, p) }
            if paragraphs.isEmpty { try x.emptyElement("w:p") }
        }
        return try x.finish()
    }
}

/// WordprocessingML names and small writing helpers.
enum WordML {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let wordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let wordprocessingShape = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

    /// The style id of a role; the display name comes from the style sheet.
    static func styleID(_ role: Role) -> String { role.styleName }

    /// The character style giving a run the look of a role (run-in body text, 签发人's name).
    static func characterStyleID(_ role: Role) -> String { styleID(role) + "Char" }

    /// Text with tabs as `w:tab` and line breaks as `w:br`.
    static func runText(_ x: XMLStreamWriter, _ text: String) throws {
        if !text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) { return try self.text(x, text) }
        var buffer = ""
        for ch in text {
            if ch == "\t" || ch == "\n" {
                if !buffer.isEmpty { try self.text(x, buffer); buffer = "" }
                try x.emptyElement(ch == "\t" ? "w:tab" : "w:br")
            } else {
                buffer.append(ch)
            }
        }
        if !buffer.isEmpty { try self.text(x, buffer) }
    }

    /// Characters Word sets in the `w:hAnsi` (Latin) font unless the run says `w:hint="eastAsia"`
    /// ([MS-OI29500] 2.1.88): quotes, dashes, ellipsis, middle dot and the other punctuation
    /// and symbols Chinese text shares with Latin text. LibreOffice sets them in the Asian font
    /// of Chinese text; with the hint Word does too (full width, as GB/T 9704 prints them).
    static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA1, 0xA4, 0xA7...0xA8, 0xAA, 0xAD, 0xAF, 0xB0...0xB4, 0xB6...0xBA, 0xBC...0xBF, 0xD7, 0xF7:
            return true   // Latin-1: the exceptions of the table in [MS-OI29500] 2.1.88
        case 0x02C7, 0x02C9...0x02CB, 0x02D9:
            return true   // ˇ ˉ ˊ ˋ ˙ (pinyin tone marks of GB 2312)
        case 0x0391...0x03C9, 0x0401...0x0451:
            return true   // Greek and Cyrillic letters of GB 2312
        case 0x2010...0x206F:
            return true   // General Punctuation: ‐ – — ― ‘ ’ “ ” … · ‰ ′ ″ ※ …
        case 0x2100...0x27BF:
            return true   // letterlike symbols, number forms, arrows, operators, ①, box drawing, ■ ○ ★ …
        default:
            return false
        }
    }

    /// Whether a run needs `w:hint="eastAsia"`: it holds an ambiguous character. Every govdoc
    /// document is Chinese (`w:lang w:eastAsia="zh-CN"`), so every run is in a Chinese context.
    static func needsEastAsiaHint(_ text: String) -> Bool {
        // most text is pure Han and ASCII: no scalar of the ranges above
        text.unicodeScalars.contains { $0.value >= 0xA1 && $0.value < 0x2800 && isAmbiguous($0) }
    }

    /// `<w:rFonts w:hint="eastAsia"/>`
    static func eastAsiaHint(_ x: XMLStreamWriter) throws {
        try x.emptyElement("w:rFonts", ["w:hint": "eastAsia"])
    }

    /// The one alternate name Word reads: the first fallback of at most 31 characters without a comma.
    static func alternateName(_ face: FontFace) -> String? {
        face.fallbacks.first { $0.count <= 31 && !$0.contains(",") && !$0.isEmpty && $0 != face.name }
    }

    static func isHex(_ text: String, digits: Int) -> Bool {
        text.count == digits && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
    }

    /// The exact line of the page number (off the grid, so that Word and LibreOffice give the
    /// footer the same height): the sheet's, or 18 pt.
    static func pageNumberLineHeight(_ styles: StyleSheet) -> Double {
        styles.style(.pageNumber).lineHeight ?? 18
    }

    /// `<w:t xml:space="preserve">text</w:t>`
    static func text(_ x: XMLStreamWriter, _ text: String) throws {
        try x.element("w:t", ["xml:space": "preserve"]) { try x.text(text) }
    }

    /// `<w:rFonts …/>` for a face: East Asian and Latin slots.
    static func fonts(_ x: XMLStreamWriter, _ face: FontFace, latin: String?) throws {
        let latinName = latin ?? face.name
        try x.emptyElement("w:rFonts", ["w:ascii": latinName, "w:hAnsi": latinName, "w:eastAsia": face.name, "w:cs": latinName])
    }
}

/// Points with at most two decimals, for VML styles.
func vmlPoints(_ points: Double) -> String {
    let bound = DocumentLimits.maximumLength
    let rounded = ((points.isNaN ? 0 : min(max(points, -bound), bound)) * 100).rounded() / 100
    return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
}

/// English Metric Units (DrawingML lengths): 12,700 a point.
func emu(_ points: Double) -> Int { DrawingML.emu(points) }
/// Twentieths of a point.
func twips(_ points: Double) -> Int { DocumentLimits.clampedInteger(points * 20, in: Int(Int32.min)...Int(Int32.max)) }
/// Half-points (`w:sz`).
func halfPoints(_ points: Double) -> Int { DocumentLimits.clampedInteger(points * 2, in: Int(Int32.min)...Int(Int32.max)) }
/// Eighths of a point (border widths).
func eighthPoints(_ points: Double) -> Int { DocumentLimits.clampedInteger(points * 8, in: Int(Int32.min)...Int(Int32.max)) }
