import CGraphviz
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text Graphviz reports through `agerr`, gathered by ``captureGraphvizMessage``.
/// Only touched while ``Graphviz/lock`` is held (Graphviz reports only from inside calls
/// made under it).
nonisolated(unsafe) private var capturedGraphvizText: [UInt8] = []

/// The error function handed to `agseterrf`: Graphviz calls it with pieces of each message
/// ("Error", ": ", the text); they are gathered instead of printed to stderr.
private let captureGraphvizMessage: agusererrf = { text in
    guard let text else { return 0 }
    let length = strlen(text)
    text.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        capturedGraphvizText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
    return 0
}

/// All of Guanxi's calls into Graphviz (libcgraph, libgvc): one long-lived context, one
/// process-wide lock around every call (Graphviz keeps global state and is not thread-safe:
/// concurrent layouts abort the process), Graphviz's messages captured and returned as
/// typed errors or warnings, and every object freed on every path.
final class Graphviz: @unchecked Sendable {
    /// The one instance; created on first use.
    static let shared = Graphviz()

    private let lock = NSLock()
    /// The GVC context, created with the plugins listed in Graphviz's configuration.
    /// Guarded by `lock`.
    private var context: OpaquePointer?
    /// The self-test's verdict, once run. Guarded by `lock`.
    private var readiness: Result<Void, DiagramError>?

    private init() {}

    /// Messages Graphviz reported since the last call, split into errors and warnings.
    private struct Messages {
        var errors: [String] = []
        var warnings: [String] = []
    }

    // MARK: - Under the lock

    /// Runs `body` with the lock held and a ready context, after the self-test.
    private func withContext<T>(_ body: (OpaquePointer) throws(DiagramError) -> T) throws(DiagramError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let context = try readyContext()
        capturedGraphvizText.removeAll(keepingCapacity: true)
        _ = agreseterrors()
        return try body(context)
    }

    /// The context, created and self-tested on first use. Caller holds the lock.
    private func readyContext() throws(DiagramError) -> OpaquePointer {
        if context == nil {
            _ = agseterrf(captureGraphvizMessage)
            _ = agseterr(AGWARN)
            context = gvContext()
        }
        guard let context else { throw .layoutPluginsMissing }
        if readiness == nil { readiness = Self.selfTest(context) }
        switch readiness {
        case .failure(let error)?: throw error
        default: return context
        }
    }

    /// Checks what otherwise fails silently: the layout plugins and output devices (a missing
    /// plugin configuration leaves Graphviz with none) and a font covering Chinese (without
    /// one, labels render as boxes). Caller holds the lock.
    private static func selfTest(_ context: OpaquePointer) -> Result<Void, DiagramError> {
        let layouts = pluginNames(context, kind: "layout")
        if layouts.isEmpty { return .failure(.layoutPluginsMissing) }
        for engine in LayoutEngine.allCases where !layouts.contains(engine.rawValue) {
            return .failure(.pluginMissing(kind: "layout", name: engine.rawValue))
        }
        let devices = pluginNames(context, kind: "device")
        for device in ["svg", "png", "pdf"] where !devices.contains(device) {
            return .failure(.pluginMissing(kind: "device", name: device))
        }
        guard FontCheck.hasChineseFont() else {
            return .failure(.chineseFontMissing(package: FontCheck.package))
        }
        return .success(())
    }

    /// The plugin type names of one kind (`layout`, `device`), freeing Graphviz's list.
    private static func pluginNames(_ context: OpaquePointer, kind: String) -> Set<String> {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: Set<String> = []
        for i in 0..<Int(count) {
            guard let name = list[i] else { continue }
            names.insert(String(cString: name))
            free(name)
        }
        return names
    }

