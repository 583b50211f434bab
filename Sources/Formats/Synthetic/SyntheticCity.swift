import TrustModel

/// A seeded synthetic city in Guanxi's model, shaped like the domain (DESIGN §1–§4), for
/// benchmarks and for users who want to try Guanxi at their city's size:
///
/// - a city civil affairs bureau (市民政局) guiding districts, each with a head station (总站), a civil affairs bureau (民政局) and four
///   federations (残联, 妇联, 团委, 工会);
/// - streets, each with a station (社工站) guided by its head station, managed by an agency
///   (承接方, one per three stations), supported by a street office (街道办), funded by a
///   charity fund, and tied to a university and the district's federations;
/// - communities (committees, 居委会), each with an office (社工室) under its station, and
///   local businesses, volunteer teams and social organisations holding resources;
/// - clients (people and groups, with needs and sizes) served by their office, some also by
///   their station, committee or a social organisation; some mutual aid between clients;
///   a few one-sided pairs (a station trusting its street office far more than the reverse)
///   and some idle resource holders (tied to their committee but giving nothing).
///
/// Trust varies by relation (guidance high, resource ties wider), in steps of 0.05, with a
/// few strained ties. Scale `s` gives about `1000·s` ties and `600·s` nodes. The same scale
/// and seed always give the same network (and the same bytes once written).
public enum SyntheticCity {
    /// Communities per station and stations per head station.
    static let communitiesPerStation = 10
    static let stationsPerDistrict = 12

    /// The network of a city of `scale` (1 ≈ 1,000 ties), seeded; names and title in
    /// `language`.
    /// - Complexity: O(scale).
    /// - Throws: only if the generator broke a rule the readers check — every one holds by
    ///   construction (unique ids, known endpoints, trust in range, no self-ties).
    public static func generate(scale: Int, seed: UInt64, language: Language = .zh) throws(TrustNetwork.BuildError) -> TrustNetwork {
        var city = Builder(seed: seed, language: language)
        city.build(scale: max(1, scale))
        let title = language.pick("合成城市（规模 \(scale)，种子 \(seed)）", "Synthetic city (scale \(scale), seed \(seed))")
        return try TrustNetwork(title: title, date: "2024-01-01", nodes: city.nodes, ties: city.ties)
    }

    /// The files of the city as a CSV folder (`nodes.csv`, `ties.csv`, `network.json`),
    /// headers and names in `language`.
    public static func files(scale: Int, seed: UInt64, language: Language = .zh) -> [(name: String, bytes: [UInt8])] {
        // Neither the generator nor the CSV writer fails on a generated city (see `generate`).
        guard let network = try? generate(scale: scale, seed: seed, language: language) else { return [] }
        return (try? NetworkWriter.files(network, format: .csv, language: language)) ?? []
    }

    /// Generates the city and writes it into the folder `path` (created if missing), whole
    /// or not at all.
    public static func write(scale: Int, seed: UInt64, to path: String, language: Language = .zh) throws(WriteError) {
        try NetworkWriter.place(files(scale: scale, seed: seed, language: language), at: path, isFolder: true,
                                overwrite: true)
    }
}

/// SplitMix64: small, fast, and the same on every platform (the standard library's
/// generator is not seedable).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A whole number in `0..<n` (n > 0); Lemire's multiply-shift, bias negligible here.
    mutating func below(_ n: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }
    mutating func between(_ low: Int, _ high: Int) -> Int { low + below(high - low + 1) }
}

extension SyntheticCity {
    struct Builder {
        var rng: SplitMix64
        let language: Language
        var nodes: [Node] = []
        var ties: [Tie] = []

        init(seed: UInt64, language: Language) {
            rng = SplitMix64(seed: seed)
            self.language = language
            nodes.reserveCapacity(1024)
        }

        // Place names: two characters from this list make a street or community name.
        static let syllables = Array("和平新华东风光明幸福友谊长安建设胜利解放人民团结前进红旗向阳朝阳东方春华文化永安兴隆滨江")
        static let pinyin = ["He", "Ping", "Xin", "Hua", "Dong", "Feng", "Guang", "Ming", "Xing", "Fu", "You", "Yi",
                             "Chang", "An", "Jian", "She", "Sheng", "Li", "Jie", "Fang", "Ren", "Min", "Tuan", "Jie",
                             "Qian", "Jin", "Hong", "Qi", "Xiang", "Yang", "Chao", "Yang", "Dong", "Fang", "Chun", "Hua",
                             "Wen", "Hua", "Yong", "An", "Xing", "Long", "Bin", "Jiang"]

