internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An in-memory zip archive. Entries are added in order; `finish()` returns the archive's bytes.
///
/// Each entry is deflated with zlib (raw deflate, level 6, memory level 9: the stream libzip
/// wrote) as it is added, and the archive is framed here. The bytes are the ones libzip 1.7
/// wrote for the same calls (`LibZipArchiveWriter`, the writer govdoc used before, is kept as
/// the reference the tests compare with): local headers without extra fields or data
/// descriptors, version 2.0 (deflated) or 1.0 (stored) needed, made by Unix 6.3, mode 0666,
/// the time fixed at 1980-01-01 00:00 for reproducible output, bit 11 for a non-ASCII
/// (UTF-8) name; a name added again replaces the entry in its place. Zip64 is not written:
/// an entry or archive of 4 GiB or more, or more than 65,535 entries, is an error. Every zlib
/// return code is checked.
public final class ZipArchiveWriter {
    private struct Entry {
        var name: [UInt8]
        var stored: Bool
        var crc: UInt32
        var size: Int
        var data: [UInt8]
    }

    private var entries: [Entry] = []
    private var deflater: Deflater?
    private var finished = false

    public init() throws {}

    deinit {
        if let deflater { Deflater.pool.giveBack(deflater) }
    }

    /// Adds an entry. `compressed: false` stores it (ODF's `mimetype` must be stored).
    /// `reusable`: the part is often the same from one document to the next (a style sheet's
    /// styles, settings, footers): its deflated form is kept (per process, a few per name) and
    /// reused when the very same bytes come again.
    public func add(_ name: String, _ bytes: [UInt8], compressed: Bool = true, reusable: Bool = false) throws {
        try bytes.withUnsafeBufferPointer { try add(name, $0, compressed: compressed, reusable: reusable) }
    }

    /// Adds a part written by an XML writer (which is finished by this).
    public func add(_ name: String, _ xml: XMLStreamWriter, compressed: Bool = true, reusable: Bool = false) throws {
        try xml.finish { try add(name, $0, compressed: compressed, reusable: reusable) }
    }

    private func add(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, compressed: Bool, reusable: Bool) throws {
        guard !finished else { throw PackagingError("ZipArchiveWriter.add(\(name))", "archive already finished") }
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= 0xFFFF else {
            throw PackagingError("ZipArchiveWriter.add", "an entry name of \(nameBytes.count) bytes")
        }
        guard bytes.count < 0xFFFF_FFFF else {
            throw PackagingError("ZipArchiveWriter.add(\(name))", "an entry of 4 GiB or more (zip64 is not written)")
        }
        let entry: Entry
        if !compressed {
            entry = Entry(name: nameBytes, stored: true, crc: Self.crc(bytes), size: bytes.count, data: Array(bytes))
        } else if reusable, let (crc, deflated) = DeflatedParts.shared.lookup(name, bytes) {
            entry = Entry(name: nameBytes, stored: false, crc: crc, size: bytes.count, data: deflated)
        } else {
            if deflater == nil { deflater = try Deflater.pool.take() }
            let deflated = try deflater!.deflate(bytes, name: name)
            let crc = Self.crc(bytes)
            if reusable { DeflatedParts.shared.keep(name, bytes, crc: crc, deflated: deflated) }
            entry = Entry(name: nameBytes, stored: false, crc: crc, size: bytes.count, data: deflated)
        }
        if let index = entries.firstIndex(where: { $0.name == nameBytes }) {
            entries[index] = entry   // as libzip's ZIP_FL_OVERWRITE: the entry keeps its place
        } else {
            entries.append(entry)
        }
    }

    private static func crc(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        return UInt32(truncatingIfNeeded: crc32_z(0, base, bytes.count))
    }

    /// Writes the central directory and returns the archive's bytes. An archive without
    /// entries is an error (libzip refused to read one back).
    @inline(never)   // its own line in Benchmarks/profile.sh
    public func finish() throws -> [UInt8] {
        guard !finished else { throw PackagingError("ZipArchiveWriter.finish", "archive already finished") }
        finished = true
        if let deflater {
            Deflater.pool.giveBack(deflater)
            self.deflater = nil
        }
        guard !entries.isEmpty else { throw PackagingError("ZipArchiveWriter.finish", "no entries") }
        guard entries.count <= 0xFFFF else {
            throw PackagingError("ZipArchiveWriter.finish", "\(entries.count) entries (zip64 is not written)")
        }
        var local = 0, central = 0
        for entry in entries {
            local += 30 + entry.name.count + entry.data.count
            central += 46 + entry.name.count
        }
        let total = local + central + 22
        guard local + central <= 0xFFFF_FFFF else {
            throw PackagingError("ZipArchiveWriter.finish", "an archive of 4 GiB or more (zip64 is not written)")
        }
        return [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            var at = 0
            func u16(_ v: Int) { out[at] = UInt8(v & 0xFF); out[at + 1] = UInt8(v >> 8 & 0xFF); at += 2 }
            func u32(_ v: UInt32) {
                out[at] = UInt8(v & 0xFF); out[at + 1] = UInt8(v >> 8 & 0xFF)
                out[at + 2] = UInt8(v >> 16 & 0xFF); out[at + 3] = UInt8(v >> 24); at += 4
            }
            func bytes(_ b: [UInt8]) {
                b.withUnsafeBufferPointer { src in
                    if let base = src.baseAddress, src.count > 0 { (out.baseAddress! + at).initialize(from: base, count: src.count) }
                }
                at += b.count
            }
            /// version needed, flags, method, time, date, CRC, sizes, name length
            func common(_ e: Entry) {
                u16(e.stored ? 10 : 20)
                u16(e.name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800)
                u16(e.stored ? 0 : 8)
                u16(0)        // 00:00:00
                u16(0x21)     // 1980-01-01
                u32(e.crc)
                u32(UInt32(e.data.count))
                u32(UInt32(e.size))
                u16(e.name.count)
            }
            var offsets: [Int] = []
            offsets.reserveCapacity(entries.count)
            for e in entries {
                offsets.append(at)
                u32(0x0403_4B50)
                common(e)
                u16(0)        // extra field length
                bytes(e.name)
                bytes(e.data)
            }
            let directory = at
            for (e, offset) in zip(entries, offsets) {
                u32(0x0201_4B50)
                u16(0x033F)   // made by: Unix, version 6.3
                common(e)
                u16(0)        // extra field length
                u16(0)        // comment length
                u16(0)        // disk number
                u16(0)        // internal attributes
                u32(0o100666 << 16)   // external attributes: a regular file, rw-rw-rw-
                u32(UInt32(offset))
                bytes(e.name)
            }
            let directorySize = at - directory
            u32(0x0605_4B50)
            u16(0); u16(0)
            u16(entries.count); u16(entries.count)
            u32(UInt32(directorySize))
            u32(UInt32(directory))
            u16(0)            // comment length
            initialized = at
        }
    }
}

