import Foundation
import FaultlineModel

/// Draws who appears with whom: actors sized by centrality, pairs joined by edges as thick
/// as their co-occurrence and coloured by the mean Goldstein score of the events between
/// them (red conflict, grey neutral, blue cooperation).
public struct ActorGraphRenderer: AnalysisPicture {
    public var options: ActorGraphOptions

    public init(options: ActorGraphOptions = ActorGraphOptions()) {
        self.options = options
    }

    public var name: String { "actors" }

    /// Above this many edges the graph is drawn with straight lines.
    static let curvedEdgeLimit = 150

    /// `fdp` when countries are clusters (it draws them), `neato` otherwise.
    public var engine: LayoutEngine { options.clusterByCountry ? .fdp : .neato }

    /// The graph as DOT text (deterministic).
    public func dot(for analysis: Analysis) -> String {
        let prefix = options.idPrefix
        let score = ActorGraphRenderer.scores(analysis)
        var candidates = Set(analysis.cooccurrence.flatMap { [$0.a, $0.b] })
        candidates.formUnion(analysis.dyads.flatMap { [$0.a, $0.b] })
        for e in analysis.events { candidates.formUnion(e.source); candidates.formUnion(e.target) }
        let actors = analysis.actors.filter {
            candidates.contains($0.id) && (options.includeLocations || $0.kind != .location)
        }
        let kept = actors.sorted { (score[$0.id] ?? 0, $1.id) > (score[$1.id] ?? 0, $0.id) }.prefix(max(0, options.maxActors))
        let keptIDs = Set(kept.map(\.id))
        let maxScore = kept.map { score[$0.id] ?? 0 }.max() ?? 0

        var dot = DOTBuilder(name: "actors", kind: .graph)
        let title = options.title ?? "Actors: \(kept.count)" + (kept.count < actors.count ? " of \(actors.count)" : "")
            + " · edge width: co-occurrence · colour: mean Goldstein"
        dot.graph(["overlap": "false", "splines": "polyline", "sep": "+8", "outputorder": "edgesfirst", "bgcolor": "white",
                   "pad": "0.2", "fontname": .text(PicturePalette.font), "fontsize": "14", "label": .text(title), "labelloc": "t",
                   "labeljust": "l", "tooltip": .text(title), "id": .text(prefix + "actors"), "class": "actor-graph"])
        dot.nodeDefaults(["fontname": .text(PicturePalette.font), "style": "filled", "fillcolor": "#F2F2F2", "color": "#555555",
                          "margin": "0.06,0.03"])
        dot.edgeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "8"])

        if kept.isEmpty {
            dot.node(prefix + "empty", ["shape": "note", "label": "No actors", "id": .text(prefix + "empty"), "class": "empty"])
            return dot.build()
        }
        if options.showLegend { ActorGraphRenderer.legend().add(to: &dot, id: prefix + "legend") }

        let sortedActors = kept.sorted { $0.id < $1.id }
        if options.clusterByCountry {
            var byCountry: [String: [Actor]] = [:]
            var loose: [Actor] = []
            for actor in sortedActors {
                if let country = TimelinePlan.country(of: actor) { byCountry[country, default: []].append(actor) } else { loose.append(actor) }
            }
            for country in byCountry.keys.sorted() {
                let members = byCountry[country]!
                let label = TimelinePlan.laneLabel(country, .country, actors: [:], all: analysis.actors).replacingOccurrences(of: "\n", with: " · ")
                dot.subgraph("cluster_country_" + country, ["label": .text(label), "style": "rounded,filled",
                                                              "fillcolor": .text(PicturePalette.laneFill), "color": .text(PicturePalette.laneBorder),
                                                              "id": .text(prefix + "country-" + country), "class": "country-cluster",
                                                              "tooltip": .text("\(label): \(members.count) actor" + (members.count == 1 ? "" : "s"))]) { dot in
                    for actor in members { node(actor, analysis: analysis, score: score[actor.id] ?? 0, max: maxScore, into: &dot) }
                }
            }
            for actor in loose { node(actor, analysis: analysis, score: score[actor.id] ?? 0, max: maxScore, into: &dot) }
        } else {
            for actor in sortedActors { node(actor, analysis: analysis, score: score[actor.id] ?? 0, max: maxScore, into: &dot) }
        }

        // Pairs: co-occurrence gives the weight, dyads the colour; a dyad without co-occurrence
        // still counts its events as weight.
        var pairs: [String: (a: String, b: String, co: Cooccurrence?, dyad: Dyad?)] = [:]
        func key(_ a: String, _ b: String) -> (String, String) { a < b ? (a, b) : (b, a) }
        for c in analysis.cooccurrence where keptIDs.contains(c.a) && keptIDs.contains(c.b) && c.a != c.b {
            let (a, b) = key(c.a, c.b)
            pairs[a + "\u{1}" + b, default: (a, b, nil, nil)].co = c
        }
        for d in analysis.dyads where keptIDs.contains(d.a) && keptIDs.contains(d.b) && d.a != d.b {
            let (a, b) = key(d.a, d.b)
            pairs[a + "\u{1}" + b, default: (a, b, nil, nil)].dyad = d
        }
        func weight(_ p: (a: String, b: String, co: Cooccurrence?, dyad: Dyad?)) -> Double {
            p.co?.weight ?? Double(p.dyad?.events ?? 0)
        }
        let shown = pairs.keys.sorted().map { pairs[$0]! }.filter { weight($0) >= options.minWeight && weight($0) > 0 }
        let maxWeight = shown.map(weight).max() ?? 1
        // Routing edges around nodes costs neato seconds per hundred edges; past that,
        // straight lines keep large corpora drawable in well under a second.
        if shown.count > ActorGraphRenderer.curvedEdgeLimit { dot.graph(["splines": "false"]) }
        let names = Dictionary(analysis.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for pair in shown {
            let w = weight(pair)
            let share = maxWeight > 0 ? w / maxWeight : 0
            var attributes: DOTAttributes = ["penwidth": .number(1 + 5 * share, digits: 2), "len": .number(2.2 - 1.2 * share, digits: 2),
                                             "weight": .number(1 + share * 4, digits: 2), "id": .text(prefix + "pair-" + pair.a + "~" + pair.b)]
            var tip = ["\(names[pair.a] ?? pair.a) — \(names[pair.b] ?? pair.b)"]
            if let c = pair.co {
                tip.append("together in \(c.sentences) sentence\(c.sentences == 1 ? "" : "s"), \(c.events) event\(c.events == 1 ? "" : "s"), "
                           + "\(c.documents) document\(c.documents == 1 ? "" : "s") · weight \(DOTValue.format(c.weight, digits: 2)), PMI \(DOTValue.format(c.pmi, digits: 2))")
            }
            if let d = pair.dyad, d.events > 0 {
                attributes["color"] = .text(PicturePalette.goldstein(d.meanGoldstein))
                attributes["class"] = .text("pair " + (d.meanGoldstein <= -1 ? "conflict" : d.meanGoldstein >= 1 ? "cooperation" : "neutral"))
                let quads = (0..<4).map { $0 < d.quads.count ? String(d.quads[$0]) : "0" }.joined(separator: "/")
                tip.append("\(d.events) event\(d.events == 1 ? "" : "s") between them · mean Goldstein \(PictureText.signed(d.meanGoldstein)) · quads 1–4: \(quads)")
            } else {
                attributes["color"] = "#BBBBBB"
                attributes["style"] = "dashed"
                attributes["class"] = "pair no-events"
                tip.append("no coded events between them")
            }
            attributes["tooltip"] = .text(tip.joined(separator: "\n"))
            dot.edge(prefix + "actor-" + pair.a, prefix + "actor-" + pair.b, attributes)
        }
        return dot.build()
    }

    // MARK: - Parts

    private func node(_ actor: Actor, analysis: Analysis, score: Double, max maxScore: Double, into dot: inout DOTBuilder) {
        let share = maxScore > 0 ? (score / maxScore).squareRoot() : 0
        let id = options.idPrefix + "actor-" + actor.id
        var label = PictureText.wrapped(actor.name, width: 22, maxLines: 2).joined(separator: "\n")
        if let code = actor.code { label += "\n" + PictureText.short(code, 16) }
        dot.node(id, [
            "label": .text(label), "shape": .text(ActorGraphRenderer.shape(actor.kind)),
            "style": .text(actor.kind == .country ? "rounded,filled" : "filled"),
            "fontsize": .number(9 + 9 * share, digits: 1), "width": .number(0.5 + 1.0 * share, digits: 2),
            "height": .number(0.3 + 0.5 * share, digits: 2), "penwidth": .number(1 + share, digits: 2),
            "id": .text(id), "class": .text("actor kind-\(actor.kind.rawValue)"), "tooltip": .text(tooltip(actor, analysis: analysis)),
        ])
    }

    private func tooltip(_ actor: Actor, analysis: Analysis) -> String {
        var lines = ["\(PictureText.short(actor.name, 120)) (\(actor.kind.rawValue))"]
        var facts: [String] = []
        if let code = actor.code { facts.append("code \(PictureText.short(code, 20))") }
        if let country = actor.country { facts.append("country \(PictureText.short(country, 12))") }
        facts.append("\(actor.mentions) mention" + (actor.mentions == 1 ? "" : "s"))
        lines.append(facts.joined(separator: " · "))
        if let c = analysis.centrality.first(where: { $0.actor == actor.id }) {
            lines.append("PageRank \(DOTValue.format(c.pagerank, digits: 3)) · degree \(c.degree) · weighted degree "
                         + "\(DOTValue.format(c.weightedDegree, digits: 2)) · betweenness \(DOTValue.format(c.betweenness, digits: 3))")
        }
        let asSource = analysis.events.filter { $0.source.contains(actor.id) }.count
        let asTarget = analysis.events.filter { $0.target.contains(actor.id) }.count
        lines.append("source of \(asSource) event\(asSource == 1 ? "" : "s"), target of \(asTarget)")
        let aliases = actor.aliases.filter { $0 != actor.name }
        if !aliases.isEmpty { lines.append("also: " + PictureText.short(aliases.joined(separator: "; "), 200)) }
        return lines.joined(separator: "\n")
    }

    /// Centrality of each actor: PageRank when the analysis has it, else weighted degree,
    /// else the number of mentions.
    static func scores(_ analysis: Analysis) -> [String: Double] {
        if analysis.centrality.contains(where: { $0.pagerank > 0 }) {
            return Dictionary(analysis.centrality.map { ($0.actor, $0.pagerank) }, uniquingKeysWith: { a, _ in a })
        }
        if analysis.centrality.contains(where: { $0.weightedDegree > 0 }) {
            return Dictionary(analysis.centrality.map { ($0.actor, $0.weightedDegree) }, uniquingKeysWith: { a, _ in a })
        }
        return Dictionary(analysis.actors.map { ($0.id, Double($0.mentions)) }, uniquingKeysWith: { a, _ in a })
    }

    static func shape(_ kind: ActorKind) -> String {
        switch kind {
        case .country, .organization: return "box"
        case .person: return "ellipse"
        case .armedGroup: return "octagon"
        case .media: return "note"
        case .location: return "house"
        case .population, .group: return "hexagon"
        case .unknown: return "ellipse"
        }
    }

    static func legend() -> PictureLegend {
        var legend = PictureLegend()
        legend.add(.glyph("━━━", color: PicturePalette.goldstein(-10)), "conflict (mean Goldstein −10)")
        legend.add(.glyph("━━━", color: PicturePalette.goldstein(-5)), "mean Goldstein −5")
        legend.add(.glyph("━━━", color: PicturePalette.goldstein(0)), "neutral (0)")
        legend.add(.glyph("━━━", color: PicturePalette.goldstein(5)), "mean Goldstein +5")
        legend.add(.glyph("━━━", color: PicturePalette.goldstein(10)), "cooperation (+10)")
        legend.add(.glyph("╌╌╌", color: "#BBBBBB"), "together, no events between them")
        legend.add(.glyph("▢ ◯", color: PicturePalette.axis), "node size: centrality; line width: co-occurrence")
        return legend
    }
}
