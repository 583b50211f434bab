/// Turns rows as read (``NodeRecord``, ``TieRecord``) into a ``TrustNetwork``, checking every
/// rule of DESIGN §3 and collecting every problem at once with its position. Every reader
/// (CSV, JSON, and later XLSX and GraphML) goes through it, so the rules hold for all.
///
/// Add all nodes first, then the ties, then call ``build()``.
///
/// - Complexity: O(1) average per row; ``build()`` is O(n + m).
public struct NetworkBuilder {
    public var title: String?
    public var date: String?
    public var thresholds = Thresholds()

    private let nodesSource: TableSource
    private let tiesSource: TableSource
    private var diagnostics: [Diagnostic] = []
    /// Errors so far, kept as a count so each row can tell whether it added any in O(1).
    private var errorCount = 0
    private var nodes: [Node] = []
    private var nodeLines: [Int32] = []
    private var indexByID = IDIndex()
    /// Ids of rows that were rejected: ties to them are skipped quietly, not reported again.
    private var rejectedIDs: Set<String> = []
    private var ties: [Tie] = []
    private var tieLines: [Int32] = []
    private var nodeAttributeNames: [String] = []
    private var tieAttributeNames: [String] = []
    private var warnedTags: Set<String> = []
    /// Headers as the user wrote them, for naming columns in messages.
    private var nodeHeaders: [NodeColumn: String] = [:]
    private var tieHeaders: [TieColumn: String] = [:]
    /// The nodes table could not be read at all: ties to ids not found are then skipped
    /// quietly, so one broken file is one error, not one per tie.
    private var nodesUnreadable = false
    /// Names and ids of the nodes, for endpoints written as names; made at the first
    /// endpoint that is not an id.
    private var lookup: NodeLookup?
    /// Names already warned about as used for ids; unknown endpoints already given
    /// suggestions (the search for them is one pass over the nodes, so only the first few
    /// distinct ones get it: they are the ones listed).
    private var warnedNames: Set<String> = []
    /// Names several nodes share, as tie endpoints have written them.
    private var sharedNames: [String: NodeLookup.NameMatch] = [:]
    private var suggested: [String: [NodeLookup.Mention]] = [:]
    static let suggestedEndpoints = 20
    /// "Did you mean" for misspelt kinds and relations, by the word as written: a city's
    /// rows repeat the same few misspellings, each measured once (100,000 rows of one took
    /// 12 s); past ``suggestedWords`` distinct words the rest go without (the first are
    /// the ones listed).
    private var wordSuggestions: [String: [String]] = [:]
    static let suggestedWords = 1_000
    /// The language the tables' headers are written in, once one is seen.
    public private(set) var headerLanguage: Language?
    private var reportedOnce: Set<String> = []

    public init(nodesSource: TableSource, tiesSource: TableSource) {
        self.nodesSource = nodesSource
        self.tiesSource = tiesSource
    }

    /// Records a problem found by a reader (file-level or structural).
    public mutating func report(_ problem: Problem, at position: SourcePosition?) {
        diagnostics.append(Diagnostic(problem, at: position))
        if problem.severity == .error { errorCount += 1 }
    }

    /// Records a problem once per `key` (the first place it is seen): data under a column
    /// that is not read is reported for the column, not for each row.
    public mutating func reportOnce(_ problem: Problem, at position: SourcePosition?, key: String) {
        guard reportedOnce.insert(key).inserted else { return }
        report(problem, at: position)
    }

    /// Notes the texts of a header row (or a workbook's sheet names), from which the
    /// language of the data is told: Chinese as soon as one holds a Chinese character.
    public mutating func noteHeaders(_ texts: [String]) {
        guard headerLanguage != .zh, let language = Language.of(texts) else { return }
        headerLanguage = language
    }

    /// Takes the network's title from a title row above the nodes table's header (a single
    /// text, as people type one over a table), unless the settings gave one.
    public mutating func takeTitle(fromRow texts: [String]) {
        let words = texts.map { Vocabulary.trimmed($0) }.filter { !$0.isEmpty }
        guard title == nil, words.count == 1 else { return }
        title = words[0]
    }

