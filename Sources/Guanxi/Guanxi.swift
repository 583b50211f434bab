@_exported import Formats
@_exported import TrustModel

/// Guanxi's public API: load a network, and (as the layers arrive) compute influence and
/// gaps, render views and write reports. The `guanxi` command is built on these calls only.
public enum Guanxi {
    /// Reading failed: every diagnostic (errors and warnings), and whether the input was
    /// missing or unreadable rather than wrong.
    public struct LoadFailure: Error, Sendable {
        public var diagnostics: [Diagnostic]
        public var inputUnavailable: Bool
    }

    /// A network read without errors, with the warnings found on the way.
    public struct Loaded: Sendable {
        public var network: TrustNetwork
        public var warnings: [Diagnostic]
    }

    /// Reads a network from a folder (`nodes.csv`, `ties.csv`, optional `network.json`) or
    /// a `.json` file.
    ///
    /// ```swift
    /// let loaded = try Guanxi.load("Datasets/ximarket")
    /// print(NetworkSummary(loaded.network).peopleRepresented)
    /// ```
    public static func load(_ path: String) throws(LoadFailure) -> Loaded {
        let outcome = NetworkReader.read(path: path)
        guard let network = outcome.network else {
            throw LoadFailure(diagnostics: outcome.diagnostics, inputUnavailable: outcome.inputUnavailable)
        }
        return Loaded(network: network, warnings: outcome.diagnostics)
    }
}
