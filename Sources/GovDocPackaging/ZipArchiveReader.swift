internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovDocMessages

/// Limits for reading a zip that may be hostile. Sizes are the real inflated bytes, counted while
/// inflating: the sizes an archive declares are never trusted.
public struct ZipReadLimits: Sendable {
    public var maxEntries: Int
    /// Uncompressed bytes of one entry.
    public var maxEntrySize: Int
    /// Uncompressed bytes of all the entries read from one archive.
    public var maxTotalSize: Int
    /// Uncompressed / compressed, checked for entries once they pass 1 MiB.
    public var maxRatio: Int

    public init(maxEntries: Int = 10_000, maxEntrySize: Int = 64 << 20, maxTotalSize: Int = 256 << 20, maxRatio: Int = 100) {
        self.maxEntries = maxEntries
        self.maxEntrySize = maxEntrySize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
    }

    public static let `default` = ZipReadLimits()
}

/// What went wrong reading a zip, for a reader to choose its message: the `operation` of the
/// `PackagingError` that ``ZipArchiveReader`` throws is `zip.<rawValue>` (see
/// ``PackagingError/zipFailure``), its `detail` says what libzip or the limits found.
public enum ZipReadFailure: String, Sendable, Equatable {
    /// Not a zip at all, or its directory cannot be found (a truncated file).
    case notAZip = "not-a-zip"
    /// A zip whose directory and entries disagree, or whose data is damaged (CRC, inflate).
    case damaged
    /// An entry name with `..`, an absolute path, a backslash or a drive letter.
    case unsafeName = "unsafe-name"
    /// An encrypted entry.
    case encrypted
    /// More entries, or more inflated bytes, than the limits allow (a zip bomb).
    case tooLarge = "too-large"
    /// The entry asked for is not in the archive.
    case missingEntry = "missing-entry"
    /// Any other failure of libzip.
    case other
}

extension PackagingError {
    init(_ failure: ZipReadFailure, _ detail: String) {
        self.init("zip.\(failure.rawValue)", detail)
    }

    /// The kind of zip failure when ``ZipArchiveReader`` threw this error; nil otherwise.
    public var zipFailure: ZipReadFailure? {
        guard operation.hasPrefix("zip.") else { return nil }
        return ZipReadFailure(rawValue: String(operation.dropFirst(4)))
    }
}

/// A zip archive read from memory with libzip (`zip_source_buffer_create` +
/// `zip_open_from_source`, read-only, consistency checked). Entry names are checked when the
/// archive is opened; entries are inflated in chunks and their real bytes counted against the
/// limits, so a zip bomb fails after at most `maxEntrySize` bytes.
public final class ZipArchiveReader {
    private var archive: OpaquePointer?     // zip_t*
    private let data: UnsafeMutableRawPointer
    private let limits: ZipReadLimits
    private var indexByName: [String: UInt64] = [:]
    private var compressedSizes: [UInt64: UInt64] = [:]
    private var declaredSizes: [UInt64: UInt64] = [:]
    private var methods: [UInt64: Int32] = [:]
    private var crcs: [UInt64: UInt32] = [:]
    private var totalRead = 0
    /// The entries' names in the archive's order.
    public private(set) var entryNames: [String] = []

