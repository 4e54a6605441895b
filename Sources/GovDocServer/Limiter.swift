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

/// `operation`, or `nil` when it has not finished after `seconds`.
func withDeadline<T: Sendable>(seconds: Double, _ operation: @escaping @Sendable () async throws -> T) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return nil
        }
        defer { group.cancelAll() }
        return try await group.next() ?? nil
    }
}
