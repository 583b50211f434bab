import ArgumentParser
import Foundation
import Guanxi

/// `guanxi render PATH --view V`: a diagram of the network through Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network: network, hierarchy, ecomap, ego, community or gaps view, as SVG, PNG, PDF or DOT.",
        discussion: """
            The format comes from --format, else from the extension of -o, else SVG. Without -o the \
            diagram goes to standard output. The drawing fits --page (A4 by default) with every text at \
            7 pt or more: clients fold by community, then partners by community and kind, then whole \
            communities, then whole streets, as far as needed; --page none draws everything at full size \
            (past --max-nodes, clients fold by community and need). The layout runs in a child process \
            that is stopped after --timeout seconds; a layout that fails is tried again with a simpler \
            one, and a line says so. \
            Exit codes: 64 bad usage (including an unknown --center id), 65 bad data, 66 input missing, \
            69 Graphviz plugins or Chinese font missing, 70 layout failed or timed out, 73 cannot write.
            """)

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

    @Option(help: "What to draw: network, hierarchy, ecomap, ego, community or gaps.")
    var view: ViewKeyword

    @Option(help: "Id of the centre node (ecomap, ego).")
    var center: String?

    @Option(help: "community view: the community's committee (its id or name).")
    var area: String?

    @Option(help: "How many ties out from the centre the ego view reaches.")
    var depth: Int = 1

    @Option(help: "Paper to fit with every text at 7 pt or more: A4, A3, or none (full size).")
    var page: PageKeyword = .A4

    @Flag(help: "Fit the drawing to the paper turned sideways (default: the better of the two).")
    var landscape = false

    @Option(name: .shortAndLong, help: "Output file (written whole or not at all). Default: standard output.")
    var output: String?

    @Option(help: "svg, png, pdf or dot (default: from the -o extension, else svg).")
    var format: OutputFormat?

    @Flag(help: "Label clients by pseudonyms (服务对象 07 / Client 07) and leave their attributes out.")
    var anonymize = false

    @Option(help: "Past this many nodes, fold clients by community and need.")
    var maxNodes: Int = DiagramOptions.defaultMaxNodes

    @Option(help: "Resolution of PNG output, in dots per inch (96 on screen, 300 for print).")
    var dpi: Int = 96

    @Option(help: "Stop a layout that takes longer than this many seconds.")
    var timeout: Double = 60

    @Option(help: "gaps view: a JSON file of findings to draw (untappedResources, suggestions, singlePointsOfFailure).")
    var overlay: String?

    @Option(help: "An earlier version of the network (last quarter's): mark what was added since (green), removed (faded, dashed) and trust that moved (0.40→0.70).")
    var previous: String?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if (view == .ecomap || view == .ego), center == nil {
            throw ValidationError("--view \(view.rawValue) needs --center ID.")
        }
        if view == .community, area == nil { throw ValidationError("--view community needs --area ID.") }
        if area != nil, view != .community { throw ValidationError("--area goes with --view community.") }
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1.") }
        guard (18...1200).contains(dpi) else { throw ValidationError("--dpi must lie between 18 and 1200.") }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1.") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds.") }
        if format == nil, let output, OutputFormat(fileName: output) == nil {
            throw ValidationError("cannot tell the format from \"\(output)\": use an .svg, .png, .pdf or .dot name, or --format.")
        }
        if overlay != nil, view != .gaps { throw ValidationError("--overlay goes with --view gaps.") }
    }

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        var network = loaded.network
        let chosenFormat = format ?? output.flatMap(OutputFormat.init(fileName:)) ?? .svg
        let diagramView: DiagramView
        switch view {
        case .network: diagramView = .network
        case .hierarchy: diagramView = .hierarchy
        case .ecomap: diagramView = .ecomap(center: center ?? "")
        case .ego: diagramView = .ego(center: center ?? "", depth: depth)
        case .gaps: diagramView = .gaps(try loadOverlay(network, language: language))
        case .community: diagramView = .community(area: area ?? "")
        }
        var diagramOptions = DiagramOptions(language: language, anonymize: anonymize, maxNodes: maxNodes, dpi: dpi,
                                            page: page == .none ? nil : PageSize(keyword: page.rawValue),
                                            landscape: landscape)
        if let previous {
            let before = try loadOrExit(previous, options: options).loaded.network
            (network, diagramOptions.changes) = DiagramChanges.merging(Guanxi.diff(before, network, options: .init(movers: 0, findings: false)))
        }
        let worker = LayoutWorker(executable: SelfExecutable.path, arguments: [LayoutWorkerCommand.name])
        do {
            let rendered: RenderedDiagram
            if let output {
                rendered = try Guanxi.render(network, view: diagramView, as: chosenFormat, to: output,
                                             options: diagramOptions, worker: worker, timeout: timeout)
            } else {
                rendered = try Guanxi.render(network, view: diagramView, as: chosenFormat,
                                             options: diagramOptions, worker: worker, timeout: timeout)
                FileHandle.standardOutput.write(Data(rendered.bytes))
            }
            for warning in rendered.warnings { StandardError.write("guanxi: warning: \(String(warning.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) }))\n") }
        } catch {
            StandardError.write("guanxi: error: " + error.message(language) + "\n")
            throw Render.exitCode(for: error)
        }
    }

    /// The overlay from `--overlay`, or the gap analysis's own findings.
    private func loadOverlay(_ network: TrustNetwork, language: Language) throws -> DiagramOverlay {
        guard let overlay else {
            let gaps = try GapAnalysis.analyse(network, options: .init(anonymize: anonymize))
            return DiagramOverlay(gaps, network: network, language: language)
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

    static func exitCode(for error: DiagramError) -> ExitCode {
        switch error {
        case .centerRequired, .unknownNode, .invalidOption: ExitCode(64)
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
