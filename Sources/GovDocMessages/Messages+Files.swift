extension MessageTemplate {
    /// The files a document names (seal, signature image, figures, style sheets) and the limits
    /// on reading any file: what the CLI's and the server's resolvers say.
    public static let filesTemplates: [MessageTemplate] = [
        filesNotRegular, filesTooLarge, filesNoSuchPart, filesNoStyleSheet, filesBadPartName, filesPartIsFolder,
        filesDuplicatePart, serverMethodNotAllowed, fileKindSource, fileKindImage, fileKindStyleSheet, fileKindDraft,
        filesNameTooLong, filesNameCharacter, filesNameNotRelative, filesNameTooDeep,
    ]

    public static let filesNotRegular = MessageTemplate("file.not-regular",
        zh: "这不是普通文件（是管道、设备或套接字），govdoc 不读取",
        en: "it is not a regular file (a pipe, device or socket), which govdoc does not read")
    public static let filesTooLarge = MessageTemplate("file.too-large",
        zh: "文件大小 {size} 超过{kind}的上限 {limit}",
        en: "the file's {size} is over the limit of {limit} for {kind}")
    public static let filesNoSuchPart = MessageTemplate("file.no-such-part",
        zh: "请求中没有上传名为“{name}”的文件：请随请求以 multipart/form-data 上传，filename 写“{name}”",
        en: "the request uploaded no file named \"{name}\": upload it with the request (multipart/form-data, filename \"{name}\")")
    public static let filesNoStyleSheet = MessageTemplate("file.no-style-sheet",
        zh: "没有名为“{name}”的样式表（可用：{names}）",
        en: "no style sheet named \"{name}\" (there are: {names})")
    public static let filesBadPartName = MessageTemplate("file.bad-part-name",
        zh: "上传的文件名“{name}”不可用：{reason}",
        en: "the uploaded file name \"{name}\" cannot be used: {reason}")
    public static let filesPartIsFolder = MessageTemplate("file.part-is-folder",
        zh: "上传的文件名“{name}”把已上传的文件“{other}”当作文件夹",
        en: "the uploaded file name \"{name}\" uses the uploaded file \"{other}\" as a folder")
    public static let filesDuplicatePart = MessageTemplate("file.duplicate-part",
        zh: "文件“{name}”上传了两次",
        en: "the file \"{name}\" is uploaded twice")
    public static let serverMethodNotAllowed = MessageTemplate("server.method-not-allowed",
        zh: "{path} 不接受 {method} 请求（可用：{allow}）。",
        en: "{path} does not accept {method} (it accepts {allow}).")

    public static let fileKindSource = MessageTemplate("file.kind.source", zh: "源文件", en: "a source file")
    public static let fileKindImage = MessageTemplate("file.kind.image", zh: "图片", en: "an image")
    public static let fileKindStyleSheet = MessageTemplate("file.kind.style-sheet", zh: "样式表", en: "a style sheet")
    public static let fileKindDraft = MessageTemplate("file.kind.draft", zh: "草稿（.docx/.odt）", en: "a draft (.docx/.odt)")
    public static let filesNameTooLong = MessageTemplate("file.name.too-long",
        zh: "文件名超过 {limit} 字节", en: "it is longer than {limit} bytes")
    public static let filesNameCharacter = MessageTemplate("file.name.character",
        zh: "文件名含有控制字符或反斜杠", en: "it holds a control character or a backslash")
    public static let filesNameNotRelative = MessageTemplate("file.name.not-relative",
        zh: "文件名应为相对名称：不以“/”开头，不含空段、“.”或“..”",
        en: "it must be a relative name: no leading `/`, no empty, `.` or `..` segment")
    public static let filesNameTooDeep = MessageTemplate("file.name.too-deep",
        zh: "文件夹层数超过 {limit}", en: "it is more than {limit} folders deep")
}
