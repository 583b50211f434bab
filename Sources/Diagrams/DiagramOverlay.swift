/// Findings to draw on the network (the `gaps` view): each a mark on the nodes it concerns,
/// the main node first, with a short label (already in the output language) said inside the
/// main node. Marks of kind `introduction` also draw a dashed line from the station (second
/// node) to the one to meet (first); `mutual-aid` marks join their clients with dashed lines.
/// Built from the gap analysis (``init(_:network:language:)``) or read from JSON.
///
/// ```swift
/// let overlay = DiagramOverlay(marks: [
///     .init(kind: "untapped-resource", nodes: ["B3"], label: "闲置：设备、康复", severity: "high"),
///     .init(kind: "introduction", nodes: ["B3", "ST", "CL"], label: "建议经残联引荐"),
/// ])
/// ```
public struct DiagramOverlay: Sendable, Equatable, Codable {
    /// One finding as drawn.
    public struct Mark: Sendable, Equatable, Codable {
        /// The finding's kind by its keyword (`untapped-resource`, `single-point-of-failure`,
        /// `introduction`, `mutual-aid`, … as in `guanxi gaps --format json`); another word
        /// draws a plain mark.
        public var kind: String
        /// Ids of the nodes it concerns, the main one first.
        public var nodes: [String]
        /// What is said inside the main node.
        public var label: String
        /// `high`, `medium` or `low` (the outline's colour); none draws it as medium.
        public var severity: String?

        public init(kind: String, nodes: [String], label: String, severity: String? = nil) {
            self.kind = kind
            self.nodes = nodes
            self.label = label
            self.severity = severity
        }
    }

    /// The marks, most important first.
    public var marks: [Mark]

    public init(marks: [Mark] = []) {
        self.marks = marks
    }

    private enum CodingKeys: String, CodingKey {
        case marks, untappedResources, suggestions, singlePointsOfFailure
    }

    /// The earlier file layout, still read: marks by kind in three lists.
    private struct Legacy: Decodable {
        var node: String?
        var nodes: [String]?
        var kind: String?
        var label: String
    }

    /// Reads `{"marks": [{"kind": …, "nodes": […], "label": …, "severity": …}]}`; the earlier
    /// layout (`untappedResources`, `suggestions`, `singlePointsOfFailure`) is read too.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var marks = try container.decodeIfPresent([Mark].self, forKey: .marks) ?? []
        for old in try container.decodeIfPresent([Legacy].self, forKey: .untappedResources) ?? [] {
            marks.append(Mark(kind: "untapped-resource", nodes: [old.node].compactMap { $0 }, label: old.label))
        }
        for old in try container.decodeIfPresent([Legacy].self, forKey: .suggestions) ?? [] {
            let nodes = old.nodes ?? []
            if old.kind == "introduction" {
                // Was [station, holder]; a mark names the one to meet first.
                marks.append(Mark(kind: "introduction", nodes: Array(nodes.reversed()), label: old.label))
            } else {
                marks.append(Mark(kind: "mutual-aid", nodes: nodes, label: old.label))
            }
        }
        for old in try container.decodeIfPresent([Legacy].self, forKey: .singlePointsOfFailure) ?? [] {
            marks.append(Mark(kind: "single-point-of-failure", nodes: [old.node].compactMap { $0 }, label: old.label))
        }
        self.marks = marks
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(marks, forKey: .marks)
    }

    /// Every node id the overlay names, in order of appearance.
    public var nodeIDs: [String] { marks.flatMap(\.nodes) }
}
