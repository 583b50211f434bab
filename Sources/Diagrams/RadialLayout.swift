import Foundation

/// Positions for drawings around a centre (ecomap, ego): nodes on concentric ellipses (wider
/// than tall or taller than wide to suit the paper), each node at its own angle, the
/// ellipses grown until no two labels overlap. Graphviz then draws the nodes where they are
/// put (`neato` with every position pinned) and the rings as dashed ellipses.
///
/// Written here because `twopi` cannot draw rings, put a node on a ring other than its
/// distance in a spanning tree, or keep labels apart on a crowded ring.
struct RadialLayout {
    /// A node to place: its ring (1 = innermost), its angle as a fraction of a turn
    /// (0 = right, counter-clockwise), and its estimated width and height in points.
    struct Placed {
        var ring: Int
        var turn: Double
        var width: Double
        var height: Double
    }

    /// Vertical over horizontal radius: rings a little taller than wide, like a portrait page.
    static let aspect = 1.25

    /// The radii (horizontal; vertical = × `aspect`) of rings 1…n, and each node's centre.
    private(set) var radii: [Double] = []
    private(set) var positions: [(x: Double, y: Double)] = []

    /// Grows the rings from `first` (each at least `gap` beyond the last) until no two
    /// nodes' boxes, nor a node and the centre (`center` box) or a ring's label (`labels`,
    /// boxes at the top of each ring), overlap with a `spacing` margin.
    /// - Complexity: O(k · n²) for n nodes and k growth steps (at most 300).
    init(nodes: [Placed], rings: Int, center: (width: Double, height: Double),
         labels: [(width: Double, height: Double)] = [], aspect: Double = RadialLayout.aspect,
         gap: Double = 50, spacing: Double = 4) {
        let count = max(rings, 1)
        var radii: [Double] = []
        var radius = max(center.width / 2, center.height / 2 / aspect) + gap
        for _ in 0..<count { radii.append(radius); radius += gap }
        func place(_ node: Placed, _ radii: [Double]) -> (x: Double, y: Double) {
            let r = radii[node.ring - 1], angle = node.turn * 2 * Double.pi
            return (r * cos(angle), r * aspect * sin(angle))
        }
        func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> (Double, Double, Double, Double) {
            (x - w / 2 - spacing / 2, y - h / 2 - spacing / 2, x + w / 2 + spacing / 2, y + h / 2 + spacing / 2)
        }
        func overlap(_ a: (Double, Double, Double, Double), _ b: (Double, Double, Double, Double)) -> Bool {
            a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
        }
        var positions: [(x: Double, y: Double)] = []
        for _ in 0..<300 {
            positions = nodes.map { place($0, radii) }
            var boxes = zip(nodes, positions).map { box($1.x, $1.y, $0.width, $0.height) }
            var ringOf = nodes.map(\.ring)
            boxes.append(box(0, 0, center.width, center.height)); ringOf.append(0)
            for (k, label) in labels.prefix(count).enumerated() {
                boxes.append(box(0, radii[k] * aspect, label.width, label.height)); ringOf.append(k + 1)
            }
            // The innermost ring that clashes grows, and every ring beyond it with it.
            var clash: Int?
            for i in boxes.indices {
                for j in boxes.indices where j > i && overlap(boxes[i], boxes[j]) {
                    let ring = max(1, min(ringOf[i] == 0 ? ringOf[j] : ringOf[i], ringOf[j] == 0 ? ringOf[i] : ringOf[j]))
                    clash = min(clash ?? ring, ring)
                }
            }
            guard let ring = clash else { break }
            let step = max(6, radii[ring - 1] * 0.06)
            for k in (ring - 1)..<count { radii[k] += step }
        }
        self.radii = radii
        self.positions = positions
    }

    /// A label's estimated box in points: lines of `nameLines` at the name size and
    /// `smallLines` at the small size, widened for the shape's border.
    static func estimate(nameLines: [String], smallLines: [String]) -> (width: Double, height: Double) {
        let widths = nameLines.map { LabelText.width($0) * DrawingKit.nameFont }
            + smallLines.map { LabelText.width($0) * DrawingKit.smallFont }
        let width = (widths.max() ?? 20) * 1.15 + 18
        let height = Double(nameLines.count) * DrawingKit.nameFont * 1.25 + Double(smallLines.count) * DrawingKit.smallFont * 1.25 + 10
        return (width, height)
    }
}
