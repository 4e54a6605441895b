/// Writing the output: files and the disk, the packages, the PDF through LibreOffice.
extension MessageTemplate {
    public static let exportTemplates: [MessageTemplate] = [
        packagingCannotWrite, packagingCannotWriteInto, packagingCannotRead,
        systemNoSuchFile, systemPermissionDenied, systemNoSpace, systemQuota, systemReadOnly, systemIsDirectory,
        systemNotDirectory, systemIO, systemOther,
        exportCannotBuild, exportOverwriteInput, exportSameOutput, exportCannotCreateDirectory, exportFailed,
        pdfNeedsLibreOffice, pdfConversionFailed,
    ]

    // MARK: files (GovDocPackaging)

    public static let packagingCannotWrite = MessageTemplate("file.write",
        zh: "无法写入 {path}：{reason}",
        en: "cannot write {path}: {reason}")
    public static let packagingCannotWriteInto = MessageTemplate("file.write-into",
        zh: "无法在 {directory} 中写入文件：{reason}",
        en: "cannot write into {directory}: {reason}")
    public static let packagingCannotRead = MessageTemplate("file.read",
        zh: "无法读取 {path}：{reason}",
        en: "cannot read {path}: {reason}")
    /// `errno` texts: the English ones are the C library's own words.
    public static let systemNoSuchFile = MessageTemplate("system.no-such-file", zh: "没有这个文件或文件夹", en: "No such file or directory")
    public static let systemPermissionDenied = MessageTemplate("system.permission", zh: "没有权限", en: "Permission denied")
    public static let systemNoSpace = MessageTemplate("system.no-space", zh: "磁盘空间不足", en: "No space left on device")
    public static let systemQuota = MessageTemplate("system.quota", zh: "超出磁盘配额", en: "Disk quota exceeded")
    public static let systemReadOnly = MessageTemplate("system.read-only", zh: "文件系统是只读的", en: "Read-only file system")
    public static let systemIsDirectory = MessageTemplate("system.is-directory", zh: "这是一个文件夹", en: "it is a directory")
    public static let systemNotDirectory = MessageTemplate("system.not-directory", zh: "路径中有一部分不是文件夹", en: "Not a directory")
    public static let systemIO = MessageTemplate("system.io", zh: "输入/输出错误", en: "Input/output error")
    public static let systemOther = MessageTemplate("system.other", zh: "系统错误：{detail}", en: "{detail}")

    // MARK: export (GovDocKit)

    public static let exportCannotBuild = MessageTemplate("export.build",
        zh: "无法生成 {format} 文件：{detail}",
        en: "cannot build the {format} package: {detail}")
    public static let exportOverwriteInput = MessageTemplate("export.overwrite-input",
        zh: "不能覆盖输入文件本身",
        en: "refusing to overwrite the input file")
    public static let exportSameOutput = MessageTemplate("export.same-output",
        zh: "与 {first} 的输出文件相同：请用 -o 指定别的位置，或将其中一个改名",
        en: "same output as {first}; name a different -o or rename one of them")
    public static let exportCannotCreateDirectory = MessageTemplate("export.directory",
        zh: "无法创建文件夹：{reason}",
        en: "cannot create the directory: {reason}")
    public static let exportFailed = MessageTemplate("export.failed",
        zh: "导出失败：{detail}",
        en: "{detail}")

    // MARK: PDF (GovDocPDF)

    public static let pdfNeedsLibreOffice = MessageTemplate("pdf.libreoffice-missing",
        zh: "导出 PDF 需要 LibreOffice：请安装（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或将环境变量 SOFFICE 设为 soffice 程序的路径",
        en: "PDF export needs LibreOffice: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set SOFFICE to its soffice binary")
    public static let pdfConversionFailed = MessageTemplate("pdf.conversion",
        zh: "LibreOffice 未能把文件转换为 PDF：{detail}",
        en: "LibreOffice could not convert the document to PDF: {detail}")
}
