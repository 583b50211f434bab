import ArgumentParser
import Guanxi

/// `guanxi path PATH FROM TO`: the most trusted path between two partners.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The most trusted path between two nodes (each tie's trust and the product), and the shortest path by distance 1/trust when it differs.")

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Argument(help: "Id of the node to start from.")
    var from: String

    @Argument(help: "Id of the node to reach.")
    var to: String

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let start = network[try resolveOrExit(from, in: network, language: language)].id
        let end = network[try resolveOrExit(to, in: network, language: language)].id
        do {
            let query = try PathQuery.find(in: network, from: start, to: end)
            print(QueryWriter.path(query, language: language, names: NodeNames(network, language: language, anonymize: anonymize)), terminator: "")
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
    }
}
