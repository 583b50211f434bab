import Foundation

/// Positions for the network, community and gaps views: each community a box of its own
/// (committee, office, clients, local partners in a small grid); the hierarchy (government,
/// head station, agencies, then stations and street offices) in rows on top; with two boxes
/// or more, the boxes in columns left and right of a spine that holds the partners, each
/// partner at the height of the boxes it is tied to (its barycentre) and on their side, each
/// box's office and committee on the side facing the spine — so lines run short and sideways,
/// like a two-layer drawing on each side, and cross little. Without boxes (a district folded
/// to its streets), everything is in rows, each item over what it is tied to. Graphviz then
/// draws the items where they are put (`nop`) and routes the lines around them.
///
/// Written here because `dot` spends most of a page on routing space (a 45-node station
/// network came out 1,770 × 2,182 pt) and the force layouts ignore boxes; this arrangement
/// fits the same network on A4 at full size.
struct BlockLayout {
    struct Size {
        var width: Double
        var height: Double
    }

    /// A community's box: its title and its items (indices into the sizes), its office and
    /// committee (`lead` of them) first.
    struct Block {
        var title: String
        var members: [Int]
        var lead: Int
    }

    /// A placed box: centre, size, title.
    struct Frame {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var title: String
    }

    /// Centre of each item (Graphviz points, y up), by item index.
    private(set) var positions: [Int: (x: Double, y: Double)] = [:]
    private(set) var frames: [Frame] = []
    /// Width and height of everything placed.
    private(set) var width = 0.0
    private(set) var height = 0.0

    static let itemGap = 10.0
    static let rowGap = 18.0
    static let blockGap = 12.0
    static let cellGap = 8.0
    static let padding = 6.0
    static let titleHeight = 14.0

    /// A box's members placed in it: centres relative to its top left corner.
    private typealias Box = (size: Size, cells: [(item: Int, dx: Double, dy: Double)])

    /// Lays out `levels` (free items by level, top first) and the `blocks` within about
    /// `width` points. `links` (pairs of item indices) pull items towards what they are tied to.
    /// - Complexity: O(n log n + m) for n items and m links.
    /// `arrangement` 0 puts each box in the shortest column, 1 fills the left side in order,
    /// then the right; 2 and 3 do the same with each box's office and committee on the side
    /// away from the spine (a choice ``NetworkView/bestLayout`` makes by the crossings).
    init(sizes: [Size], levels: [[Int]], blocks: [Block], links: [(Int, Int)], width limit: Double, arrangement: Int = 0) {
        var neighbours: [Int: [Int]] = [:]
        for (a, b) in links where a != b {
            neighbours[a, default: []].append(b)
            neighbours[b, default: []].append(a)
        }
        let boxes = blocks.map { Self.box($0, lead: $0.lead, sizes: sizes) }
        var placed = Placement(sizes: sizes, neighbours: neighbours)
        if boxes.count >= 2 {
            placed.spine(levels: levels, boxes: boxes, titles: blocks.map(\.title), width: limit, arrangement: arrangement)
        } else {
            placed.rows(levels: levels, boxes: boxes, titles: blocks.map(\.title), width: limit)
        }
        // Graphviz's y grows upwards.
        let bottom = placed.bottom
        positions = placed.centres.mapValues { ($0.x, bottom - $0.y) }
        frames = placed.frames.map { Frame(x: $0.x, y: bottom - $0.y, width: $0.width, height: $0.height, title: $0.title) }
        var left = Double.infinity, right = -Double.infinity
        for (item, p) in placed.centres {
            left = min(left, p.x - sizes[item].width / 2)
            right = max(right, p.x + sizes[item].width / 2)
        }
        for frame in frames {
            left = min(left, frame.x - frame.width / 2)
            right = max(right, frame.x + frame.width / 2)
        }
        width = right > left ? right - left : 0
        height = bottom
    }

    /// The placing under way (y downwards from the top).
    private struct Placement {
        let sizes: [Size]
        let neighbours: [Int: [Int]]
        var centres: [Int: (x: Double, y: Double)] = [:]
        var frames: [Frame] = []
        var bottom = 0.0

        init(sizes: [Size], neighbours: [Int: [Int]]) {
            self.sizes = sizes
            self.neighbours = neighbours
        }

