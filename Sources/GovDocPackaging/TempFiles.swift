#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files ``AtomicFile`` leaves beside a target while it writes, and what removes
/// them when the process is stopped:
///
/// - on Linux the bytes go to an unnamed file (`O_TMPFILE` in the target's directory), which
///   the kernel frees if the process dies; it gets a name (`linkat` through `/proc/self/fd/N`)
///   only for the instant between linking and the `rename` over the target;
/// - a named temporary file (the fallback, and that instant) is registered here: SIGINT, SIGTERM
///   and SIGHUP unlink every registered path before the process dies of the signal. The handler
///   only reads a fixed C array and calls `unlink` (async-signal-safe). A signal the process
///   catches or ignores already (the server's graceful shutdown) is handed on untouched;
/// - a temporary file a SIGKILL left (`.NAME.tmp-PID-XXXXXX`) is removed by the next write to the
///   same target once its process is gone (``sweepStale(directory:base:)``).
enum TempFiles {
    /// Paths registered at once (writes in flight, one per thread).
    static let slotCount = 32
    /// Bytes of one path, its NUL included: a longer one is not registered (the sweep remains).
    static let slotSize = 4096

    /// The slots: `slotCount` paths of `slotSize` bytes, and their in-use flags. Allocated once,
    /// before any handler is installed, never freed.
    private nonisolated(unsafe) static let paths: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        p.initialize(repeating: 0, count: slotCount * slotSize)
        return p
    }()
    private nonisolated(unsafe) static let used: UnsafeMutablePointer<sig_atomic_t> = {
        let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: slotCount)
        p.initialize(repeating: 0, count: slotCount)
        return p
    }()
    /// The actions before ours, by signal number (SIGINT, SIGTERM, SIGHUP are all below 32).
    private nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)
        p.initialize(repeating: sigaction(), count: 32)
        return p
    }()
    private nonisolated(unsafe) static var lock = pthread_mutex_t()
    private static let installed: Bool = {
        pthread_mutex_init(&lock, nil)
        _ = paths
        _ = used
        _ = previous
        for signal in [SIGINT, SIGTERM, SIGHUP] { install(signal) }
        return true
    }()

    /// Registers a temporary path; the slot to give back to ``unregister(_:)``, nil when every
    /// slot is taken or the path is too long (the sweep of the next write still removes it).
    static func register(_ path: String) -> Int? {
        _ = installed
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize else { return nil }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        for slot in 0..<slotCount where used[slot] == 0 {
            let target = paths + slot * slotSize
            bytes.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { target.update(from: $0.baseAddress!, count: bytes.count) }
            }
            target[bytes.count] = 0
            used[slot] = 1
            return slot
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(&lock)
        used[slot] = 0
        pthread_mutex_unlock(&lock)
    }

    private static func install(_ signal: Int32) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { TempFiles.handle($0) }
        #else
        action.__sigaction_u.__sa_handler = { TempFiles.handle($0) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, previous + Int(signal))
    }

    /// The signal handler: when the signal would have ended the process (the action before ours
    /// was the default one), unlink the registered paths and die of the signal as before;
    /// otherwise hand the signal on to the action that was there.
    private static func handle(_ signal: Int32) {
        let before = previous[Int(signal)]
        #if canImport(Glibc)
        let handler = before.__sigaction_handler.sa_handler
        #else
        let handler = before.__sigaction_u.__sa_handler
        #endif
        let raw = handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
        if raw == 0 /* SIG_DFL */ {
            for slot in 0..<slotCount where used[slot] != 0 { unlink(paths + slot * slotSize) }
            var restore = before
            sigaction(signal, &restore, nil)
            raise(signal)
            return
        }
        if raw == 1 /* SIG_IGN */ { return }
        handler?(signal)
    }

    /// `.BASE.tmp-PID-` : the prefix of this process's temporary files for `base`.
    static func prefix(for base: String) -> String { ".\(base).tmp-\(getpid())-" }

    /// Removes `.BASE.tmp-PID-*` in `directory` whose process no longer runs (a SIGKILL's).
    /// Files of live processes (another write in progress), of this process, and names of any
    /// other form are left alone.
    static func sweepStale(directory: String, base: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let start = ".\(base).tmp-"
        let me = getpid()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(start) else { continue }
            let rest = name.dropFirst(start.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0, pid != me else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(directory + "/" + name) }
        }
    }
}
