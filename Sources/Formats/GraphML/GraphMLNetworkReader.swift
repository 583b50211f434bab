import Foundation
import TrustModel

/// Reads a network from GraphML (DESIGN §3, format 4) as Gephi, yEd, networkx and igraph
/// write it. Attributes are matched by their key's `attr.name`, like column headers (English
/// or Chinese, any case): `kind`/`类型` and `relation`/`关系` are required, `trust`/`信任` or
/// `trust5`/`信任度` give the trust, with Gephi's `label` read as the name and `weight` as the
/// trust when those keys are absent; `id`/`编号` data (igraph keeps the original ids there)
/// overrides the element's id. Key defaults apply; yEd's label graphics give the name. Rows
/// go through ``NetworkBuilder``, so every rule applies as for CSV, with positions
/// `file:line:column` of the `<node>` or `<edge>` element.
enum GraphMLNetworkReader {
    private struct Key {
        var domain: String
        var name: String?
        var isGraphics = false
        var fallback: String?
    }

    private struct Element {
        var xmlID: String?
        var source: String?
        var target: String?
        var line: Int
        var column: Int
        var data: [(key: String, text: String, line: Int, column: Int)] = []
        var graphicsLabel: String?
    }

    static func read(bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder) {
        if bytes.isEmpty {
            builder.report(.emptyFile, at: source.position(line: 1, column: 1))
            return
        }
        var keys: [String: Key] = [:]
        var keyOrder: [String] = []
        var currentKey: String?
        var inDefault = false
        var nodes: [Element] = []
        var edges: [Element] = []
        var graphData: [(key: String, text: String, line: Int, column: Int)] = []
        var sawRoot = false
        var element: Element?
        var elementIsNode = false
        var depth = 0  // nesting of node/edge elements (nested graphs)
        var dataKey: String?
        var dataText = ""
        var dataAt = (line: 1, column: 1)
        var graphicsDepth = 0
        var inLabel = false
        var labelText = ""

        // Checked as text (UTF-8, or GB18030 as saved on Chinese Windows, or the declared
        // encoding) before libxml2 sees it.
        let failure = SAXParser.parse(bytes, allowDocumentType: true, guessGB18030: true, start: { name, attributes, at in
            switch name {
            case "graphml": sawRoot = true
            case "key":
                guard let id = attributes["id"] else { return }
                var key = Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"])
                key.isGraphics = attributes["yfiles.type"] != nil
                if keys[id] == nil { keyOrder.append(id) }
                keys[id] = key
                currentKey = id
            case "default": inDefault = currentKey != nil; dataText = ""
            case "node", "edge":
                if let open = element {
                    // A node holding a nested graph: finish it first.
                    if elementIsNode { nodes.append(open) } else { edges.append(open) }
                }
                element = Element(xmlID: attributes["id"], source: attributes["source"], target: attributes["target"],
                                  line: at.line, column: at.column)
                elementIsNode = name == "node"
                depth += 1
            case "data":
                dataKey = attributes["key"]
                dataText = ""
                dataAt = (at.line, at.column)
                if let key = dataKey, keys[key]?.isGraphics == true { graphicsDepth = 1 }
            case "NodeLabel" where graphicsDepth > 0, "EdgeLabel" where graphicsDepth > 0:
                inLabel = true
                labelText = ""
            default: break
            }
        }, end: { name in
            switch name {
            case "key": currentKey = nil
            case "default":
                if let id = currentKey { keys[id]?.fallback = dataText }
                inDefault = false
            case "NodeLabel", "EdgeLabel":
                if inLabel, element?.graphicsLabel == nil {
                    let label = Vocabulary.trimmed(labelText)
                    if !label.isEmpty { element?.graphicsLabel = label }
                }
                inLabel = false
            case "data":
                defer { dataKey = nil; graphicsDepth = 0 }
                guard let key = dataKey, keys[key]?.isGraphics != true else { return }
                if element != nil {
                    element?.data.append((key, dataText, dataAt.line, dataAt.column))
                } else {
                    graphData.append((key, dataText, dataAt.line, dataAt.column))
                }
            case "node", "edge":
                depth -= 1
                if let open = element {
                    if elementIsNode { nodes.append(open) } else { edges.append(open) }
                }
                element = nil
            default: break
            }
        }, text: { text in
            if inLabel { labelText += text } else if dataKey != nil || inDefault { dataText += text }
        })
        if let failure {
            builder.report(.invalidXML(failure.fault), at: source.position(line: failure.line, column: failure.column))
            return
        }
        guard sawRoot else {
            builder.report(.notGraphML, at: source.position(line: 1, column: 1))
            return
        }

        // Graph-level data: the settings.
        SettingsRows.apply(graphData.compactMap { datum in
            guard let name = keys[datum.key]?.name else { return nil }
            return SettingsRows.Entry(key: name, value: datum.text, line: datum.line, column: datum.column)
        }, source: source, into: &builder)

        // What each key means, for nodes and for edges.
        let nodeRoles = roles(keys, keyOrder, domain: "node", table: .nodes)
        let edgeRoles = roles(keys, keyOrder, domain: "edge", table: .ties)
        let top = source.position(line: 1, column: 1)
        var usable = true
        if !nodeRoles.values.contains(where: { $0 == .node(.kind) }), !nodes.isEmpty {
            builder.report(.missingGraphAttribute(.nodes, attribute: "kind", accepted: ["kind"] + NodeColumn.kind.chineseHeaders), at: top)
            usable = false
        }
        if !edges.isEmpty {
            if !edgeRoles.values.contains(where: { $0 == .tie(.relation) }) {
                builder.report(.missingGraphAttribute(.ties, attribute: "relation", accepted: ["relation"] + TieColumn.relation.chineseHeaders), at: top)
                usable = false
            }
            if !edgeRoles.values.contains(where: { $0 == .tie(.trust) || $0 == .tie(.trust5) }) {
                builder.report(.missingGraphAttribute(.ties, attribute: "trust", accepted: ["trust", "trust5", "weight"]
                    + TieColumn.trust.chineseHeaders + TieColumn.trust5.chineseHeaders), at: top)
                usable = false
            }
        }
        guard usable else { return }
        // Key defaults, in the keys' order: each applies to every node (edge) that lacks it.
        func defaults(_ domain: String, _ roles: [String: Role]) -> [(id: String, text: String, role: Role)] {
            keyOrder.compactMap { id in
                guard let key = keys[id], key.domain == domain || key.domain == "all", let text = key.fallback,
                      let role = roles[id] else { return nil }
                return (id, text, role)
            }
        }
        let nodeDefaults = defaults("node", nodeRoles), edgeDefaults = defaults("edge", edgeRoles)
        // Defaults multiply: bounded by the file's size, so reading stays linear in it.
        let applied = nodes.count.multipliedReportingOverflow(by: nodeDefaults.count).partialValue
            + edges.count.multipliedReportingOverflow(by: edgeDefaults.count).partialValue
        guard applied <= max(1_000_000, 4 * bytes.count) else {
            builder.report(.graphMLDefaultsTooMany(values: applied), at: top)
            return
        }
        builder.declareNodeAttributes(keyOrder.compactMap { if case let .attribute(name)? = nodeRoles[$0] { name } else { nil } })
        builder.declareTieAttributes(keyOrder.compactMap { if case let .attribute(name)? = edgeRoles[$0] { name } else { nil } })

        // Nodes, each with its GraphML id mapped to the network id it declares.
        var networkID: [String: String] = [:]
        for node in nodes {
            var record = NodeRecord(line: node.line)
            record.column = node.column
            var given: Set<String> = []
            for datum in node.data {
                guard let role = nodeRoles[datum.key] else { continue }
                given.insert(datum.key)
                assign(role, Cell(datum.text, line: datum.line, column: datum.column), node: &record)
            }
            for (id, text, role) in nodeDefaults where !given.contains(id) {
                assign(role, Cell(text, line: node.line, column: node.column), node: &record)
            }
            if record.id == nil, let xmlID = node.xmlID { record.id = Cell(xmlID, line: node.line, column: node.column) }
            if record.name == nil, let label = node.graphicsLabel { record.name = Cell(label, line: node.line, column: node.column) }
            if let xmlID = node.xmlID, let id = record.id { networkID[xmlID] = id.text }
            builder.addNode(record)
        }
        for edge in edges {
            var record = TieRecord(line: edge.line)
            record.column = edge.column
            record.source = edge.source.map { Cell(networkID[$0] ?? $0, line: edge.line, column: edge.column) }
            record.target = edge.target.map { Cell(networkID[$0] ?? $0, line: edge.line, column: edge.column) }
            var given: Set<String> = []
            for datum in edge.data {
                guard let role = edgeRoles[datum.key] else { continue }
                given.insert(datum.key)
                assign(role, Cell(datum.text, line: datum.line, column: datum.column), tie: &record)
            }
            for (id, text, role) in edgeDefaults where !given.contains(id) {
                assign(role, Cell(text, line: edge.line, column: edge.column), tie: &record)
            }
            builder.addTie(record)
        }
    }

