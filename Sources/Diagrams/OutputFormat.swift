/// What a render produces.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot

    /// The format a file name asks for by its extension (case-insensitive), if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// Graphviz's `format:renderer:device` for `gvRenderData`, named in full so the choice
    /// never depends on plugin priorities (SVG from the core renderer keeps text as text;
    /// PNG and PDF go through cairo and pango, which shape Chinese). `nil` for DOT, which is
    /// written by cgraph without a layout.
    var graphvizDevice: String? {
        switch self {
        case .svg: "svg:svg:core"
        case .png: "png:cairo:cairo"
        case .pdf: "pdf:cairo:cairo"
        case .dot: nil
        }
    }
}
