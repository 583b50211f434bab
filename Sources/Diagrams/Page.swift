/// Paper a diagram is fitted to (`--page A4|A3`): the drawing is laid out at its natural size
/// (node names 9 pt, every other text 8 pt) and, when it does not fit the paper with every
/// text at least ``minimumPrintedPoints``, folded further until it does (DESIGN §5).
public enum PageSize: String, Sendable, CaseIterable {
    case a4 = "A4"
    case a3 = "A3"

    /// Portrait width and height in points.
    var points: (width: Double, height: Double) {
        switch self {
        case .a4: (595, 842)
        case .a3: (842, 1191)
        }
    }

    /// The keyword `--page` takes (case-insensitive: `a4`, `A4`).
    public init?(keyword: String) {
        self.init(rawValue: keyword.uppercased())
    }
}

/// How a drawing must fit its paper: the printable area in points and the smallest text the
/// drawing uses, so that after scaling to the paper every text stays at least 7 pt.
struct PageFit: Sendable, Equatable {
    /// Printable width and height in points (the paper less ``margin`` each side).
    var width: Double
    var height: Double
    /// Whether the drawing may be turned to landscape when that fits better.
    var orientationFree: Bool
    /// The smallest font size the drawing uses, in points.
    var smallestFont: Double
    /// The paper's margin each side, in points.
    var margin: Double

    /// The margin of a page a diagram is printed on by itself (5 mm: printers print nearly
    /// to the edge).
    static let defaultMargin = 14.0
    /// Text on paper is never smaller than this.
    static let minimumPrintedPoints = 7.0

    init(width: Double, height: Double, orientationFree: Bool, smallestFont: Double, margin: Double = PageFit.defaultMargin) {
        self.width = width
        self.height = height
        self.orientationFree = orientationFree
        self.smallestFont = smallestFont
        self.margin = margin
    }

    /// `headroom`: height kept free above the drawing on its page (for a caption), whichever
    /// way the page is turned.
    init(page: PageSize, landscape: Bool, smallestFont: Double, margin: Double = PageFit.defaultMargin, headroom: Double = 0) {
        let (w, h) = page.points
        width = (landscape ? h : w) - 2 * margin
        height = (landscape ? w : h) - 2 * margin - headroom
        orientationFree = !landscape
        self.smallestFont = smallestFont
        self.margin = margin
        self.headroom = headroom
    }

    /// Height kept free above the drawing (see ``init(page:landscape:smallestFont:margin:headroom:)``).
    var headroom = 0.0

    /// The fit a diagram's options ask for: their paper and margin, or A4 for shaping a
    /// drawing that has no paper.
    init(_ options: DiagramOptions) {
        self.init(page: options.page ?? .a4, landscape: options.landscape, smallestFont: DrawingKit.smallFont,
                  margin: options.pageMargin, headroom: options.pageHeadroom)
    }

    /// The scale that fits a drawing of `width` × `height` points on the paper (never above
    /// 1), the better of portrait and landscape unless the orientation is fixed.
    func scale(width w: Double, height h: Double) -> Double {
        guard w > 0, h > 0 else { return 1 }
        var best = min(width / w, height / h)
        if orientationFree { best = max(best, min(turned.width / w, turned.height / h)) }
        return min(1, best)
    }

    /// True when every text of a drawing of this size stays at least 7 pt on the paper.
    func holds(width w: Double, height h: Double) -> Bool {
        smallestFont * scale(width: w, height: h) >= Self.minimumPrintedPoints - 0.005
    }

    /// The printable box (points) a drawing of `width` × `height` is fitted into: portrait,
    /// or landscape when that gives the larger scale and the orientation is free.
    func box(width w: Double, height h: Double) -> (width: Double, height: Double) {
        let portrait = min(width / w, height / h), turned = self.turned
        let landscape = min(turned.width / w, turned.height / h)
        return orientationFree && landscape > portrait ? turned : (width, height)
    }

    /// The printable box with the paper turned (the headroom still above the drawing).
    var turned: (width: Double, height: Double) { (height + headroom, width - headroom) }
}
