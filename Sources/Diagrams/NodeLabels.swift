import TrustModel

/// Names, second lines and tooltips of drawn items, in the output language: Chinese names
/// as written, pseudonyms for clients under `--anonymize`, descriptions of folded groups.
struct NodeLabels {
    let network: TrustNetwork
    let language: Language
    let anonymize: Bool
    /// Pseudonym number of each client (1-based, by node order in the whole network, so a
    /// client keeps its number across views).
    private let clientNumber: [Int32: Int]
    private let numberWidth: Int

    init(network: TrustNetwork, options: DiagramOptions) {
        self.network = network
        language = options.language
        anonymize = options.anonymize
        var numbers: [Int32: Int] = [:]
        if options.anonymize {
            for (index, node) in network.nodes.enumerated() where node.kind == .client {
                numbers[Int32(index)] = numbers.count + 1
            }
        }
        clientNumber = numbers
        numberWidth = max(2, String(numbers.count).count)
    }

    /// The pseudonym of a client: 服务对象 07 / Client 07.
    func pseudonym(_ index: Int32) -> String {
        let number = String(clientNumber[index] ?? 0)
        let padded = String(repeating: "0", count: max(0, numberWidth - number.count)) + number
        return language.pick("服务对象 \(padded)", "Client \(padded)")
    }

    /// The name of an area: the name of the node whose id it is, else the area as written.
    func areaName(_ area: String?) -> String {
        guard let area, !area.isEmpty else { return language.pick("未分社区", "no community") }
        return network.node(id: area)?.name ?? area
    }

    func people(_ count: Int) -> String {
        language.pick("\(count) 人", count == 1 ? "1 person" : "\(count) people")
    }

    /// People in a folded group: under `--anonymize`, a group smaller than
    /// ``anonymityThreshold`` is shown as "<10 人" so that size cannot single it out.
    func groupPeople(_ count: Int) -> String {
        guard anonymize, count < Self.anonymityThreshold else { return people(count) }
        return language.pick("<\(Self.anonymityThreshold) 人", "<\(Self.anonymityThreshold) people")
    }

    /// k of k-anonymity for group sizes shown under `--anonymize` (DESIGN §7 Privacy).
    static let anonymityThreshold = 10

    /// The item for one model node.
    func item(for index: Int32) -> Sketch.Item {
        let node = network[index]
        let kindName = node.kind.name(language)
        if node.kind == .client, anonymize {
            let name = pseudonym(index)
            return Sketch.Item(name: name, detail: nil, tooltip: name, kind: .client, node: index,
                               people: node.size, area: node.area)
        }
        // The kind is shown by shape and colour (and the legend); a second line only for people.
        let detail: String? = node.kind == .client ? people(node.size) : nil
        var tooltip = [node.id == node.name ? node.name : "\(node.name) (\(node.id))", kindName]
        if let area = node.area, !area.isEmpty { tooltip.append(language.pick("社区：", "community: ") + areaName(area)) }
        if !node.resources.isEmpty {
            tooltip.append(language.pick("资源：", "resources: ") + tags(node.resources))
        }
        if !node.needs.isEmpty { tooltip.append(language.pick("需求：", "needs: ") + tags(node.needs)) }
        if node.kind == .client { tooltip.append(people(node.size)) }
        return Sketch.Item(name: node.name, detail: detail, tooltip: tooltip.joined(separator: "\n"),
                           kind: node.kind, node: index, people: node.size, area: node.area)
    }

    /// Names a folded group: clients by their community and need (or "clients" when folded
    /// by community alone); partners by community and kind; a whole community by its name;
    /// a station's street by the station.
    func describeGroup(_ item: inout Sketch.Item, byNeed: Bool) {
        let count = item.members.count
        switch item.fold {
        case "a":
            // The house shape and double border say it is a whole community.
            item.name = ShortNames.communityName(committee: areaName(item.area), office: nil)
            item.detail = item.people > 0 ? groupPeople(item.people) : language.pick("\(count) 个节点", "\(count) nodes")
        case "s":
            let name = item.station.map { network[$0].name } ?? ""
            let communities = Set(item.members.filter { network[$0].kind == .committee }).count
            item.name = language.pick("\(name)辖区", "\(name)'s street")
            var parts: [String] = []
            if communities > 0 { parts.append(language.pick("\(communities) 个社区", "\(communities) communities")) }
            parts.append(language.pick("\(count) 个节点", "\(count) nodes"))
            if item.people > 0 { parts.append(groupPeople(item.people)) }
            item.detail = parts.joined(separator: language.pick(" · ", ", "))
        case "d":
            let name = item.station.map { network[$0].name } ?? ""
            let stations = item.members.filter { network[$0].kind == .station }.count
            item.name = language.pick("\(name)辖区", "\(name)'s district")
            var parts = [language.pick("\(stations) 个社工站", "\(stations) station\(stations == 1 ? "" : "s")")]
            parts.append(language.pick("\(count) 个节点", "\(count) nodes"))
            if item.people > 0 { parts.append(groupPeople(item.people)) }
            item.detail = parts.joined(separator: language.pick(" · ", ", "))
        case "p":
            let area = item.area.flatMap { $0.isEmpty ? nil : $0 }
            item.name = area.map { "\(areaName($0)) · \(item.kind.name(language))" } ?? item.kind.name(language)
            item.detail = language.pick("\(count) 个", "\(count) partner\(count == 1 ? "" : "s")")
        default:
            let first = item.members.first.map { network[$0] }
            let need = first?.needs.first.map { $0.name(language) } ?? language.pick("无需求", "no need")
            item.name = "\(areaName(item.area)) · " + (byNeed ? need : NodeKind.client.name(language))
            item.detail = language.pick("\(count) 组 · \(groupPeople(item.people))",
                                        "\(count) group\(count == 1 ? "" : "s"), \(groupPeople(item.people))")
        }
        item.tooltip = item.name + "\n" + (item.detail ?? "")
            + (item.fold == "a" ? language.pick("\n社区，\(count) 个节点", "\ncommunity, \(count) nodes") : "")
    }

    func tags(_ tags: [Tag]) -> String {
        tags.map { $0.name(language) }.joined(separator: language.pick("、", ", "))
    }
}
