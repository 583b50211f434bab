import TrustModel

/// Shorter names for drawing, the same way everywhere, with a key: the name of the street
/// (or district) that many names begin with is left out ("西市场街道社工站" → "社工站",
/// "青槐区民政局" → "民政局"), and inside a community's box its own name is left out
/// ("东园社区居委会" → "居委会", "独居老人（东园社区）" → "独居老人"), since the box says it.
/// Full names stay in every tooltip.
///
/// A street's name is what its street office and its station's names share, cut back to a
/// word of place (…街道, …镇, …乡); the district's, what the head station and the government
/// share (…区, …县, …市). A community's name is what its committee and its office share
/// (…社区, …村), else the committee's name without 居委会/村委会.
struct ShortNames: Sendable {
    /// Prefixes left out of names, longest first.
    let prefixes: [String]
    /// Community name per committee (model index).
    private let communityNames: [Int32: String]
    /// Each committee's own name.
    private let committeeNames: [Int32: String]
    private let anonymize: Bool

    /// Words a street's or district's name ends with.
    static let placeEnds = ["街道", "社区", "区", "县", "市", "镇", "乡", "村", "旗"]
    /// What a committee's name ends with after its community's name.
    static let committeeEnds = ["社区居民委员会", "居民委员会", "村民委员会", "居委会", "村委会", "委员会",
                                " residents' committee", " residents committee", " village committee", " committee"]

    /// - Complexity: O(V + E).
    init(_ network: TrustNetwork, homes: Homes, anonymize: Bool) {
        self.anonymize = anonymize
        var prefixes = Set<String>()
        var head: String?, government: String?
        var officeOf: [String: String] = [:]
        for node in network.nodes {
            switch node.kind {
            case .headStation: head = head ?? node.name
            case .government: government = government ?? node.name
            case .office: if let area = node.area, officeOf[area] == nil { officeOf[area] = node.name }
            default: break
            }
        }
        // A street's name only when there is one street: with several, every station would
        // be drawn as just "社工站".
        var streets = Set<String>()
        for (i, node) in network.nodes.enumerated() where node.kind == .streetOffice {
            guard let station = homes.station(of: Int32(i)), network[station].kind == .station else { continue }
            if let prefix = Self.place(Self.common(node.name, network[station].name)) { streets.insert(prefix) }
        }
        if streets.count == 1 { prefixes.formUnion(streets) }
        if let head, let government, let prefix = Self.place(Self.common(head, government)), !prefix.contains(" ") || prefix.count > 3 {
            prefixes.insert(prefix)
        }
        self.prefixes = prefixes.sorted { ($0.count, $0) > ($1.count, $1) }
        var names: [Int32: String] = [:], committees: [Int32: String] = [:]
        for (i, node) in network.nodes.enumerated() where node.kind == .committee {
            names[Int32(i)] = Self.communityName(committee: node.name, office: officeOf[node.id])
            committees[Int32(i)] = node.name
        }
        communityNames = names
        committeeNames = committees
    }

    /// The longest common prefix of two names.
    static func common(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix { $0 == $1 }.map(\.0))
    }

    /// The longest beginning of `text` that ends with a word of place and leaves room for more
    /// (at least two characters), or `nil`.
    static func place(_ text: String) -> String? {
        // Latin names: up to the last whole word, at least three letters.
        if text.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value < 0x2E80 }) {
            guard let space = text.lastIndex(of: " ") else { return nil }
            let words = String(text[..<space]).trimmingCharacters(in: .whitespaces)
            return words.count >= 3 ? words : nil
        }
        var candidate = text
        while candidate.count >= 2 {
            if placeEnds.contains(where: { candidate.hasSuffix($0) }), candidate.count >= 2 { return candidate }
            candidate.removeLast()
        }
        return nil
    }

    /// A community's name: what its committee and office share (ending in a word of place),
    /// else the committee's name without its ending (居委会, 村委会…), else the committee's name.
    static func communityName(committee: String, office: String?) -> String {
        if let office, let shared = place(common(committee, office)) { return shared }
        for end in committeeEnds where committee.hasSuffix(end) && committee.count > end.count + 1 {
            return String(committee.dropLast(end.count))
        }
        return committee
    }

    /// The name of the community whose committee is `committee`.
    func community(_ committee: Int32) -> String? { communityNames[committee] }

    /// `name` as drawn: inside the box of community `community` (a committee's index) without
    /// that community's name, and without a street's or district's name. A name is never cut
    /// to less than two characters, nor shortened at all when drawn under a pseudonym.
    func short(_ name: String, in community: Int32? = nil, isPseudonym: Bool = false) -> (name: String, prefix: String?) {
        if isPseudonym { return (name, nil) }
        var result = name
        if let community, let own = communityNames[community], own.count >= 2 {
            for bracketed in ["（\(own)）", "(\(own))"] where result.contains(bracketed) {
                let without = result.replacingOccurrences(of: bracketed, with: "")
                if without.count >= 2 { result = without }
            }
            if let committee = committeeNames[community], committee != own, result.hasPrefix(committee),
               result != committee {
                // A group named after the committee ("东园社区居委会 · 服务对象").
                result = Self.trimmed(String(result.dropFirst(committee.count)), else: result)
            } else if result.hasPrefix(own) {
                result = Self.trimmed(String(result.dropFirst(own.count)), else: result)
            }
        }
        for prefix in prefixes where result.hasPrefix(prefix) {
            let rest = Self.trimmed(String(result.dropFirst(prefix.count)), else: result)
            if rest != result { return (rest, prefix) }
        }
        return (result, nil)
    }

    /// `rest` without leading separators, or `fallback` when less than two characters remain.
    private static func trimmed(_ rest: String, else fallback: String) -> String {
        let cleaned = String(rest.drop { $0 == " " || $0 == "·" || $0 == "-" || $0 == "—" })
        return cleaned.count >= 2 ? cleaned : fallback
    }

    /// The items with their names as drawn (`boxes`: the community box each item is drawn in),
    /// and the key line saying what was left out (none when nothing was).
    func apply(to items: [Sketch.Item], options: DiagramOptions, boxes: [Int: Int32] = [:]) -> (items: [Sketch.Item], key: [String]) {
        var drawn = items
        var used = Set<String>()
        for p in drawn.indices {
            let pseudonym = options.anonymize && drawn[p].kind == .client && !drawn[p].isGroup
            let shortened = short(drawn[p].name, in: boxes[p], isPseudonym: pseudonym)
            if let prefix = shortened.prefix { used.insert(prefix) }
            drawn[p].name = shortened.name
        }
        let line = key(used, communities: !boxes.isEmpty, language: options.language)
        return (drawn, line.map { [$0] } ?? [])
    }

    /// The key line: which names were left out, for the prefixes that shortened a drawn name.
    func key(_ used: Set<String>, communities: Bool, language: Language) -> String? {
        let listed = prefixes.filter(used.contains)
        guard !listed.isEmpty || communities else { return nil }
        var parts: [String] = []
        if !listed.isEmpty {
            let names = listed.map { language.pick("“\($0)”", "\"\($0)\"") }.joined(separator: language.pick("、", ", "))
            parts.append(language.pick("名称省略了\(names)", "names drawn without \(names)"))
        }
        if communities {
            parts.append(language.pick("社区框内的名称省略了社区名", "inside a community's box, names without the community's name"))
        }
        return parts.joined(separator: language.pick("；", "; ")) + language.pick("（全称见悬停提示）。", " (full names in the tooltips).")
    }
}
