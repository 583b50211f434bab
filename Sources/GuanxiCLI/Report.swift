import ArgumentParser
import Foundation
import Guanxi

/// `guanxi report [PATH]`: the station report, one self-contained HTML file (or Markdown).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: L("社工站报告：一个独立的 HTML 文件（或 Markdown），含网络概况、网络图、生态图、谁最重要、差距、五社联动、覆盖和方法说明。",
                    "The station report: one self-contained HTML file (or Markdown) with the network at a glance, diagrams, ecomaps, who matters, gaps, 五社联动, coverage and method notes."),
        discussion: L("""
            不给 PATH 时为示例网络 Datasets/ximarket 写报告。HTML 离线可用（所有内容都在文件内），可在 A4 纸上打印。\
            文件要么整份写出，要么不写。
            """, """
            With no PATH it reports on the demo network Datasets/ximarket. The HTML works offline \
            (everything inline) and prints on A4. The file is written whole or not at all.
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md }

    @Argument(help: SharedHelp.networkPath)
    var path = "Datasets/ximarket"

    @Option(name: [.short, .customLong("output")], help: H("报告文件（默认：数据旁边的 report.html 或 report.md）。",
                                                           "The report file (default: report.html, or report.md, beside the data)."))
    var output: String?

    @Option(help: H("html 或 md（Markdown，图以 SVG 文件放在旁边）。", "html or md (Markdown, with the diagrams as SVG files beside it)."))
    var format: Format?

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @Option(help: SharedHelp.k)
    var k = NodeNames.defaultK

    @Option(help: H("只含这个社工站的生态图和与它有关的问题（编号、名称或名称的一部分）。",
                    "Only this station's ecomap and the findings that concern it (an id, a name or part of a name)."))
    var station: String?

    @Option(help: H("网络的较早版本（上一季度）：加一节说明此后的变化。",
                    "An earlier version of the network (last quarter's): add a section on what changed since."))
    var previous: String?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard k >= 1 else { throw ValidationError(L("--k 至少为 1", "--k must be at least 1")) }
        // The report is HTML (or Markdown): a file named .pdf or .docx would hold neither.
        if let output, let ext = ExportFormat.otherKindOfFile(output), !["html", "htm", "md"].contains(ext) {
            throw ValidationError(L("报告是 HTML 文件（--format md 时为 Markdown），不能写成 .\(ext)：请把文件名改为 .html（用浏览器打开后可打印或另存为 PDF）",
                                    "the report is an HTML file (Markdown with --format md), not .\(ext): name it .html (a browser prints it or saves it as PDF)"))
        }
    }

    func run() throws {
        let chosen = format ?? (output?.lowercased().hasSuffix(".md") == true ? .md : .html)
        let target = output ?? ReportCommand.besideData(path, name: chosen == .md ? "report.md" : "report.html")
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let station = try self.station.map { network[try resolveOrExit($0, in: network, language: language, preferring: \.kind.isSocialWorkPost)].id }
        let before = try previous.map { try loadOrExit($0, options: options).loaded.network }
        var content: ReportContent
        do {
            content = try Guanxi.reportContent(network, source: path,
                                               options: .init(language: language, anonymize: anonymize, station: station, k: k),
                                               diagrams: ReportFigures.render)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw ExitCode(64)
        }
        if let before { content.changes = Guanxi.diff(before, network, options: .init(movers: 0, anonymize: anonymize)) }
        var files: [(path: String, bytes: [UInt8])]
        switch chosen {
        case .html:
            files = [(target, Array(HTMLReport.render(content).utf8))]
        case .md:
            let folder = target.contains("/") ? String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)]) + "/" : ""
            let base = String((target.split(separator: "/").last ?? "report").dropLast(target.hasSuffix(".md") ? 3 : 0))
            let rendered = MarkdownReport.render(content, base: base)
            files = [(target, Array(rendered.markdown.utf8))] + rendered.files.map { (folder + $0.name, $0.bytes) }
        }
        do {
            try AtomicFile.write(files)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw Exit.cannotCreate
        }
        if target != AtomicFile.standardOutput { print(language.pick("已写入 \(target)", "Wrote \(target)")) }
    }

    /// `report.html` in the data's folder (or beside a data file).
    static func besideData(_ path: String, name: String) -> String {
        if FileBytes.kind(of: path) == .directory { return (path.hasSuffix("/") ? path : path + "/") + name }
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}

/// The report's diagrams, each laid out in a child process with a time limit (a Graphviz
/// layout cannot be cancelled in process), two at a time: the network, the hierarchy, the
/// findings drawn on the network, and an ecomap per station — at most ``ecomapLimit``, the
/// stations with the most ties first (a city's other stations are named in a note). A
/// diagram that fails leaves a note instead, so the rest of the report is still written.
enum ReportFigures {
    static let timeout = 60.0
    static let ecomapLimit = 12

    static func render(_ network: TrustNetwork, _ options: Guanxi.ReportOptions, _ gaps: GapAnalysis) -> ReportDiagrams {
        let language = options.language
        var fitted = DiagramOptions(language: language, anonymize: options.anonymize)
        fitted.k = options.k
        fitted.pageMargin = ReportDiagrams.pageMargin
        fitted.pageHeadroom = ReportDiagrams.pageHeadroom
        let diagramOptions = fitted
        let worker = LayoutWorker(executable: SelfExecutable.path, arguments: [LayoutWorkerCommand.name])
        var diagrams = ReportDiagrams()
        var stations = network.nodes.indices.filter { i in
            let node = network.nodes[i]
            return options.station.map { $0 == node.id } ?? (node.kind == .station)
        }
        if stations.count > ecomapLimit {
            var degree = [Int](repeating: 0, count: network.nodes.count)
            for tie in network.ties {
                degree[Int(tie.source)] += 1
                degree[Int(tie.target)] += 1
            }
            let left = stations.count - ecomapLimit
            stations = Array(stations.sorted { (-degree[$0], $0) < (-degree[$1], $1) }.prefix(ecomapLimit)).sorted()
            diagrams.notes.append(language.pick(
                "另有 \(left) 个社工站的生态图未画出（只画联系最多的 \(ecomapLimit) 个）：用 guanxi render --view ecomap --center 编号 逐个绘制。",
                "Ecomaps of \(left) more stations are not drawn (only the \(ecomapLimit) with the most ties): draw them one by one with guanxi render --view ecomap --center ID."))
        }
        var list: [(view: DiagramView, key: String, title: String)] = [
            (.network, "network", language.pick("全网图", "The whole network")),
            (.hierarchy, "hierarchy", language.pick("层级图", "The hierarchy")),
            (.gaps(DiagramOverlay(gaps, network: network, language: language, anonymize: options.anonymize, k: options.k)), "gaps",
             language.pick("问题标注图", "The gaps drawn on the network")),
        ]
        for station in stations {
            let node = network.nodes[station]
            list.append((.ecomap(center: node.id), "ecomap-\(node.id)", language.pick("\(node.name)生态图", "Ecomap of \(node.name)")))
        }
        // Two at a time: the layouts run in child processes.
        let jobs = list
        let results = ResultSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            for index in stride(from: lane, to: jobs.count, by: 2) {
                let job = jobs[index]
                do {
                    let rendered = try Guanxi.render(network, view: job.view, as: .svg, options: diagramOptions, worker: worker,
                                                     timeout: timeout)
                    results.set(index, .success(ReportDiagrams.Figure(key: job.key, title: job.title,
                                                                      svg: String(decoding: rendered.bytes, as: UTF8.self))))
                } catch let error as DiagramError {
                    results.set(index, .failure(error))
                } catch {
                    results.set(index, .failure(.workerFailed(reason: "\(error)")))
                }
            }
        }
        for (index, job) in jobs.enumerated() {
            switch results.get(index) {
            case .success(let figure)?:
                switch job.key {
                case "network": diagrams.network = figure
                case "hierarchy": diagrams.hierarchy = figure
                case "gaps": diagrams.gaps = figure
                default: diagrams.ecomaps.append(figure)
                }
            case .failure(let error)?:
                diagrams.notes.append(job.title + language.pick("：无法绘制（", ": not drawn (") + error.message(language) + language.pick("）", ")"))
            case nil:
                break
            }
        }
        return diagrams
    }

    /// Results filled in from two threads.
    private final class ResultSlots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<ReportDiagrams.Figure, DiagramError>?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<ReportDiagrams.Figure, DiagramError>) { lock.lock(); slots[index] = value; lock.unlock() }
        func get(_ index: Int) -> Result<ReportDiagrams.Figure, DiagramError>? { lock.lock(); defer { lock.unlock() }; return slots[index] }
    }
}