    /// Opens a zip held in memory. Throws `PackagingError` (see `zipFailure`) (`.notAZip`, `.damaged`, `.unsafeName`,
    /// `.encrypted`, `.tooLarge`) for a file that is not a zip, a truncated zip, `..`/absolute entry
    /// names, encrypted entries, too many entries.
    public init(bytes: [UInt8], limits: ZipReadLimits = .default) throws {
        self.limits = limits
        guard !bytes.isEmpty else {
            data = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 16)
            throw PackagingError(.notAZip, "the file is empty")
        }
        data = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { data.copyMemory(from: base, byteCount: raw.count) }
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(data, zip_uint64_t(bytes.count), 0, &error) else {
            throw PackagingError(.other, String(cString: zip_error_strerror(&error)))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            let code = zip_error_code_zip(&error)
            let message = String(cString: zip_error_strerror(&error))
            zip_source_free(source)
            let failure: ZipReadFailure
            switch code {
            case ZIP_ER_NOZIP, ZIP_ER_EOF, ZIP_ER_SEEK, ZIP_ER_READ: failure = .notAZip
            case ZIP_ER_INCONS, ZIP_ER_CRC, ZIP_ER_COMPNOTSUPP: failure = .damaged
            case ZIP_ER_MEMORY: failure = .tooLarge
            default: failure = .other
            }
            // libzip says only "File already exists": name the entry that is there twice
            if code == ZIP_ER_EXISTS, let name = ZipArchiveReader.duplicateEntryName(in: bytes) {
                var duplicate = PackagingError(.damaged, "two entries are named \"\(name)\"")
                duplicate.message = Message(.readerDuplicateEntry, ["name": name])
                throw duplicate
            }
            throw PackagingError(failure, message)
        }
        self.archive = archive
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw PackagingError(.damaged, String(cString: zip_strerror(archive))) }
        guard count <= Int64(limits.maxEntries) else {
            throw PackagingError(.tooLarge, "\(count) entries, more than \(limits.maxEntries)")
        }
        entryNames.reserveCapacity(Int(count))
        for index in 0..<UInt64(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, zip_flags_t(0), &stat) == 0 else {
                throw PackagingError(.damaged, String(cString: zip_strerror(archive)))
            }
            guard stat.valid & zip_uint64_t(ZIP_STAT_NAME) != 0, let cName = stat.name else {
                throw PackagingError(.damaged, "an entry without a name")
            }
            let name = String(cString: cName)
            guard ZipArchiveReader.isSafe(name) else {
                throw PackagingError(.unsafeName, "unsafe entry name \"\(name)\"")
            }
            if stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0, stat.encryption_method != UInt16(ZIP_EM_NONE) {
                throw PackagingError(.encrypted, "the entry \"\(name)\" is encrypted")
            }
            if stat.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0 { compressedSizes[index] = stat.comp_size }
            if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 { declaredSizes[index] = stat.size }
            if stat.valid & zip_uint64_t(ZIP_STAT_COMP_METHOD) != 0 { methods[index] = Int32(stat.comp_method) }
            if stat.valid & zip_uint64_t(ZIP_STAT_CRC) != 0 { crcs[index] = stat.crc }
            entryNames.append(name)
            if indexByName[name] == nil { indexByName[name] = index }
        }
    }

    deinit {
        if let archive { zip_discard(archive) }
        data.deallocate()
    }

    /// The first name the central directory holds twice (read from the end-of-central-directory
    /// record on, bounded by the bytes; nil when the directory cannot be walked).
    static func duplicateEntryName(in bytes: [UInt8]) -> String? {
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard bytes.count >= 22 else { return nil }
        // the end record: its signature in the last 64 KiB + 22 bytes (the comment's maximum)
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while end >= lowest, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) { end -= 1 }
        guard end >= lowest else { return nil }
        let entries = u16(end + 10)
        var at = u32(end + 16)
        var seen: Set<[UInt8]> = []
        for _ in 0..<entries {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { return nil }
            let nameLength = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32)
            guard at + 46 + nameLength <= bytes.count else { return nil }
            let name = Array(bytes[(at + 46)..<(at + 46 + nameLength)])
            if !seen.insert(name).inserted { return String(decoding: name, as: UTF8.self) }
            at += 46 + nameLength + extra + comment
        }
        return nil
    }

    /// A relative path of `/`-separated names, none of them `..`, no backslash, no drive letter,
    /// no NUL or other control character.
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") { return false }
        if name.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) { return false }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0 == ".." }) { return false }
        if let first = parts.first, first.count >= 2, first.dropFirst().first == ":" { return false }
        return true
    }

    public func contains(_ name: String) -> Bool { indexByName[name] != nil }

    /// The entry's uncompressed bytes, inflated in 64 KiB chunks and checked against the limits
    /// as they come (the declared size is not trusted). Throws `PackagingError` (see `zipFailure`).
    ///
    /// A deflated entry is inflated here with zlib from its raw data, so that the ratio is
    /// checked against the compressed bytes consumed so far: a bomb stops a few milliseconds
    /// after its first MiB, not at the size cap.
    public func read(_ name: String) throws -> [UInt8] {
        guard let archive else { throw PackagingError(.other, "archive closed") }
        guard let index = indexByName[name] else {
            throw PackagingError(.missingEntry, "no entry \"\(name)\"")
        }
        let deflated = methods[index] == ZIP_CM_DEFLATE && (compressedSizes[index] ?? 0) > 0
        guard let file = zip_fopen_index(archive, index, zip_flags_t(deflated ? ZIP_FL_COMPRESSED : 0)) else {
            let code = zip_error_code_zip(zip_get_error(archive))
            let failure: ZipReadFailure = (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP) ? .encrypted
                : (code == ZIP_ER_COMPNOTSUPP || code == ZIP_ER_INCONS) ? .damaged : .other
            throw PackagingError(failure, "\(name): " + String(cString: zip_strerror(archive)))
        }
        defer { zip_fclose(file) }
        var sink = try Inflated(name: name, limits: limits, declared: declaredSizes[index], alreadyRead: totalRead)
        defer { totalRead = sink.totalRead }
        if deflated {
            try inflateEntry(file, name: name, into: &sink)
            if let declared = declaredSizes[index], UInt64(sink.count) != declared {
                throw PackagingError(.damaged, "\(name) inflates to \(sink.count) bytes, not the \(declared) its header declares")
            }
            if let expected = crcs[index] {
                let crc = sink.count == 0 ? 0 : UInt32(truncatingIfNeeded: crc32(0, sink.buffer.assumingMemoryBound(to: Bytef.self), uInt(sink.count)))
                if crc != expected { throw PackagingError(.damaged, "\(name): CRC error") }
            }
        } else {
            // stored (or another method libzip decodes): the ratio against the whole entry
            let compressed = max(compressedSizes[index] ?? 1, 1)
            while true {
                let target = try sink.reserve()
                let n = zip_fread(file, target, zip_uint64_t(Inflated.chunkSize))
                if n < 0 {
                    throw PackagingError(.damaged, "\(name): " + String(cString: zip_file_strerror(file)))
                }
                if n == 0 { break }
                try sink.advance(Int(n), compressedSoFar: compressed)
            }
        }
        return sink.bytes()
    }

    /// Raw deflate data of `file` (opened with `ZIP_FL_COMPRESSED`) inflated into `sink`, the
    /// ratio checked against `total_in` after every output chunk.
    private func inflateEntry(_ file: OpaquePointer, name: String, into sink: inout Inflated) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PackagingError(.other, "\(name): zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let inputSize = Inflated.chunkSize
        guard let input = malloc(inputSize) else { throw PackagingError(.tooLarge, "\(name): out of memory") }
        defer { free(input) }
        var inputEnded = false
        while true {
            if stream.avail_in == 0, !inputEnded {
                let n = zip_fread(file, input, zip_uint64_t(inputSize))
                if n < 0 { throw PackagingError(.damaged, "\(name): " + String(cString: zip_file_strerror(file))) }
                if n == 0 { inputEnded = true }
                stream.next_in = input.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(n)
            }
            let target = try sink.reserve()
            stream.next_out = target.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(Inflated.chunkSize)
            let rc = inflate(&stream, Z_NO_FLUSH)
            let produced = Inflated.chunkSize - Int(stream.avail_out)
            try sink.advance(produced, compressedSoFar: max(UInt64(stream.total_in), 1))
            switch rc {
            case Z_STREAM_END: return
            case Z_OK: continue
            case Z_BUF_ERROR where !(inputEnded && stream.avail_in == 0): continue
            case Z_BUF_ERROR: throw PackagingError(.damaged, "\(name): the compressed data ends too early")
            default:
                let detail = stream.msg.map { String(cString: $0) } ?? "inflate error \(rc)"
                throw PackagingError(.damaged, "\(name): \(detail)")
            }
        }
    }
}

