import TrustModel

/// What a render lays out: drawings of the same view from the most detailed to the most
/// folded, the paper they must fit, and the language of the one line said when a layout
/// falls back. The first drawing that fits the paper legibly is rendered (the last one in
/// any case); without a paper, the first.
struct LayoutPlan: Sendable, Equatable {
    struct Candidate: Sendable, Equatable {
        var dot: String
        var engine: LayoutEngine
        /// Nodes drawn, for skipping drawings that cannot fit before laying them out.
        var nodeCount: Int
        /// At most this many pairs of crossing lines (``Crossings``) for the drawing to be
        /// used while a more folded one remains; `nil` for no limit.
        var crossingLimit: Int? = nil
    }

    var candidates: [Candidate]
    var fit: PageFit?
    var language: Language

    /// Past this many nodes a drawing is not even tried on A4 (A3: twice as many): at 9 pt a
    /// node with its spacing takes about 3,000 pt², and A4 holds about 430,000.
    static func tryLimit(_ fit: PageFit?) -> Int {
        guard let fit else { return .max }
        return Int(fit.width * fit.height / 3_000)
    }

    /// The candidates worth laying out: those under the limit, and always the last.
    var tried: [Int] {
        let limit = Self.tryLimit(fit)
        let fitting = candidates.indices.filter { candidates[$0].nodeCount <= limit }
        guard let last = candidates.indices.last else { return [] }
        return fitting.last == last ? fitting : fitting + [last]
    }

    /// Simpler layouts tried when one fails (Graphviz reports an error, or its process dies):
    /// the same engine with straight lines, then `sfdp` with straight lines.
    static func fallbacks(_ engine: LayoutEngine) -> [(engine: LayoutEngine, splines: String?)] {
        var list: [(engine: LayoutEngine, splines: String?)] = [(engine, nil)]
        if engine != .sfdp { list.append((engine, "line")) }
        list.append((.sfdp, "false"))
        return list
    }

    /// The one line said when a layout fell back.
    func fallbackNote(from engine: LayoutEngine, to other: LayoutEngine, splines: String?, reason: String) -> String {
        let how: String
        if other == engine {
            how = language.pick("改用直线连线重新布局", "laid out again with straight lines")
        } else {
            how = language.pick("改用 \(other.rawValue) 布局", "laid out with \(other.rawValue) instead")
        }
        return language.pick("布局（\(engine.rawValue)）失败（\(reason)），已\(how)。",
                             "the \(engine.rawValue) layout failed (\(reason)); \(how).")
    }
}