    /// Records how the user wrote a column's header, so messages name it that way
    /// (`“终点”不能为空`). The first header given for a column is kept.
    public mutating func declareHeader(_ column: NodeColumn, written: String) {
        if nodeHeaders[column] == nil { nodeHeaders[column] = written }
    }

    public mutating func declareHeader(_ column: TieColumn, written: String) {
        if tieHeaders[column] == nil { tieHeaders[column] = written }
    }

    private func label(_ column: NodeColumn) -> ColumnLabel {
        nodeHeaders[column].map(ColumnLabel.written) ?? .node(column)
    }

    private func label(_ column: TieColumn) -> ColumnLabel {
        tieHeaders[column].map(ColumnLabel.written) ?? .tie(column)
    }

    /// Says that the nodes table could not be read (a wrong file, a header without the
    /// required columns), so ties to ids not found are not reported one by one.
    public mutating func markNodesUnreadable() { nodesUnreadable = true }

    /// Declares the extra columns of the nodes table, in order.
    /// - Complexity: O(n) (a header of 500,000 columns took minutes when each was compared
    ///   with all before it).
    public mutating func declareNodeAttributes(_ names: [String]) {
        var known = Set(nodeAttributeNames)
        for name in names where known.insert(name).inserted { nodeAttributeNames.append(name) }
    }

    /// Declares the extra columns of the ties table, in order.
    /// - Complexity: O(n).
    public mutating func declareTieAttributes(_ names: [String]) {
        var known = Set(tieAttributeNames)
        for name in names where known.insert(name).inserted { tieAttributeNames.append(name) }
    }

    // MARK: Nodes

