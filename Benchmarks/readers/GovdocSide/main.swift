// govdoc's side of the reader comparison (Benchmarks/readers/run.sh): reads a .docx into the
// draft model (GovDocOOXMLReader: libzip + libxml2's SAX2 push parser) in process, RUNS times,
// and prints the median, the minimum and the peak resident memory as JSON.
//
//   ReadersGovdoc FILE.docx [RUNS]
import Foundation
import GovDocDraft
import GovDocOOXMLReader

/// `VmRSS` or `VmHWM` of this process in MB, from /proc/self/status.
func memoryMB(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
    }
    return 0
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: ReadersGovdoc FILE.docx [RUNS]\n".utf8))
    exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20
let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
let before = memoryMB("VmRSS")
var times: [Double] = []
var draft: Draft? = nil
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        draft = try OOXMLReader().read(bytes, file: path)
    } catch {
        // a refused file: how long the refusal took and what it cost
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print("{\"refusedMs\": \(ms), \"peakMB\": \(memoryMB("VmHWM")), \"error\": \"\(String(describing: error).replacingOccurrences(of: "\"", with: "'"))\"}")
        exit(1)
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}
times.sort()
let cells = draft!.blocks.reduce(0) { n, b in if case .table(let t) = b { return n + t.table.rows.reduce(0) { $0 + $1.cells.count } } else { return n } }
let result: [String: Double] = [
    "ms": times[times.count / 2], "minMs": times[0], "runs": Double(runs),
    "peakMB": memoryMB("VmHWM"), "growthMB": memoryMB("VmHWM") - before,
    "paragraphs": Double(draft!.paragraphs.count), "cells": Double(cells),
    "characters": Double(draft!.paragraphs.reduce(0) { $0 + $1.text.count }),
]
print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
