import GovDoc
import Testing

/// 份号/密级/紧急程度, title lines and rendered widths (GB/T 9704 §7.2.1–7.2.3, §7.3.1, §7.3.5.2).
@Suite struct ClassificationMarksTests {
    @Test func classificationLevelsAndPeriods() {
        #expect(Classification("秘密") == Classification(level: .secret))
        #expect(Classification("秘密★1年")?.text == "秘密★1年")
        #expect(Classification("机密★6个月")?.period == "6个月")
        #expect(Classification("绝密★长期")?.level == .topSecret)
        for bad in ["内部", "秘密★", "秘密★一年", "秘密★01年", "秘密★1", "秘密1年", "", "★1年", "秘密★1年★2年"] {
            #expect(Classification(bad) == nil, "\(bad) is not a classification")
        }
    }

    @Test func copyNumbersAreSixDigits() {
        #expect(ClassificationMarks.copyNumber("123") == "000123")
        #expect(ClassificationMarks.copyNumber("000123") == "000123")
        #expect(ClassificationMarks.copyNumber("999999") == "999999")
        for bad in ["1234567", "12a", "", "一二三", "１２３", "-12"] {
            #expect(ClassificationMarks.copyNumber(bad) == nil, "\(bad)")
        }
    }

    @Test func linesInTheStandardsOrder() {
        let marks = ClassificationMarks(copyNumber: "000001", classification: Classification("机密★10年"), urgency: .extraUrgent)
        #expect(marks.lines.map(\.text) == ["000001", "机密★10年", "特急"])
        #expect(marks.lines.map(\.heiti) == [false, true, true])
        #expect(Urgency(rawValue: "急件") == nil && Urgency(rawValue: "平急") == .ordinary)
    }
}

@Suite struct TitleLayoutTests {
    // 2号 (22 pt) on the 156 mm (442.2 pt) block: 20 字 a line, less a little slack
    let lineWidth = 442.2 / 22 - 0.1

    func widths(_ lines: [String]) -> [Double] { lines.map { TextWidth.ems(of: $0) } }

    @Test func theHeldOutCaseIsNoLongerLongOverShort() {
        let lines = TitleLayout.lines(for: "青山县农业农村局关于开展2024年秋季农机安全检查的通知", lineWidth: lineWidth, issuers: ["青山县农业农村局"])
        #expect(lines.count == 2)
        #expect(lines.joined() == "青山县农业农村局关于开展2024年秋季农机安全检查的通知")
        #expect(lines != ["青山县农业农村局关于开展2024年秋季农机", "安全检查的通知"])
        let w = widths(lines)
        #expect(w.allSatisfy { $0 <= lineWidth })
        #expect(w.min()! >= 0.5 * w.max()!, "no stub: \(lines)")
        #expect(!lines[1].hasPrefix("的") && lines[1] != "通知")
    }

    @Test func breaksAfterTheIssuerOrBeforeGuanyu() {
        let lines = TitleLayout.lines(for: "青山县人民政府办公室关于印发森林防火工作责任追究办法的通知", lineWidth: lineWidth,
                                      issuers: ["青山县人民政府办公室"])
        #expect(lines == ["青山县人民政府办公室", "关于印发森林防火工作责任追究办法的通知"])
        // too long for the issuer's break: after the verb, not inside 青山县
        let longer = TitleLayout.lines(for: "青山县人民政府办公室关于印发青山县森林防火工作责任追究办法的通知", lineWidth: lineWidth,
                                       issuers: ["青山县人民政府办公室"])
        #expect(longer == ["青山县人民政府办公室关于印发", "青山县森林防火工作责任追究办法的通知"])
    }

