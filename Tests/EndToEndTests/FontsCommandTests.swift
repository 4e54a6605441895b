import Foundation
import Testing

/// `govdoc fonts` and `export --pdf --require-standard-fonts` (issue 28, item 3), checked
/// against fontconfig's own tools: `fc-list` says which families are installed, `fc-match`
/// with govdoc's PDF profile which face stands in.
@Suite struct FontsCommandTests {
    struct Face: Decodable { var face: String; var alternative: String?; var installed: String?; var pdf: String?; var roles: [String] }

    static func faces(environment: [String: String] = [:]) throws -> (status: Int32, faces: [Face]) {
        let result = try run(govdocExecutable, ["fonts", "--json"], environment: environment)
        return (result.status, try JSONDecoder().decode([Face].self, from: Data(result.stdout.utf8)))
    }

    /// Every family name fc-list reports (a font's names in each language, comma-separated).
    static func installedFamilies(environment: [String: String] = [:]) throws -> Set<String> {
        let list = try run(which("fc-list") ?? "/usr/bin/fc-list", [":", "family"], environment: environment).stdout
        return Set(list.split(separator: "\n").flatMap { $0.split(separator: ",") }.map { $0.replacingOccurrences(of: "\\-", with: "-") })
    }

    @Test func theFacesOfTheStandardAsFontconfigSeesThem() throws {
        let (status, faces) = try Self.faces()
        #expect(faces.map(\.face).sorted() == ["仿宋_GB2312", "宋体", "方正小标宋简体", "楷体_GB2312", "黑体"])
        let installed = try Self.installedFamilies()
        for face in faces {
            let expected = [face.face, face.alternative].compactMap { $0 }.first { installed.contains($0) }
            #expect(face.installed == expected, "\(face.face): govdoc says \(face.installed ?? "missing"), fc-list \(expected ?? "missing")")
            #expect(!face.roles.isEmpty)
            // the stand-in as fc-match gives it with govdoc's PDF profile
            let profile = Paths.root.appendingPathComponent("Templates/fonts/fontconfig.conf").path
            let matched = try run(which("fc-match") ?? "/usr/bin/fc-match", ["-f", "%{family[0]}", "\(face.face):lang=zh-cn"],
                                  environment: ["FONTCONFIG_FILE": profile]).stdout
            #expect(face.pdf == matched, "\(face.face): govdoc says \(face.pdf ?? "?"), fc-match \(matched)")
        }
        #expect(status == (faces.allSatisfy { $0.installed != nil } ? 0 : 1))
        let body = try #require(faces.first { $0.face == "仿宋_GB2312" })
        #expect(body.roles.contains("公文正文") && body.alternative == "仿宋")
    }

    /// A machine with 仿宋 (a font whose family is renamed so in a fontconfig file of the
    /// test's own): 仿宋_GB2312 counts as installed under its other name; the PDF export that
    /// requires the standard faces is still refused for the others, naming each, and writes nothing.
    @Test func anInstalledFaceCountsAndTheMissingOnesRefuseThePDF() throws {
        let font = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"
        try #require(FileManager.default.fileExists(atPath: font), "Scripts/test.sh installs texlive-lang-chinese (the Fandol faces)")
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fonts = dir.appendingPathComponent("fonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: font, toPath: fonts.appendingPathComponent("fang.otf").path)
        let config = dir.appendingPathComponent("fonts.conf")
        try """
        <?xml version="1.0"?>
        <fontconfig>
          <dir>\(fonts.path)</dir>
          <cachedir>\(dir.appendingPathComponent("cache").path)</cachedir>
          <match target="scan">
            <test name="family"><string>FandolFang</string></test>
            <edit name="family" mode="assign_replace"><string>仿宋</string></edit>
          </match>
        </fontconfig>
        """.write(to: config, atomically: true, encoding: .utf8)
        let environment = ["FONTCONFIG_FILE": config.path]
        #expect(try Self.installedFamilies(environment: environment).contains("仿宋"), "the test's machine has 仿宋")
        let (status, faces) = try Self.faces(environment: environment)
        #expect(status == 1)
        #expect(faces.first { $0.face == "仿宋_GB2312" }?.installed == "仿宋")
        #expect(faces.filter { $0.installed == nil }.map(\.face).sorted() == ["宋体", "方正小标宋简体", "楷体_GB2312", "黑体"])

        let pdf = dir.appendingPathComponent("notice.pdf").path
        let export = try run(govdocExecutable, ["export", "--pdf", "--require-standard-fonts", "-o", pdf,
                                                Paths.root.appendingPathComponent("Examples/notice/notice.md").path],
                             environment: environment.merging(["LANG": "en_US.UTF-8"]) { $1 })
        #expect(export.status == 1)
        let lines = export.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.allSatisfy { $0.contains("notice.md: error: the face ") && $0.contains("is not installed") })
        #expect(!export.stderr.contains("仿宋_GB2312"))
        #expect(lines.contains { $0.contains("方正小标宋简体") && $0.contains("公文标题") })
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }
}
