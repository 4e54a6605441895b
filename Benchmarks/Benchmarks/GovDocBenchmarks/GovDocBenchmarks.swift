import Benchmark
import Foundation
import GovDocKit

/// The seed report read once; the stress document (a 10,000 × 8 table and 2,000 paragraphs);
/// 1,000 small documents in one process. Wall time, CPU time, allocations, peak memory.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 200)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let seedPath = root.appendingPathComponent("Examples/shimen-2023/report.md").path
    let seed = try! GovDocIO.read(sourceAt: seedPath)
    let seedSource = try! String(contentsOfFile: seedPath, encoding: .utf8)

    Benchmark("seed report: read the source") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try GovDocIO.read(source: seedSource, name: "report.md")) }
    }
    Benchmark("seed report: DOCX") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try seed.serialized(as: .docx)) }
    }
    Benchmark("seed report: ODT") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try seed.serialized(as: .odt)) }
    }

    let stress = try! Document(title: "压力测试文档") {
        for i in 0..<2_000 { Paragraph("第\(i)段：为深入贯彻落实县委、县政府关于优化营商环境的决策部署，我局坚持问题导向和目标导向相结合。") }
        Table {
            Row(header: true) { for c in 0..<8 { Cell("列\(c)") } }
            for r in 0..<10_000 { Row { for c in 0..<8 { Cell("\(r * 8 + c)") } } }
        }
        Signature(issuer: "某某县人民政府", date: "2024-01-23")
    }
    Benchmark("stress document: DOCX", configuration: .init(maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try stress.serialized(as: .docx)) }
    }
    Benchmark("stress document: ODT", configuration: .init(maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try stress.serialized(as: .odt)) }
    }

    let small = (0..<1_000).map { i in
        try! Document(title: "某某镇第\(i)号工作简报") {
            Heading(level: 1, "工作情况")
            Paragraph("本周完成道路巡查\(i)公里，处理群众来信\(i % 17)件。")
            Table { Row(header: true) { Cell("项目"); Cell("数量") }; Row { Cell("巡查"); Cell("\(i)") } }
            Signature(issuer: "某某镇人民政府", date: "2024-01-23")
        }
    }
    Benchmark("1,000 small documents: DOCX + ODT", configuration: .init(maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations {
            for document in small {
                blackHole(try document.serialized(as: .docx))
                blackHole(try document.serialized(as: .odt))
            }
        }
    }
}
