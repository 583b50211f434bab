/// The thresholds the analyses use (DESIGN §4). Every one has a documented default and can
/// be set in `network.json` (`"thresholds": {...}`) or by flags.
public struct Thresholds: Hashable, Sendable {
    /// A path whose trust (product of its ties' trust) is at least this is "trusted":
    /// resources along it count as reachable. Default 0.5.
    public var pathTrust: Double = 0.5
    /// Two directions of one pair whose trust differs by at least this are one-sided.
    /// Default 0.3.
    public var asymmetry: Double = 0.3
    /// A tie below this is strained (drawn red in an ecomap). Default 0.3.
    public var strained: Double = 0.3
    /// A community whose coverage is below this share of the median is flagged. Default 0.5.
    public var coverageFlag: Double = 0.5
    /// A tie below its relation's value here is weak. Default 0.5 for every relation.
    public var weakTrust: [Relation: Double] = [:]

    public init() {}

    /// The weak-trust threshold for a relation (0.5 unless set).
    public func weakTrust(for relation: Relation) -> Double {
        weakTrust[relation] ?? 0.5
    }

    /// The names accepted in `network.json`, each with a setter; values must lie in [0, 1].
    public static let settableNames = ["pathTrust", "asymmetry", "strained", "coverageFlag"]

    /// Sets a named threshold; returns false for an unknown name.
    public mutating func set(_ name: String, to value: Double) -> Bool {
        switch name {
        case "pathTrust": pathTrust = value
        case "asymmetry": asymmetry = value
        case "strained": strained = value
        case "coverageFlag": coverageFlag = value
        default: return false
        }
        return true
    }
}
