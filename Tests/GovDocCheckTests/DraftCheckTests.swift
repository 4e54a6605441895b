import Foundation
import GovDoc
import GovDocCheck
import GovDocDraft
import GovDocMessages
import GovDocTemplates
import Testing

/// Builds drafts by hand: the looks a reader would report, and the roles a recogniser would give.
struct DraftBuilder {
    var paragraphs: [(DraftParagraph, DraftRole)] = []
    var blocks: [DraftBlock] = []
    var page: DraftPage? = DraftBuilder.standardPage
    var footers: [DraftFooter] = DraftBuilder.standardFooters

    /// mm → pt
    static func pt(_ mm: Double) -> Double { mm * 72 / 25.4 }
    static let standardPage = DraftPage(width: pt(210), height: pt(297), marginTop: pt(37), marginBottom: pt(35),
                                        marginLeft: pt(28), marginRight: pt(26), gridLinePitch: 28.95)
    static let standardFooters = [
        DraftFooter(pages: .odd, pattern: "— {PAGE} —", alignment: .right, runs: [DraftRun(text: "— 1 —", eastAsianFont: "宋体", latinFont: "Times New Roman", size: 14)]),
        DraftFooter(pages: .even, pattern: "— {PAGE} —", alignment: .left, runs: [DraftRun(text: "— 2 —", eastAsianFont: "宋体", latinFont: "Times New Roman", size: 14)]),
    ]

    static func look(_ role: DraftRole) -> (String, Double, Bool) {
        switch role {
        case .title, .attachmentTitle: return ("方正小标宋简体", 22, false)
        case .heading(1), .attachmentLabel: return ("黑体", 16, false)
        case .heading(2): return ("楷体_GB2312", 16, false)
        case .heading(3): return ("仿宋_GB2312", 16, true)
        case .imprint: return ("仿宋_GB2312", 14, false)
        case .issuerMark: return ("方正小标宋简体", 36, false)
        default: return ("仿宋_GB2312", 16, false)
        }
    }

    /// A paragraph in the standard's look for its role, unless runs are given.
    mutating func add(_ text: String, _ role: DraftRole, runs: [DraftRun]? = nil, automaticNumber: String? = nil,
                      spacing: DraftLineSpacing? = nil) {
        let (font, size, bold) = DraftBuilder.look(role)
        let index = paragraphs.count + 1
        let centred = role == .title || role == .attachmentTitle || role == .issuerMark || role == .documentNumber
        let p = DraftParagraph(index: index, text: text, automaticNumber: automaticNumber, alignment: centred ? .center : nil, lineSpacing: spacing,
                               runs: runs ?? (text.isEmpty ? [] : [DraftRun(text: text.drop { $0 == "　" }.description, eastAsianFont: font,
                                                                           latinFont: "Times New Roman", size: size, bold: bold)]))
        paragraphs.append((p, role))
        blocks.append(.paragraph(p))
    }

    /// Changes paragraphs in place (in `paragraphs` and in `blocks`, tables kept).
    mutating func edit(_ change: (inout DraftParagraph, DraftRole) -> Void) {
        for i in paragraphs.indices { change(&paragraphs[i].0, paragraphs[i].1) }
        let byIndex = Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.0.index, $0.0) })
        blocks = blocks.map { block in
            if case .paragraph(let p) = block { return .paragraph(byIndex[p.index]!) }
            return block
        }
    }

    mutating func table(_ table: Table) {
        blocks.append(.table(DraftTable(table: table, followingParagraphIndex: paragraphs.count + 1)))
    }

    var draft: Draft { Draft(format: .docx, blocks: blocks, page: page, pageNumberFooters: footers) }
    var recognition: DraftRecognition {
        // DraftCheck reads the roles, not the model: an empty document stands in for it
        let page = PageSetup(width: 595, height: 842, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74,
                             linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95)
        // the standard's own sheet: the check's expectations (fonts, sizes) come from it
        let sheet = (try? Templates.styleSheet("gbt9704")) ?? StyleSheet(name: "test", page: page, footer: PageFooter(), fonts: [:], roles: [:])
        return DraftRecognition(document: Document(title: "t", pageSetup: page, footer: PageFooter(), styles: sheet), roles: Dictionary(uniqueKeysWithValues: paragraphs.map { ($0.0.index, $0.1) }), warnings: [])
    }
    func check() -> [Finding] { DraftCheck.findings(draft: draft, recognition: recognition, file: "draft.docx") }
}

