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
        let rendered = if let worker, let timeout { try worker.render(diagram, as: format, timeout: timeout) }
            else { try diagram.render(format) }
        // On paper, a PDF of the whole network goes on with a page per community.
        let following = format == .pdf && options.page != nil ? Diagram.followingPages(view, in: network) : []
        guard !following.isEmpty else { return rendered }
        var pages = [rendered.bytes]
        var warnings = rendered.warnings
        for page in following {
            let more = try render(network, view: page, as: .pdf, options: options, worker: worker, timeout: timeout)
            pages.append(more.bytes)
            warnings += more.warnings
        }
        guard let joined = PDFPages.merge(pages) else {
            return RenderedDiagram(bytes: rendered.bytes, warnings: warnings + [options.language.pick(
                "社区分页未能并入 PDF，只写出了总览页。", "the community pages could not be joined into the PDF; the overview page alone was written.")])
        }
        return RenderedDiagram(bytes: joined, warnings: warnings)
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
