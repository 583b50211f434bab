/// Findings to draw on the network (the `gaps` view): what the gap analyses report, reduced
/// to what a diagram can show. Nodes are named by their ids in the network; every mark has a
/// short label (already in the output language) drawn next to it.
///
/// ```swift
/// let overlay = DiagramOverlay(
///     untappedResources: [.init(node: "B3", label: "设备、康复未被链接")],
///     suggestions: [.init(kind: .introduction, nodes: ["ST", "B3"], label: "经残联介绍")],
///     singlePointsOfFailure: [.init(node: "O6", label: "柳荫社区唯一的服务通道")])
/// ```
public struct DiagramOverlay: Sendable, Equatable, Codable {
    /// A node singled out, with why.
    public struct Mark: Sendable, Equatable, Codable {
        public var node: String
        public var label: String
        public init(node: String, label: String) {
            self.node = node
            self.label = label
        }
    }

    /// A tie that does not exist yet and is suggested: drawn dashed.
    public struct Suggestion: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, CaseIterable, Codable {
            /// A station and a resource holder to be introduced (`nodes` = [station, holder]).
            case introduction
            /// Clients who could form a mutual-aid group (`nodes` = the members, two or more).
            case mutualAidGroup = "mutual-aid-group"
        }
        public var kind: Kind
        /// The nodes the suggestion joins: two for an introduction, the members of a group.
        public var nodes: [String]
        public var label: String
        public init(kind: Kind, nodes: [String], label: String) {
            self.kind = kind
            self.nodes = nodes
            self.label = label
        }
    }

    /// Partners holding resources no one uses: outlined.
    public var untappedResources: [Mark]
    /// Introductions and mutual-aid groups to make: dashed ties.
    public var suggestions: [Suggestion]
    /// Nodes whose loss would cut others off: marked.
    public var singlePointsOfFailure: [Mark]

    public init(untappedResources: [Mark] = [], suggestions: [Suggestion] = [],
                singlePointsOfFailure: [Mark] = []) {
        self.untappedResources = untappedResources
        self.suggestions = suggestions
        self.singlePointsOfFailure = singlePointsOfFailure
    }

    /// Reads an overlay from JSON: `{"untappedResources": [{"node": …, "label": …}],
    /// "suggestions": [{"kind": "introduction" | "mutual-aid-group", "nodes": […], "label": …}],
    /// "singlePointsOfFailure": [{"node": …, "label": …}]}` (every key optional).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        untappedResources = try container.decodeIfPresent([Mark].self, forKey: .untappedResources) ?? []
        suggestions = try container.decodeIfPresent([Suggestion].self, forKey: .suggestions) ?? []
        singlePointsOfFailure = try container.decodeIfPresent([Mark].self, forKey: .singlePointsOfFailure) ?? []
    }

    /// Every node id the overlay names, in order of appearance.
    public var nodeIDs: [String] {
        untappedResources.map(\.node) + suggestions.flatMap(\.nodes) + singlePointsOfFailure.map(\.node)
    }
}
