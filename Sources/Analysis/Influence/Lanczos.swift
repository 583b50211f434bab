import Dispatch
import GraphCore

/// Thick-restart Lanczos (Lanczos 1950; Wu & Simon 2000) for the eigenvector of the largest
/// eigenvalue of the symmetric weighted adjacency matrix A of an undirected graph, started
/// from the uniform vector. See ``Influence/eigenvectorCentrality(_:tolerance:maxIterations:)``
/// for what it computes and when it stops.
///
/// The basis V holds at most `maxBasis` Lanczos vectors (plus the next one); the projected
/// matrix T = Vᵀ A V is kept tridiagonal throughout:
///
///     w = A v_j − β_{j−1} v_{j−1},  α_j = v_jᵀ w,  w ← w − α_j v_j,
///     w ← w − V (Vᵀ w)          (full reorthogonalisation; twice when it cancels much),
///     β_j = ‖w‖₂,  v_{j+1} = w / β_j.
///
/// When the basis is full, the `keep` Ritz vectors of largest Ritz value are kept together
/// with v_{j+1}; their block [diag(θ), β_j s_last; …] is brought back to tridiagonal form by
/// Householder reflections that fix v_{j+1}, so the three-term recurrence simply continues
/// (with `keep` = 1 this is the explicit restart from the best Ritz vector). Every vector
/// stays in the Krylov space of the start vector, so a top eigenvalue shared by several
/// components gives the projection of the uniform start onto its eigenspace, as power
/// iteration does.
///
/// Written by hand, like the small eigen-solvers it calls (SymmetricEigen.swift): the package
/// has no LAPACK or ARPACK dependency, and only the one extreme eigenpair is wanted.
enum Lanczos {
    /// Basis size before a restart and Ritz vectors kept across one. Memory: `maxBasis + 3`
    /// vectors of n doubles (the basis, the next vector, a Ritz vector and its image:
    /// 104 bytes per node, 60 MB at a city's 580k nodes). On the benchmark cities (10k–1M
    /// ties, about 3.4 arcs per node) 10–20 vectors keeping a quarter or so cost about the
    /// same time (1M ties: 0.97 s with 10 keeping 3, 1.04 s with 16 keeping 4): fewer
    /// restarts trade matrix–vector products for reorthogonalisation against more vectors,
    /// so the smaller basis is taken for its memory.
    static let maxBasis = 10
    static let keep = 3
    /// Graphs with more stored arcs than this run the product on two threads.
    static let parallelArcs = 100_000
    /// Vectors longer than this are swept on two threads.
    static let parallelNodes = 40_000

    struct Outcome {
        var vector: [Double]
        var products: Int
        var converged: Bool
    }

    /// The leading eigenvector of an undirected graph's adjacency matrix, non-negative with
    /// Euclidean norm 1.
    static func topEigenvector(_ graph: CSRGraph, tolerance: Double, maxProducts: Int)
        throws(SymmetricEigenError) -> Outcome
    {
        let n = graph.nodeCount
        let nd = Double(n)
        let m = max(1, min(maxBasis, n))
        let kept = max(1, min(keep, m - 1))
        let limit = max(0, maxProducts)
        let target = nd * tolerance
        let blocks = n > parallelNodes ? 2 : 1
        let productBlocks = graph.arcCount > parallelArcs ? 2 : 1

        // Slots 0 … m: the basis; m + 1: a Ritz vector; m + 2: its power step.
        let store = UnsafeMutablePointer<Double>.allocate(capacity: (m + 3) * n)
        // Per-block partial sums: up to m + 1 dot products and 2 norms per block.
        let partialStride = m + 4
        let partials = UnsafeMutablePointer<Double>.allocate(capacity: 2 * partialStride)
        defer {
            store.deallocate()
            partials.deallocate()
        }
        // No slot is read before it is written (slot 0 first), so the store is not cleared.
        store.initialize(repeating: 1 / nd.squareRoot(), count: n)
        partials.initialize(repeating: 0, count: 2 * partialStride)

        return try graph.offsets.withUnsafeBufferPointer { off in
            graph.neighbours.withUnsafeBufferPointer { nb in
                graph.trust.withUnsafeBufferPointer { tr in
                    let k = Kernels(n: n, off: off, nb: nb, tr: tr, store: store,
                                    partials: partials, partialStride: partialStride)
                    return Result { () throws(SymmetricEigenError) -> Outcome in
                        try run(k, m: m, kept: kept, limit: limit, target: target, blocks: blocks,
                                productBlocks: productBlocks)
                    }
                }
            }
        }.get()
    }

