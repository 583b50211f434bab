import Testing
@testable import Diagrams

@Suite struct LineBreakingTests {
    /// Names break where a reader would: at a word of place or kind, before a bracket, never
    /// leaving a closing bracket alone on a line; lines as even as the breaks allow.
    @Test func namesBreakAtWords() {
        let cases: [(String, [String])] = [
            ("东园社区居委会", ["东园社区", "居委会"]),
            ("西市场街道社工站", ["西市场街道", "社工站"]),
            ("特殊儿童家庭（南苑社区）", ["特殊儿童家庭", "（南苑社区）"]),
            ("康宁大药房（南苑店）", ["康宁大药房", "（南苑店）"]),
            ("青槐区社会工作总站", ["青槐区", "社会工作总站"]),
            ("福瑞康复辅具有限公司", ["福瑞康复辅具", "有限公司"]),
            ("乐学教育", ["乐学教育"]),
        ]
        for (name, expected) in cases {
            #expect(LabelText.lines(name, width: 6).lines == expected, "\(name)")
        }
        for name in ["独居老人（东园社区）", "孤独症儿童家庭（北坊社区）", "老年人（A）", "abc（南苑）"] {
            let lines = LabelText.lines(name, width: 6).lines
            #expect(lines.allSatisfy { !$0.hasPrefix("）") && !$0.hasSuffix("（") }, "\(name): \(lines)")
            #expect(lines.joined() == name.replacingOccurrences(of: " ", with: ""))
        }
    }

    @Test func latinWordsStayWhole() {
        let lines = LabelText.lines("Sunrise Social Work Centre", width: 7).lines
        #expect(lines.count == 3 && lines.allSatisfy { LabelText.width($0) <= 7 })
        #expect(lines.joined(separator: " ") == "Sunrise Social Work Centre")
        #expect(LabelText.lines("Client 07", width: 6).lines == ["Client 07"])
    }

    /// A name too long for its lines ends with "…", and a 16,000-character one is cut early.
    @Test func longNamesAreShortened() {
        let long = String(repeating: "很长的名字", count: 3_200)
        let (lines, shortened) = LabelText.lines(long, width: 6, maxLines: 3)
        #expect(shortened && lines.count == 3 && lines[2].hasSuffix("…"))
        #expect(lines.allSatisfy { LabelText.width($0) <= 6 })
        let latin = String(repeating: "x", count: 20_000)
        #expect(LabelText.lines(latin, width: 6, maxLines: 2).lines.count == 2)
    }
}
