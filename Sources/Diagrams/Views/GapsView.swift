import TrustModel

/// The `gaps` view: the network view with a ``DiagramOverlay`` drawn on it — untapped
/// resources outlined (thick dashed), single points of failure marked (vermillion, triple
/// border), suggested introductions (blue) and mutual-aid groups (purple) as dashed lines —
/// each mark with its label, and a legend for the marks.
enum GapsView {
    static func draw(_ network: TrustNetwork, overlay: DiagramOverlay, options: DiagramOptions) throws(DiagramError) -> Drawing {
        var keep = Set<Int32>()
        for id in overlay.nodeIDs {
            guard let index = network.index(of: id) else { throw .unknownNode(id: id) }
            keep.insert(index)
        }
        let language = options.language
        let keys: [(text: String, color: String)] = [
            (language.pick("▭ 粗虚框：闲置资源", "▭ thick dashed outline: untapped resource"), "#000000"),
            (language.pick("▭ 红框：单点风险", "▭ red outline: single point of failure"), Palette.vermillion),
            (language.pick("┅ 蓝虚线：建议引荐", "┅ blue dashed: suggested introduction"), Palette.blue),
            (language.pick("┅ 紫虚线：建议互助小组", "┅ purple dashed: suggested mutual-aid group"), Palette.reddishPurple),
        ]
        var (drawing, sketch) = NetworkView.draw(
            network, options: options, keep: keep,
            viewName: language.pick("问题与建议", "Gaps and suggestions"), extraKeys: keys)
        func position(_ id: String) -> Int? {
            network.index(of: id).flatMap { sketch.itemOfNode[$0] }
        }
        for mark in overlay.untappedResources {
            guard let p = position(mark.node) else { continue }
            drawing.graph.nodes[p].attributes += [
                ("style", .plain("filled,dashed")), ("penwidth", .plain("3.5")), ("color", .plain("#000000")),
                ("xlabel", .html("<FONT POINT-SIZE=\"10\">\(LabelText.html(mark.label))</FONT>"))]
        }
        for mark in overlay.singlePointsOfFailure {
            guard let p = position(mark.node) else { continue }
            drawing.graph.nodes[p].attributes += [
                ("penwidth", .plain("3")), ("color", .plain(Palette.vermillion)), ("peripheries", .plain("3")),
                ("xlabel", .html("<FONT POINT-SIZE=\"10\" COLOR=\"\(Palette.vermillion)\">\(LabelText.html(mark.label))</FONT>"))]
        }
        for suggestion in overlay.suggestions {
            let positions = suggestion.nodes.compactMap(position)
            guard positions.count >= 2 else { continue }
            let isIntroduction = suggestion.kind == .introduction
            let color = isIntroduction ? Palette.blue : Palette.reddishPurple
            let pairs = isIntroduction ? [(positions[0], positions[positions.count - 1])]
                                       : zip(positions, positions.dropFirst()).map { ($0, $1) }
            for (number, pair) in pairs.enumerated() where pair.0 != pair.1 {
                var attributes: DiagramGraph.Attributes = [
                    ("style", .plain("dashed")), ("color", .plain(color)), ("penwidth", .plain("2.5")),
                    ("constraint", .plain("false")), ("fontcolor", .plain(color)),
                    ("tooltip", .plain(LabelText.plain(suggestion.label)))]
                if !isIntroduction { attributes.append(("dir", .plain("both"))) }
                if number == 0 {
                    attributes.append(("label", .html("<FONT POINT-SIZE=\"10\">\(LabelText.html(suggestion.label))</FONT>")))
                }
                drawing.graph.edges.append(DiagramGraph.Edge(tail: pair.0, head: pair.1, attributes: attributes))
            }
        }
        return drawing
    }
}
