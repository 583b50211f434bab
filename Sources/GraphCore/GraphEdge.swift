/// One tie as the graph builders take it, independent of any model.
///
/// `source` and `target` are node indices in `0..<nodeCount`. `trust` is the
/// strength of the tie, expected in `(0, 1]`; a tie whose trust is not a finite
/// number greater than zero is recorded by the caller but carries nothing, and the
/// builders drop it. `mutual` makes the tie count in both directions in the flow graph.
public struct GraphEdge: Sendable, Hashable {
    public var source: Int32
    public var target: Int32
    public var trust: Double
    public var mutual: Bool

    public init(source: Int32, target: Int32, trust: Double, mutual: Bool = false) {
        self.source = source
        self.target = target
        self.trust = trust
        self.mutual = mutual
    }
}
