import Testing
import TrustModel

@Suite struct TerminalTextTests {
    @Test func controlsAreShownVisibly() {
        #expect(TerminalText.escaped("站\u{1B}[31m红") == "站␛[31m红")
        #expect(TerminalText.escaped("a\u{0}b\u{7}c\u{7F}") == "a␀b␇c␡")
        #expect(TerminalText.escaped("a\nb\tc\r") == "a␊b␉c␍")
        #expect(TerminalText.escaped("a\nb", keepingLineFeeds: true) == "a\nb")
        #expect(TerminalText.escaped("x\u{9B}2J\u{202E}lin\u{2066}") == "x⟨U+009B⟩2J⟨U+202E⟩lin⟨U+2066⟩")
        #expect(TerminalText.escaped("a,b\r\n", keeping: ["\r", "\n"]) == "a,b\r\n")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["西市场街道社工站", "Client 07 (5 人)", "“引号”—破折号…", "emoji 🙂", "ﬁ ligature", ""] {
            #expect(TerminalText.escaped(text) == text)
        }
        #expect(TerminalText.codePoint(0x1B) == "U+001B")
        #expect(TerminalText.codePoint(0x1F600) == "U+1F600")
    }

    @Test func diagnosticsAreOneLine() {
        let diagnostic = Diagnostic(.selfTie("Q\u{1B}[1m\nfake: ok"), at: SourcePosition(file: "t\u{1B}.csv", line: 2, column: 1))
        let line = diagnostic.formatted(.en)
        #expect(!line.contains("\n") && !line.contains("\u{1B}"))
        #expect(line.hasPrefix("t␛.csv:2:1: error:"))
    }

    @Test func longValuesAreShortenedInDiagnostics() {
        // A trust of a million digits made a line of a megabyte, once per such cell.
        let digits = String(repeating: "9", count: 1_000_000)
        let line = Diagnostic(.trustNotNumber(digits), at: SourcePosition(file: "ties.csv", line: 3, column: 10)).formatted(.zh)
        #expect(line == "ties.csv:3:10: error: 信任“" + String(repeating: "9", count: 60) + "…" + String(repeating: "9", count: 10) + "”不是数字")
        let id = "站" + String(repeating: "x", count: 200)
        let english = Diagnostic(.unknownNode(id, suggestions: []), at: nil).formatted(.en)
        #expect(english == "guanxi: error: tie refers to unknown id \"站" + String(repeating: "x", count: 59) + "…" + String(repeating: "x", count: 10) + "\"")
        // Short values and the words around them are untouched.
        let short = Diagnostic(.unknownKind("社工占", suggestions: ["社工站", "社工室"]), at: nil)
        #expect(short.formatted(.zh) == "guanxi: error: 未知的类型“社工占”；是不是“社工站”或“社工室”？")
    }
}
