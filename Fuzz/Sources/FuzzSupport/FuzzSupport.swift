import Guanxi

/// What every target does with a read network: touch what a command would, so a reader
/// that builds something inconsistent fails here rather than later in a user's command.
public func exercise(_ outcome: NetworkReader.Outcome) {
    for diagnostic in outcome.diagnostics {
        _ = diagnostic.formatted(.zh)
        _ = diagnostic.formatted(.en)
    }
    guard let network = outcome.network else { return }
    _ = NetworkSummary(network)
}