        /// The mean of the placed neighbours' coordinate, if any is placed.
        func barycentre(_ item: Int, _ coordinate: ((x: Double, y: Double)) -> Double) -> Double? {
            let placed = (neighbours[item] ?? []).compactMap { centres[$0] }
            return placed.isEmpty ? nil : placed.map(coordinate).reduce(0, +) / Double(placed.count)
        }

        /// Items sorted by a wanted coordinate; those without one keep their order, after.
        func sorted(_ items: [Int], by want: (Int) -> Double?) -> [(item: Int, want: Double?)] {
            items.enumerated().map { (order: $0.offset, item: $0.element, want: want($0.element)) }
                .sorted { a, b in
                    switch (a.want, b.want) {
                    case let (x?, y?): return (x, a.order) < (y, b.order)
                    case (.some, nil): return true
                    case (nil, .some): return false
                    default: return a.order < b.order
                    }
                }
                .map { ($0.item, $0.want) }
        }

        /// Places a box with its top left corner at (x, y); `mirrored` puts its first column
        /// on the right.
        mutating func put(_ box: Box, title: String, x: Double, y: Double, mirrored: Bool) {
            frames.append(Frame(x: x + box.size.width / 2, y: y + box.size.height / 2, width: box.size.width,
                                height: box.size.height, title: title))
            for cell in box.cells {
                centres[cell.item] = (x + (mirrored ? box.size.width - cell.dx : cell.dx), y + cell.dy)
            }
        }

        /// One row of items at `top`, each at its wanted x where it can be (``spread``), and
        /// the row's height.
        mutating func row(_ items: [(item: Int, want: Double?)], top: Double, width: Double, left: Double = 0) -> Double {
            guard !items.isEmpty else { return 0 }
            let height = items.map { sizes[$0.item].height }.max() ?? 0
            let xs = BlockLayout.spread(items.map { ($0.item, $0.want.map { $0 - left }) }, sizes: sizes.map(\.width),
                                        gap: BlockLayout.itemGap, length: width)
            for (entry, x) in zip(items, xs) { centres[entry.item] = (left + x, top + height / 2) }
            return height
        }

        /// Levels as rows from `top` down, wrapped at `width` (every k-th item of a level per
        /// row, so each row spans the width). The bottom level is placed first, so each level
        /// sits over what it is tied to below (and over what is already placed). Returns the y
        /// under the last row and its gap.
        mutating func levelRows(_ levels: [[Int]], top: Double, width: Double) -> Double {
            var rowsOfLevel: [Int: [[Int]]] = [:]
            for level in levels.indices.reversed() where !levels[level].isEmpty {
                let items = levels[level]
                let total = items.reduce(0.0) { $0 + sizes[$1].width + BlockLayout.itemGap }
                let count = max(1, Int((total / max(width, 1)).rounded(.up)))
                let ordered = sorted(items) { barycentre($0) { $0.x } }
                let rows = (0..<count).map { r in stride(from: r, to: ordered.count, by: count).map { ordered[$0] } }
                for row in rows { _ = self.row(row, top: 0, width: width) }
                rowsOfLevel[level] = rows.map { $0.map(\.item) }
            }
            var y = top
            for level in levels.indices {
                for row in rowsOfLevel[level] ?? [] where !row.isEmpty {
                    let height = row.map { sizes[$0].height }.max() ?? 0
                    for item in row { centres[item]?.y = y + height / 2 }
                    y += height + BlockLayout.rowGap
                }
            }
            return y
        }

        /// Without boxes (or with one): the levels in rows, the box under them; the rows are
        /// placed bottom level first so each sits over what it is tied to.
        mutating func rows(levels: [[Int]], boxes: [Box], titles: [String], width: Double) {
            let boxWidth = boxes.map(\.size.width).max() ?? 0
            let rowWidth = max(width, boxWidth)
            // The box first (its members' x pull the rows), then the rows above it.
            if let box = boxes.first { put(box, title: titles[0], x: (rowWidth - box.size.width) / 2, y: 0, mirrored: false) }
            let below = levelRows(levels, top: 0, width: rowWidth)
            if let box = boxes.first {
                // Move the box under the rows.
                let shift = below + (below > 0 ? BlockLayout.rowGap / 2 : 0)
                frames[0].y += shift
                for cell in box.cells { centres[cell.item]?.y += shift }
                bottom = shift + box.size.height
            } else {
                bottom = max(below - BlockLayout.rowGap, 0)
            }
        }