        func placeName(_ number: Int) -> String {
            let n = Builder.syllables.count
            let a = number % n, b = (number / n + a + 1) % n
            return language == .zh ? String(Builder.syllables[a]) + String(Builder.syllables[b])
                : Builder.pinyin[a] + Builder.pinyin[b].lowercased()
        }

        mutating func node(_ id: String, _ name: String, _ kind: NodeKind, area: String? = nil,
                           resources: [KnownTag] = [], needs: [KnownTag] = [], size: Int = 1,
                           capacity: Double? = nil) -> Int32 {
            nodes.append(Node(id: id, name: name, kind: kind, area: area, resources: resources.map(Tag.init),
                              needs: needs.map(Tag.init), size: size, capacity: capacity))
            return Int32(nodes.count - 1)
        }

        /// Trust in steps of 0.05 between `low` and `high`; 3% of ties are strained (0.1–0.25).
        mutating func trust(_ low: Double, _ high: Double) -> Double {
            if rng.chance(0.03) { return Double(rng.between(2, 5)) / 20 }
            return Double(rng.between(Int((low * 20).rounded()), Int((high * 20).rounded()))) / 20
        }

        mutating func tie(_ source: Int32, _ target: Int32, _ relation: Relation, trust: Double,
                          mutual: Bool? = nil, frequency: Double? = nil, value: Double? = nil) {
            ties.append(Tie(source: source, target: target, relation: relation, trust: trust, mutual: mutual,
                            frequency: frequency, value: value))
        }

        mutating func pickTags(_ from: [KnownTag], count: Int) -> [KnownTag] {
            var chosen: [KnownTag] = []
            while chosen.count < count {
                let tag = from[rng.below(from.count)]
                if !chosen.contains(tag) { chosen.append(tag) }
            }
            return chosen.sorted()
        }

        static func padded(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }

        static let needTags: [KnownTag] = [.care, .medical, .rehabilitation, .psychological, .employment, .education,
                                           .companionship, .goods, .legal]
        static let businessTags: [KnownTag] = [.funding, .goods, .discount, .venue, .equipment, .employment]

