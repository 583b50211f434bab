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

    /// The item for one model node.
    func item(for index: Int32) -> Sketch.Item {
        let node = network[index]
        let kindName = node.kind.name(language)
        if node.kind == .client, anonymize {
            let name = pseudonym(index)
            return Sketch.Item(name: name, detail: nil, tooltip: name, kind: .client, node: index,
                               people: node.size, area: node.area)
        }
        var detail = kindName
        if node.kind == .client { detail = people(node.size) }
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

    /// Names a folded group by its community and its clients' need (or "clients" when
    /// folded by community alone), or by its community and partners' kind.
    func describeGroup(_ item: inout Sketch.Item, byNeed: Bool) {
        let count = item.members.count
        if item.kind != .client {
            item.name = "\(areaName(item.area)) · \(item.kind.name(language))"
            item.detail = language.pick("\(count) 个", "\(count) partner\(count == 1 ? "" : "s")")
        } else {
            let first = item.members.first.map { network[$0] }
            let need = first?.needs.first.map { $0.name(language) } ?? language.pick("无需求", "no need")
            item.name = "\(areaName(item.area)) · " + (byNeed ? need : NodeKind.client.name(language))
            item.detail = language.pick("\(count) 组服务对象，\(people(item.people))",
                                        "\(count) client group\(count == 1 ? "" : "s"), \(people(item.people))")
        }
        item.tooltip = item.name + "\n" + (item.detail ?? "")
    }

    func tags(_ tags: [Tag]) -> String {
        tags.map { $0.name(language) }.joined(separator: language.pick("、", ", "))
    }
}