    /// Takes the captured text apart into error and warning lines. Caller holds the lock.
    private static func takeMessages() -> Messages {
        let text = String(decoding: capturedGraphvizText, as: UTF8.self)
        capturedGraphvizText.removeAll(keepingCapacity: true)
        var messages = Messages()
        var isError = false
        for line in text.split(whereSeparator: \.isNewline) {
            var line = String(line).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Error: ") {
                isError = true
                line.removeFirst("Error: ".count)
            } else if line.hasPrefix("Warning: ") {
                isError = false
                line.removeFirst("Warning: ".count)
            }
            guard !line.isEmpty else { continue }
            if isError { messages.errors.append(line) } else { messages.warnings.append(line) }
        }
        return messages
    }

    // MARK: - Public to the module

    /// The DOT text of a diagram, as cgraph writes it (`agwrite`): cgraph builds the graph
    /// and does the DOT quoting, so what we emit is what the `dot` command reads back.
    /// - Complexity: O(V + E) plus cgraph's dictionary costs.
    func dotText(of diagram: DiagramGraph) throws(DiagramError) -> String {
        try withContext { _ throws(DiagramError) -> String in
            let (graph, _) = try Self.build(diagram)
            defer { guanxi_close(graph) }
            return try Self.write(graph)
        }
    }

    /// Each node's size in points as Graphviz will draw it (its label measured with the
    /// drawing's fonts, its shape and borders around it), for layouts that place nodes
    /// themselves. The nodes are laid out pinned at one point, without edges: no search runs.
    /// - Complexity: O(V) label measurements.
    func nodeSizes(of diagram: DiagramGraph) throws(DiagramError) -> [(width: Double, height: Double)] {
        var pinned = diagram
        pinned.edges = []
        pinned.clusters = []
        pinned.graphAttributes = diagram.graphAttributes.filter { ["fontname", "charset", "dpi"].contains($0.name) }
            + [("layout", .plain("neato")), ("overlap", .plain("true")), ("splines", .plain("false"))]
        for k in pinned.nodes.indices { pinned.nodes[k].attributes.append(("pos", .plain("0,0!"))) }
        return try withContext { context throws(DiagramError) -> [(width: Double, height: Double)] in
            let (graph, nodes) = try Self.build(pinned)
            defer { guanxi_close(graph) }
            let status = gvLayout(context, graph, "neato")
            let messages = Self.takeMessages()
            guard status == 0, messages.errors.isEmpty else {
                throw .graphviz(stage: "measuring labels", messages: messages.errors)
            }
            defer { gvFreeLayout(context, graph) }
            return nodes.map { node in
                var width = 0.0, height = 0.0
                if let node { guanxi_node_size(node, &width, &height) }
                return (width, height)
            }
        }
    }

    /// The cgraph graph of a diagram and its nodes in order. Caller holds the lock and closes
    /// the graph.
    private static func build(_ diagram: DiagramGraph) throws(DiagramError) -> (UnsafeMutablePointer<Agraph_t>, [UnsafeMutablePointer<Agnode_t>?]) {
        guard let graph = guanxi_open(diagram.name, diagram.directed ? 1 : 0) else {
            throw .graphviz(stage: "agopen", messages: takeMessages().errors)
        }
        for (name, value) in diagram.nodeDefaults { _ = guanxi_declare(graph, Int32(AGNODE), name, value) }
        for (name, value) in diagram.edgeDefaults { _ = guanxi_declare(graph, Int32(AGEDGE), name, value) }
        set(diagram.graphAttributes, on: UnsafeMutableRawPointer(graph), root: graph)
        var nodes: [UnsafeMutablePointer<Agnode_t>?] = []
        nodes.reserveCapacity(diagram.nodes.count)
        for node in diagram.nodes {
            let created = guanxi_node(graph, node.name)
            if let created { set(node.attributes, on: UnsafeMutableRawPointer(created), root: graph) }
            nodes.append(created)
        }
        for cluster in diagram.clusters {
            guard let subgraph = guanxi_subgraph(graph, cluster.name) else { continue }
            set(cluster.attributes, on: UnsafeMutableRawPointer(subgraph), root: graph)
            for member in cluster.members {
                if let node = nodes[member] { _ = agsubnode(subgraph, node, 1) }
            }
        }
        for edge in diagram.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                  let created = guanxi_edge(graph, tail, head) else { continue }
            set(edge.attributes, on: UnsafeMutableRawPointer(created), root: graph)
        }
        let messages = takeMessages()
        guard messages.errors.isEmpty else {
            guanxi_close(graph)
            throw .graphviz(stage: "building the graph", messages: messages.errors)
        }
        return (graph, nodes)
    }

    /// What ``render(_:format:firstFallback:)`` produced: the bytes, Graphviz's warnings
    /// (and a line for each layout that fell back), and which candidate was drawn.
    struct Rendered {
        var bytes: [UInt8]
        var warnings: [String]
        var chosen: Int
    }

    /// Lays out the plan's candidates in turn until one fits its paper legibly (or the last),
    /// and renders that one as `format` (SVG, PNG or PDF bytes; for DOT, the chosen
    /// candidate's own text). A layout that fails falls back to simpler ones
    /// (``LayoutPlan/fallbacks(_:)``, from `firstFallback` on), with one line saying so.
    /// - Complexity: that of the layout engine per candidate tried (dot: roughly O(V·E) per
    ///   pass; sfdp: O(V log V + E) per iteration).
    func render(_ plan: LayoutPlan, format: OutputFormat, firstFallback: Int = 0) throws(DiagramError) -> Rendered {
        try withContext { context throws(DiagramError) -> Rendered in
            var notes: [String] = []
            let tried = plan.tried
            for (position, index) in tried.enumerated() {
                let candidate = plan.candidates[index]
                let isLast = position == tried.count - 1
                let variants = Array(LayoutPlan.fallbacks(candidate.engine).dropFirst(firstFallback))
                var lastError: DiagramError?
                /// Whether a laid-out candidate fits its paper legibly and crosses few enough lines.
                func fits(_ graph: UnsafeMutablePointer<Agraph_t>) -> Bool {
                    guard !isLast else { return true }
                    var width = 0.0, height = 0.0
                    guanxi_drawing_size(graph, &width, &height)
                    if let fit = plan.fit, !fit.holds(width: width, height: height) { return false }
                    if let limit = candidate.crossingLimit, Crossings.count(Crossings.lines(graph)) > limit { return false }
                    return true
                }
                // A drawing placed by Guanxi is judged with straight lines first: routing lines
                // round the nodes takes a second or more on a whole station network, so only a
                // drawing that passes is routed (and its crossings counted again).
                var judged = false
                if candidate.engine == .pinned, !isLast, firstFallback == 0, plan.fit != nil || candidate.crossingLimit != nil,
                   case let .laidOut(trial) = try Self.layOut(candidate.dot, engine: .pinned, splines: "line", context: context) {
                    let accepted = fits(trial)
                    if !Self.leavesLayouts {
                        gvFreeLayout(context, trial)
                        guanxi_close(trial)
                    }
                    guard accepted else { continue }
                    judged = true
                }
                for (number, variant) in variants.enumerated() {
                    let outcome = try Self.layOut(candidate.dot, engine: variant.engine, splines: variant.splines,
                                                  context: context)
                    guard case let .laidOut(graph) = outcome else {
                        if case let .failed(error, reason) = outcome {
                            lastError = error
                            if number + 1 < variants.count {
                                let next = variants[number + 1]
                                notes.append(plan.fallbackNote(from: variant.engine, to: next.engine, splines: next.splines,
                                                               reason: reason))
                            }
                        }
                        continue
                    }
                    defer {
                        if !Self.leavesLayouts {
                            gvFreeLayout(context, graph)
                            guanxi_close(graph)
                        }
                    }
                    // Judged again as routed (routing can add crossings), unless judged already
                    // and routed the same.
                    if (!judged || candidate.crossingLimit != nil), !fits(graph) { break }
                    var width = 0.0, height = 0.0
                    guanxi_drawing_size(graph, &width, &height)
                    Self.setPaper(graph, fit: plan.fit, width: width, height: height, format: format)
                    if format == .dot {
                        return Rendered(bytes: Array(candidate.dot.utf8), warnings: notes, chosen: index)
                    }
                    let bytes = try Self.renderLaidOut(graph, context: context, format: format)
                    return Rendered(bytes: bytes, warnings: notes + Self.takeMessages().warnings, chosen: index)
                }
                // Every layout of this candidate failed (or it did not fit): a more folded one may
                // still work; the last one's failure is the answer.
                if isLast, let lastError { throw lastError }
            }
            throw .graphviz(stage: "layout", messages: notes)
        }
    }

    /// How a laid-out drawing meets its paper. A PDF is the paper itself (portrait or
    /// landscape, as fitted): the drawing scaled to fit it (never up) and centred. SVG and PNG
    /// keep the drawing's own size with a small pad (the drawing was chosen so that printing
    /// it scaled to the paper keeps every text at 7 pt or more); SVG and PDF draw one point per
    /// unit, PNG at the `dpi` it was given.
    private static func setPaper(_ graph: UnsafeMutablePointer<Agraph_t>, fit: PageFit?, width: Double, height: Double,
                                 format: OutputFormat) {
        if format != .png { guanxi_set_dpi(graph, 72) }
        _ = guanxi_set(UnsafeMutableRawPointer(graph), "pad", "0.15")
        guard let fit, format == .pdf else { return }
        let scale = fit.scale(width: width, height: height)
        guanxi_set_render_size(graph, width * scale, height * scale)
        let box = fit.box(width: width, height: height)
        let paper = (width: box.width + 2 * fit.margin, height: box.height + 2 * fit.margin + fit.headroom)
        let margin = [(paper.width - width * scale) / 2, (paper.height - height * scale) / 2]
            .map { String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), max($0, 0) / 72) }.joined(separator: ",")
        _ = guanxi_set(UnsafeMutableRawPointer(graph), "pad", "0")
        _ = guanxi_set(UnsafeMutableRawPointer(graph), "margin", margin)
    }

    private enum LayoutOutcome {
        case laidOut(UnsafeMutablePointer<Agraph_t>)
        case failed(DiagramError, reason: String)
    }

    /// Reads DOT and lays it out with `engine` (and `splines`, when given). A layout during
    /// which Graphviz reported an error is neither used nor freed: Graphviz 2.42's `dot` frees
    /// spline memory twice after "triangulation failed", so its cleanup would abort the
    /// process; its memory is left to the process (a render in the layout worker ends with it).
    private static func layOut(_ dot: String, engine: LayoutEngine, splines: String?,
                               context: OpaquePointer) throws(DiagramError) -> LayoutOutcome {
        guard let graph = guanxi_read(dot) else {
            throw .graphviz(stage: "reading DOT", messages: takeMessages().errors)
        }
        if let splines { _ = guanxi_set(UnsafeMutableRawPointer(graph), "splines", splines) }
        // sfdp draws from the C library's generators before it seeds them from `start`, so
        // a layout would depend on the ones before it in this process: reset both.
        srand(layoutSeed)
        srand48(Int(layoutSeed))
        let status = gvLayout(context, graph, engine.rawValue)
        let messages = takeMessages()
        if status != 0 || !messages.errors.isEmpty {
            let error = DiagramError.graphviz(stage: "layout (\(engine.rawValue))", messages: messages.errors)
            return .failed(error, reason: messages.errors.first ?? "status \(status)")
        }
        return .laidOut(graph)
    }

    /// Renders a laid-out graph with Graphviz's device for `format`, freeing the buffer.
    private static func renderLaidOut(_ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer,
                                      format: OutputFormat) throws(DiagramError) -> [UInt8] {
        guard let device = format.graphvizDevice else { return [] }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, device, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            throw .graphviz(stage: "rendering \(format.rawValue)", messages: takeMessages().errors)
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// Runs the self-test (creating the context) and returns its verdict.
    func checkReady() throws(DiagramError) {
        try withContext { _ throws(DiagramError) in }
    }

    /// Set in the layout worker process, which ends right after its one render: its layouts
    /// are not freed. Graphviz 2.42's `dot` corrupts its own bookkeeping on some drawings
    /// (labelled edges within one rank: `flat_edges` keeps a pointer it has reallocated) and
    /// its cleanup then aborts the process; a process about to end need not clean up.
    nonisolated(unsafe) static var leavesLayouts = false

    /// The seed the C random generators are reset to before every layout.
    private static let layoutSeed: UInt32 = 7

    // MARK: - Helpers (caller holds the lock)

    private static func set(_ attributes: DiagramGraph.Attributes, on object: UnsafeMutableRawPointer,
                            root: UnsafeMutablePointer<Agraph_t>) {
        for (name, value) in attributes {
            switch value {
            case .plain(let text): _ = guanxi_set(object, name, text)
            case .html(let text): _ = guanxi_set_html(root, object, name, text)
            case .tooltip(let text):
                _ = guanxi_set(object, name, LabelText.tooltip(text))
                if text.count > LabelText.tooltipLimit { _ = guanxi_set(object, "id", LabelText.tooltipID(text)) }
            }
        }
    }

    /// `agwrite` into memory (`open_memstream`).
    private static func write(_ graph: UnsafeMutablePointer<Agraph_t>) throws(DiagramError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw .graphviz(stage: "writing DOT", messages: [String(cString: strerror(errno))])
        }
        let status = agwrite(graph, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw .graphviz(stage: "writing DOT", messages: takeMessages().errors)
        }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: size) {
            String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self)
        }
    }
}
