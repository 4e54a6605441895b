import ArgumentParser
import Foundation
import GovDocKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct GovDocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govdoc",
        abstract: "Turn an official document into DOCX and ODT files that follow GB/T 9704-2012.",
        subcommands: [Export.self, Check.self, New.self]
    )
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export source files (.md in the govdoc source format) to .docx, .odt and/or .pdf.",
        discussion: """
        Output goes beside each input (report.md → report.docx) unless -o names a file (one \
        input) or a directory (several inputs). On a problem, govdoc prints one line per \
        problem as FILE:LINE:COLUMN: error: MESSAGE, exits non-zero and leaves no output file.

        Examples:
          govdoc export --docx Examples/shimen-2023/report.md
          govdoc export --docx --odt Examples/shimen-2023/report.md
          govdoc export --docx --odt -o out/ a.md b.md
        """
    )

    @Flag(help: "Write a Word (OOXML) .docx file.")
    var docx = false


    @Flag(help: "Write an OpenDocument .odt file.")
    var odt = false

    @Flag(help: "Write a PDF to check before printing (rendered by LibreOffice, which must be installed).")
    var pdf = false

    @Option(name: .shortAndLong, help: "Output file (one input) or directory (several inputs).")
    var output: String?

    @Argument(help: "Source files to export.")
    var files: [String]

    func validate() throws {
        if !docx && !odt && !pdf { throw ValidationError("choose at least one format: --docx, --odt and/or --pdf") }
        if files.isEmpty { throw ValidationError("name at least one source file") }
    }

    func run() throws {
        let formats = OutputFormat.allCases.filter { ($0 == .docx && docx) || ($0 == .odt && odt) || ($0 == .pdf && pdf) }
        let outputIsDirectory = output.map { files.count > 1 || $0.hasSuffix("/") || isDirectory($0) } ?? false
        var failures = 0
        for file in files {
            do {
                var base: String? = nil
                if let output {
                    if outputIsDirectory {
                        let name = GovDocIO.defaultBase(for: file).split(separator: "/").last.map(String.init) ?? file
                        base = (output.hasSuffix("/") ? output : output + "/") + name
                    } else {
                        base = GovDocIO.defaultBase(for: output)
                    }
                }
                let written = try GovDocIO.export(sourceAt: file, formats: formats, outputBase: base)
                for path in written { print("wrote \(path)") }
            } catch {
                failures += 1
                FileHandleStream.standardError.write("\(error)\n")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}

enum FileHandleStream {
    case standardError
    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
