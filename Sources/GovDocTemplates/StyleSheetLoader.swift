import Foundation
import GovDoc
import GovDocMessages
import Yams

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
        if let env = ProcessInfo.processInfo.environment["GOVDOC_TEMPLATES"], !env.isEmpty { paths.append(env) }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        paths.append(exe.appendingPathComponent("Templates").path)
        paths.append(exe.deletingLastPathComponent().appendingPathComponent("share/govdoc/Templates").path)
        // Sources/GovDocTemplates/StyleSheetLoader.swift → repository root
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        paths.append(checkout.appendingPathComponent("Templates").path)
        return paths
    }

    /// The file for a style name (`gbt9704`) or a path (`./county.yaml`).
    public static func locate(_ nameOrPath: String, relativeTo base: String? = nil) -> String? {
        let fm = FileManager.default
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            var candidates = [nameOrPath]
            if let base, !nameOrPath.hasPrefix("/") {
                candidates.insert(URL(fileURLWithPath: base).appendingPathComponent(nameOrPath).path, at: 0)
            }
            return candidates.first { fm.fileExists(atPath: $0) }
        }
        for dir in searchPaths {
            let path = dir + "/" + nameOrPath + ".yaml"
            if fm.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// Loads a style sheet by name or path.
    public static func styleSheet(_ nameOrPath: String = "gbt9704", relativeTo base: String? = nil) throws -> StyleSheet {
        guard let path = locate(nameOrPath, relativeTo: base) else {
            throw StyleSheetError(path: nameOrPath, line: nil, .styleNotFound, ["name": nameOrPath, "paths": searchPaths.joined(separator: ", ")])
        }
        return try parse(try resolved(path, seen: []), path: path)
    }

    /// The style sheet for a document kind when none is named: `Templates/KIND.yaml` if there
    /// is one (`notice`, `letter`), else `gbt9704`.
    public static func defaultName(forKind kind: String) -> String {
        guard kind != "report", let path = locate(kind) else { return "gbt9704" }
        // only a style sheet (with `extends:` or `roles:`), not a table layout of the same name
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }
        return keys.contains { $0.hasPrefix("extends:") || $0.hasPrefix("roles:") } ? kind : "gbt9704"
    }

    /// The sheet's YAML with `extends: NAME` resolved: the named sheet's keys, overridden key by
    /// key (mappings merged, other values replaced) by this one's. A county's sheet can say
    /// only what it changes.
    static func resolved(_ path: String, seen: [String]) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw StyleSheetError(path: path, line: nil, .styleUnreadable)
        }
        guard text.contains("extends:") else { return text }
        let node: Node
        do {
            guard let root = try Yams.compose(yaml: text) else { return text }
            node = root
        } catch {
            throw StyleSheetError(path: path, line: nil, .styleMalformedYAML, ["detail": "\(error)"])
        }
        guard var mapping = node.mapping, let parentName = mapping["extends"]?.string else { return text }
        let path = URL(fileURLWithPath: path).standardizedFileURL.path   // one spelling per file
        if seen.contains(path) {
            throw StyleSheetError(path: path, line: nil, .styleExtendsCircle, ["chain": (seen + [path]).joined(separator: " → ")])
        }
        if seen.count >= 8 {
            throw StyleSheetError(path: path, line: nil, .styleExtendsDeep, ["chain": (seen + [path]).joined(separator: " → ")])
        }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        guard let parentPath = locate(parentName, relativeTo: directory) else {
            throw StyleSheetError(path: path, line: nil, .styleExtendsMissing, ["name": parentName, "paths": searchPaths.joined(separator: ", ")])
        }
        let parentText = try resolved(parentPath, seen: seen + [path])
        guard let parent = try? Yams.compose(yaml: parentText), let parentMapping = parent.mapping else {
            throw StyleSheetError(path: parentPath, line: nil, .styleMalformedYAML, ["detail": ""])
        }
        mapping["extends"] = nil
        let merged = Self.merge(Node.mapping(parentMapping), Node.mapping(mapping))
        do {
            return try Yams.serialize(node: merged)
        } catch {
            throw StyleSheetError(path: path, line: nil, .styleMerge, ["name": parentName, "detail": "\(error)"])
        }
    }

    private static func merge(_ base: Node, _ override: Node) -> Node {
        guard var result = base.mapping, let changes = override.mapping else { return override }
        for (key, value) in changes {
            if let existing = result[key] { result[key] = merge(existing, value) } else { result[key] = value }
        }
        return Node.mapping(result)
    }

    /// Parses style sheet YAML.
    public static func parse(_ yaml: String, path: String = "<style sheet>") throws -> StyleSheet {
        let raw: RawSheet
        do {
            raw = try YAMLDecoder().decode(RawSheet.self, from: yaml)
        } catch let error as YamlError {
            throw StyleSheetError(path: path, line: nil, .styleMalformedYAML, ["detail": "\(error)"])
        } catch let DecodingError.keyNotFound(key, context) {
            throw StyleSheetError(path: path, line: nil, .styleMissingKey, ["key": key.stringValue, "at": context.codingPath.map(\.stringValue).joined(separator: ".")])
        } catch let DecodingError.dataCorrupted(context) {
            throw StyleSheetError(path: path, line: nil, .styleInvalidValue, ["detail": context.debugDescription, "at": context.codingPath.map(\.stringValue).joined(separator: ".")])
        } catch let DecodingError.typeMismatch(_, context) {
            throw StyleSheetError(path: path, line: nil, .styleInvalidValue, ["detail": context.debugDescription, "at": context.codingPath.map(\.stringValue).joined(separator: ".")])
        } catch {
            throw StyleSheetError(path: path, line: nil, .styleOther, ["detail": "\(error)"])
        }
        return try raw.sheet(path: path)
    }
}

