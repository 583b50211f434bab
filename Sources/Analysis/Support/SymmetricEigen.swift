// Small dense symmetric eigenproblems for the Lanczos method (EigenvectorCentrality.swift).
//
// Written by hand: the package has no LAPACK dependency (Linux builds link no Accelerate,
// and a system LAPACK would be one more C library to find on every machine), and the
// problems here are at most a few dozen rows, for which the textbook algorithms below
// (Golub & Van Loan, "Matrix Computations", 4th ed., §8.3 Householder tridiagonalisation
// and §8.3.5 implicit symmetric QR/QL steps with a Wilkinson shift) are short and exact
// enough.

/// The small eigen-solver failed: the implicit QL iteration did not split off eigenvalue
/// `index` within its iteration limit (in practice only for NaN or infinite input).
enum SymmetricEigenError: Error, Sendable, Equatable {
    case noConvergence(index: Int)
}

/// Eigenvalues, and rows of the eigenvector matrix, of a symmetric tridiagonal matrix by
/// the implicit QL method with Wilkinson shifts (Golub & Van Loan §8.3; the QL ordering of
/// the EISPACK routine `tql2`).
///
/// - Parameters:
///   - diagonal: the `k` diagonal entries.
///   - offDiagonal: at least `k − 1` entries; entry `i` couples rows `i` and `i + 1`.
///   - rows: the rows of the orthogonal eigenvector matrix `Z` to accumulate (`T = Z Λ Zᵀ`);
///     pass `0 ..< k` for every eigenvector, or one row (say the last, `k − 1 ..< k`) when
///     only that component of each eigenvector is needed — O(k²) instead of O(k³).
/// - Returns: the eigenvalues (unsorted) and `Z[rows]`, row-major: entry `r · k + c` is
///   row `rows.lowerBound + r` of eigenvector `c`.
/// - Complexity: O(k²) plus O(k² · rows.count) for the rotations.
func symmetricTridiagonalEigen(diagonal: [Double], offDiagonal: [Double], rows: Range<Int>)
    throws(SymmetricEigenError) -> (values: [Double], vectors: [Double])
{
    let k = diagonal.count
    let r = rows.count
    var d = diagonal
    var e = [Double](repeating: 0, count: k)
    for i in 0 ..< max(0, k - 1) { e[i] = offDiagonal[i] }
    var z = [Double](repeating: 0, count: r * k)
    for (row, i) in rows.enumerated() where i >= 0 && i < k { z[row * k + i] = 1 }
    guard k > 1 else { return (d, z) }
    let eps = Double.ulpOfOne
    for l in 0 ..< k {
        var iterations = 0
        while true {
            // The first negligible off-diagonal entry at or after l splits the matrix.
            var m = l
            while m < k - 1 {
                if abs(e[m]) <= eps * (abs(d[m]) + abs(d[m + 1])) { break }
                m += 1
            }
            if m == l { break }
            iterations += 1
            guard iterations <= 60 else { throw .noConvergence(index: l) }
            // Wilkinson shift from the leading 2 × 2 block, then one implicit QL sweep from
            // row m up to row l, chasing the bulge with Givens rotations.
            var g = (d[l + 1] - d[l]) / (2 * e[l])
            var h = (g * g + 1).squareRoot()
            g = d[m] - d[l] + e[l] / (g + (g >= 0 ? h : -h))
            var s = 1.0, c = 1.0, p = 0.0
            var i = m - 1
            var underflow = false
            while i >= l {
                let f = s * e[i], b = c * e[i]
                h = (f * f + g * g).squareRoot()
                e[i + 1] = h
                if h == 0 {
                    // The rotation vanished: the matrix split; restart from l.
                    d[i + 1] -= p
                    e[m] = 0
                    underflow = true
                    break
                }
                s = f / h
                c = g / h
                g = d[i + 1] - p
                h = (d[i] - g) * s + 2 * c * b
                p = s * h
                d[i + 1] = g + p
                g = c * h - b
                for row in 0 ..< r {
                    let base = row * k
                    let zi = z[base + i], zj = z[base + i + 1]
                    z[base + i + 1] = s * zi + c * zj
                    z[base + i] = c * zi - s * zj
                }
                i -= 1
            }
            if underflow { continue }
            d[l] -= p
            e[l] = g
            e[m] = 0
        }
    }
    guard d.allSatisfy(\.isFinite) else { throw .noConvergence(index: 0) }
    return (d, z)
}

/// Householder reduction of a small dense symmetric matrix to tridiagonal form, keeping
/// row and column 0 fixed: returns `Q` (orthogonal, `Q[0][0] = 1`, `Q[0][c] = Q[r][0] = 0`
/// otherwise) and the tridiagonal `T = Qᵀ M Q` as its diagonal and first off-diagonal
/// (Golub & Van Loan §8.3.1).
///
/// - Parameter matrix: `q × q`, row-major, symmetric.
/// - Returns: `q` diagonal entries, `q − 1` off-diagonal entries, and `Q` row-major.
/// - Complexity: O(q³).
func householderTridiagonal(_ matrix: [Double], size q: Int)
    -> (diagonal: [Double], offDiagonal: [Double], q: [Double])
{
    var a = matrix
    var qm = [Double](repeating: 0, count: q * q)
    for i in 0 ..< q { qm[i * q + i] = 1 }
    var v = [Double](repeating: 0, count: q)
    var w = [Double](repeating: 0, count: q)
    if q > 2 {
        for col in 0 ..< q - 2 {
            // Reflect a[col+1 ..< q][col] onto a multiple of the first unit vector.
            var norm2 = 0.0
            for i in col + 1 ..< q { norm2 += a[i * q + col] * a[i * q + col] }
            let x0 = a[(col + 1) * q + col]
            let norm = norm2.squareRoot()
            let alpha = x0 >= 0 ? -norm : norm
            for i in 0 ..< q { v[i] = 0 }
            for i in col + 1 ..< q { v[i] = a[i * q + col] }
            v[col + 1] -= alpha
            var vv = 0.0
            for i in col + 1 ..< q { vv += v[i] * v[i] }
            guard vv > 0, vv.isFinite else { continue }
            let beta = 2 / vv
            // A ← H A H with H = I − β v vᵀ, as A − v wᵀ − w vᵀ,
            // w = β A v − (β² vᵀ A v / 2) v.
            for i in 0 ..< q {
                var s = 0.0
                for j in col + 1 ..< q { s += a[i * q + j] * v[j] }
                w[i] = beta * s
            }
            var vw = 0.0
            for i in col + 1 ..< q { vw += v[i] * w[i] }
            let half = beta * vw / 2
            for i in 0 ..< q { w[i] -= half * v[i] }
            for i in 0 ..< q {
                for j in 0 ..< q { a[i * q + j] -= v[i] * w[j] + w[i] * v[j] }
            }
            // Q ← Q H.
            for i in 0 ..< q {
                var s = 0.0
                for j in col + 1 ..< q { s += qm[i * q + j] * v[j] }
                s *= beta
                for j in col + 1 ..< q { qm[i * q + j] -= s * v[j] }
            }
        }
    }
    var diagonal = [Double](repeating: 0, count: q)
    var off = [Double](repeating: 0, count: max(0, q - 1))
    for i in 0 ..< q { diagonal[i] = a[i * q + i] }
    for i in 0 ..< max(0, q - 1) { off[i] = a[(i + 1) * q + i] }
    return (diagonal, off, qm)
}
