import CGraphviz

/// Edge crossings in a laid-out drawing: pairs of lines that cross somewhere away from
/// their ends (lines meeting at a shared node fan out there; that is not a crossing). The
/// count a reader sees, and what `legibility.py` reports: each line's Bezier pieces sampled
/// at eight points, segments bucketed on a 60-point grid, each pair of lines counted once.
/// A drawing whose lines cross more than its plan allows is not used while a more folded
/// one remains (``LayoutPlan/Candidate/crossingLimit``).
enum Crossings {
    /// Each line's points along its curve (the Bezier pieces sampled).
    static func lines(_ graph: UnsafeMutablePointer<Agraph_t>) -> [[(x: Double, y: Double)]] {
        var result: [[(x: Double, y: Double)]] = []
        var node = agfstnode(graph)
        while let tail = node {
            var edge = agfstout(graph, tail)
            while let current = edge {
                let count = Int(guanxi_edge_point_count(current))
                if count > 0 {
                    var xy = [Double](repeating: 0, count: 2 * count)
                    xy.withUnsafeMutableBufferPointer { guanxi_edge_points(current, $0.baseAddress) }
                    let points = (0..<count).map { (x: xy[2 * $0], y: xy[2 * $0 + 1]) }
                    result.append(sampled(points))
                }
                edge = agnxtout(graph, current)
            }
            node = agnxtnode(graph, tail)
        }
        return result
    }

    /// A cubic Bezier spline (1 + 3k points) as a polyline of 8 points per piece.
    static func sampled(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        guard points.count >= 4 else { return points }
        var out = [points[0]]
        var i = 0
        while i + 3 < points.count {
            let (p0, p1, p2, p3) = (points[i], points[i + 1], points[i + 2], points[i + 3])
            for k in 1...8 {
                let t = Double(k) / 8, u = 1 - t
                out.append((u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
                            u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y))
            }
            i += 3
        }
        return out
    }

    /// How many pairs of lines cross, away from either line's ends (12 points round them).
    /// - Complexity: O(s · b) for s segments and b segments per grid cell.
    static func count(_ lines: [[(x: Double, y: Double)]]) -> Int {
        struct Segment { var line: Int; var a: (x: Double, y: Double); var b: (x: Double, y: Double) }
        var segments: [Segment] = []
        for (line, points) in lines.enumerated() where points.count >= 2 {
            for k in 0..<(points.count - 1) { segments.append(Segment(line: line, a: points[k], b: points[k + 1])) }
        }
        let cell = 60.0
        var grid: [Int: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            let x0 = Int((min(segment.a.x, segment.b.x) / cell).rounded(.down)), x1 = Int((max(segment.a.x, segment.b.x) / cell).rounded(.down))
            let y0 = Int((min(segment.a.y, segment.b.y) / cell).rounded(.down)), y1 = Int((max(segment.a.y, segment.b.y) / cell).rounded(.down))
            for gx in x0...x1 { for gy in y0...y1 { grid[gx &* 1_000_003 &+ gy, default: []].append(index) } }
        }
        let ends = lines.map { ($0.first ?? (0, 0), $0.last ?? (0, 0)) }
        func near(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double)) -> Bool { abs(p.x - q.x) < 12 && abs(p.y - q.y) < 12 }
        func orient(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double), _ r: (x: Double, y: Double)) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        var pairs = Set<Int>()
        for bucket in grid.values {
            for i in bucket.indices {
                for j in (i + 1)..<bucket.count {
                    let s = segments[bucket[i]], t = segments[bucket[j]]
                    guard s.line != t.line else { continue }
                    let key = min(s.line, t.line) * lines.count + max(s.line, t.line)
                    if pairs.contains(key) { continue }
                    let o1 = orient(s.a, s.b, t.a), o2 = orient(s.a, s.b, t.b)
                    let o3 = orient(t.a, t.b, s.a), o4 = orient(t.a, t.b, s.b)
                    guard (o1 > 0) != (o2 > 0), (o3 > 0) != (o4 > 0), o1 * o2 != 0, o3 * o4 != 0 else { continue }
                    let points = [s.a, s.b, t.a, t.b]
                    let ending = [ends[s.line].0, ends[s.line].1, ends[t.line].0, ends[t.line].1]
                    if points.contains(where: { p in ending.contains { near(p, $0) } }) { continue }
                    pairs.insert(key)
                }
            }
        }
        return pairs.count
    }
}
