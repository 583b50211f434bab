import Foundation
import Formats
import TrustModel

/// A network with everything the model can hold and strings meant to break writers:
/// formula injection, markup, quotes, line breaks, emoji, an OOXML escape look-alike.
func hostileNetwork() throws -> TrustNetwork {
    let nodes = [
        Node(id: "ST", name: "西市场街道社工站", kind: .station, resources: [Tag(.training), Tag(.psychological)],
             attributes: ["备注": "=cmd|' /C calc'!A0", "url": "<script>alert(1)</script>"]),
        Node(id: "=1+1", name: "@SUM(A1:A9)", kind: .business, resources: [Tag(.funding), Tag(word: "手语")],
             capacity: 50_000.5, attributes: ["备注": "\"quoted\", with comma; and semicolon", "电话": "+86 138 0013 8000"]),
        Node(id: "K 1", name: "残障人士小组 👩‍👩‍👧", kind: .client, area: "C<1>", needs: [Tag(.rehabilitation), Tag(.care)],
             size: 12, attributes: ["备注": "line one\nline two\r\nline three", "url": "-", "tab": "\tstarts with a tab"]),
        Node(id: "C<1>", name: "东园社区居委会 & 党群服务中心", kind: .committee,
             attributes: ["备注": "  padded  ", "tab": "'=already quoted", "url": "_x0041_ is not an A"]),
        Node(id: "引号\"id", name: "志愿队", kind: .volunteer, attributes: ["emoji": "🤝🏽"]),
    ]
    let ties = [
        Tie(source: 0, target: 2, relation: .service, trust: 1.0 / 3.0, frequency: 4, since: "2021-05-24",
            attributes: ["项目": "=HYPERLINK(\"http://x\")"]),
        Tie(source: 1, target: 0, relation: .resource, trust: 0.8, mutual: true, value: 1e20, since: "2021-05"),
        Tie(source: 3, target: 0, relation: .cooperation, trust: 0, mutual: false, since: "2020"),
        Tie(source: 4, target: 2, relation: .volunteering, trust: 0.125, frequency: 0.5,
            attributes: ["项目": "\r\nCR first", "emoji": "💡"]),
        Tie(source: 2, target: 3, relation: .mutualAid, trust: 0.9),
        Tie(source: 0, target: 2, relation: .referral, trust: 0.75),
    ]
    var thresholds = Thresholds()
    thresholds.pathTrust = 0.6
    thresholds.weakTrust[.support] = 0.7
    return try TrustNetwork(title: "测试 <网络> & \"引号\"", date: "2021-05", thresholds: thresholds, nodes: nodes, ties: ties,
                            nodeAttributeNames: ["备注", "电话", "url", "tab", "emoji"],
                            tieAttributeNames: ["项目", "emoji"])
}

/// Writes a network in a format into a new temporary folder and returns the output path.
func written(_ network: TrustNetwork, as format: ExportFormat, language: Language = .en,
             in folder: String, name: String) throws -> String {
    let path = folder + "/" + name
    try NetworkWriter.write(network, to: path, format: format, language: language)
    return path
}

/// Runs a program and returns its status and output.
func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether a program is on the PATH.
func onPath(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
}
