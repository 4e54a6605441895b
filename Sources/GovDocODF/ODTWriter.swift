import GovDoc
import GovDocPackaging

/// Serializes the document model as an OpenDocument text package (`.odt`, ODF 1.3).
///
/// The same decisions as the OOXML writer (`LayoutPlan`, the style sheet's roles, the table
/// grid), expressed in ODF: named paragraph styles per role, a master page with odd/even
/// footers, a line grid, tables with spans and covered cells.
public struct ODTWriter: DocumentSerializer {
    public static let fileExtension = "odt"
    static let documentType = "application/vnd.oasis.opendocument.text"
    static let templateType = "application/vnd.oasis.opendocument.text-template"
    static let version = "1.3"

    /// `true` writes an OpenDocument text template (`.ott`): LibreOffice opens a new document from it.
    public var isTemplate: Bool
    var mediaType: String { isTemplate ? Self.templateType : Self.documentType }

    public init(template: Bool = false) {
        isTemplate = template
    }

    public func serialize(_ document: Document) throws -> [UInt8] {
        let zip = try ZipArchiveWriter()
        // `mimetype` first and stored, so that the package identifies itself.
        try zip.add("mimetype", Array(mediaType.utf8), compressed: false)
        let flow = Flow(document)
        try zip.add("content.xml", try ContentPart(document, flow: flow).write())
        // styles, settings and manifest are often the same from one document to the next: their
        // deflated bytes are kept and taken again when the same bytes come
        try zip.add("styles.xml", try StylesPart(document, firstPage: flow.firstPage).bytes(), reusable: true)
        try zip.add("meta.xml", try meta(document))
        try zip.add("settings.xml", try settings(), reusable: true)
        let images = flow.distinctImages   // each distinct image once, however often it is shown
        for image in images {
            try zip.add("Pictures/" + image.mediaName, image.image.bytes, compressed: false)
        }
        try zip.add("META-INF/manifest.xml", try manifest(images: images), reusable: true)
        return try zip.finish()
    }

    private func meta(_ document: Document) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument(standalone: false)
        try x.element("office:document-meta", [
            "xmlns:office": ODF.office, "xmlns:meta": ODF.meta, "xmlns:dc": ODF.dc, "office:version": Self.version,
        ]) {
            try x.element("office:meta") {
                try x.element("meta:generator") { try x.text("govdoc") }
                try x.element("dc:title") { try x.text(document.title) }
                if let issuer = document.metadata.issuer {
                    try x.element("meta:initial-creator") { try x.text(issuer) }
                }
                let stamp = document.metadata.creationTimestamp
                try x.element("meta:creation-date") { try x.text(ODF.dateTime(stamp)) }
                try x.element("dc:date") { try x.text(ODF.dateTime(stamp)) }
                if let issuer = document.metadata.issuer {
                    try x.element("dc:creator") { try x.text(issuer) }
                }
                try x.element("dc:language") { try x.text("zh-CN") }
            }
        }
        return try x.finish()
    }

    private func settings() throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument(standalone: false)
        try x.element("office:document-settings", [
            "xmlns:office": ODF.office, "xmlns:config": ODF.config, "office:version": Self.version,
        ]) {
            try x.element("office:settings") {
                try x.element("config:config-item-set", ["config:name": "ooo:view-settings"]) {
                    try x.element("config:config-item", ["config:name": "ViewAreaTop", "config:type": "long"]) { try x.text("0") }
                }
            }
        }
        return try x.finish()
    }

    private func manifest(images: [FlowImage] = []) throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument(standalone: false)
        try x.element("manifest:manifest", ["xmlns:manifest": ODF.manifest, "manifest:version": Self.version]) {
            try x.emptyElement("manifest:file-entry", ["manifest:full-path": "/", "manifest:version": Self.version, "manifest:media-type": mediaType])
            for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
                try x.emptyElement("manifest:file-entry", ["manifest:full-path": part, "manifest:media-type": "text/xml"])
            }
            for image in images {
                try x.emptyElement("manifest:file-entry", ["manifest:full-path": "Pictures/" + image.mediaName,
                                                           "manifest:media-type": image.image.format.mediaType])
            }
        }
        return try x.finish()
    }
}

/// ODF namespaces, names and value formats.
enum ODF {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// The namespaces of content.xml and styles.xml.
    static let documentNamespaces: KeyValuePairs<String, String> = [
        "xmlns:office": office, "xmlns:style": style, "xmlns:text": text, "xmlns:table": table,
        "xmlns:fo": fo, "xmlns:svg": svg, "xmlns:draw": draw, "xmlns:xlink": xlink,
    ]
    static let xlink = "http://www.w3.org/1999/xlink"

    /// A length in points: `12.5pt` (at most three decimals, no exponent).
    static func pt(_ value: Double) -> String { number(value) + "pt" }

    /// A length in millimetres: `37mm`.
    static func mm(_ points: Double) -> String { number(points * 25.4 / 72) + "mm" }

    static func number(_ value: Double) -> String {
        // a derived length never traps: held within ±DocumentLimits.maximumLength
        let bound = DocumentLimits.maximumLength
        let held = value.isNaN ? 0 : min(max(value, -bound), bound)
        let scaled = (held * 1000).rounded() / 1000
        if scaled == scaled.rounded() { return String(Int(scaled)) }
        var s = String(format3: scaled)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// W3C date-time without the zone designator (ODF's `dateTime`).
    static func dateTime(_ stamp: String) -> String {
        stamp.hasSuffix("Z") ? String(stamp.dropLast()) : stamp
    }

    /// The style name of a role; the display name comes from the style sheet.
    static func styleName(_ role: Role) -> String { role.styleName }

    /// The master page of page 1 when it has its own header and footer (信函格式).
    static let firstMasterPage = "GovFirstPage"
    /// The master page of landscape pages (wide tables).
    static let landscapeMasterPage = "GovLandscape"
    /// The paragraph style that returns to portrait pages after a landscape table.
    static let backToPortraitStyle = "GovBackToPortrait"

    /// The text style giving a span the look of a role (run-in body text, 签发人's name).
    static func characterStyleName(_ role: Role) -> String { styleName(role) + "Char" }

    /// The font-face name declared for a face.
    static func faceName(_ face: FontFace) -> String { face.name }

    static func alignment(_ a: Alignment) -> String {
        switch a {
        case .left: return "start"
        case .center: return "center"
        case .right: return "end"
        case .justify: return "justify"
        }
    }
}

extension String {
    /// Fixed-point with three decimals, without Foundation.
    init(format3 value: Double) {
        let negative = value < 0
        let thousandths = Int((abs(value) * 1000).rounded())
        let whole = thousandths / 1000
        let fraction = thousandths % 1000
        let digits = String(fraction)
        self = (negative ? "-" : "") + "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
