import ArgumentParser
import Foundation
import Guanxi

/// `guanxi render PATH --view V`: a diagram of the network through Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("绘制网络图：全网、层级、生态图、自我中心网、社区或问题标注图，输出 SVG、PNG、PDF 或 DOT。",
                    "Draw the network: network, hierarchy, ecomap, ego, community or gaps view, as SVG, PNG, PDF or DOT."),
        discussion: L("""
            格式取 --format，否则按 -o 的扩展名，否则为 SVG；没有 -o 时图写到标准输出。图会缩放到 --page 的纸张\
            （默认 A4），每处文字至少 7 磅：依次把服务对象按社区折叠、伙伴按社区和类型折叠、整个社区折叠、整条街道折叠，\
            直到放得下；--page none 按原大小画出全部（超过 --max-nodes 时服务对象按社区和需求折叠）。布局在子进程中运行，\
            超过 --timeout 秒即停止；布局失败时改用更简单的布局再试，并说明一句。--center 与 --area 可写编号、名称或\
            名称的一部分。退出码：64 用法有误（包括找不到 --center），65 数据有误，66 找不到输入，69 缺少 Graphviz \
            插件或中文字体，70 布局失败或超时，73 无法写出。
            """, """
            The format comes from --format, else from the extension of -o, else SVG. Without -o the \
            diagram goes to standard output. The drawing fits --page (A4 by default) with every text at \
            7 pt or more: clients fold by community, then partners by community and kind, then whole \
            communities, then whole streets, as far as needed; --page none draws everything at full size \
            (past --max-nodes, clients fold by community and need). The layout runs in a child process \
            that is stopped after --timeout seconds; a layout that fails is tried again with a simpler \
            one, and a line says so. \
            Exit codes: 64 bad usage (including an unknown --center id), 65 bad data, 66 input missing, \
            69 Graphviz plugins or Chinese font missing, 70 layout failed or timed out, 73 cannot write.
            """))

    enum ViewKeyword: String, ExpressibleByArgument, CaseIterable {
        case network, hierarchy, ecomap, ego, gaps, community
    }

    enum PageKeyword: String, ExpressibleByArgument, CaseIterable {
        case A4, A3, none
        init?(argument: String) {
            switch argument.lowercased() {
            case "a4": self = .A4
            case "a3": self = .A3
            case "none": self = .none
            default: return nil
            }
        }
    }

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(help: H("画什么：network（全网）、hierarchy（层级）、ecomap（生态图）、ego（自我中心网）、community（社区）或 gaps（问题标注）。不写时：有 --center 画生态图，有 --area 画社区图，有 --overlay 画问题标注图，否则画全网。",
                    "What to draw: network, hierarchy, ecomap, ego, community or gaps. Without it: the ecomap with --center, the community view with --area, the gaps view with --overlay, else the network."))
    var view: ViewKeyword?

    @Option(help: H("中心节点（生态图、自我中心网）：编号、名称或名称的一部分。", "The centre node (ecomap, ego): an id, a name or part of a name."))
    var center: String?

    @Option(help: H("社区图：该社区的居委会（编号或名称）。", "community view: the community's committee (its id or name)."))
    var area: String?

    @Option(help: H("自我中心网从中心向外延伸几层关系。", "How many ties out from the centre the ego view reaches."))
    var depth: Int = 1

    @Option(help: H("要放下的纸张，每处文字至少 7 磅：A4、A3 或 none（原大小）。", "Paper to fit with every text at 7 pt or more: A4, A3, or none (full size)."))
    var page: PageKeyword = .A4

    @Flag(help: H("按横向纸张排版（默认：两种方向中较好的一种）。", "Fit the drawing to the paper turned sideways (default: the better of the two)."))
    var landscape = false

    @Option(name: .shortAndLong, help: H("输出文件（整份写入，不留半截文件）；默认写到标准输出。", "Output file (written whole or not at all). Default: standard output."))
    var output: String?

    @Option(help: H("svg、png、pdf 或 dot（默认：按 -o 的扩展名，否则 svg）。", "svg, png, pdf or dot (default: from the -o extension, else svg)."))
    var format: OutputFormat?

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @Option(help: H("节点超过这个数时，服务对象按社区和需求折叠。", "Past this many nodes, fold clients by community and need."))
    var maxNodes: Int = DiagramOptions.defaultMaxNodes

    @Option(help: H("PNG 的分辨率，每英寸点数（屏幕 96，打印 300）。", "Resolution of PNG output, in dots per inch (96 on screen, 300 for print)."))
    var dpi: Int = 96

    @Option(help: H("布局超过这么多秒即停止。", "Stop a layout that takes longer than this many seconds."))
    var timeout: Double = 60

    @Option(help: H("问题标注图：要画出的问题的 JSON 文件（{\"marks\": [{\"kind\", \"nodes\", \"label\", \"severity\"}]}，见 docs/diagrams.md）。",
                    "gaps view: a JSON file of findings to draw ({\"marks\": [{\"kind\", \"nodes\", \"label\", \"severity\"}]}, see docs/diagrams.md)."))
    var overlay: String?

    @Option(help: H("网络的较早版本（上一季度）：标出此后新增的（绿色）、删去的（淡色虚线）和变化的信任（0.40→0.70）。",
                    "An earlier version of the network (last quarter's): mark what was added since (green), removed (faded, dashed) and trust that moved (0.40→0.70)."))
    var previous: String?

    @OptionGroup var options: LanguageOption

    /// The view asked for, else the one the other options imply (`--center` an ecomap,
    /// `--area` a community, `--overlay` the gaps), else the whole network.
    var chosenView: ViewKeyword {
        view ?? (center != nil ? .ecomap : area != nil ? .community : overlay != nil ? .gaps : .network)
    }

    func validate() throws {
        let view = chosenView
        if (view == .ecomap || view == .ego), center == nil {
            throw ValidationError(L("--view \(view.rawValue) 需要 --center（中心节点的编号或名称）", "--view \(view.rawValue) needs --center (the centre's id or name)."))
        }
        if view == .community, area == nil { throw ValidationError(L("--view community 需要 --area（社区居委会的编号或名称）", "--view community needs --area (the committee's id or name).")) }
        if area != nil, view != .community { throw ValidationError(L("--area 需与 --view community 一起使用", "--area goes with --view community.")) }
        guard depth >= 1 else { throw ValidationError(L("--depth 至少为 1", "--depth must be at least 1.")) }
        guard (18...1200).contains(dpi) else { throw ValidationError(L("--dpi 应在 18 与 1200 之间", "--dpi must lie between 18 and 1200.")) }
        guard maxNodes >= 1 else { throw ValidationError(L("--max-nodes 至少为 1", "--max-nodes must be at least 1.")) }
        guard timeout > 0, timeout.isFinite else { throw ValidationError(L("--timeout 应为正的秒数", "--timeout must be a positive number of seconds.")) }
        if format == nil, let output, output != AtomicFile.standardOutput, OutputFormat(fileName: output) == nil {
            throw ValidationError(L("无法从“\(output)”看出格式：请用 .svg、.png、.pdf 或 .dot 文件名，或用 --format",
                                    "cannot tell the format from \"\(output)\": use an .svg, .png, .pdf or .dot name, or --format."))
        }
        if overlay != nil, view != .gaps { throw ValidationError(L("--overlay 需与 --view gaps 一起使用", "--overlay goes with --view gaps.")) }
    }

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        var network = loaded.network
        let chosenFormat = format ?? output.flatMap(OutputFormat.init(fileName:)) ?? .svg
        // The centre and the community by id, name or part of a name.
        let centerID = try center.map { network[try resolveOrExit($0, in: network, language: language)].id } ?? ""
        // A community by its committee's id or name, or part of it (`--area 红星` is 红星社区居委会).
        let areaID = try area.map { network[try communityOrExit($0, in: network, language: language)].id } ?? ""
        let diagramView: DiagramView
        switch chosenView {
        case .network: diagramView = .network
        case .hierarchy: diagramView = .hierarchy
        case .ecomap: diagramView = .ecomap(center: centerID)
        case .ego: diagramView = .ego(center: centerID, depth: depth)
        case .gaps: diagramView = .gaps(try loadOverlay(network, language: language))
        case .community: diagramView = .community(area: areaID)
        }
        var diagramOptions = DiagramOptions(language: language, anonymize: anonymize, maxNodes: maxNodes, dpi: dpi,
                                            page: page == .none ? nil : PageSize(keyword: page.rawValue),
                                            landscape: landscape)
        if let previous {
            let before = try loadOrExit(previous, options: options).loaded.network
            (network, diagramOptions.changes) = DiagramChanges.merging(Guanxi.diff(before, network, options: .init(movers: 0, findings: false)))
        }
        let worker = LayoutWorker(executable: SelfExecutable.path, arguments: [LayoutWorkerCommand.name])
        let rendered: RenderedDiagram
        let toStandardOutput = output == nil || output == AtomicFile.standardOutput
        do {
            if let output, !toStandardOutput {
                rendered = try Guanxi.render(network, view: diagramView, as: chosenFormat, to: output,
                                             options: diagramOptions, worker: worker, timeout: timeout)
            } else {
                rendered = try Guanxi.render(network, view: diagramView, as: chosenFormat,
                                             options: diagramOptions, worker: worker, timeout: timeout)
            }
        } catch {
            StandardError.write("guanxi: error: " + error.message(language) + "\n")
            throw Render.exitCode(for: error)
        }
        // DOT or SVG printed on a terminal shows a name's controls escaped, as every command's
        // text does (a right-to-left override turned the lines around); pipes get the bytes.
        if toStandardOutput { try emit(rendered.bytes, to: nil, language: language) }
        for warning in rendered.warnings { StandardError.write("guanxi: warning: " + TerminalText.escaped(warning) + "\n") }
    }

    /// The overlay from `--overlay`, or the gap analysis's own findings.
    private func loadOverlay(_ network: TrustNetwork, language: Language) throws -> DiagramOverlay {
        guard let overlay else {
            let gaps = try GapAnalysis.analyse(network)
            return DiagramOverlay(gaps, network: network, language: language, anonymize: anonymize)
        }
        guard let data = FileManager.default.contents(atPath: overlay) else {
            StandardError.write("guanxi: error: " + language.pick("无法读取 \(overlay)\n", "cannot read \(overlay)\n"))
            throw Exit.inputUnavailable
        }
        do {
            return try JSONDecoder().decode(DiagramOverlay.self, from: data)
        } catch {
            StandardError.write("guanxi: error: " + language.pick("\(overlay) 不是有效的标注文件：\(error)\n",
                                                                 "\(overlay) is not a valid overlay: \(error)\n"))
            throw Exit.badData
        }
    }

    /// The committee `--area` names (``DiagramView/committee(forArea:in:)``), with a note when
    /// part of a name was taken; otherwise the reason, and exit 64.
    func communityOrExit(_ text: String, in network: TrustNetwork, language: Language) throws -> Int32 {
        do {
            let (committee, match) = try DiagramView.committee(forArea: text, in: network)
            if match == .fragment {
                let node = network[committee]
                StandardError.write(language.pick("guanxi: note: “\(text)”认作“\(node.id)”（\(node.name)）\n",
                                                  "guanxi: note: \"\(text)\" taken as \"\(node.id)\" (\(node.name))\n"))
            }
            return committee
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw ExitCode(64)
        }
    }

    static func exitCode(for error: DiagramError) -> ExitCode {
        switch error {
        case .centerRequired, .unknownNode, .areaLookup, .notACommunity, .invalidOption: ExitCode(64)
        case .layoutPluginsMissing, .pluginMissing, .chineseFontMissing: ExitCode(69)
        case .graphviz, .timedOut, .workerFailed: ExitCode(70)
        case .cannotWrite: ExitCode(73)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `guanxi layout-worker`: the child process `render` runs a layout in (hidden).
struct LayoutWorkerCommand: ParsableCommand {
    static let name = "layout-worker"
    static let configuration = CommandConfiguration(
        commandName: name, abstract: "Internal: render DOT from standard input (used by render).",
        shouldDisplay: false)

    @Option var format: OutputFormat
    @Option var pdfDate: String
    @Option var fit: String?
    @Option var fallback: Int = 0
    @Option var lang: Language = .en

    func run() throws {
        let status = LayoutWorker.serve(format: format, pdfDate: pdfDate, fit: fit, firstFallback: fallback, language: lang)
        if status != 0 { throw ExitCode(status) }
    }
}

/// The path of the running `guanxi`, to start its layout worker.
enum SelfExecutable {
    static var path: String {
        #if os(Linux)
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