/// An entry's inflated bytes in a malloc'd buffer that grows (geometrically, never past the
/// limit), with the size, total and ratio checks made as every chunk arrives; copied once into
/// the result: no per-byte work in Swift.
private struct Inflated: ~Copyable {
    static let chunkSize = 64 * 1024
    let name: String
    let limits: ZipReadLimits
    private(set) var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var count = 0
    private(set) var totalRead: Int

    init(name: String, limits: ZipReadLimits, declared: UInt64?, alreadyRead: Int) throws {
        self.name = name
        self.limits = limits
        self.totalRead = alreadyRead
        var capacity = Inflated.chunkSize
        if let declared {
            // the declared size only sizes the first allocation, never beyond the limit
            capacity = max(Inflated.chunkSize, Int(min(declared, UInt64(limits.maxEntrySize))) + Inflated.chunkSize)
        }
        guard let buffer = malloc(capacity) else { throw PackagingError(.tooLarge, "\(name): out of memory") }
        self.buffer = buffer
        self.capacity = capacity
    }

    deinit { free(buffer) }

    /// Room for one more chunk at the end.
    mutating func reserve() throws -> UnsafeMutableRawPointer {
        if capacity - count < Inflated.chunkSize {
            let grown = min(capacity * 2, limits.maxEntrySize + 2 * Inflated.chunkSize)
            guard grown > capacity, let bigger = realloc(buffer, grown) else {
                throw PackagingError(.tooLarge, "\(name) inflates to more than \(limits.maxEntrySize) bytes")
            }
            buffer = bigger
            capacity = grown
        }
        return buffer + count
    }

    mutating func advance(_ n: Int, compressedSoFar: UInt64) throws {
        count += n
        totalRead += n
        if count > limits.maxEntrySize {
            throw PackagingError(.tooLarge, "\(name) inflates to more than \(limits.maxEntrySize) bytes")
        }
        if totalRead > limits.maxTotalSize {
            throw PackagingError(.tooLarge, "the archive inflates to more than \(limits.maxTotalSize) bytes")
        }
        if count > 1 << 20, UInt64(count) / compressedSoFar > UInt64(limits.maxRatio) {
            throw PackagingError(.tooLarge, "\(name) inflates more than \(limits.maxRatio) times its compressed size")
        }
    }

    /// A copy of the bytes.
    func bytes() -> [UInt8] {
        let count = self.count, source = UnsafeRawPointer(buffer)
        return [UInt8](unsafeUninitializedCapacity: count) { target, initialized in
            if count > 0 { memcpy(target.baseAddress!, source, count) }
            initialized = count
        }
    }
}
