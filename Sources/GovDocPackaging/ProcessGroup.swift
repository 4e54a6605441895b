#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process in a process group of its own, reaped by its owner (`poll`, `stop`), so that
/// a signal reaches every process it started and never a stranger that took its PID.
public struct ProcessGroup: Sendable {
    public let pid: pid_t

    public struct SpawnError: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { "posix_spawn: \(String(cString: strerror(code)))" }
    }

    /// Starts `path` with `arguments` and `environment`, stdin and stdout on /dev/null, stderr
    /// appended to `errorLog` (`/dev/null` to drop it).
    public static func spawn(_ path: String, _ arguments: [String], environment: [String: String], errorLog: String) throws -> ProcessGroup {
        var actions = posix_spawn_file_actions_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { throw SpawnError(code: errno) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        guard posix_spawnattr_init(&attributes) == 0 else { throw SpawnError(code: errno) }
        defer { posix_spawnattr_destroy(&attributes) }
        for (fd, file, flags) in [(Int32(0), "/dev/null", O_RDONLY), (1, "/dev/null", O_WRONLY), (2, errorLog, O_WRONLY | O_CREAT | O_APPEND)] {
            let code = posix_spawn_file_actions_addopen(&actions, fd, file, flags, 0o600)
            guard code == 0 else { throw SpawnError(code: code) }
        }
        var code = posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        if code == 0 { code = posix_spawnattr_setpgroup(&attributes, 0) }
        guard code == 0 else { throw SpawnError(code: code) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard code == 0 else { throw SpawnError(code: code) }
        return ProcessGroup(pid: pid)
    }

    /// The exit status once the child has ended (it is then reaped), nil while it runs.
    public func poll() -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == 0 || (result == -1 && errno == EINTR) { return nil }
        if result == -1 { return -1 }
        return Self.exitCode(status)
    }

    /// Ends the whole group: SIGTERM, then SIGKILL after 2 s; its exit status.
    public func stop() -> Int32 {
        kill(-pid, SIGTERM)
        for _ in 0..<40 {
            if let status = poll() { kill(-pid, SIGKILL); return status }
            usleep(50_000)
        }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return Self.exitCode(status)
    }

    /// `WEXITSTATUS`, or 128 + the signal for a child a signal ended.
    public static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
