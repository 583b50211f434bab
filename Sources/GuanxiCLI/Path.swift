import ArgumentParser
import Guanxi

/// `guanxi path PATH FROM TO`: the most trusted path between two partners.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: L("两个节点之间最可信的路径（每条关系的信任及其乘积），以及按距离 1/信任 最短而不同的那一条。",
                    "The most trusted path between two nodes (each tie's trust and the product), and the shortest path by distance 1/trust when it differs."),
        discussion: L("FROM 与 TO 可写编号、名称，或只属于一个节点的名称片段（如“妇联”）；写得不够明确时会列出可能的节点。-o 路径.xlsx 或 --format csv 每一步一行。",
                      "FROM and TO may be ids, names, or a fragment of exactly one node's name; when unclear, the candidates are listed. -o path.xlsx or --format csv give one row per step."))

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Argument(help: H("起点：编号、名称或名称的一部分。", "Where to start: an id, a name or part of a name."))
    var from: String

    @Argument(help: H("终点：编号、名称或名称的一部分。", "Where to end: an id, a name or part of a name."))
    var to: String

    @OptionGroup var output: TableOutputOptions

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let format = try output.chosen(json: false, language: language)
        let start = network[try resolveOrExit(from, in: network, language: language)].id
        let end = network[try resolveOrExit(to, in: network, language: language)].id
        let query: PathQuery
        do {
            query = try PathQuery.find(in: network, from: start, to: end)
        } catch {
            let message: String
            switch error {
            case let .unknownNode(id): message = language.pick("没有编号为“\(id)”的节点", "no node has the id \"\(id)\"")
            case let .sameNode(id): message = language.pick("起点和终点都是“\(id)”", "\"\(id)\" is both the start and the end")
            case let .unreachable(from, to):
                message = language.pick("“\(from)”与“\(to)”之间没有任何信任路径", "no path of trust links \"\(from)\" and \"\(to)\"")
            }
            StandardError.write("guanxi: error: \(message)\n")
            if case .unreachable = error { throw ExitCode(1) }
            throw ExitCode(64)
        }
        let names = NodeNames(network, language: language, anonymize: anonymize)
        try output.write(format, language: language,
                         text: { QueryWriter.path(query, language: language, names: names) },
                         tables: { ResultTables.path(query, names: names, language: language) })
    }
}
