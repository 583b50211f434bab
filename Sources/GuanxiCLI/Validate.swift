import ArgumentParser
import Guanxi

/// `guanxi validate PATH`: every problem in the data, then a one-line verdict.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("检查网络数据文件，列出每个问题及其位置（文件:行:列，或工作表!单元格）。",
                    "Check a network's files and report every problem with its file:line:column (or sheet!cell)."))

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @OptionGroup var options: LanguageOption

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let warnings = loaded.warnings.count
        let counts = language == .zh
            ? "\(network.nodes.count) 个节点、\(network.ties.count) 条关系、代表 \(network.peopleRepresented) 人"
            : "\(network.nodes.count) nodes, \(network.ties.count) ties, \(network.peopleRepresented) people represented"
        let verdict: String
        if warnings == 0 {
            verdict = language == .zh ? "通过：\(path)（\(counts)），没有问题。" : "OK: \(path) (\(counts)), no problems."
        } else {
            verdict = language == .zh
                ? "通过：\(path)（\(counts)），有 \(warnings) 条警告。"
                : "OK: \(path) (\(counts)), \(warnings) warning\(warnings == 1 ? "" : "s")."
        }
        print(verdict)
    }
}
