/// The Graphviz layout programs Guanxi uses. `fdp` is left out on purpose: it is not
/// reproducible in process (its random start is not reset between layouts).
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered (Sugiyama) drawing: hierarchies and small clustered networks.
    case dot
    /// Radial drawing around a root: ecomaps and ego networks.
    case twopi
    /// Scalable force-directed placement (multilevel): networks beyond a few hundred nodes.
    case sfdp
    /// Nodes where Guanxi put them (every position pinned), lines drawn straight: ecomaps
    /// and ego networks on rings (``RadialLayout``).
    case neato
}
