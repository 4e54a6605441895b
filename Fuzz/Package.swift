// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target over the source reader and the export pipeline (both writers).
// A package of its own: it only links with -sanitize=fuzzer, which normal builds do not use.
//
//   cd Fuzz
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   mkdir -p corpus && cp ../Tests/Fixtures/valid/*.md ../Tests/Fixtures/bad/*.md ../Examples/*/*.md corpus/
//   .build/debug/FuzzExport corpus -max_total_time=600 -max_len=65536
let package = Package(
    name: "GovDocFuzz",
    dependencies: [.package(name: "govdoc", path: "..")],
    targets: [
        .executableTarget(name: "FuzzExport", dependencies: [.product(name: "GovDocKit", package: "govdoc")]),
    ]
)
