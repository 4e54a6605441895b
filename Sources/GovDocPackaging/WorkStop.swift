#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A request to stop a piece of work: set when its deadline passes or its client goes away.
/// The work (reading a source or a draft, writing a package) runs synchronously on a thread of
/// its own and looks at ``WorkStop/requested`` in its loops; when it is set, the loops end early
/// and the caller throws the partial result away.
public final class StopSignal: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var stopped = false
    /// `CLOCK_MONOTONIC` nanoseconds after which the work stops by itself; `nil`: no deadline.
    public let deadline: UInt64?

    /// A signal that is also set when `seconds` have passed from now.
    public init(seconds: Double? = nil) {
        pthread_mutex_init(&mutex, nil)
        deadline = seconds.map { WorkStop.now() + UInt64(max(0, $0) * 1_000_000_000) }
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// Stops the work (from any thread).
    public func stop() {
        pthread_mutex_lock(&mutex)
        stopped = true
        pthread_mutex_unlock(&mutex)
    }

    /// Whether the work should stop: stopped, or past the deadline.
    public var isSet: Bool {
        pthread_mutex_lock(&mutex)
        let value = stopped
        pthread_mutex_unlock(&mutex)
        if value { return true }
        if let deadline, WorkStop.now() >= deadline { return true }
        return false
    }
}

/// The stop signal of the work running on the current thread (a thread-local value). Readers
/// and writers check ``requested`` once per line, paragraph, run, cell or block: one uncontended
/// lock and a clock read, nothing when no signal is set (the CLI, library callers).
public enum WorkStop {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether the work on this thread has been asked to stop.
    public static var requested: Bool {
        guard let pointer = pthread_getspecific(key) else { return false }
        return Unmanaged<StopSignal>.fromOpaque(pointer).takeUnretainedValue().isSet
    }

    /// Runs `work` on this thread with `signal` as its stop signal.
    public static func run<T>(with signal: StopSignal, _ work: () throws -> T) rethrows -> T {
        let previous = pthread_getspecific(key)
        let retained = Unmanaged.passRetained(signal)
        pthread_setspecific(key, retained.toOpaque())
        defer {
            pthread_setspecific(key, previous)
            retained.release()
        }
        return try work()
    }

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
