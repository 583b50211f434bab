import TrustModel

/// A network as GEXF 1.3 (https://gexf.net), Gephi's own format: node kind and the other
/// columns as typed attributes (`<attributes class="node">`), the name as label, each kind
/// in its own colour (``KindColors``), trust as the edge weight, the relation as the edge
/// label, mutual ties as `type="mutual"`. For looking at and laying out a network in Gephi;
/// GraphML is the format to bring one back.
public enum GEXFWriter {
    /// The GEXF text, deterministic: the same network gives the same bytes.
    /// - Complexity: O(n + m) in nodes and ties.
    public static func render(_ network: TrustNetwork) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">

            """
        // A fixed date (the data's own, when it gives a day) keeps the output deterministic.
        let modified = network.date.flatMap { $0.count == 10 ? " lastmodifieddate=\"\($0)\"" : nil } ?? ""
        out += "  <meta\(modified)>\n    <creator>Guanxi</creator>\n"
        if let title = network.title { out += "    <description>\(XMLText.escaped(title))</description>\n" }
        out += "  </meta>\n  <graph defaultedgetype=\"directed\" mode=\"static\">\n"

        let nodeAttributes: [(String, String)] = [("kind", "string"), ("area", "string"), ("resources", "string"),
                                                  ("needs", "string"), ("size", "integer"), ("capacity", "double")]
            + network.nodeAttributeNames.map { ($0, "string") }
        let edgeAttributes: [(String, String)] = [("relation", "string"), ("trust", "double"), ("mutual", "boolean"),
                                                  ("frequency", "double"), ("value", "double"), ("since", "string")]
            + network.tieAttributeNames.map { ($0, "string") }
        for (domain, attributes, prefix) in [("node", nodeAttributes, "n"), ("edge", edgeAttributes, "e")] {
            out += "    <attributes class=\"\(domain)\">\n"
            for (i, (title, type)) in attributes.enumerated() {
                out += "      <attribute id=\"\(prefix)\(i)\" title=\"\(XMLText.attribute(title))\" type=\"\(type)\"/>\n"
            }
            out += "    </attributes>\n"
        }

        out += "    <nodes>\n"
        for node in network.nodes {
            out += "      <node id=\"\(XMLText.attribute(node.id))\" label=\"\(XMLText.attribute(node.name))\">\n"
            var values: [(Int, String)] = [(0, node.kind.keyword)]
            if let area = node.area { values.append((1, area)) }
            if !node.resources.isEmpty { values.append((2, node.resources.map(\.keyword).joined(separator: ";"))) }
            if !node.needs.isEmpty { values.append((3, node.needs.map(\.keyword).joined(separator: ";"))) }
            values.append((4, String(node.size)))
            if let capacity = node.capacity { values.append((5, JSONWriter.format(capacity))) }
            for (i, name) in network.nodeAttributeNames.enumerated() {
                if let value = node.attributes[name] { values.append((6 + i, value)) }
            }
            attvalues(values, prefix: "n", into: &out)
            let (r, g, b) = KindColors.rgb(node.kind)
            out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, tie) in network.ties.enumerated() {
            out += "      <edge id=\"\(index)\" source=\"\(XMLText.attribute(network[tie.source].id))\" "
                + "target=\"\(XMLText.attribute(network[tie.target].id))\" "
                + "label=\"\(tie.relation.keyword)\" weight=\"\(JSONWriter.format(tie.trust))\""
                + (tie.mutual ? " type=\"mutual\"" : "") + ">\n"
            var values: [(Int, String)] = [(0, tie.relation.keyword), (1, JSONWriter.format(tie.trust)),
                                           (2, tie.mutual ? "true" : "false")]
            if let frequency = tie.frequency { values.append((3, JSONWriter.format(frequency))) }
            if let value = tie.value { values.append((4, JSONWriter.format(value))) }
            if let since = tie.since { values.append((5, since)) }
            for (i, name) in network.tieAttributeNames.enumerated() {
                if let value = tie.attributes[name] { values.append((6 + i, value)) }
            }
            attvalues(values, prefix: "e", into: &out)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attvalues(_ values: [(Int, String)], prefix: String, into out: inout String) {
        out += "        <attvalues>\n"
        for (id, value) in values {
            out += "          <attvalue for=\"\(prefix)\(id)\" value=\"\(XMLText.attribute(value))\"/>\n"
        }
        out += "        </attvalues>\n"
    }
}
