import Foundation
import GovDoc
import GovDocMessages
import GovDocPackaging
import Yams
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem in a style sheet file.
public struct StyleSheetError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var line: Int?
    /// What is wrong, in either language.
    public var message: Message
    public init(path: String, line: Int?, message: Message) {
        self.path = path
        self.line = line
        self.message = message
    }
    public init(path: String, line: Int?, _ template: MessageTemplate, _ arguments: [String: String] = [:]) {
        self.init(path: path, line: line, message: Message(template, arguments))
    }
    /// `path:line`, or the path alone.
    public var location: String { line.map { "\(path):\($0)" } ?? path }
    public var description: String { "\(location): \(message)" }
}

/// Finds and loads style sheets from `Templates/`.
public enum Templates {
    /// The directories searched for `NAME.yaml`, in order: `$GOVDOC_TEMPLATES`, `Templates/`
    /// beside the executable or one level up (`share/govdoc/Templates` for an install), and
    /// the `Templates/` of the source checkout this library was built from.
    public static var searchPaths: [String] {
        var paths: [String] = []
        if let env = getenv("GOVDOC_TEMPLATES").map({ String(cString: $0) }), !env.isEmpty { paths.append(env) }
        paths += RunningExecutable.templateDirectories
        paths.append(checkoutTemplates)
        return paths
    }

    /// `Templates/` of the source checkout: Sources/GovDocTemplates/StyleSheetLoader.swift → the
    /// repository root.
    private static let checkoutTemplates: String = {
        let source: String = #filePath
        var parts = source.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Templates"
    }()

    private static func isFile(_ path: String) -> Bool { DiskFiles.exists(path) }

