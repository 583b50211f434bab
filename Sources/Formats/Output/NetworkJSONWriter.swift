import TrustModel

/// A network as Guanxi's own JSON (DESIGN §3, format 2), lossless: ``NetworkReader`` reads
/// it back to an equal ``TrustNetwork``. Keys and keywords are English, tags are arrays,
/// numbers are numbers, extra attributes are keys of their row in their column order.
public enum NetworkJSONWriter {
    /// The JSON text, deterministic: the same network gives the same bytes.
    /// - Complexity: O(n + m) in nodes and ties.
    public static func render(_ network: TrustNetwork) -> String {
        var members = settingsMembers(network)
        var nodes: [JSONWriter.Value] = []
        nodes.reserveCapacity(network.nodes.count)
        for node in network.nodes {
            var row: [(String, JSONWriter.Value)] = [
                ("id", .string(node.id)), ("name", .string(node.name)), ("kind", .string(node.kind.keyword)),
            ]
            if let area = node.area { row.append(("area", .string(area))) }
            if !node.resources.isEmpty { row.append(("resources", .array(node.resources.map { .string($0.keyword) }))) }
            if !node.needs.isEmpty { row.append(("needs", .array(node.needs.map { .string($0.keyword) }))) }
            row.append(("size", .int(node.size)))
            if let capacity = node.capacity { row.append(("capacity", .double(capacity))) }
            // Every attribute on every row, empty when absent (read back as absent): the
            // reader takes the attributes' order from their first appearance.
            for name in network.nodeAttributeNames { row.append((name, .string(node.attributes[name] ?? ""))) }
            nodes.append(.object(row))
        }
        var ties: [JSONWriter.Value] = []
        ties.reserveCapacity(network.ties.count)
        for tie in network.ties {
            var row: [(String, JSONWriter.Value)] = [
                ("source", .string(network[tie.source].id)), ("target", .string(network[tie.target].id)),
                ("relation", .string(tie.relation.keyword)), ("trust", .double(tie.trust)),
                ("mutual", .bool(tie.mutual)),
            ]
            if let frequency = tie.frequency { row.append(("frequency", .double(frequency))) }
            if let value = tie.value { row.append(("value", .double(value))) }
            if let since = tie.since { row.append(("since", .string(since))) }
            for name in network.tieAttributeNames { row.append((name, .string(tie.attributes[name] ?? ""))) }
            ties.append(.object(row))
        }
        members.append(("nodes", .array(nodes)))
        members.append(("ties", .array(ties)))
        return JSONWriter.render(.object(members))
    }

    /// `title`, `date` and `thresholds` (only those set away from their defaults), as in
    /// `network.json`.
    static func settingsMembers(_ network: TrustNetwork) -> [(String, JSONWriter.Value)] {
        var members: [(String, JSONWriter.Value)] = []
        if let title = network.title { members.append(("title", .string(title))) }
        if let date = network.date { members.append(("date", .string(date))) }
        var thresholds: [(String, JSONWriter.Value)] = []
        var weak: [(String, JSONWriter.Value)] = []
        for (name, value) in NetworkTables.thresholdEntries(network.thresholds) {
            if name.hasPrefix("weakTrust.") {
                weak.append((String(name.dropFirst("weakTrust.".count)), .double(value)))
            } else {
                thresholds.append((name, .double(value)))
            }
        }
        if !weak.isEmpty { thresholds.append(("weakTrust", .object(weak))) }
        if !thresholds.isEmpty { members.append(("thresholds", .object(thresholds))) }
        return members
    }
}
