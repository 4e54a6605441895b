// CONTRACT (to be implemented by the reader work): a pull reader over libxml2's xmlTextReader,
// hardened for hostile input. Declared here so the OOXML and ODF readers can be written against it.
//
// public struct XMLReadLimits: Sendable {
//     public var maxDepth: Int            // default 256
//     public var maxTextLength: Int       // one text node, default 16 MiB
//     public var maxNodes: Int            // default 20_000_000
//     public static let `default`: XMLReadLimits
// }
//
// public enum XMLEvent {
//     /// Element start: `localName`, `namespaceURI` (empty when none), attributes by
//     /// (namespaceURI, localName) → value, `isEmpty` for `<a/>` (no matching .end follows).
//     case start(XMLElementName, XMLAttributes, isEmpty: Bool)
//     case end(XMLElementName)
//     /// Character data and significant whitespace (entities already resolved by XML rules only).
//     case text(String)
// }
// public struct XMLElementName: Hashable, Sendable { public var namespaceURI: String; public var localName: String }
// public struct XMLAttributes: Sendable { public subscript(namespaceURI: String, localName: String) -> String? }
//
// public final class XMLStreamReader {
//     /// Throws PackagingError for a DTD (any <!DOCTYPE>), an entity reference other than the
//     /// five predefined ones, depth over maxDepth, malformed XML. Never loads anything from the
//     /// network or the file system (XML_PARSE_NONET, no DTDLOAD, no NOENT).
//     public init(bytes: [UInt8], name: String, limits: XMLReadLimits = .default) throws
//     public func next() throws -> XMLEvent?    // nil at the end of the document
// }
//
// public struct ZipReadLimits: Sendable {
//     public var maxEntries: Int               // default 10_000
//     public var maxEntrySize: Int             // uncompressed, default 64 MiB
//     public var maxTotalSize: Int             // uncompressed, default 256 MiB
//     public var maxRatio: Int                 // uncompressed / compressed for entries over 1 MiB, default 100
//     public static let `default`: ZipReadLimits
// }
// public final class ZipArchiveReader {
//     /// Opens a zip held in memory (libzip zip_source_buffer). Throws PackagingError for a
//     /// file that is not a zip, a truncated zip, `..`/absolute entry names, encrypted entries.
//     public init(bytes: [UInt8], limits: ZipReadLimits = .default) throws
//     public var entryNames: [String] { get }
//     public func contains(_ name: String) -> Bool
//     /// The entry's uncompressed bytes, checked against the limits while inflating
//     /// (the declared size is not trusted).
//     public func read(_ name: String) throws -> [UInt8]
// }
