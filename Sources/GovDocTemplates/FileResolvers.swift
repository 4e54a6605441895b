import GovDoc
import GovDocMessages
import GovDocPackaging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CLI's and the library's resolver: files on disk, a relative name relative to the source
/// file's directory (a style sheet's `extends:` relative to that sheet's), an absolute path as
/// written; a style sheet name (`gbt9704`) in the Templates/ directories, else the sheet built in.
public struct DiskFiles: FileResolver {
    /// The directory relative names in the source resolve against (the source file's); `nil`
    /// or `.`: the working directory.
    public var baseDirectory: String?

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    public func file(_ name: String, kind: FileKind, from referrer: String?) throws(FileResolverError) -> ResolvedFile {
        if kind == .styleSheet && StyleSheetName.isName(name) { return try Self.styleSheet(named: name) }
        let base = referrer.map(Self.directory(of:)) ?? baseDirectory
        var candidates = [Self.join(name, base)]
        // a style sheet path not found beside its referrer is tried as written (the working directory)
        if kind == .styleSheet, !name.hasPrefix("/"), candidates[0] != name { candidates.append(name) }
        let path = candidates.first(where: Self.exists) ?? candidates[0]
        do {
            return ResolvedFile(reference: path, bytes: try FileBytes.read(path, as: kind))
        } catch {
            let reason = error.message.map { $0.parts["reason"] ?? $0 } ?? Message(.systemOther, ["detail": error.detail])
            throw FileResolverError(name: name, message: reason)
        }
    }

    /// `Templates/NAME.yaml` of the first search path that has it, else the text built in.
    static func styleSheet(named name: String) throws(FileResolverError) -> ResolvedFile {
        if let path = Templates.searchPaths.map({ $0 + "/" + name + ".yaml" }).first(where: exists) {
            do { return ResolvedFile(reference: path, bytes: try FileBytes.read(path, as: .styleSheet)) } catch {
                throw FileResolverError(name: name, message: error.message.map { $0.parts["reason"] ?? $0 } ?? Message(.styleUnreadable))
            }
        }
        if let shipped = BuiltInStyleSheets.sheets[name]?.files.first {
            return ResolvedFile(reference: name, bytes: Array(shipped.text.utf8))
        }
        throw FileResolverError(name: name, message: Message(.styleNotFound, ["name": name, "paths": Templates.searchPaths.joined(separator: ", ")]))
    }

    /// The file's path as opened: absolute as written, else relative to `base`.
    public static func join(_ path: String, _ base: String?) -> String {
        if path.hasPrefix("/") { return path }
        guard let base, !base.isEmpty, base != "." else { return path }
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    static func directory(of path: String) -> String {
        path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFDIR
    }
}

/// The server's resolver: the files a request uploaded (name → bytes) and the style sheets the
/// server was started with, by name. It reads no disk at all, so no name a request writes — an
/// absolute path, `..`, a name smuggled through a YAML alias or tag — can reach `open()`: a name
/// that is not an uploaded part is "not uploaded", whatever exists on the server.
public struct UploadedFiles: FileResolver {
    /// The uploaded files by their names exactly as uploaded (`seal/county.png`).
    public var parts: [String: [UInt8]]
    /// The style sheets by name (`gbt9704`): ``StyleSheetCatalog/shipped``.
    public var styleSheets: StyleSheetCatalog

    public init(parts: [String: [UInt8]] = [:], styleSheets: StyleSheetCatalog = .shipped) {
        self.parts = parts
        self.styleSheets = styleSheets
    }

    public func file(_ name: String, kind: FileKind, from referrer: String?) throws(FileResolverError) -> ResolvedFile {
        if kind == .styleSheet && StyleSheetName.isName(name) {
            guard let text = styleSheets.sheets[name] else {
                throw FileResolverError(name: name, message: Message(.filesNoStyleSheet, ["name": name, "names": styleSheets.sheets.keys.sorted().joined(separator: ", ")]))
            }
            return ResolvedFile(reference: name, bytes: text)
        }
        guard let bytes = parts[name] else {
            throw FileResolverError(name: name, message: Message(.filesNoSuchPart, ["name": name]))
        }
        guard bytes.count <= kind.limit else {
            throw FileResolverError(name: name, message: Message(.filesTooLarge, ["size": ByteCount.text(bytes.count), "limit": ByteCount.text(kind.limit)], parts: ["kind": kind.message]))
        }
        return ResolvedFile(reference: name, bytes: bytes)
    }
}

/// Style sheets by name, held in memory: what a server offers a request.
public struct StyleSheetCatalog: Sendable {
    /// The YAML text of each sheet by name.
    public var sheets: [String: [UInt8]]

    public init(sheets: [String: [UInt8]]) {
        self.sheets = sheets
    }

    /// The sheets govdoc ships, as built in.
    public static let builtIn = StyleSheetCatalog(sheets: BuiltInStyleSheets.sheets.mapValues { Array(($0.files.first?.text ?? "").utf8) })

    /// The shipped sheets as the server finds them at start-up: every `NAME.yaml` of the
    /// Templates/ directories (the first directory that has a name wins; read once, here, from
    /// paths the server makes itself), and the built-in ones the directories do not have.
    public static let shipped: StyleSheetCatalog = {
        var sheets = builtIn.sheets
        var seen = Set<String>()
        for directory in Templates.searchPaths {
            for name in Templates.yamlNames(in: directory) where !seen.contains(name) && StyleSheetName.isName(name) {
                seen.insert(name)
                if let bytes = try? FileBytes.read(directory + "/" + name + ".yaml", as: .styleSheet) { sheets[name] = bytes }
            }
        }
        return StyleSheetCatalog(sheets: sheets)
    }()
}
