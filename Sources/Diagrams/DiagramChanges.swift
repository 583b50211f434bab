import Analysis
import TrustModel

/// What changed since an earlier version of the network, drawn on any view
/// (`guanxi render NEW --previous OLD`): nodes and ties added since then in bluish green and
/// marked "new", those since removed drawn faded and dashed (they are put back into the
/// drawing for the purpose), and ties whose trust moved labelled `0.40→0.70`.
///
/// ```swift
/// let (drawn, changes) = DiagramChanges.merging(Guanxi.diff(before, after))
/// var options = DiagramOptions(language: .zh)
/// options.changes = changes
/// let svg = try Diagram(drawn, view: .network, options: options).render(.svg).bytes
/// ```
public struct DiagramChanges: Sendable, Equatable {
    public enum TieStatus: Sendable, Equatable {
        case added
        case removed
        /// Trust moved from this value to the tie's own.
        case trust(from: Double)
    }

    /// Node indices (in the network drawn) of nodes added and removed.
    public var addedNodes: Set<Int32>
    public var removedNodes: Set<Int32>
    /// Tie index (in the network drawn) → what happened to it; unchanged ties are absent.
    public var ties: [Int: TieStatus]
    /// The earlier version, as the legend names it: its date, else its title.
    public var previous: String

    public init(addedNodes: Set<Int32> = [], removedNodes: Set<Int32> = [], ties: [Int: TieStatus] = [:], previous: String = "") {
        self.addedNodes = addedNodes
        self.removedNodes = removedNodes
        self.ties = ties
        self.previous = previous
    }

    /// The network to draw — the new one with the removed nodes and ties put back (after
    /// it, in the old network's order) — and the changes on it.
    /// - Complexity: O(n + m).
    public static func merging(_ diff: NetworkDiff) -> (network: TrustNetwork, changes: DiagramChanges) {
        let old = diff.old, new = diff.new
        var nodes = new.nodes
        var index: [String: Int32] = [:]
        for (i, node) in nodes.enumerated() { index[node.id] = Int32(i) }
        var changes = DiagramChanges(previous: old.date ?? old.title ?? "")
        for i in diff.addedNodes { changes.addedNodes.insert(i) }
        for i in diff.removedNodes {
            let node = old[i]
            index[node.id] = Int32(nodes.count)
            changes.removedNodes.insert(Int32(nodes.count))
            nodes.append(node)
        }
        var ties = new.ties
        for i in diff.addedTies { changes.ties[i] = .added }
        for change in diff.changedTies where change.trustChanged { changes.ties[change.new] = .trust(from: change.oldTrust) }
        for i in diff.removedTies {
            let tie = old.ties[i]
            guard let source = index[old[tie.source].id], let target = index[old[tie.target].id] else { continue }
            changes.ties[ties.count] = .removed
            ties.append(Tie(source: source, target: target, relation: tie.relation, trust: tie.trust, mutual: tie.mutual,
                            frequency: tie.frequency, value: tie.value, since: tie.since))
        }
        // The new network's nodes and ties plus the old network's removed ones, remapped by
        // id: nothing for the checks to refuse; on the impossible failure, the new network
        // is drawn without marks.
        guard let drawn = try? TrustNetwork(title: new.title, date: new.date, thresholds: new.thresholds, nodes: nodes, ties: ties,
                                            nodeAttributeNames: new.nodeAttributeNames) else {
            return (new, DiagramChanges())
        }
        return (drawn, changes)
    }

    static let green = "#117733"
    static let faded = "#AAAAAA"

    /// The words said inside a node drawn as added or removed.
    func lines(for item: Sketch.Item, _ language: Language) -> [String] {
        switch status(of: item) {
        case .added?: [language.pick("新增", "new")]
        case .removed?: [language.pick("已删除", "removed")]
        default: []
        }
    }

    /// Added or removed when the item's node (every member of a group) is.
    private func status(of item: Sketch.Item) -> TieStatus? {
        let members = item.node.map { [$0] } ?? item.members
        guard !members.isEmpty else { return nil }
        if members.allSatisfy(addedNodes.contains) { return .added }
        if members.allSatisfy(removedNodes.contains) { return .removed }
        return nil
    }