    // MARK: - The iteration

    private static func run(_ k: Kernels, m: Int, kept: Int, limit: Int, target: Double,
                            blocks: Int, productBlocks: Int) throws(SymmetricEigenError) -> Outcome
    {
        let n = k.n
        let ritz = m + 1, image = m + 2
        let nd = Double(n)
        // v_0 = 1/√n is in slot 0 already.
        var alpha: [Double] = []   // diagonal of T
        var beta: [Double] = []    // beta[i] couples v_i and v_{i+1}
        alpha.reserveCapacity(m + 1)
        beta.reserveCapacity(m + 1)
        var products = 0
        var j = 0                  // the vector being expanded: v_j
        var scale = 0.0            // largest |entry| of T seen: a lower bound on ‖A‖
        var checkBelow = target    // explicit checks only once the estimate is below this
        let breakdown = max(1e-12, 16 * nd.squareRoot() * Double.ulpOfOne)

        while products < limit {
            // w = A v_j − β_{j−1} v_{j−1} into slot j + 1; α_j = v_jᵀ w.
            let w = j + 1
            let coupling = j > 0 ? beta[j - 1] : 0
            var a = k.product(of: j, into: w, minus: coupling, times: j - 1, blocks: productBlocks)
            products += 1
            // w ← w − α v_j, then against the whole basis v_0 … v_j.
            var (h, before) = k.dots(w, minus: a, times: j, count: j + 1, blocks: blocks)
            var (norm2, norm1) = k.subtract(h, count: j + 1, from: w, blocks: blocks)
            a += h[j]
            if norm2 < 0.5 * before.squareRoot() {
                // Much cancelled: once more ("twice is enough", Parlett 1980 §6.9).
                (h, _) = k.dots(w, minus: 0, times: -1, count: j + 1, blocks: blocks)
                (norm2, norm1) = k.subtract(h, count: j + 1, from: w, blocks: blocks)
                a += h[j]
            }
            alpha.append(a)
            beta.append(norm2)
            scale = max(scale, abs(a), norm2)
            let size = j + 1

            // The top Ritz pair of T and its residual ‖A y − θ y‖ = β_j |s_last|.
            let last = try symmetricTridiagonalEigen(diagonal: alpha, offDiagonal: beta,
                                                     rows: size - 1 ..< size)
            let top = argmax(last.values)
            let theta = last.values[top]
            let residual2 = norm2 * abs(last.vectors[top])
            let brokeDown = norm2 <= breakdown * max(scale, Double.leastNormalMagnitude)
            if !brokeDown { k.scale(w, by: 1 / norm2, blocks: blocks) }
            // ‖r‖₁ = β_j |s_last| ‖v_{j+1}‖₁; bound on the L1 change of one power step.
            let residual1 = brokeDown ? residual2 * nd.squareRoot() : residual2 * norm1 / norm2
            let estimate = powerStepBound(theta: theta, residual1: residual1, residual2: residual2,
                                          n: nd)
            if brokeDown || estimate < checkBelow {
                // Form y = V s and take one power step on A + I from it: the real test.
                guard products < limit else { break }
                let full = try symmetricTridiagonalEigen(diagonal: alpha, offDiagonal: beta,
                                                         rows: 0 ..< size)
                k.combine(column: top, of: full.vectors, count: size, into: ritz, blocks: blocks)
                let change = k.powerStep(from: ritz, into: image, blocks: blocks,
                                         productBlocks: productBlocks)
                products += 1
                if change < target {
                    return Outcome(vector: finished(k.vector(image), n), products: products,
                                   converged: true)
                }
                if brokeDown {
                    // An invariant subspace: nothing more to find from this start.
                    return Outcome(vector: finished(k.vector(ritz), n), products: products,
                                   converged: false)
                }
                checkBelow = min(checkBelow, estimate) * 0.1
            }
            if size < m {
                j += 1
                continue
            }
            // Thick restart: keep the `kept` best Ritz vectors and v_m.
            let full = try symmetricTridiagonalEigen(diagonal: alpha, offDiagonal: beta,
                                                     rows: 0 ..< m)
            let order = full.values.indices.sorted { full.values[$0] > full.values[$1] }
            let chosen = Array(order.prefix(kept))
            // Bordered matrix, index 0 = v_m: [[·, gᵀ], [g, diag(θ)]], g_i = β_m s_i,last.
            let q = kept + 1
            var bordered = [Double](repeating: 0, count: q * q)
            for (i, c) in chosen.enumerated() {
                let g = norm2 * full.vectors[(m - 1) * m + c]
                bordered[(i + 1) * q + (i + 1)] = full.values[c]
                bordered[(i + 1) * q] = g
                bordered[i + 1] = g
            }
            let reduced = householderTridiagonal(bordered, size: q)
            // New v_i (i < kept) = reduced index kept − i, so that v_{kept−1} is the one
            // coupled to v_m, which becomes v_kept.
            var coefficients = [Double](repeating: 0, count: m * kept)
            for i in 0 ..< kept {
                let col = kept - i
                for l in 0 ..< m {
                    var s = 0.0
                    for (r, c) in chosen.enumerated() {
                        s += full.vectors[l * m + c] * reduced.q[(r + 1) * q + col]
                    }
                    coefficients[i * m + l] = s
                }
            }
            k.restart(coefficients, basisCount: m, kept: kept, blocks: blocks)
            alpha = (0 ..< kept).map { reduced.diagonal[kept - $0] }
            beta = (0 ..< kept).map { reduced.offDiagonal[kept - 1 - $0] }
            j = kept
        }
        // Out of products: the best Ritz vector so far.
        if alpha.isEmpty {
            return Outcome(vector: [Double](repeating: 1 / nd.squareRoot(), count: n),
                           products: products, converged: false)
        }
        let size = alpha.count
        let full = try symmetricTridiagonalEigen(diagonal: alpha, offDiagonal: beta, rows: 0 ..< size)
        k.combine(column: argmax(full.values), of: full.vectors, count: size, into: ritz, blocks: blocks)
        return Outcome(vector: finished(k.vector(ritz), n), products: products, converged: false)
    }

