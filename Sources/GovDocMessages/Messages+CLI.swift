/// The command-line tool: help texts of `govdoc` and its subcommands, progress, summaries, and
/// the words of the argument parser's own help layout.
extension MessageTemplate {
    public static let cliTemplates: [MessageTemplate] = [
        cliRootAbstract, cliRootDiscussion, cliLangHelp,
        cliExportAbstract, cliExportDiscussion, cliExportDocx, cliExportOdt, cliExportPdf, cliExportOutput, cliExportQuiet,
        cliExportJobs, cliExportFiles, cliExportNoFormat, cliNoFiles, cliJobsTooFew, cliEmptyDirectory,
        cliWrote, cliFailed, cliSummary,
        cliCheckAbstract, cliCheckDiscussion, cliCheckRenumber, cliCheckJson, cliCheckErrorsOnly, cliCheckFiles, cliRenumberDraft,
        cliRenumberedOne, cliRenumberedMany, cliRenumberedNone, cliCheckSummary, cliErrorsOne, cliErrorsMany, cliWarningsOne, cliWarningsMany,
        cliNewAbstract, cliNewDiscussion, cliNewKind, cliNewIssuer, cliNewYear, cliNewDate, cliNewFormat, cliNewOutput,
        cliNewYearInvalid, cliNewDateInvalid, cliNewFormatInvalid, cliNewExists, newCommentNumbers, newCommentTotals,
        parserOverview, parserUsage, parserArguments, parserOptions, parserSubcommands, parserHelpFlag, parserVersionFlag,
        parserSeeHelp, parserError, parserHelpLine, parserMissingArgument, parserUnknownOption, parserUnexpectedArgument,
        parserMissingValue, parserDefault, parserHelpAbstract, parserValues, parserUsageLine, parserSeeMoreStart,
        parserSeeMoreEnd,
    ]

    // MARK: govdoc

    public static let cliRootAbstract = MessageTemplate("cli.govdoc.abstract",
        zh: "把按 govdoc 源文件格式写好的公文转换为符合 GB/T 9704-2012《党政机关公文格式》的 DOCX 和 ODT 文件。",
        en: "Turn an official document into DOCX and ODT files that follow GB/T 9704-2012.")
    public static let cliRootDiscussion = MessageTemplate("cli.govdoc.discussion",
        zh: """
        语言：系统语言（LC_ALL、LC_MESSAGES、LANG）以 zh 开头时显示中文，
        否则显示英文；也可用 --lang zh|en 或环境变量 GOVDOC_LANG 指定。

        示例：
          govdoc export --docx 通知.md                 （在同一文件夹中生成 通知.docx）
          govdoc export --docx --odt --pdf 报告.md      （一次生成三种文件）
          govdoc check 报告.md                          （检查格式和层次序数，不生成文件）
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024
          govdoc help export                            （查看 export 的详细说明）
        """,
        en: """
        Language: Chinese when the locale (LC_ALL, LC_MESSAGES, LANG) starts with zh, English \
        otherwise; choose with --lang zh|en or the environment variable GOVDOC_LANG.

        Examples:
          govdoc export --docx notice.md               (writes notice.docx beside it)
          govdoc export --docx --odt --pdf report.md   (all three from one reading)
          govdoc check report.md                       (reports problems, writes nothing)
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024
          govdoc help export                           (the details of export)
        """)
    public static let cliLangHelp = MessageTemplate("cli.lang",
        zh: "显示语言：zh（中文）或 en（英文）；默认随系统语言。",
        en: "The language of messages and help: zh (Chinese) or en (English); default: the locale.")

    // MARK: export

