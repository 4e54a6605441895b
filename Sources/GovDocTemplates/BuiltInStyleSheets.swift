// Generated from Templates/*.yaml by BuiltInStyleSheetTests; do not edit. To regenerate:
//
//     GOVDOC_REGENERATE=1 swift test --filter BuiltInStyleSheetTests
//
// The shipped style sheets as Swift values, so that a process does not parse YAML before its
// first document. `Templates.styleSheet` uses a value only while the sheet's file (and every
// file it extends) is byte for byte the text below; a test fails when the two disagree.
import GovDoc

/// The style sheets govdoc ships, made from their YAML at build time.
public enum BuiltInStyleSheets {
    /// A file of a sheet's `extends:` chain and its text.
    public struct File: Sendable {
        public let name: String
        public let text: String
    }

    /// A shipped sheet: its files, nearest first, and the sheet they make.
    public struct Entry: Sendable {
        public let files: [File]
        public let sheet: StyleSheet
    }

    /// By name (`gbt9704`, `notice`, …).
    public static let sheets: [String: Entry] = [
        "gbt9704": Entry(
            files: [
                File(name: "gbt9704", text: Texts.gbt9704),
            ],
            sheet: StyleSheet(
                name: "gbt9704",
                page: PageSetup(width: 595.2755905511812, height: 841.8897637795276, marginTop: 104.88188976377954, marginBottom: 99.21259842519686, marginLeft: 79.37007874015748, marginRight: 73.70078740157481, linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95),
                footer: PageFooter(prefix: "— ", suffix: " —", firstPageNumber: 1, sideIndent: 14.0, distanceBelowBlock: 19.84251968503937, alternateSides: true),
                fonts: [
                    "fangsong": FontFace(name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "heiti": FontFace(name: "黑体", fallbacks: ["SimHei", "STHeiti"], family: "swiss", pitch: "variable", panose: "02010609060101010101", signature: ["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]),
                    "kaiti": FontFace(name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi", "STKaiti"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "song": FontFace(name: "宋体", fallbacks: ["SimSun", "STSong"], family: "roman", pitch: "variable", panose: "02010600030101010101", signature: ["00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"]),
                    "xiaobiaosong": FontFace(name: "方正小标宋简体", fallbacks: ["FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋"], family: "roman", pitch: "variable", panose: "03000509000000000000", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                ],
                roles: [
                    .title: RoleStyle(displayName: "公文标题", font: "xiaobiaosong", size: 22.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .heading1: RoleStyle(displayName: "一级标题", font: "heiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading2: RoleStyle(displayName: "二级标题", font: "kaiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading3: RoleStyle(displayName: "三级标题", font: "fangsong", size: 16.0, bold: true, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading4: RoleStyle(displayName: "四级标题", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .body: RoleStyle(displayName: "公文正文", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .tableCell: RoleStyle(displayName: "表格文字", font: "fangsong", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .tableHeader: RoleStyle(displayName: "表格标题", font: "heiti", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .signature: RoleStyle(displayName: "发文机关署名", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .date: RoleStyle(displayName: "成文日期", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .pageNumber: RoleStyle(displayName: "页码", font: "song", size: 14.0, bold: false, alignment: .justify, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .issuerMark: RoleStyle(displayName: "发文机关标志", font: "xiaobiaosong", size: 36.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 44.0, color: "FF0000"),
                    .documentNumber: RoleStyle(displayName: "发文字号", font: "fangsong", size: 16.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .recipient: RoleStyle(displayName: "主送机关", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentNote: RoleStyle(displayName: "附件说明", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentLabel: RoleStyle(displayName: "附件标识", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .note: RoleStyle(displayName: "附注", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .imprint: RoleStyle(displayName: "版记", font: "fangsong", size: 14.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .classification: RoleStyle(displayName: "密级和紧急程度", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                ],
                latinFont: "Times New Roman",
                gridLetterSpacing: -0.25,
                geometry: ElementGeometry(markTop: 99.21259842519686, red: "FF0000", separatorWidth: 1.0, separatorDistance: 11.338582677165356, imprintThickRule: 0.9921259842519685, imprintThinRule: 0.7086614173228347, letterMarkTop: 85.03937007874016, letterRuleLength: 481.8897637795276, letterRuleDistance: 11.338582677165356, letterBottomRule: 56.69291338582678, letterThickLine: 2.25, letterThinLine: 0.75),
                autospace: false
            )
        ),
        "letter": Entry(
            files: [
                File(name: "letter", text: Texts.letter),
                File(name: "gbt9704", text: Texts.gbt9704),
            ],
            sheet: StyleSheet(
                name: "letter",
                page: PageSetup(width: 595.2755905511812, height: 841.8897637795276, marginTop: 104.88188976377954, marginBottom: 99.21259842519686, marginLeft: 79.37007874015748, marginRight: 73.70078740157481, linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95),
                footer: PageFooter(prefix: "— ", suffix: " —", firstPageNumber: 1, sideIndent: 14.0, distanceBelowBlock: 19.84251968503937, alternateSides: true),
                fonts: [
                    "fangsong": FontFace(name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "heiti": FontFace(name: "黑体", fallbacks: ["SimHei", "STHeiti"], family: "swiss", pitch: "variable", panose: "02010609060101010101", signature: ["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]),
                    "kaiti": FontFace(name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi", "STKaiti"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "song": FontFace(name: "宋体", fallbacks: ["SimSun", "STSong"], family: "roman", pitch: "variable", panose: "02010600030101010101", signature: ["00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"]),
                    "xiaobiaosong": FontFace(name: "方正小标宋简体", fallbacks: ["FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋"], family: "roman", pitch: "variable", panose: "03000509000000000000", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                ],
                roles: [
                    .title: RoleStyle(displayName: "公文标题", font: "xiaobiaosong", size: 22.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .heading1: RoleStyle(displayName: "一级标题", font: "heiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading2: RoleStyle(displayName: "二级标题", font: "kaiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading3: RoleStyle(displayName: "三级标题", font: "fangsong", size: 16.0, bold: true, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading4: RoleStyle(displayName: "四级标题", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .body: RoleStyle(displayName: "公文正文", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .tableCell: RoleStyle(displayName: "表格文字", font: "fangsong", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .tableHeader: RoleStyle(displayName: "表格标题", font: "heiti", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .signature: RoleStyle(displayName: "发文机关署名", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .date: RoleStyle(displayName: "成文日期", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .pageNumber: RoleStyle(displayName: "页码", font: "song", size: 14.0, bold: false, alignment: .justify, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .issuerMark: RoleStyle(displayName: "发文机关标志", font: "xiaobiaosong", size: 36.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 44.0, color: "FF0000"),
                    .documentNumber: RoleStyle(displayName: "发文字号", font: "fangsong", size: 16.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .recipient: RoleStyle(displayName: "主送机关", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentNote: RoleStyle(displayName: "附件说明", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentLabel: RoleStyle(displayName: "附件标识", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .note: RoleStyle(displayName: "附注", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .imprint: RoleStyle(displayName: "版记", font: "fangsong", size: 14.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .classification: RoleStyle(displayName: "密级和紧急程度", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                ],
                latinFont: "Times New Roman",
                gridLetterSpacing: -0.25,
                geometry: ElementGeometry(markTop: 99.21259842519686, red: "FF0000", separatorWidth: 1.0, separatorDistance: 11.338582677165356, imprintThickRule: 0.9921259842519685, imprintThinRule: 0.7086614173228347, letterMarkTop: 85.03937007874016, letterRuleLength: 481.8897637795276, letterRuleDistance: 11.338582677165356, letterBottomRule: 56.69291338582678, letterThickLine: 2.25, letterThinLine: 0.75),
                autospace: false
            )
        ),
        "minutes": Entry(
            files: [
                File(name: "minutes", text: Texts.minutes),
                File(name: "gbt9704", text: Texts.gbt9704),
            ],
            sheet: StyleSheet(
                name: "minutes",
                page: PageSetup(width: 595.2755905511812, height: 841.8897637795276, marginTop: 104.88188976377954, marginBottom: 99.21259842519686, marginLeft: 79.37007874015748, marginRight: 73.70078740157481, linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95),
                footer: PageFooter(prefix: "— ", suffix: " —", firstPageNumber: 1, sideIndent: 14.0, distanceBelowBlock: 19.84251968503937, alternateSides: true),
                fonts: [
                    "fangsong": FontFace(name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "heiti": FontFace(name: "黑体", fallbacks: ["SimHei", "STHeiti"], family: "swiss", pitch: "variable", panose: "02010609060101010101", signature: ["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]),
                    "kaiti": FontFace(name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi", "STKaiti"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "song": FontFace(name: "宋体", fallbacks: ["SimSun", "STSong"], family: "roman", pitch: "variable", panose: "02010600030101010101", signature: ["00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"]),
                    "xiaobiaosong": FontFace(name: "方正小标宋简体", fallbacks: ["FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋"], family: "roman", pitch: "variable", panose: "03000509000000000000", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                ],
                roles: [
                    .title: RoleStyle(displayName: "公文标题", font: "xiaobiaosong", size: 22.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .heading1: RoleStyle(displayName: "一级标题", font: "heiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading2: RoleStyle(displayName: "二级标题", font: "kaiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading3: RoleStyle(displayName: "三级标题", font: "fangsong", size: 16.0, bold: true, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading4: RoleStyle(displayName: "四级标题", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .body: RoleStyle(displayName: "公文正文", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .tableCell: RoleStyle(displayName: "表格文字", font: "fangsong", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .tableHeader: RoleStyle(displayName: "表格标题", font: "heiti", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .signature: RoleStyle(displayName: "发文机关署名", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .date: RoleStyle(displayName: "成文日期", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .pageNumber: RoleStyle(displayName: "页码", font: "song", size: 14.0, bold: false, alignment: .justify, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .issuerMark: RoleStyle(displayName: "发文机关标志", font: "xiaobiaosong", size: 32.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 40.0, color: "FF0000"),
                    .documentNumber: RoleStyle(displayName: "发文字号", font: "fangsong", size: 16.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .recipient: RoleStyle(displayName: "主送机关", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentNote: RoleStyle(displayName: "附件说明", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentLabel: RoleStyle(displayName: "附件标识", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .note: RoleStyle(displayName: "附注", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .imprint: RoleStyle(displayName: "版记", font: "fangsong", size: 14.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .classification: RoleStyle(displayName: "密级和紧急程度", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                ],
                latinFont: "Times New Roman",
                gridLetterSpacing: -0.25,
                geometry: ElementGeometry(markTop: 99.21259842519686, red: "FF0000", separatorWidth: 1.0, separatorDistance: 11.338582677165356, imprintThickRule: 0.9921259842519685, imprintThinRule: 0.7086614173228347, letterMarkTop: 85.03937007874016, letterRuleLength: 481.8897637795276, letterRuleDistance: 11.338582677165356, letterBottomRule: 56.69291338582678, letterThickLine: 2.25, letterThinLine: 0.75),
                autospace: false
            )
        ),
        "notice": Entry(
            files: [
                File(name: "notice", text: Texts.notice),
                File(name: "gbt9704", text: Texts.gbt9704),
            ],
            sheet: StyleSheet(
                name: "notice",
                page: PageSetup(width: 595.2755905511812, height: 841.8897637795276, marginTop: 104.88188976377954, marginBottom: 99.21259842519686, marginLeft: 79.37007874015748, marginRight: 73.70078740157481, linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95),
                footer: PageFooter(prefix: "— ", suffix: " —", firstPageNumber: 1, sideIndent: 14.0, distanceBelowBlock: 19.84251968503937, alternateSides: true),
                fonts: [
                    "fangsong": FontFace(name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "heiti": FontFace(name: "黑体", fallbacks: ["SimHei", "STHeiti"], family: "swiss", pitch: "variable", panose: "02010609060101010101", signature: ["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]),
                    "kaiti": FontFace(name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi", "STKaiti"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "song": FontFace(name: "宋体", fallbacks: ["SimSun", "STSong"], family: "roman", pitch: "variable", panose: "02010600030101010101", signature: ["00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"]),
                    "xiaobiaosong": FontFace(name: "方正小标宋简体", fallbacks: ["FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋"], family: "roman", pitch: "variable", panose: "03000509000000000000", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                ],
                roles: [
                    .title: RoleStyle(displayName: "公文标题", font: "xiaobiaosong", size: 22.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .heading1: RoleStyle(displayName: "一级标题", font: "heiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading2: RoleStyle(displayName: "二级标题", font: "kaiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading3: RoleStyle(displayName: "三级标题", font: "fangsong", size: 16.0, bold: true, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading4: RoleStyle(displayName: "四级标题", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .body: RoleStyle(displayName: "公文正文", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .tableCell: RoleStyle(displayName: "表格文字", font: "fangsong", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .tableHeader: RoleStyle(displayName: "表格标题", font: "heiti", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .signature: RoleStyle(displayName: "发文机关署名", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .date: RoleStyle(displayName: "成文日期", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .pageNumber: RoleStyle(displayName: "页码", font: "song", size: 14.0, bold: false, alignment: .justify, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .issuerMark: RoleStyle(displayName: "发文机关标志", font: "xiaobiaosong", size: 36.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 44.0, color: "FF0000"),
                    .documentNumber: RoleStyle(displayName: "发文字号", font: "fangsong", size: 16.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .recipient: RoleStyle(displayName: "主送机关", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentNote: RoleStyle(displayName: "附件说明", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentLabel: RoleStyle(displayName: "附件标识", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .note: RoleStyle(displayName: "附注", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .imprint: RoleStyle(displayName: "版记", font: "fangsong", size: 14.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .classification: RoleStyle(displayName: "密级和紧急程度", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                ],
                latinFont: "Times New Roman",
                gridLetterSpacing: -0.25,
                geometry: ElementGeometry(markTop: 99.21259842519686, red: "FF0000", separatorWidth: 1.0, separatorDistance: 11.338582677165356, imprintThickRule: 0.9921259842519685, imprintThinRule: 0.7086614173228347, letterMarkTop: 85.03937007874016, letterRuleLength: 481.8897637795276, letterRuleDistance: 11.338582677165356, letterBottomRule: 56.69291338582678, letterThickLine: 2.25, letterThinLine: 0.75),
                autospace: false
            )
        ),
        "order": Entry(
            files: [
                File(name: "order", text: Texts.order),
                File(name: "gbt9704", text: Texts.gbt9704),
            ],
            sheet: StyleSheet(
                name: "order",
                page: PageSetup(width: 595.2755905511812, height: 841.8897637795276, marginTop: 104.88188976377954, marginBottom: 99.21259842519686, marginLeft: 79.37007874015748, marginRight: 73.70078740157481, linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95),
                footer: PageFooter(prefix: "— ", suffix: " —", firstPageNumber: 1, sideIndent: 14.0, distanceBelowBlock: 19.84251968503937, alternateSides: true),
                fonts: [
                    "fangsong": FontFace(name: "仿宋_GB2312", fallbacks: ["仿宋", "FangSong", "STFangsong"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "heiti": FontFace(name: "黑体", fallbacks: ["SimHei", "STHeiti"], family: "swiss", pitch: "variable", panose: "02010609060101010101", signature: ["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]),
                    "kaiti": FontFace(name: "楷体_GB2312", fallbacks: ["楷体", "KaiTi", "STKaiti"], family: "roman", pitch: "variable", panose: "02010609030101010101", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                    "song": FontFace(name: "宋体", fallbacks: ["SimSun", "STSong"], family: "roman", pitch: "variable", panose: "02010600030101010101", signature: ["00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"]),
                    "xiaobiaosong": FontFace(name: "方正小标宋简体", fallbacks: ["FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋"], family: "roman", pitch: "variable", panose: "03000509000000000000", signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]),
                ],
                roles: [
                    .title: RoleStyle(displayName: "公文标题", font: "xiaobiaosong", size: 22.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .heading1: RoleStyle(displayName: "一级标题", font: "heiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading2: RoleStyle(displayName: "二级标题", font: "kaiti", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading3: RoleStyle(displayName: "三级标题", font: "fangsong", size: 16.0, bold: true, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .heading4: RoleStyle(displayName: "四级标题", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                    .body: RoleStyle(displayName: "公文正文", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .tableCell: RoleStyle(displayName: "表格文字", font: "fangsong", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .tableHeader: RoleStyle(displayName: "表格标题", font: "heiti", size: 12.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 16.0, color: nil),
                    .signature: RoleStyle(displayName: "发文机关署名", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .date: RoleStyle(displayName: "成文日期", font: "fangsong", size: 16.0, bold: false, alignment: .right, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .pageNumber: RoleStyle(displayName: "页码", font: "song", size: 14.0, bold: false, alignment: .justify, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .issuerMark: RoleStyle(displayName: "发文机关标志", font: "xiaobiaosong", size: 36.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 44.0, color: "FF0000"),
                    .documentNumber: RoleStyle(displayName: "发文字号", font: "fangsong", size: 16.0, bold: false, alignment: .center, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .recipient: RoleStyle(displayName: "主送机关", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentNote: RoleStyle(displayName: "附件说明", font: "fangsong", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .attachmentLabel: RoleStyle(displayName: "附件标识", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .note: RoleStyle(displayName: "附注", font: "fangsong", size: 16.0, bold: false, alignment: .justify, firstLineIndent: 2.0, keepWithNext: false, snapToGrid: true, lineHeight: nil, color: nil),
                    .imprint: RoleStyle(displayName: "版记", font: "fangsong", size: 14.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: false, snapToGrid: false, lineHeight: 28.95, color: nil),
                    .classification: RoleStyle(displayName: "密级和紧急程度", font: "heiti", size: 16.0, bold: false, alignment: .left, firstLineIndent: 0.0, keepWithNext: true, snapToGrid: true, lineHeight: nil, color: nil),
                ],
                latinFont: "Times New Roman",
                gridLetterSpacing: -0.25,
                geometry: ElementGeometry(markTop: 56.69291338582678, red: "FF0000", separatorWidth: 1.0, separatorDistance: 11.338582677165356, imprintThickRule: 0.9921259842519685, imprintThinRule: 0.7086614173228347, letterMarkTop: 85.03937007874016, letterRuleLength: 481.8897637795276, letterRuleDistance: 11.338582677165356, letterBottomRule: 56.69291338582678, letterThickLine: 2.25, letterThinLine: 0.75),
                autospace: false
            )
        ),
    ]

    /// The files' texts, each once.
    enum Texts {
        static let gbt9704 = #"""
# GB/T 9704-2012 《党政机关公文格式》: the standard look as data.
# Copy this file, change what your office does differently, and name it with `style:` in the
# front matter (a name from Templates/ or a path). Lengths take mm or pt.
name: gbt9704
page:
  width: 210mm            # A4
  height: 297mm
  margin-top: 37mm        # 天头
  margin-bottom: 35mm
  margin-left: 28mm       # 订口
  margin-right: 26mm
  lines-per-page: 22
  characters-per-line: 28
  line-pitch: 28.95pt     # 22 × 28.95 pt fits the 225 mm text block (29 pt would overflow)
footer:                   # 页码 §7.5
  prefix: "— "
  suffix: " —"
  side-indent: 14pt       # one 字 of 4号 in from the text block edge
  distance-below-block: 7mm
  alternate-sides: true   # odd pages right, even pages left
latin-font: Times New Roman   # digits and Latin (half-width, 0.5 字 each)
# Letter spacing of grid text, in pt: 16 pt type needs -0.25 pt to set 28 characters in 156 mm
# (LibreOffice does not compress characters to the grid's pitch the way Word does).
grid-letter-spacing: -0.25pt
# Space where Han text meets digits or Latin text (Word's autoSpaceDE/DN, ODF text-autospace).
# GB/T 9704 counts 28 字 a line: with it on, a line holding `2024年` holds 27.
autospace: false
# fallbacks: the first is the font table's single alternate name in Word (≤ 31 characters);
# LibreOffice tries them all. panose and signature (OS/2 usb0–3, csb0–1) are the faces' own, as
# Word writes them: a missing face is replaced by one of the same kind (a FangSong for 仿宋).
fonts:
  fangsong:
    name: 仿宋_GB2312
    fallbacks: [仿宋, FangSong, STFangsong]
    panose: "02010609030101010101"
    signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]
  heiti:
    name: 黑体
    fallbacks: [SimHei, STHeiti]
    family: swiss
    panose: "02010609060101010101"
    signature: ["800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000"]
  kaiti:
    name: 楷体_GB2312
    fallbacks: [楷体, KaiTi, STKaiti]
    panose: "02010609030101010101"
    signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]
  xiaobiaosong:
    name: 方正小标宋简体
    fallbacks: [FZXiaoBiaoSong-B05S, 方正小标宋_GBK, 华文中宋]
    panose: "03000509000000000000"
    signature: ["00000001", "080E0000", "00000000", "00000000", "00040000", "00000000"]
  song:
    name: 宋体
    fallbacks: [SimSun, STSong]
    panose: "02010600030101010101"
    signature: ["00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"]
roles:
  title:        { name: 公文标题, font: xiaobiaosong, size: 22pt, align: center, snap-to-grid: false, line-height: 28.95pt }
  heading1:     { name: 一级标题, font: heiti, size: 16pt, first-line-indent: 2, keep-with-next: true }
  heading2:     { name: 二级标题, font: kaiti, size: 16pt, first-line-indent: 2, keep-with-next: true }
  heading3:     { name: 三级标题, font: fangsong, size: 16pt, bold: true, first-line-indent: 2, keep-with-next: true }
  heading4:     { name: 四级标题, font: fangsong, size: 16pt, first-line-indent: 2, keep-with-next: true }
  body:         { name: 公文正文, font: fangsong, size: 16pt, first-line-indent: 2 }
  table-cell:   { name: 表格文字, font: fangsong, size: 12pt, align: center, snap-to-grid: false, line-height: 16pt }
  table-header: { name: 表格标题, font: heiti, size: 12pt, align: center, snap-to-grid: false, line-height: 16pt }
  signature:    { name: 发文机关署名, font: fangsong, size: 16pt, align: right, snap-to-grid: false, line-height: 28.95pt }
  date:         { name: 成文日期, font: fangsong, size: 16pt, align: right, snap-to-grid: false, line-height: 28.95pt }
  page-number:  { name: 页码, font: song, size: 14pt }
  issuer-mark:  { name: 发文机关标志, font: xiaobiaosong, size: 36pt, align: center, color: FF0000, snap-to-grid: false, line-height: 44pt }
  document-number: { name: 发文字号, font: fangsong, size: 16pt, align: center }
  recipient:    { name: 主送机关, font: fangsong, size: 16pt, align: left }
  attachment-note: { name: 附件说明, font: fangsong, size: 16pt, align: left }
  attachment-label: { name: 附件标识, font: heiti, size: 16pt, align: left }
  classification: { name: 密级和紧急程度, font: heiti, size: 16pt, align: left, keep-with-next: true }
  note:         { name: 附注, font: fangsong, size: 16pt, first-line-indent: 2 }
  imprint:      { name: 版记, font: fangsong, size: 14pt, align: left, snap-to-grid: false, line-height: 28.95pt }
# 版头 and 版记 (§7.2, §7.4)
# The 版头's distances are a ruler's, to the printed characters; govdoc places them by the em
# box of the declared size (the same on every machine, whatever font stands in): measured by
# LibreOffice 7.4 with substitute fonts, mark top 35.4 mm, rule 4.3 mm under the 发文字号.
elements:
  mark-top: 35mm            # top edge of the 发文机关标志 under the top of the text block
  red: FF0000               # the mark and the separator (the standard gives no RGB)
  separator-width: 1pt      # the red rule under the 发文字号
  separator-distance: 4mm   # from the 发文字号's bottom edge to the rule
  imprint-thick-rule: 0.35mm
  imprint-thin-rule: 0.25mm

"""#
        static let letter = #"""
# 信函格式 (`kind: letter`, GB/T 9704 §10.1): GB/T 9704 (gbt9704.yaml) plus the letterhead's
# measurements. The style sheet a letter takes when its front matter names none; copy it to
# adjust (a county's own red, a smaller mark).
name: letter
extends: gbt9704
elements:
  letter-mark-top: 30mm     # top of the mark under the paper's top edge
  letter-rule-length: 170mm # the red double rules, centred on the paper
  letter-rule-distance: 4mm # upper double rule under the mark
  letter-bottom-rule: 20mm  # lower double rule above the paper's bottom edge
  letter-thick-line: 2.25pt
  letter-thin-line: 0.75pt

"""#
        static let minutes = #"""
# 纪要格式 (`kind: minutes`, GB/T 9704 §10.3): GB/T 9704 (gbt9704.yaml) with the mark
# (XX会议纪要) red and centred, its top edge 35 mm under the top of the text block, the number
# (第12期) under it; after the body the 出席/请假/列席 lines, indented two 字, the label in
# 3号黑体 (the `classification` role), the names in 3号仿宋. Copy it to adjust.
name: minutes
extends: gbt9704
elements:
  mark-top: 35mm
roles:
  # a 纪要's mark is long (XX人民政府常务会议纪要): 32 pt keeps 13 characters on one line
  issuer-mark:  { name: 发文机关标志, font: xiaobiaosong, size: 32pt, align: center, color: FF0000, snap-to-grid: false, line-height: 40pt }

"""#
        static let notice = #"""
# 通知、请示、报告 with the full 版头 and 版记 (`kind: notice`): the style sheet a notice takes
# when its front matter names none. It is GB/T 9704 (gbt9704.yaml) as it stands; a county copies
# this file and says only what it does differently, for example:
#
#   elements:
#     red: E60012              # the red of its printed mark
#     mark-top: 35mm           # top edge of the 发文机关标志 under the top of the text block
#     separator-distance: 4mm  # the red rule under the 发文字号's bottom edge
#   roles:
#     issuer-mark: { name: 发文机关标志, font: xiaobiaosong, size: 30pt, align: center, color: E60012, snap-to-grid: false, line-height: 40pt }
name: notice
extends: gbt9704

"""#
        static let order = #"""
# 命令（令）格式 (`kind: order`, GB/T 9704 §10.2): GB/T 9704 (gbt9704.yaml) with the mark's top
# edge 20 mm under the top of the text block; the 令号 two blank lines under the mark, the body
# two blank lines under the 令号, no red separator and no printed title; the signer's title,
# the signature seal's place and the date per §7.3.5.3. Copy it to adjust.
name: order
extends: gbt9704
elements:
  mark-top: 20mm            # top of the mark (XX人民政府令) under the top of the text block

"""#
    }
}
