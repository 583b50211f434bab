import TestSupport
import Foundation
import Testing
import Guanxi

/// The CLI's outputs and terminal text under hostile conditions (issues 15 and 16): `-o -`,
/// missing folders, links and devices, `ulimit -f`, a killed run, a read-only folder, and
/// names made of terminal escapes.
@Suite(.serialized) struct OutputSafetyTests {
    let demo = "Datasets/ximarket"

    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "guanxi-out-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func entries(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func dashIsStandardOutputOnEveryCommand() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [([String], String)] = [
            (["gaps", demo, "-o", "-"], "gaps and what to do"),
            (["influence", demo, "-o", "-", "--top", "3"], "PageRank"),
            (["convert", demo, "-o", "-"], "\"ties\""),
            (["convert", demo, "-o", "-", "--format", "graphml"], "<graphml"),
            (["render", demo, "--view", "hierarchy", "--format", "dot", "-o", "-"], "digraph"),
            (["report", demo, "-o", "-"], "<!DOCTYPE html>"),
        ]
        for (arguments, expected) in cases {
            let result = try guanxi(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains(expected), "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: repositoryRoot + "/-"), "\(arguments) wrote a file named -")
        }
        // Several files cannot: one clear error, nothing written.
        let folderOutput = try guanxi(["convert", demo, "-o", "-", "--format", "csv"])
        #expect(folderOutput.status == 73 && folderOutput.stderr.contains("standard output"))
        #expect(!FileManager.default.fileExists(atPath: repositoryRoot + "/-"))
    }

    @Test func missingFoldersAreCreated() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = try guanxi(["report", demo, "--format", "md", "-o", dir + "/out/md/report.md"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(entries(dir).contains("out/md/report.md"))
        #expect(entries(dir).contains { $0.hasPrefix("out/md/report-") && $0.hasSuffix(".svg") })
        #expect(try guanxi(["gaps", demo, "--format", "csv", "-o", dir + "/a/b/gaps.csv"]).status == 0)
        #expect(try guanxi(["convert", demo, "-o", dir + "/c/d/csv-folder"]).status == 0)
        #expect(entries(dir).contains("c/d/csv-folder/ties.csv"))
        #expect(!entries(dir).contains { $0.contains(".guanxi-tmp-") })
    }

    @Test func linksAndDevicesAreWrittenThrough() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/real.json", contents: Data("old".utf8))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "real.json")
        #expect(try guanxi(["convert", demo, "-o", dir + "/link.json"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == "real.json")
        #expect(try String(contentsOfFile: dir + "/real.json", encoding: .utf8).contains("\"ties\""))
        // As root, -o /dev/stdout once replaced that link with a regular file.
        for device in ["/dev/null", "/dev/stdout"] {
            let result = try guanxi(["gaps", demo, "--format", "json", "-o", device])
            #expect(result.status == 0, "\(device): \(result.stderr)")
            #expect(device == "/dev/null" || result.stdout.contains("\"findings\""))
        }
        let null = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(null[.type] as? FileAttributeType == .typeCharacterSpecial)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout") == "/proc/self/fd/1")
        // A FIFO: read by a shell on the other end.
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let both = try run("/bin/bash", ["-c", "cat '\(fifo)' > '\(dir)/from-pipe' & '\(guanxiExecutable)' convert \(demo) -o '\(fifo)' --format json; wait"])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(try String(contentsOfFile: dir + "/from-pipe", encoding: .utf8).contains("\"ties\""))
    }

    @Test func fileSizeLimitLeavesNothing() throws {
        // ulimit -f in a child: SIGXFSZ would have killed guanxi mid-write; now the write
        // fails, the temporary file and any new folder are removed, and it says so.
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/kept.json", contents: Data("kept".utf8))
        for target in [dir + "/kept.json", dir + "/new/deeper/x.json", dir + "/csv"] {
            let limited = try run("/bin/bash", ["-c", "ulimit -f 2; exec '\(guanxiExecutable)' convert \(demo) -o '\(target)'"])
            #expect(limited.status == 73, "\(target): \(limited.stderr)")
            #expect(limited.stderr.contains("File too large"), "\(limited.stderr)")
            #expect(entries(dir) == ["kept.json"], "\(target)")
        }
        #expect(try String(contentsOfFile: dir + "/kept.json", encoding: .utf8) == "kept")
        let zh = try run("/bin/bash", ["-c", "ulimit -f 2; exec '\(guanxiExecutable)' convert \(demo) -o '\(dir)/x.json' --lang zh"])
        #expect(zh.stderr.contains("超过了允许的文件大小"), "\(zh.stderr)")
    }

    @Test func killedRunIsCleanedByTheNext() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Killed at some point of writing a city: whatever it left is hidden, and the next
        // run to the same place removes it.
        let complete = ["city", "city/network.json", "city/nodes.csv", "city/ties.csv"]
        for delay in ["0.05", "0.2", "0.5"] {
            try? FileManager.default.removeItem(atPath: dir + "/city")
            _ = try run("/bin/bash", ["-c", "'\(guanxiExecutable)' generate --scale 30 -o '\(dir)/city' & sleep \(delay); kill -9 $! 2>/dev/null; wait"])
            // Nothing visible, or (had it finished first) the whole city: never part of it.
            let visible = entries(dir).filter { !$0.hasPrefix(".") }
            #expect(visible.isEmpty || visible == complete, "\(delay): \(entries(dir))")
        }
        #expect(try guanxi(["generate", "--scale", "1", "-o", dir + "/city"]).status == 0)
        #expect(entries(dir) == complete)
    }

    @Test func readOnlyFolderIsAnErrorInTheUsersLanguage() throws {
        let dir = try folder()
        defer {
            chmod(dir + "/ro", 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        chmod(dir, 0o755)
        mkdir(dir + "/ro", 0o555)
        // Root may write anywhere: run as nobody then.
        let prefix = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let refused = try run("/bin/bash", ["-c", prefix + "'\(guanxiExecutable)' convert \(demo) -o '\(dir)/ro/x.json' --lang zh"])
        #expect(refused.status == 73, "\(refused.stderr)")
        #expect(refused.stderr == "guanxi: error: 无法写入 \(dir)/ro/x.json：没有权限\n")
        #expect(entries(dir) == ["ro"])
    }

    @Test func namesMadeOfTerminalEscapesAreShownEscaped() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let nodes = """
            {"id": "ST\\u001b[31m", "name": "站\\u001b]0;pwned\\u0007\\u009b2J\\u202eevil", "kind": "station", "resources": ["心理"]},
            {"id": "C1", "name": "客\\u0000户", "kind": "client", "needs": ["心理", "x\\u001b[5m"], "size": 3},
            {"id": "P", "name": "伙伴", "kind": "business", "resources": ["funding"]}
            """
        let ties = """
            {"source": "ST\\u001b[31m", "target": "C1", "relation": "service", "trust": 0.2},
            {"source": "P", "target": "ST\\u001b[31m", "relation": "resource", "trust": 0.9}
            """
        let bad = ",\n{\"source\": \"P\", \"target\": \"Q\\u001b[1m\", \"relation\": \"serv\\u001bice\", \"trust\": 0.9}"
        for (name, extra) in [("net", ""), ("bad", bad)] {
            let json = "{\"title\": \"T\\u001b[2J\", \"nodes\": [\(nodes)], \"ties\": [\(ties)\(extra)]}"
            _ = FileManager.default.createFile(atPath: dir + "/\(name).json", contents: Data(json.utf8))
        }
        let validate = try guanxi(["validate", dir + "/bad.json"])
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("unknown id \"Q␛[1m\""), "\(validate.stderr)")
        for arguments in [["summary"], ["influence"], ["gaps"], ["communities"], ["path", "P", "C1"], ["gaps", "--format", "json"],
                          ["validate"]] {
            let result = try guanxi([arguments[0], dir + "/net.json"] + arguments.dropFirst())
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            for (stream, text) in [("out", result.stdout), ("err", result.stderr)] {
                #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{0}" || $0 == "\u{7}" },
                        "\(arguments) std\(stream): \(text.debugDescription.prefix(300))")
            }
        }
        let path = try guanxi(["path", dir + "/net.json", "P", "C1"])
        #expect(path.stdout.contains("站␛]0;pwned␇⟨U+009B⟩2J⟨U+202E⟩evil"), "\(path.stdout)")
    }

    /// A drawing printed on a terminal (`render` without `-o`, or `-o -`) shows a name's
    /// right-to-left override escaped, as every table does; through a pipe the DOT is data.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script (util-linux) gives a terminal"))
    func drawingsOnATerminalShowControlsEscaped() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/nodes.csv", contents: Data("id,kind,name\nST,station,站\u{202E}evil\nK1,client,老人\n".utf8))
        _ = FileManager.default.createFile(atPath: dir + "/ties.csv", contents: Data("source,target,relation,trust\nST,K1,service,0.8\n".utf8))
        for output in [[], ["-o", "-"]] {
            let command = (["'\(guanxiExecutable)'", "render", "'\(dir)'", "--format", "dot"] + output).joined(separator: " ")
            let terminal = try run("/usr/bin/script", ["-qc", command, "/dev/null"])
            #expect(terminal.status == 0, "\(terminal.stderr)")
            #expect(terminal.stdout.contains("站⟨U+202E⟩evil") && !terminal.stdout.unicodeScalars.contains("\u{202E}"), "\(output)")
            let piped = try guanxi(["render", dir, "--format", "dot"] + output)
            #expect(piped.stdout.unicodeScalars.contains("\u{202E}"))
        }
    }
}