    public static let cliExportAbstract = MessageTemplate("cli.export.abstract",
        zh: "把源文件（govdoc 源文件格式的 .md）导出为 .docx、.odt 和/或 .pdf 文件。",
        en: "Export source files (.md in the govdoc source format) to .docx, .odt and/or .pdf.")
    public static let cliExportDiscussion = MessageTemplate("cli.export.discussion",
        zh: """
        输出文件默认放在源文件旁边（报告.md → 报告.docx）。用 -o 可以指定
        输出文件（一个源文件时）或输出文件夹（多个源文件时；文件夹不存在会
        自动创建）。写一个文件夹，表示其中所有的 .md 源文件。多个文件同时
        导出（每个处理器核心一个），一个文件出错不影响其他文件。

        源文件有问题时，govdoc 按行列顺序列出这个文件的全部问题，每个问题
        一行：“文件:行:列: 错误：说明”，不生成该文件，并以非零状态退出。
        文件能生成、但层次序数等有问题时（与 govdoc check 相同），以“警告”
        列出，文件照常生成。

        进度：在终端上显示进度条，否则每写出一个文件输出一行，加 --quiet
        则不显示；最后输出一行汇总“已导出 N 个，失败 M 个”。

        示例：
          govdoc export --docx 报告.md
          govdoc export --docx --odt 报告.md
          govdoc export --docx --odt -o 输出/ 甲.md 乙.md
          govdoc export --docx --quiet -o 输出/ 报告文件夹/
          govdoc export --pdf 通知.md                 （打印前检查用，需要安装 LibreOffice）
        """,
        en: """
        Output goes beside each input (report.md → report.docx) unless -o names a file (one \
        input) or a directory (several inputs; created if missing). A directory among the \
        inputs stands for the .md files in it. Several files are exported in parallel, one per \
        core; a failing file never stops the others. On problems, govdoc prints every problem \
        of the file, one line each in line order, as FILE:LINE:COLUMN: error: MESSAGE on standard \
        error, writes no output for that file, and exits non-zero. What govdoc check finds in a \
        file that exports (headings out of sequence) is printed as warnings; the file is written.

        Progress: a bar on a terminal, a line per file written otherwise, nothing with --quiet; \
        then a summary line "N exported, M failed".

        Examples:
          govdoc export --docx Examples/shimen-2023/report.md
          govdoc export --docx --odt Examples/shimen-2023/report.md
          govdoc export --docx --odt -o out/ a.md b.md
          govdoc export --docx --quiet -o out/ reports/
          govdoc export --pdf notice.md              (to check before printing; needs LibreOffice)
        """)
    public static let cliExportDocx = MessageTemplate("cli.export.docx",
        zh: "生成 Word 文件（.docx）。", en: "Write a Word (OOXML) .docx file.")
    public static let cliExportOdt = MessageTemplate("cli.export.odt",
        zh: "生成 OpenDocument 文件（.odt，WPS、LibreOffice 可打开）。", en: "Write an OpenDocument .odt file.")
    public static let cliExportPdf = MessageTemplate("cli.export.pdf",
        zh: "生成 PDF 文件，供打印前检查（由 LibreOffice 排版，需要先安装）。",
        en: "Write a PDF to check before printing (rendered by LibreOffice, which must be installed).")
    public static let cliExportOutput = MessageTemplate("cli.export.output",
        zh: "输出文件（一个源文件时）或输出文件夹（多个源文件时）。",
        en: "Output file (one input) or directory (several inputs).")
    public static let cliExportQuiet = MessageTemplate("cli.export.quiet",
        zh: "不显示进度、警告和汇总，只显示错误。", en: "Print no progress, warnings or summary, only errors.")
    public static let cliExportJobs = MessageTemplate("cli.export.jobs",
        zh: "同时导出几个文件（默认：每个处理器核心一个）。",
        en: "How many files to export at once (default: one per core).")
    public static let cliExportFiles = MessageTemplate("cli.export.files",
        zh: "要导出的源文件，或存放 .md 源文件的文件夹。",
        en: "Source files, or directories of .md source files, to export.")
    public static let cliExportNoFormat = MessageTemplate("cli.export.no-format",
        zh: "请至少选择一种格式：--docx、--odt 和/或 --pdf",
        en: "choose at least one format: --docx, --odt and/or --pdf")
    public static let cliNoFiles = MessageTemplate("cli.no-files",
        zh: "请至少写一个源文件", en: "name at least one source file")
    public static let cliJobsTooFew = MessageTemplate("cli.export.jobs-too-few",
        zh: "--jobs 至少为 1", en: "--jobs must be at least 1")
    public static let cliEmptyDirectory = MessageTemplate("cli.export.empty-directory",
        zh: "这个文件夹中没有 .md 源文件", en: "no .md source files in this directory")
    public static let cliWrote = MessageTemplate("cli.export.wrote",
        zh: "已写出 {path}", en: "wrote {path}")
    public static let cliFailed = MessageTemplate("cli.export.failed",
        zh: "导出失败 {path}", en: "failed {path}")
    public static let cliSummary = MessageTemplate("cli.export.summary",
        zh: "已导出 {exported} 个，失败 {failed} 个", en: "{exported} exported, {failed} failed")

