// swift-tools-version:6.0
import PackageDescription

// The shape of a county's reporting service: links govdoc, reads a CSV, writes one annual
// report per row. It never writes the govdoc source format.
let package = Package(
    name: "BulkReports",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "govdoc", path: "../..")],
    targets: [
        .executableTarget(name: "BulkReports", dependencies: [.product(name: "GovDocKit", package: "govdoc")]),
    ]
)
