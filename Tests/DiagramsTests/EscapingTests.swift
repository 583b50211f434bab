import TestSupport
import Foundation
import Testing
@testable import Diagrams
import Guanxi

/// Names full of quotes, backslashes, markup and line breaks come out as written: in our
/// DOT, in our SVG, and in the `dot` command's own reading of our DOT.
@Suite struct EscapingTests {
    static let hostile = [
        #"He said "hi" \ bye"#,
        "<script>alert('x')</script> & <b>bold</b>",
        #"\N \G \E \T \H \L \n \l \r"#,
        "line one\nline two",
        #"ends with a backslash\"#,
        #"""quoted"""#,
        "]] --> <!-- {} ; = -- -> digraph",
    ]

    static func hostileNetwork() throws -> TrustNetwork {
        var nodes = [Node(id: "ST", name: "社工站 \"一\"", kind: .station, area: "C\"1")]
        var ties: [Tie] = []
        for (index, name) in hostile.enumerated() {
            nodes.append(Node(id: "X\(index)\"\\", name: name, kind: index.isMultiple(of: 2) ? .business : .client,
                              area: "C\"1", resources: [Tag(word: "<tag>")], needs: [Tag(word: "\\N")]))
            ties.append(Tie(source: 0, target: Int32(index + 1), relation: .service, trust: 0.2 + 0.1 * Double(index)))
        }
        return try TrustNetwork(title: "Title <with> \"quotes\" \\N", date: "2021-05-24", nodes: nodes, ties: ties)
    }

    /// What of a name must appear in the drawing: its first 14 characters (a name is broken
    /// into lines and a long one shortened), spaces and line breaks left out.
    static func lines(_ name: String) -> [String] {
        [String(name.filter { !$0.isWhitespace }.prefix(14))]
    }

    /// Every text of an SVG run together without spaces.
    static func joined(_ texts: [String]) -> [String] {
        [texts.joined().filter { !$0.isWhitespace }]
    }

    @Test func plainLabelEscaping() {
        #expect(LabelText.plain(#"a\Nb"#) == #"a\\Nb"#)
        #expect(LabelText.plain("a\r\nb") == #"a\nb"#)
        #expect(LabelText.plain(#"say "x""#) == #"say "x""#)
    }

    @Test func htmlLabelEscaping() {
        #expect(LabelText.html("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
        #expect(LabelText.html("a\nb\r\nc") == "a<BR/>b<BR/>c")
        #expect(LabelText.html(#"\N"#) == #"\\N"#)
        #expect(LabelText.html("tab\there\u{7}") == "tab\u{FFFD}here\u{FFFD}")
    }

    @Test(arguments: ["network", "ecomap", "ego"])
    func hostileNamesComeOutAsWritten(viewName: String) throws {
        let network = try Self.hostileNetwork()
        let view: DiagramView = switch viewName {
        case "ecomap": .ecomap(center: "ST")
        case "ego": .ego(center: "ST", depth: 1)
        default: .network
        }
        let diagram = try Diagram(network, view: view, options: DiagramOptions(language: .en))
        // Our DOT: names inside HTML-like labels are entity-escaped (tooltips are plain
        // quoted strings, where markup means nothing).
        #expect(diagram.dot.contains("&lt;script&gt;al"))
        // Our SVG: the text of each name, as written.
        let ours = try diagram.render(.svg).bytes
        let texts = svgTexts(ours)
        #expect(!texts.isEmpty, "the SVG did not parse")
        let all = Self.joined(texts)[0]
        for name in Self.hostile {
            for line in Self.lines(name) { #expect(all.contains(line), "\(line) missing from our SVG") }
        }
        #expect(texts.contains(#"Title <with> "quotes" \N"#))
        // The dot command's own reading of our DOT draws the same text.
        if let dotCommand {
            let result = try run(dotCommand, ["-Tsvg"], input: Data(diagram.dot.utf8))
            #expect(result.status == 0, "\(result.stderr)")
            let theirs = Self.joined(svgTexts(Array(result.stdoutBytes)))[0]
            for name in Self.hostile {
                for line in Self.lines(name) { #expect(theirs.contains(line), "\(line) missing from dot's SVG") }
            }
            // Tooltips (plain escString labels) survive too: `\N` is not replaced by the node name.
            let svg = String(decoding: result.stdoutBytes, as: UTF8.self)
            #expect(!svg.contains("xlink:title=\"n1"))
        }
    }

    @Test func hostileGapsLabels() throws {
        let network = try Self.hostileNetwork()
        let overlay = DiagramOverlay(marks: [
            .init(kind: "untapped-resource", nodes: ["X0\"\\"], label: "<i>untapped</i> \\N"),
            .init(kind: "introduction", nodes: ["X2\"\\", "ST"], label: "say \"hi\""),
            .init(kind: "single-point-of-failure", nodes: ["ST"], label: "a & b")])
        let texts = Self.joined(svgTexts(try Diagram(network, view: .gaps(overlay)).render(.svg).bytes))[0]
        #expect(texts.contains("<i>untapped</i>\\N"))
        #expect(texts.contains("say\"hi\""))
        #expect(texts.contains("a&b"))
    }
}
