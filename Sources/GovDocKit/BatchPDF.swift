import Foundation
import GovDocMessages
import GovDocPDF
import GovDocPackaging

extension BatchExport {
    /// A batch with PDF output: the other formats are written in parallel as usual, then every
    /// PDF of the batch comes from one LibreOffice process (starting LibreOffice is most of the
    /// cost of a PDF). A job is reported once all its files are written; a document LibreOffice
    /// fails on is tried alone and reported as failed, the others are kept.
    static func runWithPDF(_ jobs: [Job], formats: [OutputFormat], maxConcurrentJobs: Int?,
                           progress: (@Sendable (_ finished: Int, _ total: Int, _ outcome: Outcome) -> Void)?) async -> [Outcome] {
        let others = formats.filter { $0 != .pdf }
        // the other formats (and the source's errors) first, in parallel
        var outcomes = await run(jobs, formats: others, maxConcurrentJobs: maxConcurrentJobs, progress: nil)
        var finished = 0
        for outcome in outcomes where outcome.error != nil {
            finished += 1
            progress?(finished, jobs.count, outcome)
        }
        // the ODT of every job still standing, rendered together
        var indices: [Int] = []
        var packages: [[UInt8]] = []
        for (i, outcome) in outcomes.enumerated() where outcome.error == nil {
            let job = outcome.job
            let out = job.outputBase + "." + OutputFormat.pdf.fileExtension
            do {
                if GovDocIO.sameFile(out, job.source) {
                    throw ExportError.output(path: out, message: Message(.exportOverwriteInput))
                }
                let document = try GovDocIO.read(sourceAt: job.source)
                packages.append(try document.serialized(as: .odt))
                indices.append(i)
            } catch let error as ExportError {
                outcomes[i].result = .failure(error)
                finished += 1
                progress?(finished, jobs.count, outcomes[i])
            } catch {
                outcomes[i].result = .failure(.output(path: out, message: ExportError.message(of: error)))
                finished += 1
                progress?(finished, jobs.count, outcomes[i])
            }
        }
        let total = jobs.count
        _ = PDFWriter().render(packages) { k, result in
            let i = indices[k]
            let job = outcomes[i].job
            let out = job.outputBase + "." + OutputFormat.pdf.fileExtension
            switch result {
            case let .success(bytes):
                do {
                    try AtomicFile.write(bytes, to: out)
                    outcomes[i].result = .success(outcomes[i].written + [out])
                } catch {
                    outcomes[i].result = .failure(.output(path: out, message: ExportError.message(of: error)))
                }
            case let .failure(error):
                outcomes[i].result = .failure(.output(path: out, message: ExportError.message(of: error)))
            }
            finished += 1
            progress?(finished, total, outcomes[i])
        }
        return outcomes
    }
}