        /// Two boxes or more: the hierarchy's rows on top; below, the boxes in columns on both
        /// sides of a spine of partners.
        mutating func spine(levels: [[Int]], boxes: [Box], titles: [String], width: Double, arrangement: Int) {
            let boxWidth = boxes.map(\.size.width).max() ?? 0
            // Stations and partners in the spine (each at the height of its communities), the
            // government, head station and agencies above.
            let spineItems = levels.dropFirst().flatMap { $0 }
            let widest = spineItems.map { sizes[$0].width }.max() ?? 0
            let column = boxWidth + BlockLayout.blockGap
            let perSide = max(1, Int(((width - widest - 2 * BlockLayout.itemGap) / 2 / column).rounded(.down)))
            // Columns outer left … inner left, inner right … outer right; each box to the
            // shortest column (inner ones first), keeping their order down each column.
            var columns = [[Int]](repeating: [], count: 2 * perSide)
            var heights = [Double](repeating: 0, count: 2 * perSide)
            let preference = (0..<perSide).flatMap { [perSide - 1 - $0, perSide + $0] }
            let half = boxes.reduce(0.0) { $0 + $1.size.height + BlockLayout.blockGap } / Double(2 * perSide)
            var filling = 0
            for (k, box) in boxes.enumerated() {
                let target: Int
                if arrangement % 2 == 1 {
                    // In order: inner left, then further columns, each to about its share.
                    if heights[preference[filling]] >= half, filling + 1 < preference.count { filling += 1 }
                    target = preference[filling]
                } else {
                    target = preference.min { (heights[$0], preference.firstIndex(of: $0) ?? 0) < (heights[$1], preference.firstIndex(of: $1) ?? 0) } ?? 0
                }
                columns[target].append(k)
                heights[target] += box.size.height + BlockLayout.blockGap
            }
            let spineWidth = max(widest + 2 * BlockLayout.itemGap, width - 2 * Double(perSide) * column)
            let spineLeft = Double(perSide) * column
            // Boxes, from the top of the body (y = 0 for now).
            for (c, members) in columns.enumerated() {
                let left = c < perSide ? Double(c) * column : spineLeft + spineWidth + Double(c - perSide) * column + BlockLayout.blockGap
                var y = 0.0
                for k in members {
                    let box = boxes[k]
                    // Flush with the spine's side of the column.
                    let x = c < perSide ? left + column - BlockLayout.blockGap - box.size.width : left
                    put(box, title: titles[k], x: x, y: y, mirrored: (c < perSide) != (arrangement >= 2))
                    y += box.size.height + BlockLayout.blockGap
                }
            }
            let bodyHeight = max((heights.max() ?? 0) - BlockLayout.blockGap, 0)
            // The spine: partners in rows (as many to a row as fit), rows in order of the height
            // of what they are tied to, each item towards its side.
            // Heights wanted: the boxes' an item is tied to; for one tied only within the spine,
            // those of its spine neighbours (a few rounds).
            var wanted: [Int: Double] = [:]
            for item in spineItems { wanted[item] = barycentre(item) { $0.y } }
            for _ in 0..<3 {
                for item in spineItems where barycentre(item, { $0.y }) == nil {
                    let known = (neighbours[item] ?? []).compactMap { wanted[$0] }
                    if !known.isEmpty { wanted[item] = known.reduce(0, +) / Double(known.count) }
                }
            }
            let ordered = sorted(spineItems) { wanted[$0] }
            var spineRows: [[(item: Int, want: Double?)]] = []
            var current: [(item: Int, want: Double?)] = [], used = 0.0
            for entry in ordered {
                let w = sizes[entry.item].width + BlockLayout.itemGap
                if !current.isEmpty, used + w > spineWidth { spineRows.append(current); current = []; used = 0 }
                current.append(entry)
                used += w
            }
            if !current.isEmpty { spineRows.append(current) }
            let rowHeights = spineRows.map { $0.map { sizes[$0.item].height }.max() ?? 0 }
            let wants = spineRows.map { row -> Double? in
                let known = row.compactMap(\.want)
                return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
            }
            let spineHeight = rowHeights.reduce(0, +) + Double(max(spineRows.count - 1, 0)) * BlockLayout.rowGap
            let ys = BlockLayout.spread(zip(rowHeights.indices, wants).map { ($0, $1) }, sizes: rowHeights,
                                        gap: BlockLayout.rowGap, length: max(bodyHeight, spineHeight))
            for (r, row) in spineRows.enumerated() {
                let items = sorted(row.map(\.item)) { barycentre($0) { $0.x } }
                _ = self.row(items, top: ys[r] - rowHeights[r] / 2, width: spineWidth, left: spineLeft)
            }
            // The hierarchy's rows on top, each over what it is tied to; the body below them.
            let total = spineLeft + spineWidth + Double(perSide) * column
            let body = Set(centres.keys)
            let shift = levelRows(Array(levels.prefix(1)), top: 0, width: total)
            let move = shift > 0 ? shift - BlockLayout.rowGap / 2 : 0
            for item in body { centres[item]?.y += move }
            for k in frames.indices { frames[k].y += move }
            bottom = move + max(bodyHeight, spineHeight)
        }
    }

