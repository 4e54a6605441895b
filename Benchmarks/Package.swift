// swift-tools-version:6.1
import PackageDescription

// Benchmarks of govdoc (ordo-one/benchmark): `cd Benchmarks && swift package benchmark`.
// A package of its own, so that building and testing govdoc never builds the benchmark tools.
let package = Package(
    name: "GovDocBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "govdoc", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "GovDocBenchmarks",
            dependencies: [
                .product(name: "GovDocKit", package: "govdoc"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/GovDocBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // govdoc's side of Benchmarks/readers/run.sh (reading .docx: python-docx, pandoc)
        .executableTarget(
            name: "ReadersGovdoc",
            dependencies: [.product(name: "GovDocOOXMLReader", package: "govdoc")],
            path: "readers/GovdocSide"
        ),
        // govdoc's side of Benchmarks/peers/run.sh (python-docx, odfdo, the zlib floor)
        .executableTarget(
            name: "PeersGovdoc",
            dependencies: [.product(name: "GovDocKit", package: "govdoc")],
            path: "peers/GovdocSide"
        ),
    ]
)