    public mutating func addNode(_ record: NodeRecord) {
        let errorsBefore = errorCount
        let rowPosition = nodesSource.position(line: record.line, column: record.column)
        let id = record.id.map { Vocabulary.trimmed($0.text) } ?? ""
        if id.isEmpty {
            report(.missingValue(column: label(.id)),
                   at: record.id.map(nodesSource.position(of:)) ?? rowPosition)
        }

        var kind: NodeKind?
        if let cell = record.kind, !cell.isBlank {
            kind = NodeKind(word: cell.text)
            if kind == nil {
                let written = Vocabulary.trimmed(cell.text)
                report(.unknownKind(written, suggestions: suggestions("kind " + written) { NodeKind.suggestions(for: written).map(\.spelling) }),
                       at: nodesSource.position(of: cell))
            }
        } else {
            report(.missingValue(column: label(.kind)),
                   at: record.kind.map(nodesSource.position(of:)) ?? rowPosition)
        }

        let resources = tags(record.resources)
        let needs = tags(record.needs)
        var size = 1
        if let cell = record.size, !cell.isBlank {
            if let value = ValueParsing.number(cell.text.replacingPeopleSuffix()), value >= 0,
               value == value.rounded(), value <= Double(Int32.max) {
                size = Int(value)
            } else {
                report(.invalidSize(Vocabulary.trimmed(cell.text)), at: nodesSource.position(of: cell))
            }
        }
        let capacity = nonNegativeNumber(record.capacity, column: .capacity)
        let attributes = attributeValues(record.attributes)

        if !id.isEmpty, let existing = indexByID.find(id) {
            report(.duplicateID(id, firstLine: Int(nodeLines[Int(existing)])),
                   at: record.id.map(nodesSource.position(of:)) ?? rowPosition)
            return
        }
        guard errorCount == errorsBefore, let kind else {
            if !id.isEmpty { rejectedIDs.insert(id) }
            return
        }
        let name = record.name.map { Vocabulary.trimmed($0.text) }
        let area = record.area.map { Vocabulary.trimmed($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        indexByID.insert(id)
        lookup = nil
        nodeLines.append(Int32(clamping: record.line))
        nodes.append(Node(id: id, name: name, kind: kind, area: area, resources: resources,
                          needs: needs, size: size, capacity: capacity, attributes: attributes))
    }


    /// The suggestions for a misspelt word, found once per word (``wordSuggestions``).
    private mutating func suggestions(_ key: String, _ find: () -> [String]) -> [String] {
        if let known = wordSuggestions[key] { return known }
        guard wordSuggestions.count < NetworkBuilder.suggestedWords else { return [] }
        let found = find()
        wordSuggestions[key] = found
        return found
    }

    private mutating func tags(_ cell: Cell?) -> [Tag] {
        guard let cell, !cell.isBlank else { return [] }
        var tags: [Tag] = []
        if let list = cell.list {
            var seen: Set<Tag> = []
            for word in list {
                let tag = Tag(word: word)
                if !tag.keyword.isEmpty, seen.insert(tag).inserted { tags.append(tag) }
            }
        } else {
            tags = Tag.list(from: cell.text)
        }
        for tag in tags where tag.known == nil && warnedTags.insert(tag.keyword).inserted {
            report(.unknownTag(tag.keyword), at: nodesSource.position(of: cell))
        }
        return tags
    }

    private mutating func nonNegativeNumber(_ cell: Cell?, column: NodeColumn) -> Double? {
        guard let cell, !cell.isBlank else { return nil }
        guard let value = ValueParsing.number(cell.text), value >= 0 else {
            report(.invalidNumber(column: label(column), text: Vocabulary.trimmed(cell.text)),
                   at: nodesSource.position(of: cell))
            return nil
        }
        return value
    }

    private func attributeValues(_ cells: [(name: String, cell: Cell)]) -> [String: String] {
        var values: [String: String] = [:]
        for (name, cell) in cells where !cell.isBlank {
            values[name] = cell.list?.joined(separator: ";") ?? cell.text
        }
        return values
    }

    // MARK: Ties

    public mutating func addTie(_ record: TieRecord) {
        let errorsBefore = errorCount
        let rowPosition = tiesSource.position(line: record.line, column: record.column)
        let source = endpoint(record.source, column: .source, row: rowPosition)
        let target = endpoint(record.target, column: .target, row: rowPosition)

        var relation: Relation?
        if let cell = record.relation, !cell.isBlank {
            relation = Relation(word: cell.text)
            if relation == nil {
                let written = Vocabulary.trimmed(cell.text)
                report(.unknownRelation(written, suggestions: suggestions("relation " + written) { Relation.suggestions(for: written).map(\.spelling) }),
                       at: tiesSource.position(of: cell))
            }
        } else {
            report(.missingValue(column: label(.relation)),
                   at: record.relation.map(tiesSource.position(of:)) ?? rowPosition)
        }

        let trust = trustValue(record, row: rowPosition)
        var mutual: Bool?
        if let cell = record.mutual, !cell.isBlank {
            mutual = ValueParsing.boolean(cell.text)
            if mutual == nil {
                report(.invalidBoolean(column: label(.mutual), text: Vocabulary.trimmed(cell.text)),
                       at: tiesSource.position(of: cell))
            }
        }
        let frequency = tieNumber(record.frequency, column: .frequency)
        let value = tieNumber(record.value, column: .value)
        var since: String?
        if let cell = record.since, !cell.isBlank {
            switch ValueParsing.date(cell.text) {
            case let .date(iso): since = iso
            case let .nonexistent(fault):
                report(.nonexistentDate(Vocabulary.trimmed(cell.text), fault), at: tiesSource.position(of: cell))
            case .unreadable:
                report(.unreadableDate(Vocabulary.trimmed(cell.text)), at: tiesSource.position(of: cell))
            }
        }

        if case let .found(s) = source, case let .found(t) = target, s == t {
            report(.selfTie(nodes[Int(s)].id), at: record.target.map(tiesSource.position(of:)) ?? rowPosition)
        }
        guard errorCount == errorsBefore, case let .found(s) = source, case let .found(t) = target,
              let relation, let trust else { return }

        tieLines.append(Int32(clamping: record.line))
        ties.append(Tie(source: s, target: t, relation: relation, trust: trust, mutual: mutual,
                        frequency: frequency, value: value, since: since,
                        attributes: attributeValues(record.attributes)))
    }

    private enum Endpoint { case found(Int32), rejected, missing }

    private mutating func endpoint(_ cell: Cell?, column: TieColumn, row: SourcePosition) -> Endpoint {
        guard let cell, !cell.isBlank else {
            report(.missingValue(column: label(column)), at: cell.map(tiesSource.position(of:)) ?? row)
            return .missing
        }
        if let index = indexByID.find(cell.text) { return .found(index) }
        let id = Vocabulary.trimmed(cell.text)
        if let index = indexByID.find(id) { return .found(index) }
        if rejectedIDs.contains(id) || nodesUnreadable { return .rejected }
        // Not an id: perhaps a node's name.
        if lookup == nil { lookup = NodeLookup(nodes: nodes, ids: indexByID) }
        guard let lookup else { return .missing }
        // A name several nodes share is looked for once, not once per row that writes it
        // (each look is a pass over the nodes).
        let match: NodeLookup.NameMatch
        if let known = sharedNames[id] {
            match = known
        } else {
            match = lookup.exactName(id)
            if case .several = match { sharedNames[id] = match }
        }
        switch match {
        case let .one(index):
            if warnedNames.insert(id).inserted {
                let node = nodes[Int(index)]
                report(.nameUsedAsID(id, node: NodeLookup.Mention(id: node.id, name: node.name)),
                       at: tiesSource.position(of: cell))
            }
            return .found(index)
        case let .several(indices):
            let mentions = indices.prefix(NodeLookup.listed).map { NodeLookup.Mention(id: nodes[Int($0)].id, name: nodes[Int($0)].name) }
            report(.ambiguousNodeName(id, candidates: mentions, total: indices.count), at: tiesSource.position(of: cell))
            return .missing
        case .none:
            var suggestions = suggested[id]
            if suggestions == nil, suggested.count < NetworkBuilder.suggestedEndpoints {
                suggestions = lookup.suggestions(for: id)
                suggested[id] = suggestions
            }
            report(.unknownNode(id, suggestions: suggestions ?? []), at: tiesSource.position(of: cell))
            return .missing
        }
    }

    private mutating func trustValue(_ record: TieRecord, row: SourcePosition) -> Double? {
        var trust: Double?
        var trustFailed = false
        if let cell = record.trust, !cell.isBlank {
            let written = Vocabulary.trimmed(cell.text)
            if let value = ValueParsing.number(cell.text) {
                if (0...1).contains(value) { trust = value } else {
                    report(.trustOutOfRange(written), at: tiesSource.position(of: cell))
                    trustFailed = true
                }
            } else {
                report(.trustNotNumber(written), at: tiesSource.position(of: cell))
                trustFailed = true
            }
        }
        if let cell = record.trust5, !cell.isBlank, !trustFailed {
            let written = Vocabulary.trimmed(cell.text)
            if let value = ValueParsing.number(cell.text), (1...5).contains(value) {
                let mapped = (value - 1) / 4
                if let given = trust {
                    // Half a Likert step apart is a real disagreement, not rounding.
                    if abs(given - mapped) > 0.125, let trustCell = record.trust {
                        report(.trustDisagrees(trust: Vocabulary.trimmed(trustCell.text), trust5: written),
                               at: tiesSource.position(of: cell))
                    }
                } else {
                    trust = mapped
                }
            } else {
                report(.trust5OutOfRange(written), at: tiesSource.position(of: cell))
                return nil
            }
        }
        if trust == nil, !trustFailed {
            report(.missingTrust, at: (record.trust ?? record.trust5).map(tiesSource.position(of:)) ?? row)
        }
        return trust
    }

    private mutating func tieNumber(_ cell: Cell?, column: TieColumn) -> Double? {
        guard let cell, !cell.isBlank else { return nil }
        guard let value = ValueParsing.number(cell.text), value >= 0 else {
            report(.invalidNumber(column: label(column), text: Vocabulary.trimmed(cell.text)),
                   at: tiesSource.position(of: cell))
            return nil
        }
        return value
    }

    // MARK: Checked rows

    // Package access only: a row added here is trusted to break no rule, so the public
    // API (addNode/addTie, then build) cannot make an unvalidated network with them.
    // A fast lane for readers that check a row's every rule themselves (the CSV reader does,
    // on the bytes, for the common row) and fall back to ``addNode(_:)`` / ``addTie(_:)``
    // for any row that breaks or might break one, so every diagnostic still comes from the
    // code above.

    /// Room for this many more nodes and ties.
    package mutating func reserveCapacity(nodes nodeCount: Int, ties tieCount: Int) {
        nodes.reserveCapacity(nodes.count + nodeCount)
        nodeLines.reserveCapacity(nodeLines.count + nodeCount)
        indexByID.reserveCapacity(nodes.count + nodeCount)
        ties.reserveCapacity(ties.count + tieCount)
        tieLines.reserveCapacity(tieLines.count + tieCount)
    }

    /// The index of a node already added, by the UTF-8 bytes of its id exactly as stored.
    package func nodeIndex(utf8 id: UnsafeBufferPointer<UInt8>) -> Int32? { indexByID.find(id) }

    /// Adds a node from a row that breaks no rule: its id (whose UTF-8 bytes are `idBytes`)
    /// is non-empty and trimmed, its kind known, its tags all known, its numbers valid.
    /// Returns `false`, adding nothing, when the id is taken: the reader then sends the row
    /// through ``addNode(_:)`` for the diagnostic.
    package mutating func addChecked(_ node: Node, idBytes: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
        guard indexByID.insert(idBytes) != nil else { return false }
        nodeLines.append(Int32(clamping: line))
        nodes.append(node)
        return true
    }

    /// Adds a tie from a row that breaks no rule (endpoints found by ``nodeIndex(utf8:)``
    /// and different, relation known, trust in range, numbers and date valid).
    package mutating func addChecked(_ tie: Tie, line: Int) {
        tieLines.append(Int32(clamping: line))
        ties.append(tie)
    }

    // MARK: Ties in parts

    /// A builder for a later part of the ties table, read on another thread while this one
    /// reads the part before it: it shares the finished nodes and id index (read only) and
    /// starts with no ties and no diagnostics. ``appendTies(of:)`` puts its rows after this
    /// builder's, so reading the two parts and appending gives what reading them in turn
    /// gives: adding a tie reads the nodes and ids and touches only the ties, their lines,
    /// the diagnostics and the error count.
    package func tiesPart(reservingCapacity capacity: Int) -> NetworkBuilder {
        var part = self
        part.ties = []
        part.tieLines = []
        part.diagnostics = []
        part.errorCount = 0
        part.ties.reserveCapacity(capacity)
        part.tieLines.reserveCapacity(capacity)
        return part
    }

    /// Moves the diagnostics of a builder made by ``tiesPart(reservingCapacity:)`` after this
    /// builder's, leaving its ties for ``appendTies(of:)`` (which a reader may call once it
    /// has let go of the file's bytes, so that the copy does not add to the peak).
    package mutating func takeDiagnostics(of part: inout NetworkBuilder) {
        diagnostics.append(contentsOf: part.diagnostics)
        errorCount += part.errorCount
        part.diagnostics = []
        part.errorCount = 0
    }

    /// Appends the ties and diagnostics of a builder made by ``tiesPart(reservingCapacity:)``
    /// that read the rows after this builder's.
    package mutating func appendTies(of part: consuming NetworkBuilder) {
        ties.append(contentsOf: part.ties)
        part.ties = []
        tieLines.append(contentsOf: part.tieLines)
        diagnostics.append(contentsOf: part.diagnostics)
        errorCount += part.errorCount
    }

    // MARK: Result

    /// Rows with the same source, target and relation as an earlier row. Found by sorting
    /// the ties' keys rather than hashing each row as it comes: one cache-friendly
    /// O(m log m) pass instead of a million-entry dictionary.
    private func reportDuplicateTies(into diagnostics: inout [Diagnostic]) {
        // (pair, relation and row) packed in two integers, so the sort moves 16 bytes a tie.
        var keys: [(pair: UInt64, relationAndIndex: UInt64)] = []
        keys.reserveCapacity(ties.count)
        for (index, tie) in ties.enumerated() {
            keys.append((UInt64(UInt32(tie.source)) << 32 | UInt64(UInt32(tie.target)),
                         UInt64(tie.relation.order) << 32 | UInt64(index)))
        }
        keys.sort { $0 < $1 }
        var first: (pair: UInt64, relation: UInt64, index: Int)?
        for key in keys {
            let relation = key.relationAndIndex >> 32
            let index = Int(key.relationAndIndex & 0xFFFF_FFFF)
            if let run = first, run.pair == key.pair, run.relation == relation {
                diagnostics.append(Diagnostic(.duplicateTie(firstLine: Int(tieLines[run.index])),
                                              at: tiesSource.position(line: Int(tieLines[index]), column: 1)))
            } else {
                first = (key.pair, relation, index)
            }
        }
    }

    /// The network, or `nil` if any error was found; and every diagnostic, sorted by
    /// position. Isolated nodes are warned about here, when all ties are known.
    ///
    /// With many ties the id index is compacted (a rehash, ~20 ms at 1M ties in the profile)
    /// on another thread while the duplicate ties are sought; small networks stay on one.
    public func build() -> (network: TrustNetwork?, diagnostics: [Diagnostic]) {
        var diagnostics = self.diagnostics
        let index = indexByID
        let compaction = ties.count >= 50_000 && !diagnostics.hasErrors ? Background { index.compacted() } : nil
        var tied = [Bool](repeating: false, count: nodes.count)
        for tie in ties {
            tied[Int(tie.source)] = true
            tied[Int(tie.target)] = true
        }
        reportDuplicateTies(into: &diagnostics)
        // An isolated node is only worth a warning when the ties were read without error:
        // otherwise its ties may be among the rejected rows.
        if !diagnostics.hasErrors {
            for (i, node) in nodes.enumerated() where !tied[i] {
                diagnostics.append(Diagnostic(.isolatedNode(node.id),
                                              at: nodesSource.position(line: Int(nodeLines[i]), column: 1)))
            }
        }
        // The nodes table's problems first (a rejected node explains the ties to it), then
        // the ties', each by position; then any other file's (settings).
        let nodesFile = nodesSource, tiesFile = tiesSource
        func rank(_ diagnostic: Diagnostic) -> Int {
            guard let position = diagnostic.position else { return 0 }
            if position.file == nodesFile.file, position.sheet == nodesFile.sheet { return 1 }
            if position.file == tiesFile.file, position.sheet == tiesFile.sheet { return 2 }
            return 3
        }
        diagnostics.sort { (rank($0), $0) < (rank($1), $1) }
        let compacted = compaction?.join()
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let network = TrustNetwork(validated: title, date: date, thresholds: thresholds, nodes: nodes,
                                   ties: ties, nodeAttributeNames: nodeAttributeNames,
                                   tieAttributeNames: tieAttributeNames, index: compacted ?? indexByID.compacted())
        return (network, diagnostics)
    }
}

extension String {
    /// `12人` → `12`: headcounts are often typed with their unit.
    fileprivate func replacingPeopleSuffix() -> String {
        let trimmed = Vocabulary.trimmed(self)
        return trimmed.hasSuffix("人") ? String(trimmed.dropLast()) : trimmed
    }
}