    /// The file for a style name (`gbt9704`) or a path (`./county.yaml`).
    public static func locate(_ nameOrPath: String, relativeTo base: String? = nil) -> String? {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            var candidates = [nameOrPath]
            if let base, !nameOrPath.hasPrefix("/") {
                candidates.insert((base.hasSuffix("/") ? base : base + "/") + nameOrPath, at: 0)
            }
            return candidates.first { isFile($0) }
        }
        for dir in searchPaths {
            let path = dir + "/" + nameOrPath + ".yaml"
            if isFile(path) { return path }
        }
        return nil
    }

    /// Loads a style sheet by name or path, from disk (relative to `base` first).
    public static func styleSheet(_ nameOrPath: String = "gbt9704", relativeTo base: String? = nil) throws -> StyleSheet {
        try styleSheet(nameOrPath, files: DiskFiles(baseDirectory: base))
    }

    /// Loads a style sheet by name or file name through `files`, the resolver every file a
    /// document names is read through (its `extends:` chain too).
    ///
    /// A sheet govdoc ships (`gbt9704`, `notice`, …) whose file, and every file it extends, is
    /// byte for byte the one govdoc was built with is not parsed again: its value was made from
    /// the YAML at build time (``BuiltInStyleSheets``; a test keeps the two in step). When no
    /// `Templates/` directory is found at all, the shipped sheets are still there by name.
    public static func styleSheet(_ nameOrPath: String, files: any FileResolver) throws -> StyleSheet {
        let file = try fetch(nameOrPath, files: files, from: nil)
        if let shipped = shippedSheet(file, files: files) { return shipped }
        return try sheet(from: try resolved(file, files: files, seen: []), path: file.reference)
    }

    /// Reads and parses the style sheet file at `path` (with its `extends:` chain), never using
    /// the values built in.
    public static func readStyleSheet(atPath path: String) throws -> StyleSheet {
        let files = DiskFiles()
        let file = try fetch(path, files: files, from: nil)
        return try sheet(from: try resolved(file, files: files, seen: []), path: path)
    }

    /// The sheet `name` names, or the style sheet error that says why not.
    static func fetch(_ name: String, files: any FileResolver, from referrer: String?, extends: Bool = false) throws(StyleSheetError) -> ResolvedFile {
        do {
            return try files.file(name, kind: .styleSheet, from: referrer)
        } catch {
            if extends, error.message.template == .styleNotFound {
                throw StyleSheetError(path: referrer ?? name, line: nil, message: Message(.styleExtendsMissing, error.message.arguments))
            }
            if extends {
                throw StyleSheetError(path: referrer ?? name, line: nil, message: Message(.styleLocated, ["where": "extends: " + name], parts: ["message": error.message]))
            }
            throw StyleSheetError(path: name, line: nil, message: error.message)
        }
    }

    private static func same(_ bytes: [UInt8], _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            bytes.count == utf8.count && (utf8.isEmpty || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) == 0 })
        }
    }

    /// The built-in value of `file` when it and the sheets it extends are the shipped ones,
    /// unchanged.
    static func shippedSheet(_ file: ResolvedFile, files: any FileResolver) -> StyleSheet? {
        var name = file.reference.split(separator: "/").last.map(String.init) ?? file.reference
        if name.hasSuffix(".yaml") { name = String(name.dropLast(5)) }
        guard let entry = BuiltInStyleSheets.sheets[name] else { return nil }
        var current = file
        for (index, shipped) in entry.files.enumerated() {
            if index > 0 {
                guard let parent = try? files.file(shipped.name, kind: .styleSheet, from: current.reference) else { return nil }
                current = parent
            }
            guard Self.same(current.bytes, shipped.text) else { return nil }
        }
        return entry.sheet
    }

    /// The style sheet for a document kind when none is named: `Templates/KIND.yaml` if there
    /// is one (`notice`, `letter`), else `gbt9704`.
    public static func defaultName(forKind kind: String) -> String {
        defaultName(forKind: kind, files: DiskFiles())
    }

    /// The same, the kind's sheet looked up through `files`.
    public static func defaultName(forKind kind: String, files: any FileResolver) -> String {
        guard kind != "report", StyleSheetName.isName(kind) else { return "gbt9704" }
        guard let file = try? files.file(kind, kind: .styleSheet, from: nil) else { return "gbt9704" }
        // only a style sheet (with `extends:` or `roles:`), not a table layout of the same name
        let keys = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }
        return keys.contains { $0.hasPrefix("extends:") || $0.hasPrefix("roles:") } ? kind : "gbt9704"
    }

    /// The sheet's YAML with `extends: NAME` resolved: the named sheet's keys, overridden key by
    /// key (mappings merged, other values replaced) by this one's. A county's sheet can say
    /// only what it changes.
    static func resolved(_ file: ResolvedFile, files: any FileResolver, seen: [String]) throws -> Node {
        guard let text = String(bytes: file.bytes, encoding: .utf8) else {
            throw StyleSheetError(path: file.reference, line: nil, .styleUnreadable)
        }
        let path = file.reference
        let node = try compose(text, path: path)
        guard var mapping = node.mapping, let parentName = mapping["extends"]?.string else { return node }
        let identity = path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL.path : path   // one spelling per file
        if seen.contains(identity) {
            throw StyleSheetError(path: path, line: nil, .styleExtendsCircle, ["chain": (seen + [identity]).joined(separator: " → ")])
        }
        if seen.count >= 8 {
            throw StyleSheetError(path: path, line: nil, .styleExtendsDeep, ["chain": (seen + [identity]).joined(separator: " → ")])
        }
        let parentFile = try fetch(parentName, files: files, from: path, extends: true)
        let parent = try resolved(parentFile, files: files, seen: seen + [identity])
        guard let parentMapping = parent.mapping else {
            throw StyleSheetError(path: parentFile.reference, line: nil, .styleMalformedYAML, ["detail": ""])
        }
        mapping["extends"] = nil
        return Self.merge(Node.mapping(parentMapping), Node.mapping(mapping))
    }

    /// The `NAME` of every `NAME.yaml` in `directory` (none when it cannot be listed).
    static func yamlNames(in directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasSuffix(".yaml"), !name.hasPrefix(".") { names.append(String(name.dropLast(5))) }
        }
        return names.sorted()
    }

    private static func merge(_ base: Node, _ override: Node) -> Node {
        guard var result = base.mapping, let changes = override.mapping else { return override }
        for (key, value) in changes {
            if let existing = result[key] { result[key] = merge(existing, value) } else { result[key] = value }
        }
        return Node.mapping(result)
    }

    /// YAML → node tree, every scalar left as written: the sheet reader decides what each key
    /// holds. (Yams' default resolver compiles seven regular expressions, and its decoder one,
    /// on first use: most of a CLI run's start-up.)
    private static func compose(_ yaml: String, path: String) throws -> Node {
        do {
            return try DocumentYAML.compose(yaml) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YAMLLimitError {
            throw StyleSheetError(path: path, line: error.line, message: error.message)
        } catch {
            throw StyleSheetError(path: path, line: nil, .styleMalformedYAML, ["detail": "\(error)"])
        }
    }

    /// Parses style sheet YAML.
    public static func parse(_ yaml: String, path: String = "<style sheet>") throws -> StyleSheet {
        try sheet(from: compose(yaml, path: path), path: path)
    }

    static func sheet(from root: Node, path: String) throws -> StyleSheet {
        do {
            return try RawSheet(SheetNode(root)).sheet(path: path)
        } catch let problem as SheetNode.Problem {
            throw StyleSheetError(path: path, line: nil, message: problem.message)
        }
    }
}

/// A node of a style sheet's YAML with where it is (`page.width`), read key by key.
struct SheetNode {
    struct Problem: Error {
        var message: Message
    }
    let node: Node
    let path: [String]

