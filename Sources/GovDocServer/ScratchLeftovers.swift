import Foundation

/// Folders that server processes before this one left in the temporary directory when they
/// died (`govdoc-serve-PID-…`, the uploads of versions that wrote them to disk): removed at
/// start-up when their process is gone. This server writes no uploads to disk.
enum ScratchLeftovers {
    static func remove() {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.path
        for name in (try? fm.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix("govdoc-serve-") {
            let fields = name.split(separator: "-")
            guard fields.count >= 3, let pid = Int32(fields[2]), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? fm.removeItem(atPath: tmp + "/" + name)
        }
    }
}
