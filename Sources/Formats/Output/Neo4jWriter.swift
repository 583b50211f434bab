import TrustModel

/// A network in the CSV layout of Neo4j's bulk importer (`neo4j-admin database import
/// full`), for a network that outgrows one machine: `nodes.csv` with headers `id:ID`,
/// `:LABEL` (`Partner` plus the kind, e.g. `Partner;Station`) and typed properties
/// (`size:int`, `capacity:double`, tags as `string[]`), and `relationships.csv` with
/// `:START_ID`, `:END_ID`, `:TYPE` (the relation, e.g. `GUIDANCE`, `MUTUAL_AID`), `trust:double`,
/// `mutual:boolean`, `since:date` …; extra attributes are string properties. Plain UTF-8
/// without a byte-order mark and without formula neutralising: these files are for a
/// program, not a spreadsheet. Values may hold line breaks, so import with
/// `--multiline-fields=true`.
public enum Neo4jWriter {
    public static let nodesFile = "nodes.csv"
    public static let relationshipsFile = "relationships.csv"

    static func files(_ network: TrustNetwork) -> [(name: String, bytes: [UInt8])] {
        typealias Field = SpreadsheetCSV.Field
        var nodes: [[Field]] = [
            ["id:ID", "name", "kind", ":LABEL", "area", "resources:string[]", "needs:string[]", "size:int", "capacity:double"]
                .map(Field.text) + network.nodeAttributeNames.map { .text(propertyName($0)) },
        ]
        for node in network.nodes {
            var row: [Field] = [.text(node.id), .text(node.name), .text(node.kind.keyword),
                                .text("Partner;" + label(node.kind)), .optional(node.area),
                                tags(node.resources), tags(node.needs), .integer(node.size), .optional(node.capacity)]
            for name in network.nodeAttributeNames { row.append(.optional(node.attributes[name])) }
            nodes.append(row)
        }
        var ties: [[Field]] = [
            [":START_ID", ":END_ID", ":TYPE", "trust:double", "mutual:boolean", "frequency:double", "value:double", "since:date"]
                .map(Field.text) + network.tieAttributeNames.map { .text(propertyName($0)) },
        ]
        for tie in network.ties {
            var row: [Field] = [.text(network[tie.source].id), .text(network[tie.target].id), .text(type(tie.relation)),
                                .number(tie.trust), .text(tie.mutual ? "true" : "false"), .optional(tie.frequency),
                                .optional(tie.value), .optional(tie.since)]
            for name in network.tieAttributeNames { row.append(.optional(tie.attributes[name])) }
            ties.append(row)
        }
        return [
            (nodesFile, SpreadsheetCSV.render(nodes, neutralising: false, byteOrderMark: false)),
            (relationshipsFile, SpreadsheetCSV.render(ties, neutralising: false, byteOrderMark: false)),
        ]
    }

    /// The node label of a kind: `head-station` → `HeadStation`.
    public static func label(_ kind: NodeKind) -> String {
        kind.keyword.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The relationship type of a relation: `mutual-aid` → `MUTUAL_AID`.
    public static func type(_ relation: Relation) -> String {
        String(relation.keyword.uppercased().map { $0 == "-" ? "_" : $0 })
    }

    /// A property name the importer takes literally: `:` would start a type, so it becomes `_`.
    static func propertyName(_ name: String) -> String {
        String(name.map { $0 == ":" ? "_" : $0 })
    }

    private static func tags(_ tags: [Tag]) -> SpreadsheetCSV.Field {
        tags.isEmpty ? .empty : .text(tags.map(\.keyword).joined(separator: ";"))
    }
}