/// A length with a unit: `37mm`, `16pt`.
struct Length: Decodable {
    var points: Double
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Double.self) { points = n; return }
        var s = try c.decode(String.self).trimmingCharacters(in: .whitespaces)
        var sign = 1.0
        if s.hasPrefix("-") { sign = -1; s.removeFirst() }
        if s.hasSuffix("mm"), let n = Double(s.dropLast(2)) { points = sign * GovDoc.points(mm: n) }
        else if s.hasSuffix("cm"), let n = Double(s.dropLast(2)) { points = sign * GovDoc.points(mm: n * 10) }
        else if s.hasSuffix("pt"), let n = Double(s.dropLast(2)) { points = sign * n }
        else { throw DecodingError.dataCorruptedError(in: c, debugDescription: Message(.styleNotALength, ["value": s]).description) }
    }
}

private struct RawSheet: Decodable {
    struct Page: Decodable {
        var width, height: Length
        var marginTop, marginBottom, marginLeft, marginRight: Length
        var linesPerPage: Int
        var charactersPerLine: Int
        var linePitch: Length
        enum CodingKeys: String, CodingKey {
            case width, height
            case marginTop = "margin-top", marginBottom = "margin-bottom", marginLeft = "margin-left", marginRight = "margin-right"
            case linesPerPage = "lines-per-page", charactersPerLine = "characters-per-line", linePitch = "line-pitch"
        }
    }
    struct Footer: Decodable {
        var prefix: String
        var suffix: String
        var sideIndent: Length
        var distanceBelowBlock: Length
        var alternateSides: Bool
        enum CodingKeys: String, CodingKey {
            case prefix, suffix, sideIndent = "side-indent", distanceBelowBlock = "distance-below-block", alternateSides = "alternate-sides"
        }
    }
    struct RoleEntry: Decodable {
        var name: String
        var font: String
        var size: Length
        var bold: Bool?
        var align: Alignment?
        var firstLineIndent: Double?
        var keepWithNext: Bool?
        var snapToGrid: Bool?
        var lineHeight: Length?
        var color: String?
        enum CodingKeys: String, CodingKey {
            case name, font, size, bold, align, color
            case firstLineIndent = "first-line-indent", keepWithNext = "keep-with-next"
            case snapToGrid = "snap-to-grid", lineHeight = "line-height"
        }
    }
    var name: String
    var page: Page
    var footer: Footer
    var latinFont: String?
    var gridLetterSpacing: Length?
    var elements: Elements?
    var fonts: [String: FontFace]
    var roles: [String: RoleEntry]
    enum CodingKeys: String, CodingKey { case name, page, footer, fonts, roles, latinFont = "latin-font", gridLetterSpacing = "grid-letter-spacing", elements }

