import TrustModel

/// Turns sketch items and links into Graphviz attributes, and writes the title and legend:
/// what every view shares.
struct DrawingKit {
    let network: TrustNetwork
    let options: DiagramOptions
    var language: Language { options.language }

    /// Attributes every diagram's graph starts with.
    func graphAttributes(engine: LayoutEngine) -> DiagramGraph.Attributes {
        var attributes: DiagramGraph.Attributes = [
            ("layout", .plain(engine.rawValue)),
            ("fontname", .plain(FontCheck.fontName)),
            ("charset", .plain("UTF-8")),
            ("bgcolor", .plain("white")),
            ("pad", .plain("0.3")),
            ("dpi", .plain(String(options.dpi))),
            ("labelloc", .plain("t")),
            ("labeljust", .plain("l")),
            ("outputorder", .plain("edgesfirst")),
            // At most 80 inches a side (7,680 pixels at 96 dpi): a folded network of thousands of
            // nodes is scaled down instead of filling hundreds of megabytes of PNG.
            ("size", .plain("80,80")),
        ]
        if engine == .sfdp {
            // sfdp's random start is seeded from `start`: fixed, so every layout is the same.
            attributes += [("start", .plain("random7")), ("overlap", .plain("prism")),
                           ("splines", .plain("false")), ("K", .plain("1.2"))]
        }
        return attributes
    }

    var nodeDefaults: [(name: String, value: String)] {
        [("fontname", FontCheck.fontName), ("fontsize", "12"), ("style", "filled"), ("margin", "0.08,0.04")]
    }

    var edgeDefaults: [(name: String, value: String)] {
        [("fontname", FontCheck.fontName), ("fontsize", "9"), ("arrowsize", "0.6"), ("color", Palette.grey)]
    }

    /// A node's attributes: shape and colours by kind, an HTML-like label (name, then a
    /// smaller second line), a plain tooltip.
    func nodeAttributes(_ item: Sketch.Item) -> DiagramGraph.Attributes {
        // A one-column table: lines of different sizes spaced by their cells.
        var label = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD>\(LabelText.html(item.name))</TD></TR>"
        if let detail = item.detail, !detail.isEmpty {
            label += "<TR><TD><FONT POINT-SIZE=\"9\">\(LabelText.html(detail))</FONT></TD></TR>"
        }
        label += "</TABLE>"
        var attributes: DiagramGraph.Attributes = [
            ("label", .html(label)),
            ("shape", .plain(Palette.shape(item.kind))),
            ("fillcolor", .plain(Palette.fill(item.kind))),
            ("fontcolor", .plain(Palette.text(item.kind))),
            ("color", .plain(item.kind == .client ? Palette.grey : "#333333")),
            ("tooltip", .plain(LabelText.plain(item.tooltip))),
        ]
        if item.isGroup { attributes.append(("peripheries", .plain("2"))) }
        return attributes
    }

    /// An edge's attributes: width by trust, dashed when tenuous, red when strained, arrows
    /// the way resources flow (both ways for mutual ties), a tooltip naming the relations.
    func edgeAttributes(_ link: Sketch.Link, labelled: Bool) -> DiagramGraph.Attributes {
        let thresholds = network.thresholds
        let band = TrustBand(link.trust, thresholds: thresholds)
        var attributes: DiagramGraph.Attributes = [("penwidth", .plain(TrustBand.penWidth(link.trust)))]
        if link.trust < thresholds.strained {
            attributes.append(("color", .plain(Palette.vermillion)))
            attributes.append(("fontcolor", .plain(Palette.vermillion)))
        }
        if band == .tenuous { attributes.append(("style", .plain("dashed"))) }
        if link.forward && link.backward { attributes.append(("dir", .plain("both"))) }
        let relations = link.relations.sorted().map { $0.name(language) }
            .joined(separator: language.pick("、", ", "))
        let trust = language.pick("信任 ", "trust ") + Palette.number(link.trust)
        attributes.append(("tooltip", .plain(LabelText.plain(relations + " · " + trust))))
        if labelled {
            attributes.append(("label", .html(LabelText.html(relations + " " + Palette.number(link.trust)))))
        }
        return attributes
    }

    /// The edge for a link, pointing the way resources mostly flow (so `dot` ranks givers above
    /// receivers); a link flowing both ways also gets two arrowheads.
    func edge(_ link: Sketch.Link, tail: Int, head: Int, labelled: Bool,
              extra: DiagramGraph.Attributes = []) -> DiagramGraph.Edge {
        let reversed = link.backward && (!link.forward || link.balance < 0)
        return DiagramGraph.Edge(tail: reversed ? head : tail, head: reversed ? tail : head,
                                 attributes: edgeAttributes(link, labelled: labelled) + extra)
    }

    /// `twopi`'s `ranksep` for rings holding these numbers of nodes: each ring far enough out
    /// that its nodes, spaced evenly around it, do not overlap (about 2.4 inches apiece,
    /// `total` nodes sharing the full circle), and at least `gap` inches beyond the last.
    static func ringSeparations(_ counts: [Int], total: Int, gap: Double) -> String {
        var radius = 0.0
        var separations: [String] = []
        for count in counts where count > 0 {
            let needed = Double(max(total, count)) * 2.4 / (2 * Double.pi)
            let next = max(radius + gap, needed)
            separations.append(Palette.number(next - radius))
            radius = next
        }
        return separations.isEmpty ? Palette.number(gap) : separations.joined(separator: ":")
    }

