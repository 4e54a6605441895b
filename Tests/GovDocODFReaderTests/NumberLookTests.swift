import GovDoc
import GovDocDraft
import Testing
@testable import GovDocODFReader

/// A list level's `text:style-name` is the look of its number (LibreOffice prints 一、 in it).
struct ODFNumberLookTests {
    @Test func theNumberTakesItsLevelsTextStyle() throws {
        let named = """
        <style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt" fo:font-size="16pt"/></style:default-style>\
        <style:style style:name="NumHei" style:family="text"><style:text-properties style:font-name-asian="黑体"/></style:style>\
        <style:style style:name="NumKai" style:family="text"><style:text-properties style:font-name-asian="楷体_GB2312"/></style:style>
        """
        let list = """
        <text:list-style style:name="L1">\
        <text:list-level-style-number text:level="1" text:style-name="NumHei" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>\
        <text:list-level-style-number text:level="2" text:style-name="NumKai" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>\
        <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>\
        </text:list-style>
        """
        let draft = try SnippetTests.read("""
        <text:list text:style-name="L1"><text:list-item><text:p>主要工作</text:p>\
        <text:list><text:list-item><text:p>产业发展</text:p>\
        <text:list><text:list-item><text:p>特色种植。</text:p></text:list-item></text:list>\
        </text:list-item></text:list></text:list-item></text:list>
        """, automatic: list, named: named)
        let p = draft.paragraphs
        #expect(p.map(\.text) == ["一、主要工作", "（一）产业发展", "1.特色种植。"])
        #expect(p[0].runs.map(\.text) == ["一、", "主要工作"])
        #expect(p[0].runs.map(\.eastAsianFont) == ["黑体", "仿宋_GB2312"])
        #expect(p[1].runs.map(\.eastAsianFont) == ["楷体_GB2312", "仿宋_GB2312"])
        #expect(p[0].runs[0].size == 16)
        // a level without a text style: the number in the paragraph's look, one run
        #expect(p[2].runs.map(\.eastAsianFont) == ["仿宋_GB2312"])
    }
}