/// A notice that follows GB/T 9704 in every point the file can show.
func conformingNotice() -> DraftBuilder {
    var b = DraftBuilder()
    b.add("青山县人民政府文件", .issuerMark)
    b.add("", .empty)
    b.add("青政发〔2024〕5号", .documentNumber)
    b.add("青山县人民政府关于做好2024年", .title)
    b.add("春季森林防火工作的通知", .title)
    b.add("各乡镇人民政府，县政府各部门：", .recipient)
    b.add("　　当前已进入春季森林防火关键期，气温回升快、降水偏少，林区可燃物多（见附件1），火险等级达到3.5级。", .body)
    b.add("　　一、提高思想认识", .heading(1))
    b.add("　　各单位要充分认识森林防火工作的严峻形势，于10:30前报送“三公”情况。", .body)
    b.add("　　二、落实防控责任", .heading(2 - 1))
    b.add("　　（一）压实属地责任。", .heading(2))
    b.add("　　1.签订责任书。全年签订1,200份责任书。", .heading(3))
    b.add("　　2.落实到人。", .heading(3))
    b.add("　　（1）山头地块", .heading(4), runs: [DraftRun(text: "（1）山头地块", eastAsianFont: "仿宋", latinFont: "Times New Roman", size: 16)])
    b.add("　　责任落实到山头地块。", .body)
    b.add("　　（二）强化部门监管。", .heading(2))
    b.table(Table(rows: [TableRow(cells: [TableCell("区域"), TableCell("责任人")])]))
    b.add("　　附件：1.春季森林防火责任分解表", .attachmentNote)
    b.add("　　　　　2.应急队伍名单", .attachmentNote)
    b.add("青山县人民政府", .signatureIssuer)
    b.add("2024年2月26日", .signatureDate)
    b.add("　　（此件公开发布）", .note)
    b.add("附件1", .attachmentLabel)
    b.add("春季森林防火责任分解表", .attachmentTitle)
    b.add("　　一、镇级责任", .heading(1))
    b.add("　　镇长负总责。", .body)
    b.add("抄送：县应急管理局，县林业局。", .imprint)
    b.add("青山县人民政府办公室　2024年2月26日印发", .imprint)
    return b
}

@Suite struct DraftCheckTests {
    @Test func aConformingDraftHasNoFinding() {
        let findings = conformingNotice().check()
        #expect(findings.isEmpty, "\(findings.map(\.description))")
    }

    @Test func pageAndMarginsOfWordsDefaults() {
        var b = conformingNotice()
        let pt = DraftBuilder.pt(_:)
        b.page = DraftPage(width: pt(210), height: pt(297), marginTop: 72, marginBottom: 72, marginLeft: 90.15, marginRight: 90.15,
                           gridLinePitch: 15.6)
        let findings = b.check()
        let margins = findings.filter { $0.code == "check.draft.margin" }
        #expect(margins.count == 4)
        #expect(margins.allSatisfy { $0.line == 0 && $0.column == 0 && $0.excerpt == "" && $0.severity == .error })
        #expect(margins.contains { $0.message.contains("25.4") && $0.message.contains("37") })
        #expect(margins.contains { $0.message.contains("31.8") && $0.message.contains("28") })
        #expect(!findings.contains { $0.code == "check.draft.paper" })
        // 16 pt body lines on a 15.6 pt grid take two grid lines each: 697.9 pt / 31.2 pt = 22.4 → 22;
        // characters: 146.4 mm / 16 pt = 25.9 → 26
        #expect(!findings.contains { $0.code == "check.draft.grid.lines" })
        let chars = findings.first { $0.code == "check.draft.grid.chars" }
        #expect(chars?.message.contains("26") == true)
        #expect(chars?.severity == .warning)   // estimated: no character grid
    }

