#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovDocMessages

/// Writes a file atomically: a temporary file in the target directory, fsync, rename.
/// On any failure the temporary file is removed and an existing target is untouched.
///
/// On Linux the temporary file has no name while it is written (`O_TMPFILE`): a process killed
/// then, even by SIGKILL, leaves nothing behind. Elsewhere (or on a file system without
/// `O_TMPFILE`) it is `.NAME.tmp-PID-XXXXXX`, removed on SIGINT/SIGTERM/SIGHUP, and by the next
/// write to the same target when a SIGKILL left it (see ``TempFiles``).
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(bytes, to: path, using: Glibc_write)
    }

    /// The same, writing through `writeBytes` (a `write(2)` look-alike: bytes written, or -1
    /// with `errno` set) so that tests can make the disk fail part-way. `unnamed: false` takes
    /// the named temporary file even where `O_TMPFILE` works (for the tests of the fallback).
    static func write(_ bytes: [UInt8], to path: String,
                      using writeBytes: (Int32, UnsafeRawPointer, Int) -> Int, unnamed: Bool = true) throws {
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        TempFiles.sweepStale(directory: directory, base: base)
        #if os(Linux)
        if unnamed, try writeUnnamed(bytes, to: path, directory: directory, base: base, using: writeBytes) { return }
        #endif
        var template = Array("\(directory)/\(TempFiles.prefix(for: base))XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw PackagingError.system(errno, "cannot write into \(directory)", .packagingCannotWriteInto, ["directory": directory]) }
        let tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let slot = TempFiles.register(tempPath)
        var ok = false
        defer {
            if !ok { unlink(tempPath) }
            TempFiles.unregister(slot)
        }
        try writeAll(bytes, fd: fd, path: path, using: writeBytes)
        if close(fd) != 0 { throw PackagingError.system(errno, "cannot write \(path)", .packagingCannotWrite, ["path": path]) }
        if rename(tempPath, path) != 0 {
            throw PackagingError.system(errno, "cannot write \(path)", .packagingCannotWrite, ["path": path])
        }
        ok = true
    }

    /// Writes every byte, sets the mode and syncs; closes `fd` on failure.
    private static func writeAll(_ bytes: [UInt8], fd: Int32, path: String,
                                 using writeBytes: (Int32, UnsafeRawPointer, Int) -> Int) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                writeBytes(fd, raw.baseAddress! + offset, bytes.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let error = PackagingError.system(errno, "cannot write \(path)", .packagingCannotWrite, ["path": path])
                close(fd)
                throw error
            }
            offset += n
        }
        if fchmod(fd, 0o644) != 0 || fsync(fd) != 0 {
            let error = PackagingError.system(errno, "cannot write \(path)", .packagingCannotWrite, ["path": path])
            close(fd)
            throw error
        }
    }

    #if os(Linux)
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`; Glibc's Swift overlay does not export it).
    static let openTemporaryFile: Int32 = 0o20000000 | O_DIRECTORY

    /// Writes into an unnamed file of `directory`, names it (`linkat` through /proc/self/fd) and
    /// renames it over the target. False, with nothing written, when the directory cannot hold
    /// unnamed files or /proc is not mounted: the caller takes the named temporary file.
    private static func writeUnnamed(_ bytes: [UInt8], to path: String, directory: String, base: String,
                                     using writeBytes: (Int32, UnsafeRawPointer, Int) -> Int) throws -> Bool {
        let fd = open(directory, openTemporaryFile | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        try writeAll(bytes, fd: fd, path: path, using: writeBytes)
        defer { close(fd) }
        // a name for the instant between link and rename, registered for the signal handler
        var attempt = 0
        while true {
            let tempPath = "\(directory)/\(TempFiles.prefix(for: base))\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
            let slot = TempFiles.register(tempPath)
            defer { TempFiles.unregister(slot) }
            if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, tempPath, AT_SYMLINK_FOLLOW) != 0 {
                let code = errno
                if code == EEXIST, attempt < 100 { attempt += 1; continue }
                if code == ENOENT || code == EXDEV || code == EPERM || code == EOPNOTSUPP { return false }
                throw PackagingError.system(code, "cannot write \(path)", .packagingCannotWrite, ["path": path])
            }
            if rename(tempPath, path) != 0 {
                let error = PackagingError.system(errno, "cannot write \(path)", .packagingCannotWrite, ["path": path])
                unlink(tempPath)
                throw error
            }
            return true
        }
    }
    #endif
}

@inline(__always)
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

/// Reading a whole file into memory, with errors as `PackagingError`: the one function through
/// which govdoc reads a file it did not write itself.
public enum FileBytes {
    /// The bytes of the regular file at `path`, read as `kind`. The file is opened without
    /// blocking (`O_NONBLOCK`, so a FIFO's open never waits for a writer) and checked on its
    /// descriptor before a byte is read: a FIFO, device, socket or directory is refused at once,
    /// and so is a file over the kind's ``FileKind/limit`` (a 2 GB sparse file is never read).
    public static func read(_ path: String, as kind: FileKind = .draft) throws(PackagingError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw PackagingError.system(errno, "open", .packagingCannotRead, ["path": path]) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw PackagingError.system(errno, "fstat", .packagingCannotRead, ["path": path]) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw PackagingError("read", "it is a directory", message: Message(.packagingCannotRead, ["path": path], parts: ["reason": Message(.systemIsDirectory)]))
        default:
            throw PackagingError("read", "not a regular file", message: Message(.packagingCannotRead, ["path": path], parts: ["reason": Message(.filesNotRegular)]))
        }
        let size = Int(st.st_size)
        if size > kind.limit { throw tooLarge(path, size: size, kind: kind) }
        // an array of the file's size (+1 to see the end in the same buffer); a file that grows
        // meanwhile is read on up to the limit; nothing is zero-filled first
        var result: [UInt8] = []
        var capacity = size + 1
        while true {
            var failure: Int32 = 0
            var atEnd = false
            let old = result
            result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                old.withUnsafeBufferPointer { if let base = $0.baseAddress { buffer.baseAddress!.initialize(from: base, count: $0.count) } }
                initialized = old.count
                while initialized < capacity {
                    let n = Glibc_read(fd, buffer.baseAddress! + initialized, capacity - initialized)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { atEnd = true; return }
                    initialized += n
                }
            }
            if failure != 0 { throw PackagingError.system(failure, "read", .packagingCannotRead, ["path": path]) }
            if atEnd { return result }
            if result.count > kind.limit { throw tooLarge(path, size: result.count, kind: kind) }
            capacity *= 2
        }
    }

    /// The refusal of a file over its kind's limit.
    static func tooLarge(_ path: String, size: Int, kind: FileKind) -> PackagingError {
        PackagingError("read", "over the limit", message: Message(.packagingCannotRead, ["path": path], parts: [
            "reason": Message(.filesTooLarge, ["size": ByteCount.text(size), "limit": ByteCount.text(kind.limit)], parts: ["kind": kind.message])]))
    }
}

/// Bytes as a clerk reads them: `20 MB`, `512 KB`, `300 B`, `2.3 GB`.
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        func one(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
        if bytes >= 1 << 30 { return one(Double(bytes) / Double(1 << 30)) + " GB" }
        if bytes >= 1 << 20 { return one(Double(bytes) / Double(1 << 20)) + " MB" }
        if bytes >= 1 << 10 { return one(Double(bytes) / Double(1 << 10)) + " KB" }
        return "\(bytes) B"
    }
}

@inline(__always)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

extension PackagingError {
    /// A failed system call: `errno`'s text (strerror) as the detail, and a message that names
    /// what could not be done and why, in either language.
    static func system(_ code: Int32, _ operation: String, _ template: MessageTemplate, _ arguments: [String: String]) -> PackagingError {
        let detail = String(cString: strerror(code))
        return PackagingError(operation, detail, message: Message(template, arguments, parts: ["reason": SystemErrorText.message(code, detail: detail)]))
    }
}

/// The text of an `errno` value in either language (the common ones translated; the others as
/// the C library says them).
public enum SystemErrorText {
    public static func message(_ code: Int32, detail: String) -> Message {
        switch code {
        case ENOENT: return Message(.systemNoSuchFile)
        case EACCES, EPERM: return Message(.systemPermissionDenied)
        case ENOSPC: return Message(.systemNoSpace)
        case EDQUOT: return Message(.systemQuota)
        case EROFS: return Message(.systemReadOnly)
        case EISDIR: return Message(.systemIsDirectory)
        case ENOTDIR: return Message(.systemNotDirectory)
        case EIO: return Message(.systemIO)
        default: return Message(.systemOther, ["detail": detail])
        }
    }
}
