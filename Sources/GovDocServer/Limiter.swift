import Foundation

/// A bound on work running at once, with a bounded queue: `acquire` waits for a slot while the
/// queue has room and returns `false` at once when it is full (the caller answers 503).
public final class WorkLimiter: @unchecked Sendable {
    public let slots: Int
    public let queueLimit: Int
    private let lock = NSLock()
    private var running = 0
    private var waiting: [(id: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID: UInt64 = 0
    private var peakRunning = 0
    private var released = 0

    public init(slots: Int, queueLimit: Int) {
        self.slots = max(1, slots)
        self.queueLimit = max(0, queueLimit)
    }

    /// Runs `work` in a slot; `nil` when neither a slot nor a place in the queue is free.
    public func run<T: Sendable>(_ work: () async throws -> T) async throws -> T? {
        guard await acquire() else { return nil }
        defer { release() }
        return try await work()
    }

    /// Takes a slot, waiting in the queue if need be; false when the queue is full or the
    /// task was cancelled while waiting.
    public func acquire() async -> Bool {
        let (taken, queued) = tryTake()
        if taken { return true }
        guard let id = queued else { return false }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                lock.lock()
                if running < slots {   // a slot came free meanwhile
                    running += 1
                    lock.unlock()
                    continuation.resume(returning: true)
                    return
                }
                waiting.append((id, continuation))
                lock.unlock()
            }
        } onCancel: {
            lock.lock()
            let index = waiting.firstIndex { $0.id == id }
            let removed = index.map { waiting.remove(at: $0) }
            lock.unlock()
            removed?.continuation.resume(returning: false)
        }
    }

    /// A free slot (`true`), or a ticket for the queue, or neither when the queue is full.
    private func tryTake() -> (Bool, UInt64?) {
        lock.withLock {
            if running < slots {
                running += 1
                peakRunning = max(peakRunning, running)
                return (true, nil)
            }
            guard waiting.count < queueLimit else { return (false, nil) }
            nextID += 1
            return (false, nextID)
        }
    }

    /// Gives a slot back, to the longest waiter if there is one.
    public func release() {
        lock.lock()
        released += 1
        if waiting.isEmpty {
            running -= 1
            lock.unlock()
        } else {
            let next = waiting.removeFirst()
            lock.unlock()
            next.continuation.resume(returning: true)
        }
    }

    /// Work running now, and the most that ran at once.
    public var load: (running: Int, waiting: Int, peak: Int) {
        lock.lock(); defer { lock.unlock() }
        return (running, waiting.count, peakRunning)
    }

    /// How many pieces of work have ended (their slots given back) since the start.
    public var finished: Int {
        lock.lock(); defer { lock.unlock() }
        return released
    }
}

/// Runs blocking work (LibreOffice) on a thread of its own, so the server's tasks never wait
/// on a child process.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}

/// `operation`, or `nil` when it has not finished after `seconds`. The answer comes at the
/// deadline whatever the operation is doing: it is cancelled then (its work thread sees its stop
/// signal and ends soon after), and not waited for.
func withDeadline<T: Sendable>(seconds: Double, _ operation: @escaping @Sendable () async throws -> T) async throws -> T? {
    let race = Race<T?>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T?, any Error>) in
            let work = Task { race.finish(await Result(catching: { try await operation() })) }
            let timer = Task {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                race.finish(.success(nil))
                work.cancel()
            }
            race.start(continuation, tasks: [work, timer])
        }
    } onCancel: {
        race.cancel()
    }
}

/// The first of several results, handed to one continuation; the tasks that lose are cancelled.
final class Race<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var early: Result<T, any Error>?
    private var tasks: [Task<Void, Never>] = []
    private var done = false

    func start(_ continuation: CheckedContinuation<T, any Error>, tasks: [Task<Void, Never>]) {
        lock.lock()
        if let early {
            lock.unlock()
            tasks.forEach { $0.cancel() }
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        self.tasks = tasks
        lock.unlock()
    }

    func finish(_ result: Result<T, any Error>) {
        lock.lock()
        guard !done else { lock.unlock(); return }
        done = true
        guard let continuation else { early = result; lock.unlock(); return }
        self.continuation = nil
        let losers = tasks
        lock.unlock()
        losers.forEach { $0.cancel() }
        continuation.resume(with: result)
    }

    func cancel() { finish(.failure(CancellationError())) }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
