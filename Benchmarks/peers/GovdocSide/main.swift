// govdoc's side of the peer comparison (Benchmarks/peers/run.sh): builds the seed report and
// the stress document in process, the same documents peers.py builds with python-docx and
// odfdo, and writes the packages plus the timings as JSON.
//
//   PeersGovdoc OUTDIR            every case, each in a child process (so peak memory is its own)
//   PeersGovdoc OUTDIR --one CASE one case: seed.docx, seed.odt, stress.docx or stress.odt
//   PeersGovdoc OUTDIR --one startup  the style sheet's first and second load, reading the seed
import Foundation
import GovDocKit

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let cases = ["seed.docx", "seed.odt", "stress.docx", "stress.odt"]

/// `VmRSS` or `VmHWM` of this process in MB, from /proc/self/status.
func memoryMB(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

func stressDocument() throws -> Document {
    try Document(title: "压力测试文档") {
        for i in 0..<2_000 { Paragraph("第\(i)段：为深入贯彻落实县委、县政府关于优化营商环境的决策部署，我局坚持问题导向和目标导向相结合。") }
        Table {
            Row(header: true) { for c in 0..<8 { Cell("列\(c)") } }
            for r in 0..<10_000 { Row { for c in 0..<8 { Cell("\(r * 8 + c)") } } }
        }
        Signature(issuer: "某某县人民政府", date: "2024-01-23")
    }
}

func runOne(_ name: String, outDir: String) throws {
    if name == "startup" {   // what a CLI process spends before the document: the style sheet, the source
        var start = DispatchTime.now().uptimeNanoseconds
        _ = try Document(title: "样式") { Paragraph("正文。") }
        let first = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        start = DispatchTime.now().uptimeNanoseconds
        _ = try Document(title: "样式") { Paragraph("正文。") }
        let second = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        start = DispatchTime.now().uptimeNanoseconds
        _ = try GovDocIO.read(sourceAt: root.appendingPathComponent("Examples/shimen-2023/report.md").path)
        let read = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print("style sheet: first \(first) ms, again \(second) ms; read seed: \(read) ms")
        return
    }
    let parts = name.split(separator: ".")
    let format: OutputFormat = parts[1] == "docx" ? .docx : .odt
    let document = parts[0] == "seed"
        ? try GovDocIO.read(sourceAt: root.appendingPathComponent("Examples/shimen-2023/report.md").path)
        : try stressDocument()
    let before = memoryMB("VmRSS")
    let runs = ProcessInfo.processInfo.environment["PEERS_RUNS"].flatMap(Int.init) ?? (parts[0] == "seed" ? 50 : 3)
    var times: [Double] = []
    var bytes: [UInt8] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = try document.serialized(as: format)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    let peak = memoryMB("VmHWM")
    try Data(bytes).write(to: URL(fileURLWithPath: outDir + "/" + name))
    times.sort()
    let result: [String: Double] = ["ms": times[times.count / 2], "peakMB": peak, "growthMB": peak - before, "runs": Double(runs)]
    print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: PeersGovdoc OUTDIR [--one CASE]\n".utf8))
    exit(2)
}
let outDir = arguments[1]
try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
if arguments.count == 4, arguments[2] == "--one" {
    try runOne(arguments[3], outDir: outDir)
} else {
    var all: [String: Any] = [:]
    for name in cases {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = [outDir, "--one", name]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw NSError(domain: "PeersGovdoc", code: Int(process.terminationStatus)) }
        all[name] = try JSONSerialization.jsonObject(with: data)
        FileHandle.standardError.write(Data("govdoc \(name): \(String(decoding: data, as: UTF8.self))".utf8))
    }
    let json = try JSONSerialization.data(withJSONObject: all, options: [.sortedKeys, .prettyPrinted])
    try json.write(to: URL(fileURLWithPath: outDir + "/govdoc.json"))
}
