/// `govdoc serve`, which starts the server program `govdoc-serve`.
extension MessageTemplate {
    public static let launcherTemplates: [MessageTemplate] = [cliServeMissing]

    public static let cliServeMissing = MessageTemplate("cli.serve.missing",
        zh: "找不到服务程序 govdoc-serve（应在 {path}，或在 PATH 中）：源代码中请先运行 swift build（swift run govdoc 只编译 govdoc），安装包中它与 govdoc 一同安装",
        en: "the server program govdoc-serve was not found ({path}, or on PATH): in a checkout run swift build first (swift run govdoc builds govdoc only); a package installs it beside govdoc")
}
