import Foundation
import TestSupport
import Testing
import TrustModel
@testable import Reports

/// The report's diagrams: zoom and lighting by an inline script the page's policy allows by
/// its hash, and print sizes that keep every text at 7 pt.
@Suite struct DiagramFiguresTests {
    /// The Content-Security-Policy names the SHA-256 of the page's one script: the browser runs
    /// it and nothing else (no 'unsafe-inline' for scripts).
    @Test func policyAllowsExactlyThePagesScript() throws {
        let html = HTMLReport.render(try content(try demo(), language: .en))
        let policy = try #require(html.firstRange(of: "Content-Security-Policy\" content=\"").map { html[$0.upperBound...] }
            .flatMap { $0.firstIndex(of: "\"").map { end in String(html[html.index(html.startIndex, offsetBy: 0)...][..<end]) } })
        #expect(policy.contains("script-src '\(HTMLPage.scriptHash)'") && !policy.contains("script-src 'unsafe-inline'"))
        let script = try #require(html.firstRange(of: "<script>").flatMap { start in
            html[start.upperBound...].firstRange(of: "</script>").map { String(html[start.upperBound..<$0.lowerBound]) } })
        #expect(script == HTMLPage.allScripts)
        let digest = try run("/usr/bin/sha256sum", [], input: Data(script.utf8))
        let hex = String(decoding: digest.stdoutBytes, as: UTF8.self).prefix(64)
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(try #require(UInt8(hex[index..<next], radix: 16)))
            index = next
        }
        #expect(HTMLPage.scriptHash == "sha256-" + Data(bytes).base64EncodedString(),
                "the page's script changed: set HTMLPage.scriptHash to its new SHA-256")
    }

    /// Each diagram is a figure with zoom buttons; its SVG keeps its size in points (printed
    /// at that size, or smaller to fit) and gets ids of its own.
    @Test func figuresCarryToolsAndTheirSize() throws {
        let html = HTMLReport.render(try content(try demo()))
        #expect(html.contains("<figure class=\"diagram\"><figcaption>网络图</figcaption><div class=\"tools\""))
        #expect(html.contains("data-zoom=\"1.5\"") && html.contains("data-zoom=\"0\""))
        #expect(html.contains("<svg width=\"300pt\" height=\"200pt\"") && html.contains("id=\"f1-graph0\""))
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        #expect(html.contains("@page landscape{size:A4 landscape}"))
    }

    /// A drawing wider than a portrait page holds prints on a landscape page.
    @Test func wideDrawingsPrintOnLandscapePages() {
        #expect(!DiagramFigures.isLandscape(width: 500, height: 700))
        #expect(!DiagramFigures.isLandscape(width: 400, height: 300))
        #expect(DiagramFigures.isLandscape(width: 780, height: 500))
        #expect(!DiagramFigures.isLandscape(width: 600, height: 900))
    }
}
