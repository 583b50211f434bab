import ArgumentParser
import Guanxi

/// `guanxi diff OLD NEW`: what changed between two versions of a network.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: L("同一网络两个版本（上一季度与本季度）之间的变化：节点、关系、信任、指标、影响力和问题。",
                    "What changed between two versions of a network (last quarter and this one): nodes, ties, trust, measures, influence and findings."),
        discussion: L("""
            OLD 与 NEW 可以是不同格式、不同语言。节点按编号对应；关系按（起点、终点、关系）对应，关系按其关键词\
            （支持 = support）；反方向写的双向关系视为同一条。问题按类别和所涉及的节点对应。格式取 --format，否则按 -o \
            的扩展名（.json、.csv、.xlsx），否则为文字。
            """, """
            OLD and NEW may be in different formats and languages. Nodes are matched by id; ties by \
            (source, target, relation), the relation by its keyword (支持 = support); a mutual tie \
            written the other way round is the same tie. Findings are matched by kind and the node \
            each is about. The format comes from --format, else from the -o extension (.json, .csv, \
            .xlsx), else text.
            """))

    @Argument(help: H("较早的网络（含 nodes.csv 与 ties.csv 的文件夹，或一个 .json、.xlsx 或 .graphml 文件）。",
                      "The earlier network (a folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file)."))
    var old: String

    @Argument(help: H("较晚的网络，Guanxi 能读的任何格式。", "The later network, in any format Guanxi reads."))
    var new: String

    @Option(help: H("每个指标列出变化最大的几个节点。", "Largest influence moves listed per measure."))
    var movers = 10

    @OptionGroup var output: TableOutputOptions

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard movers >= 0 else { throw ValidationError(L("--movers 不能小于 0", "--movers must be 0 or more")) }
    }

    func run() throws {
        let before = try loadOrExit(old, options: options).loaded.network
        let (loaded, language) = try loadOrExit(new, options: options)
        let format = try output.chosen(language: language)
        let diff = Guanxi.diff(before, loaded.network, options: .init(movers: movers))
        try output.write(format, language: language, text: { DiffWriter.text(diff, language: language) },
                         json: { DiffWriter.json(diff) }, tables: { DiffWriter.tables(diff, language: language) })
    }
}