    @Test func letterPaperAndNoPageAtAll() {
        var b = conformingNotice()
        b.page = DraftPage(width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72)
        #expect(b.check().filter { $0.code == "check.draft.paper" }.count == 1)
        #expect(b.check().first { $0.code == "check.draft.paper" }?.message.contains("215.9") == true)
        b.page = nil
        let findings = b.check()
        #expect(findings.map(\.code).filter { $0.hasPrefix("check.draft.page") || $0.hasPrefix("check.draft.grid") || $0 == "check.draft.margin" }
                == ["check.draft.page.unstated"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func linesAndCharactersFromTheGridAndFromTheType() {
        // the standard's grid: 28.95 pt lines in 225 mm, 16 pt type in 156 mm
        #expect(DraftCheck.linePitch(.multiple(1), size: 16, grid: 28.95) == 28.95)
        #expect(DraftCheck.linePitch(.exact(28.95), size: 16, grid: nil) == 28.95)
        #expect(abs(DraftCheck.linePitch(.multiple(1.5), size: 12, grid: 15.6) - 23.4) < 0.001)  // Word: 1.5 grid lines
        #expect(abs(DraftCheck.linePitch(.multiple(1), size: 16, grid: nil) - 20.8) < 0.001)
        #expect(abs(DraftCheck.linePitch(.atLeast(30), size: 16, grid: nil) - 30) < 0.001)

        var b = conformingNotice()
        let pt = DraftBuilder.pt(_:)
        // Word's Chinese default: 15.6 pt grid, 12 pt 宋体 body → 44 lines, 35 characters
        b.page = DraftPage(width: pt(210), height: pt(297), marginTop: 72, marginBottom: 72, marginLeft: 90.15, marginRight: 90.15,
                           gridLinePitch: 15.6)
        b.edit { p, role in
            if role == .body { p.runs = p.runs.map { var r = $0; r.size = 12; return r } }
        }
        let findings = b.check()
        #expect(findings.first { $0.code == "check.draft.grid.lines" }?.message.contains("44") == true)
        #expect(findings.first { $0.code == "check.draft.grid.lines" }?.severity == .error)
        #expect(findings.first { $0.code == "check.draft.grid.chars" }?.message.contains("35") == true)

        // a character grid that says 28 is believed; one that says 30 is reported as an error
        b.page = DraftPage(width: pt(210), height: pt(297), marginTop: pt(37), marginBottom: pt(35), marginLeft: pt(28), marginRight: pt(26),
                           gridLinePitch: 28.95, gridCharactersPerLine: 30, gridLinesPerPage: 22)
        let grid = b.check().filter { $0.code.hasPrefix("check.draft.grid") }
        #expect(grid.map(\.code) == ["check.draft.grid.chars"])
        #expect(grid.first?.severity == .error)
    }

    @Test func fontsByElementGroupedPerElement() {
        var b = conformingNotice()
        // body paragraphs in 宋体 12 pt (Word's default look), one level-1 heading in SimHei (an alias of 黑体)
        b.edit { p, role in
            switch role {
            case .body: p.runs = [DraftRun(text: p.text, eastAsianFont: "宋体", latinFont: "Calibri", size: 12)]
            case .heading(1): p.runs = [DraftRun(text: p.text, eastAsianFont: "SimHei", size: 16)]
            case .title where p.index == 4: p.runs = [DraftRun(text: "青山县人民政府关于", eastAsianFont: "方正小标宋简体", size: 22),
                                                     DraftRun(text: "做好2024年", eastAsianFont: nil, size: 18)]
            default: break
            }
        }
        let fonts = b.check().filter { $0.code.hasPrefix("check.draft.font") }
        #expect(fonts.map { "\($0.line):\($0.code)" } == [
            "4:check.draft.font.family", "4:check.draft.font.size",
            "7:check.draft.font.family", "7:check.draft.font.size",
        ])
        let body = fonts[2]
        #expect(body.excerpt == "当前已进入春季森林防火关…")
        #expect(body.message.contains("宋体"))
        #expect(body.message.contains("3"))   // three more body paragraphs alike (¶9, ¶15 and the attachment's ¶25)
        #expect(fonts[1].message.contains("18") && fonts[1].message.contains("22"))
    }

