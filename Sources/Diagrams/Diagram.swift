import TrustModel

/// A view of a network, ready to render: its DOT text (what Graphviz lays out, and what
/// `--format dot` writes) and the layout engine chosen for it.
///
/// ```swift
/// let diagram = try Diagram(network, view: .ecomap(center: "ST"), options: DiagramOptions(language: .zh))
/// let svg = try diagram.render(.svg).bytes
/// ```
public struct Diagram: Sendable {
    public let view: DiagramView
    /// The graph in DOT, written by cgraph; valid input to the `dot` command (its `layout`
    /// attribute names the engine).
    public let dot: String
    public let engine: LayoutEngine
    /// Nodes drawn (a folded group counts once).
    public let nodeCount: Int
    /// Clients folded into groups, 0 when nothing was folded.
    public let foldedClients: Int
    /// The date written into PDFs as their creation date: the network's date, else a fixed one.
    let pdfDate: String

    /// Draws `view` of `network`: chooses the nodes, folds clients past `options.maxNodes`,
    /// styles everything and writes DOT through cgraph.
    /// - Throws: ``DiagramError/unknownNode(id:)`` for a centre or overlay id not in the
    ///   network; ``DiagramError/invalidOption(name:value:)`` for a bad depth or node limit;
    ///   Graphviz's self-test errors (plugins, Chinese font).
    /// - Complexity: O(V + E) plus cgraph's dictionary costs; no layout happens here.
    public init(_ network: TrustNetwork, view: DiagramView, options: DiagramOptions = DiagramOptions()) throws(DiagramError) {
        guard options.maxNodes >= 1 else { throw .invalidOption(name: "--max-nodes", value: String(options.maxNodes)) }
        guard (18...1200).contains(options.dpi) else { throw .invalidOption(name: "--dpi", value: String(options.dpi)) }
        let drawing: Drawing
        switch view {
        case .network: drawing = NetworkView.draw(network, options: options).0
        case .hierarchy: drawing = HierarchyView.draw(network, options: options)
        case .ecomap(let center): drawing = try EcomapView.draw(network, center: center, options: options)
        case .ego(let center, let depth): drawing = try EgoView.draw(network, center: center, depth: depth, options: options)
        case .gaps(let overlay): drawing = try GapsView.draw(network, overlay: overlay, options: options)
        }
        self.view = view
        engine = drawing.engine
        nodeCount = drawing.nodeCount
        foldedClients = drawing.folding?.clients ?? 0
        pdfDate = PDFDate.pdfString(isoDate: network.date)
        dot = try Graphviz.shared.dotText(of: drawing.graph)
    }

    /// Lays the diagram out and renders it in this process. Byte-identical for the same
    /// network, view and options (a PDF's creation date is fixed to ``pdfDate``).
    /// - Complexity: that of the layout engine; see ``LayoutEngine``.
    public func render(_ format: OutputFormat) throws(DiagramError) -> RenderedDiagram {
        try Self.render(dot: dot, engine: engine, format: format, pdfDate: pdfDate)
    }

    /// Renders DOT text: what ``render(_:)`` and the layout worker process do.
    static func render(dot: String, engine: LayoutEngine, format: OutputFormat, pdfDate: String) throws(DiagramError) -> RenderedDiagram {
        var (bytes, warnings) = try Graphviz.shared.render(dot: dot, engine: engine, format: format)
        if format == .pdf { bytes = PDFDate.fixCreationDate(bytes, to: pdfDate) }
        return RenderedDiagram(bytes: bytes, warnings: warnings)
    }

    /// Checks that Graphviz is ready (layout plugins, output devices, a Chinese font).
    public static func checkGraphviz() throws(DiagramError) {
        try Graphviz.shared.checkReady()
    }
}

/// A rendered diagram: the file's bytes and any warnings Graphviz gave on the way.
public struct RenderedDiagram: Sendable {
    public let bytes: [UInt8]
    public let warnings: [String]
}
