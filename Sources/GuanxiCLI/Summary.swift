import ArgumentParser
import Guanxi

/// `guanxi summary PATH`: the network at a glance.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("网络概况：各类节点与关系的数量、代表人数、结构、信任分布、单向信任的伙伴对。",
                    "The network at a glance: kinds, relations, people, structure, trust, one-sided pairs."),
        discussion: L("-o 概况.xlsx 写出工作簿（概况、节点类型、关系类型、单向信任、孤立节点各一张表）；--format csv 写出概况一表；json 供脚本使用。",
                      "-o summary.xlsx writes a workbook (figures, kinds, relations, one-sided pairs, isolated nodes, a sheet each); --format csv writes the figures; json is for scripts."))

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @OptionGroup var output: TableOutputOptions

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let format = try output.chosen(language: language)
        let summary = NetworkSummary(network)
        try output.write(format, language: language,
                         text: { SummaryWriter.text(summary, of: network, language: language) },
                         json: { SummaryWriter.json(summary, of: network) },
                         tables: { ResultTables.summary(summary, of: network, language: language) })
    }
}
