import GraphCore
import TrustModel

/// **Single point of failure** (DESIGN §4 gap 6): a partner whose loss would cut a station
/// off from clients or from resource holders — an articulation point of the structural
/// graph, seen from each station. The ties that are the only link (bridges) are named in
/// the explanation. Social work posts themselves are not reported: an office that alone
/// links its clients is the station's own arm, not a partner it depends on.
///
/// Each station is searched within its own catchment — the nodes for which it is the most
/// trusted station (the context's multi-source search; every node on a station's most trusted
/// path to one of them belongs to the same station, so a catchment hangs together). A partner
/// is reported when its loss cuts the station off from its own people or holders inside its
/// own area of work; the searches then cover the network once in all, not once per station.
///
/// For each station, one depth-first search gives every separator at once: a child `c` of
/// `v` in the DFS tree with `low[c] ≥ disc[v]` is cut off from the root when `v` goes
/// (Tarjan 1972; Hopcroft & Tarjan 1973), and its subtree is a contiguous run of the DFS
/// order, so people and holders cut off come from prefix sums.
///
/// - Score: people cut off (client `size`) plus one per resource holder cut off, taking the
///   worst station.
/// - Severity: high from 10 people or any resource holder cut off; medium otherwise.
/// - Complexity: O(n + m) over all stations together.
public enum SinglePointOfFailure {
    struct Loss {
        var stations: [Int32] = []
        var people = 0
        var holders = 0
        /// Roots of the cut-off subtrees seen from the worst station, with their sizes.
        var cutOff: [Int32] = []
    }

    public static func findings(_ context: GapContext) -> [Finding] {
        let graph = context.structural
        let n = graph.nodeCount
        var people = [Int](repeating: 0, count: n)
        var holder = [Int](repeating: 0, count: n)
        for (i, node) in context.nodes.enumerated() {
            people[i] = node.people
            if !node.resources.isEmpty && !node.kind.isSocialWorkPost && node.kind != .client { holder[i] = 1 }
        }
        var losses: [Int32: Loss] = [:]
        var search = SeparatorSearch(nodeCount: n)
        for station in context.stations.isEmpty ? context.posts : context.stations {
            search.run(graph, root: Int(station), people: people, holders: holder,
                       within: { context.nearestStation[$0] == station })
            for (separator, children) in search.cutChildren where !context.node(Int32(separator)).kind.isSocialWorkPost {
                var lostPeople = 0, lostHolders = 0, roots: [Int32] = []
                for child in children {
                    lostPeople += search.subtreeSum(of: child, search.peoplePrefix)
                    lostHolders += search.subtreeSum(of: child, search.holderPrefix)
                    roots.append(Int32(child))
                }
                guard lostPeople > 0 || lostHolders > 0 else { continue }
                var loss = losses[Int32(separator)] ?? Loss()
                loss.stations.append(station)
                if lostPeople + lostHolders > loss.people + loss.holders {
                    loss.people = lostPeople
                    loss.holders = lostHolders
                    loss.cutOff = search.members(of: roots, limit: 12)
                }
                losses[Int32(separator)] = loss
            }
        }
        return losses.keys.sorted().compactMap { separator in
            guard let loss = losses[separator] else { return nil }
            return finding(context, separator: separator, loss: loss)
        }
    }

    private static func finding(_ c: GapContext, separator: Int32, loss: Loss) -> Finding {
        let name = c.name(separator)
        let clients = loss.cutOff.filter { c.node($0).kind == .client }
        let holders = loss.cutOff.filter { c.resourceHolders.contains($0) }
        let bridges = loss.cutOff.filter { c.directTrust(separator, $0) != nil }
        let stations = c.names(loss.stations, .zh), stationsEn = c.names(loss.stations, .en)
        var zh = "一旦失去\(name)，\(stations)就联系不到 "
        var en = "If \(name) were lost, \(stationsEn) would be cut off from"
        var partsZh: [String] = [], partsEn: [String] = []
        if loss.people > 0 {
            partsZh.append("\(loss.people) 名服务对象（\(c.names(clients, .zh))）")
            partsEn.append("\(loss.people) people (\(c.names(clients, .en)))")
        }
        if loss.holders > 0 {
            partsZh.append("\(loss.holders) 个资源伙伴（\(c.names(holders, .zh))）")
            partsEn.append("\(loss.holders) resource holder\(loss.holders == 1 ? "" : "s") (\(c.names(holders, .en)))")
        }
        zh += partsZh.joined(separator: "和 ") + "：它们只经由\(name)与网络相连"
        en += partsEn.joined(separator: " and ") + ": they are linked to the network only through \(name)"
        if !bridges.isEmpty {
            zh += "（唯一的联系：" + bridges.map { "\(name)—\(c.name($0))" }.joined(separator: "、") + "）"
            en += " (the only ties: " + bridges.map { "\(name)–\(c.name($0))" }.joined(separator: ", ") + ")"
        }
        let targets = holders.isEmpty ? Array(bridges.prefix(3)) : Array(holders.prefix(3))
        let station = loss.stations.first.map(c.name) ?? ""
        let action = Bilingual(
            zh: "建立第二条联系：由\(station)直接与\(c.names(targets, .zh))建立关系，或经另一个居委会、社工室对接，不再只依赖\(name)。",
            en: "Build a second link: have \(station) tie directly with \(c.names(targets, .en)), or through another committee or office, so as not to depend on \(name) alone.")
        let severity: FindingSeverity = loss.people >= 10 || loss.holders > 0 ? .high : .medium
        return Finding(kind: .singlePointOfFailure, severity: severity, score: Double(loss.people + loss.holders),
                       nodes: [separator] + loss.stations + loss.cutOff,
                       explanation: Bilingual(zh: zh + "。", en: en + "."), action: action)
    }
}

