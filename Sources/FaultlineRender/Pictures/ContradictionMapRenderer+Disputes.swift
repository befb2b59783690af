import FaultlineModel

extension ContradictionMapRenderer {
    /// The map at dispute level: one framed cluster per dispute, its two camps on the left and
    /// right and the disputed situation between them, each camp pointing at it with a red edge
    /// that says what it holds. Every dispute takes one row, so ten disputes stay readable where
    /// dozens of claim-to-claim edges would not; the claims, contradictions and echoes behind a
    /// dispute are in the tooltips.
    func disputeDot(for analysis: Analysis) -> String {
        let prefix = options.idPrefix
        let actors = Dictionary(analysis.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let claims = Dictionary(analysis.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let contradictions = Dictionary(analysis.contradictions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { actors[id]?.name ?? id }
        let disputes = analysis.disputes.filter { !$0.contradictions.isEmpty }
        let pairs = analysis.contradictions.reduce(0) { $0 + 1 + $1.echoes.count }

        var dot = DOTBuilder(name: "contradictions")
        let title = options.title ?? "Disputes: \(disputes.count) · contradictions: \(analysis.contradictions.count)"
            + (pairs > analysis.contradictions.count ? " (\(pairs) claim pairs)" : "")
        dot.graph(["rankdir": "LR", "nodesep": "0.3", "ranksep": "0.5", "newrank": "true", "bgcolor": "white", "pad": "0.2",
                   "fontname": .text(PicturePalette.font), "fontsize": "14", "label": .text(title), "labelloc": "t", "labeljust": "l",
                   "tooltip": .text(title), "id": .text(prefix + "contradictions"), "class": "contradiction-map disputes"])
        dot.nodeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "10", "margin": "0.12,0.06"])
        dot.edgeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "9", "arrowsize": "0.7"])
        if options.showLegend { ContradictionMapRenderer.disputeLegend().add(to: &dot, id: prefix + "legend") }

