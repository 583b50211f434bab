import GraphCore

/// Influence measures: one per file under `Influence/`, each a static function on
/// this namespace that takes a ``GraphCore/CSRGraph`` and returns one value per
/// node (index `v` is node `v`). No function returns NaN: undefined values are
/// `nil` (Optional) and documented as such.
public enum Influence {}

/// Scores from an iterative eigen-solver (power iteration, or Lanczos for eigenvector
/// centrality on an undirected graph), with how it ended.
public struct PowerIterationResult: Sendable, Equatable {
    /// One score per node.
    public var scores: [Double]
    /// Iterations performed: power iterations, or for the Lanczos method of
    /// ``Influence/eigenvectorCentrality(_:tolerance:maxIterations:)`` on an undirected
    /// graph, matrix–vector products (its Lanczos steps and the final power-step check).
    public var iterations: Int
    /// Whether the convergence test passed within the iteration limit. When `false`
    /// the scores are the last iterate (networkx raises
    /// `PowerIterationFailedConvergence` instead).
    public var converged: Bool

    public init(scores: [Double], iterations: Int, converged: Bool) {
        self.scores = scores
        self.iterations = iterations
        self.converged = converged
    }
}

/// Errors raised by analyses given inconsistent inputs.
public enum AnalysisError: Error, Sendable, Equatable {
    /// A per-node array had `actual` entries for a graph of `expected` nodes.
    case sizeMismatch(expected: Int, actual: Int)
    /// A community label was negative.
    case negativeLabel(node: Int)
}