    @Test func runInHeadingTextAfterTheStopIsBodyText() {
        var b = DraftBuilder()
        b.add("一、总体情况", .heading(1))
        // the heading part in 黑体, the run-in text in 仿宋: both right
        b.add("（一）主动公开。全年公开信息300条。", .heading(2), runs: [
            DraftRun(text: "（一）主动公开。", eastAsianFont: "楷体", size: 16),
            DraftRun(text: "全年公开信息300条。", eastAsianFont: "仿宋", size: 16),
        ])
        // here the run-in text is in 楷体 too: a body-text fault at this paragraph
        b.add("（二）依申请公开。全年未收到申请。", .heading(2), runs: [
            DraftRun(text: "（二）依申请公开。", eastAsianFont: "KaiTi", size: 16),
            DraftRun(text: "全年未收到申请。", eastAsianFont: "楷体", size: 16),
        ])
        let fonts = b.check().filter { $0.code.hasPrefix("check.draft.font") }
        #expect(fonts.map { "\($0.line):\($0.code)" } == ["3:check.draft.font.family"])
        #expect(fonts.first?.message.contains("楷体") == true)
    }

    @Test func colouredTextAndAnUncentredTitle() {
        #expect(DraftCheck.isBlack(nil) && DraftCheck.isBlack("000000") && DraftCheck.isBlack("1F1F1F"))
        #expect(!DraftCheck.isBlack("333333") && !DraftCheck.isBlack("FF0000") && !DraftCheck.isBlack("0563C1"))
        var b = conformingNotice()
        b.edit { p, role in
            if role == .issuerMark { p.runs = p.runs.map { var r = $0; r.color = "FF0000"; return r } }   // the red mark is right
            if role == .body { p.runs = p.runs.map { var r = $0; r.color = "333333"; return r } }        // pasted from the web
            if role == .heading(1), p.index == 8 { p.runs = p.runs.map { var r = $0; r.color = "365F91"; return r } }
            if role == .title, p.index == 5 { p.alignment = .left }
        }
        let found = b.check()
        #expect(found.map { "\($0.line):\($0.code)" } == ["5:check.draft.title.alignment", "7:check.draft.color", "8:check.draft.color"])
        #expect(found[1].message.contains("333333") && found[1].message.contains("3"))   // three more body paragraphs
    }

    @Test func pageNumberForms() {
        #expect(DraftCheck.isStandardPageNumber("— {PAGE} —"))
        #expect(DraftCheck.isStandardPageNumber("—{PAGE}—"))
        #expect(DraftCheck.isStandardPageNumber("― {PAGE} ―"))
        #expect(DraftCheck.isStandardPageNumber("　— {PAGE} —"))
        #expect(!DraftCheck.isStandardPageNumber("- {PAGE} -"))
        #expect(!DraftCheck.isStandardPageNumber("– {PAGE} –"))
        #expect(!DraftCheck.isStandardPageNumber("—— {PAGE} ——"))
        #expect(!DraftCheck.isStandardPageNumber("{PAGE}"))
        #expect(!DraftCheck.isStandardPageNumber("第{PAGE}页"))
        #expect(!DraftCheck.isStandardPageNumber("— {PAGE} / {NUMPAGES} —"))
    }

    @Test func pageNumberMissingCentredOrOnTheWrongSide() {
        var b = conformingNotice()
        b.footers = []
        #expect(b.check().map(\.code) == ["check.draft.pagenumber.missing"])

        // Word's default: PAGE alone, centred, 12 pt, on every page
        b.footers = [DraftFooter(pages: .all, pattern: "{PAGE}", alignment: .center, runs: [DraftRun(text: "1", latinFont: "Calibri", size: 12)])]
        let found = b.check()
        #expect(Set(found.map(\.code)) == ["check.draft.pagenumber.form", "check.draft.pagenumber.position", "check.draft.pagenumber.font"])
        #expect(found.first { $0.code == "check.draft.pagenumber.font" }?.message.contains("Calibri") == true)

        // odd and even footers, the even one right
        b.footers = DraftBuilder.standardFooters
        b.footers[1].alignment = .right
        let side = b.check()
        #expect(side.map(\.code) == ["check.draft.pagenumber.position"])
        // a first-page footer (a letter's page 1 has none) is not the standard's business
        b.footers = DraftBuilder.standardFooters + [DraftFooter(pages: .first, pattern: "", alignment: .center)]
        #expect(b.check().isEmpty)
        // SimSun is 宋体
        b.footers = DraftBuilder.standardFooters.map { var f = $0; f.runs = f.runs.map { var r = $0; r.eastAsianFont = "SimSun"; return r }; return f }
        #expect(b.check().isEmpty)
    }

