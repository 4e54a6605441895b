import GovDocMessages

/// What a file is read as. Each kind has its own size limit, refused before a byte is read
/// (docs/limits.md, "Files a document names").
public enum FileKind: Sendable, Hashable, CaseIterable {
    /// A source text (`.md`), a `--meta` file.
    case source
    /// A seal, signature image or figure (`seal:`, `signature-image:`, `<img src>`).
    case image
    /// A style sheet (`style:`, `extends:`) or a table layout of Templates/.
    case styleSheet
    /// A .docx/.odt draft.
    case draft

    /// The largest file of this kind read, in bytes.
    public var limit: Int {
        switch self {
        // the same number as DocumentLimits.maximumSourceBytes (the model states it for the text)
        case .source: return 32 << 20
        // the image reader refuses over 20 MB with the image's own size; this bounds the read
        case .image: return 32 << 20
        case .styleSheet: return 1 << 20
        case .draft: return 100 << 20
        }
    }

    /// The kind as a clerk reads it in a message ("an image").
    public var message: Message {
        switch self {
        case .source: return Message(.fileKindSource)
        case .image: return Message(.fileKindImage)
        case .styleSheet: return Message(.fileKindStyleSheet)
        case .draft: return Message(.fileKindDraft)
        }
    }
}

/// A file a document named, as its resolver found it.
public struct ResolvedFile: Sendable, Equatable {
    /// Where it came from: the path that was opened (the CLI) or the uploaded part's name (the
    /// server). Names written inside the file (`extends:`) are resolved from it; messages name it.
    public var reference: String
    public var bytes: [UInt8]

    public init(reference: String, bytes: [UInt8]) {
        self.reference = reference
        self.bytes = bytes
    }
}

/// Why a named file could not be had: the message says what the clerk can do, and, from the
/// server's resolver, nothing about the server's disk.
public struct FileResolverError: Error, Sendable, Equatable {
    /// The name as the document wrote it.
    public var name: String
    public var message: Message

    public init(name: String, message: Message) {
        self.name = name
        self.message = message
    }
}

/// The one way every file a document names is obtained: the seal and signature images, the
/// `<img src>` figures, the style sheet (`style:`) and the sheets it `extends:`. Nothing a
/// document writes is opened except through a resolver, so what a resolver does not know
/// cannot be read: the CLI's resolver reads the disk relative to the source file, the server's
/// knows only the request's uploaded parts and the shipped style sheets by name.
public protocol FileResolver: Sendable {
    /// The file `name` (as written) names, read as `kind`. `referrer` is the ``ResolvedFile/reference``
    /// of the file it is written in (a style sheet's `extends:`), `nil` for the source itself.
    func file(_ name: String, kind: FileKind, from referrer: String?) throws(FileResolverError) -> ResolvedFile
}

/// Style sheets are named two ways: `gbt9704` (a sheet of Templates/, by name) or a file name
/// (`county.yaml`, `styles/county.yaml`).
public enum StyleSheetName {
    /// A name of Templates/, never a path: no `/`, no `.yaml`/`.yml` ending.
    public static func isName(_ value: String) -> Bool {
        !value.contains("/") && !value.hasSuffix(".yaml") && !value.hasSuffix(".yml")
    }
}
