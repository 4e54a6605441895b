// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target over the source reader and the export pipeline (both writers).
// A package of its own: it only links with -sanitize=fuzzer, which normal builds do not use.
//
//   cd Fuzz
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   mkdir -p corpus && cp ../Tests/Fixtures/valid/*.md ../Tests/Fixtures/bad/*.md ../Examples/*/*.md corpus/
//   .build/debug/FuzzExport corpus -max_total_time=600 -max_len=65536
//
// The .docx reader (seeds: every package govdoc writes, the reader's hand-made and hostile drafts):
//   swift build -c debug --product FuzzReader -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   python3 make-reader-corpus.py reader-corpus      # needs `swift run govdoc` in the parent package
//   .build/debug/FuzzReader reader-corpus -max_total_time=600 -max_len=262144 -rss_limit_mb=2048
//
// The .odt reader (seeds: every .odt govdoc writes, LibreOffice's and pandoc's .odt fixtures, the
// .odt drafts and hostile drafts; see README.md for the runs and their figures):
//   swift build -c debug --product FuzzODFReader -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   python3 make-odf-corpus.py odf-corpus            # needs `swift run govdoc` in the parent package
//   .build/debug/FuzzODFReader odf-corpus -max_total_time=300 -max_len=262144 -rss_limit_mb=2048 -timeout=10
//
// The source reader's front matter and HTML tables (seeds: make-source-corpus.py; see README.md):
//   swift build -c debug --product FuzzSource -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   python3 make-source-corpus.py source-corpus
//   .build/debug/FuzzSource source-corpus -dict=source.dict -max_total_time=600 -max_len=65536 -rss_limit_mb=2048 -timeout=10
let package = Package(
    name: "GovDocFuzz",
    dependencies: [.package(name: "govdoc", path: "..")],
    targets: [
        .executableTarget(name: "FuzzExport", dependencies: [.product(name: "GovDocKit", package: "govdoc")]),
        // The .docx reader: raw packages, and XML parts wrapped into a valid package (see FuzzReader.swift).
        .executableTarget(name: "FuzzReader", dependencies: [
            .product(name: "GovDocOOXMLReader", package: "govdoc"), .product(name: "GovDocKit", package: "govdoc"),
        ]),
        // The .odt reader: whole files, and content/styles/meta parts wrapped into a valid package (see FuzzODFReader.swift).
        .executableTarget(name: "FuzzODFReader", dependencies: [
            .product(name: "GovDocODFReader", package: "govdoc"), .product(name: "GovDocKit", package: "govdoc"),
        ]),
        // The source reader: front matter (`F`), HTML tables (`T`), whole files (`P`) (see FuzzSource.swift).
        .executableTarget(name: "FuzzSource", dependencies: [.product(name: "GovDocKit", package: "govdoc")]),
    ]
)
