/// Images: seal images (`seal: PATH`) and figures (`<img src width alt>`). Ids are stable.
extension MessageTemplate {
    public static let imagesTemplates: [MessageTemplate] = [
        imagesCannotRead, imagesUnsupported, imagesDamaged, imagesTooLarge,
        imagesSealItemNotPath, imagesSealEmptyList, imagesSealCount,
        imagesImgNoSource, imagesImgBadWidth, imagesImgBadLine,
    ]

    public static let imagesCannotRead = MessageTemplate("images.unreadable",
        zh: "无法读取图片“{path}”：{detail}",
        en: "cannot read the image `{path}`: {detail}")
    public static let imagesUnsupported = MessageTemplate("images.unsupported",
        zh: "“{path}”不是 PNG 或 JPEG 图片（印章和插图只能用这两种格式）",
        en: "`{path}` is not a PNG or JPEG image (seals and figures must be PNG or JPEG)")
    public static let imagesDamaged = MessageTemplate("images.damaged",
        zh: "“{path}”是损坏的 {format} 文件，读不出图片尺寸",
        en: "`{path}` is a damaged {format} file: its size cannot be read")
    public static let imagesTooLarge = MessageTemplate("images.too-large",
        zh: "图片“{path}”有 {size} MB，超过 20 MB 的上限",
        en: "the image `{path}` is {size} MB, over the 20 MB limit")
    public static let imagesSealItemNotPath = MessageTemplate("images.seal.item",
        zh: "`seal` 列表中的每一项应是印章图片的路径（PNG 或 JPEG），这里是“{found}”",
        en: "each item of a `seal` list must be the path of a seal image (PNG or JPEG), found `{found}`")
    public static let imagesSealEmptyList = MessageTemplate("images.seal.empty",
        zh: "`seal` 列表是空的：请写 true、false 或印章图片的路径",
        en: "the `seal` list is empty: write true, false or the path of a seal image")
    public static let imagesSealCount = MessageTemplate("images.seal.count",
        zh: "`seal` 有 {seals} 个印章图片，但发文机关署名有 {issuers} 个：每个发文机关一个印章",
        en: "`seal` names {seals} seal image(s) for {issuers} issuer(s): one seal per issuer")
    public static let imagesImgNoSource = MessageTemplate("images.img.no-src",
        zh: "`<img>` 缺少图片路径：应写成 <img src=\"图片.png\" width=\"120mm\" alt=\"说明\">",
        en: "`<img>` has no image path: write <img src=\"picture.png\" width=\"120mm\" alt=\"description\">")
    public static let imagesImgBadWidth = MessageTemplate("images.img.width",
        zh: "`<img>` 的 width 应是以毫米计的正数，如 width=\"120mm\"，这里是“{found}”",
        en: "the width of `<img>` must be a positive number of millimetres, e.g. width=\"120mm\", found `{found}`")
    public static let imagesImgBadLine = MessageTemplate("images.img.line",
        zh: "`<img …>` 应单独占一行，并以 > 结束",
        en: "`<img …>` must stand alone on its line and end with >")
}
