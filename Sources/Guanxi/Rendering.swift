@_exported import Diagrams

extension Guanxi {
    /// Draws a view of a network as SVG, PNG, PDF or DOT bytes.
    ///
    /// With a `worker` and a `timeout`, the layout runs in a child process that is killed
    /// when the time runs out (a Graphviz layout cannot be cancelled in process); without,
    /// it runs here, under Graphviz's process-wide lock.
    ///
    /// ```swift
    /// let loaded = try Guanxi.load("Datasets/ximarket")
    /// let png = try Guanxi.render(loaded.network, view: .ecomap(center: "ST"), as: .png).bytes
    /// ```
    /// - Throws: ``DiagramError``.
    public static func render(_ network: TrustNetwork, view: DiagramView, as format: OutputFormat,
                              options: DiagramOptions = DiagramOptions(),
                              worker: LayoutWorker? = nil, timeout: Double? = nil) throws(DiagramError) -> RenderedDiagram {
        let diagram = try Diagram(network, view: view, options: options)
        if let worker, let timeout {
            return try worker.render(diagram, as: format, timeout: timeout)
        }
        return try diagram.render(format)
    }

    /// Draws a view and writes it to `path` whole or not at all (a temporary file renamed
    /// into place); nothing is written when anything fails.
    /// - Throws: ``DiagramError``.
    @discardableResult
    public static func render(_ network: TrustNetwork, view: DiagramView, as format: OutputFormat,
                              to path: String, options: DiagramOptions = DiagramOptions(),
                              worker: LayoutWorker? = nil, timeout: Double? = nil) throws(DiagramError) -> RenderedDiagram {
        let rendered = try render(network, view: view, as: format, options: options, worker: worker, timeout: timeout)
        do {
            try AtomicFile.write(rendered.bytes, to: path)
        } catch {
            throw .cannotWrite(error)
        }
        return rendered
    }
}