        mutating func build(scale: Int) {
            // About 88 ties per community with its clients and partners, plus the street and
            // district layers: ~11 communities per 1,000 ties.
            let communities = max(4, Int((Double(scale) * 1000 / 88.5).rounded()))
            let stations = (communities + SyntheticCity.communitiesPerStation - 1) / SyntheticCity.communitiesPerStation
            let districts = (stations + SyntheticCity.stationsPerDistrict - 1) / SyntheticCity.stationsPerDistrict
            nodes.reserveCapacity(communities * 56 + stations * 6)
            ties.reserveCapacity(communities * 100 + stations * 10)
            var communityNumber = 0, stationNumber = 0, clientNumber = 0, partnerNumber = 0, agency: Int32 = 0
            let zh = language == .zh
            // The city's civil affairs bureau guides and funds every district's: one network.
            let city = districts > 1 ? node("GV00", zh ? "市民政局" : "City civil affairs bureau", .government,
                                            resources: [.funding]) : nil
            for d in 0 ..< districts {
                let dn = Builder.padded(d + 1, 2)
                let district = zh ? "第\(d + 1)区" : "District \(d + 1)"
                let head = node("HS\(dn)", zh ? "\(district)社工总站" : "\(district) head station", .headStation)
                let bureau = node("GV\(dn)", zh ? "\(district)民政局" : "\(district) civil affairs bureau", .government,
                                  resources: [.funding], capacity: 2_000_000)
                tie(bureau, head, .funding, trust: trust(0.7, 0.95), value: 500_000)
                tie(bureau, head, .guidance, trust: trust(0.7, 1.0))
                if let city { tie(city, bureau, .guidance, trust: trust(0.6, 0.95)) }
                let federationNames = zh ? ["残联", "妇联", "团委", "工会"]
                    : ["disabled persons' federation", "women's federation", "youth league", "trade union"]
                let federationTags: [[KnownTag]] = [[.rehabilitation, .equipment], [.legal, .training],
                                                    [.volunteers, .education], [.employment, .funding]]
                var federations: [Int32] = []
                for (f, name) in federationNames.enumerated() {
                    let id = node("FD\(dn)\(f + 1)", zh ? "\(district)\(name)" : "\(district) \(name)", .federation,
                                  resources: federationTags[f], capacity: Double(rng.between(5, 50) * 1000))
                    tie(id, head, .cooperation, trust: trust(0.4, 0.9))
                    federations.append(id)
                }
                let stationsHere = min(SyntheticCity.stationsPerDistrict, stations - stationNumber)
                var districtStations: [Int32] = []
                for _ in 0 ..< stationsHere {
                    stationNumber += 1
                    let sn = Builder.padded(stationNumber, 4)
                    let street = placeName(stationNumber)
                    if (stationNumber - 1) % 3 == 0 {
                        let an = Builder.padded((stationNumber + 2) / 3, 4)
                        agency = node("AG\(an)", zh ? "\(street)社会工作服务中心" : "\(street) social work centre", .agency,
                                      resources: [.training])
                        tie(bureau, agency, .funding, trust: trust(0.6, 0.95), value: Double(rng.between(20, 60) * 10_000))
                        tie(head, agency, .supervision, trust: trust(0.5, 0.9))
                    }
                    let streetOffice = node("SB\(sn)", zh ? "\(street)街道办" : "\(street) street office", .streetOffice,
                                            resources: [.venue, .equipment])
                    let station = node("ST\(sn)", zh ? "\(street)街道社工站" : "\(street) station", .station,
                                       area: "SB\(sn)", resources: [.information])
                    tie(head, station, .guidance, trust: trust(0.6, 1.0), frequency: Double(rng.between(1, 4)))
                    tie(agency, station, .management, trust: trust(0.6, 0.95))
                    let support = trust(0.3, 0.95)
                    tie(streetOffice, station, .support, trust: support)
                    // A few stations trust their street office far more than it backs them:
                    // the seed's "leaders' recognition" problem, a one-sided pair.
                    if rng.chance(0.2) {
                        tie(station, streetOffice, .cooperation, trust: min(1, support + 0.4), mutual: false)
                    }
                    let fund = node("CF\(sn)", zh ? "\(street)社区基金" : "\(street) community fund", .charity,
                                    resources: [.funding, .goods], capacity: Double(rng.between(5, 100) * 1000))
                    tie(fund, station, .funding, trust: trust(0.5, 0.95), value: Double(rng.between(1, 20) * 5000))
                    if stationNumber % 5 == 1 || districtStations.isEmpty {
                        partnerNumber += 1
                        let university = node("UN\(Builder.padded(partnerNumber, 5))",
                                              zh ? "\(street)学院" : "\(street) college", .university,
                                              resources: [.training, .volunteers, .psychological])
                        tie(university, station, .cooperation, trust: trust(0.4, 0.9))
                        // Some universities give nothing yet: idle.
                        if rng.chance(0.7) { tie(university, station, .volunteering, trust: trust(0.3, 0.9)) }
                    }
                    for federation in federations where rng.chance(0.5) {
                        tie(federation, station, .resource, trust: trust(0.3, 0.9))
                    }
                    if let previous = districtStations.last, rng.chance(0.5) {
                        tie(previous, station, .cooperation, trust: trust(0.4, 0.9))
                    }
                    districtStations.append(station)
                    let communitiesHere = min(SyntheticCity.communitiesPerStation, communities - communityNumber)
                    for _ in 0 ..< communitiesHere {
                        communityNumber += 1
                        buildCommunity(number: communityNumber, station: station, streetOffice: streetOffice,
                                       clientNumber: &clientNumber, partnerNumber: &partnerNumber)
                    }
                }
            }
        }

