import Foundation

/// Positions for drawings around a centre (ecomap, ego): nodes on concentric ellipses (taller
/// than wide, like a portrait page), each node at an angle of its own — in the order asked,
/// spaced by what each node needs along its ring (a wide node at the top needs more of the
/// ring than the same node at the side) — so that no two nodes overlap and no line from the
/// centre to an outer node passes through an inner one. The rings are the smallest for which
/// that holds. Graphviz then draws the nodes where they are put and the rings as dashed
/// ellipses.
///
/// Written here because `twopi` cannot draw rings, put a node on a ring other than its
/// distance in a spanning tree, or keep labels apart on a crowded ring.
struct RadialLayout {
    /// A node to place: its ring (1 = innermost), where it would like to be as a fraction of
    /// a turn (only the order counts), and its width and height in points.
    struct Placed {
        var ring: Int
        var turn: Double
        var width: Double
        var height: Double
    }

    /// Vertical over horizontal radius.
    static let aspect = 1.25

    /// The radii (horizontal; vertical = × `aspect`) of rings 1…n, and each node's centre.
    private(set) var radii: [Double] = []
    private(set) var positions: [(x: Double, y: Double)] = []

    /// - Parameters:
    ///   - rows: rows of nodes per ring: with 2, every other node of a ring sits a little
    ///     further out, its line passing between its neighbours — a crowded ring then needs
    ///     about half the length. ``radii`` are then the middle of each ring's rows.
    ///   - spacing: the least gap between two nodes, and between a line and a node it passes.
    ///   - gap: the least gap between the centre and ring 1, and between two rings' nodes.
    /// - Complexity: O(n log n) per radius tried (about 40 by bisection), O(n²) per overlap
    ///   check (a few).
    init(nodes given: [Placed], rings: Int, center: (width: Double, height: Double), rows: Int = 1,
         aspect: Double = RadialLayout.aspect, gap: Double = 18, spacing: Double = 7) {
        let trustRings = max(rings, 1)
        guard !given.isEmpty else {
            radii = (0..<trustRings).map { Double($0 + 1) * (max(center.width, center.height) / 2 + gap) }
            return
        }
        let order = given.indices.sorted { (given[$0].turn, $0) < (given[$1].turn, $1) }
        // With rows, each crowded ring's nodes (a dozen or more) alternate between its rows,
        // which count as rings below.
        var perRing = [Int](repeating: 0, count: trustRings + 1)
        for node in given { perRing[min(max(node.ring, 1), trustRings)] += 1 }
        let rowsOf = (0...trustRings).map { perRing[$0] >= 12 ? max(rows, 1) : 1 }
        var firstRow = [Int](repeating: 1, count: trustRings + 2)
        for ring in 1...trustRings { firstRow[ring + 1] = firstRow[ring] + rowsOf[ring] }
        var nodes = given
        var seen = [Int](repeating: 0, count: trustRings + 1)
        for i in order {
            let ring = min(max(given[i].ring, 1), trustRings)
            nodes[i].ring = firstRow[ring] + seen[ring] % rowsOf[ring]
            seen[ring] += 1
        }
        let count = firstRow[trustRings + 1] - 1
        // Radial room each ring needs: its widest node across (sideways) and its tallest up and
        // down; ring k's offset beyond ring 1 keeps its nodes clear of ring k-1's.
        var halfWidth = [Double](repeating: 0, count: count + 1), halfHeight = halfWidth
        for node in nodes {
            let ring = min(max(node.ring, 1), count)
            halfWidth[ring] = max(halfWidth[ring], node.width / 2)
            halfHeight[ring] = max(halfHeight[ring], node.height / 2)
        }
        halfWidth[0] = center.width / 2
        halfHeight[0] = center.height / 2
        // Each row just clears the one inside it at the top and bottom (where rows pass over one
        // another); a new ring starts two gaps further out, or half that clearance. Nodes that
        // come close are kept apart along the rings (``step``).
        var offsets = [Double](repeating: 0, count: count + 1)
        for ring in 2...max(count, 2) where ring <= count {
            let clear = (halfHeight[ring - 1] + halfHeight[ring] + spacing) / aspect
            let newRing = firstRow.contains(ring)
            offsets[ring] = offsets[ring - 1] + (newRing ? max(clear / 2, 2 * gap) : clear)
        }
        let innermost = max(halfWidth[0] + halfWidth[1] + gap, (halfHeight[0] + halfHeight[1] + gap) / aspect)

        func ringOf(_ i: Int) -> Int { min(max(nodes[i].ring, 1), count) }
        /// Arc length per radian of the parametric angle on an ellipse of horizontal radius r.
        func speed(_ r: Double, _ theta: Double) -> Double {
            let (dx, dy) = (r * sin(theta), r * aspect * cos(theta))
            return max((dx * dx + dy * dy).squareRoot(), 1e-9)
        }
        /// A node's extent along its ring's direction at angle theta.
        func extent(_ i: Int, _ theta: Double) -> Double {
            let (dx, dy) = (abs(sin(theta)), abs(aspect * cos(theta)))
            let norm = max((dx * dx + dy * dy).squareRoot(), 1e-9)
            return (dx * nodes[i].width + dy * nodes[i].height) / norm
        }
        func point(_ i: Int, _ theta: Double, _ r1: Double) -> (x: Double, y: Double) {
            let r = r1 + offsets[ringOf(i)]
            return (r * cos(theta), r * aspect * sin(theta))
        }
        /// Whether the boxes of a (at ta) and b (at tb) are at least `spacing` apart.
        func apart(_ a: Int, _ ta: Double, _ b: Int, _ tb: Double, _ r1: Double) -> Bool {
            let (pa, pb) = (point(a, ta, r1), point(b, tb, r1))
            return abs(pa.x - pb.x) - (nodes[a].width + nodes[b].width) / 2 >= spacing
                || abs(pa.y - pb.y) - (nodes[a].height + nodes[b].height) / 2 >= spacing
        }
        /// Whether the line from the centre to `outer` (at to) passes `inner`'s box (at ti)
        /// at least `spacing` away, or does not reach it.
        func clears(_ inner: Int, _ ti: Double, _ outer: Int, _ to: Double, _ r1: Double) -> Bool {
            let (p, q) = (point(inner, ti, r1), point(outer, to, r1))
            let length = max((q.x * q.x + q.y * q.y).squareRoot(), 1e-9)
            let (ux, uy) = (q.x / length, q.y / length)
            var sides = Set<Bool>(), nearest = Double.infinity
            for (dx, dy) in [(-1.0, -1.0), (-1, 1), (1, -1), (1, 1)] {
                let (cx, cy) = (p.x + dx * nodes[inner].width / 2, p.y + dy * nodes[inner].height / 2)
                let across = ux * cy - uy * cx
                sides.insert(across > 0)
                nearest = min(nearest, abs(across))
            }
            return sides.count == 1 && nearest >= spacing
        }
        /// The angle from node a (at theta) to the next node b: the least that keeps their
        /// boxes apart and, when b is further out, b's line clear of a (when a is further out,
        /// a's line clear of b), starting from the estimate along the ring's tangent.
        func step(_ a: Int, _ b: Int, _ theta: Double, _ r1: Double) -> Double {
            let ra = ringOf(a), rb = ringOf(b)
            let inner = ra <= rb ? a : b
            let r = r1 + offsets[ringOf(inner)]
            var d = max((min(extent(a, theta), extent(b, theta)) / 2) / speed(r, theta), 1e-4)
            for _ in 0..<200 {
                var ok = apart(a, theta, b, theta + d, r1)
                if ok, rb > ra { ok = clears(a, theta, b, theta + d, r1) }
                if ok, ra > rb { ok = clears(b, theta + d, a, theta, r1) }
                if ok { break }
                d *= 1.03
            }
            return d
        }
        let start = Double.pi / 2                                  // the first node at the top
        /// The angles the nodes need at inner radius r1, and the total turn they take.
        func walk(_ r1: Double, stretch: Double = 1) -> (angles: [Double], total: Double) {
            // Each node as soon after the one before as it may be, and after the last node of
            // every ring far enough for the two to clear each other (a node of another ring may
            // lie between them).
            var angles = [Double](repeating: start, count: nodes.count)
            var lastOnRing: [Int: Int] = [:], firstOnRing: [Int: Int] = [:]
            var previous: Int?
            for i in order {
                var theta = start
                if let previous { theta = angles[previous] + stretch * step(previous, i, angles[previous], r1) }
                for (_, last) in lastOnRing where last != previous {
                    theta = max(theta, angles[last] + stretch * step(last, i, angles[last], r1))
                }
                angles[i] = theta
                lastOnRing[ringOf(i)] = i
                if firstOnRing[ringOf(i)] == nil { firstOnRing[ringOf(i)] = i }
                previous = i
            }
            // Round the circle: from the last node back to the first, and on each ring.
            guard let last = previous, let first = order.first, order.count > 1 else { return (angles, 0) }
            var total = angles[last] - start + step(last, first, angles[last], r1)
            for (ring, lastOfRing) in lastOnRing {
                guard let firstOfRing = firstOnRing[ring], firstOfRing != lastOfRing else { continue }
                total = max(total, angles[lastOfRing] - angles[firstOfRing] + step(lastOfRing, firstOfRing, angles[lastOfRing], r1))
            }
            return (angles, total)
        }
        var low = innermost, high = innermost
        while walk(high).total > 2 * Double.pi, high < 1e6 { high *= 1.5 }
        for _ in 0..<40 where high - low > 0.5 {
            let middle = (low + high) / 2
            if walk(middle).total > 2 * Double.pi { low = middle } else { high = middle }
        }
        var r1 = high
        var placed: [(x: Double, y: Double)] = []
        var radii: [Double] = []
        // Spread what is left of the turn evenly over the gaps, then check every pair of
        // boxes; on an overlap (wide nodes on neighbouring rings), widen and try again.
        // What is left of the turn: every step stretched alike (each step is worked out where
        // its nodes lie, so the room a node needs keeps up with where it moves), then every
        // pair of boxes checked; on an overlap (wide nodes on neighbouring rings), wider rings.
        for _ in 0..<30 {
            var low = 1.0, high = 1.0
            if walk(r1).total < 2 * Double.pi {
                high = 4
                for _ in 0..<24 {
                    let middle = (low + high) / 2
                    if walk(r1, stretch: middle).total <= 2 * Double.pi { low = middle } else { high = middle }
                }
            }
            let angles = walk(r1, stretch: low).angles
            radii = (1...count).map { r1 + offsets[$0] }
            placed = nodes.indices.map { i in
                let r = radii[ringOf(i) - 1]
                return (r * cos(angles[i]), r * aspect * sin(angles[i]))
            }
            if !Self.overlaps(nodes, placed, center: center, spacing: spacing) { break }
            r1 *= 1.06
        }
        self.radii = (0..<trustRings).map { ring in
            // The middle of the ring's rows.
            let own = radii[(firstRow[ring + 1] - 1)..<(firstRow[ring + 2] - 1)]
            return own.reduce(0, +) / Double(own.count)
        }
        positions = placed
    }

    /// Whether any two boxes (the nodes' and the centre's) overlap.
    private static func overlaps(_ nodes: [Placed], _ placed: [(x: Double, y: Double)],
                                 center: (width: Double, height: Double), spacing: Double) -> Bool {
        var boxes = zip(nodes, placed).map { node, p in
            (p.x - node.width / 2, p.y - node.height / 2, p.x + node.width / 2, p.y + node.height / 2)
        }
        boxes.append((-center.width / 2, -center.height / 2, center.width / 2, center.height / 2))
        let margin = spacing / 2
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i], b = boxes[j]
                if a.0 - margin < b.2, b.0 - margin < a.2, a.1 - margin < b.3, b.1 - margin < a.3 { return true }
            }
        }
        return false
    }
}
