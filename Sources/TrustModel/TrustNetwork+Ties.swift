extension TrustNetwork {
    /// The same network (nodes, settings, node columns) with other ties — what a partner
    /// survey writes: the same ties with measured trust and new columns. Checked like
    /// ``init(title:date:thresholds:nodes:ties:nodeAttributeNames:tieAttributeNames:)``;
    /// the id index is shared, not rebuilt.
    /// - Complexity: O(m).
    public func replacingTies(_ ties: [Tie], tieAttributeNames: [String]) throws(BuildError) -> TrustNetwork {
        for (i, tie) in ties.enumerated() {
            guard tie.source >= 0, tie.target >= 0, Int(tie.source) < nodes.count,
                  Int(tie.target) < nodes.count else { throw .tieEndpointOutOfRange(tie: i) }
            guard tie.source != tie.target else { throw .selfTie(tie: i) }
            guard tie.trust >= 0, tie.trust <= 1 else { throw .trustOutOfRange(tie: i, trust: tie.trust) }
        }
        return TrustNetwork(validated: title, date: date, thresholds: thresholds, nodes: nodes, ties: ties,
                            nodeAttributeNames: nodeAttributeNames, tieAttributeNames: tieAttributeNames,
                            index: indexByID)
    }
}