    /// A community's box: its office and committee (the first `lead` members) in a column on
    /// the left (the side that will face the spine), the other members in a grid of one or two
    /// columns to the right, the title above; each member's centre relative to the box's top
    /// left corner.
    private static func box(_ block: Block, lead: Int, sizes: [Size]) -> Box {
        let first = Array(block.members.prefix(lead)), rest = Array(block.members.dropFirst(lead))
        let restColumns = rest.count <= 1 ? rest.count : 2
        var columns: [[Int]] = first.isEmpty ? [] : [first]
        if restColumns > 0 {
            let perColumn = (rest.count + restColumns - 1) / restColumns
            for c in 0..<restColumns { columns.append(Array(rest.dropFirst(c * perColumn).prefix(perColumn))) }
        }
        let columnWidths = columns.map { $0.map { sizes[$0].width }.max() ?? 0 }
        let columnHeights = columns.map { column in
            column.reduce(0.0) { $0 + sizes[$1].height } + Double(max(column.count - 1, 0)) * cellGap
        }
        let titleWidth = LabelText.width(block.title) * DrawingKit.nameFont + 2 * padding
        let inner = columnWidths.reduce(0, +) + Double(max(columns.count - 1, 0)) * cellGap
        let width = max(inner + 2 * padding, titleWidth)
        let innerHeight = columnHeights.max() ?? 0
        let height = titleHeight + innerHeight + 2 * padding
        var cells: [(item: Int, dx: Double, dy: Double)] = []
        var x = (width - inner) / 2
        for (c, column) in columns.enumerated() {
            // Each column centred in the box's height.
            var y = titleHeight + padding + (innerHeight - columnHeights[c]) / 2
            for item in column {
                cells.append((item, x + columnWidths[c] / 2, y + sizes[item].height / 2))
                y += sizes[item].height + cellGap
            }
            x += columnWidths[c] + cellGap
        }
        return (Size(width: width, height: height), cells)
    }

    /// Centres along a line of `length` for things of the given extents (by index), in the
    /// order given, each at its wanted centre where it can be: pushed apart just enough to
    /// keep `gap` between neighbours, and kept within the line (or starting at 0 when the
    /// line is too short). Things without a wanted centre follow the one before.
    static func spread(_ items: [(index: Int, want: Double?)], sizes: [Double], gap: Double, length: Double) -> [Double] {
        guard !items.isEmpty else { return [] }
        let total = items.reduce(0.0) { $0 + sizes[$1.index] } + Double(items.count - 1) * gap
        var centres: [Double] = []
        var right = -Double.infinity
        var fallback = max((length - total) / 2, 0)
        for entry in items {
            let half = sizes[entry.index] / 2
            let want = entry.want ?? (fallback + half)
            let x = max(want, right + gap + half, half)
            centres.append(x)
            right = x + half
            fallback = right + gap
        }
        // Past the end: pull back from the end, keeping the gaps.
        var limit = max(length, total)
        for k in stride(from: centres.count - 1, through: 0, by: -1) {
            let half = sizes[items[k].index] / 2
            if centres[k] + half <= limit { break }
            centres[k] = limit - half
            limit = centres[k] - half - gap
        }
        return centres
    }
}
