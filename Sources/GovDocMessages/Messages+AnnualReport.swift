/// The annual report's data (政府信息公开工作年度报告): labels, numbers, totals, 勾稽关系.
extension MessageTemplate {
    public static let annualReportTemplates: [MessageTemplate] = [
        annualDataNotMapping, annualZeroFlag, annualFormat, annualNoNumber, annualNotNumber, annualGivenTwice,
        annualUnknownLabel, annualUnknownLabelGuess, annualTemplateMalformed, annualNotWhole, annualNegative,
        annualMissingOne, annualMissingMany, annualTotalMismatch, annualCellColumn, annualCellRowColumn,
        annualBalanceMore, annualBalanceLess,
    ]

    public static let annualDataNotMapping = MessageTemplate("annual-report.data.not-mapping",
        zh: "`data` 应是“标签: 数字”的映射",
        en: "`data` must be a mapping of labels to numbers")
    public static let annualZeroFlag = MessageTemplate("annual-report.data.zero-flag",
        zh: "`{key}` 应是 true 或 false",
        en: "`{key}` must be true or false")
    public static let annualFormat = MessageTemplate("annual-report.data.format",
        zh: "`{key}` 应是 2021（国办公开办函〔2021〕30号）或 2019（国办公开办函〔2019〕60号），这里是 `{value}`",
        en: "`{key}` must be 2021 (国办公开办函〔2021〕30号) or 2019 (国办公开办函〔2019〕60号), found `{value}`")
    public static let annualNoNumber = MessageTemplate("annual-report.data.no-number",
        zh: "`{path}` 没有填数字：没有的请填 0",
        en: "`{path}` has no number: write 0 where there is none")
    public static let annualNotNumber = MessageTemplate("annual-report.data.not-number",
        zh: "`{path}` 应填数字，这里是 `{value}`",
        en: "`{path}` must be a number, found `{value}`")
    public static let annualGivenTwice = MessageTemplate("annual-report.data.twice",
        zh: "`{path}` 填了两次",
        en: "`{path}` is given twice")
    public static let annualUnknownLabel = MessageTemplate("annual-report.data.unknown-label",
        zh: "未知的栏目 `{label}`",
        en: "unknown label `{label}`")
    public static let annualUnknownLabelGuess = MessageTemplate("annual-report.data.unknown-label-guess",
        zh: "未知的栏目 `{label}`：是否应为 `{guess}`？",
        en: "unknown label `{label}`: did you mean `{guess}`?")
    public static let annualTemplateMalformed = MessageTemplate("annual-report.template.table",
        zh: "表格模板中第{section}节的表格有误：{detail}",
        en: "the template's table under section {section} is malformed: {detail}")
    public static let annualNotWhole = MessageTemplate("annual-report.data.not-whole",
        zh: "`{path}` 应是整数，这里是 `{value}`",
        en: "`{path}` must be a whole number, found `{value}`")
    public static let annualNegative = MessageTemplate("annual-report.data.negative",
        zh: "`{path}` 不能小于 0，这里是 `{value}`",
        en: "`{path}` must be a number ≥ 0, found `{value}`")
    public static let annualMissingOne = MessageTemplate("annual-report.data.missing",
        zh: "缺少数据 {what}：请填写（没有的填 0），或设置 `{key}: true`",
        en: "missing number {what}: give it (0 where there is none), or set `{key}: true`")
    public static let annualMissingMany = MessageTemplate("annual-report.data.missing-several",
        zh: "缺少数据 {what}：请逐项填写（没有的填 0），或设置 `{key}: true`",
        en: "missing numbers {what}: give them (0 where there is none), or set `{key}: true`")
    public static let annualTotalMismatch = MessageTemplate("annual-report.total",
        zh: "`{path}` 填的是 {given}，但各项相加为 {computed}（{cell}）",
        en: "`{path}` is {given}, but the numbers add up to {computed} ({cell})")
    public static let annualCellColumn = MessageTemplate("annual-report.cell.column",
        zh: "{column}列",
        en: "column {column}")
    public static let annualCellRowColumn = MessageTemplate("annual-report.cell.row-column",
        zh: "{row}行，{column}列",
        en: "row {row}, column {column}")
    /// A 勾稽 rule broken in one data column: the first side exceeds the second.
    public static let annualBalanceMore = MessageTemplate("annual-report.balance.more",
        zh: "{column}列的{check}关系不符：{left-terms} = {left}，比 {right-terms} = {right} 多{difference}；请核对该列的数字",
        en: "{check} fails in column {column}: {left-terms} = {left} is {difference} more than {right-terms} = {right}; check this column's numbers")
    public static let annualBalanceLess = MessageTemplate("annual-report.balance.less",
        zh: "{column}列的{check}关系不符：{left-terms} = {left}，比 {right-terms} = {right} 少{difference}；请核对该列的数字",
        en: "{check} fails in column {column}: {left-terms} = {left} is {difference} less than {right-terms} = {right}; check this column's numbers")
}