    /// An added node's green outline, a removed node's faded dashed look.
    func style(_ item: Sketch.Item, _ attributes: inout DiagramGraph.Attributes) {
        switch status(of: item) {
        case .added?:
            attributes.replace([("color", .plain(DiagramChanges.green)), ("penwidth", .plain("3"))])
        case .removed?:
            attributes.replace([("fillcolor", .plain("#FFFFFF")), ("fontcolor", .plain("#888888")),
                                ("color", .plain(DiagramChanges.faded)), ("style", .plain("filled,dashed"))])
        default: break
        }
    }

    /// A line all of whose ties were removed: faded and dashed; all added: green; trust
    /// moved: `0.40→0.70` beside it (and in the tooltip), for each tie that moved.
    func style(_ link: Sketch.Link, network: TrustNetwork, _ attributes: inout DiagramGraph.Attributes, _ language: Language) {
        let statuses = link.changedTies.compactMap { ties[$0] }
        guard !statuses.isEmpty else { return }
        if statuses.count == link.ties, statuses.allSatisfy({ $0 == .removed }) {
            attributes.replace([("color", .plain(DiagramChanges.faded)), ("fontcolor", .plain(DiagramChanges.faded)),
                                ("style", .plain("dashed")), ("penwidth", .plain("1"))])
            attributes.appendToTooltip(language.pick("（已删除）", " (removed)"))
            return
        }
        if statuses.count == link.ties, statuses.allSatisfy({ $0 == .added }) {
            attributes.replace([("color", .plain(DiagramChanges.green)), ("fontcolor", .plain(DiagramChanges.green))])
            attributes.appendToTooltip(language.pick("（新增）", " (new)"))
        }
        let moves = link.changedTies.compactMap { tie -> String? in
            guard case let .trust(from)? = ties[tie] else { return nil }
            return "\(Palette.number(from))→\(Palette.number(network.ties[tie].trust))"
        }
        guard !moves.isEmpty else { return }
        let text = moves.joined(separator: " ")
        // More than two moves on one line (a folded group's) are counted; the tooltip lists them.
        let label = moves.count <= 2 ? text : language.pick("\(moves.count) 条信任变化", "\(moves.count) trust changes")
        attributes.replace([("label", .html("<B>\(LabelText.html(label))</B>")), ("fontcolor", .plain(Palette.blue))])
        attributes.appendToTooltip(language.pick("；信任变化 ", "; trust moved ") + text)
    }

    /// The legend's lines for the changes.
    func keys(_ language: Language) -> [(text: String, color: String)] {
        let since = previous.isEmpty ? language.pick("上一期", "the previous version") : previous
        return [
            (language.pick("绿色粗框、绿线 = \(since) 之后新增", "green outline, green line = new since \(since)"), DiagramChanges.green),
            (language.pick("灰色虚框、灰色虚线 = \(since) 之后已删除", "grey dashed outline and line = removed since \(since)"), DiagramChanges.faded),
            (language.pick("“0.40→0.70” = 信任从 \(since) 的值变为现在的值", "\"0.40→0.70\" = trust then (\(since)) → now"), Palette.blue),
        ]
    }
}

extension [(name: String, value: DiagramGraph.Value)] {
    /// Sets attributes, replacing those of the same name.
    fileprivate mutating func replace(_ values: DiagramGraph.Attributes) {
        for (name, value) in values {
            if let i = firstIndex(where: { $0.name == name }) { self[i].value = value } else { append((name, value)) }
        }
    }

    fileprivate mutating func appendToTooltip(_ text: String) {
        guard let i = firstIndex(where: { $0.name == "tooltip" }) else { return }
        switch self[i].value {
        case let .plain(tooltip): self[i].value = .plain(tooltip + LabelText.tooltip(text))
        case let .tooltip(tooltip): self[i].value = .tooltip(tooltip + text)
        case .html: return
        }
    }
}