    /// An upper bound on Σ|y'_v − y_v| for y' = (A + I) y / ‖(A + I) y‖₂, given the Ritz
    /// value θ and the residual r = A y − θ y ⟂ y (‖y‖₂ = 1): with c = (θ + 1)/√((θ + 1)² + ‖r‖₂²),
    /// y' − y = (c − 1) y + c r / (θ + 1), so the change is at most (1 − c) √n + c ‖r‖₁ / (θ + 1).
    static func powerStepBound(theta: Double, residual1: Double, residual2: Double, n: Double) -> Double {
        let shifted = theta + 1
        guard shifted > 0 else { return .infinity }
        let denominator = shifted * shifted + residual2 * residual2
        let c = shifted / denominator.squareRoot()
        let oneMinusC = residual2 * residual2 / denominator / (1 + c)
        return oneMinusC * n.squareRoot() + c * residual1 / shifted
    }

    private static func argmax(_ values: [Double]) -> Int {
        var best = 0
        for i in values.indices where values[i] > values[best] { best = i }
        return best
    }

    /// The vector with a non-negative sum, rounding residue below zero set to zero, and
    /// Euclidean norm 1 (uniform if nothing is left).
    private static func finished(_ x: UnsafeMutablePointer<Double>, _ n: Int) -> [Double] {
        var sum = 0.0
        for i in 0 ..< n { sum += x[i] }
        let sign: Double = sum < 0 ? -1 : 1
        var out = [Double](repeating: 0, count: n)
        var sq = 0.0
        for i in 0 ..< n {
            let v = max(0, sign * x[i])
            out[i] = v
            sq += v * v
        }
        let norm = sq.squareRoot()
        guard norm > 0, norm.isFinite else {
            return [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        }
        for i in 0 ..< n { out[i] /= norm }
        return out
    }
}

/// Raw views of the graph and the Lanczos arrays, shared by the (at most two) threads that
/// each work on their own half of the nodes. Vectors are named by their slot in `store`
/// (slots 0 … m: the basis; then the Ritz vector and its image). Each block writes its
/// partial sums to its own row of `partials`; they are added in block order, so results do
/// not depend on timing.
private struct Kernels: @unchecked Sendable {
    let n: Int
    let off: UnsafeBufferPointer<Int>
    let nb: UnsafeBufferPointer<Int32>
    let tr: UnsafeBufferPointer<Double>
    let store: UnsafeMutablePointer<Double>
    let partials: UnsafeMutablePointer<Double>
    let partialStride: Int

