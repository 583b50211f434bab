import TrustModel
import Formats

/// Why a diagram could not be drawn. Every case carries what a person needs to fix it;
/// ``message(_:)`` words it in Chinese or English.
public enum DiagramError: Error, Sendable, Equatable {
    /// Graphviz has no layout plugins: its plugin configuration is missing (run `dot -c`).
    case layoutPluginsMissing
    /// Graphviz lacks a plugin this render needs (a layout engine or an output device).
    case pluginMissing(kind: String, name: String)
    /// No font covering Chinese is installed, so labels would render as boxes.
    case chineseFontMissing(package: String)
    /// The view needs a centre node (`--center`) and none was given.
    case centerRequired(view: String)
    /// The centre (or an overlay's node) is not a node id of the network.
    case unknownNode(id: String)
    /// `--area` names no community, or several: why, as the node lookup says it.
    case areaLookup(NodeLookup.Failure)
    /// `--area` names a node that belongs to no community (a station, a street office, a
    /// district partner): the node, and a few communities there are.
    case notACommunity(node: NodeLookup.Mention, communities: [NodeLookup.Mention])
    /// A numeric option is out of its range (`--depth`, `--max-nodes`, `--timeout`).
    case invalidOption(name: String, value: String)
    /// Graphviz refused the graph or failed to lay it out or render it; its own messages.
    case graphviz(stage: String, messages: [String])
    /// The layout did not finish within the time limit.
    case timedOut(seconds: Double)
    /// The layout worker process failed (crashed, or could not be started).
    case workerFailed(reason: String)
    /// The output file could not be written.
    case cannotWrite(WriteError)

    /// The problem in the given language, one line.
    public func message(_ language: Language) -> String {
        switch self {
        case .layoutPluginsMissing:
            return language.pick(
                "Graphviz 找不到布局插件（插件配置缺失）：请以 root 运行 `dot -c` 后重试。",
                "Graphviz has no layout plugins (its plugin configuration is missing): run `dot -c` as root, then try again.")
        case let .pluginMissing(kind, name):
            return language.pick("Graphviz 缺少 \(kind) 插件“\(name)”：请安装 graphviz 的完整插件（Debian：libgvc6、libgvc6-plugins-gtk），再运行 `dot -c`。",
                                 "Graphviz lacks the \(kind) plugin \"\(name)\": install Graphviz's plugins (Debian: libgvc6, libgvc6-plugins-gtk), then run `dot -c`.")
        case let .chineseFontMissing(package):
            return language.pick("没有安装中文字体，图中的中文会显示成方框：请安装 \(package)（Debian：apt-get install \(package)）。",
                                 "No Chinese font is installed, so Chinese labels would render as boxes: install \(package) (Debian: apt-get install \(package)).")
        case let .centerRequired(view):
            return language.pick("视图 \(view) 需要用 --center 指定中心节点的编号。",
                                 "the \(view) view needs a centre node: give its id with --center.")
        case let .unknownNode(id):
            return language.pick("网络中没有编号为“\(id)”的节点。", "no node has the id \"\(id)\" in this network.")
        case let .areaLookup(failure):
            return failure.message(language)
        case let .notACommunity(node, communities):
            let listed = communities.map { $0.text(language) }.joined(separator: language.pick("、", ", "))
            let zh = "\(node.text(.zh))不属于任何社区：--area 请写社区居委会（或社区内的社工室、服务对象）的编号或名称"
            let en = "\(node.text(.en)) belongs to no community: give --area the id or name of a committee (or of an office or client in its community)"
            return language.pick(zh + (listed.isEmpty ? "。" : "，例如 \(listed)。"), en + (listed.isEmpty ? "." : ", e.g. \(listed)."))
        case let .invalidOption(name, value):
            return language.pick("选项 \(name) 的值“\(value)”无效。", "invalid value \"\(value)\" for \(name).")
        case let .graphviz(stage, messages):
            let detail = messages.isEmpty ? "" : "：" + messages.joined(separator: "；")
            let detailEn = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
            return language.pick("Graphviz 在\(stage)时出错\(detail)", "Graphviz failed during \(stage)\(detailEn)")
        case let .timedOut(seconds):
            let shown = seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
            return language.pick("布局超过 \(shown) 秒仍未完成，已停止：请少画一些（某个社工站的 ego 或生态图视图，或用 --max-nodes 调小上限：先把服务对象按社区合并，再把资源伙伴按社区和类型合并），或用 --timeout 放宽时限。",
                                 "the layout did not finish within \(shown) s and was stopped: draw less (the ego or ecomap view of one station, or a lower --max-nodes: clients fold by community, then partners by community and kind) or raise --timeout.")
        case let .workerFailed(reason):
            return language.pick("布局进程失败：\(reason)", "the layout process failed: \(reason)")
        case let .cannotWrite(error):
            return error.message(language)
        }
    }
}
