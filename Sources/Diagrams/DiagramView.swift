/// What a diagram shows (DESIGN §5).
public enum DiagramView: Sendable, Equatable {
    /// Everything, clustered by community (`area`).
    case network
    /// Head station → stations → offices, with agencies, street offices and government.
    case hierarchy
    /// One node at the centre, its partners on rings by trust (Hartman's ecomap).
    case ecomap(center: String)
    /// Everything within `depth` ties of the centre, in rings by distance.
    case ego(center: String, depth: Int)
    /// The findings, drawn on the part of the network they concern.
    case gaps(DiagramOverlay)
    /// One community (a committee's id or name): its committee, office, clients, the
    /// partners that serve them, and the station.
    case community(area: String)

    /// The keyword used by `--view`.
    public var keyword: String {
        switch self {
        case .network: "network"
        case .hierarchy: "hierarchy"
        case .ecomap: "ecomap"
        case .ego: "ego"
        case .gaps: "gaps"
        case .community: "community"
        }
    }

    /// The keywords accepted by `--view`.
    public static let keywords = ["network", "hierarchy", "ecomap", "ego", "gaps", "community"]
}
