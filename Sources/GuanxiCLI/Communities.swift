import ArgumentParser
import Guanxi

/// `guanxi communities PATH`: tightly knit groups by trust, against the recorded areas.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: L("按信任划分的社群（Louvain，固定种子）及其成员、模块度，以及与登记社区（area）的吻合程度。",
                    "Communities by trust (Louvain, seeded) with their members, the modularity, and how they line up with the recorded areas."),
        discussion: L("-o 社群.xlsx 写出两张表：每个社群一行，每个节点一行；--format csv 写出成员表。",
                      "-o communities.xlsx writes two sheets: a row per community and a row per node; --format csv writes the members."))

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(help: H("Louvain 的随机种子：同一种子得到同样的社群。", "Seed of the Louvain method: the same seed gives the same communities."))
    var seed: UInt64 = 42

    @OptionGroup var output: TableOutputOptions

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let format = try output.chosen(json: false, language: language)
        let alignment = CommunityAlignment.compute(network, seed: seed)
        let names = NodeNames(network, language: language, anonymize: anonymize)
        try output.write(format, language: language,
                         text: { QueryWriter.communities(alignment, of: network, language: language, names: names) },
                         tables: { ResultTables.communities(alignment, of: network, names: names, language: language) })
    }
}
