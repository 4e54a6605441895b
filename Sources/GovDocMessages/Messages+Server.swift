extension MessageTemplate {
    /// `govdoc serve`: the HTTP API's own errors and notes (the source's errors come from the reader).
    public static let serverTemplates: [MessageTemplate] = [
        serverBodyTooLarge, serverUnsupportedMediaType, serverUnknownFormat, serverBusy, serverDeadline,
        serverMultipartMalformed, serverMultipartNoSource, serverPathNotAllowed,
        serverNotFound, serverPDFFailed, serverExportFailed, serverBodyIncomplete,
        cliServeAbstract, cliServeDiscussion, cliServeHost, cliServePort, cliServeMaxBody, cliServeMaxConcurrent,
        cliServeMaxQueue, cliServeDeadline, cliServeBadSize, cliServeBadConcurrent, cliServeBadPort, cliServeBadDeadline,
        cliServeBadQueue, cliServeListening,
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

    // MARK: `govdoc serve` (the command's help and its own lines)

    public static let cliServeAbstract = MessageTemplate("cli.serve.abstract",
        zh: "启动 HTTP 服务和浏览器编辑器（中文界面），同一端口。",
        en: "Serve the HTTP API and the browser editor (Chinese UI) on one port.")
    public static let cliServeDiscussion = MessageTemplate("cli.serve.discussion",
        zh: """
        接口（说明见 /openapi.yaml）：POST /v1/export?format=docx|odt|pdf、
        POST /v1/check、POST /v1/preview、GET /v1/templates、GET /healthz；
        编辑器在 /。服务不在请求之间保存任何状态，可在负载均衡后运行多个实例。

        示例：
          govdoc serve
          govdoc serve --port 8080 --max-body 10MB --max-concurrent 4 --deadline 30
          curl -H 'Content-Type: text/plain' --data-binary @报告.md -o 报告.docx \\
               http://127.0.0.1:8080/v1/export?format=docx
        """,
        en: """
        The API (documented at /openapi.yaml): POST /v1/export?format=docx|odt|pdf, \
        POST /v1/check, POST /v1/preview, GET /v1/templates, GET /healthz. The editor \
        is at /. The server keeps no state between requests: run several behind a \
        load balancer to scale out.

        Examples:
          govdoc serve
          govdoc serve --port 8080 --max-body 10MB --max-concurrent 4 --deadline 30
          curl -H 'Content-Type: text/plain' --data-binary @report.md -o report.docx \\
               http://127.0.0.1:8080/v1/export?format=docx
        """)
    public static let cliServeHost = MessageTemplate("cli.serve.host",
        zh: "监听的地址（0.0.0.0 表示所有网卡）。", en: "The address to listen on (0.0.0.0 for every interface).")
    public static let cliServePort = MessageTemplate("cli.serve.port", zh: "监听的端口。", en: "The port to listen on.")
    public static let cliServeMaxBody = MessageTemplate("cli.serve.max-body",
        zh: "请求内容的上限（如 10MB、512KB），超过时答复 413。",
        en: "The largest request body accepted (e.g. 10MB, 512KB); larger ones get 413.")
    public static let cliServeMaxConcurrent = MessageTemplate("cli.serve.max-concurrent",
        zh: "同时处理的导出、预览和检查数（默认每个处理器核心一个），其余排队。",
        en: "Exports, previews and checks run at once (default: one per core); more wait in a queue.")
    public static let cliServeMaxQueue = MessageTemplate("cli.serve.max-queue",
        zh: "可排队等候的请求数，再多时答复 503 并附 Retry-After。",
        en: "Requests that may wait for a free slot; more are answered 503 with Retry-After.")
    public static let cliServeDeadline = MessageTemplate("cli.serve.deadline",
        zh: "每个请求（含上传）最多用时的秒数，超时答复 408 或 503。",
        en: "Seconds a request may take, body upload included (slower ones get 408 or 503).")
    public static let cliServeBadSize = MessageTemplate("cli.serve.bad-size",
        zh: "--max-body 应为 10MB、512KB 或 1048576 这样的大小", en: "--max-body must be a size like 10MB, 512KB or 1048576")
    public static let cliServeBadConcurrent = MessageTemplate("cli.serve.bad-concurrent",
        zh: "--max-concurrent 至少为 1", en: "--max-concurrent must be at least 1")
    public static let cliServeBadPort = MessageTemplate("cli.serve.bad-port",
        zh: "--port 应在 1…65535 之间", en: "--port must be 1…65535")
    public static let cliServeBadDeadline = MessageTemplate("cli.serve.bad-deadline",
        zh: "--deadline 应为正数", en: "--deadline must be positive")
    public static let cliServeBadQueue = MessageTemplate("cli.serve.bad-queue",
        zh: "--max-queue 应为 0 或更大", en: "--max-queue must be 0 or more")
    public static let cliServeListening = MessageTemplate("cli.serve.listening",
        zh: "govdoc serve：正在监听 {address}（编辑器：{url}）",
        en: "govdoc serve: listening on {address} (editor at {url})")
}