/// An iterative depth-first search (no recursion: a million-node chain must not overflow
/// the stack) recording, for every separator vertex, the DFS children it cuts off.
struct SeparatorSearch {
    private(set) var discovery: [Int32]
    private var low: [Int32]
    private var parent: [Int32]
    private var subtreeEnd: [Int32]
    private(set) var order: [Int32] = []
    private(set) var peoplePrefix: [Int] = []
    private(set) var holderPrefix: [Int] = []
    /// Separator → its children whose subtrees it cuts off from the root.
    private(set) var cutChildren: [Int: [Int]] = [:]

    init(nodeCount n: Int) {
        discovery = [Int32](repeating: -1, count: n)
        low = [Int32](repeating: 0, count: n)
        parent = [Int32](repeating: -1, count: n)
        subtreeEnd = [Int32](repeating: 0, count: n)
    }

    /// - Parameter within: the nodes the search may enter (the root's catchment).
    mutating func run(_ graph: CSRGraph, root: Int, people: [Int], holders: [Int], within: (Int) -> Bool) {
        for v in order { discovery[Int(v)] = -1; parent[Int(v)] = -1 }
        order.removeAll(keepingCapacity: true)
        cutChildren.removeAll(keepingCapacity: true)
        var stack: [(node: Int, arc: Int)] = [(root, graph.offsets[root])]
        discovery[root] = 0
        low[root] = 0
        order.append(Int32(root))
        while let top = stack.last {
            let u = top.node
            if top.arc < graph.offsets[u + 1] {
                stack[stack.count - 1].arc += 1
                let v = Int(graph.neighbours[top.arc])
                guard within(v) else { continue }
                if discovery[v] < 0 {
                    parent[v] = Int32(u)
                    discovery[v] = Int32(order.count)
                    low[v] = discovery[v]
                    order.append(Int32(v))
                    stack.append((v, graph.offsets[v]))
                } else if v != Int(parent[u]) {
                    low[u] = min(low[u], discovery[v])
                }
            } else {
                stack.removeLast()
                subtreeEnd[u] = Int32(order.count)
                let p = Int(parent[u])
                guard p >= 0 else { continue }
                low[p] = min(low[p], low[u])
                if p != root, low[u] >= discovery[p] { cutChildren[p, default: []].append(u) }
            }
        }
        peoplePrefix = [0]
        holderPrefix = [0]
        peoplePrefix.reserveCapacity(order.count + 1)
        holderPrefix.reserveCapacity(order.count + 1)
        for v in order {
            peoplePrefix.append(peoplePrefix[peoplePrefix.count - 1] + people[Int(v)])
            holderPrefix.append(holderPrefix[holderPrefix.count - 1] + holders[Int(v)])
        }
    }

    /// The sum of a per-node quantity over the DFS subtree of `child`.
    func subtreeSum(of child: Int, _ prefix: [Int]) -> Int {
        prefix[Int(subtreeEnd[child])] - prefix[Int(discovery[child])]
    }

    /// The nodes of the subtrees rooted at `roots`, in DFS order, at most `limit`.
    func members(of roots: [Int32], limit: Int) -> [Int32] {
        var result: [Int32] = []
        for root in roots {
            for k in Int(discovery[Int(root)])..<Int(subtreeEnd[Int(root)]) {
                guard result.count < limit else { return result }
                result.append(order[k])
            }
        }
        return result
    }
}