    struct Elements: Decodable {
        var markTop, separatorWidth, separatorDistance, imprintThickRule, imprintThinRule: Length?
        var letterMarkTop, letterRuleLength, letterRuleDistance, letterBottomRule, letterThickLine, letterThinLine: Length?
        var red: String?
        enum CodingKeys: String, CodingKey {
            case markTop = "mark-top", separatorWidth = "separator-width", separatorDistance = "separator-distance"
            case imprintThickRule = "imprint-thick-rule", imprintThinRule = "imprint-thin-rule", red
            case letterMarkTop = "letter-mark-top", letterRuleLength = "letter-rule-length"
            case letterRuleDistance = "letter-rule-distance", letterBottomRule = "letter-bottom-rule"
            case letterThickLine = "letter-thick-line", letterThinLine = "letter-thin-line"
        }
        var geometry: ElementGeometry {
            var g = ElementGeometry()
            if let v = markTop { g.markTop = v.points }
            if let v = separatorWidth { g.separatorWidth = v.points }
            if let v = separatorDistance { g.separatorDistance = v.points }
            if let v = imprintThickRule { g.imprintThickRule = v.points }
            if let v = imprintThinRule { g.imprintThinRule = v.points }
            if let v = red { g.red = v }
            if let v = letterMarkTop { g.letterMarkTop = v.points }
            if let v = letterRuleLength { g.letterRuleLength = v.points }
            if let v = letterRuleDistance { g.letterRuleDistance = v.points }
            if let v = letterBottomRule { g.letterBottomRule = v.points }
            if let v = letterThickLine { g.letterThickLine = v.points }
            if let v = letterThinLine { g.letterThinLine = v.points }
            return g
        }
    }

    func sheet(path: String) throws -> StyleSheet {
        var styles: [Role: RoleStyle] = [:]
        for (key, entry) in roles {
            guard let role = Role(rawValue: key) else {
                throw StyleSheetError(path: path, line: nil, .styleUnknownRole, ["role": key, "roles": Role.allCases.map(\.rawValue).joined(separator: ", ")])
            }
            styles[role] = RoleStyle(displayName: entry.name, font: entry.font, size: entry.size.points,
                                     bold: entry.bold ?? false, alignment: entry.align ?? .justify,
                                     firstLineIndent: entry.firstLineIndent ?? 0, keepWithNext: entry.keepWithNext ?? false,
                                     snapToGrid: entry.snapToGrid ?? true, lineHeight: entry.lineHeight?.points, color: entry.color)
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
        let setup = PageSetup(width: p.width.points, height: p.height.points, marginTop: p.marginTop.points,
                              marginBottom: p.marginBottom.points, marginLeft: p.marginLeft.points,
                              marginRight: p.marginRight.points, linesPerPage: p.linesPerPage,
                              charactersPerLine: p.charactersPerLine, linePitch: p.linePitch.points)
        let f = footer
        let pageFooter = PageFooter(prefix: f.prefix, suffix: f.suffix, firstPageNumber: 1, sideIndent: f.sideIndent.points,
                                    distanceBelowBlock: f.distanceBelowBlock.points, alternateSides: f.alternateSides)
        let sheet = StyleSheet(name: name, page: setup, footer: pageFooter, fonts: fonts, roles: styles, latinFont: latinFont,
                               gridLetterSpacing: gridLetterSpacing?.points ?? 0,
                               geometry: elements?.geometry ?? ElementGeometry())
        let problems = sheet.problemMessages
        if !problems.isEmpty {
            throw StyleSheetError(path: path, line: nil, message: Message(.styleUnusable, [:], parts: ["detail": problems[0]]))
        }
        return sheet
    }
}
