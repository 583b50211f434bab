import TrustModel

/// Names, second lines and tooltips of drawn items, in the output language: Chinese names
/// as written, pseudonyms for clients under `--anonymize`, descriptions of folded groups.
struct NodeLabels {
    let network: TrustNetwork
    let language: Language
    let anonymize: Bool
    /// Pseudonyms and head counts as every output prints them (a client keeps its number
    /// across views and tables; a group under k people shown as "<10 人" when anonymizing).
    let names: NodeNames

    init(network: TrustNetwork, options: DiagramOptions) {
        self.network = network
        language = options.language
        anonymize = options.anonymize
        names = NodeNames(network, language: options.language, anonymize: options.anonymize, k: options.k)
    }

    /// The pseudonym of a client: 服务对象 07 / Client 07.
    func pseudonym(_ index: Int32) -> String { names.pseudonym(index) }

    /// The name of an area: the name of the node whose id it is, else the area as written.
    func areaName(_ area: String?) -> String {
        guard let area, !area.isEmpty else { return language.pick("未分社区", "no community") }
        return network.node(id: area)?.name ?? area
    }

    /// A head count as written: "12 人" (a single client's own size, shown as recorded).
    func people(_ count: Int) -> String {
        language.pick("\(count) 人", count == 1 ? "1 person" : "\(count) people")
    }

    /// People in a folded group or a whole drawing: under `--anonymize`, a group smaller than
    /// k is shown as "<10 人", so its size cannot single it out (`NodeNames`).
    func groupPeople(_ count: Int) -> String { names.people(count) }

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
