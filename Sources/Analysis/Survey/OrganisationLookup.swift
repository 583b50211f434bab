import TrustModel

/// Finds the node a survey answer names: its id, or its name as the network writes it.
///
/// Kept small on purpose: the shared `NodeLookup` (TrustModel, with name fragments) is to
/// replace it. In order: the exact id; the exact name (several nodes of that name: ambiguous,
/// the id must be written); the same ignoring case and spaces; a drop-down entry
/// `名称（编号）` as the survey workbook writes it for names that are not unique. Anything
/// else gets the closest ids and names as suggestions.
struct OrganisationLookup {
    enum Outcome {
        case found(Int32)
        case ambiguous([String])
        case unknown(suggestions: [String])
    }

    private let network: TrustNetwork
    private var byName: [String: [Int32]] = [:]
    private var byNormalized: [String: [Int32]] = [:]

    init(_ network: TrustNetwork) {
        self.network = network
        for (i, node) in network.nodes.enumerated() {
            byName[node.name, default: []].append(Int32(i))
            let id = Vocabulary.normalize(node.id), name = Vocabulary.normalize(node.name)
            byNormalized[id, default: []].append(Int32(i))
            if name != id { byNormalized[name, default: []].append(Int32(i)) }
        }
    }

    func find(_ written: String) -> Outcome {
        let text = Vocabulary.trimmed(written)
        if let index = network.index(of: text) { return .found(index) }
        if let named = byName[text] { return outcome(named) }
        if let loose = byNormalized[Vocabulary.normalize(text)] { return outcome(loose) }
        if let id = OrganisationLookup.bracketedID(text), let index = network.index(of: id) { return .found(index) }
        var spellings: [String: String] = [:]
        for node in network.nodes {
            spellings[Vocabulary.normalize(node.id)] = node.id
            spellings[Vocabulary.normalize(node.name)] = node.name == node.id ? node.id : "\(node.name)（\(node.id)）"
        }
        return .unknown(suggestions: Vocabulary.closest(to: text, in: spellings).map(\.value))
    }

    private func outcome(_ nodes: [Int32]) -> Outcome {
        let distinct = Array(Set(nodes)).sorted()
        return distinct.count == 1 ? .found(distinct[0]) : .ambiguous(distinct.map { network[$0].id })
    }

    /// `西市场街道社工站（ST）` or `… (ST)` → `ST`.
    static func bracketedID(_ text: String) -> String? {
        guard let last = text.last, last == ")" || last == "）",
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let inner = Vocabulary.trimmed(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return inner.isEmpty ? nil : inner
    }
}