    init(_ node: Node, path: [String] = []) {
        self.node = node
        self.path = path
    }

    private var at: String { path.joined(separator: ".") }

    func problem(_ detail: MessageTemplate, _ arguments: [String: String] = [:]) -> Problem {
        Problem(message: Message(.styleInvalidValue, ["at": at], parts: ["detail": Message(detail, arguments)]))
    }

    /// The value of `key`, which must be there.
    func callAsFunction(_ key: String) throws -> SheetNode {
        guard let value = optional(key) else {
            throw Problem(message: Message(.styleMissingKey, ["key": key, "at": at]))
        }
        return value
    }

    /// The value of `key`, nil when the key is absent or its value is null (`~`, `null`, empty).
    func optional(_ key: String) -> SheetNode? {
        guard let value = node.mapping?[key] else { return nil }
        if case .scalar(let s) = value, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return SheetNode(value, path: path + [key])
    }

    /// The pairs of a mapping, in order.
    func entries() throws -> [(key: String, value: SheetNode)] {
        guard let mapping = node.mapping else { throw problem(.styleExpectedMapping) }
        return try mapping.map { pair in
            guard let key = pair.key.string else { throw problem(.styleExpectedMapping) }
            return (key, SheetNode(pair.value, path: path + [key]))
        }
    }

    func string() throws -> String {
        guard case .scalar(let s) = node else { throw problem(.styleExpectedText) }
        return s.string
    }

    func strings() throws -> [String] {
        guard case .sequence(let items) = node else { throw problem(.styleExpectedList) }
        return try items.enumerated().map { try SheetNode($0.element, path: path + [String($0.offset)]).string() }
    }

    func int() throws -> Int {
        guard let value = Int(try string().trimmingCharacters(in: .whitespaces)) else { throw problem(.styleExpectedWholeNumber) }
        return value
    }

    func double() throws -> Double {
        guard let value = Double(try string().trimmingCharacters(in: .whitespaces)) else { throw problem(.styleExpectedNumber) }
        return value
    }

    func bool() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw problem(.styleExpectedBool)
        }
    }

    /// A length with a unit: `37mm`, `3.7cm`, `16pt`, or a bare number of points.
    func length() throws -> Double {
        var s = try string().trimmingCharacters(in: .whitespaces)
        if let n = Double(s) { return n }
        var sign = 1.0
        if s.hasPrefix("-") { sign = -1; s.removeFirst() }
        if s.hasSuffix("mm"), let n = Double(s.dropLast(2)) { return sign * GovDoc.points(mm: n) }
        if s.hasSuffix("cm"), let n = Double(s.dropLast(2)) { return sign * GovDoc.points(mm: n * 10) }
        if s.hasSuffix("pt"), let n = Double(s.dropLast(2)) { return sign * n }
        throw problem(.styleNotALength, ["value": s])
    }

    func alignment() throws -> Alignment {
        let s = try string()
        guard let value = Alignment(rawValue: s) else { throw problem(.styleNotAnAlignment, ["value": s]) }
        return value
    }

    func fontFace() throws -> FontFace {
        FontFace(name: try self("name").string(), fallbacks: try optional("fallbacks")?.strings() ?? [],
                 family: try optional("family")?.string() ?? "roman", pitch: try optional("pitch")?.string() ?? "variable",
                 panose: try optional("panose")?.string(), signature: try optional("signature")?.strings())
    }
}

/// The keys of a style sheet, read from its YAML.
private struct RawSheet {
    struct Page {
        var width, height, marginTop, marginBottom, marginLeft, marginRight: Double
        var linesPerPage: Int
        var charactersPerLine: Int
        var linePitch: Double
        init(_ n: SheetNode) throws {
            width = try n("width").length(); height = try n("height").length()
            marginTop = try n("margin-top").length(); marginBottom = try n("margin-bottom").length()
            marginLeft = try n("margin-left").length(); marginRight = try n("margin-right").length()
            linesPerPage = try n("lines-per-page").int()
            charactersPerLine = try n("characters-per-line").int()
            linePitch = try n("line-pitch").length()
        }
    }
    struct Footer {
        var prefix: String
        var suffix: String
        var sideIndent: Double
        var distanceBelowBlock: Double
        var alternateSides: Bool
        init(_ n: SheetNode) throws {
            prefix = try n("prefix").string(); suffix = try n("suffix").string()
            sideIndent = try n("side-indent").length()
            distanceBelowBlock = try n("distance-below-block").length()
            alternateSides = try n("alternate-sides").bool()
        }
    }
    struct RoleEntry {
        var name: String
        var font: String
        var size: Double
        var bold: Bool?
        var align: Alignment?
        var firstLineIndent: Double?
        var keepWithNext: Bool?
        var snapToGrid: Bool?
        var lineHeight: Double?
        var color: String?
        init(_ n: SheetNode) throws {
            name = try n("name").string(); font = try n("font").string(); size = try n("size").length()
            bold = try n.optional("bold")?.bool()
            align = try n.optional("align")?.alignment()
            firstLineIndent = try n.optional("first-line-indent")?.double()
            keepWithNext = try n.optional("keep-with-next")?.bool()
            snapToGrid = try n.optional("snap-to-grid")?.bool()
            lineHeight = try n.optional("line-height")?.length()
            color = try n.optional("color")?.string()
        }
    }
    var name: String
    var page: Page
    var footer: Footer
    var latinFont: String?
    var gridLetterSpacing: Double?
    var autospace: Bool?
    var geometry: ElementGeometry
    var fonts: [String: FontFace]
    var roles: [(key: String, entry: RoleEntry)]

