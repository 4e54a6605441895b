import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the parts of a zip package (through `unzip`, independent of govdoc's own libzip code).
struct ZipPackage {
    let path: String

    func entries() throws -> [String] {
        let result = try run(unzipPath, ["-Z1", path])
        guard result.status == 0 else { throw TestFailure("unzip -Z1 \(path): \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func data(_ part: String) throws -> Data {
        let result = try run(unzipPath, ["-p", path, part])
        guard result.status == 0 else { throw TestFailure("unzip -p \(path) \(part): status \(result.status)") }
        return Data(result.stdout.utf8)
    }

    func xml(_ part: String) throws -> XMLDocument {
        try XMLDocument(data: try data(part), options: [])
    }

    private var unzipPath: String {
        which("unzip") ?? "/usr/bin/unzip"
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension XMLNode {
    /// Nodes matching an XPath, with the `w:`/`r:`/ODF prefixes bound.
    func all(_ xpath: String) throws -> [XMLNode] {
        try nodes(forXPath: xpath)
    }

    func first(_ xpath: String) throws -> XMLNode? { try nodes(forXPath: xpath).first }

    /// The attribute with a qualified name (e.g. `w:val`).
    func attr(_ name: String) -> String? {
        (self as? XMLElement)?.attribute(forName: name)?.stringValue
    }
}

/// A table cell as extracted from a package: position in the grid, spans, text.
struct GridCell: Equatable, CustomStringConvertible {
    var row: Int
    var column: Int
    var rowSpan: Int
    var colSpan: Int
    var text: String
    var description: String { "(\(row),\(column)) \(rowSpan)x\(colSpan) \"\(text)\"" }
}

/// What a test compares across formats: reading-order text, table grids, page setup.
struct ExtractedDocument: Equatable {
    /// Paragraph texts outside tables, in order, empty paragraphs dropped.
    var paragraphs: [String]
    var tables: [[GridCell]]
    /// Page width/height and margins in millimetres, rounded to 0.1 mm.
    var page: [String: Double]
}
