import CFontconfig
import GovDoc

/// Which of a style sheet's faces this machine has, by exact family name, and which face
/// fontconfig gives LibreOffice for each when it makes the PDF (`govdoc fonts`).
///
/// A document names the faces offices have (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体); a
/// machine without one prints with whatever fontconfig substitutes, which is the commonest
/// printing complaint. A face counts as installed under its declared name or under its first
/// alternative name in the style sheet, the same face as the office names it (仿宋 for
/// 仿宋_GB2312, SimHei for 黑体, 楷体 for 楷体_GB2312, FZXiaoBiaoSong-B05S for 方正小标宋简体).
public struct FontReport: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// The family the document declares (`仿宋_GB2312`).
        public var face: String
        /// The same face under another name, which also counts (`仿宋`).
        public var alternative: String?
        /// The roles set in it, by their display names (公文正文, 一级标题 …).
        public var roles: [String]
        /// The declared or alternative name found installed; nil: missing.
        public var installed: String?
        /// What fontconfig gives for the declared name, with govdoc's PDF profile when given:
        /// the face LibreOffice sets the PDF in.
        public var standIn: String?
    }

    public var entries: [Entry]

    /// The faces with neither their name nor their alternative installed.
    public var missing: [Entry] { entries.filter { $0.installed == nil } }
}

public enum FontCatalogError: Error, Sendable, Equatable {
    /// fontconfig could not be initialised, or could not read the profile (`path`).
    case configuration(path: String?)
}

public enum FontCatalog {
    /// The report for the faces `sheet` declares for its roles (the Latin face left out: the
    /// standard names the Chinese ones). `profile`: the fontconfig file LibreOffice is given for
    /// the PDF (`PDFWriter.fontConfigFile()`); nil: the machine's own configuration.
    public static func report(for sheet: StyleSheet, profile: String? = nil) throws(FontCatalogError) -> FontReport {
        let system = try Config.system()
        let installed = try system.families()
        let pdf = try profile.map { path throws(FontCatalogError) in try Config.file(path) } ?? system
        var entries: [FontReport.Entry] = []
        for face in sheet.usedFonts where face.name != sheet.latinFont {
            let roles = Role.allCases.filter { sheet.font($0).name == face.name }.map { sheet.style($0).displayName }
            let alternative = face.fallbacks.first
            let found = [face.name, alternative].compactMap { $0 }.first { installed.contains($0) }
            entries.append(FontReport.Entry(face: face.name, alternative: alternative, roles: roles,
                                            installed: found, standIn: pdf.match(face.name)))
        }
        return FontReport(entries: entries)
    }

    /// A fontconfig configuration with its fonts, freed with it.
    final class Config {
        let pointer: OpaquePointer

        private init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { FcConfigDestroy(pointer) }

        /// The machine's configuration (`/etc/fonts/fonts.conf` and what it includes).
        static func system() throws(FontCatalogError) -> Config {
            guard let config = FcInitLoadConfigAndFonts() else { throw .configuration(path: nil) }
            return Config(config)
        }

        /// The configuration in `path` (which may include the machine's), its fonts scanned.
        static func file(_ path: String) throws(FontCatalogError) -> Config {
            guard let config = FcConfigCreate() else { throw .configuration(path: path) }
            let holder = Config(config)
            guard Self.bytes(path, { FcConfigParseAndLoad(config, $0, FcTrue) }) == FcTrue, FcConfigBuildFonts(config) == FcTrue else {
                throw .configuration(path: path)
            }
            return holder
        }

        /// Every family name of every installed font (a font has one per language: `仿宋`, `FangSong`).
        func families() throws(FontCatalogError) -> Set<String> {
            guard let pattern = FcPatternCreate() else { throw .configuration(path: nil) }
            defer { FcPatternDestroy(pattern) }
            guard let objects = FcObjectSetCreate() else { throw .configuration(path: nil) }
            defer { FcObjectSetDestroy(objects) }
            guard FcObjectSetAdd(objects, FC_FAMILY) == FcTrue, let set = FcFontList(pointer, pattern, objects) else {
                throw .configuration(path: nil)
            }
            defer { FcFontSetDestroy(set) }
            var names = Set<String>()
            let fonts = set.pointee
            for i in 0..<Int(fonts.nfont) {
                guard let font = fonts.fonts[i] else { continue }
                names.formUnion(Self.strings(font, FC_FAMILY))
            }
            return names
        }

        /// The family fontconfig picks for `family` in Simplified Chinese, as LibreOffice asks.
        func match(_ family: String) -> String? {
            guard let pattern = FcPatternCreate() else { return nil }
            defer { FcPatternDestroy(pattern) }
            guard Self.bytes(family, { FcPatternAddString(pattern, FC_FAMILY, $0) }) == FcTrue,
                  Self.bytes("zh-cn", { FcPatternAddString(pattern, FC_LANG, $0) }) == FcTrue,
                  FcConfigSubstitute(pointer, pattern, FcMatchPattern) == FcTrue else { return nil }
            FcDefaultSubstitute(pattern)
            var result = FcResultNoMatch
            guard let matched = FcFontMatch(pointer, pattern, &result), result == FcResultMatch else { return nil }
            defer { FcPatternDestroy(matched) }
            return Self.strings(matched, FC_FAMILY).first
        }

        /// `text` as fontconfig's `FcChar8` string, for the length of `body`.
        static func bytes<T>(_ text: String, _ body: (UnsafePointer<FcChar8>) -> T) -> T {
            text.withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: text.utf8.count + 1, body) }
        }

        /// Every value of a string property of a pattern, in order.
        static func strings(_ pattern: OpaquePointer, _ object: String) -> [String] {
            var values: [String] = []
            var index: Int32 = 0
            while true {
                var value: UnsafeMutablePointer<FcChar8>?
                guard FcPatternGetString(pattern, object, index, &value) == FcResultMatch, let value else { break }
                values.append(String(cString: value))
                index += 1
            }
            return values
        }
    }
}
