import GovDocPackaging

/// Hand-written parts and the packages made of them.
enum Snippet {
    /// A package: `mimetype` first and stored, then the parts given.
    static func package(mimetype: String? = "application/vnd.oasis.opendocument.text", content: String?, styles: String? = nil,
                        meta: String? = nil, manifest: String? = nil, extra: [(String, [UInt8])] = []) throws -> [UInt8] {
        let zip = try ZipArchiveWriter()
        if let mimetype { try zip.add("mimetype", Array(mimetype.utf8), compressed: false) }
        if let content { try zip.add("content.xml", Array(content.utf8)) }
        if let styles { try zip.add("styles.xml", Array(styles.utf8)) }
        if let meta { try zip.add("meta.xml", Array(meta.utf8)) }
        if let manifest { try zip.add("META-INF/manifest.xml", Array(manifest.utf8)) }
        for (name, bytes) in extra { try zip.add(name, bytes) }
        return try zip.finish()
    }

    static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:xlink="http://www.w3.org/1999/xlink" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" \
    office:version="1.3"
    """

    /// A content.xml with these automatic styles and this body.
    static func content(styles: String = "", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(namespaces)><office:automatic-styles>\(styles)</office:automatic-styles>\
        <office:body><office:text>\(body)</office:text></office:body></office:document-content>
        """
    }

    /// A styles.xml with these named styles, automatic styles and master pages.
    static func styles(named: String = "", automatic: String = "", master: String = "", fonts: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces)><office:font-face-decls>\(fonts)</office:font-face-decls>\
        <office:styles>\(named)</office:styles><office:automatic-styles>\(automatic)</office:automatic-styles>\
        <office:master-styles>\(master)</office:master-styles></office:document-styles>
        """
    }
}
