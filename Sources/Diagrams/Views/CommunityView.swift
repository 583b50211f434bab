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