        // Graphviz stacks the clusters of a left-to-right layout from the bottom up: emitted last
        // to first, `d1` comes out on top.
        for d in disputes.reversed() {
            let cluster = prefix + "dispute-" + d.id
            let members = d.contradictions.compactMap { contradictions[$0] }
            let echoes = members.reduce(0) { $0 + $1.echoes.count }
            var frame = ["\(d.id) · " + d.kinds.map(\.rawValue).joined(separator: ", ") + " · score \(DOTValue.format(d.score, digits: 2))"]
            frame.append(PictureText.short(d.topic, 90))
            let tip = [ "Dispute \(d.id) — " + d.kinds.map(\.rawValue).joined(separator: ", ") + ", score \(DOTValue.format(d.score, digits: 2))",
                        PictureText.short(d.topic, 200), PictureText.short(d.explanation, 400)]
                + members.prefix(12).map { x in "\(x.id) \(x.kind.rawValue) \(DOTValue.format(x.score, digits: 2)): " + PictureText.short(x.explanation, 160) }
                + (members.count > 12 ? ["… and \(members.count - 12) more"] : [])
            let topicID = cluster + "-topic"
            let sides = d.sides.prefix(2)
            dot.subgraph("cluster_" + cluster, [
                "label": .text(frame.joined(separator: "\n")), "labeljust": "l", "style": "rounded,filled",
                "fillcolor": .text(PicturePalette.laneFill), "color": .text(ContradictionMapRenderer.kindColor(d.kinds.first)),
                "penwidth": "1.5", "fontsize": "11", "id": .text(cluster), "class": .text("dispute " + d.kinds.map { "kind-" + $0.rawValue }.joined(separator: " ")),
                "tooltip": .text(tip.joined(separator: "\n")),
            ]) { dot in
                // The situation in dispute.
                var lines = PictureText.wrapped(ContradictionMapRenderer.situation(d.topic), width: 28, maxLines: 2)
                if let from = d.from { lines.append(from == d.to || d.to == nil ? from : "\(from) – \(d.to!)") }
                lines.append("\(members.count) contradiction" + (members.count == 1 ? "" : "s")
                             + (echoes > 0 ? " (+\(echoes) echoes)" : ""))
                lines.append("\(d.claims.count) claims · \(d.documents.count) document" + (d.documents.count == 1 ? "" : "s"))
                dot.node(topicID, [
                    "label": .text(lines.joined(separator: "\n")), "shape": "box", "style": "rounded,filled,bold",
                    "fillcolor": "#FFFFFF", "color": .text(PicturePalette.contradiction),
                    "id": .text(topicID), "class": "dispute-topic", "tooltip": .text(tip.joined(separator: "\n")),
                ])
                // The two camps, each pointing at the situation.
                for (n, side) in sides.enumerated() {
                    let id = cluster + "-side-" + String(n + 1)
                    let speakers = side.speakers.map(name)
                    var label = [PictureText.short(side.name, 30)]
                    label += PictureText.wrapped(speakers.prefix(3).joined(separator: ", ")
                                                 + (speakers.count > 3 ? " +\(speakers.count - 3)" : ""), width: 30, maxLines: 3)
                    label.append("\(side.claims.count) claim" + (side.claims.count == 1 ? "" : "s"))
                    var sideTip = ["\(side.name) (\(side.camp)): \(side.position)", "speakers: " + speakers.joined(separator: ", ")]
                    sideTip += side.claims.prefix(8).compactMap { claims[$0] }.map { c in
                        "\(c.id) \(name(c.speaker)) (\(c.stance.rawValue)): “" + PictureText.short(c.text, 140) + "”"
                    }
                    if side.claims.count > 8 { sideTip.append("… and \(side.claims.count - 8) more") }
                    dot.node(id, [
                        "label": .text(label.joined(separator: "\n")), "shape": "box", "style": "filled",
                        "fillcolor": "#F4F4F4", "color": "#555555",
                        "id": .text(id), "class": .text("dispute-side camp-\(side.camp)"), "tooltip": .text(sideTip.joined(separator: "\n")),
                    ])
                    let position = PictureText.wrapped(side.position, width: 26, maxLines: 2).joined(separator: "\n")
                    var edge: DOTAttributes = [
                        "color": .text(PicturePalette.contradiction), "fontcolor": .text(PicturePalette.contradiction), "penwidth": "2",
                        "label": .text(position), "id": .text(id + "-says"), "class": "dispute-position",
                        "tooltip": .text("\(side.name) \(side.position)"),
                    ]
                    // Left camp → situation ← right camp.
                    if n == 0 { dot.edge(id, topicID, edge) } else { edge["dir"] = "back"; dot.edge(topicID, id, edge) }
                }
            }
        }
        if disputes.isEmpty {
            dot.node(prefix + "empty", ["shape": "note", "label": "No disputes", "id": .text(prefix + "empty"), "class": "empty"])
        }
        return dot.build()
    }

    /// The topic without its dates (the situation node shows them on a line of their own).
    static func situation(_ topic: String) -> String {
        guard let comma = topic.lastIndex(of: ","), topic[topic.index(after: comma)...].contains(where: \.isNumber) else { return topic }
        return String(topic[..<comma])
    }

    /// Frame colour of a dispute by its strongest kind.
    static func kindColor(_ kind: ContradictionKind?) -> String {
        switch kind {
        case .explicit?: return "#C00000"
        case .blame?: return "#D55E00"
        case .polarity?: return "#CC79A7"
        case .value?: return "#0072B2"
        case nil: return PicturePalette.laneBorder
        }
    }

    static func disputeLegend() -> PictureLegend {
        var legend = PictureLegend()
        legend.add(.fill("#F4F4F4"), "camp: its speakers and claims")
        legend.add(.glyph("━━▸", color: PicturePalette.contradiction), "what the camp holds about the situation")
        for kind in ContradictionKind.allCases {
            legend.add(.glyph("▢", color: kindColor(kind)), "strongest evidence: \(kind.rawValue)")
        }
        return legend
    }
}