    @Test func dateForms() {
        func form(_ s: String) -> String? { DraftCheck.dateForm(in: s).map { $0.found == $0.expected ? "ok" : $0.expected } }
        #expect(form("2024年3月1日") == "ok")
        #expect(form("2024年03月01日") == "2024年3月1日")
        #expect(form("二〇二四年三月一日") == "2024年3月1日")
        #expect(form("二○二四年十二月三十一日") == "2024年12月31日")
        #expect(form("2024.3.1") == "2024年3月1日")
        #expect(form("2024-03-01") == "2024年3月1日")
        #expect(form("24年3月1日") == "2024年3月1日")
        #expect(form("２０２４年３月１日") == "2024年3月1日")
        #expect(form("青山县人民政府办公室　2024年2月6日印发") == "ok")
        #expect(form("大河镇人民政府") == nil)

        var b = conformingNotice()
        b.edit { p, role in
            guard role == .signatureDate || (role == .imprint && p.text.hasSuffix("印发")) else { return }
            p.text = role == .imprint ? "青山县人民政府办公室　2024年02月26日印发" : "二〇二四年二月二十六日"
            p.runs = [DraftRun(text: p.text, eastAsianFont: "仿宋", size: role == .imprint ? 14 : 16)]
        }
        let dates = b.check().filter { $0.code == "check.draft.date.form" }
        #expect(dates.map(\.line) == [20, 27])
        #expect(dates.map(\.replacement) == ["2024年2月26日", "2024年2月26日"])
        #expect(dates[0].excerpt == "二〇二四年二月二十六日")
    }

    @Test func documentNumberForms() {
        func form(_ s: String) -> String? { DraftCheck.documentNumberForm(in: s).map { $0.found == $0.expected ? "ok" : $0.expected } }
        #expect(form("石政发〔2024〕3号") == "ok")
        #expect(form("石政发[2024]3号") == "石政发〔2024〕3号")
        #expect(form("石政发（2024）3号") == "石政发〔2024〕3号")
        #expect(form("石政发(2024)3号") == "石政发〔2024〕3号")
        #expect(form("石政发【2024】3号") == "石政发〔2024〕3号")
        #expect(form("石政发〔2024〕第3号") == "石政发〔2024〕3号")
        #expect(form("石政发〔2024〕003号") == "石政发〔2024〕3号")
        #expect(form("石政发〔24〕3号") == "石政发〔2024〕3号")
        #expect(form("石政发〔2024〕3号　　　　签发人：张三") == "ok")
        #expect(form("二〇二四年工作要点") == nil)

        var b = conformingNotice()
        b.edit { p, _ in if p.index == 3 { p.text = "青政发[2024]第05号" } }
        let found = b.check()
        #expect(found.map(\.code) == ["check.draft.docnumber.form"])
        #expect(found.first?.line == 3)
        #expect(found.first?.replacement == "青政发〔2024〕5号")
    }

    func attachmentFindings(_ lines: [String]) -> [String] {
        var b = DraftBuilder()
        b.add("正文。", .body)
        for line in lines { b.add(line, .attachmentNote) }
        return b.check().filter { $0.code.hasPrefix("check.draft.attachments") }
            .map { "\($0.line):\($0.code.split(separator: ".").last!):\($0.replacement ?? "")" }
    }

    @Test func attachmentNoteForms() {
        #expect(attachmentFindings(["　　附件：1.甲表", "　　　　　2.乙表"]).isEmpty)
        #expect(attachmentFindings(["附件：甲表"]).isEmpty)
        #expect(attachmentFindings(["附件：关于2024年工作的安排", "　　　　　（续行）"]).isEmpty)
        #expect(attachmentFindings(["附件：1.甲表。", "2.乙表；"]) == ["2:punctuation:附件：1.甲表", "3:punctuation:2.乙表"])
        #expect(attachmentFindings(["附件:甲表"]) == ["2:form:附件：甲表"])
        #expect(attachmentFindings(["附件：1.甲表"]) == ["2:form:附件：甲表"])       // one attachment: no number
        #expect(attachmentFindings(["附件：1、甲表", "2、乙表"]) == ["2:form:附件：1.甲表", "3:form:2.乙表"])
        #expect(attachmentFindings(["附件：1.甲表", "3.乙表"]) == ["3:form:2.乙表"])
        #expect(attachmentFindings(["附件：（1）甲表", "（2）乙表"]) == ["2:form:附件：1.甲表", "3:form:2.乙表"])
    }

