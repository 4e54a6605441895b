#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the running program is, to find what is installed beside it (`Templates/`,
/// `../share/govdoc/Templates/`).
public enum RunningExecutable {
    /// The directory of the running executable, symbolic links resolved: from
    /// `/proc/self/exe` where there is one (a program started through `PATH` sees only its bare
    /// name in `argv[0]`), else from `argv[0]`; `.` when neither resolves.
    public static let directory: String = {
        let resolved = resolve("/proc/self/exe") ?? resolve(CommandLine.arguments.first ?? ".") ?? "."
        guard let slash = resolved.lastIndex(of: "/") else { return "." }
        return slash == resolved.startIndex ? "/" : String(resolved[..<slash])
    }()

    private static func resolve(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `Templates/` beside the executable, then `../share/govdoc/Templates` (an install).
    public static var templateDirectories: [String] {
        let parent = directory == "/" ? "" : (directory.lastIndex(of: "/").map { String(directory[..<$0]) } ?? ".")
        return [directory + "/Templates", parent + "/share/govdoc/Templates"]
    }
}