    /// Elements per chunk of the sweeps over the basis: a chunk of w stays in L1.
    static let chunk = 512

    func vector(_ slot: Int) -> UnsafeMutablePointer<Double> { store + slot * n }

    func range(_ b: Int, of blocks: Int) -> Range<Int> { b * n / blocks ..< (b + 1) * n / blocks }

    func parallel(_ blocks: Int, _ body: @Sendable (Int) -> Void) {
        if blocks == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: blocks, execute: body) }
    }

    func sum(_ slot: Int, _ blocks: Int) -> Double {
        var s = 0.0
        for b in 0 ..< blocks { s += partials[b * partialStride + slot] }
        return s
    }

    /// w = A x − c · p (no p when `p` is negative); returns xᵀ w.
    func product(of xs: Int, into ws: Int, minus c: Double, times ps: Int, blocks: Int) -> Double {
        parallel(blocks) { b in
            let x = self.vector(xs), w = self.vector(ws)
            let p = self.vector(max(ps, 0))
            let minus = ps >= 0 ? c : 0
            let off = self.off, nb = self.nb, tr = self.tr
            var dot = 0.0
            for v in self.range(b, of: blocks) {
                // Two running sums break the chain of dependent additions.
                var s0 = 0.0, s1 = 0.0
                var a = off[v]
                let end = off[v + 1]
                while a &+ 1 < end {
                    s0 += x[Int(nb[a])] * tr[a]
                    s1 += x[Int(nb[a &+ 1])] * tr[a &+ 1]
                    a &+= 2
                }
                if a < end { s0 += x[Int(nb[a])] * tr[a] }
                let s = (s0 + s1) - minus * p[v]
                w[v] = s
                dot += x[v] * s
            }
            self.partials[b * self.partialStride] = dot
        }
        return sum(0, blocks)
    }

    /// w ← w − c · p (skipped when `p` is negative), then h_i = v_iᵀ w for i < count, and wᵀw.
    func dots(_ ws: Int, minus c: Double, times ps: Int, count: Int, blocks: Int) -> (h: [Double], ww: Double) {
        parallel(blocks) { b in
            let w = self.vector(ws)
            let p = self.vector(max(ps, 0))
            let minus = ps >= 0 ? c : 0
            let out = self.partials + b * self.partialStride
            for i in 0 ... count { out[i] = 0 }
            let r = self.range(b, of: blocks)
            var lo = r.lowerBound
            while lo < r.upperBound {
                let hi = min(lo + Kernels.chunk, r.upperBound)
                // w ← w − c p and wᵀw over the chunk.
                var acc = SIMD4<Double>()
                var e = lo
                while e &+ 4 <= hi {
                    let x = simdLoad(w, e) - minus * simdLoad(p, e)
                    simdStore(w, e, x)
                    acc += x * x
                    e &+= 4
                }
                var ww = acc.sum()
                while e < hi {
                    let x = w[e] - minus * p[e]
                    w[e] = x
                    ww += x * x
                    e &+= 1
                }
                out[count] += ww
                // Dot products, four basis vectors per pass over the chunk of w.
                var i = 0
                while i &+ 4 <= count {
                    let d = Kernels.dot4(self.vector(i), self.vector(i &+ 1), self.vector(i &+ 2),
                                         self.vector(i &+ 3), w, lo, hi)
                    out[i] += d.0
                    out[i &+ 1] += d.1
                    out[i &+ 2] += d.2
                    out[i &+ 3] += d.3
                    i &+= 4
                }
                while i < count {
                    out[i] += Kernels.dot(self.vector(i), w, lo, hi)
                    i &+= 1
                }
                lo = hi
            }
        }
        var h = [Double](repeating: 0, count: count)
        for i in 0 ..< count { h[i] = sum(i, blocks) }
        return (h, sum(count, blocks))
    }

    /// Σ_{lo ≤ e < hi} v_e w_e.
    @inline(__always)
    static func dot(_ v: UnsafeMutablePointer<Double>, _ w: UnsafeMutablePointer<Double>,
                    _ lo: Int, _ hi: Int) -> Double {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>()
        var e = lo
        while e &+ 8 <= hi {
            a0 += simdLoad(v, e) * simdLoad(w, e)
            a1 += simdLoad(v, e &+ 4) * simdLoad(w, e &+ 4)
            e &+= 8
        }
        var s = (a0 + a1).sum()
        while e < hi {
            s += v[e] * w[e]
            e &+= 1
        }
        return s
    }

    /// Four dot products with the same w in one pass.
    @inline(__always)
    static func dot4(_ v0: UnsafeMutablePointer<Double>, _ v1: UnsafeMutablePointer<Double>,
                     _ v2: UnsafeMutablePointer<Double>, _ v3: UnsafeMutablePointer<Double>,
                     _ w: UnsafeMutablePointer<Double>, _ lo: Int, _ hi: Int)
        -> (Double, Double, Double, Double)
    {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
        var e = lo
        while e &+ 4 <= hi {
            let x = simdLoad(w, e)
            a0 += simdLoad(v0, e) * x
            a1 += simdLoad(v1, e) * x
            a2 += simdLoad(v2, e) * x
            a3 += simdLoad(v3, e) * x
            e &+= 4
        }
        var s0 = a0.sum(), s1 = a1.sum(), s2 = a2.sum(), s3 = a3.sum()
        while e < hi {
            let x = w[e]
            s0 += v0[e] * x
            s1 += v1[e] * x
            s2 += v2[e] * x
            s3 += v3[e] * x
            e &+= 1
        }
        return (s0, s1, s2, s3)
    }

    /// w ← w − Σ_{i < count} h_i v_i; returns ‖w‖₂ and ‖w‖₁.
    func subtract(_ h: [Double], count: Int, from ws: Int, blocks: Int) -> (norm2: Double, norm1: Double) {
        parallel(blocks) { b in
            h.withUnsafeBufferPointer { hs in
                let w = self.vector(ws)
                let r = self.range(b, of: blocks)
                var sq = 0.0, l1 = 0.0
                var lo = r.lowerBound
                while lo < r.upperBound {
                    let hi = min(lo + Kernels.chunk, r.upperBound)
                    self.combine(hs, count: count, into: w, lo, hi, accumulate: true)
                    var q = SIMD4<Double>(), a = SIMD4<Double>()
                    var e = lo
                    while e &+ 4 <= hi {
                        let x = simdLoad(w, e)
                        q += x * x
                        a += x.replacing(with: -x, where: x .< 0)
                        e &+= 4
                    }
                    sq += q.sum()
                    l1 += a.sum()
                    while e < hi {
                        sq += w[e] * w[e]
                        l1 += abs(w[e])
                        e &+= 1
                    }
                    lo = hi
                }
                self.partials[b * self.partialStride] = sq
                self.partials[b * self.partialStride + 1] = l1
            }
        }
        return (sum(0, blocks).squareRoot(), sum(1, blocks))
    }

    /// Over the elements lo ..< hi of the basis vectors: y ← y − Σ_{l < count} c_l v_l
    /// (`accumulate`), or y = Σ c_l v_l, four basis vectors per pass; element e goes to
    /// y[e − shift].
    @inline(__always)
    func combine(_ c: UnsafeBufferPointer<Double>, count: Int, into out: UnsafeMutablePointer<Double>,
                 shift: Int = 0, _ lo: Int, _ hi: Int, accumulate: Bool) {
        let sign: Double = accumulate ? -1 : 1
        let y = out + (lo - shift)
        let len = hi - lo
        if !accumulate { for e in 0 ..< len { y[e] = 0 } }
        var l = 0
        while l < count {
            let take = min(4, count &- l)
            let c0 = sign * c[l]
            let c1 = take > 1 ? sign * c[l &+ 1] : 0
            let c2 = take > 2 ? sign * c[l &+ 2] : 0
            let c3 = take > 3 ? sign * c[l &+ 3] : 0
            let v0 = vector(l) + lo
            let v1 = vector(take > 1 ? l &+ 1 : l) + lo, v2 = vector(take > 2 ? l &+ 2 : l) + lo
            let v3 = vector(take > 3 ? l &+ 3 : l) + lo
            var e = 0
            while e &+ 4 <= len {
                let x = simdLoad(y, e) + c0 * simdLoad(v0, e) + c1 * simdLoad(v1, e) + c2 * simdLoad(v2, e) + c3 * simdLoad(v3, e)
                simdStore(y, e, x)
                e &+= 4
            }
            while e < len {
                y[e] += c0 * v0[e] + c1 * v1[e] + c2 * v2[e] + c3 * v3[e]
                e &+= 1
            }
            l &+= take
        }
    }

    func scale(_ ws: Int, by f: Double, blocks: Int) {
        parallel(blocks) { b in
            let w = self.vector(ws)
            for e in self.range(b, of: blocks) { w[e] *= f }
        }
    }

    /// y = Σ_{l < count} s[l · count + column] v_l.
    func combine(column: Int, of s: [Double], count: Int, into ys: Int, blocks: Int) {
        let coefficients = (0 ..< count).map { s[$0 * count + column] }
        parallel(blocks) { b in
            coefficients.withUnsafeBufferPointer { cs in
                let y = self.vector(ys)
                let r = self.range(b, of: blocks)
                var lo = r.lowerBound
                while lo < r.upperBound {
                    let hi = min(lo + Kernels.chunk, r.upperBound)
                    self.combine(cs, count: count, into: y, lo, hi, accumulate: false)
                    lo = hi
                }
            }
        }
    }

    /// Normalises y, sets z = (A + I) y / ‖(A + I) y‖₂ and returns Σ|z − y|.
    func powerStep(from ys: Int, into zs: Int, blocks: Int, productBlocks: Int) -> Double {
        let y = vector(ys), z = vector(zs)
        var sq = 0.0
        for e in 0 ..< n { sq += y[e] * y[e] }
        let ny = sq.squareRoot()
        if ny > 0 && ny.isFinite { scale(ys, by: 1 / ny, blocks: blocks) }
        _ = product(of: ys, into: zs, minus: 0, times: -1, blocks: productBlocks)
        sq = 0
        for e in 0 ..< n {
            z[e] += y[e]
            sq += z[e] * z[e]
        }
        var nz = sq.squareRoot()
        if nz == 0 || !nz.isFinite { nz = 1 }
        var change = 0.0
        for e in 0 ..< n {
            z[e] /= nz
            change += abs(z[e] - y[e])
        }
        return change
    }

    /// v_i ← Σ_{l < m} C[i · m + l] v_l for i < kept, then v_kept ← v_m.
    func restart(_ coefficients: [Double], basisCount m: Int, kept: Int, blocks: Int) {
        parallel(blocks) { b in
            coefficients.withUnsafeBufferPointer { cs in
                let r = self.range(b, of: blocks)
                // The new vectors of one chunk, written back once all of them are formed.
                let tmp = UnsafeMutablePointer<Double>.allocate(capacity: kept * Kernels.chunk)
                defer { tmp.deallocate() }
                var lo = r.lowerBound
                while lo < r.upperBound {
                    let hi = min(lo + Kernels.chunk, r.upperBound)
                    let len = hi - lo
                    for i in 0 ..< kept {
                        let row = UnsafeBufferPointer(rebasing: cs[i * m ..< (i + 1) * m])
                        self.combine(row, count: m, into: tmp + i * Kernels.chunk, shift: lo, lo, hi,
                                     accumulate: false)
                    }
                    for i in 0 ..< kept {
                        (self.vector(i) + lo).update(from: tmp + i * Kernels.chunk, count: len)
                    }
                    (self.vector(kept) + lo).update(from: self.vector(m) + lo, count: len)
                    lo = hi
                }
            }
        }
    }
}

@inline(__always)
private func simdLoad(_ p: UnsafeMutablePointer<Double>, _ i: Int) -> SIMD4<Double> {
    UnsafeRawPointer(p + i).loadUnaligned(as: SIMD4<Double>.self)
}

@inline(__always)
private func simdStore(_ p: UnsafeMutablePointer<Double>, _ i: Int, _ x: SIMD4<Double>) {
    UnsafeMutableRawPointer(p + i).storeBytes(of: x, as: SIMD4<Double>.self)
}