    @Test func neverSplitsNumbersOrLeavesTheKindAlone() {
        let title = "关于进一步加强全县农村自建房安全隐患排查整治和2024年汛期安全防范工作的通知"
        let lines = TitleLayout.lines(for: title, lineWidth: lineWidth)
        #expect(lines.joined() == title)
        #expect(lines.count == 2)
        for (a, b) in zip(lines, lines.dropFirst()) {
            #expect(!(a.last!.isNumber && b.first!.isNumber), "a number split: \(lines)")
            #expect(!["年", "的", "通知"].contains(where: { b.hasPrefix($0) }), "\(lines)")
        }
        let w = widths(lines)
        #expect(w.max()! - w.min()! < 6, "balanced: \(lines) \(w)")
    }

    @Test func threeLinesAreADiamondOrTrapezoid() {
        let title = "青山县人民政府关于印发青山县2024年度农村人居环境整治提升行动暨美丽乡村建设工作实施方案和考核评价办法的通知"
        let lines = TitleLayout.lines(for: title, lineWidth: lineWidth, issuers: ["青山县人民政府"])
        #expect(lines.count == 3)
        #expect(lines.joined() == title)
        let w = widths(lines)
        #expect(w.allSatisfy { $0 <= lineWidth })
        #expect(!(w[1] < w[0] - 0.5 && w[1] < w[2] - 0.5), "no hourglass: \(lines)")
        #expect(w[2] >= 0.5 * w.max()!, "no stub: \(lines)")
    }

    /// Titles as offices write them: common words and quotations are not split.
    @Test func commonWordsAndQuotationsStayWhole() {
        let cases: [(String, [String])] = [
            ("关于进一步加强全县农村自建房安全隐患排查整治和2024年汛期安全防范工作的通知",
             ["关于进一步加强全县农村自建房安全隐患", "排查整治和2024年汛期安全防范工作的通知"]),
            ("关于开展“我为群众办实事”实践活动的实施方案", ["关于开展“我为群众办实事”", "实践活动的实施方案"]),
            ("青山县人民政府办公室关于成立青山县第三次全国土壤普查领导小组的通知",
             ["青山县人民政府办公室关于成立", "青山县第三次全国土壤普查领导小组的通知"]),
        ]
        for (title, expected) in cases {
            #expect(TitleLayout.lines(for: title, lineWidth: lineWidth, issuers: ["青山县人民政府办公室"]) == expected)
        }
    }

    @Test func shortAndExplicitTitlesAreKept() {
        #expect(TitleLayout.lines(for: "关于做好春季森林防火工作的通知", lineWidth: lineWidth) == ["关于做好春季森林防火工作的通知"])
        #expect(TitleLayout.lines(for: "石门镇人民政府关于开展\n农机安全检查的通知", lineWidth: lineWidth)
                == ["石门镇人民政府关于开展", "农机安全检查的通知"])
    }
}

@Suite struct RenderedWidthTests {
    @Test func latinLettersAreWiderThanDigits() {
        // Times New Roman: X 0.722 em, digits 0.5 em, one autospace at the Han boundary
        #expect(abs(TextWidth.ems(of: "XX镇人民政府") - (2 * 0.722 + 5 + TextWidth.autospace)) < 0.001)
        #expect(abs(TextWidth.ems(of: "2024年1月2日") - (4 * 0.5 + 0.5 + 0.5 + 3 + 5 * TextWidth.autospace)) < 0.001)
        #expect(TextWidth.ems(of: "石门镇人民政府") == 7)
    }

    @Test func dateStartsTwoCharactersRightOfAHalfWidthIssuer() {
        let block = SignatureBlock(issuer: "XX镇人民政府", date: CalendarDate(year: 2024, month: 2, day: 20))
        let c = 16.0
        let layout = SignatureLayout(block, character: c)
        let name = SignatureLayout.width(of: block.issuer) * c
        let date = SignatureLayout.width(of: block.dateText!) * c
        // left edges from the block's right edge
        let nameLeft = layout.issuerRightIndent + name
        let dateLeft = layout.dateRightIndent! + date
        #expect(abs((nameLeft - dateLeft) / c - 2) < 0.001)
    }
}
