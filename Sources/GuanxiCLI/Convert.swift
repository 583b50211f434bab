import ArgumentParser
import Guanxi

/// `guanxi convert IN -o OUT`: any supported input to any supported output.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a network between formats: folder of CSV, .json, .xlsx, .graphml in; .json, .xlsx, .graphml, .gexf, a CSV folder or Neo4j import files out.",
        discussion: """
            The output format follows OUT's extension (.json, .xlsx, .graphml, .gexf); any other \
            path is a folder of CSV files (nodes.csv, ties.csv, network.json). --format neo4j writes \
            nodes.csv and relationships.csv for neo4j-admin database import into the folder OUT. \
            Nothing is written when the input has errors.
            """)

    @Argument(help: SharedHelp.networkPath)
    var input: String

    @Option(name: [.short, .customLong("output")], help: "Where to write: a file (.json, .xlsx, .graphml, .gexf) or a folder.")
    var output: String

    @Option(help: "Output format, overriding OUT's extension: json, xlsx, graphml, gexf, dot, csv or neo4j.")
    var format: ExportFormat?

    @OptionGroup var options: LanguageOption

    func run() throws {
        let chosen = format ?? ExportFormat.inferred(from: output)
        let (loaded, language) = try loadOrExit(input, options: options)
        let network = loaded.network
        do {
            try Guanxi.write(network, to: output, format: chosen, language: language)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw Exit.cannotCreate
        }
        print(language.pick("已写入 \(output)（\(chosen.rawValue)）：\(network.nodes.count) 个节点、\(network.ties.count) 条关系",
                            "Wrote \(output) (\(chosen.rawValue)): \(network.nodes.count) nodes, \(network.ties.count) ties"))
    }
}

extension ExportFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
