import GovDocMessages
import GovDocODF
import GovDocOOXML

/// `govdoc template`: a Word template (`.dotx`) or a LibreOffice template (`.ott`) carrying a style
/// sheet's page setup, grid, footers and named styles (公文标题, 一级标题 … 四级标题 with their outline
/// levels, 公文正文, 附件说明, 发文机关署名, 成文日期 …), so that an office that keeps writing in Word,
/// WPS or LibreOffice starts every document from govdoc's styles.
///
/// The template's body is a skeleton of the kind, one paragraph in each style, each saying what
/// goes there, for the clerk to type over. It has no 版记: the 版记 stands at the foot of the last
/// (even) page, which only the finished text decides; `govdoc format` places it.
public enum OfficeTemplate {
    /// The package formats a template is written in.
    public enum Format: String, Sendable, CaseIterable {
        /// Word and WPS (`.dotx`).
        case dotx
        /// LibreOffice (`.ott`).
        case ott

        var serializer: any DocumentSerializer {
            switch self {
            case .dotx: return OOXMLWriter(template: true)
            case .ott: return ODTWriter(template: true)
            }
        }
    }

    /// The kinds a template is made for: a plain document, or a 通知 with 版头 and 版记.
    public enum Kind: String, Sendable, CaseIterable {
        case report, notice, letter
    }

    /// The skeleton's source text: the front matter of `kind` with `style` (a style sheet's name or
    /// path, or `nil` for the kind's default) and `date`, and a body of one paragraph per level.
    public static func skeleton(kind: Kind, style: String?, date: CalendarDate) -> String {
        var lines = ["---", "kind: \(kind.rawValue)"]
        if let style { lines.append("style: \"\(style.replacingOccurrences(of: "\"", with: "\\\""))\"") }
        switch kind {
        case .notice:
            lines += ["header: 发文机关名称文件", "number: 发文机关代字〔\(date.year)〕1号"]
        case .letter:
            lines += ["header: 发文机关名称", "number: 发文机关代字〔\(date.year)〕1号"]
        case .report:
            break
        }
        lines += [
            "title: 关于××××的通知（标题）",
            "to: 主送机关：",
            "issuer: 发文机关署名",
            "date: \(date.iso)",
            "attachments: [附件名称]",
        ]
        lines += [
            "---",
            "正文第一段（公文正文样式：仿宋三号，首行缩进二字）。",
            "一、一级标题（黑体）",
            "（一）二级标题（楷体）",
            "1.三级标题（仿宋加粗）",
            "（1）四级标题（仿宋）",
            "正文。",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The template's package bytes. A style sheet path in `style` is found from the working directory.
    public static func make(format: Format, kind: Kind = .report, style: String? = nil, date: CalendarDate) throws -> [UInt8] {
        let document = try GovDocIO.read(source: skeleton(kind: kind, style: style, date: date), name: "template.md")
        do {
            return try format.serializer.serialize(document)
        } catch {
            throw ExportError.output(path: "template.\(format.rawValue)", message: Message(.exportCannotBuild, ["format": format.rawValue], parts: ["detail": ExportError.message(of: error)]))
        }
    }

    /// Writes the template atomically to `path`.
    public static func write(format: Format, kind: Kind = .report, style: String? = nil, date: CalendarDate, to path: String) throws {
        try GovDocIO.writeBytes(try make(format: format, kind: kind, style: style, date: date), to: path)
    }
}
