import TrustModel

/// A view of a network, ready to render: its DOT text (what Graphviz lays out, and what
/// `--format dot` writes) and the layout engine chosen for it. On a page (``DiagramOptions/page``)
/// the view is drawn at every fold stage, from everything to the most folded, and the render
/// lays them out in turn until one fits the paper with every text at 7 pt or more (and, for
/// the network, gaps and ego views, few enough crossing lines).
///
/// ```swift
/// let diagram = try Diagram(network, view: .ecomap(center: "ST"), options: DiagramOptions(language: .zh))
/// let svg = try diagram.render(.svg).bytes
/// ```
public struct Diagram: Sendable {
    public let view: DiagramView
    /// The DOT of the most detailed drawing (on a page, the most detailed that is worth
    /// trying), written by cgraph; valid input to the `dot` command (its `layout` attribute
    /// names the engine). ``render(_:)`` with `.dot` gives the drawing chosen for the page.
    public var dot: String { (plan.candidates.first { !$0.dot.isEmpty } ?? plan.candidates[0]).dot }
    public var engine: LayoutEngine { (plan.candidates.first { !$0.dot.isEmpty } ?? plan.candidates[0]).engine }
    /// Nodes drawn in the most detailed drawing (a folded group counts once).
    public let nodeCount: Int
    /// Clients folded into groups in the most detailed drawing, 0 when nothing was folded.
    public let foldedClients: Int
    /// The date written into PDFs as their creation date: the network's date, else a fixed one.
    let pdfDate: String
    /// The drawings to try and the paper.
    let plan: LayoutPlan
    /// Tooltips too long for DOT, by the node `id` they are put back under in SVG
    /// (``LabelText/restoringTooltips(_:_:)``).
    let longTooltips: [String: String]

    /// Draws `view` of `network`: chooses the nodes, folds clients past `options.maxNodes`
    /// (and, on a page, at every further stage), styles everything and writes DOT through
    /// cgraph.
    /// - Throws: ``DiagramError/unknownNode(id:)`` for a centre, area or overlay id not in the
    ///   network; ``DiagramError/invalidOption(name:value:)`` for a bad depth or node limit;
    ///   Graphviz's self-test errors (plugins, Chinese font).
    /// - Complexity: O(V + E) per fold stage plus cgraph's dictionary costs; labels are
    ///   measured by Graphviz (no layout search) for drawings Guanxi places itself.
    public init(_ network: TrustNetwork, view: DiagramView, options: DiagramOptions = DiagramOptions()) throws(DiagramError) {
        guard options.maxNodes >= 1 else { throw .invalidOption(name: "--max-nodes", value: String(options.maxNodes)) }
        guard (18...1200).contains(options.dpi) else { throw .invalidOption(name: "--dpi", value: String(options.dpi)) }
        let homes = Homes(network)
        let fit = options.page.map { _ in PageFit(options) }
        var stages: [Sketch.FoldStage] = fit == nil ? [.none]
            : [.none, .clientsByArea, .partnersByAreaAndKind, .communities, .stations]
        // A city of several districts: last, each district as one node.
        if fit != nil, homes.headStations > 1 { stages.append(.districts) }
        var drawings: [Drawing] = []
        let limit = LayoutPlan.tryLimit(fit)
        for (number, stage) in stages.enumerated() {
            // On a page, a stage far too big to try is only counted (the last is always drawn).
            let outline = fit != nil && number < stages.count - 1 ? limit : nil
            let drawing: Drawing
            switch view {
            case .network: drawing = try NetworkView.draw(network, options: options, stage: stage, homes: homes, outlineAbove: outline).0
            case .hierarchy:
                // Layered by `dot`; on a page, then in rows placed by Guanxi, which wrap where
                // a district's stations would not fit side by side.
                drawing = HierarchyView.draw(network, options: options, stage: stage, homes: homes)
                if fit != nil, options.engine == nil, drawings.last.map({ $0.nodeCount != drawing.nodeCount }) ?? true {
                    drawings.append(drawing)
                    drawings.append(try HierarchyView.drawInRows(network, options: options, stage: stage, homes: homes))
                    continue
                }
            case .ecomap(let center):
                drawing = try EcomapView.draw(network, center: center, options: options, stage: stage, homes: homes,
                                              outlineAbove: outline)
            case .ego(let center, let depth):
                drawing = try EgoView.draw(network, center: center, depth: depth, options: options, stage: stage, homes: homes,
                                           outlineAbove: outline)
            case .gaps(let overlay):
                drawing = try GapsView.draw(network, overlay: overlay, options: options, stage: stage, homes: homes,
                                            outlineAbove: outline)
            case .community(let area):
                drawing = try CommunityView.draw(network, area: area, options: options, stage: stage, homes: homes,
                                                 outlineAbove: outline)
            }
            // A stage that folds nothing more draws the same picture.
            if let last = drawings.last, last.nodeCount == drawing.nodeCount { continue }
            drawings.append(drawing)
        }
        self.view = view
        nodeCount = drawings[0].nodeCount
        foldedClients = drawings[0].folding?.clients ?? 0
        pdfDate = PDFDate.pdfString(isoDate: network.date)
        var candidates: [LayoutPlan.Candidate] = []
        let lines = Double(drawings[0].lines)
        for (number, drawing) in drawings.enumerated() {
            // Drawings too big for the paper are not even written, except the first (for `dot`)
            // and the last (drawn when nothing fits).
            let last = number == drawings.count - 1
            let needed = !drawing.isOutline && (number == 0 || last || drawing.nodeCount <= limit)
            let text = needed ? try Graphviz.shared.dotText(of: drawing.graph) : ""
            let crossings = fit == nil ? nil : drawing.crossingsPerLine.map { Int(($0 * lines).rounded()) }
            let tried = needed && (last || !drawing.lastResort || fit == nil)
            candidates.append(.init(dot: text, engine: drawing.engine, nodeCount: tried ? drawing.nodeCount : .max,
                                    crossingLimit: crossings))
        }
        plan = LayoutPlan(candidates: candidates, fit: fit, language: options.language)
        var longTooltips: [String: String] = [:]
        for drawing in drawings {
            for node in drawing.graph.nodes {
                for (name, value) in node.attributes where name == "tooltip" {
                    if case let .tooltip(text) = value, text.count > LabelText.tooltipLimit {
                        longTooltips[LabelText.tooltipID(text)] = text
                    }
                }
            }
        }
        self.longTooltips = longTooltips
    }

