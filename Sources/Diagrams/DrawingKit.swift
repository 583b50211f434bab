import TrustModel

/// Turns sketch items and links into Graphviz attributes, and writes the title and legend:
/// what every view shares.
struct DrawingKit {
    let network: TrustNetwork
    let options: DiagramOptions
    /// Lines from 0.5 to 2 points wide instead of Hartman's 0.6 to 4.6: for views with many
    /// lines (network, community, gaps), where thick lines would hide the nodes.
    var thinLines = false
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
            // nodes is scaled down instead of filling hundreds of megabytes of PNG. On a page,
            // the render sets the paper's size once the layout shows the orientation.
            ("size", .plain("80,80")),
        ]
        if engine == .sfdp {
            // sfdp's random start is seeded from `start`: fixed, so every layout is the same.
            attributes += [("start", .plain("random7")), ("overlap", .plain("prism")),
                           ("splines", .plain("false")), ("K", .plain("1.2"))]
        }
        return attributes
    }

    /// Font sizes in points: node names, and every other text (second lines, edge labels,
    /// legend, notes). On a page the drawing folds until ``smallFont`` prints at 7 pt or more.
    static let nameFont = 9.0
    static let smallFont = 8.0
    static let titleFont = 12.0
    /// Names are broken into lines of at most this many ems.
    static let nameWidth = 6.0

    var nodeDefaults: [(name: String, value: String)] {
        [("fontname", FontCheck.fontName), ("fontsize", Palette.number(Self.nameFont)), ("style", "filled"),
         ("margin", "0.06,0.03"), ("width", "0"), ("height", "0")]
    }

    var edgeDefaults: [(name: String, value: String)] {
        [("fontname", FontCheck.fontName), ("fontsize", Palette.number(Self.smallFont)), ("arrowsize", "0.6"),
         ("color", Palette.grey)]
    }

    /// A node's label as rows of lines: the name in lines of at most 6 ems (a longer one
    /// shortened, its full name in the tooltip) at the name size, then smaller lines
    /// (`detail`), then findings in bold (and what changed since an earlier version).
    func labelRows(_ item: Sketch.Item, findings: [String] = [], detailWidth: Double = 10,
                   detailLines: Int = 2) -> [(lines: [String], size: Double, bold: Bool)] {
        let findings = findings + (options.changes?.lines(for: item, language) ?? [])
        var rows: [(lines: [String], size: Double, bold: Bool)] = [
            (LabelText.lines(item.name, width: LabelText.lineWidth(item.name, base: Self.nameWidth)).lines, Self.nameFont, false)]
        if let detail = item.detail, !detail.isEmpty {
            // Each line of the detail wrapped on its own; a group's description may take three.
            rows.append((detail.split(separator: "\n").flatMap {
                LabelText.lines(String($0), width: LabelText.lineWidth(String($0), base: detailWidth),
                                maxLines: item.isGroup ? max(detailLines, 3) : detailLines).lines
            }, Self.smallFont, false))
        }
        for finding in findings {
            rows.append((LabelText.lines(finding, width: LabelText.lineWidth(finding, base: 10), maxLines: 2).lines, Self.smallFont, true))
        }
        return rows
    }

    /// A node's label, HTML-like: a one-column table of its rows (``labelRows``).
    func label(_ item: Sketch.Item, findings: [String] = [], detailWidth: Double = 10, detailLines: Int = 2) -> String {
        Self.html(labelRows(item, findings: findings, detailWidth: detailWidth, detailLines: detailLines))
    }

    /// Label rows as an HTML-like table.
    static func html(_ rows: [(lines: [String], size: Double, bold: Bool)]) -> String {
        var label = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
        for (number, row) in rows.enumerated() {
            var text = row.lines.map(LabelText.html).joined(separator: "<BR/>")
            if row.bold { text = "<B>\(text)</B>" }
            if number > 0 || row.size != nameFont { text = "<FONT POINT-SIZE=\"\(Palette.number(row.size))\">\(text)</FONT>" }
            label += "<TR><TD>\(text)</TD></TR>"
        }
        return label + "</TABLE>"
    }

    /// The widest line of label rows as a reader's ruler measures it (a wide character one em,
    /// any other 0.55 em, as ``LabelText/width(_:)``): Latin text is often narrower in the font,
    /// and a node is never narrower than this, so a line arriving at its side never crosses
    /// its text.
    static func estimatedWidth(_ rows: [(lines: [String], size: Double, bold: Bool)]) -> Double {
        rows.flatMap { row in row.lines.map { LabelText.width($0) * row.size } }.max() ?? 0
    }

    /// What a kind looks like: shape, style, fill, text and border colours.
    func look(_ kind: NodeKind, extraStyle: String? = nil) -> DiagramGraph.Attributes {
        let style = (["filled"] + [Palette.style(kind), extraStyle].compactMap { $0 }).joined(separator: ",")
        return [("shape", .plain(Palette.shape(kind))), ("style", .plain(style)),
                ("fillcolor", .plain(Palette.fill(kind))), ("fontcolor", .plain(Palette.text(kind))),
                ("color", .plain(kind == .client ? Palette.grey : "#333333"))]
            + Palette.shapeAttributes(kind).map { ($0.name, .plain($0.value)) }
            + (Palette.margin(kind).map { [("margin", .plain($0))] } ?? [])
    }

    /// A node's attributes, sized by Graphviz around its label: shape and colours by kind, the
    /// label, a plain tooltip; a folded group has a double border.
    func nodeAttributes(_ item: Sketch.Item, findings: [String] = []) -> DiagramGraph.Attributes {
        var attributes: DiagramGraph.Attributes = [("label", .html(label(item, findings: findings)))] + look(item.kind)
        attributes.append(("tooltip", .tooltip(item.tooltip)))
        if item.isGroup { attributes.append(("peripheries", .plain("2"))) }
        options.changes?.style(item, &attributes)
        return attributes
    }

    /// A node's attributes at a fixed size that holds its measured label (for layouts that
    /// place nodes themselves), and its size in points with its borders: each border beyond
    /// the first adds 4 points a side.
    func sizedNodeAttributes(_ item: Sketch.Item, label: String, labelSize: (width: Double, height: Double),
                             peripheries: Int? = nil, extraStyle: String? = nil) -> (attributes: DiagramGraph.Attributes, width: Double, height: Double) {
        let size = Palette.nodeSize(item.kind, label: labelSize)
        let borders = peripheries ?? (item.isGroup ? 2 : (item.kind == .headStation ? 2 : 1))
        var attributes: DiagramGraph.Attributes = [("label", .html(label))] + look(item.kind, extraStyle: extraStyle)
        attributes += [("fixedsize", .plain("true")), ("width", .plain(Palette.number(size.width / 72))),
                       ("height", .plain(Palette.number(size.height / 72))),
                       ("tooltip", .tooltip(item.tooltip))]
        if borders != (item.kind == .headStation ? 2 : 1) { attributes.append(("peripheries", .plain(String(borders)))) }
        options.changes?.style(item, &attributes)
        let extra = 8.0 * Double(borders - 1)
        return (attributes, size.width + extra, size.height + extra)
    }

    /// An edge's attributes: width by trust, dashed when tenuous, red when strained, arrows
    /// the way resources flow (a hollow arrowhead for the lesser way of a two-way link), a
    /// tooltip and (when `labelled`) a label naming each relation with its trust — both
    /// values, forward / back, when the two directions differ.
    func edgeAttributes(_ link: Sketch.Link, labelled: Bool, reversed: Bool = false) -> DiagramGraph.Attributes {
        let thresholds = network.thresholds
        let band = TrustBand(link.trust, thresholds: thresholds)
        let width = thinLines ? Palette.number(0.5 + 1.5 * min(max(link.trust, 0), 1)) : TrustBand.penWidth(link.trust)
        var attributes: DiagramGraph.Attributes = [("penwidth", .plain(width))]
        if link.trust < thresholds.strained {
            attributes.append(("color", .plain(Palette.vermillion)))
            attributes.append(("fontcolor", .plain(Palette.vermillion)))
        }
        if band == .tenuous { attributes.append(("style", .plain("dashed"))) }
        if link.forward && link.backward { attributes += [("dir", .plain("both")), ("arrowtail", .plain("onormal"))] }
        let text = trustText(link, reversed: reversed)
        attributes.append(("tooltip", .plain(LabelText.tooltip(text))))
        if labelled { attributes.append(("label", .html(LabelText.html(text)))) }
        options.changes?.style(link, network: network, &attributes, language)
        return attributes
    }

    /// "支持 0.90 / 0.40、资源链接 0.90": each relation with its highest trust along the line
    /// (tail to head) and, when the way back differs, its trust back.
    func trustText(_ link: Sketch.Link, reversed: Bool) -> String {
        let along = reversed ? link.trustBackward : link.trustForward
        let back = reversed ? link.trustForward : link.trustBackward
        let parts = link.relations.sorted().map { relation -> String in
            let name = relation.name(language)
            switch (along[relation], back[relation]) {
            case let (x?, y?) where abs(x - y) >= 0.005: return "\(name) \(Palette.number(x)) / \(Palette.number(y))"
            case let (x?, y?): return "\(name) \(Palette.number(max(x, y)))"
            case let (x?, nil), let (nil, x?): return "\(name) \(Palette.number(x))"
            case (nil, nil): return name
            }
        }
        return parts.joined(separator: language.pick("；", "; "))
    }

    /// "指督 0.85" / "支资 0.90/0.40": the relations' codes (``Relation/code(_:)``) and the
    /// highest trust along the line and, when it differs, back — for labels with little room.
    func codedTrustText(_ link: Sketch.Link, reversed: Bool) -> String {
        let along = (reversed ? link.trustBackward : link.trustForward).values.max()
        let back = (reversed ? link.trustForward : link.trustBackward).values.max()
        // At most three codes (a folded group's line merges many relations; all are in the tooltip).
        let relations = link.relations.sorted()
        let codes = relations.prefix(3).map { $0.code(language) }.joined(separator: language.pick("", "·"))
            + (relations.count > 3 ? "…" : "")
        let trust: String
        switch (along, back) {
        case let (x?, y?) where abs(x - y) >= 0.005: trust = Palette.number(x) + "/" + Palette.number(y)
        case let (x?, y?): trust = Palette.number(max(x, y))
        case let (x?, nil), let (nil, x?): trust = Palette.number(x)
        case (nil, nil): trust = ""
        }
        return codes + " " + trust
    }

    /// The key of the relation codes used by `links`: "关系简写：合 = 合作，指 = 指导".
    func relationKey(_ links: [Sketch.Link]) -> String? {
        let used = Set(links.flatMap(\.relations)).sorted()
        guard !used.isEmpty else { return nil }
        let pairs = used.map { language.pick("\($0.code(language)) = \($0.name(language))", "\($0.code(language)) = \($0.name(language))") }
        return language.pick("关系简写：", "Relations: ") + pairs.joined(separator: language.pick("，", ", "))
            + language.pick("；数字为信任（实心箭头方向 / 反方向）。", "; numbers are trust (along the solid arrow / back).")
    }

    /// The edge for a link, pointing the way resources mostly flow (so `dot` ranks givers above
    /// receivers); a link flowing both ways also gets a hollow arrowhead at its tail. As many
    /// ties each way: the solid arrow goes the way of the higher trust, so the hollow one marks
    /// the lesser way back, as the key says.
    func edge(_ link: Sketch.Link, tail: Int, head: Int, labelled: Bool,
              extra: DiagramGraph.Attributes = []) -> DiagramGraph.Edge {
        let (along, back) = (link.trustForward.values.max() ?? 0, link.trustBackward.values.max() ?? 0)
        let reversed = link.backward && (!link.forward || link.balance < 0 || (link.balance == 0 && back > along))
        return DiagramGraph.Edge(tail: reversed ? head : tail, head: reversed ? tail : head,
                                 attributes: edgeAttributes(link, labelled: labelled, reversed: reversed) + extra)
    }

    /// The title block, as the graph's HTML-like label: the network's title, a line naming
    /// the view, date and counts in the reader's words, the line notation, the key of
    /// shortened names and any notes (folding, view-specific marks). The kinds are drawn as
    /// legend nodes (``legendNodes(_:)``), so each shows its shape and colour.
    func caption(view: String, items: [Sketch.Item], links: [Sketch.Link], notes: [String],
                 extraKeys: [(text: String, color: String)] = [], legendInLabel: Bool = false) -> DiagramGraph.Value {
        let title = network.title ?? language.pick("合作网络", "Partner network")
        let small = Palette.number(Self.smallFont)
        var rows = "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(Palette.number(Self.titleFont))\"><B>"
            + lineBroken(title, width: 40) + "</B></FONT></TD></TR>"
        var facts = [view]
        if let date = network.date { facts.append(date) }
        facts.append(counts(items, links))
        rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\">\(lineBroken(facts.joined(separator: " · "), width: Self.captionWidth))</FONT></TD></TR>"
        if legendInLabel { rows += "<TR><TD ALIGN=\"LEFT\">\(kindCells(items))</TD></TR>" }
        for key in lineKey(extraKeys) {
            rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\" COLOR=\"\(key.color)\">\(lineBroken(key.text, width: Self.captionWidth))</FONT></TD></TR>"
        }
        for note in shortenedKey(items) + notes {
            rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(small)\">\(lineBroken(note, width: Self.captionWidth))</FONT></TD></TR>"
        }
        return .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"0\">\(rows)</TABLE>")
    }

    /// The caption's lines are at most this many ems (of the small font): 544 points, the
    /// width of a portrait A4 page less its margins.
    static let captionWidth = 68.0

    /// Text as HTML-like label lines of at most `width` ems (at most 4 lines).
    private func lineBroken(_ text: String, width: Double) -> String {
        LabelText.lines(text, width: width, maxLines: 4).lines.map(LabelText.html).joined(separator: "<BR ALIGN=\"LEFT\"/>")
    }

    /// "73 个节点（8 个为合并组，代表 36 个）· 195 条关系画成 164 条连线 · 523 人".
    func counts(_ items: [Sketch.Item], _ links: [Sketch.Link]) -> String {
        let groups = items.filter(\.isGroup)
        let folded = groups.reduce(0) { $0 + $1.members.count }
        let ties = links.reduce(0) { $0 + $1.ties }
        let people = items.reduce(0) { $0 + $1.people * ($1.isGroup || $1.kind == .client ? 1 : 0) }
        let labels = NodeLabels(network: network, options: options)
        var text = language.pick("\(items.count) 个节点", "\(items.count) nodes")
        if !groups.isEmpty {
            text += language.pick("（其中 \(groups.count) 个是合并组，共含 \(folded) 个）",
                                  " (\(groups.count) of them merged groups holding \(folded))")
        }
        text += language.pick(" · \(ties) 条关系画成 \(links.count) 条连线（同一对之间的关系合为一条线）",
                              " · \(ties) ties drawn as \(links.count) lines (ties between the same two merged into one line)")
        if people > 0 { text += " · " + labels.groupPeople(people) }
        return text
    }

    /// The kinds drawn, one legend node each in its own shape and colour, named in the output
    /// language, in vocabulary order.
    func legendNodes(_ items: [Sketch.Item]) -> [DiagramGraph.Attributes] {
        Set(items.map(\.kind)).sorted().map { kind in
            [("label", .html("<FONT POINT-SIZE=\"\(Palette.number(Self.smallFont))\">\(LabelText.html(kind.name(language)))</FONT>"))]
                + look(kind)
                + [("tooltip", .plain(LabelText.tooltip(kind.name(language)))), ("height", .plain("0.3")),
                   ("margin", .plain(Palette.margin(kind) ?? "0.04,0.02"))]
        }
    }

    /// The kinds as cells of their colour naming the kind and its shape, for layouts that
    /// cannot hold legend nodes in place (`sfdp`, `twopi`); five to a row.
    private func kindCells(_ items: [Sketch.Item]) -> String {
        let kinds = Set(items.map(\.kind)).sorted()
        var rows = ""
        for start in stride(from: 0, to: kinds.count, by: 5) {
            rows += "<TR>" + kinds[start..<min(start + 5, kinds.count)].map { kind in
                "<TD BGCOLOR=\"\(Palette.fill(kind))\" BORDER=\"1\" COLOR=\"#333333\"><FONT POINT-SIZE=\"\(Palette.number(Self.smallFont))\" COLOR=\"\(Palette.text(kind))\">"
                    + LabelText.html(kind.name(language) + language.pick("（", " (") + Palette.shapeName(kind, language) + language.pick("）", ")"))
                    + "</FONT></TD>"
            }.joined() + "</TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(rows)</TABLE>"
    }

    /// Adds the legend nodes to a `dot` drawing, in a box of their own ("图例 / Key"), all in
    /// one rank: a column beside a left-to-right drawing, a row under a top-down one.
    func addLegend(_ items: [Sketch.Item], to graph: inout DiagramGraph) {
        let nodes = legendNodes(items)
        guard !nodes.isEmpty else { return }
        var members: [Int] = []
        for attributes in nodes { members.append(graph.addNode(prefix: "k", attributes)) }
        graph.clusters.append(DiagramGraph.Cluster(name: "cluster_key", attributes: [
            ("rank", .plain("same")),
            ("label", .html("<FONT POINT-SIZE=\"\(Palette.number(Self.smallFont))\">\(LabelText.html(language.pick("图例（形状与颜色）", "Key (shape and colour)")))</FONT>")),
            ("style", .plain("rounded")), ("color", .plain(Palette.lightGrey)),
            ("fontname", .plain(FontCheck.fontName)),
        ], members: members))
    }

    /// The names drawn shortened, with their full names (at most six listed).
    func shortenedKey(_ items: [Sketch.Item]) -> [String] {
        let shortened = items.filter { LabelText.lines($0.name, width: LabelText.lineWidth($0.name, base: Self.nameWidth)).shortened }
        guard !shortened.isEmpty else { return [] }
        let listed = shortened.prefix(6).map { item -> String in
            let lines = LabelText.lines(item.name, width: LabelText.lineWidth(item.name, base: Self.nameWidth)).lines
            let short = lines.joined(separator: LabelText.lineWidth(item.name, base: 1) > 1 ? " " : "")
            let full = item.name.count > 60 ? String(item.name.prefix(59)) + "…" : item.name
            return short + " = " + full
        }
        let more = shortened.count > 6 ? language.pick("等 \(shortened.count) 个", " and \(shortened.count - 6) more") : ""
        return [language.pick("名称过长已截短（全称见悬停提示）：", "Long names shortened (full name in the tooltip): ")
                + listed.joined(separator: language.pick("；", "; ")) + more]
    }

    /// The line notation: width by trust, dashed tenuous, red strained, arrows for flow, and
    /// how two values on one line read.
    private func lineKey(_ extra: [(text: String, color: String)]) -> [(text: String, color: String)] {
        let t = network.thresholds
        let strong = Palette.number(max(0.7, t.pathTrust)), path = Palette.number(t.pathTrust)
        let strained = Palette.number(t.strained)
        var keys: [(text: String, color: String)] = [
            (language.pick("连线：越粗信任越高（≥ \(strong) 为强）；虚线 = 信任 < \(path)（弱）；箭头 = 资源与服务的流向，空心箭头 = 较弱的反向；“0.90 / 0.40” = 实心箭头方向的信任 / 反方向的信任",
                           "Lines: thicker = more trust (≥ \(strong) strong); dashed = trust < \(path) (tenuous); arrows = the way resources and services flow, hollow = the lesser way back; \"0.90 / 0.40\" = trust along the solid arrow / back"), "#333333"),
            (language.pick("红线 = 信任 < \(strained)（紧张）", "red = trust < \(strained) (strained)"), Palette.vermillion),
        ]
        keys += extra
        keys += options.changes?.keys(language) ?? []
        return keys
    }

    /// The legend note for folded nodes: what was merged, and that merged groups have a
    /// double border.
    func foldingNote(_ folding: Sketch.Folding?) -> [String] {
        guard let folding else { return [] }
        let how: String
        switch folding.stage {
        case .none, .clientsByAreaAndNeed, .clientsByArea, .partnersByAreaAndKind:
            let byNeed = folding.stage == .clientsByAreaAndNeed
            // Only what was merged: "0 clients into 0 groups" says nothing.
            var parts: [String] = []
            if folding.clients > 0 {
                parts.append(language.pick("\(folding.clients) 个服务对象按社区\(byNeed ? "和需求" : "")合并为 \(folding.groups) 组",
                                           "\(folding.clients) clients folded by community\(byNeed ? " and need" : "") into \(folding.groups) groups"))
            }
            if folding.partners > 0 {
                parts.append(language.pick("\(folding.partners) 个资源伙伴按社区和类型合并为 \(folding.partnerGroups) 个节点",
                                           "\(folding.partners) resource partners folded by community and kind into \(folding.partnerGroups)"))
            }
            guard !parts.isEmpty else { return [] }
            how = parts.joined(separator: language.pick("，", ", "))
        case .communities:
            how = language.pick("每个社区（居委会、社工室、服务对象与社区内的伙伴）合为一个节点",
                                "each community (committee, office, clients and its local partners) drawn as one node")
        case .stations:
            how = language.pick("每个社工站辖区内的社区与伙伴合为一个节点", "each station's communities and partners drawn as one node")
        case .districts:
            how = language.pick("每个社工总站之下的社工站、社区与伙伴合为一个节点", "each head station's stations, communities and partners drawn as one node")
        }
        let why = options.page.map { language.pick("为在 \($0.rawValue) 纸上字号不小于 7 磅，", "To keep every text at 7 pt or more on \($0.rawValue), ") }
            ?? language.pick("节点过多（上限 \(options.maxNodes)），", "Too many nodes (limit \(options.maxNodes)): ")
        return [why + how + language.pick("（双边框）。", " (double border).")]
    }

    /// The anonymisation note.
    var anonymizeNote: [String] {
        options.anonymize ? [language.pick("服务对象已匿名：以编号代替名称，不显示其属性。",
                                           "Clients anonymised: numbered instead of named, attributes left out.")] : []
    }
}
