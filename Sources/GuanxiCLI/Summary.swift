import ArgumentParser
import Guanxi

/// `guanxi summary PATH`: the network at a glance.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The network at a glance: kinds, relations, people, structure, trust, one-sided pairs.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let summary = NetworkSummary(network)
        switch format {
        case .text: print(SummaryWriter.text(summary, of: network, language: language), terminator: "")
        case .json: print(SummaryWriter.json(summary, of: network), terminator: "")
        }
    }
}
