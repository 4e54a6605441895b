// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "govdoc",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GovDoc", targets: ["GovDoc"]),
        .library(name: "GovDocKit", targets: ["GovDocKit"]),
        .library(name: "GovDocOOXMLReader", targets: ["GovDocOOXMLReader"]),
        .library(name: "GovDocODFReader", targets: ["GovDocODFReader"]),
        .executable(name: "govdoc", targets: ["govdoc"]),
        .executable(name: "govdoc-serve", targets: ["govdoc-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Only the server (`govdoc serve`) uses it: the library never links a web server.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
    ],
    targets: [
        // C shims: the system libraries, reached through pkg-config. No vendored C code.
        // libxml2 (pkg-config libxml-2.0): XML reading and writing, HTML tables.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // libzip: zip archives, read and written.
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),
        // fontconfig: which faces are installed, and which stands in for a missing one.
        .systemLibrary(
            name: "CFontconfig",
            pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"]), .brew(["fontconfig"])]
        ),
        // The message catalog: every text govdoc shows, by id, in Simplified Chinese and English.
        .target(name: "GovDocMessages"),
        // The only module that imports C: XML writer and reader, HTML table reader, zip archives, atomic files.
        // (Yams for its libyaml: the YAML limits are measured on libyaml's events before composing.)
        .target(name: "GovDocPackaging", dependencies: ["CLibXML2", "CLibZip", "GovDocMessages", "Yams"]),
        // The document model: pure Swift, no C, no writer.
        .target(name: "GovDoc", dependencies: ["GovDocMessages"]),
        // What a reader found in a .docx/.odt draft, and the recogniser that turns it into the model.
        .target(name: "GovDocDraft", dependencies: ["GovDoc", "GovDocMessages"]),
        // Readers: one module per format, .docx/.odt → Draft.
        // .docx → Draft: styles, numbering resolved into the printed text, tracked changes accepted, merges → spans.
        .target(name: "GovDocOOXMLReader", dependencies: ["GovDoc", "GovDocDraft", "GovDocMessages", "GovDocPackaging"]),
        // .odt → Draft: styles, list and outline numbering, covered cells → spans, master pages.
        .target(name: "GovDocODFReader", dependencies: ["GovDoc", "GovDocDraft", "GovDocMessages", "GovDocPackaging"]),
        // Style sheets and other data in Templates/.
        .target(name: "GovDocTemplates", dependencies: ["GovDoc", "GovDocMessages", "GovDocPackaging", "Yams"]),
        // The source format → model.
        .target(name: "GovDocSource", dependencies: ["GovDoc", "GovDocTemplates", "GovDocPackaging", "GovDocMessages", "Yams"]),
        // The model → the source format (`govdoc import`), the direction opposite GovDocSource.
        .target(name: "GovDocSourceWriter", dependencies: ["GovDoc", "GovDocTemplates", "GovDocMessages"]),
        // `govdoc check`: numbering and structure findings, renumbering; a draft's deviations.
        .target(name: "GovDocCheck", dependencies: ["GovDoc", "GovDocSource", "GovDocDraft", "GovDocMessages"]),
        // Writers: one module per output format.
        // model → .docx (every part in schema order).
        .target(name: "GovDocOOXML", dependencies: ["GovDoc", "GovDocPackaging"]),
        // model → .odt (ODF 1.3, strict: no LibreOffice extensions).
        .target(name: "GovDocODF", dependencies: ["GovDoc", "GovDocPackaging"]),
        // PDF for checking before printing, rendered by LibreOffice from the ODT.
        .target(name: "GovDocPDF", dependencies: ["GovDoc", "GovDocODF", "GovDocMessages", "GovDocPackaging"]),
        // The editor's live preview: model → HTML pages.
        .target(name: "GovDocHTML", dependencies: ["GovDoc", "GovDocMessages"]),
        // Which of a style sheet's faces this machine has, and what fontconfig gives for the PDF (`govdoc fonts`).
        .target(name: "GovDocFonts", dependencies: ["CFontconfig", "GovDoc"]),
        // The library façade: read (source text and drafts), export, write atomically.
        .target(name: "GovDocKit", dependencies: [
            "GovDoc", "GovDocMessages", "GovDocSource", "GovDocTemplates", "GovDocOOXML", "GovDocODF", "GovDocPDF",
            "GovDocPackaging", "GovDocCheck", "GovDocDraft", "GovDocSourceWriter", "GovDocOOXMLReader", "GovDocODFReader",
            "GovDocFonts",
        ]),
        // The HTTP service and the editor page (`govdoc serve`).
        .target(name: "GovDocServer", dependencies: [
            "GovDocKit", "GovDocHTML", "GovDocMessages", "GovDoc", "GovDocSource", "GovDocTemplates", "GovDocPDF",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        // What govdoc's programs share on the command line: --lang, the localized parser texts, main.
        .target(name: "GovDocCommandLine", dependencies: ["GovDocMessages", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The CLI on swift-argument-parser: export, check, new, format, import, template; serve starts govdoc-serve. It only wires.
        .executableTarget(
            name: "govdoc",
            dependencies: ["GovDocKit", "GovDocCommandLine", "GovDocMessages", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The server program (`govdoc serve` starts it): the CLI does not link the HTTP stack.
        .executableTarget(
            name: "govdoc-serve",
            dependencies: ["GovDocServer", "GovDocCommandLine", "GovDocMessages", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "GovDocTests", dependencies: ["GovDoc", "GovDocPackaging", "GovDocMessages"]),
        .testTarget(name: "GovDocSourceTests", dependencies: [
            "GovDocSource", "GovDoc", "GovDocTemplates", "GovDocCheck", "GovDocMessages",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "GovDocReaderTests", dependencies: [
            "GovDocPackaging", "GovDocOOXMLReader", "GovDocDraft", "GovDocMessages", "GovDoc", "GovDocKit", "GovDocSource",
        ]),
        .testTarget(name: "GovDocODFReaderTests", dependencies: ["GovDocODFReader", "GovDocDraft", "GovDocKit", "GovDoc", "GovDocMessages", "GovDocPackaging"]),
        .testTarget(name: "GovDocDraftTests", dependencies: [
            "GovDocDraft", "GovDocSourceWriter", "GovDocSource", "GovDocTemplates", "GovDoc", "GovDocKit", "GovDocMessages",
            .product(name: "PropertyBased", package: "swift-property-based"), "Yams",
        ]),
        // `govdoc check` on a .docx/.odt draft: DraftCheck over hand-built drafts.
        .testTarget(name: "GovDocCheckTests", dependencies: ["GovDocCheck", "GovDocDraft", "GovDoc", "GovDocMessages",
                                                             "GovDocOOXMLReader", "GovDocTemplates", "Yams"]),
        .testTarget(name: "GovDocServerTests", dependencies: [
            "GovDocServer", "GovDocKit", "GovDocHTML", "GovDocMessages", "GovDocPackaging",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["GovDocKit", "GovDoc", "GovDocPackaging", "GovDocPDF", "GovDocTemplates", "GovDocMessages",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            resources: []
        ),
    ]
)