    private enum Role: Equatable { case node(NodeColumn), tie(TieColumn), attribute(String) }

    /// The meaning of each key for one domain: columns by `attr.name`, `label`/`weight` as
    /// name/trust when no such key exists, anything else an attribute.
    private static func roles(_ keys: [String: Key], _ order: [String], domain: String, table: Table) -> [String: Role] {
        var roles: [String: Role] = [:]
        var taken: Set<String> = []
        let applicable = order.filter { keys[$0].map { ($0.domain == domain || $0.domain == "all") && !$0.isGraphics && $0.name != nil } ?? false }
        for id in applicable {
            guard let name = keys[id]?.name.map(Vocabulary.trimmed) else { continue }
            switch table {
            case .nodes:
                if let column = NodeColumn(header: name), taken.insert(column.rawValue).inserted { roles[id] = .node(column) }
            case .ties:
                if let column = TieColumn(header: name), taken.insert(column.rawValue).inserted { roles[id] = .tie(column) }
            }
        }
        for id in applicable where roles[id] == nil {
            guard let name = keys[id]?.name.map(Vocabulary.trimmed) else { continue }
            let normalized = Vocabulary.normalize(name)
            if table == .nodes, normalized == "label", !taken.contains("name") {
                roles[id] = .node(.name); taken.insert("name")
            } else if table == .ties, normalized == "weight", !taken.contains("trust"), !taken.contains("trust5") {
                roles[id] = .tie(.trust); taken.insert("trust")
            } else if !name.isEmpty {
                roles[id] = .attribute(name)
            }
        }
        return roles
    }

    private static func assign(_ role: Role, _ cell: Cell, node record: inout NodeRecord) {
        switch role {
        case let .node(column): record[column] = cell
        case let .attribute(name): record.attributes.append((name, cell))
        case .tie: break
        }
    }

    private static func assign(_ role: Role, _ cell: Cell, tie record: inout TieRecord) {
        switch role {
        case let .tie(column): record[column] = cell
        case let .attribute(name): record.attributes.append((name, cell))
        case .node: break
        }
    }
}
