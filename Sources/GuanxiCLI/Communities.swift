import ArgumentParser
import Guanxi

/// `guanxi communities PATH`: tightly knit groups by trust, against the recorded areas.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Communities by trust (Louvain, seeded) with their members, the modularity, and how they line up with the recorded areas.")

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(help: "Seed of the Louvain method: the same seed gives the same communities.")
    var seed: UInt64 = 42

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let alignment = CommunityAlignment.compute(network, seed: seed)
        print(QueryWriter.communities(alignment, of: network, language: language, names: NodeNames(network, language: language, anonymize: anonymize)), terminator: "")
    }
}