    init(_ n: SheetNode) throws {
        name = try n("name").string()
        page = try Page(n("page"))
        footer = try Footer(n("footer"))
        latinFont = try n.optional("latin-font")?.string()
        gridLetterSpacing = try n.optional("grid-letter-spacing")?.length()
        autospace = try n.optional("autospace")?.bool()
        fonts = try Dictionary(n("fonts").entries().map { ($0.key, try $0.value.fontFace()) }, uniquingKeysWith: { $1 })
        roles = try n("roles").entries().map { ($0.key, try RoleEntry($0.value)) }
        geometry = ElementGeometry()
        if let e = n.optional("elements") {
            func set(_ key: String, _ field: WritableKeyPath<ElementGeometry, Double>) throws {
                if let v = try e.optional(key)?.length() { geometry[keyPath: field] = v }
            }
            try set("mark-top", \.markTop)
            try set("separator-width", \.separatorWidth)
            try set("separator-distance", \.separatorDistance)
            try set("imprint-thick-rule", \.imprintThickRule)
            try set("imprint-thin-rule", \.imprintThinRule)
            try set("letter-mark-top", \.letterMarkTop)
            try set("letter-rule-length", \.letterRuleLength)
            try set("letter-rule-distance", \.letterRuleDistance)
            try set("letter-bottom-rule", \.letterBottomRule)
            try set("letter-thick-line", \.letterThickLine)
            try set("letter-thin-line", \.letterThinLine)
            if let v = try e.optional("red")?.string() { geometry.red = v }
        }
    }

    func sheet(path: String) throws -> StyleSheet {
        var styles: [Role: RoleStyle] = [:]
        for (key, entry) in roles {
            guard let role = Role(rawValue: key) else {
                throw StyleSheetError(path: path, line: nil, .styleUnknownRole, ["role": key, "roles": Role.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            styles[role] = RoleStyle(displayName: entry.name, font: entry.font, size: entry.size,
                                     bold: entry.bold ?? false, alignment: entry.align ?? .justify,
                                     firstLineIndent: entry.firstLineIndent ?? 0, keepWithNext: entry.keepWithNext ?? false,
                                     snapToGrid: entry.snapToGrid ?? true, lineHeight: entry.lineHeight, color: entry.color)
        }
        // Roles added after a county may have copied its sheet: derived, not required.
        if styles[.attachmentLabel] == nil, var label = styles[.heading1] {
            label.displayName = "附件标识"
            label.alignment = .left
            label.firstLineIndent = 0
            styles[.attachmentLabel] = label
        }
        if styles[.classification] == nil, var marks = styles[.heading1] {
            marks.displayName = "密级和紧急程度"
            marks.alignment = .left
            marks.firstLineIndent = 0
            marks.keepWithNext = true
            styles[.classification] = marks
        }
        let p = page
        let setup = PageSetup(width: p.width, height: p.height, marginTop: p.marginTop,
                              marginBottom: p.marginBottom, marginLeft: p.marginLeft,
                              marginRight: p.marginRight, linesPerPage: p.linesPerPage,
                              charactersPerLine: p.charactersPerLine, linePitch: p.linePitch)
        let f = footer
        let pageFooter = PageFooter(prefix: f.prefix, suffix: f.suffix, firstPageNumber: 1, sideIndent: f.sideIndent,
                                    distanceBelowBlock: f.distanceBelowBlock, alternateSides: f.alternateSides)
        let sheet = StyleSheet(name: name, page: setup, footer: pageFooter, fonts: fonts, roles: styles, latinFont: latinFont,
                               gridLetterSpacing: gridLetterSpacing ?? 0,
                               geometry: geometry, autospace: autospace ?? false)
        let problems = sheet.problemMessages
        if !problems.isEmpty {
            throw StyleSheetError(path: path, line: nil, message: Message(.styleUnusable, [:], parts: ["detail": problems[0]]))
        }
        return sheet
    }
}