    @Test func headingNumberingAsInTheSourceCheck() {
        var b = DraftBuilder()
        b.add("一、总体情况", .heading(1))
        b.add("正文。", .body)
        b.add("（1） 主动公开情况", .heading(2))     // the seed's fault, as typed in Word
        b.add("正文。", .body)
        b.add("（二）依申请公开", .heading(2))
        b.add("正文。", .body)
        b.add("二、主要措施", .heading(1))
        b.add("1.\t摸清底数", .heading(3), automaticNumber: "1.")   // Word's tab after an automatic number is layout
        b.add("正文。", .body)
        b.add("3.\t分类推进", .heading(3), automaticNumber: "3.")
        b.add("正文。", .body)
        b.add("附件", .attachmentLabel)
        b.add("名单", .attachmentTitle)
        b.add("一、镇级", .heading(1))                   // numbered afresh in the attachment
        b.add("正文。", .body)
        b.add("主要工作", .heading(1))                   // from a Heading style: no number, numbered by position
        b.add("正文。", .body)
        let numbering = b.check().filter { $0.code.hasPrefix("numbering") || $0.code.hasPrefix("section") }
        // 1. right under 二、 skips level 2 (a warning, as in the source check); 3. follows 1.
        #expect(numbering.map { "\($0.line):\($0.code)" } == ["3:numbering.form", "3:numbering.space", "8:numbering.skip", "10:numbering.sequence"])
        #expect(numbering.allSatisfy { $0.column == 0 })
        #expect(numbering[0].excerpt == "（1） 主动公开情况")
        #expect(numbering[0].replacement == "（一）")
        #expect(numbering[3].replacement == "2.")
    }

    @Test func halfWidthPunctuationInChineseText() {
        var b = DraftBuilder()
        b.add("　　现将有关情况报告如下:", .body)
        b.add("主要做法(一是盘活资源,二是发展产业)已在全县推广.", .body)
        b.add("同比增长18.2%，会议于10:30开始，收入1,200元。", .body)
        b.add("1.摸清底数。", .heading(3))
        b.add("(1)降雨量达到50毫米", .heading(4))   // the number itself is the numbering check's business
        b.add("详见www.example.gov.cn网站。", .body)
        b.add("Smith, John: see p. 5.", .body)
        let found = b.check().filter { $0.code == "check.draft.punctuation" }
        #expect(found.map(\.line) == [1, 2])
        #expect(found[0].message.contains("11") && found[0].message.contains("："))
        #expect(found[1].message.contains("4"))    // ( , ) .
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func findingsAreOrderedAndCarryTheParagraph() {
        var b = conformingNotice()
        b.footers = []
        b.edit { p, _ in if p.index == 7 { p.text = "　　当前已进入春季森林防火关键期:" } }
        let findings = b.check()
        #expect(findings.map(\.line) == [0, 7])
        #expect(findings[1].description.hasPrefix("draft.docx:¶7「当前已进入春季森林防火关…」: warning: "))
        #expect(findings[0].description.hasPrefix("draft.docx: error: "))
    }

    @Test func jsonKeysAreAdditive() throws {
        let source = Finding(file: "a.md", line: 3, column: 1, severity: .error, code: "numbering.form", message: "m", replacement: "（一）")
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(source)) as! [String: Any]
        #expect(Set(object.keys) == ["file", "line", "column", "severity", "code", "message", "replacement"])
        let draft = conformingNotice()
        var b = draft
        b.footers = []
        let finding = try #require(b.check().first)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(finding)) as! [String: Any]
        #expect(json["code"] as? String == "check.draft.pagenumber.missing")
        #expect(json["line"] as? Int == 0)
        #expect(json["excerpt"] as? String == "")
    }

    @Test func everyDraftCheckMessageIsInTheCatalog() {
        let ids = Set(MessageCatalog.all.map(\.id))
        for template in MessageTemplate.draftCheckTemplates {
            #expect(ids.contains(template.id))
            #expect(template.id.hasPrefix("check.draft."))
            #expect(Set(MessageTemplate.placeholders(in: template.zh)) == Set(MessageTemplate.placeholders(in: template.en)), "\(template.id)")
        }
        #expect(Set(MessageTemplate.draftCheckTemplates.map(\.id)).count == MessageTemplate.draftCheckTemplates.count)
    }
}