    /// The title block and legend, as the graph's HTML-like label: the network's title, a
    /// line naming the view, date and counts, the kinds drawn, the line notation, and any
    /// notes (folding, view-specific marks).
    func caption(view: String, items: [Sketch.Item], linkCount: Int, notes: [String],
                 extraKeys: [(text: String, color: String)] = []) -> DiagramGraph.Value {
        let title = network.title ?? language.pick("合作网络", "Partner network")
        var facts = [view]
        if let date = network.date { facts.append(date) }
        let people = items.reduce(0) { $0 + ($1.kind == .client ? $1.people : 0) }
        facts.append(language.pick("\(items.count) 个节点、\(linkCount) 条连线、\(people) 人",
                                   "\(items.count) nodes, \(linkCount) lines, \(people) people"))
        // Bigger drawings get a bigger title and legend, so they stay readable beside them.
        let scale = min(3, max(1, (Double(items.count) / 20).squareRoot()))
        func size(_ points: Double) -> String { Palette.number(points * scale) }
        var rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size(20))\"><B>\(LabelText.html(title))</B></FONT></TD></TR>"
        rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size(12))\">\(LabelText.html(facts.joined(separator: " · ")))</FONT></TD></TR>"
        rows += "<TR><TD ALIGN=\"LEFT\">\(kindKey(items, fontSize: size(10)))</TD></TR>"
        rows += "<TR><TD ALIGN=\"LEFT\">\(lineKey(extraKeys, fontSize: size(10)))</TD></TR>"
        for note in notes {
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size(10))\">\(LabelText.html(note))</FONT></TD></TR>"
        }
        return .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">\(rows)</TABLE>")
    }

    /// One coloured cell per kind drawn, in vocabulary order, seven to a row.
    private func kindKey(_ items: [Sketch.Item], fontSize: String) -> String {
        let kinds = Set(items.map(\.kind)).sorted()
        var rows = ""
        var index = 0
        while index < kinds.count {
            let row = kinds[index..<min(index + 7, kinds.count)]
            rows += "<TR>" + row.map { kind in
                "<TD BGCOLOR=\"\(Palette.fill(kind))\" BORDER=\"1\" COLOR=\"#333333\">"
                    + "<FONT POINT-SIZE=\"\(fontSize)\" COLOR=\"\(Palette.text(kind))\">\(LabelText.html(kind.name(language)))</FONT></TD>"
            }.joined() + "</TR>"
            index += 7
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\">\(rows)</TABLE>"
    }

    /// The line notation: width by trust, dashed tenuous, red strained, arrows for flow.
    private func lineKey(_ extra: [(text: String, color: String)], fontSize: String) -> String {
        let t = network.thresholds
        let strong = Palette.number(max(0.7, t.pathTrust)), path = Palette.number(t.pathTrust)
        let strained = Palette.number(t.strained)
        var keys: [(String, String)] = [
            (language.pick("━ 粗线：信任 ≥ \(strong)（强）", "━ thick: trust ≥ \(strong) (strong)"), "#333333"),
            (language.pick("┅ 虚线：信任 < \(path)（弱）", "┅ dashed: trust < \(path) (tenuous)"), "#333333"),
            (language.pick("红线：信任 < \(strained)（紧张）", "red: trust < \(strained) (strained)"), Palette.vermillion),
            (language.pick("→ 箭头：资源与服务的流向", "→ arrows: the way resources and services flow"), "#333333"),
        ]
        keys += extra.map { ($0.text, $0.color) }
        let cells = keys.map { "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(fontSize)\" COLOR=\"\($0.1)\">\(LabelText.html($0.0))</FONT></TD>" }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"><TR>\(cells.joined())</TR></TABLE>"
    }

    /// The legend note for folded nodes.
    func foldingNote(_ folding: Sketch.Folding?) -> [String] {
        guard let folding else { return [] }
        let byNeed = folding.stage == .clientsByAreaAndNeed
        var note = language.pick(
            "节点过多（上限 \(options.maxNodes)）：\(folding.clients) 个服务对象按社区\(byNeed ? "和需求" : "")合并为 \(folding.groups) 个节点",
            "Too many nodes (limit \(options.maxNodes)): \(folding.clients) clients folded by community\(byNeed ? " and need" : "") into \(folding.groups) nodes")
        if folding.partners > 0 {
            note += language.pick(
                "，\(folding.partners) 个资源伙伴按社区和类型合并为 \(folding.partnerGroups) 个节点",
                ", \(folding.partners) resource partners by community and kind into \(folding.partnerGroups)")
        }
        return [note + language.pick("（双边框）。", " (double border).")]
    }

    /// The anonymisation note.
    var anonymizeNote: [String] {
        options.anonymize ? [language.pick("服务对象已匿名：以编号代替名称，不显示其属性。",
                                           "Clients anonymised: numbered instead of named, attributes left out.")] : []
    }
}
