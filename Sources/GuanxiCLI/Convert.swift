import ArgumentParser
import Guanxi

/// `guanxi convert IN -o OUT`: any supported input to any supported output.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("在各种格式之间转换网络：读入 CSV 文件夹、.json、.xlsx、.graphml；写出 .json、.xlsx、.graphml、.gexf、CSV 文件夹或 Neo4j 导入文件。",
                    "Convert a network between formats: folder of CSV, .json, .xlsx, .graphml in; .json, .xlsx, .graphml, .gexf, a CSV folder or Neo4j import files out."),
        discussion: L("""
            输出格式按 OUT 的扩展名（.json、.xlsx、.graphml、.gexf）；其他路径视为 CSV 文件夹（nodes.csv、ties.csv、\
            network.json）。--format neo4j 在文件夹 OUT 中写出供 neo4j-admin database import 使用的 nodes.csv 与 \
            relationships.csv。输入有错误时不写出任何文件。
            """, """
            The output format follows OUT's extension (.json, .xlsx, .graphml, .gexf); any other \
            path is a folder of CSV files (nodes.csv, ties.csv, network.json). --format neo4j writes \
            nodes.csv and relationships.csv for neo4j-admin database import into the folder OUT. \
            Nothing is written when the input has errors.
            """))

    @Argument(help: SharedHelp.networkPath)
    var input: String

    @Option(name: [.short, .customLong("output")], help: H("写到哪里：一个文件（.json、.xlsx、.graphml、.gexf）或一个文件夹。",
                                                           "Where to write: a file (.json, .xlsx, .graphml, .gexf) or a folder."))
    var output: String

    @Option(help: H("输出格式（优先于 OUT 的扩展名）：json、xlsx、graphml、gexf、dot、csv 或 neo4j。",
                    "Output format, overriding OUT's extension: json, xlsx, graphml, gexf, dot, csv or neo4j."))
    var format: ExportFormat?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if format == nil, let ext = ExportFormat.otherKindOfFile(output) {
            throw ValidationError(ExportFormat.otherKindOfFileMessage(output, extension: ext, CLILanguage.current))
        }
    }

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
        // On standard output the network is the output; nothing else goes there.
        guard output != AtomicFile.standardOutput else { return }
        print(language.pick("已写入 \(output)（\(chosen.rawValue)）：\(network.nodes.count) 个节点、\(network.ties.count) 条关系",
                            "Wrote \(output) (\(chosen.rawValue)): \(network.nodes.count) nodes, \(network.ties.count) ties"))
    }
}

extension ExportFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
