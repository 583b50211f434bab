/// What a person typed where a node is expected — `guanxi path 青山站 妇联`, `--center 红星`,
/// `--area`, `gaps --station`, a survey respondent, a tie's endpoint — resolved to one node:
///
/// 1. the exact id (as typed, then without surrounding spaces);
/// 2. the exact name, or the id in another case or width (`st`, `ＳＴ`), compared without
///    spaces, case or full-width forms (`青山 街道妇联` finds `青山街道妇联`);
/// 3. a fragment of exactly one node's name or id (`红星` finds `红星社区居委会` when no other
///    name holds `红星`).
///
/// Otherwise it fails: ``Failure/ambiguous(_:candidates:total:)`` listing the nodes the text
/// could mean, or ``Failure/notFound(_:suggestions:)`` with the closest ids and names ("did
/// you mean"), each failure with its message in Chinese and English.
///
/// ```swift
/// let lookup = NodeLookup(network)
/// let found = try lookup.resolve("红星")      // found.index, found.match == .fragment
/// ```
///
/// Closeness for suggestions: the longest common subsequence `l` of the typed text `q` and
/// a candidate name or id `c` (characters in order, so `青山站` is close to `青山街道社工站`),
/// scored `2l / (|q| + |c|)` (the Dice form), kept at ≥ 0.5 with `l` ≥ 2. A candidate is skipped before
/// the subsequence is computed when even its characters shared with `q` cannot reach the
/// score, so most of a city is passed over in one read.
///
/// - Complexity: building, O(total length of names and ids) time and memory (one byte arena
///   and one hash table). Exact id and exact name: O(|q|) on average. Fragment and
///   suggestions: one pass over the names and ids, O(total length) plus O(|q|·|c|) for the
///   candidates that pass the bound — linear in the network, never a pass per node pair.
public struct NodeLookup: Sendable {
    /// How the text was matched.
    public enum Match: Sendable, Equatable {
        case id
        case name
        case fragment
    }

    /// The node found and how.
    public struct Found: Sendable, Equatable {
        public var index: Int32
        public var match: Match
    }

