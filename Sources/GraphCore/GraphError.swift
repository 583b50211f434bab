/// Errors raised while building a ``CSRGraph``.
public enum GraphError: Error, Sendable, Equatable {
    /// `nodeCount` was negative or does not fit in an `Int32` index.
    case invalidNodeCount(Int)
    /// Edge number `edge` names node `node`, which is outside `0..<nodeCount`.
    case nodeOutOfRange(edge: Int, node: Int32, nodeCount: Int)
}