/// A zlib deflate stream (raw, level 6, memory level 9), reset for each entry and kept in a
/// pool between archives: setting one up allocates about 400 KB.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>

    init() throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = deflateInit2_(stream, 6, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            stream.deallocate()
            throw PackagingError("deflateInit2", "zlib returned \(rc)")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// `bytes` deflated in one call (the output buffer holds zlib's bound for them).
    func deflate(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> [UInt8] {
        var rc = deflateReset(stream)
        guard rc == Z_OK else { throw PackagingError("deflateReset(\(name))", "zlib returned \(rc)") }
        let bound = Int(deflateBound(stream, uLong(bytes.count)))
        var failure: Int32 = Z_OK
        let result = [UInt8](unsafeUninitializedCapacity: bound) { out, initialized in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
            stream.pointee.avail_in = uInt(bytes.count)
            stream.pointee.next_out = out.baseAddress
            stream.pointee.avail_out = uInt(bound)
            rc = CLibZip.deflate(stream, Z_FINISH)
            if rc != Z_STREAM_END { failure = rc }
            initialized = bound - Int(stream.pointee.avail_out)
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
        }
        guard failure == Z_OK else { throw PackagingError("deflate(\(name))", "zlib returned \(failure)") }
        return result
    }

    /// Streams ready for use, shared by the archives of a process (a server writes many at once).
    static let pool = Pool()

    final class Pool: @unchecked Sendable {
        private let lock = Lock()
        private var idle: [Deflater] = []


        func take() throws -> Deflater {
            lock.lock()
            let deflater = idle.popLast()
            lock.unlock()
            return try deflater ?? Deflater()
        }

        func giveBack(_ deflater: Deflater) {
            lock.lock()
            if idle.count < 8 { idle.append(deflater) }
            lock.unlock()
        }
    }
}

/// Deflated parts kept for reuse (``ZipArchiveWriter/add(_:_:compressed:reusable:)``): for each
/// entry name the last few distinct contents with their CRC and deflated bytes. A part is
/// reused only when its bytes are equal to the kept ones, so the archive is the same as without.
final class DeflatedParts: @unchecked Sendable {
    static let shared = DeflatedParts()

    private struct Kept {
        var bytes: [UInt8]
        var crc: UInt32
        var deflated: [UInt8]
    }

    /// Parts larger than this are not kept; nor more than `perName` contents per name.
    static let largestPart = 256 * 1024
    static let perName = 4
    private let lock = Lock()
    private var kept: [String: [Kept]] = [:]

    private init() {}

    func lookup(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> (crc: UInt32, deflated: [UInt8])? {
        guard bytes.count <= Self.largestPart else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let list = kept[name] else { return nil }
        for k in list where k.bytes.count == bytes.count {
            let same = k.bytes.withUnsafeBufferPointer { a in
                a.count == 0 || memcmp(a.baseAddress!, bytes.baseAddress!, a.count) == 0
            }
            if same { return (k.crc, k.deflated) }
        }
        return nil
    }

    func keep(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, crc: UInt32, deflated: [UInt8]) {
        guard bytes.count <= Self.largestPart else { return }
        let entry = Kept(bytes: Array(bytes), crc: crc, deflated: deflated)
        lock.lock()
        defer { lock.unlock() }
        var list = kept[name] ?? []
        list.insert(entry, at: 0)
        if list.count > Self.perName { list.removeLast() }
        kept[name] = list
    }
}

/// Parts whose bytes depend on a key only (a style sheet's `styles.xml`), kept per process for
/// the last few keys, so that documents of one style sheet write them once. Equal keys must
/// give equal bytes: the caller keys a part by everything it reads.
public final class KeptParts<Key: Equatable>: @unchecked Sendable {
    private let lock = Lock()
    private var kept: [(key: Key, bytes: [UInt8])] = []
    private let capacity: Int

    public init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// The bytes kept for `key`, or those `make` writes (then kept).
    public func bytes(for key: Key, make: () throws -> [UInt8]) rethrows -> [UInt8] {
        lock.lock()
        let found = kept.firstIndex { $0.key == key }.map { kept[$0].bytes }
        lock.unlock()
        if let found { return found }
        let bytes = try make()
        lock.lock()
        if !kept.contains(where: { $0.key == key }) {
            kept.insert((key, bytes), at: 0)
            if kept.count > capacity { kept.removeLast() }
        }
        lock.unlock()
        return bytes
    }
}

/// A mutex at a fixed address (a Swift property's address is not stable enough for pthreads).
final class Lock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
}
