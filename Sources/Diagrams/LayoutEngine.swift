/// The Graphviz layout programs Guanxi uses. `fdp` is left out on purpose: it is not
/// reproducible in process (its random start is not reset between layouts).
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Layered (Sugiyama) drawing: hierarchies.
    case dot
    /// Radial drawing around a root.
    case twopi
    /// Scalable force-directed placement (multilevel): networks beyond a few hundred nodes.
    case sfdp
    /// Nodes where Guanxi put them (`nop`: every position given in points), lines drawn
    /// straight or routed around the nodes: the network, community and gaps views
    /// (``BlockLayout``), ecomaps and ego networks on rings (``RadialLayout``).
    case pinned = "nop"
}
