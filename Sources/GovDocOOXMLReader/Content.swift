import GovDocDraft
import GovDocMessages

/// What the walk over one paragraph's content found.
struct Collected {
    var text = ""
    var runs: [DraftRun] = []
    /// Offsets in `text` (UTF-8 bytes: only 0 or not 0 matters to the caller) where a page break
    /// (`w:br w:type="page"`) stands.
    var pageBreaks: [Int] = []
    var warnings: [Message] = []
    var hasPageField = false

    /// Appends text in the look of `look`: to the last run when it looks the same. The last run's
    /// text grows in place (a copy of the run taken out and put back would copy its text on every
    /// append: quadratic in a paragraph of 55,000 one-character runs).
    mutating func append(_ s: String, look: DraftRun) {
        guard !s.isEmpty else { return }
        text += s
        if let last = runs.indices.last, runs[last].eastAsianFont == look.eastAsianFont, runs[last].latinFont == look.latinFont,
           runs[last].size == look.size, runs[last].bold == look.bold, runs[last].color == look.color {
            runs[last].text += s
        } else {
            var run = look
            run.text = s
            runs.append(run)
        }
    }
}

/// Walks paragraph content (runs, hyperlinks, content controls, tracked changes, fields) into
/// text and runs. One walker per story (the body, a footer): complex fields may span paragraphs.
final class ContentWalker {
    enum Mode {
        /// The body: text boxes, images, notes and fields become warnings.
        case body
        /// A footer or a text box's content: drawings are not descended into (their paragraphs are
        /// walked by the caller), a PAGE field is written `{PAGE}`.
        case flat(footer: Bool)
    }

    struct Field {
        var instruction = ""
        var inResult = false
        var kind: String { instruction.split(whereSeparator: { $0 == " " || $0 == "\\" }).first.map { $0.uppercased() } ?? "" }
        var isPageNumber: Bool { ["PAGE", "NUMPAGES", "SECTIONPAGES"].contains(kind) }
    }

    let styles: StyleSheet
    let mode: Mode
    private var fields: [Field] = []
    /// Text boxes found in the body, for the caller to read and warn about.
    var textBoxes: [XNode] = []

    init(styles: StyleSheet, mode: Mode) {
        self.styles = styles
        self.mode = mode
    }

    private var isFooter: Bool { if case .flat(true) = mode { return true } else { return false } }
    private var isBody: Bool { if case .body = mode { return true } else { return false } }

    /// Text is hidden while a field's instruction is being read, and inside a page-number
    /// field's result in a footer (the `{PAGE}` placeholder stands for it).
    private var suppressed: Bool {
        fields.contains { !$0.inResult || (isFooter && $0.isPageNumber) }
    }

    func look(_ props: RunProps) -> DraftRun {
        DraftRun(text: "", eastAsianFont: styles.resolve(props.eastAsia), latinFont: styles.resolve(props.ascii),
                 size: props.halfPoints.map { Double($0) / 2 }, bold: props.bold ?? false, color: props.color ?? nil)
    }

    /// Walks the children of a paragraph (or of a hyperlink, content control, insertion…).
    func walk(_ node: XNode, base: RunProps, into c: inout Collected) {
        for child in node.elements {
            if child.ns == NS.mc && child.name == "AlternateContent" {
                if let branch = chosenBranch(child) { walk(branch, base: base, into: &c) }
                continue
            }
            if child.ns == NS.m {
                if isBody { c.warnings.append(Message(.readerObject)) }
                continue
            }
            guard child.isW else { continue }
            switch child.name {
            case "r":
                run(child, base: base, into: &c)
            case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo", "sdtContent", "rubyBase":
                walk(child, base: base, into: &c)
            case "sdt":
                if let content = child.w("sdtContent") { walk(content, base: base, into: &c) }
            case "fldSimple":
                let instruction = child["instr"] ?? ""
                beginField(instruction: instruction, into: &c)
                separateField(look: look(base), into: &c)
                walk(child, base: base, into: &c)
                endField(look: look(base), into: &c)
            case "ruby":
                if let ruby = child.w("rubyBase") { walk(ruby, base: base, into: &c) }
            default:
                // w:del, w:moveFrom (deleted), w:pPr, comments, bookmarks, proofing marks
                continue
            }
        }
    }

    private func chosenBranch(_ alternate: XNode) -> XNode? {
        alternate.elements.first { $0.ns == NS.mc && $0.name == "Choice" }
            ?? alternate.elements.first { $0.ns == NS.mc && $0.name == "Fallback" }
    }

    private func run(_ r: XNode, base: RunProps, into c: inout Collected) {
        var props = base
        let rPr = r.w("rPr")
        if let rStyle = rPr?.val("rStyle") { props = props.overlaid(by: styles.characterStyle(rStyle)) }
        props = props.overlaid(by: RunProps(rPr))
        let look = look(props)
        runContent(r, look: look, into: &c)
    }

