import TrustModel

/// A network as GraphML (http://graphml.graphdrawing.org), for Gephi, yEd, networkx and
/// igraph, lossless: ``GraphMLNetworkReader`` reads it back to an equal ``TrustNetwork``.
///
/// Every column is a typed `<key>` (`attr.type` string, int, double or boolean) named by its
/// English column name; extra attributes are string keys named as written. Node ids are the
/// network's own ids; edges are directed (`edgedefault="directed"`) with `mutual` saying
/// whether a tie counts both ways. Title, date and thresholds are graph-level data.
public enum GraphMLWriter {
    /// The GraphML text, deterministic: the same network gives the same bytes.
    /// - Complexity: O(n + m) in nodes and ties.
    public static func render(_ network: TrustNetwork) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func key(_ id: String, _ domain: String, _ name: String, _ type: String) {
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.attribute(name))\" attr.type=\"\(type)\"/>\n"
        }
        let settings = graphSettings(network)
        for (i, setting) in settings.enumerated() { key("g\(i)", "graph", setting.name, setting.type) }
        let nodeKeys: [(String, String)] = [("name", "string"), ("kind", "string"), ("area", "string"),
                                            ("resources", "string"), ("needs", "string"), ("size", "int"),
                                            ("capacity", "double")]
        for (i, (name, type)) in nodeKeys.enumerated() { key("n\(i)", "node", name, type) }
        for (i, name) in network.nodeAttributeNames.enumerated() { key("n\(nodeKeys.count + i)", "node", name, "string") }
        let edgeKeys: [(String, String)] = [("relation", "string"), ("trust", "double"), ("mutual", "boolean"),
                                            ("frequency", "double"), ("value", "double"), ("since", "string")]
        for (i, (name, type)) in edgeKeys.enumerated() { key("e\(i)", "edge", name, type) }
        for (i, name) in network.tieAttributeNames.enumerated() { key("e\(edgeKeys.count + i)", "edge", name, "string") }

        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for (i, setting) in settings.enumerated() { data("g\(i)", setting.value, indent: "    ", into: &out) }
        for node in network.nodes {
            out += "    <node id=\"\(XMLText.attribute(node.id))\">\n"
            data("n0", node.name, into: &out)
            data("n1", node.kind.keyword, into: &out)
            if let area = node.area { data("n2", area, into: &out) }
            if !node.resources.isEmpty { data("n3", node.resources.map(\.keyword).joined(separator: ";"), into: &out) }
            if !node.needs.isEmpty { data("n4", node.needs.map(\.keyword).joined(separator: ";"), into: &out) }
            data("n5", String(node.size), into: &out)
            if let capacity = node.capacity { data("n6", JSONWriter.format(capacity), into: &out) }
            for (i, name) in network.nodeAttributeNames.enumerated() {
                if let value = node.attributes[name] { data("n\(nodeKeys.count + i)", value, into: &out) }
            }
            out += "    </node>\n"
        }
        for (index, tie) in network.ties.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLText.attribute(network[tie.source].id))\" "
                + "target=\"\(XMLText.attribute(network[tie.target].id))\">\n"
            data("e0", tie.relation.keyword, into: &out)
            data("e1", JSONWriter.format(tie.trust), into: &out)
            data("e2", tie.mutual ? "true" : "false", into: &out)
            if let frequency = tie.frequency { data("e3", JSONWriter.format(frequency), into: &out) }
            if let value = tie.value { data("e4", JSONWriter.format(value), into: &out) }
            if let since = tie.since { data("e5", since, into: &out) }
            for (i, name) in network.tieAttributeNames.enumerated() {
                if let value = tie.attributes[name] { data("e\(edgeKeys.count + i)", value, into: &out) }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ value: String, indent: String = "      ", into out: inout String) {
        out += "\(indent)<data key=\"\(key)\">"
        XMLText.append(value, attribute: false, to: &out)
        out += "</data>\n"
    }

    /// Title, date and the thresholds set away from their defaults, as graph-level data.
    static func graphSettings(_ network: TrustNetwork) -> [(name: String, type: String, value: String)] {
        var settings: [(name: String, type: String, value: String)] = []
        if let title = network.title { settings.append(("title", "string", title)) }
        if let date = network.date { settings.append(("date", "string", date)) }
        for (name, value) in NetworkTables.thresholdEntries(network.thresholds) {
            settings.append((name, "double", JSONWriter.format(value)))
        }
        return settings
    }
}
