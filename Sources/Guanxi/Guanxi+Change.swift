extension Guanxi {
    /// What changed between two versions of a network (last quarter's and this quarter's):
    /// nodes, ties, measures, influence and findings (``NetworkDiff``).
    ///
    /// ```swift
    /// let before = try Guanxi.load("Datasets/ximarket-2021q1").network
    /// let after = try Guanxi.load("Datasets/ximarket").network
    /// let diff = Guanxi.diff(before, after)
    /// print(diff.findings.resolved.count, "findings resolved")
    /// ```
    public static func diff(_ old: TrustNetwork, _ new: TrustNetwork,
                            options: NetworkDiff.Options = NetworkDiff.Options()) -> NetworkDiff {
        NetworkDiff.compare(old, new, options: options)
    }
}
