import TestSupport
import Foundation
import Testing
import Guanxi

@Suite(.serialized) struct RenderCommandTests {
    @Test func rendersEachFormatByExtension() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (ext, magic) in [("svg", "<?xml"), ("png", "\u{89}PNG"), ("pdf", "%PDF"), ("dot", "digraph")] {
            let path = folder + "/ecomap.\(ext)"
            let result = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "ecomap", "--center", "ST",
                                                    "-o", path, "--lang", "zh"])
            #expect(result.status == 0, "\(result.stderr)")
            let data = try #require(FileManager.default.contents(atPath: path))
            #expect(String(decoding: data.prefix(magic.utf8.count), as: UTF8.self) == magic
                    || data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        }
        // --format wins over the extension; no -o writes to standard output.
        let stdout = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "hierarchy", "--format", "dot"])
        #expect(stdout.status == 0)
        #expect(String(decoding: stdout.stdoutBytes, as: UTF8.self).hasPrefix("digraph guanxi {"))
    }

    @Test func badCentreIsUsageErrorAndWritesNothing() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/x.png"
        let unknown = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "ecomap", "--center", "NOPE", "-o", path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no node has the id or name \"NOPE\""))
        let missing = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "ego", "-o", path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--center"))
        let zh = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "ecomap", "--center", "无", "-o", path, "--lang", "zh"])
        #expect(zh.status == 64 && zh.stderr.contains("没有编号或名称为“无”的节点"))
        let badExtension = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "network", "-o", folder + "/x.bmp"])
        #expect(badExtension.status == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func timeoutEndsWithAClearError() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/n.png"
        let result = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "network", "--timeout", "0.001", "-o", path])
        #expect(result.status == 70)
        #expect(result.stderr.contains("did not finish within"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func gapsWithOverlayAndAnonymize() throws {
        let result = try run(guanxiExecutable, ["render", "Datasets/ximarket", "--view", "gaps", "--overlay",
                                                "docs/examples/ximarket-gaps-overlay.json", "--anonymize", "--format", "svg",
                                                "--lang", "zh"])
        #expect(result.status == 0, "\(result.stderr)")
        let texts = svgTexts(Array(result.stdoutBytes))
        #expect(texts.contains("建议经残联引荐"))
        #expect(texts.contains("服务对象 14"))
        #expect(!texts.contains("独居老人（柳荫社区）"))
    }
}