    private func runContent(_ r: XNode, look: DraftRun, into c: inout Collected) {
        for child in r.elements {
            if child.ns == NS.mc && child.name == "AlternateContent" {
                if let branch = chosenBranch(child) { runContent(branch, look: look, into: &c) }
                continue
            }
            guard child.isW else { continue }
            switch child.name {
            case "t":
                if !suppressed { c.append(child.allText, look: look) }
            case "tab", "ptab":
                if !suppressed { c.append("\t", look: look) }
            case "br":
                guard !suppressed else { continue }
                if child["type"] == "page" {
                    c.pageBreaks.append(c.text.utf8.count)
                } else {
                    c.append("\n", look: look)
                }
            case "cr":
                if !suppressed { c.append("\n", look: look) }
            case "sym":
                // the character as written (symbol fonts use F000–F0FF)
                if !suppressed, let code = child["char"], let value = UInt32(code, radix: 16),
                   let scalar = Unicode.Scalar(value) {
                    c.append(String(scalar), look: look)
                }
            case "noBreakHyphen":
                if !suppressed { c.append("-", look: look) }
            case "instrText":
                if !fields.isEmpty, !fields[fields.count - 1].inResult, fields[fields.count - 1].instruction.utf8.count < 4096 {
                    fields[fields.count - 1].instruction += child.allText
                }
            case "fldChar":
                switch child["fldCharType"] {
                case "begin": beginField(instruction: "", into: &c)
                case "separate": separateField(look: look, into: &c)
                case "end": endField(look: look, into: &c)
                default: break
                }
            case "drawing", "pict":
                if isBody { drawing(child, into: &c) }
            case "object":
                if isBody {
                    if !child.hasDescendant(where: { $0.isW("txbxContent") }) {
                        c.warnings.append(Message(.readerObject))
                    } else {
                        drawing(child, into: &c)
                    }
                }
            case "footnoteReference":
                if isBody { c.warnings.append(Message(.readerFootnote)) }
            case "endnoteReference":
                if isBody { c.warnings.append(Message(.readerEndnote)) }
            default:
                // w:delText, w:delInstrText (deleted), w:rPr, w:commentReference, w:lastRenderedPageBreak,
                // w:softHyphen (optional hyphen: not printed unless the line breaks there)
                continue
            }
        }
    }

    /// A field instruction never runs past its paragraph: an unterminated one (a damaged file)
    /// must not hide the text that follows.
    func endParagraph() {
        for i in fields.indices { fields[i].inResult = true }
    }

    private func beginField(instruction: String, into c: inout Collected) {
        // Word nests fields a few deep; a hostile file must not make every later run slow
        guard fields.count < 16 else { return }
        fields.append(Field(instruction: instruction))
    }

    private func separateField(look: DraftRun, into c: inout Collected) {
        guard !fields.isEmpty, !fields[fields.count - 1].inResult else { return }
        fields[fields.count - 1].inResult = true
        let field = fields[fields.count - 1]
        let outerSuppressed = fields.dropLast().contains { !$0.inResult || (isFooter && $0.isPageNumber) }
        if field.isPageNumber {
            if isFooter, !outerSuppressed {
                c.append("{\(field.kind)}", look: look)
                if field.kind == "PAGE" { c.hasPageField = true }
            }
        } else if isBody, !field.kind.isEmpty {
            c.warnings.append(Message(.readerField, ["field": field.kind]))
        }
    }

    private func endField(look: DraftRun, into c: inout Collected) {
        guard !fields.isEmpty else { return }
        if !fields[fields.count - 1].inResult { separateField(look: look, into: &c) }
        fields.removeLast()
    }

    /// A drawing or VML picture in the body: its text boxes are kept for a warning, a picture or
    /// other shape is warned about.
    private func drawing(_ node: XNode, into c: inout Collected) {
        var boxes: [XNode] = []
        func collect(_ n: XNode) {
            for e in n.elements {
                if e.isW("txbxContent") { boxes.append(e) } else { collect(e) }
            }
        }
        // one branch of an AlternateContent only (the same box is written twice)
        collect(node)
        var seenTexts: Set<String> = []
        if !boxes.isEmpty {
            for box in boxes {
                let key = box.allText
                if seenTexts.insert(key).inserted { textBoxes.append(box) }
            }
            return
        }
        let hasImage = node.hasDescendant(where: { ($0.ns == NS.a && $0.name == "blip") || ($0.ns == NS.v && $0.name == "imagedata") })
        if hasImage {
            c.warnings.append(Message(.readerImage))
        } else if node.name == "drawing" || node.hasDescendant(where: { $0.ns == NS.v && ["shape", "rect", "oval", "line", "polyline", "group", "roundrect"].contains($0.name) }) {
            c.warnings.append(Message(.readerObject))
        }
    }
}
