extension MessageTemplate {
    /// `govdoc serve`: the HTTP API's own errors and notes (the source's errors come from the reader).
    public static let serverTemplates: [MessageTemplate] = [
        serverBodyTooLarge, serverUnsupportedMediaType, serverUnknownFormat, serverBusy, serverDeadline,
        serverMultipartMalformed, serverMultipartNoSource, serverPathNotAllowed, serverImagesIgnored,
        serverNotFound, serverPDFFailed, serverExportFailed, serverBodyIncomplete,
    ]

    public static let serverBodyTooLarge = MessageTemplate(
        "server.body-too-large",
        zh: "请求内容超过上限 {limit}，请删减后再提交。",
        en: "The request body is larger than the limit of {limit}.")
    public static let serverUnsupportedMediaType = MessageTemplate(
        "server.unsupported-media-type",
        zh: "不支持的内容类型“{type}”：请以 text/plain（UTF-8 编码的源文本）或 multipart/form-data（源文本和图片）提交。",
        en: "Unsupported content type \"{type}\": send text/plain (the source text in UTF-8) or multipart/form-data (the source and its images).")
    public static let serverUnknownFormat = MessageTemplate(
        "server.unknown-format",
        zh: "输出格式“{format}”无法识别：format 应为 docx、odt 或 pdf。",
        en: "Unknown output format \"{format}\": format must be docx, odt or pdf.")
    public static let serverBusy = MessageTemplate(
        "server.busy",
        zh: "服务器正忙：{limit} 件导出正在处理，排队也已满，请 {seconds} 秒后重试。",
        en: "The server is busy: {limit} exports are running and the queue is full; retry in {seconds} s.")
    public static let serverDeadline = MessageTemplate(
        "server.deadline",
        zh: "请求未能在 {seconds} 秒内完成（请求内容发送过慢或处理超时），请重试。",
        en: "The request did not complete within {seconds} s (the body arrived too slowly or the work took too long).")
    public static let serverMultipartMalformed = MessageTemplate(
        "server.multipart-malformed",
        zh: "multipart/form-data 请求体不完整或格式错误：{detail}。",
        en: "The multipart/form-data body is incomplete or malformed: {detail}.")
    public static let serverMultipartNoSource = MessageTemplate(
        "server.multipart-no-source",
        zh: "multipart/form-data 请求中没有源文本：请用字段名 source 提交 .md 源文件。",
        en: "The multipart/form-data body has no source: send the .md source in a part named source.")
    public static let serverPathNotAllowed = MessageTemplate(
        "server.path-not-allowed",
        zh: "“{key}”的值“{value}”是路径，服务器不读取请求中指定的路径：样式表请写 Templates/ 中的名称（如 gbt9704），图片请随请求上传并写文件名。",
        en: "\"{key}\" is the path \"{value}\": the server opens no path named by a request; name a style sheet of Templates/ (e.g. gbt9704), and upload images with the request by file name.")
    public static let serverImagesIgnored = MessageTemplate(
        "server.images-ignored",
        zh: "已收到 {count} 个图片文件；本版本尚不支持印章和插图，图片未使用。",
        en: "{count} image file(s) received; this version does not place seals or figures yet, so they were not used.")
    public static let serverNotFound = MessageTemplate(
        "server.not-found",
        zh: "没有这个地址：{path}。",
        en: "No such route: {path}.")
    public static let serverPDFFailed = MessageTemplate(
        "server.pdf-failed",
        zh: "无法生成 PDF：{detail}",
        en: "Cannot produce the PDF: {detail}")
    public static let serverExportFailed = MessageTemplate(
        "server.export-failed",
        zh: "无法生成 {format} 文件：{detail}",
        en: "Cannot produce the {format} file: {detail}")
    public static let serverBodyIncomplete = MessageTemplate(
        "server.body-incomplete",
        zh: "请求内容不完整：连接在内容发送完之前中断（{detail}）。",
        en: "The request body is incomplete: the connection ended before it was sent ({detail}).")
}
