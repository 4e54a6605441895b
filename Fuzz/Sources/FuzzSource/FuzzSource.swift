#if canImport(Glibc)
import Glibc
#endif
import GovDoc
import GovDocPackaging
import GovDocSource

/// One input for the source reader. The first byte chooses how the rest is used:
/// - `F`: the bytes are the front matter's YAML, put between `---` lines above a fixed body —
///   so mutations reach Yams, the key checks, `data:` (annual reports), dates, images and
///   style sheets instead of stopping at "no front matter";
/// - `T`: the bytes are an HTML table, read by ``HTMLTableReader`` alone and then as a block
///   of a fixed document (spans, `<br>`, attributes, the grid);
/// - `P` (or anything not above): the bytes are a whole source file.
/// Errors thrown for bad input are the expected outcome; a crash, hang, leak or sanitizer report
/// is a finding. Files the source names are looked up in an empty folder of its own.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSource(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let rest = Array(bytes[1...])
    let source: [UInt8]
    switch bytes[0] {
    case UInt8(ascii: "F"):
        source = Array("---\n".utf8) + rest + Array("\n---\n".utf8) + Seeds.body
    case UInt8(ascii: "T"):
        if let fragment = try? HTMLTableReader.read(String(decoding: rest, as: UTF8.self), maximumSpan: DocumentLimits.maximumSpan) {
            var total = fragment.attributes.count
            for row in fragment.rows { for cell in row.cells { total &+= cell.lines.count &+ cell.rowSpan &+ cell.colSpan } }
            _ = total
        }
        source = Seeds.frontMatter + rest + Array("\n\n（一）表后的段落。\n".utf8)
    default:
        source = rest
    }
    let reader = SourceReader(baseDirectory: Seeds.folder)
    if let result = try? reader.read(bytes: source, file: "fuzz.md") {
        _ = result.document.blocks.count &+ result.blockLines.count &+ result.frontMatter.title.utf8.count
    }
    return 0
}

enum Seeds {
    /// An empty folder: relative image and style sheet paths resolve to nothing.
    static let folder: String = {
        let path = "/tmp/govdoc-fuzz-source-empty"
        _ = mkdir(path, 0o700)
        return path
    }()
    static let frontMatter = Array("""
    ---
    kind: notice
    title: 关于做好森林防火工作的通知
    issuer: 石门镇人民政府
    date: 2024-02-20
    to: 各村（社区）：
    ---
    一、总体要求
    表如下：

    """.utf8)
    static let body = Array("""
    一、总体要求
    （一）工作目标。正文段落。
    1．第一项
    | 项目 | 数量 |
    |---|---|
    | 道路 | 12 |

    <table border="1"><tr><th colspan="2">项目</th></tr><tr><td>道路</td><td>80</td></tr></table>

    """.utf8)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzSource_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzSource)
}
