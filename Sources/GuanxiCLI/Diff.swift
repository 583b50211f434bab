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

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, xlsx }

    @Argument(help: H("较早的网络（含 nodes.csv 与 ties.csv 的文件夹，或一个 .json、.xlsx 或 .graphml 文件）。",
                      "The earlier network (a folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file)."))
    var old: String

    @Argument(help: H("较晚的网络，Guanxi 能读的任何格式。", "The later network, in any format Guanxi reads."))
    var new: String

    @Option(help: H("输出格式：text、json、csv 或 xlsx（默认：按 -o 的扩展名，否则为 text）。",
                    "Output format: text, json, csv or xlsx (default: from the -o extension, else text)."))
    var format: Format?

    @Option(help: H("每个指标列出变化最大的几个节点。", "Largest influence moves listed per measure."))
    var movers = 10

    @Option(name: [.short, .customLong("output")], help: SharedHelp.output)
    var output: String?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard movers >= 0 else { throw ValidationError(L("--movers 不能小于 0", "--movers must be 0 or more")) }
        if chosenFormat == .xlsx, output == nil {
            throw ValidationError(L("--format xlsx 需要 -o 文件名.xlsx", "--format xlsx needs -o FILE.xlsx"))
        }
    }

    var chosenFormat: Format {
        if let format { return format }
        let name = output?.lowercased() ?? ""
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".xlsx") { return .xlsx }
        return .text
    }

    func run() throws {
        let before = try loadOrExit(old, options: options).loaded.network
        let (loaded, language) = try loadOrExit(new, options: options)
        let after = loaded.network
        let diff = Guanxi.diff(before, after, options: .init(movers: movers))
        let bytes: [UInt8]
        switch chosenFormat {
        case .text: bytes = Array(DiffWriter.text(diff, language: language).utf8)
        case .json: bytes = Array(DiffWriter.json(diff).utf8)
        case .csv: bytes = DiffWriter.csv(diff, language: language)
        case .xlsx:
            do {
                bytes = try DiffWriter.workbook(diff, language: language)
            } catch {
                StandardError.write("guanxi: error: \(error.message(language))\n")
                throw Exit.cannotCreate
            }
        }
        try emit(bytes, to: output, language: language)
    }
}