    // MARK: check

    public static let cliCheckAbstract = MessageTemplate("cli.check.abstract",
        zh: "检查源文件中的全部问题，不生成文件。",
        en: "Report every problem in source files without writing output.")
    public static let cliCheckDiscussion = MessageTemplate("cli.check.discussion",
        zh: """
        检查文件能否读取（文件头、表格、年度报告数据），以及标题的层次序数
        是否按 一、 → （一） → 1. → （1） 排列：每一级用自己的形式、按顺序
        编号、不跳级，序数后不留空格，每一节都有正文。
        也可以检查 Word（.docx）或 WPS/LibreOffice（.odt）文稿：纸张和页边距、
        每页行数和每行字数、各要素的字体字号、页码、成文日期、发文字号、附件说明
        的写法、标题序数、中文里的半角标点；每个问题注明第几段（¶）及其开头文字。
        问题按“文件:行:列: 错误|警告：说明”逐行列出。
        退出状态：没有错误也没有警告时为 0；加 --errors-only 时，只要没有
        错误就为 0。

        示例：
          govdoc check 报告.md
          govdoc check --renumber 报告.md      （改正序数；原文件保存为 报告.md.bak）
          govdoc check --json 甲.md 乙.md
          govdoc check 草稿.docx
        """,
        en: """
        Checks that each file reads (front matter, tables, annual-report data) and that the \
        headings are numbered 一、 → （一） → 1. → （1）, each level in its own form and in \
        sequence, and that no section is empty. A Word (.docx) or WPS/LibreOffice (.odt) draft is checked against GB/T 9704 as far as the file itself tells: paper and margins, lines per page and characters per line, fonts and sizes by element, page numbers, dates, 发文字号, 附件说明, heading numbering, half-width punctuation in Chinese text; each finding names its paragraph (¶N). Problems print as FILE:LINE:COLUMN: error|warning: MESSAGE.
        Exit status: 0 only when the files are clean (no error, no warning); with --errors-only, \
        0 when there is no error.

        Examples:
          govdoc check Examples/shimen-2023/report.md
          govdoc check --renumber report.md      (fixes the numbers; report.md.bak keeps the original)
          govdoc check --json a.md b.md
          govdoc check draft.docx
        """)
    public static let cliCheckRenumber = MessageTemplate("cli.check.renumber",
        zh: "直接在文件中改正标题序数（原文件保存为 文件名.bak）。",
        en: "Rewrite the heading numbers in place (the original is kept as FILE.bak).")
    public static let cliCheckJson = MessageTemplate("cli.check.json",
        zh: "以 JSON 格式输出检查结果（供其他程序读取；键名和代码不随语言改变）。",
        en: "Print the findings as JSON.")
    public static let cliCheckErrorsOnly = MessageTemplate("cli.check.errors-only",
        zh: "只有警告、没有错误时，以状态 0 退出。", en: "Exit 0 when there are warnings but no errors.")
    public static let cliCheckFiles = MessageTemplate("cli.check.files",
        zh: "要检查的源文件，或 .docx/.odt 文稿。", en: "Source files, or .docx/.odt drafts, to check.")
    public static let cliRenumberDraft = MessageTemplate("cli.check.renumber-draft",
        zh: "{file}：--renumber 只能改源文件；请先用 govdoc import 把文稿转为源文件",
        en: "{file}: --renumber rewrites source text only; turn the draft into source text with govdoc import first")
    public static let cliRenumberedOne = MessageTemplate("cli.check.renumbered-one",
        zh: "{file}：改正了 1 个标题的序数（原文件保存为 {file}.bak）",
        en: "{file}: renumbered 1 heading (original in {file}.bak)")
    public static let cliRenumberedMany = MessageTemplate("cli.check.renumbered",
        zh: "{file}：改正了 {count} 个标题的序数（原文件保存为 {file}.bak）",
        en: "{file}: renumbered {count} headings (original in {file}.bak)")
    public static let cliRenumberedNone = MessageTemplate("cli.check.renumbered-none",
        zh: "{file}：序数无需改正", en: "{file}: renumbered 0 headings")
    public static let cliCheckSummary = MessageTemplate("cli.check.summary",
        zh: "共 {errors}，{warnings}", en: "{errors}, {warnings}")
    public static let cliErrorsOne = MessageTemplate("cli.check.errors-one", zh: "{count} 个错误", en: "{count} error")
    public static let cliErrorsMany = MessageTemplate("cli.check.errors", zh: "{count} 个错误", en: "{count} errors")
    public static let cliWarningsOne = MessageTemplate("cli.check.warnings-one", zh: "{count} 个警告", en: "{count} warning")
    public static let cliWarningsMany = MessageTemplate("cli.check.warnings", zh: "{count} 个警告", en: "{count} warnings")

