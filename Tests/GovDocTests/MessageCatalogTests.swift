import Foundation
import Testing
import GovDocMessages

@Suite struct MessageCatalogTests {
    @Test func everyMessageHasBothLanguagesWithTheSamePlaceholders() {
        #expect(!MessageCatalog.all.isEmpty)
        for template in MessageCatalog.all {
            #expect(!template.zh.isEmpty, "\(template.id) has no Chinese text")
            #expect(!template.en.isEmpty, "\(template.id) has no English text")
            #expect(Set(MessageTemplate.placeholders(in: template.zh)) == Set(MessageTemplate.placeholders(in: template.en)),
                    "\(template.id): placeholders differ between zh and en")
            #expect(template.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                    "\(template.id): the Chinese text has no Chinese")
        }
    }

    /// Every template declared in a `Messages+*.swift` file is listed in the catalog (and so
    /// checked above): counted from the sources.
    @Test func everyDeclaredTemplateIsInTheCatalog() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/GovDocMessages")
        var declared: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasPrefix("Messages+") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("= MessageTemplate(\"") {
                let id = line.split(separator: "\"")[1]
                declared.append(String(id))
            }
        }
        #expect(declared.count > 150)
        let listed = Set(MessageCatalog.all.map(\.id))
        for id in declared { #expect(listed.contains(id), "\(id) is declared but not in MessageCatalog.all") }
    }

    @Test func idsAreUnique() {
        var seen = Set<String>()
        for template in MessageCatalog.all {
            #expect(seen.insert(template.id).inserted, "\(template.id) appears twice")
        }
    }

    @Test func placeholdersAreFilledInEitherLanguage() {
        let t = MessageTemplate("test.sample", zh: "第{line}行：「{key}」未知", en: "line {line}: unknown `{key}`")
        let m = Message(t, ["line": "3", "key": "titel"])
        #expect(m.text(in: .zh) == "第3行：「titel」未知")
        #expect(m.text(in: .en) == "line 3: unknown `titel`")
        #expect(m.id == "test.sample")
    }

    @Test func languageFollowsTheLocale() {
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"]) == .zh)
        #expect(Language.fromEnvironment(["GOVDOC_LANG": "en", "LANG": "zh_CN.UTF-8"]) == .en)
    }
}
