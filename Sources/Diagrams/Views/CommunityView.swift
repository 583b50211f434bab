import Foundation
import TrustModel

/// The `community` view: one community — its committee, its office, its clients and local
/// partners (`area` = the committee), every partner tied to them (those that serve them),
/// and the station it belongs to: the picture a 社工室 works from. Drawn like the network
/// view; on a page, clients and then outside partners fold until it fits.
enum CommunityView {
    static func draw(_ network: TrustNetwork, area: String, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil, outlineAbove: Int? = nil) throws(DiagramError) -> Drawing {
        let homes = homes ?? Homes(network)
        guard let committee = resolve(area, in: network, homes: homes) else { throw .unknownNode(id: area) }
        var members = Set<Int32>()
        for index in network.nodes.indices where homes.community(of: Int32(index)) == committee {
            members.insert(Int32(index))
        }
        var shown = members
        for tie in network.ties {
            if members.contains(tie.source), network[tie.target].kind != .client { shown.insert(tie.target) }
            if members.contains(tie.target), network[tie.source].kind != .client { shown.insert(tie.source) }
        }
        if let station = homes.station(of: committee) { shown.insert(station) }
        // Within the community nothing folds whole: at most clients and outside partners.
        let inner = min(stage, .partnersByAreaAndKind)
        let language = options.language
        let name = language.pick("社区：", "Community: ") + network[committee].name
        let drawing = try NetworkView.draw(network, options: options, stage: inner, homes: homes, nodes: shown.sorted(),
                                       keep: [committee], viewName: name, outlineAbove: outlineAbove).0
        return drawing
    }

    /// The committee an `--area` names: a committee's id or exact name, or the id or exact
    /// name of any node that belongs to a community (its community).
    static func resolve(_ area: String, in network: TrustNetwork, homes: Homes) -> Int32? {
        let wanted = area.trimmingCharacters(in: .whitespaces)
        if let index = network.index(of: wanted), let community = homes.community(of: index) { return community }
        let named = network.nodes.indices.filter { network.nodes[$0].name == wanted }.map { Int32($0) }
        let committees = named.filter { network[$0].kind == .committee }
        if let first = committees.first { return first }
        return named.lazy.compactMap { homes.community(of: $0) }.first
    }
}

extension DiagramView {
    /// The committee of the community `text` names (`--area`): an id, a name or part of a name,
    /// as ``NodeLookup`` finds nodes, committees first (``NodeLookup/resolve(_:preferring:)``),
    /// then settled among communities — "望江苑" is 望江苑社区居民委员会 though its office and
    /// clients hold the word too, as long as one community is meant. A node that belongs to a
    /// community (its office, a client) stands for that community.
    /// - Returns: the committee's index, and how the text matched (`.fragment`: say which was taken).
    /// - Throws: ``DiagramError/areaLookup(_:)`` when no node or several communities match,
    ///   ``DiagramError/notACommunity(node:communities:)`` when the node belongs to none.
    /// - Complexity: O(V + E) for the communities, plus the lookup's.
    public static func committee(forArea text: String, in network: TrustNetwork) throws(DiagramError)
        -> (index: Int32, match: NodeLookup.Match) {
        let homes = Homes(network)
        let lookup = NodeLookup(network)
        let listed = 5
        // A message names a node by its id and the start of its name (a name may run to
        // thousands of characters).
        func mention(_ index: Int32) -> NodeLookup.Mention {
            let name = network[index].name
            return NodeLookup.Mention(id: network[index].id, name: name.count > 60 ? name.prefix(59) + "…" : name)
        }
        let found: NodeLookup.Found
        do {
            found = try lookup.resolve(text, preferring: { $0.kind == .committee })
        } catch {
            guard case let .ambiguous(trimmed, _, _) = error else { throw .areaLookup(error) }
            let matches: [Int32] = switch lookup.exactName(trimmed) {
            case let .several(indices): indices
            default: lookup.nodesHolding(trimmed)
            }
            let communities = matches.compactMap { homes.community(of: $0) }
            var distinct: [Int32] = []
            for community in communities where !distinct.contains(community) {
                distinct.append(community)
                if distinct.count > listed { break }
            }
            // Every node meant lies in one community (or all but those in none, when one
            // committee is among them): that community.
            let committees = matches.filter { network[$0].kind == .committee }
            if distinct.count == 1, communities.count == matches.count || committees.count == 1 {
                return (distinct[0], .fragment)
            }
            guard distinct.count > 1 else { throw .areaLookup(error) }
            let all = Set(communities)
            throw .areaLookup(.ambiguous(trimmed, candidates: distinct.prefix(listed).map(mention),
                                         total: all.count))
        }
        guard let committee = homes.community(of: found.index) else {
            let examples = network.nodes.indices.lazy.filter { network.nodes[$0].kind == .committee }
                .prefix(3).map { mention(Int32($0)) }
            throw .notACommunity(node: mention(found.index), communities: Array(examples))
        }
        return (committee, found.match)
    }
}