        mutating func buildCommunity(number: Int, station: Int32, streetOffice: Int32,
                                     clientNumber: inout Int, partnerNumber: inout Int) {
            let zh = language == .zh
            let cn = Builder.padded(number, 5)
            let place = placeName(number * 7 + 3)
            let area = "CM\(cn)"
            let committee = node(area, zh ? "\(place)社区居委会" : "\(place) residents' committee", .committee,
                                 resources: [.venue, .information])
            let office = node("OF\(cn)", zh ? "\(place)社区社工室" : "\(place) office", .office, area: area)
            tie(station, office, .guidance, trust: trust(0.6, 1.0), frequency: Double(rng.between(2, 8)))
            tie(office, committee, .cooperation, trust: trust(0.5, 1.0))
            tie(station, committee, .cooperation, trust: trust(0.4, 0.95))
            tie(streetOffice, committee, .guidance, trust: trust(0.5, 0.95))

            // Clients: individuals and groups, with needs, served by the office.
            let clientCount = rng.between(32, 48)
            var clients: [Int32] = []
            clients.reserveCapacity(clientCount)
            for _ in 0 ..< clientCount {
                clientNumber += 1
                let kn = Builder.padded(clientNumber, 7)
                let group = rng.chance(0.15)
                let needs = pickTags(Builder.needTags, count: rng.between(1, 2))
                let client = node("KL\(kn)", group ? (zh ? "服务对象小组\(kn)" : "Client group \(kn)")
                                      : (zh ? "服务对象\(kn)" : "Client \(kn)"),
                                  .client, area: area, needs: needs, size: group ? rng.between(5, 40) : 1)
                tie(office, client, .service, trust: trust(0.5, 1.0), frequency: Double(rng.between(1, 8)))
                let extra = rng.below(10)
                if extra < 2 {
                    tie(station, client, .service, trust: trust(0.5, 1.0))
                } else if extra < 4 {
                    tie(committee, client, .referral, trust: trust(0.4, 0.9))
                }
                clients.append(client)
            }
            // Some mutual aid: a client helps a later one in the same community.
            for i in 0 ..< clients.count - 1 where rng.chance(0.15) {
                let j = i + 1 + rng.below(clients.count - i - 1)
                tie(clients[i], clients[j], .mutualAid, trust: trust(0.5, 1.0))
            }

            // Local resource holders.
            for _ in 0 ..< rng.between(3, 6) {
                partnerNumber += 1
                let pn = Builder.padded(partnerNumber, 6)
                let business = node("BZ\(pn)", zh ? "\(place)商户\(pn)" : "\(place) business \(pn)", .business, area: area,
                                    resources: pickTags(Builder.businessTags, count: rng.between(1, 2)),
                                    capacity: Double(rng.between(1, 50) * 1000))
                if rng.chance(0.1) {
                    // Idle: known to the committee, giving nothing yet.
                    tie(business, committee, .cooperation, trust: trust(0.2, 0.6))
                    continue
                }
                tie(business, rng.chance(0.6) ? office : committee, .resource, trust: trust(0.2, 0.9),
                    value: Double(rng.between(1, 20) * 500))
                if rng.chance(0.5) {
                    tie(business, clients[rng.below(clients.count)], .resource, trust: trust(0.3, 0.9))
                }
            }
            for _ in 0 ..< rng.between(2, 4) {
                partnerNumber += 1
                let pn = Builder.padded(partnerNumber, 6)
                let team = node("VT\(pn)", zh ? "\(place)志愿服务队\(pn)" : "\(place) volunteer team \(pn)", .volunteer,
                                area: area, resources: [.volunteers, .companionship], capacity: Double(rng.between(10, 200)))
                tie(team, office, .volunteering, trust: trust(0.3, 0.95), frequency: Double(rng.between(1, 6)))
                let first = rng.below(clients.count)
                let second = (first + 1 + rng.below(clients.count - 1)) % clients.count
                tie(team, clients[first], .volunteering, trust: trust(0.3, 0.95))
                tie(team, clients[second], .volunteering, trust: trust(0.3, 0.95))
            }
            for _ in 0 ..< rng.between(1, 2) {
                partnerNumber += 1
                let pn = Builder.padded(partnerNumber, 6)
                let org = node("SO\(pn)", zh ? "\(place)社会组织\(pn)" : "\(place) social organisation \(pn)", .socialOrg,
                               area: area, resources: pickTags([.care, .psychological, .education, .legal, .rehabilitation],
                                                               count: 2))
                tie(station, org, .incubation, trust: trust(0.5, 0.9))
                let start = rng.below(clients.count)
                for k in 0 ..< 3 {
                    tie(org, clients[(start + k * 7) % clients.count], .service, trust: trust(0.4, 0.95))
                }
            }
        }
    }
}
