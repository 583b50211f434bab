extension TrustNetwork {
    /// The same network (nodes, settings, node columns) with other ties — what a partner
    /// survey writes: the same ties with measured trust and new columns. Checked like
    /// ``init(title:date:thresholds:nodes:ties:nodeAttributeNames:tieAttributeNames:)``;
    /// the id index is shared, not rebuilt.
    /// - Complexity: O(m).
    public func replacingTies(_ ties: [Tie], tieAttributeNames: [String]) throws(BuildError) -> TrustNetwork {
        try TrustNetwork.check(ties, nodeCount: nodes.count)
        return TrustNetwork(validated: title, date: date, thresholds: thresholds, nodes: nodes, ties: ties,
                            nodeAttributeNames: nodeAttributeNames, tieAttributeNames: tieAttributeNames,
                            index: indexByID)
    }
}
