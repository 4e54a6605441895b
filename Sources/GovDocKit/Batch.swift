import Dispatch
import Foundation
import GovDocMessages
import GovDocSource

/// Exporting many source files at once, in parallel, one result per file.
///
/// Each file is read once and written in every requested format; a failing file never stops
/// the others. Results come back in the order of the jobs, whatever order they finished in.
public enum BatchExport {
    /// One source file and where its outputs go (the output path without extension).
    public struct Job: Sendable, Hashable {
        public var source: String
        public var outputBase: String

        public init(source: String, outputBase: String? = nil) {
            self.source = source
            self.outputBase = outputBase ?? GovDocIO.defaultBase(for: source)
        }
    }

    /// What became of one job: the files written, or the error (no file of that job is left
    /// half-written; a format already written before a later format failed stays).
    public struct Outcome: Sendable {
        public var job: Job
        public var result: Result<[String], ExportError>
        /// What `govdoc check` finds in a file that exports (headings out of sequence, empty
        /// sections): reported, never a failure.
        public var warnings: [Finding] = []

        public init(job: Job, result: Result<[String], ExportError>, warnings: [Finding] = []) {
            self.job = job
            self.result = result
            self.warnings = warnings
        }

        public var written: [String] { (try? result.get()) ?? [] }
        public var error: ExportError? {
            if case let .failure(error) = result { return error }
            return nil
        }
    }

    /// Exports every job in each format, at most `maxConcurrentJobs` at a time (default: one per
    /// core). `progress` is called once per finished job, from one task at a time, with the
    /// number finished so far.
    public static func run(_ jobs: [Job], formats: [OutputFormat], maxConcurrentJobs: Int? = nil,
                           progress: (@Sendable (_ finished: Int, _ total: Int, _ outcome: Outcome) -> Void)? = nil) async -> [Outcome] {
        if formats.contains(.pdf) && jobs.count > 1 {
            return await runWithPDF(jobs, formats: formats, maxConcurrentJobs: maxConcurrentJobs, progress: progress)
        }
        let width = max(1, maxConcurrentJobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let duplicates = duplicateOutputs(jobs)
        var outcomes = [Outcome?](repeating: nil, count: jobs.count)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            var finished = 0
            func submit() {
                guard next < jobs.count else { return }
                let index = next, job = jobs[index]
                next += 1
                let clash = duplicates[index]
                group.addTask {
                    if let first = clash {
                        return (index, Outcome(job: job, result: .failure(.output(
                            path: job.outputBase, message: Message(.exportSameOutput, ["first": first])))))
                    }
                    // the export blocks (file I/O, LibreOffice for a PDF): a thread of its own,
                    // not one of the few that run Swift's tasks
                    return await withCheckedContinuation { continuation in
                        DispatchQueue.global().async { continuation.resume(returning: (index, runHere(job, formats: formats))) }
                    }
                }
            }
            for _ in 0..<min(width, jobs.count) { submit() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                finished += 1
                progress?(finished, jobs.count, outcome)
                submit()
            }
        }
        return outcomes.map { $0! }
    }

    /// Exports one job on the calling thread (blocking it for the file I/O, or for LibreOffice
    /// when a PDF is asked for): for a front end with a single file, which needs no task group,
    /// worker thread or processor count. ``run(_:formats:maxConcurrentJobs:progress:)`` calls it
    /// on a thread of its own per job.
    public static func runHere(_ job: Job, formats: [OutputFormat]) -> Outcome {
        do {
            let read: SourceReader.Result
            do { read = try SourceReader().read(path: job.source) } catch { throw ExportError.source(error) }
            let written = try GovDocIO.export(read.document, sourceAt: job.source, formats: formats, outputBase: job.outputBase)
            return Outcome(job: job, result: .success(written), warnings: GovDocChecker.findings(of: read, path: job.source))
        } catch let error as ExportError {
            return Outcome(job: job, result: .failure(error))
        } catch {
            return Outcome(job: job, result: .failure(.output(path: job.outputBase, message: ExportError.message(of: error))))
        }
    }

    /// For each job whose output base an earlier job already uses, that earlier job's source.
    static func duplicateOutputs(_ jobs: [Job]) -> [String?] {
        var seen: [String: String] = [:]
        return jobs.map { job in
            // `out//a` and `./out/a` are the same file as `out/a`
            let key = URL(fileURLWithPath: job.outputBase).standardizedFileURL.path
            if let first = seen[key] { return first }
            seen[key] = job.source
            return nil
        }
    }
}
