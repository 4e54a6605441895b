/// The limits of a document (docs/limits.md): what is refused as too large or too deep.
extension MessageTemplate {
    public static let limitsTemplates: [MessageTemplate] = [
        limitsYAMLDepth, limitsYAMLNodes, limitsYAMLScalar,
        limitsSourceSize, limitsLines, limitsBlocks, limitsTableCells, limitsText,
        limitsImages, limitsImageBytes, limitsImagePixels, tableTooWide, tableTooManyCells,
    ]

    public static let limitsYAMLDepth = MessageTemplate("limits.yaml.depth",
        zh: "YAML 嵌套超过 {maximum} 层（别名按展开后的层数计）：太深",
        en: "the YAML nests deeper than {maximum} levels (an alias counted at the depth it expands to): too deep")
    public static let limitsYAMLNodes = MessageTemplate("limits.yaml.nodes",
        zh: "YAML 展开别名后超过 {maximum} 个值：太大",
        en: "the YAML holds over {maximum} values once its aliases are expanded: too large")
    public static let limitsYAMLScalar = MessageTemplate("limits.yaml.scalar",
        zh: "这个值有 {size} 字节，超过 {maximum} 字节的上限：太大",
        en: "this value is {size} bytes, over the limit of {maximum} bytes: too large")
    public static let limitsSourceSize = MessageTemplate("limits.source.size",
        zh: "源文件有 {size} 字节，超过 {maximum} 字节的上限：太大",
        en: "the source is {size} bytes, over the limit of {maximum} bytes: too large")
    public static let limitsLines = MessageTemplate("limits.source.lines",
        zh: "源文件到这里已超过 {maximum} 行的上限：太大，请分成几份文件",
        en: "the source goes over {maximum} lines here: too large, split it into several files")
    public static let limitsBlocks = MessageTemplate("limits.blocks",
        zh: "到这里文档已超过 {maximum} 个段落、标题、表格和插图的上限：太大，请分成几份文件",
        en: "the document goes over {maximum} paragraphs, headings, tables and figures here: too large, split it into several files")
    public static let limitsTableCells = MessageTemplate("limits.table.cells",
        zh: "这个表格使文档的表格单元格达到 {cells} 个，超过 {maximum} 个的上限：太大",
        en: "this table brings the document's table cells to {cells}, over the limit of {maximum}: too large")
    public static let limitsText = MessageTemplate("limits.text",
        zh: "这段文字有 {size} 字节，超过每段（每个单元格）{maximum} 字节的上限：太长，请分段",
        en: "this text is {size} bytes, over the limit of {maximum} bytes for one paragraph or cell: too long, split it")
    public static let limitsImages = MessageTemplate("limits.images",
        zh: "到这里文档引用的图片已超过 {maximum} 个的上限：太多",
        en: "the document names over {maximum} images here: too many")
    public static let limitsImageBytes = MessageTemplate("limits.image-bytes",
        zh: "到这里文档中不同的图片合计已有 {size} 字节，超过 {maximum} 字节的上限：太大",
        en: "the document's distinct images come to {size} bytes here, over the limit of {maximum} bytes: too large")
    public static let limitsImagePixels = MessageTemplate("limits.image.pixels",
        zh: "图片“{path}”有 {width}×{height} 像素，每边不能超过 {maximum} 像素",
        en: "the image `{path}` is {width}×{height} pixels: neither side may exceed {maximum} pixels")
    public static let tableTooWide = MessageTemplate("table.too-wide",
        zh: "表格有 {columns} 列，超过 {maximum} 列的上限：太宽",
        en: "the table has {columns} columns, over the limit of {maximum}: too wide")
    public static let tableTooManyCells = MessageTemplate("table.too-many-cells",
        zh: "表格有 {cells} 个单元格（行数乘列数），超过 {maximum} 个的上限：太大",
        en: "the table has {cells} cells (rows times columns), over the limit of {maximum}: too large")
}
