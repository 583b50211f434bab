import Analysis
import TrustModel

/// A finding's typed facts as the JSON of `guanxi gaps --format json` (`"facts"`): nodes by
/// id (hidden clients by pseudonym), tags and relations by keyword, trust as numbers,
/// routes as `{"nodes", "trusts", "trust"}`, head counts as numbers or "<k" when a small
/// group is anonymized.
enum FindingFactsJSON {
    typealias V = JSONWriter.Value

    static func value(_ facts: FindingFacts, names: NodeNames) -> V {
        func node(_ index: Int32) -> V { .string(names.id(index)) }
        func node(_ index: Int32?) -> V { index.map { .string(names.id($0)) } ?? .null }
        func nodes(_ list: [Int32]) -> V { .array(list.map(node)) }
        func tags(_ list: [Tag]) -> V { .array(list.map { .string($0.keyword) }) }
        func people(_ count: Int) -> V { GapsWriter.people(count, names) }
        func route(_ r: TrustRoute) -> V {
            r.isEmpty ? .null : .object([("nodes", nodes(r.nodes)), ("trusts", .array(r.trusts.map(V.double))), ("trust", .double(r.trust))])
        }
        switch facts {
        case let .untappedResource(f):
            return .object([("holder", node(f.holder)), ("resources", tags(f.resources)), ("capacity", .optional(f.capacity)),
                            ("gives", .bool(f.gives)), ("route", route(f.route)), ("directTrust", .optional(f.directTrust)),
                            ("threshold", .double(f.threshold)), ("matchingNeeds", tags(f.matchingNeeds)),
                            ("relevance", .double(f.relevance))])
        case let .unmetNeed(f):
            return .object([("client", node(f.client)), ("people", people(f.people)), ("area", .optional(f.area)),
                            ("servingPosts", nodes(f.servingPosts)), ("served", .bool(f.served)),
                            ("needs", .array(f.needs.map { need in
                                .object([("tag", .string(need.tag.keyword)), ("held", .bool(need.held)),
                                         ("nearest", route(need.nearest)), ("directGiver", node(need.directGiver)),
                                         ("directTrust", need.directGiver == nil ? .null : .double(need.directTrust))])
                            })),
                            ("threshold", .double(f.threshold))])
        case let .coverageImbalance(f):
            let c = f.community
            let served = Int(c.peopleServed.rounded())
            return .object([("area", .string(c.area)), ("name", .string(c.name)), ("committee", node(f.committee)),
                            ("office", node(f.office)), ("peopleRecorded", people(c.peopleRecorded)),
                            ("peopleServed", names.hidesCount(served) ? people(served) : .double(c.peopleServed)),
                            ("clientGroups", .int(c.clientGroups)), ("coverage", .double(c.coverage)),
                            ("median", .double(f.median)), ("flagLine", .double(f.flagLine)), ("unserved", nodes(f.unserved))])
        case let .fiveLinkage(f):
            return .object([("station", node(f.station)), ("score", .int(f.score)),
                            ("missing", .array(f.missing.map { .string($0.rawValue) })),
                            ("candidates", .array(f.candidates.map { c in
                                .object([("party", .string(c.party.rawValue)), ("node", node(c.node)), ("trust", .double(c.trust))])
                            })),
                            ("absent", .array(f.absent.map { .string($0.rawValue) })), ("threshold", .double(f.threshold))])
        case let .weakTrust(f):
            return .object([("truster", node(f.truster)), ("other", node(f.other)),
                            ("ties", .array(f.ties.map { t in
                                .object([("source", node(t.source)), ("target", node(t.target)), ("relation", .string(t.relation.keyword)),
                                         ("trust", .double(t.trust)), ("threshold", .double(t.threshold))])
                            })),
                            ("strained", .double(f.strained)), ("holdsUp", .bool(f.holdsUp))])
        case let .oneSidedTrust(f):
            return .object([("lower", node(f.lower)), ("higher", node(f.higher)),
                            ("comparisons", .array(f.comparisons.map { c in
                                .object([("relation", .optional(c.relation?.keyword)), ("truster", node(c.truster)),
                                         ("other", node(c.other)), ("trust", .double(c.trust)), ("trustBack", .double(c.trustBack))])
                            })),
                            ("asymmetry", .double(f.asymmetry))])
        case let .singlePointOfFailure(f):
            return .object([("partner", node(f.partner)), ("station", node(f.station)), ("people", people(f.people)),
                            ("holders", .int(f.holders)), ("clients", nodes(f.clients)),
                            ("resourceHolders", nodes(f.resourceHolders)), ("onlyLinks", nodes(f.onlyLinks))])
        case let .mutualAid(f):
            return .object([("area", .string(f.area)), ("office", node(f.office)), ("members", nodes(f.members)),
                            ("needs", .array(f.needs.map { .object([("tag", .string($0.tag.keyword)), ("members", nodes($0.members))]) })),
                            ("people", people(f.people)), ("linkedPairs", .int(f.linkedPairs))])
        case let .introduction(f):
            return .object([("station", node(f.station)), ("holder", node(f.holder)), ("goBetween", node(f.goBetween)),
                            ("route", route(f.route)), ("adamicAdar", .double(f.adamicAdar)), ("offers", tags(f.offers)),
                            ("lacking", tags(f.lacking))])
        case let .brokenHierarchy(f):
            return .object([("problem", .string(f.problem.keyword)), ("node", node(f.node)), ("area", .optional(f.area)),
                            ("clients", nodes(f.clients)), ("people", f.clients.isEmpty ? .null : people(f.people)),
                            ("office", node(f.office))])
        case let .focus(f):
            return .object([("station", node(f.station)),
                            ("options", .array(f.options.map { o in
                                let demand = Int(o.demand.rounded())
                                return .object([("need", .string(o.need.keyword)),
                                                ("demand", names.hidesCount(demand) ? people(demand) : .double(o.demand)),
                                                ("support", .double(o.support)), ("partner", node(o.partner))])
                            }))])
        }
    }
}
