import GovDoc
import GovDocDraft
import GovDocMessages
import Testing

@Suite struct RecognizerTests {
    /// A colleague's draft as Word makes it by default: 宋体 12 pt, the title bold 18 pt with a
    /// manual line break, typed bold headings indented with full-width spaces, run-in headings,
    /// a table with merged cells, 附件说明 over two lines, the signature pushed right with spaces.
    @Test func wordDefaultDraft() throws {
        var d = DraftMaker()
        d.p("大河镇人民政府关于开展2024年\n农村人居环境整治春季行动的通知", align: .center, size: 18, bold: true)   // 1
        d.empty()                                                                                        // 2
        d.p("各村（社区）、镇直各单位：")                                                                   // 3
        d.p("　　为进一步改善农村人居环境，镇党委、镇政府决定开展春季行动。现将有关事项通知如下。")             // 4
        d.p("　　一、工作目标", bold: true)                                                                 // 5
        d.p("　　通过集中整治，村庄环境明显改善。\t")                                                          // 6
        d.p("　　二、重点任务", bold: true)                                                                 // 7
        d.p("　　（一）清理村庄垃圾。", bold: true)                                                          // 8
        d.p("　　全面清理房前屋后\n积存垃圾。")                                                              // 9
        d.p("　　（二）推进户厕改造。", bold: true)                                                          // 10
        d.p("　　1.摸清底数。4月10日前完成未改厕农户的摸底登记，建立台账。")                                     // 11
        d.p("\u{00A0}\u{00A0}2. 分类推进。对具备条件的农户实施改造。")                                         // 12
        d.p("　　三、任务分工", bold: true)                                                                 // 13
        d.table(Fixtures.spanTable)
        d.p("　　各村按上表完成。")                                                                          // 14
        d.empty()                                                                                        // 15
        d.p("　　附件：1.大河镇农村人居环境整治春季行动任务清单")                                               // 16
        d.p("　　　　　2.大河镇户厕改造技术要点")                                                             // 17
        d.empty(2)                                                                                       // 18, 19
        d.p(String(repeating: " ", count: 44) + "大河镇人民政府")                                            // 20
        d.p(String(repeating: " ", count: 42) + "2024年3月1日")                                             // 21
        d.p("　　（此件公开发布）")                                                                          // 22
        let r = Fixtures.recognize(d)
        let doc = r.document

        #expect(doc.kind == .report)
        #expect(doc.title == "大河镇人民政府关于开展2024年\n农村人居环境整治春季行动的通知")
        #expect(doc.recipient == "各村（社区）、镇直各单位：")
        #expect(doc.masthead == nil)
        #expect(doc.blocks == [
            .paragraph(Paragraph("为进一步改善农村人居环境，镇党委、镇政府决定开展春季行动。现将有关事项通知如下。")),
            .heading(Heading(level: 1, number: "一、", text: "一、工作目标")),
            .paragraph(Paragraph("通过集中整治，村庄环境明显改善。")),
            .heading(Heading(level: 1, number: "二、", text: "二、重点任务")),
            .heading(Heading(level: 2, number: "（一）", text: "（一）清理村庄垃圾。")),
            .paragraph(Paragraph("全面清理房前屋后积存垃圾。")),
            .heading(Heading(level: 2, number: "（二）", text: "（二）推进户厕改造。")),
            .heading(Heading(level: 3, number: "1.", text: "1.摸清底数。", runInText: "4月10日前完成未改厕农户的摸底登记，建立台账。")),
            .heading(Heading(level: 3, number: "2.", text: "2. 分类推进。", runInText: "对具备条件的农户实施改造。")),   // the space is kept: check reports it
            .heading(Heading(level: 1, number: "三、", text: "三、任务分工")),
            .table(Fixtures.spanTable),
            .paragraph(Paragraph("各村按上表完成。")),
        ])
        #expect(doc.attachments == [Attachment(title: "大河镇农村人居环境整治春季行动任务清单"), Attachment(title: "大河镇户厕改造技术要点")])
        #expect(doc.signature == SignatureBlock(issuer: "大河镇人民政府", date: CalendarDate(year: 2024, month: 3, day: 1)))
        #expect(doc.metadata.issuer == "大河镇人民政府")
        #expect(doc.note == "（此件公开发布）")
        #expect(doc.imprint == nil)
        let expected: [Int: DraftRole] = [
            1: .title, 2: .empty, 3: .recipient, 4: .body, 5: .heading(1), 6: .body, 7: .heading(1), 8: .heading(2),
            9: .body, 10: .heading(2), 11: .heading(3), 12: .heading(3), 13: .heading(1), 14: .body, 15: .empty,
            16: .attachmentNote, 17: .attachmentNote, 18: .empty, 19: .empty, 20: .signatureIssuer, 21: .signatureDate, 22: .note,
        ]
        #expect(r.roles == expected)
        #expect(r.warnings.isEmpty, "\(r.warnings)")
    }

    /// A notice with its 版头 (red mark, 发文字号), a two-paragraph title, an attachment bound
    /// after the signature and the 版记 with a tab before the date.
    @Test func noticeWithMastheadAttachmentAndImprint() throws {
        var d = DraftMaker()
        d.p("青山县人民政府文件", align: .center, size: 36, color: "FF0000", font: "方正小标宋简体")   // 1
        d.empty(2)                                                                              // 2, 3
        d.p("青政发〔2024〕5号", align: .center, size: 16)                                          // 4
        d.empty(2)                                                                              // 5, 6
        d.p("青山县人民政府关于印发青山县2024年", align: .center, size: 22)                            // 7
        d.p("优化营商环境工作要点的通知", align: .center, size: 22)                                   // 8
        d.empty()                                                                               // 9
        d.p("各乡镇人民政府，县政府各部门、各直属机构：", size: 16)                                     // 10
        d.p("现将《青山县2024年优化营商环境工作要点》印发给你们，请认真贯彻执行。", size: 16)               // 11
        d.empty()                                                                               // 12
        d.p("附件：青山县2024年优化营商环境工作要点", size: 16)                                        // 13
        d.empty()                                                                               // 14
        d.p("青山县人民政府", align: .right, size: 16, rightIndent: 32)                              // 15
        d.p("2024年2月26日", align: .right, size: 16, rightIndent: 32)                              // 16
        d.p("（此件公开发布）", size: 16)                                                            // 17
        d.p("附件", size: 16, pageBreakBefore: true)                                                // 18
        d.empty()                                                                               // 19
        d.p("青山县2024年优化营商环境工作要点", align: .center, size: 22)                              // 20
        d.p("一、提升政务服务效能", size: 16)                                                         // 21
        d.p("（一）深化“一网通办”。全面推行网上办理。", size: 16)                                        // 22
        d.p("二、加强要素保障", size: 16)                                                             // 23
        d.p("保障用地需求。", size: 16)                                                              // 24
        d.empty()                                                                               // 25
        d.p("抄送：县委办公室，县人大常委会办公室，县政协办公室。", size: 14)                               // 26
        d.p("青山县人民政府办公室\t2024年2月26日印发", size: 14)                                       // 27
        let r = Fixtures.recognize(d)
        let doc = r.document
        #expect(doc.kind == .notice)
        #expect(doc.masthead == Masthead(issuerMark: "青山县人民政府文件", number: "青政发〔2024〕5号"))
        #expect(doc.metadata.number == "青政发〔2024〕5号")
        #expect(doc.title == "青山县人民政府关于印发青山县2024年\n优化营商环境工作要点的通知")
        #expect(doc.recipient == "各乡镇人民政府，县政府各部门、各直属机构：")
        #expect(doc.blocks == [.paragraph(Paragraph("现将《青山县2024年优化营商环境工作要点》印发给你们，请认真贯彻执行。"))])
        #expect(doc.signature == SignatureBlock(issuer: "青山县人民政府", date: CalendarDate(year: 2024, month: 2, day: 26)))
        #expect(doc.note == "（此件公开发布）")
        #expect(doc.attachments == [Attachment(title: "青山县2024年优化营商环境工作要点", blocks: [
            .heading(Heading(level: 1, number: "一、", text: "一、提升政务服务效能")),
            .heading(Heading(level: 2, number: "（一）", text: "（一）深化“一网通办”。", runInText: "全面推行网上办理。")),
            .heading(Heading(level: 1, number: "二、", text: "二、加强要素保障")),
            .paragraph(Paragraph("保障用地需求。")),
        ])])
        #expect(doc.imprint == Imprint(copyTo: ["县委办公室", "县人大常委会办公室", "县政协办公室"], printer: "青山县人民政府办公室",
                                       printedDate: CalendarDate(year: 2024, month: 2, day: 26)))
        let expected: [Int: DraftRole] = [
            1: .issuerMark, 2: .empty, 3: .empty, 4: .documentNumber, 5: .empty, 6: .empty, 7: .title, 8: .title, 9: .empty,
            10: .recipient, 11: .body, 12: .empty, 13: .attachmentNote, 14: .empty, 15: .signatureIssuer, 16: .signatureDate,
            17: .note, 18: .attachmentLabel, 19: .empty, 20: .attachmentTitle, 21: .heading(1), 22: .heading(2), 23: .heading(1),
            24: .body, 25: .empty, 26: .imprint, 27: .imprint,
        ]
        #expect(r.roles == expected)
        #expect(r.warnings.isEmpty, "\(r.warnings)")
    }

    @Test(arguments: [
        ("2024年3月1日", true), ("2024年03月01日", false), ("二〇二四年三月一日", false), ("二○二四年十二月三十一日", false),
        ("2024.3.1", false), ("2024-3-1", false), ("2024/3/1", false), ("２０２４年３月１日", false), ("2024年3月1日 ", true),
    ])
    func typedDates(written: String, canonical: Bool) throws {
        let date = try #require(DraftText.date(written.trimmingCharacters(in: " ")))
        if written.hasPrefix("二○二四年十二") {
            #expect(date == CalendarDate(year: 2024, month: 12, day: 31))
        } else {
            #expect(date == CalendarDate(year: 2024, month: 3, day: 1))
        }
        var d = DraftMaker()
        d.p("关于某事的报告", align: .center, size: 22)
        d.p("正文。")
        d.p("某某镇人民政府", align: .right)
        let dateLine = d.p(written, align: .right)
        let r = Fixtures.recognize(d)
        #expect(r.document.signature?.date == date)
        #expect(r.roles[dateLine] == .signatureDate)
        let normalized = r.warnings.filter { $0.message.id == "draft.date.normalized" }
        #expect(normalized.count == (canonical ? 0 : 1))
        if let w = normalized.first { #expect(w.location.paragraph == dateLine) }
    }

    @Test func notDates() {
        for text in ["2024年2月30日", "2024年13月1日", "2024.3", "今天", "2024年3月1日印发"] {
            #expect(DraftText.date(text) == nil, "\(text)")
        }
        // a two-digit year is 20xx, as the checker always read it (one date grammar, GovDoc/Standard/WrittenDate)
        #expect(DraftText.date("24年3月1日") == CalendarDate(year: 2024, month: 3, day: 1))
    }

    /// Headings without numbers (Heading 1–3 styles, an outline level) are numbered by position
    /// as the builder numbers them, with a warning each; a number wins over the style.
    @Test func headingsFromOutlineLevels() {
        var d = DraftMaker()
        d.p("工作总结", style: "Title")                                   // 1
        d.p("今年以来，各项工作稳步推进。")                                  // 2
        let h1 = d.p("主要工作", style: "Heading 1", outline: 1)          // 3
        let h2 = d.p("产业发展", style: "标题 2", outline: 2)              // 4
        let h3 = d.p("推进户厕改造。全年完成改厕300户。", outline: 3)         // 5
        let h3b = d.p("道路建设", style: "Heading 3", outline: 3)         // 6
        let h1b = d.p("二、存在问题", style: "Heading 2", outline: 2)      // 7: the number says level 1
        let h1c = d.p("下步打算", style: "Heading 1", outline: 1)         // 8
        let deep = d.p("细项", outline: 6)                                // 9
        let r = Fixtures.recognize(d)
        #expect(r.document.title == "工作总结")
        #expect(r.document.blocks == [
            .paragraph(Paragraph("今年以来，各项工作稳步推进。")),
            .heading(Heading(level: 1, number: "一、", text: "一、主要工作")),
            .heading(Heading(level: 2, number: "（一）", text: "（一）产业发展")),
            .heading(Heading(level: 3, number: "1.", text: "1.推进户厕改造。", runInText: "全年完成改厕300户。")),
            .heading(Heading(level: 3, number: "2.", text: "2.道路建设")),
            .heading(Heading(level: 1, number: "二、", text: "二、存在问题")),
            .heading(Heading(level: 1, number: "三、", text: "三、下步打算")),
            .heading(Heading(level: 4, number: "（1）", text: "（1）细项")),
        ])
        #expect(r.roles[h1] == .heading(1))
        #expect(r.roles[h2] == .heading(2))
        #expect(r.roles[h3] == .heading(3))
        #expect(r.roles[h3b] == .heading(3))
        #expect(r.roles[h1b] == .heading(1))
        #expect(r.roles[h1c] == .heading(1))
        #expect(r.roles[deep] == .heading(4))
        let numbered = r.warnings.filter { $0.message.id == "draft.heading.numbered" }
        #expect(numbered.map(\.location.paragraph) == [h1, h2, h3, h3b, h1c, deep])
        #expect(numbered.first?.description.contains("d.docx:¶3「主要工作」") == true)
        #expect(r.warnings.contains { $0.message.id == "draft.heading.deep" && $0.location.paragraph == deep })
    }

    /// 版头 with 签发人 on the number's line and a number in square brackets (kept as written).
    @Test func mastheadWithSignerAndBracketForms() {
        for (typed, number) in [("石政发[2024]3号\t\t签发人：张三", "石政发[2024]3号"), ("石政发〔2024〕3号　　签发人：张三", "石政发〔2024〕3号"),
                                ("石政发（2024）3号    签发人:张三", "石政发（2024）3号")] {
            var d = DraftMaker()
            d.p("石门镇人民政府", align: .center, size: 26, color: "E60012")
            d.p(typed)
            d.p("石门镇人民政府关于某事的请示", align: .center, size: 22)
            d.p("县人民政府：")
            d.p("特此请示。")
            let r = Fixtures.recognize(d)
            #expect(r.document.masthead == Masthead(issuerMark: "石门镇人民政府", number: number, signer: "张三"))
            #expect(r.roles[2] == .documentNumber)
            #expect(r.document.recipient == "县人民政府：")
            #expect(r.document.kind == .notice)
        }
    }

    /// A large black mark with a 发文字号 under it is a 版头 too; without a number it is the title.
    @Test func largeMarkNeedsANumber() {
        var d = DraftMaker()
        d.p("大河镇人民政府文件", align: .center, size: 36)
        d.p("大政发〔2024〕1号", align: .center)
        d.p("关于某事的通知", align: .center, size: 22)
        d.p("正文。")
        #expect(Fixtures.recognize(d).document.masthead?.issuerMark == "大河镇人民政府文件")
        var e = DraftMaker()
        e.p("大河镇人民政府文件", align: .center, size: 36)
        e.p("正文。")
        let r = Fixtures.recognize(e)
        #expect(r.document.masthead == nil)
        #expect(r.document.title == "大河镇人民政府文件")
    }

    /// A 发文字号 without a mark: kept in the metadata, with a warning that it will not print.
    @Test func numberWithoutMark() {
        var d = DraftMaker()
        d.p("大政发〔2024〕1号", align: .center)
        d.p("关于某事的报告", align: .center, size: 22)
        d.p("正文。")
        let r = Fixtures.recognize(d)
        #expect(r.document.masthead == nil)
        #expect(r.document.metadata.number == "大政发〔2024〕1号")
        #expect(r.document.kind == .report)
        #expect(r.warnings.map(\.message.id) == ["draft.masthead.number-without-mark"])
        let withHeader = Fixtures.recognize(d, overrides: DraftOverrides(header: "大河镇人民政府文件"))
        #expect(withHeader.document.masthead == Masthead(issuerMark: "大河镇人民政府文件", number: "大政发〔2024〕1号"))
        #expect(withHeader.document.kind == .notice)
        #expect(withHeader.warnings.isEmpty)
    }

    /// 份号, 密级 and 紧急程度 are not in the model yet: left out, each with a warning.
    @Test func elementsLeftOut() {
        var d = DraftMaker()
        d.p("000123")
        d.p("机密★1年")
        d.p("特急")
        d.p("某某县人民政府文件", align: .center, size: 36, color: "FF0000")
        d.p("某政发〔2024〕9号", align: .center)
        d.p("关于某事的通知", align: .center, size: 22)
        d.p("正文。")
        let r = Fixtures.recognize(d)
        #expect(r.warnings.map(\.message.id) == ["draft.element.copy-number", "draft.element.classification", "draft.element.urgency"])
        #expect(r.document.masthead?.issuerMark == "某某县人民政府文件")
        #expect(r.document.title == "关于某事的通知")
    }

    /// Issuer and date on one line, pushed right with spaces; page breaks and tables kept.
    @Test func issuerAndDateOnOneLineAndPageBreaks() {
        var d = DraftMaker()
        d.p("关于某事的报告", align: .center, bold: true)
        d.p("第一页。")
        d.pageBreak()
        d.table(Table(rows: [TableRow(cells: [TableCell("甲", isHeader: true), TableCell("乙", isHeader: true)], isHeader: true),
                             TableRow(cells: [TableCell("1"), TableCell("2")])]))
        d.p("第二页。", pageBreakBefore: true)
        d.p("                    某某镇人民政府      2024年3月1日")
        let r = Fixtures.recognize(d)
        #expect(r.document.blocks.count == 5)
        #expect(r.document.blocks[1] == .pageBreak)
        #expect(r.document.blocks[3] == .pageBreak)
        #expect(r.document.blocks[4] == .paragraph(Paragraph("第二页。")))
        #expect(r.document.signature == SignatureBlock(issuer: "某某镇人民政府", date: CalendarDate(year: 2024, month: 3, day: 1)))
        #expect(r.roles[4] == .signatureIssuer)
    }

    /// A date without an issuer stays text; an issuer from outside makes it a signature.
    @Test func dateWithoutIssuer() {
        var d = DraftMaker()
        d.p("关于某事的报告", align: .center, bold: true)
        d.p("正文内容。")
        d.p("2024年3月1日", align: .right)
        let r = Fixtures.recognize(d)
        #expect(r.document.signature == nil)
        #expect(r.document.blocks.last == .paragraph(Paragraph("2024年3月1日")))
        #expect(r.warnings.map(\.message.id) == ["draft.signature.date-without-issuer"])
        let given = Fixtures.recognize(d, overrides: DraftOverrides(issuer: "某某镇人民政府"))
        #expect(given.document.signature == SignatureBlock(issuer: "某某镇人民政府", date: CalendarDate(year: 2024, month: 3, day: 1)))
        #expect(given.document.blocks == [.paragraph(Paragraph("正文内容。"))])
    }

    /// The 版记 typed as a bordered table.
    @Test func imprintAsTable() {
        var d = DraftMaker()
        d.p("关于某事的通知", align: .center, size: 22)
        d.p("正文。")
        d.p("某某镇人民政府", align: .right)
        d.p("2024年1月23日", align: .right)
        d.table(Table(rows: [TableRow(cells: [TableCell("抄送：县政府办公室，县档案馆。", colSpan: 2)]),
                             TableRow(cells: [TableCell("某某镇党政办公室"), TableCell("2024年1月23日印发")])]))
        let r = Fixtures.recognize(d)
        #expect(r.document.imprint == Imprint(copyTo: ["县政府办公室", "县档案馆"], printer: "某某镇党政办公室", printedDate: CalendarDate(year: 2024, month: 1, day: 23)))
        #expect(r.document.blocks == [.paragraph(Paragraph("正文。"))])
        #expect(r.document.signature?.issuer == "某某镇人民政府")
    }

    /// An attachment page whose number is not in the 附件说明 is added to it, with a warning.
    @Test func attachmentPagesAndTheirList() {
        var d = DraftMaker()
        d.p("关于某事的通知", align: .center, size: 22)
        d.p("正文。")
        d.p("附件：1.甲表")
        d.p("2.乙表")
        d.p("某某镇人民政府", align: .right)
        d.p("2024年1月23日", align: .right)
        d.pageBreak()
        d.p("附件2")
        d.p("乙表（修订）", align: .center)
        d.table(Table(rows: [TableRow(cells: [TableCell("a")])]))
        d.pageBreak()
        let label3 = d.p("附件3")
        d.p("丙表", align: .center)
        d.p("丙表内容。")
        let r = Fixtures.recognize(d)
        #expect(r.document.attachments == [
            Attachment(title: "甲表"),
            Attachment(title: "乙表", blocks: [.table(Table(rows: [TableRow(cells: [TableCell("a")])]))]),
            Attachment(title: "丙表", blocks: [.paragraph(Paragraph("丙表内容。"))]),
        ])
        #expect(r.warnings.map(\.message.id) == ["draft.attachment.title-mismatch", "draft.attachment.unlisted"])
        #expect(r.warnings.last?.location.paragraph == label3)
        #expect(r.roles[3] == .attachmentNote && r.roles[4] == .attachmentNote)
    }

    /// No title anywhere: the properties title, else a warning; an empty draft says so.
    @Test func missingTitleAndEmptyDraft() {
        var d = DraftMaker()
        d.p("现将有关情况报告如下。")
        d.p("一、基本情况")
        d.propertiesTitle = "关于某事的报告"
        let r = Fixtures.recognize(d)
        #expect(r.document.title == "关于某事的报告")
        #expect(r.warnings.map(\.message.id) == ["draft.title.from-properties"])
        d.propertiesTitle = nil
        #expect(Fixtures.recognize(d).warnings.map(\.message.id) == ["draft.title.missing"])
        var e = DraftMaker()
        e.empty(3)
        let empty = Fixtures.recognize(e)
        #expect(empty.warnings.map(\.message.id) == ["draft.empty"])
        #expect(empty.roles == [1: .empty, 2: .empty, 3: .empty])
    }

    /// Overrides: a kind that needs a mark falls back with a warning; seal, first page, title.
    @Test func overrides() {
        var d = DraftMaker()
        d.p("关于某事的报告", align: .center, size: 22)
        d.p("正文。")
        d.p("某某镇人民政府", align: .right)
        d.p("2024年1月23日", align: .right)
        let notice = Fixtures.recognize(d, overrides: DraftOverrides(kind: .notice))
        #expect(notice.document.kind == .report)
        #expect(notice.warnings.map(\.message.id) == ["draft.notice.no-header"])
        let o = Fixtures.recognize(d, overrides: DraftOverrides(kind: .letter, title: "新标题", seal: true, firstPage: 5))
        #expect(o.document.kind == .letter)
        #expect(o.document.masthead?.issuerMark == "某某镇人民政府")
        #expect(o.document.title == "新标题")
        #expect(o.document.signature?.sealed == true)
        #expect(o.document.footer.firstPageNumber == 5)
    }

    /// A signature laid out for a seal (§7.3.5.1) is recognised as sealed from its indents.
    @Test func sealFromIndents() {
        let character = Fixtures.styles.style(.body).size
        for sealed in [true, false] {
            let block = SignatureBlock(issuer: "某某镇人民政府", date: CalendarDate(year: 2024, month: 1, day: 23), sealed: sealed)
            let layout = SignatureLayout(block, character: character, autospace: Fixtures.styles.autospace(.signature))
            var d = DraftMaker()
            d.p("关于某事的报告", style: "GovTitle")
            d.p("正文。", style: "GovBody")
            d.p("某某镇人民政府", align: .right, style: "GovSignature", rightIndent: layout.issuerRightIndent)
            d.p("2024年1月23日", align: .right, style: "GovDate", rightIndent: layout.dateRightIndent)
            #expect(Fixtures.recognize(d).document.signature == block)
        }
    }

    /// govdoc's own style names (ids and the style sheet's display names) give the roles.
    @Test func ownStylesGiveRoles() {
        var d = DraftMaker()
        d.p("某某镇人民政府文件", style: "发文机关标志")
        d.p("某政发〔2024〕1号", style: "GovDocumentNumber")
        d.p("关于某事的通知", style: "公文标题")
        d.p("各村：", style: "GovRecipient")
        d.p("正文", style: "GovBody")
        let r = Fixtures.recognize(d)
        #expect(r.roles == [1: .issuerMark, 2: .documentNumber, 3: .title, 4: .recipient, 5: .body])
        #expect(r.document.blocks == [.paragraph(Paragraph("正文"))])
    }

    @Test func cleaning() {
        #expect(DraftText.clean("　　正文\t内容 ") == "正文内容")
        #expect(DraftText.clean("word\tprocessor") == "word processor")
        #expect(DraftText.clean("第一行\n第二行") == "第一行第二行")
        #expect(DraftText.clean("line\nbreak") == "line break")
        #expect(DraftText.clean("标题一\n　标题二 ", keepLineBreaks: true) == "标题一\n标题二")
        #expect(DraftText.clean("\u{00A0}\u{3000} \t") == "")
        #expect(DraftText.clean("行内  两个空格") == "行内  两个空格")
    }

    /// Every warning's text exists in both languages and names its paragraph.
    @Test func warningsAreCatalogued() {
        var d = DraftMaker()
        d.p("主要工作", outline: 1)
        let r = Fixtures.recognize(d)
        for w in r.warnings {
            #expect(MessageCatalog.template(id: w.message.id) != nil)
            #expect(!w.message.text(in: .zh).contains("{"))
            #expect(!w.message.text(in: .en).contains("{"))
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        return String(drop(while: { chars.contains($0) }).reversed().drop(while: { chars.contains($0) }).reversed())
    }
}