    /// A node named in a message: its id and name.
    public struct Mention: Hashable, Sendable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }

        /// `ST（西市场街道社工站）`, or the id alone when the name is the id; an id or name
        /// of more than 80 characters by its start and end (a 20,000-character name made a
        /// message of 20,000).
        public func text(_ language: Language) -> String {
            let id = Diagnostic.shortenedValue(self.id)
            guard name != self.id else { return language.pick("“\(id)”", "\"\(id)\"") }
            let name = Diagnostic.shortenedValue(self.name)
            return language.pick("“\(id)”（\(name)）", "\"\(id)\" (\(name))")
        }
    }

    /// Why a text names no single node.
    public enum Failure: Error, Hashable, Sendable {
        /// Nothing was typed.
        case empty
        /// Several nodes have this name or hold this fragment: the first few (closest first)
        /// and how many in all.
        case ambiguous(String, candidates: [Mention], total: Int)
        /// No node has this id or name, nor holds it: the closest ids and names, if any.
        case notFound(String, suggestions: [Mention])

        public func message(_ language: Language) -> String {
            let zh = language == .zh
            switch self {
            case .empty:
                return zh ? "没有给出节点（编号或名称）" : "no node given (an id or a name)"
            case let .ambiguous(typed, candidates, total):
                let text = Diagnostic.shortenedValue(typed)
                let listed = NodeLookup.list(candidates, language)
                let more = total > candidates.count ? (zh ? "等 \(total) 个" : " and \(total - candidates.count) more") : ""
                return zh ? "“\(text)”可指多个节点：\(listed)\(more)；请写出编号或更完整的名称"
                    : "\"\(text)\" could be several nodes: \(listed)\(more); give the id or more of the name"
            case let .notFound(typed, suggestions):
                let text = Diagnostic.shortenedValue(typed)
                let base = zh ? "没有编号或名称为“\(text)”的节点" : "no node has the id or name \"\(text)\""
                return base + NodeLookup.didYouMean(suggestions, language)
            }
        }
    }

    private let nodes: [Node]
    private let ids: IDIndex
    /// Per node, its name's and its id's comparison keys (``key(_:)``), in one arena:
    /// node `i`'s name key is `keys[starts[2i] ..< starts[2i + 1]]`, its id key
    /// `keys[starts[2i + 1] ..< starts[2i + 2]]`.
    private let keys: [UInt8]
    private let starts: [Int]
    /// Every name key and id key → an entry of `entryNode`.
    private let byKey: IDIndex
    /// The node of each key, or -1 when several nodes share the key.
    private let entryNode: [Int32]

    /// A lookup over a network's nodes.
    public init(_ network: TrustNetwork) {
        self.init(nodes: network.nodes, ids: network.indexByID)
    }

    /// A lookup over nodes being read (``NetworkBuilder``), whose ids `ids` indexes.
    init(nodes: [Node], ids: IDIndex) {
        self.nodes = nodes
        self.ids = ids
        var keys: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(2 * nodes.count + 1)
        var byKey = IDIndex(capacity: 2 * nodes.count)
        var entryNode: [Int32] = []
        entryNode.reserveCapacity(2 * nodes.count)
        for (i, node) in nodes.enumerated() {
            for text in [node.name, node.id] {
                let start = keys.count
                NodeLookup.appendKey(text, to: &keys)
                starts.append(keys.count)
                guard keys.count > start else { continue }
                let inserted: Int32? = keys.withUnsafeBufferPointer { buffer in
                    byKey.insert(UnsafeBufferPointer(rebasing: buffer[start..<buffer.count]))
                }
                if inserted != nil {
                    entryNode.append(Int32(i))
                } else if let entry = keys.withUnsafeBufferPointer({ byKey.find(UnsafeBufferPointer(rebasing: $0[start..<$0.count])) }),
                          entryNode[Int(entry)] != Int32(i) {
                    entryNode[Int(entry)] = -1
                }
            }
        }
        self.keys = keys
        self.starts = starts
        self.byKey = byKey
        self.entryNode = entryNode
    }

    /// The node `text` names (see the type's documentation for the order of the rules).
    public func resolve(_ text: String) throws(Failure) -> Found {
        if let index = ids.find(text) { return Found(index: index, match: .id) }
        let trimmed = Vocabulary.trimmed(text)
        guard !trimmed.isEmpty else { throw .empty }
        if let index = ids.find(trimmed) { return Found(index: index, match: .id) }
        switch exactName(trimmed) {
        case let .one(index): return Found(index: index, match: .name)
        case let .several(indices):
            throw .ambiguous(trimmed, candidates: mentions(indices.prefix(NodeLookup.listed)), total: indices.count)
        case .none: break
        }
        let holders = nodesHolding(trimmed)
        if holders.count == 1 { return Found(index: holders[0], match: .fragment) }
        if holders.count > 1 {
            throw .ambiguous(trimmed, candidates: mentions(holders.prefix(NodeLookup.listed)), total: holders.count)
        }
        throw .notFound(trimmed, suggestions: suggestions(for: trimmed))
    }

    /// The node `text` names, as ``resolve(_:)``; when the text could mean several nodes, the
    /// one among them that `wanted` accepts — `--area 红星` means the committee 红星社区居委会,
    /// not the office or the clients of 红星社区 — and still ambiguous when several are.
    /// - Complexity: ``resolve(_:)``, plus one pass over the names when it is ambiguous.
    public func resolve(_ text: String, preferring wanted: (Node) -> Bool) throws(Failure) -> Found {
        do {
            return try resolve(text)
        } catch {
            guard case .ambiguous = error else { throw error }
            let trimmed = Vocabulary.trimmed(text)
            let candidates: [Int32], match: Match
            if case let .several(all) = exactName(trimmed) {
                (candidates, match) = (all, .name)
            } else {
                (candidates, match) = (nodesHolding(trimmed), .fragment)
            }
            let kept = candidates.filter { wanted(nodes[Int($0)]) }
            if kept.count == 1 { return Found(index: kept[0], match: match) }
            if kept.count > 1 { throw .ambiguous(trimmed, candidates: mentions(kept.prefix(NodeLookup.listed)), total: kept.count) }
            throw error
        }
    }

    /// How many nodes a message lists.
    static let listed = 5

    /// What an exact name (or an id in another case or width) finds.
    public enum NameMatch: Equatable, Sendable {
        case none
        case one(Int32)
        /// Several nodes share the name, in network order.
        case several([Int32])
    }

    /// The node whose name or id is `text` up to spaces, case and full-width forms.
    /// - Complexity: O(|text|) on average; O(n) when several nodes share the name.
    public func exactName(_ text: String) -> NameMatch {
        var key: [UInt8] = []
        NodeLookup.appendKey(text, to: &key)
        guard !key.isEmpty, let entry = key.withUnsafeBufferPointer({ byKey.find($0) }) else { return .none }
        let node = entryNode[Int(entry)]
        if node >= 0 { return .one(node) }
        var several: [Int32] = []
        for i in nodes.indices where keyOf(i, name: true) == key[...] || keyOf(i, name: false) == key[...] {
            several.append(Int32(i))
        }
        return .several(several)
    }

    /// The nodes whose name or id holds `text` (compared as keys), shortest name first.
    /// - Complexity: O(total length of the keys).
    public func nodesHolding(_ text: String) -> [Int32] {
        var key: [UInt8] = []
        NodeLookup.appendKey(text, to: &key)
        guard !key.isEmpty else { return [] }
        var found: [Int32] = []
        keys.withUnsafeBufferPointer { arena in
            for i in nodes.indices where NodeLookup.contains(arena, starts[2 * i], starts[2 * i + 1], key)
                || NodeLookup.contains(arena, starts[2 * i + 1], starts[2 * i + 2], key) {
                found.append(Int32(i))
            }
        }
        return found.sorted { (nodes[Int($0)].name.count, $0) < (nodes[Int($1)].name.count, $1) }
    }

    /// The closest ids and names to `text`, best first, at most `limit`: the nodes whose name
    /// or id holds it (shortest name first), else the closest by common subsequence.
    /// - Complexity: one pass over the keys; the subsequence only for candidates that can
    ///   still make the list.
    public func suggestions(for text: String, limit: Int = 5) -> [Mention] {
        // The nodes whose name holds the text are what it most likely meant (`红星` written
        // in a tie for `红星社区居委会`), before any merely similar one.
        let holders = nodesHolding(text)
        if !holders.isEmpty { return mentions(holders.prefix(limit)) }
        var queryKey: [UInt8] = []
        NodeLookup.appendKey(text, to: &queryKey)
        let query = Array(String(decoding: queryKey, as: UTF8.self).unicodeScalars)
        guard !query.isEmpty, limit > 0 else { return [] }
        let querySet = Set(query)
        var best: [(score: Double, node: Int32)] = []
        var scalars: [Unicode.Scalar] = []
        keys.withUnsafeBufferPointer { arena in
            for i in nodes.indices {
                var nodeScore = 0.0
                for part in 0..<2 {
                    let slice = UnsafeBufferPointer(rebasing: arena[starts[2 * i + part] ..< starts[2 * i + part + 1]])
                    guard !slice.isEmpty else { continue }
                    scalars.removeAll(keepingCapacity: true)
                    var shared = 0
                    for scalar in String(decoding: slice, as: UTF8.self).unicodeScalars.prefix(64) {
                        scalars.append(scalar)
                        if querySet.contains(scalar) { shared += 1 }
                    }
                    let total = Double(query.count + scalars.count)
                    let bound = 2 * Double(min(shared, query.count)) / total
                    let floor = best.count == limit ? max(NodeLookup.closeEnough, best[limit - 1].score) : NodeLookup.closeEnough
                    guard bound >= floor, bound > nodeScore else { continue }
                    let common = NodeLookup.commonSubsequence(query, scalars)
                    // One character in common is chance (`O5` and `O1`), not closeness.
                    guard common >= min(2, query.count) else { continue }
                    nodeScore = max(nodeScore, 2 * Double(common) / total)
                }
                guard nodeScore >= NodeLookup.closeEnough else { continue }
                let at = best.firstIndex { $0.score < nodeScore } ?? best.count
                if at < limit {
                    best.insert((nodeScore, Int32(i)), at: at)
                    if best.count > limit { best.removeLast() }
                }
            }
        }
        // Far weaker suggestions beside a good one only distract.
        let top = best.first?.score ?? 0
        return mentions(best.filter { $0.score >= top - 0.15 }.map(\.node))
    }

    /// The least closeness (2·common / total length) worth suggesting.
    static let closeEnough = 0.5

    private func mentions<S: Sequence>(_ indices: S) -> [Mention] where S.Element == Int32 {
        indices.map { Mention(id: nodes[Int($0)].id, name: nodes[Int($0)].name) }
    }

    private func keyOf(_ node: Int, name: Bool) -> ArraySlice<UInt8> {
        let part = name ? 0 : 1
        return keys[starts[2 * node + part] ..< starts[2 * node + part + 1]]
    }

    // MARK: Keys

    /// The form names are compared in: no spaces (ASCII, full-width, no-break), full-width
    /// letters and digits as ASCII, letters lowercased. UTF-8 bytes.
    static func appendKey(_ text: String, to out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            if Vocabulary.isSpace(scalar) { continue }
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value < 0x80 {
                var byte = UInt8(value)
                if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                out.append(byte)
            } else if let mapped = Unicode.Scalar(value) {
                for lower in mapped.properties.lowercaseMapping.unicodeScalars {
                    out.append(contentsOf: String(lower).utf8)
                }
            }
        }
    }

    /// Whether `arena[start..<end]` holds `key` (bytes of valid UTF-8, so a match starts on
    /// a character).
    private static func contains(_ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ key: [UInt8]) -> Bool {
        let n = key.count
        guard end - start >= n, let first = key.first else { return false }
        var i = start
        while i + n <= end {
            if arena[i] == first {
                var k = 1
                while k < n, arena[i + k] == key[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    /// The length of the longest common subsequence, O(|a|·|b|) time, O(|b|) space.
    static func commonSubsequence(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for j in 1...b.count {
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    // MARK: Messages

    /// `“WF”（青山街道妇联）、“ST”（…）` / `"WF" (…), "ST" (…)`.
    static func list(_ mentions: [Mention], _ language: Language) -> String {
        mentions.map { $0.text(language) }.joined(separator: language.pick("、", ", "))
    }

    /// `；是不是“WF”（青山街道妇联）？` / `; did you mean "WF" (…)?`, empty without suggestions.
    static func didYouMean(_ suggestions: [Mention], _ language: Language) -> String {
        guard !suggestions.isEmpty else { return "" }
        let listed = suggestions.map { $0.text(language) }
        return language == .zh ? "；是不是" + listed.joined(separator: "、") + "？"
            : "; did you mean " + listed.joined(separator: ", ") + "?"
    }
}

extension NodeLookup {
    /// Resolves one text in a network: the exact id at once, the rest through a lookup built
    /// for the purpose (O(n)).
    public static func resolve(_ text: String, in network: TrustNetwork) throws(Failure) -> Found {
        if let index = network.index(of: text) { return Found(index: index, match: .id) }
        return try NodeLookup(network).resolve(text)
    }

    /// ``resolve(_:preferring:)`` in a network, the exact id at once.
    public static func resolve(_ text: String, in network: TrustNetwork, preferring wanted: (Node) -> Bool) throws(Failure) -> Found {
        if let index = network.index(of: text) { return Found(index: index, match: .id) }
        return try NodeLookup(network).resolve(text, preferring: wanted)
    }
}
