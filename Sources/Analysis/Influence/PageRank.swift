import GraphCore

extension Influence {
    /// Trust-weighted PageRank (Page, Brin, Motwani & Winograd 1999; Langville &
    /// Meyer 2005), the fixed point networkx `pagerank(G, alpha, weight='trust')`
    /// iterates towards:
    ///
    ///     x = α (x P + (Σ_{d dangling} x_d) / n · 1) + (1 − α)/n · 1,   Σ x = 1
    ///
    /// where P_uv = t_uv / Σ_w t_uw and dangling nodes (no out-arcs) spread their rank
    /// uniformly. Rank flows along the arcs as given. In Guanxi, PageRank measures being
    /// relied upon: use ``relianceRank(flow:alpha:tolerance:maxIterations:)``, which ranks
    /// the reversed flow graph without building it.
    ///
    /// Solved as igraph's PRPACK does (Gleich's "sccgs"): since the dangling nodes spread
    /// rank like the teleport, x = y / Σ y where y solves the linear system
    /// (I − α Pᵀ) y = (1 − α)/n · 1 (Del Corso, Gullì & Romani 2005; Langville & Meyer
    /// 2006, "A reordering for the PageRank problem"). The strongly connected components
    /// are taken in dependency order (``CSRGraph/strongComponents()``): a node alone in its
    /// component is solved exactly in one step; a larger component gets Gauss–Seidel
    /// sweeps until one changes its y by less than size · tolerance · (1 − α)² in L1, which
    /// keeps the L1 error of x below about n · tolerance — networkx's stopping rule, met
    /// with margin. On a city's flow graph almost every component is one node, so the
    /// whole solve costs little more than one power-iteration step. `iterations` is the
    /// most sweeps any component needed; `converged` is false when one reached
    /// `maxIterations`. The scores sum to 1. An empty graph gives no scores.
    ///
    /// - Complexity: O(n + m) to find the components (and to turn the arcs round, here),
    ///   then O(n_c + m_c) per sweep of each component, at most `maxIterations` sweeps.
    public static func pageRank(_ graph: CSRGraph, alpha: Double = 0.85,
                                tolerance: Double = 1e-6,
                                maxIterations: Int = 100) -> PowerIterationResult {
        rankGatheringAlong(graph.isDirected ? graph.reversed() : graph, alpha: alpha,
                           tolerance: tolerance, maxIterations: maxIterations)
    }

    /// Reliance rank: PageRank on the reversed flow graph, so rank flows from each
    /// tie's receiver to its giver (DESIGN §4: the head station, the street office,
    /// resource holders and busy stations rank high). Equal to
    /// `pageRank(flow.reversed())`, computed on `flow` itself.
    ///
    /// - Complexity: as ``pageRank(_:alpha:tolerance:maxIterations:)``, without turning
    ///   the arcs round.
    public static func relianceRank(flow: CSRGraph, alpha: Double = 0.85,
                                    tolerance: Double = 1e-6,
                                    maxIterations: Int = 100) -> PowerIterationResult {
        rankGatheringAlong(flow, alpha: alpha, tolerance: tolerance, maxIterations: maxIterations)
    }

    /// The solve of ``pageRank(_:alpha:tolerance:maxIterations:)`` for the graph whose
    /// arcs are `incoming`'s turned round: `incoming` lists, for each node v, the nodes u
    /// whose rank flows to v (arc v → u carrying t_uv), so each node gathers
    /// y_v = (1 − α)/n + α Σ_u t_uv · y_u / s_u, with s_u = Σ t_u· (0 when dangling).
    /// Components of `incoming` come sinks first, which is exactly "the nodes a value
    /// needs are solved before it".
    private static func rankGatheringAlong(_ incoming: CSRGraph, alpha: Double, tolerance: Double,
                                           maxIterations: Int) -> PowerIterationResult {
        let n = incoming.nodeCount
        guard n > 0 else { return PowerIterationResult(scores: [], iterations: 0, converged: true) }
        let nd = Double(n)
        // 1/s_u, or 0 for a dangling node (whose rank the normalisation spreads).
        var inverseOutTrust = [Double](repeating: 0, count: n)
        incoming.neighbours.withUnsafeBufferPointer { nb in
            incoming.trust.withUnsafeBufferPointer { tr in
                for a in 0 ..< nb.count { inverseOutTrust[Int(nb[a])] += tr[a] }
            }
        }
        for u in 0 ..< n where inverseOutTrust[u] != 0 { inverseOutTrust[u] = 1 / inverseOutTrust[u] }
        let components = incoming.strongComponents()
        let teleport = (1 - alpha) / nd
        let sweepLimit = max(1, maxIterations)
        // y_u / s_u, the part of u's rank each unit of trust carries.
        var share = [Double](repeating: 0, count: n)
        var y = [Double](repeating: 0, count: n)
        var mostSweeps = 0
        var converged = true
        incoming.offsets.withUnsafeBufferPointer { off in
            incoming.neighbours.withUnsafeBufferPointer { nb in
                incoming.trust.withUnsafeBufferPointer { tr in
                    inverseOutTrust.withUnsafeBufferPointer { inv in
                        y.withUnsafeMutableBufferPointer { ys in
                            share.withUnsafeMutableBufferPointer { sh in
                                func update(_ v: Int) -> Double {
                                    var sum = 0.0
                                    for a in off[v] ..< off[v + 1] { sum += tr[a] * sh[Int(nb[a])] }
                                    let value = teleport + alpha * sum
                                    let change = abs(value - ys[v])
                                    ys[v] = value
                                    sh[v] = value * inv[v]
                                    return change
                                }
                                for c in 0 ..< components.count {
                                    let members = components.component(c)
                                    if members.count == 1, let v = members.first {
                                        _ = update(Int(v))   // no self-loops: exact at once
                                        mostSweeps = max(mostSweeps, 1)
                                        continue
                                    }
                                    let enough = Double(members.count) * tolerance * (1 - alpha) * (1 - alpha)
                                    var sweeps = 0
                                    var change = Double.infinity
                                    while change >= enough && sweeps < sweepLimit {
                                        change = 0
                                        for v in members { change += update(Int(v)) }
                                        sweeps += 1
                                    }
                                    if change >= enough { converged = false }
                                    mostSweeps = max(mostSweeps, sweeps)
                                }
                            }
                        }
                    }
                }
            }
        }
        var total = 0.0
        for v in 0 ..< n { total += y[v] }
        let scale = total > 0 ? 1 / total : 0
        for v in 0 ..< n { y[v] *= scale }
        return PowerIterationResult(scores: y, iterations: mostSweeps, converged: converged)
    }
}