    // MARK: new

    public static let cliNewAbstract = MessageTemplate("cli.new.abstract",
        zh: "生成一个完整的起始文件，供填写。", en: "Write a complete starting file to fill in.")
    public static let cliNewDiscussion = MessageTemplate("cli.new.discussion",
        zh: """
        年度报告（annual-report）：文件头中所有数字为 0，按国家格式列出六个
        部分的标题和示例文字；填写数字和正文后用 govdoc export 导出，表格由
        数字自动生成。

        示例：
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024 --date 2025-01-20 -o 年度报告.md
        """,
        en: """
        An annual report (annual-report): the front matter with every number at 0, the six \
        section headings of the national format and placeholder text; fill in the numbers and \
        the text, then govdoc export makes the tables from the numbers.

        Examples:
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024
          govdoc new annual-report --issuer 石门镇人民政府 --year 2024 --date 2025-01-20 -o report.md
        """)
    public static let cliNewKind = MessageTemplate("cli.new.kind",
        zh: "要生成的文件：annual-report（政府信息公开工作年度报告）。", en: "What to start: annual-report.")
    public static let cliNewIssuer = MessageTemplate("cli.new.issuer",
        zh: "发文机关，例如 石门镇人民政府。", en: "The issuing body (发文机关), e.g. 石门镇人民政府.")
    public static let cliNewYear = MessageTemplate("cli.new.year",
        zh: "报告所属年度。", en: "The year the report covers.")
    public static let cliNewDate = MessageTemplate("cli.new.date",
        zh: "成文日期，格式 YYYY-MM-DD；默认为次年1月20日。",
        en: "The report's date (成文日期), YYYY-MM-DD; default: 20 January of the next year.")
    public static let cliNewFormat = MessageTemplate("cli.new.format",
        zh: "国家格式：2021（国办公开办函〔2021〕30号）或 2019（国办公开办函〔2019〕60号的试行格式）；默认按 --year 选择。",
        en: "The national format: 2021 (国办公开办函〔2021〕30号) or 2019 (the trial format of 国办公开办函〔2019〕60号); default: by --year.")
    public static let cliNewOutput = MessageTemplate("cli.new.output",
        zh: "要写出的文件（默认：annual-report-年度.md）；已有的文件不会被覆盖。",
        en: "The file to write (default: annual-report-YEAR.md); never overwritten.")
    public static let cliNewYearInvalid = MessageTemplate("cli.new.year-invalid",
        zh: "--year 应是年份，例如 2024", en: "--year must be a year like 2024")
    public static let cliNewDateInvalid = MessageTemplate("cli.new.date-invalid",
        zh: "--date 应是实际存在的日期，格式 YYYY-MM-DD", en: "--date must be a date YYYY-MM-DD that exists")
    public static let cliNewFormatInvalid = MessageTemplate("cli.new.format-invalid",
        zh: "--format 应是 2019 或 2021", en: "--format must be 2019 or 2021")
    public static let cliNewExists = MessageTemplate("cli.new.exists",
        zh: "文件已存在：请用 -o 换一个文件名", en: "the file exists; choose another name with -o")

