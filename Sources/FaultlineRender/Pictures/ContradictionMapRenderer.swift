import Foundation
import FaultlineModel

/// Draws where the sources disagree. With disputes (the default whenever the analysis has
/// them), one cluster per dispute: the two camps and the situation they disagree about (see
/// `disputeDot`). Otherwise, or with `detail: .claims`, who says what: speakers (left), their
/// claims (middle) and the events the claims report (right), with contradicting claims joined
/// by a red edge that carries the kind, score and explanation of the contradiction.
public struct ContradictionMapRenderer: AnalysisPicture {
    public var options: ContradictionMapOptions

    public var name: String { "contradictions" }
    public var engine: LayoutEngine { .dot }

    public init(options: ContradictionMapOptions = ContradictionMapOptions()) {
        self.options = options
    }

    /// The map as DOT text (deterministic).
    public func dot(for analysis: Analysis) -> String {
        if options.detail == .disputes && !analysis.disputes.isEmpty { return disputeDot(for: analysis) }
        return claimDot(for: analysis)
    }

    /// The claim-level map: speakers, claims, events and contradiction edges.
    func claimDot(for analysis: Analysis) -> String {
        let prefix = options.idPrefix
        let actors = Dictionary(analysis.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let events = Dictionary(analysis.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let contradictions = analysis.contradictions.filter { $0.claims.count >= 2 }.sorted { $0.id < $1.id }
        let contradicted = Set(contradictions.flatMap(\.claims))
        let onlyContradicted = options.onlyContradicted || analysis.claims.count > options.maxClaims
        let claims = analysis.claims.filter { !onlyContradicted || contradicted.contains($0.id) }.sorted { $0.id < $1.id }
        let claimIDs = Set(claims.map(\.id))
        func name(_ id: String) -> String { actors[id]?.name ?? id }

        var dot = DOTBuilder(name: "contradictions")
        let title = options.title ?? "Claims: \(claims.count)" + (claims.count < analysis.claims.count ? " of \(analysis.claims.count)" : "")
            + " · contradictions: \(contradictions.count)"
        dot.graph(["rankdir": "LR", "nodesep": "0.2", "ranksep": "0.6", "outputorder": "edgesfirst", "bgcolor": "white", "pad": "0.2",
                   "fontname": .text(PicturePalette.font), "fontsize": "14", "label": .text(title), "labelloc": "t", "labeljust": "l",
                   "tooltip": .text(title), "id": .text(prefix + "contradictions"), "class": "contradiction-map"])
        dot.nodeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "9", "margin": "0.08,0.04"])
        dot.edgeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "8", "arrowsize": "0.6"])
        if options.showLegend { ContradictionMapRenderer.legend().add(to: &dot, id: prefix + "legend") }
        guard !claims.isEmpty else {
            dot.node(prefix + "empty", ["shape": "note", "label": "No claims", "id": .text(prefix + "empty"), "class": "empty"])
            return dot.build()
        }

        // Speakers.
        let speakers = Set(claims.map(\.speaker)).sorted()
        for speaker in speakers {
            let actor = actors[speaker]
            var label = PictureText.wrapped(name(speaker), width: 24, maxLines: 2).joined(separator: "\n")
            if let code = actor?.code { label += "\n" + PictureText.short(code, 16) }
            let said = claims.filter { $0.speaker == speaker }.count
            dot.node(prefix + "speaker-" + speaker, [
                "label": .text(label), "shape": .text(ActorGraphRenderer.shape(actor?.kind ?? .unknown)),
                "style": "filled", "fillcolor": "#FFFFFF", "color": "#555555",
                "id": .text(prefix + "speaker-" + speaker), "class": .text("actor speaker kind-\((actor?.kind ?? .unknown).rawValue)"),
                "tooltip": .text("\(PictureText.short(name(speaker), 120))\(actor?.code.map { " (\($0))" } ?? ""): \(said) claim" + (said == 1 ? "" : "s")),
            ])
        }

        // Claims, with the edge from their speaker and edges to the events they report
        // (listed by the claim, or naming the claim themselves).
        var eventsOfClaim: [String: [String]] = [:]
        for e in analysis.events {
            if let claim = e.claim { eventsOfClaim[claim, default: []].append(e.id) }
            for mention in e.mentions { if let claim = mention.claim { eventsOfClaim[claim, default: []].append(e.id) } }
        }
        var shownEvents: Set<String> = []
        for claim in claims {
            let id = prefix + "claim-" + claim.id
            let isContradicted = contradicted.contains(claim.id)
            var label = ["\(claim.id) · \(claim.stance.rawValue) · “\(PictureText.short(claim.cue, 24))”"]
            label += PictureText.wrapped(claim.text, width: 34, maxLines: 3)
            if let date = claim.date.value { label.append(date) }
            var tip = ["Claim \(claim.id) · \(name(claim.speaker)) · \(claim.stance.rawValue) (“\(PictureText.short(claim.cue, 40))”)"]
            if let via = claim.via { tip.append("via \(name(via))") }
            tip.append("date: " + PictureText.dateText(claim.date))
            tip.append("“" + PictureText.short(claim.text, 400) + "”")
            tip.append("document \(claim.document), sentence \(claim.sentence + 1)")
            if !claim.about.isEmpty { tip.append("about: " + claim.about.map(name).joined(separator: ", ")) }
            dot.node(id, [
                "label": .text(label.joined(separator: "\n")), "shape": "note", "style": "filled",
                "fillcolor": .text(PicturePalette.claimFill),
                "color": .text(isContradicted ? PicturePalette.contradiction : PicturePalette.claim),
                "penwidth": isContradicted ? "2" : "1",
                "id": .text(id), "class": .text("claim stance-\(claim.stance.rawValue)" + (isContradicted ? " contradicted" : "")),
                "tooltip": .text(tip.joined(separator: "\n")),
            ])
            var says: DOTAttributes = ["color": "#555555", "id": .text(prefix + "says-" + claim.id), "class": "says",
                                       "tooltip": .text("\(name(claim.speaker)) says (claim \(claim.id))")]
            if let via = claim.via { says["label"] = .text("via " + PictureText.short(name(via), 24)) }
            dot.edge(prefix + "speaker-" + claim.speaker, id, says)
            let reported = Set(claim.events.filter { events[$0] != nil }).union(eventsOfClaim[claim.id] ?? [])
            for eventID in reported.sorted() {
                shownEvents.insert(eventID)
                dot.edge(id, prefix + "event-" + eventID, ["style": "dashed", "color": .text(PicturePalette.claim),
                                                           "id": .text(prefix + "reports-" + claim.id + "-" + eventID), "class": "reports",
                                                           "tooltip": .text("claim \(claim.id) reports event \(eventID)")])
            }
        }

        // Events reported by the claims.
        for eventID in shownEvents.sorted() {
            guard let e = events[eventID] else { continue }
            var lines = [e.plover.isEmpty ? e.cameo : "\(e.cameo) \(e.plover)"]
            lines.append((e.negated ? "not: " : "") + PictureText.short(e.trigger.isEmpty ? e.text : e.trigger, 26))
            var who = e.source.map(name).joined(separator: ", ")
            if !e.target.isEmpty { who += " → " + e.target.map(name).joined(separator: ", ") }
            lines.append(PictureText.short(who, 30))
            lines.append(e.date.value ?? "undated")
            var classes = "event quad\(e.quad)"
            if e.negated { classes += " negated" }
            let tip = [PictureText.dateText(e.date, timeOfDay: e.timeOfDay),
                       "CAMEO \(e.cameo) \(e.plover) · \(PicturePalette.quadName(e.quad)) · Goldstein \(PictureText.signed(e.goldstein))",
                       PictureText.short(who, 200), "“" + PictureText.short(e.text, 400) + "”",
                       "document \(e.document), sentence \(e.sentence + 1)"]
            dot.node(prefix + "event-" + eventID, [
                "label": .text(lines.joined(separator: "\n")), "shape": "box", "style": "rounded,filled",
                "fillcolor": .text(PicturePalette.quadFill(e.quad)), "fontcolor": .text(PicturePalette.quadText(e.quad)),
                "id": .text(prefix + "event-" + eventID), "class": .text(classes), "tooltip": .text(tip.joined(separator: "\n")),
            ])
        }

        // Contradictions between shown claims: red, explained, never moving the layout.
        for x in contradictions where claimIDs.contains(x.claims[0]) && claimIDs.contains(x.claims[1]) {
            var label = ["\(x.id) · \(x.kind.rawValue) · \(DOTValue.format(x.score, digits: 2))"]
            label += PictureText.wrapped(x.explanation, width: 36, maxLines: 3)
            dot.edge(prefix + "claim-" + x.claims[0], prefix + "claim-" + x.claims[1], [
                "dir": "both", "arrowhead": "tee", "arrowtail": "tee", "color": .text(PicturePalette.contradiction),
                "fontcolor": .text(PicturePalette.contradiction), "penwidth": "2.5", "style": "bold", "constraint": "false",
                "xlabel": .text(label.joined(separator: "\n")), "id": .text(prefix + "contradiction-" + x.id),
                "class": .text("contradiction kind-\(x.kind.rawValue)"), "tooltip": .text(ContradictionText.tooltip(x)),
                "labeltooltip": .text(ContradictionText.tooltip(x)),
            ])
        }
        return dot.build()
    }

    static func legend() -> PictureLegend {
        var legend = PictureLegend()
        legend.add(.glyph("───", color: "#555555"), "speaker makes claim")
        legend.add(.glyph("╌╌▸", color: PicturePalette.claim), "claim reports event")
        legend.add(.glyph("━━━", color: PicturePalette.contradiction), "contradicting claims (kind · score)")
        legend.addQuads()
        return legend
    }
}
