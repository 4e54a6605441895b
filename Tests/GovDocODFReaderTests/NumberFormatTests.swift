import Testing
@testable import GovDocODFReader
import GovDoc

/// The labels LibreOffice 7.4 printed for these numbers (a .docx with each Word format,
/// converted with `soffice --convert-to odt`, then to text).
struct NumberFormatTests {
    @Test func chineseCountingAsLibreOfficePrintsIt() {
        let printed: [Int: String] = [
            1: "一", 9: "九", 10: "十", 11: "十一", 12: "十二", 19: "十九", 20: "二十", 21: "二十一", 99: "九十九",
            100: "一百", 101: "一百零一", 109: "一百零九", 110: "一百一十", 111: "一百一十一", 200: "二百",
            999: "九百九十九", 1000: "一千", 1001: "一千零一", 1009: "一千零九", 1010: "一千零一十",
            1011: "一千零一十一", 1100: "一千一百", 2000: "二千", 10001: "一万零一", 10002: "一万零二",
            10010: "一万零一十", 10100: "一万零一百", 12345: "一万二千三百四十五", 20000: "二万",
        ]
        for (n, text) in printed {
            #expect(NumberFormat(odf: "一, 二, 三, ...").format(n) == text, "\(n)")
            #expect(NumberFormat(odf: "一").format(n) == text, "\(n)")
        }
        // beyond what LibreOffice's 16-bit start value reaches: the natural reading
        #expect(ChineseNumerals.counting(100_000) == "十万")
        #expect(ChineseNumerals.counting(100_010_000) == "一亿零一万")
    }

    @Test func chineseLegalNumbers() {
        let simplified: [Int: String] = [
            1: "壹", 10: "壹拾", 11: "壹拾壹", 12: "壹拾贰", 20: "贰拾", 99: "玖拾玖", 100: "壹佰", 101: "壹佰零壹",
            110: "壹佰壹拾", 1000: "壹仟", 1001: "壹仟零壹", 1010: "壹仟零壹拾", 1100: "壹仟壹佰", 10001: "壹万零壹",
            10010: "壹万零壹拾", 12345: "壹万贰仟叁佰肆拾伍",
        ]
        for (n, text) in simplified { #expect(NumberFormat(odf: "壹, 贰, 叁, ...").format(n) == text, "\(n)") }
        #expect(NumberFormat(odf: "壹, 貳, 參, ...").format(12) == "壹拾貳")
        #expect(NumberFormat(odf: "壹, 貳, 參, ...").format(10010) == "壹萬零壹拾")
        #expect(NumberFormat(odf: "壹, 貳, 參, ...").format(12345) == "壹萬貳仟參佰肆拾伍")
    }

    @Test func cyclesAndCircles() {
        let stems = NumberFormat(odf: "甲, 乙, 丙, ...")
        #expect((1...10).map(stems.format).joined() == "甲乙丙丁戊己庚辛壬癸")
        #expect(stems.format(11) == "11")
        let branches = NumberFormat(odf: "子, 丑, 寅, ...")
        #expect(branches.format(12) == "亥")
        #expect(branches.format(13) == "13")
        let circled = NumberFormat(odf: "①, ②, ③, ...")
        #expect(circled.format(1) == "①")
        #expect(circled.format(20) == "⑳")
        #expect(circled.format(21) == "㉑")
        #expect(circled.format(49) == "㊾")
        #expect(circled.format(50) == "㊿")
        #expect(circled.format(51) == "51")
        #expect(NumberFormat(odf: "①").format(3) == "③")
    }

    @Test func lettersAndRomans() {
        let synced = NumberFormat(odf: "a", letterSync: true)
        #expect(synced.format(26) == "z")
        #expect(synced.format(27) == "aa")
        #expect(synced.format(28) == "bb")
        #expect(synced.format(53) == "aaa")
        #expect(synced.format(99) == "uuuu")
        let plain = NumberFormat(odf: "A")
        #expect(plain.format(27) == "AA")
        #expect(plain.format(28) == "AB")
        #expect(plain.format(703) == "AAA")
        #expect(NumberFormat(odf: "I").format(1009) == "MIX")
        #expect(NumberFormat(odf: "I").format(999) == "CMXCIX")
        #expect(NumberFormat(odf: "i").format(14) == "xiv")
        #expect(NumberFormat(odf: "I").format(10001) == "MMMMMMMMMMI")
        #expect(NumberFormat(odf: "１, ２, ３, ...").format(12) == "１２")
        #expect(NumberFormat(odf: "01, 02, 03, ...").format(7) == "07")
        #expect(NumberFormat(odf: "").format(7) == "")
        #expect(NumberFormat(odf: "Native Numbering").format(7) == "7")
    }
}

/// Values no writer produces: numbers out of range, junk lengths.
struct JunkValueTests {
    @Test func junkNumbersAndLengths() {
        #expect(Units.points("1e308in") == nil)
        #expect(Units.points("infpt") == nil)
        #expect(Units.points("nanpt") == nil)
        #expect(Units.points("12") == nil)
        #expect(Units.points("2.54cm") == 72)
        #expect(Units.fraction("1e300%") == nil)
        #expect(NumberFormat(odf: "一, 二, 三, ...").format(Int.max) == String(Int.max))
        #expect(NumberFormat(odf: "a", letterSync: true).format(Int.max).count == 1000)
        #expect(NumberFormat(odf: "I").format(Int.max).hasPrefix("MMM"))
        #expect(NumberFormat(odf: "①").format(-3) == "-3")
        #expect(NumberFormat(odf: "甲").format(0) == "0")
        #expect(NumberFormat(odf: "１").format(-12) == "-１２")
        let instance = ListInstance(styleName: nil)
        #expect(instance.count(level: 1, itemStart: Int.max, levelStart: 1) == Int.max)
        #expect(instance.count(level: 1, itemStart: nil, levelStart: 1) == Int.min)
    }
}