    /// What a render gives the reader: SVG with every long tooltip whole.
    func finished(_ rendered: RenderedDiagram, _ format: OutputFormat) -> RenderedDiagram {
        guard format == .svg, !longTooltips.isEmpty else { return rendered }
        return RenderedDiagram(bytes: LabelText.restoringTooltips(rendered.bytes, longTooltips), warnings: rendered.warnings)
    }

    /// Lays the diagram out and renders it in this process. Byte-identical for the same
    /// network, view and options (a PDF's creation date is fixed to ``pdfDate``).
    /// - Complexity: that of the layout engine; see ``LayoutEngine``.
    public func render(_ format: OutputFormat) throws(DiagramError) -> RenderedDiagram {
        finished(try Self.render(plan, format: format, pdfDate: pdfDate), format)
    }

    /// Renders a plan: what ``render(_:)`` and the layout worker process do.
    static func render(_ plan: LayoutPlan, format: OutputFormat, pdfDate: String, firstFallback: Int = 0) throws(DiagramError) -> RenderedDiagram {
        let rendered = try Graphviz.shared.render(plan, format: format, firstFallback: firstFallback)
        var bytes = rendered.bytes
        if format == .pdf { bytes = PDFDate.fixCreationDate(bytes, to: pdfDate) }
        return RenderedDiagram(bytes: bytes, warnings: rendered.warnings)
    }

    /// The pages that follow a view's own in a PDF on paper: after the whole network, one
    /// page per community (each community's view: its committee, office, every client and the
    /// partners that serve them), so what the overview folds is printed in full — for a
    /// network of 2 to ``communityPageLimit`` communities. None for other views.
    public static func followingPages(_ view: DiagramView, in network: TrustNetwork) -> [DiagramView] {
        guard view == .network else { return [] }
        let committees = network.nodes.filter { $0.kind == .committee }
        guard (2...communityPageLimit).contains(committees.count) else { return [] }
        return committees.map { .community(area: $0.id) }
    }

    /// Past this many communities a PDF holds the overview only (a city would need hundreds of
    /// pages: draw its communities one by one with `--view community`).
    public static let communityPageLimit = 40

    /// Checks that Graphviz is ready (layout plugins, output devices, a Chinese font).
    public static func checkGraphviz() throws(DiagramError) {
        try Graphviz.shared.checkReady()
    }
}

/// A rendered diagram: the file's bytes and any warnings Graphviz gave on the way (and one
/// line for each layout that fell back to a simpler one).
public struct RenderedDiagram: Sendable {
    public let bytes: [UInt8]
    public let warnings: [String]

    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }
}
