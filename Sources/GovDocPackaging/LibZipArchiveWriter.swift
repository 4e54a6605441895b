internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The zip writer govdoc used before ``ZipArchiveWriter`` (libzip), kept as the reference the
/// tests compare ``ZipArchiveWriter``'s bytes with. Not used for writing documents.
///
/// An in-memory zip archive written with libzip. Entries are added in order; `finish()`
/// returns the bytes of the archive. Every libzip return code is checked.
final class LibZipArchiveWriter {
    private var source: OpaquePointer?   // zip_source_t*, the growing in-memory buffer
    private var archive: OpaquePointer?  // zip_t*
    /// The entries' bytes: libzip reads them at `zip_close`; we free them after it (or after
    /// `zip_discard`), whatever happened, so that no failure path frees them twice.
    private var owned: [UnsafeMutableRawPointer] = []

    init() throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw PackagingError("zip_source_buffer_create", String(cString: zip_error_strerror(&error)))
        }
        // Keep the buffer after zip_close so its bytes can be read back.
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            let message = String(cString: zip_error_strerror(&error))
            zip_source_free(source)
            zip_source_free(source)
            throw PackagingError("zip_open_from_source", message)
        }
        self.source = source
        self.archive = archive
    }

    deinit {
        if let archive { zip_discard(archive) }
        if let source { zip_source_free(source) }
        for buffer in owned { free(buffer) }
    }

    private func archiveError(_ operation: String) -> PackagingError {
        guard let archive else { return PackagingError(operation, "archive closed") }
        return PackagingError(operation, String(cString: zip_strerror(archive)))
    }

    /// Adds an entry. `compressed: false` stores it (ODF's `mimetype` must be stored).
    func add(_ name: String, _ bytes: [UInt8], compressed: Bool = true) throws {
        guard archive != nil else { throw PackagingError("zip_file_add", "archive already finished") }
        // libzip reads the buffer at zip_close, not now: a malloc'd copy that lives until then.
        let count = bytes.count
        let copy = malloc(max(count, 1))
        guard let copy else { throw PackagingError("malloc", "out of memory for \(name)") }
        bytes.withUnsafeBytes { raw in
            if let base = raw.baseAddress { copy.copyMemory(from: base, byteCount: count) }
        }
        try add(name, owned: copy, count: count, compressed: compressed)
    }

    /// Adds `count` malloc'd bytes, which this writer frees once libzip is done with them.
    private func add(_ name: String, owned copy: UnsafeMutableRawPointer, count: Int, compressed: Bool) throws {
        owned.append(copy)
        guard let archive else { throw PackagingError("zip_file_add", "archive already finished") }
        guard let entrySource = zip_source_buffer(archive, copy, zip_uint64_t(count), 0) else {
            throw archiveError("zip_source_buffer(\(name))")
        }
        let index = zip_file_add(archive, name, entrySource, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
        if index < 0 {
            zip_source_free(entrySource)
            throw archiveError("zip_file_add(\(name))")
        }
        let method: Int32 = compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        if zip_set_file_compression(archive, zip_uint64_t(index), method, compressed ? 6 : 0) < 0 {
            throw archiveError("zip_set_file_compression(\(name))")
        }
        // A fixed modification time keeps output reproducible.
        if zip_file_set_dostime(archive, zip_uint64_t(index), 0, 0x21, zip_flags_t(0)) < 0 {
            throw archiveError("zip_file_set_dostime(\(name))")
        }
    }

    /// Writes the central directory and returns the archive's bytes.
    func finish() throws -> [UInt8] {
        guard let archive, let source else { throw PackagingError("zip_close", "archive already finished") }
        if zip_close(archive) < 0 {
            let error = archiveError("zip_close")
            throw error
        }
        self.archive = nil
        // libzip has read every entry: their bytes can go before the archive is read back
        for buffer in owned { free(buffer) }
        owned = []
        guard zip_source_open(source) == 0 else {
            throw PackagingError("zip_source_open", String(cString: zip_error_strerror(zip_source_error(source))))
        }
        defer { zip_source_close(source) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, zip_uint64_t($0.count)) }
            if n < 0 { throw PackagingError("zip_source_read", String(cString: zip_error_strerror(zip_source_error(source)))) }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<Int(n)])
        }
        return result
    }
}