    /// The comments `govdoc new annual-report` writes above the numbers.
    public static let newCommentNumbers = MessageTemplate("new.comment.numbers",
        zh: "{format}：三张表格的全部数字，按栏目名称填写（没有的填 0）。",
        en: "{format}: every number of the three tables, named by its labels.")
    public static let newCommentTotals = MessageTemplate("new.comment.totals",
        zh: "各项“总计”自动计算；如填写总计，将核对是否一致。",
        en: "Totals (总计) are computed; give one only to have it checked.")

    // MARK: the argument parser's own words (its help layout and its errors)

    public static let parserOverview = MessageTemplate("cli.parser.overview", zh: "概述：", en: "OVERVIEW: ")
    public static let parserUsage = MessageTemplate("cli.parser.usage", zh: "用法：", en: "USAGE: ")
    public static let parserArguments = MessageTemplate("cli.parser.arguments", zh: "参数：", en: "ARGUMENTS:")
    public static let parserOptions = MessageTemplate("cli.parser.options", zh: "选项：", en: "OPTIONS:")
    public static let parserSubcommands = MessageTemplate("cli.parser.subcommands", zh: "子命令：", en: "SUBCOMMANDS:")
    public static let parserHelpFlag = MessageTemplate("cli.parser.help-flag", zh: "显示帮助信息。", en: "Show help information.")
    public static let parserVersionFlag = MessageTemplate("cli.parser.version-flag", zh: "显示版本号。", en: "Show the version.")
    public static let parserSeeHelp = MessageTemplate("cli.parser.see-help",
        zh: "用 'govdoc help <子命令>' 查看详细说明。", en: "See 'govdoc help <subcommand>' for detailed help.")
    public static let parserError = MessageTemplate("cli.parser.error", zh: "错误：", en: "Error: ")
    public static let parserHelpLine = MessageTemplate("cli.parser.help-line", zh: "帮助：", en: "Help: ")
    public static let parserMissingArgument = MessageTemplate("cli.parser.missing-argument",
        zh: "缺少参数", en: "Missing expected argument")
    public static let parserUnknownOption = MessageTemplate("cli.parser.unknown-option", zh: "未知选项", en: "Unknown option")
    public static let parserUnexpectedArgument = MessageTemplate("cli.parser.unexpected-argument",
        zh: "多余的参数", en: "Unexpected argument")
    public static let parserMissingValue = MessageTemplate("cli.parser.missing-value",
        zh: "缺少选项的值", en: "Missing value for")
    public static let parserDefault = MessageTemplate("cli.parser.default", zh: "（默认：", en: "(default: ")
    public static let parserValues = MessageTemplate("cli.parser.values", zh: "（可选值：", en: "(values: ")
    public static let parserUsageLine = MessageTemplate("cli.parser.usage-line", zh: "用法：", en: "Usage: ")
    public static let parserSeeMoreStart = MessageTemplate("cli.parser.see-more", zh: "运行 '", en: "See '")
    public static let parserSeeMoreEnd = MessageTemplate("cli.parser.see-more-end", zh: "' 查看更多说明。", en: "' for more information.")
    public static let parserHelpAbstract = MessageTemplate("cli.help.abstract",
        zh: "显示子命令的帮助信息。", en: "Show subcommand help information.")
}
