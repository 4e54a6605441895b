import GovDocDraft
import GovDocMessages
import GovDocPackaging

/// A relationship of a part: id, type (the URI's last segment, `officeDocument`, `footer`…),
/// target part path inside the package (nil for an external target).
struct Relationship {
    var id: String
    var type: String
    var target: String?
}

/// The package: its zip, parts read as trees, relationships, errors as `DraftError`.
final class OOXMLPackage {
    let zip: ZipArchiveReader
    let file: String
    let xmlLimits: XMLReadLimits

    init(zip: ZipArchiveReader, file: String, xmlLimits: XMLReadLimits) {
        self.zip = zip
        self.file = file
        self.xmlLimits = xmlLimits
    }

    func bytes(_ path: String) throws -> [UInt8]? {
        guard zip.contains(path) else { return nil }
        do { return try zip.read(path) } catch let error as PackagingError {
            throw OOXMLReader.draftError(error, file: file)
        }
    }

    /// The part as an element tree; nil when the package has no such part.
    /// `skipping`: `w:` elements left out of the tree (see `XMLStreamReader.subtree`).
    func tree(_ path: String, skipping: Set<String> = []) throws -> XNode? {
        guard let bytes = try bytes(path) else { return nil }
        do {
            let rule = XMLCapture(maxNodes: OOXMLPackage.maxPartNodes, skipping: skipping, skippedNamespace: NS.w)
            let reader = try XMLStreamReader.ooxml(bytes: bytes, name: path, limits: xmlLimits) { open, _ in open.isEmpty ? rule : nil }
            while let item = try reader.nextItem() {
                if case .tree(let root) = item { return root }
            }
            return nil
        } catch let error as PackagingError {
            throw OOXMLReader.xmlError(error, part: path, file: file)
        } catch let error as XMLTreeTooLarge {
            throw DraftError(DraftLocation(file: file), Message(.readerPartTooLarge, ["part": path, "limit": String(error.limit)]))
        }
    }

    /// XML nodes of a part read as one tree (styles, numbering, footers, settings): a bloated
    /// numbering.xml of 2,000 lists has some 200,000; 480,000 styles in one chain have 1.4 million.
    static let maxPartNodes = 500_000

    /// A streaming reader over a body part (document.xml): its blocks come as trees, a table's
    /// rows one by one (see ``BodyReader/read(_:)``).
    func stream(_ path: String) throws -> XMLStreamReader? {
        guard let bytes = try bytes(path) else { return nil }
        do {
            // every child of w:body is built as a tree, but a table: each of its children is
            let block = XMLCapture(maxNodes: BodyReader.maxBlockNodes)
            return try XMLStreamReader.ooxml(bytes: bytes, name: path, limits: xmlLimits) { open, element in
                guard open.count >= 2, open.count <= 3, open[1].localName == "body", open[1].namespaceURI == NS.w else { return nil }
                if open.count == 2 { return element.localName == "tbl" && element.namespaceURI == NS.w ? nil : block }
                return open[2].localName == "tbl" && open[2].namespaceURI == NS.w ? block : nil
            }
        } catch let error as PackagingError {
            throw OOXMLReader.xmlError(error, part: path, file: file)
        }
    }

    /// The relationships of `part` (`word/document.xml` → `word/_rels/document.xml.rels`; the
    /// package's own for "").
    func relationships(of part: String) throws -> [Relationship] {
        let directory = part.split(separator: "/").dropLast().joined(separator: "/")
        let fileName = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/" + fileName + ".rels"
        guard let root = try tree(relsPath) else { return [] }
        var result: [Relationship] = []
        for rel in root.elements where rel.name == "Relationship" {
            guard let id = rel.attributes["", "Id"], let type = rel.attributes["", "Type"],
                  let target = rel.attributes["", "Target"] else { continue }
            let external = rel.attributes["", "TargetMode"] == "External"
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            result.append(Relationship(id: id, type: kind, target: external ? nil : OOXMLPackage.resolve(target, from: directory)))
        }
        return result
    }

    /// A relationship target resolved against the source part's directory; nil when it leaves
    /// the package.
    static func resolve(_ target: String, from directory: String) -> String? {
        var parts: [Substring] = target.hasPrefix("/") ? [] : directory.split(separator: "/")
        for segment in target.split(separator: "/") {
            if segment == "." || segment.isEmpty { continue }
            if segment == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(segment)
            }
        }
        let path = parts.joined(separator: "/")
        return path.removingPercentEncodingSimple
    }
}

extension String {
    /// `%20` and the like decoded (relationship targets are URIs); invalid escapes kept.
    var removingPercentEncodingSimple: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var it = Array(utf8)[...]
        while let b = it.first {
            it = it.dropFirst()
            if b == UInt8(ascii: "%"), it.count >= 2,
               let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
