import Foundation
import GovDoc
import GovDocTemplates
import Testing

/// The style sheets govdoc ships are parsed at build time into Swift values
/// (`Sources/GovDocTemplates/BuiltInStyleSheets.swift`), so that a process does not parse YAML
/// before its first document. The YAML stays the source of truth: these tests fail when the
/// generated file and `Templates/*.yaml` disagree, and write it anew with
///
///     GOVDOC_REGENERATE=1 swift test --filter BuiltInStyleSheetTests
@Suite struct BuiltInStyleSheetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").path
    static let generated = root.appendingPathComponent("Sources/GovDocTemplates/BuiltInStyleSheets.swift").path

    /// The shipped style sheets (not table layouts): files with a top-level `roles:` or `extends:`.
    static func sheetNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: templates).filter { $0.hasSuffix(".yaml") }.sorted().compactMap { file in
            let text = try String(contentsOfFile: templates + "/" + file, encoding: .utf8)
            let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }
            return keys.contains { $0.hasPrefix("extends:") || $0.hasPrefix("roles:") } ? String(file.dropLast(5)) : nil
        }
    }

    /// The sheet and the sheets it extends, nearest first, as (name, file text).
    static func chain(_ name: String) throws -> [(name: String, text: String)] {
        var result: [(String, String)] = []
        var next: String? = name
        while let current = next {
            let text = try String(contentsOfFile: templates + "/" + current + ".yaml", encoding: .utf8)
            result.append((current, text))
            next = text.split(separator: "\n").first { $0.hasPrefix("extends:") }
                .map { $0.dropFirst("extends:".count).trimmingCharacters(in: .whitespaces) }
        }
        return result
    }

    @Test func theGeneratedFileIsWhatTheYAMLSays() throws {
        let expected = try Self.render()
        let current = (try? String(contentsOfFile: Self.generated, encoding: .utf8)) ?? ""
        if current != expected, ProcessInfo.processInfo.environment["GOVDOC_REGENERATE"] == "1" {
            try expected.write(toFile: Self.generated, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "Sources/GovDocTemplates/BuiltInStyleSheets.swift is stale: GOVDOC_REGENERATE=1 swift test --filter BuiltInStyleSheetTests")
    }

    /// The compiled-in values equal what parsing the YAML gives, sheet by sheet and key by key.
    @Test func theBuiltInValuesEqualTheParsedYAML() throws {
        let names = try Self.sheetNames()
        #expect(names.contains("gbt9704") && names.contains("notice") && names.contains("letter"))
        #expect(Set(BuiltInStyleSheets.sheets.keys) == Set(names))
        for name in names {
            let parsed = try Templates.readStyleSheet(atPath: Self.templates + "/" + name + ".yaml")
            let builtIn = try #require(BuiltInStyleSheets.sheets[name]).sheet
            #expect(builtIn == parsed, "\(name)")
            #expect(try Templates.styleSheet(name) == parsed, "\(name) by name")
            #expect(try #require(BuiltInStyleSheets.sheets[name]).files.map(\.name) == Self.chain(name).map(\.name))
        }
    }

    /// A sheet changed on disk is read from its file, not taken from the values built in; an
    /// unchanged copy gives the built-in value.
    @Test func aChangedSheetIsReadFromItsFile() throws {
        let dir = NSTemporaryDirectory() + "govdoc-builtin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let standard = try String(contentsOfFile: Self.templates + "/gbt9704.yaml", encoding: .utf8)
        let notice = try String(contentsOfFile: Self.templates + "/notice.yaml", encoding: .utf8)
        try standard.replacingOccurrences(of: "red: FF0000", with: "red: E60012").write(toFile: dir + "/gbt9704.yaml", atomically: true, encoding: .utf8)
        #expect(try Templates.styleSheet(dir + "/gbt9704.yaml").geometry.red == "E60012")
        try (notice + "elements:\n  red: E60013\n").write(toFile: dir + "/notice.yaml", atomically: true, encoding: .utf8)
        let changed = try Templates.styleSheet(dir + "/notice.yaml")
        #expect(changed.geometry.red == "E60013")
        #expect(changed.name == "notice")
        // unchanged copies anywhere give the shipped values
        try standard.write(toFile: dir + "/gbt9704.yaml", atomically: true, encoding: .utf8)
        try notice.write(toFile: dir + "/notice.yaml", atomically: true, encoding: .utf8)
        #expect(try Templates.styleSheet(dir + "/gbt9704.yaml") == (try #require(BuiltInStyleSheets.sheets["gbt9704"])).sheet)
        #expect(try Templates.styleSheet(dir + "/notice.yaml") == (try #require(BuiltInStyleSheets.sheets["notice"])).sheet)
    }

    // MARK: - The generator

    static func render() throws -> String {
        var out = """
        // Generated from Templates/*.yaml by BuiltInStyleSheetTests; do not edit. To regenerate:
        //
        //     GOVDOC_REGENERATE=1 swift test --filter BuiltInStyleSheetTests
        //
        // The shipped style sheets as Swift values, so that a process does not parse YAML before its
        // first document. `Templates.styleSheet` uses a value only while the sheet's file (and every
        // file it extends) is byte for byte the text below; a test fails when the two disagree.
        import GovDoc

        /// The style sheets govdoc ships, made from their YAML at build time.
        public enum BuiltInStyleSheets {
            /// A file of a sheet's `extends:` chain and its text.
            public struct File: Sendable {
                public let name: String
                public let text: String
            }

            /// A shipped sheet: its files, nearest first, and the sheet they make.
            public struct Entry: Sendable {
                public let files: [File]
                public let sheet: StyleSheet
            }

            /// By name (`gbt9704`, `notice`, …).
            public static let sheets: [String: Entry] = [

        """
        var texts: [(name: String, text: String)] = []
        for name in try sheetNames() {
            let sheet = try Templates.readStyleSheet(atPath: templates + "/" + name + ".yaml")
            out += "        \(literal(name)): Entry(\n            files: [\n"
            for file in try chain(name) {
                out += "                File(name: \(literal(file.name)), text: Texts.\(identifier(file.name))),\n"
                if !texts.contains(where: { $0.name == file.name }) { texts.append(file) }
            }
            out += "            ],\n            sheet: \(code(sheet))\n        ),\n"
        }
        out += "    ]\n\n    /// The files' texts, each once.\n    enum Texts {\n"
        for file in texts.sorted(by: { $0.name < $1.name }) {
            out += "        static let \(identifier(file.name)) = \(multiline(file.text))\n"
        }
        out += "    }\n}\n"
        return out
    }

    /// A Swift identifier for a sheet's name (`annual-report` → `annual_report`).
    static func identifier(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    static func literal(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A raw multi-line literal holding `text` exactly (its lines as they are).
    static func multiline(_ text: String) -> String {
        precondition(!text.contains("\"\"\"#") && !text.contains("\\#") && !text.contains("\r"), "text not representable")
        // the newline before the closing delimiter is not part of the string
        return "#\"\"\"\n" + text + (text.hasSuffix("\n") ? "\n" : "") + "\"\"\"#"
    }

    static func number(_ d: Double) -> String { "\(d)" }

    static func code(_ sheet: StyleSheet) -> String {
        let p = sheet.page, f = sheet.footer, g = sheet.geometry
        var out = "StyleSheet(\n"
        out += "                name: \(literal(sheet.name)),\n"
        out += "                page: PageSetup(width: \(number(p.width)), height: \(number(p.height)), marginTop: \(number(p.marginTop)), "
            + "marginBottom: \(number(p.marginBottom)), marginLeft: \(number(p.marginLeft)), marginRight: \(number(p.marginRight)), "
            + "linesPerPage: \(p.linesPerPage), charactersPerLine: \(p.charactersPerLine), linePitch: \(number(p.linePitch))),\n"
        out += "                footer: PageFooter(prefix: \(literal(f.prefix)), suffix: \(literal(f.suffix)), firstPageNumber: \(f.firstPageNumber), "
            + "sideIndent: \(number(f.sideIndent)), distanceBelowBlock: \(number(f.distanceBelowBlock)), alternateSides: \(f.alternateSides)),\n"
        out += "                fonts: [\n"
        for key in sheet.fonts.keys.sorted() {
            let face = sheet.fonts[key]!
            out += "                    \(literal(key)): FontFace(name: \(literal(face.name)), fallbacks: [\(face.fallbacks.map(literal).joined(separator: ", "))], "
                + "family: \(literal(face.family)), pitch: \(literal(face.pitch)), panose: \(face.panose.map(literal) ?? "nil"), "
                + "signature: \(face.signature.map { "[" + $0.map(literal).joined(separator: ", ") + "]" } ?? "nil")),\n"
        }
        out += "                ],\n                roles: [\n"
        for role in Role.allCases {
            guard let r = sheet.roles[role] else { continue }
            out += "                    .\(role): RoleStyle(displayName: \(literal(r.displayName)), font: \(literal(r.font)), size: \(number(r.size)), "
                + "bold: \(r.bold), alignment: .\(r.alignment.rawValue), firstLineIndent: \(number(r.firstLineIndent)), "
                + "keepWithNext: \(r.keepWithNext), snapToGrid: \(r.snapToGrid), lineHeight: \(r.lineHeight.map(number) ?? "nil"), "
                + "color: \(r.color.map(literal) ?? "nil")),\n"
        }
        out += "                ],\n"
        out += "                latinFont: \(sheet.latinFont.map(literal) ?? "nil"),\n"
        out += "                gridLetterSpacing: \(number(sheet.gridLetterSpacing)),\n"
        out += "                geometry: ElementGeometry(markTop: \(number(g.markTop)), red: \(literal(g.red)), separatorWidth: \(number(g.separatorWidth)), "
            + "separatorDistance: \(number(g.separatorDistance)), imprintThickRule: \(number(g.imprintThickRule)), imprintThinRule: \(number(g.imprintThinRule)), "
            + "letterMarkTop: \(number(g.letterMarkTop)), letterRuleLength: \(number(g.letterRuleLength)), letterRuleDistance: \(number(g.letterRuleDistance)), "
            + "letterBottomRule: \(number(g.letterBottomRule)), letterThickLine: \(number(g.letterThickLine)), letterThinLine: \(number(g.letterThinLine))),\n"
        out += "                autospace: \(sheet.autospace)\n            )"
        return out
    }
}
