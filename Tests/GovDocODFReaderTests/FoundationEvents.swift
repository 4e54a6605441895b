import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GovDocODFReader

/// Events from Foundation's XML parser, for testing the reader's logic on XML text without the
/// package layer.
final class FoundationEventSource: NSObject, ODFEventSource, XMLParserDelegate {
    private var events: [ODFEvent] = []
    private var position = 0
    private var prefixes: [String: String] = ["xml": "http://www.w3.org/XML/1998/namespace"]

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? NSError(domain: "xml", code: 1) }
    }

    func next() throws -> ODFEvent? {
        guard position < events.count else { return nil }
        defer { position += 1 }
        return events[position]
    }

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        prefixes[prefix] = namespaceURI
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var byName: [String: String] = [:]
        for (key, value) in attributeDict {
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let uri = prefixes[parts[0]] {
                byName[uri + "\u{1F}" + parts[1]] = value
            } else {
                byName["\u{1F}" + key] = value
            }
        }
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        events.append(.start(ODFElement(ns: NS.of(namespaceURI ?? ""), name: local) { uri, name in byName[uri + "\u{1F}" + name] }))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        events.append(.end)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        events.append(.text(string))
    }
}

enum Snippet {
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
