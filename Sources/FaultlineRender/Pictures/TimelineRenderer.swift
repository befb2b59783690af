import Foundation
import FaultlineModel

/// Draws an `Analysis` as a timeline: a date axis, one lane per actor or country, events as
/// nodes coloured by quad class, claims and contradictions as distinct edges.
///
/// The layout follows the usual way of making `dot` draw timelines: the axis is a chain of
/// plaintext date nodes joined by heavy invisible edges (with extra invisible ranks where
/// time passes without events, more for longer gaps); every event shares a rank with its
/// date (`{rank=same; date; event}`); lanes are clusters, which `newrank=true` allows to
/// cross ranks; claim and contradiction edges have `constraint=false` so they never move
/// events off their dates. Undated events sit in a last "undated" rank, dates without a
/// year in their own section before it; uncertain dates have dashed borders.
public struct TimelineRenderer: AnalysisPicture {
    public var options: TimelineOptions

    public var name: String { "timeline" }
    public var engine: LayoutEngine { .dot }

    public init(options: TimelineOptions = TimelineOptions()) {
        self.options = options
    }

    /// The timeline as DOT text (deterministic for a given analysis and options).
    public func dot(for analysis: Analysis) -> String {
        let plan = TimelinePlan(analysis: analysis, options: options)
        return TimelineDOT(plan: plan, analysis: analysis, options: options).build()
    }
}

/// Writes a `TimelinePlan` as DOT.
private struct TimelineDOT {
    let plan: TimelinePlan
    let analysis: Analysis
    let options: TimelineOptions
    let actors: [String: Actor]
    let claims: [String: Claim]
    let documents: [String: DocumentInfo]
    var prefix: String { options.idPrefix }

    init(plan: TimelinePlan, analysis: Analysis, options: TimelineOptions) {
        self.plan = plan; self.analysis = analysis; self.options = options
        actors = Dictionary(analysis.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        claims = Dictionary(analysis.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        documents = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func build() -> String {
        var dot = DOTBuilder(name: "timeline")
        let title = options.title ?? defaultTitle()
        dot.graph([
            "newrank": "true", "rankdir": options.orientation == .vertical ? "TB" : "LR",
            "nodesep": "0.18", "ranksep": "0.22", "outputorder": "edgesfirst", "bgcolor": "white", "pad": "0.2",
            "fontname": .text(PicturePalette.font), "fontsize": "14", "label": .text(title), "labelloc": "t", "labeljust": "l",
            "tooltip": .text(title), "id": .text(prefix + "timeline"), "class": "timeline",
        ])
        dot.nodeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "9", "shape": "box", "style": "rounded,filled",
                          "margin": "0.08,0.03", "height": "0.3", "penwidth": "1"])
        dot.edgeDefaults(["fontname": .text(PicturePalette.font), "fontsize": "8", "arrowsize": "0.6"])

        let head = prefix + "axis-head"
        var headerRank: [String] = []
        if options.showLegend {
            legend().add(to: &dot, id: prefix + "legend")
            headerRank.append(prefix + "legend")
        }
        dot.node(head, ["shape": "plaintext", "style": "", "label": "date", "fontsize": "10", "fontcolor": .text(PicturePalette.axis),
                        "id": .text(head), "class": "axis", "tooltip": "date axis"])
        headerRank.append(head)

        guard !plan.items.isEmpty else {
            let empty = prefix + "empty"
            dot.node(empty, ["shape": "note", "style": "filled", "fillcolor": .text(PicturePalette.claimFill),
                             "label": .text(plan.totalEvents == 0 ? "No events" : "No events match the filters"),
                             "id": .text(empty), "class": "empty"])
            dot.rank("same", headerRank)
            chain(&dot, headerRank, flat: true)
            dot.edge(head, empty, ["style": "invis"])
            return dot.build()
        }

        // Rows: a slot gets several ranks when one lane has more than `maxPerRow` events in
        // it. Claims get rows of their own below the events, and contradicting claims never
        // share a row: claim and contradiction edges then run between ranks instead of along
        // one, where dot's router fails when other nodes stand in the way.
        let perRow = max(1, options.maxPerRow)
        var opponents: [String: Set<String>] = [:]
        for edge in plan.contradictionEdges {
            opponents[edge.from, default: []].insert(edge.to)
            opponents[edge.to, default: []].insert(edge.from)
        }
        var itemsBySlot: [TimelineSlot: [TimelinePlan.Item]] = [:]
        for item in plan.items { itemsBySlot[item.slot, default: []].append(item) }
        var rowsOfSlot: [TimelineSlot: [[String]]] = [:]      // slot → row → item ids
        var laneItems: [String: [TimelinePlan.Item]] = [:]
        for slot in plan.slots {
            let slotItems = itemsBySlot[slot]!.sorted(by: TimelineDOT.itemOrder)
            var byLane: [String: [TimelinePlan.Item]] = [:]
            for item in slotItems { byLane[item.lane, default: []].append(item) }
            var eventRows: [[String]] = []
            var claimRows: [[String]] = []
            for lane in plan.lanes {
                let items = byLane[lane.key] ?? []
                let claims = items.filter { if case .claim = $0.content { return true } else { return false } }
                let events = items.filter { if case .claim = $0.content { return false } else { return true } }
                for (i, item) in events.enumerated() {
                    if eventRows.count <= i / perRow { eventRows.append([]) }
                    eventRows[i / perRow].append(item.id)
                }
                var perLaneRow: [Int] = []
                for item in claims {
                    // The first row with room in this lane and no claim this one contradicts.
                    var r = 0
                    while r < claimRows.count,
                          (r < perLaneRow.count && perLaneRow[r] >= perRow) || claimRows[r].contains(where: { opponents[item.id]?.contains($0) ?? false }) {
                        r += 1
                    }
                    if r == claimRows.count { claimRows.append([]) }
                    while perLaneRow.count <= r { perLaneRow.append(0) }
                    claimRows[r].append(item.id)
                    perLaneRow[r] += 1
                }
                laneItems[lane.key, default: []].append(contentsOf: events + claims)
            }
            rowsOfSlot[slot] = eventRows + claimRows
        }

        // Lanes as clusters, each with a header node on the header rank.
        for lane in plan.lanes {
            let header = lane.id + "-head"
            headerRank.append(header)
            var tooltip = lane.label.replacingOccurrences(of: "\n", with: " ") + ": \(lane.events) event" + (lane.events == 1 ? "" : "s")
            if lane.claims > 0 { tooltip += ", \(lane.claims) claim" + (lane.claims == 1 ? "" : "s") }
            dot.subgraph("cluster_" + lane.id, ["label": "", "style": "rounded,filled", "fillcolor": .text(PicturePalette.laneFill),
                                                "color": .text(PicturePalette.laneBorder), "id": .text(lane.id), "class": "lane",
                                                "tooltip": .text(tooltip)]) { dot in
                dot.node(header, ["shape": "plaintext", "style": "", "fontsize": "10", "label": .text(lane.label),
                                  "id": .text(header), "class": "lane-head", "tooltip": .text(tooltip)])
                for item in laneItems[lane.key] ?? [] { node(item, into: &dot) }
            }
        }
        dot.rank("same", headerRank)
        chain(&dot, headerRank, flat: true)

        // The date axis, with gap spacers and section breaks, and one rank per row.
        var axis: [String] = [head]
        var previous: TimelineSlot?
        for slot in plan.slots {
            if let previous { axis += gap(from: previous, to: slot, into: &dot) } else if slot.section == .yearUnknown {
                axis += sectionBreak(slot, into: &dot)
            }
            let rows = rowsOfSlot[slot] ?? [[]]
            for (r, row) in rows.enumerated() {
                let axisNode = prefix + "date-" + slot.key + (r == 0 ? "" : "-row\(r)")
                if r == 0 {
                    dateNode(slot, id: axisNode, count: itemsBySlot[slot]?.count ?? 0, into: &dot)
                } else {
                    dot.node(axisNode, ["shape": "point", "style": "invis", "width": "0", "height": "0", "id": .text(axisNode)])
                }
                axis.append(axisNode)
                dot.rank("same", [axisNode] + row)
            }
            previous = slot
        }
        chain(&dot, axis, flat: false)

        // Relations, which must not move anything.
        for edge in plan.claimEdges { claimEdge(edge, into: &dot) }
        for edge in plan.contradictionEdges { contradictionEdge(edge, into: &dot) }
        return dot.build()
    }

    // MARK: - Axis

    private static func itemOrder(_ a: TimelinePlan.Item, _ b: TimelinePlan.Item) -> Bool {
        func kind(_ item: TimelinePlan.Item) -> Int { if case .claim = item.content { return 1 } else { return 0 } }
        return (kind(a), a.order.0, a.order.1, a.order.2) < (kind(b), b.order.0, b.order.1, b.order.2)
    }

    private func chain(_ dot: inout DOTBuilder, _ ids: [String], flat: Bool) {
        guard ids.count > 1 else { return }
        for (a, b) in zip(ids, ids.dropFirst()) {
            dot.edge(a, b, flat ? ["style": "invis"] : ["style": "invis", "weight": "100"])
        }
    }

    private func dateNode(_ slot: TimelineSlot, id: String, count: Int, into dot: inout DOTBuilder) {
        var classes = ["date"]
        if slot.section == .yearUnknown { classes.append("uncertain") }
        if slot.section == .undated { classes.append("undated") }
        var attributes: DOTAttributes = ["shape": "plaintext", "style": "", "label": .text(slot.label), "fontsize": "10",
                                         "fontcolor": .text(PicturePalette.axis), "id": .text(id), "class": .text(classes.joined(separator: " ")),
                                         "tooltip": .text("\(slot.label): \(count) item" + (count == 1 ? "" : "s"))]
        if slot.section != .known { attributes["fontname"] = "Helvetica-Oblique" }
        dot.node(id, attributes)
    }

    /// Spacer ranks between two slots, more for longer gaps (log2 of the gap, at most 3).
    private func gap(from a: TimelineSlot, to b: TimelineSlot, into dot: inout DOTBuilder) -> [String] {
        if b.section != a.section {
            return b.section == .yearUnknown ? sectionBreak(b, into: &dot) : [spacer(b.key, label: "", into: &dot)]
        }
        guard a.section == .known else { return [] }
        let empty = b.start.number - a.end.number - 1
        // One spacer rank for 2–3 empty periods, two for 4–7, three for more: enough to see
        // a gap at a glance. Every rank costs layout time (dot's cluster bookkeeping grows
        // with ranks × lanes), so a single empty day gets none.
        let units = empty / plan.granularity.days
        guard units >= 2 else { return [] }
        let count = min(Int(log2(Double(units))), 3)
        let unit = plan.granularity == .event || plan.granularity == .day ? "day" : plan.granularity.unitName
        let amount = unit == "day" ? empty : units
        var ids: [String] = []
        for i in 0..<count {
            ids.append(spacer(a.key + "-\(i)", label: i == 0 ? "⋮ \(amount) \(unit)\(amount == 1 ? "" : "s")" : "", into: &dot))
        }
        return ids
    }

    private func spacer(_ key: String, label: String, into dot: inout DOTBuilder) -> String {
        let id = prefix + "gap-" + key
        if label.isEmpty {
            dot.node(id, ["shape": "point", "style": "invis", "width": "0", "height": "0", "id": .text(id)])
        } else {
            dot.node(id, ["shape": "plaintext", "style": "", "label": .text(label), "fontsize": "8", "fontcolor": "#777777",
                          "id": .text(id), "class": "gap", "tooltip": .text("no events for \(label.dropFirst(2))")])
        }
        return id
    }

    private func sectionBreak(_ slot: TimelineSlot, into dot: inout DOTBuilder) -> [String] {
        let id = prefix + "section-year-unknown"
        dot.node(id, ["shape": "plaintext", "style": "", "label": "year unknown", "fontsize": "9", "fontcolor": "#777777",
                      "id": .text(id), "class": "section uncertain",
                      "tooltip": "dates below have a day and month but no year (XXXX-MM-DD)"])
        return [id]
    }

    // MARK: - Nodes

    private func node(_ item: TimelinePlan.Item, into dot: inout DOTBuilder) {
        switch item.content {
        case .event(let event): eventNode(event, item: item, into: &dot)
        case .aggregate(let events, let quad): aggregateNode(events, quad: quad, item: item, into: &dot)
        case .claim(let claim): claimNode(claim, item: item, into: &dot)
        }
    }

    private func eventNode(_ e: Event, item: TimelinePlan.Item, into dot: inout DOTBuilder) {
        var classes = ["event", "quad\(e.quad)"]
        var style = "rounded,filled"
        // Codes come from the codebook, but an edited analysis can hold anything: clipped.
        var lines = [PictureText.short(e.plover.isEmpty ? e.cameo : "\(e.cameo) \(e.plover)", 30)]
        var what = PictureText.short(e.trigger.isEmpty ? e.text : e.trigger, 26)
        if e.negated { what = "not: " + what; classes.append("negated") }
        if e.modality != .asserted { what += " (\(e.modality.rawValue))"; classes.append("modality-\(e.modality.rawValue)") }
        lines.append(what)
        if !e.target.isEmpty { lines.append("→ " + PictureText.short(names(e.target), 26)) }
        if item.slot.section == .undated {
            classes.append("undated"); style += ",dotted"; lines.append("(undated)")
        } else if let reason = item.date?.reasons.first {
            classes.append("uncertain"); style += ",dashed"
            lines.append("≈ " + reason.short)
        }
        dot.node(item.id, [
            "label": .text(lines.joined(separator: "\n")), "fillcolor": .text(PicturePalette.quadFill(e.quad)),
            "fontcolor": .text(PicturePalette.quadText(e.quad)), "style": .text(style),
            "id": .text(item.id), "class": .text(classes.joined(separator: " ")), "tooltip": .text(tooltip(e, date: item.date)),
        ])
    }

    private func tooltip(_ e: Event, date: TimelineDate?) -> String {
        var lines: [String] = []
        var when = PictureText.dateText(e.date, timeOfDay: e.timeOfDay)
        if let reason = date?.uncertainty { when += " — " + reason }
        if e.date.value == nil { when += " — no date found" }
        lines.append(when)
        lines.append("CAMEO \(e.cameo)" + (e.plover.isEmpty ? "" : " \(e.plover)") + " · \(PicturePalette.quadName(e.quad)) (quad \(e.quad))"
                     + " · Goldstein \(PictureText.signed(e.goldstein))")
        var who = names(e.source, empty: "?") + " → " + names(e.target, empty: "?")
        if !e.location.isEmpty { who += " · in " + names(e.location) }
        lines.append(PictureText.short(who, 200))
        var status: [String] = []
        if e.negated { status.append("negated") }
        if e.modality != .asserted { status.append(e.modality.rawValue) }
        if !status.isEmpty { lines.append(status.joined(separator: ", ")) }
        lines.append("“" + PictureText.short(e.text, 400) + "”")
        lines.append(source(document: e.document, sentence: e.sentence))
        if let claimID = e.claim {
            let speaker = claims[claimID].map { names([$0.speaker]) } ?? "?"
            lines.append("reported by \(speaker) (claim \(claimID))")
        }
        let others = e.mentions.filter { $0.document != e.document || $0.sentence != e.sentence }.sorted()
        if !others.isEmpty {
            let listed = others.prefix(5).map { "\($0.document) #\($0.sentence + 1)" }.joined(separator: ", ")
            lines.append("also in: " + listed + (others.count > 5 ? " and \(others.count - 5) more" : ""))
        }
        return lines.joined(separator: "\n")
    }

    private func aggregateNode(_ events: [Event], quad: Int, item: TimelinePlan.Item, into dot: inout DOTBuilder) {
        var codes: [String: Int] = [:]
        for e in events { codes[e.plover.isEmpty ? e.cameo : "\(e.cameo) \(e.plover)", default: 0] += 1 }
        let top = codes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var lines = ["\(events.count) event" + (events.count == 1 ? "" : "s")]
        lines += top.prefix(2).map { "\(PictureText.short($0.key, 30)) ×\($0.value)" }
        if top.count > 2 { lines.append("+\(top.count - 2) other code" + (top.count == 3 ? "" : "s")) }
        let laneName = plan.lanes.first { $0.key == item.lane }?.label.replacingOccurrences(of: "\n", with: " ") ?? "no actor"
        var tip = ["\(item.slot.label) · \(laneName) · \(PicturePalette.quadName(quad)): \(events.count) event" + (events.count == 1 ? "" : "s")]
        for e in events.prefix(15) {
            tip.append("\(e.date.value ?? "undated") \(e.cameo) \(PictureText.short(e.trigger, 30)) (\(e.document) #\(e.sentence + 1))")
        }
        if events.count > 15 { tip.append("… and \(events.count - 15) more") }
        var classes = ["event", "aggregate", "quad\(quad)"]
        if item.slot.section == .undated { classes.append("undated") }
        if item.slot.section == .yearUnknown { classes.append("uncertain") }
        dot.node(item.id, [
            "label": .text(lines.joined(separator: "\n")), "shape": "box3d", "style": "filled",
            "fillcolor": .text(PicturePalette.quadFill(quad)), "fontcolor": .text(PicturePalette.quadText(quad)),
            "id": .text(item.id), "class": .text(classes.joined(separator: " ")), "tooltip": .text(tip.joined(separator: "\n")),
        ])
    }

    private func claimNode(_ c: Claim, item: TimelinePlan.Item, into dot: inout DOTBuilder) {
        var label = [PictureText.short(names([c.speaker]), 26), "\(c.stance.rawValue): " + PictureText.short(c.cue, 20)]
        if let via = c.via { label.append("via " + PictureText.short(names([via]), 22)) }
        var tip = ["Claim \(c.id) · \(names([c.speaker])) · \(c.stance.rawValue) (“\(PictureText.short(c.cue, 40))”)"]
        if let via = c.via { tip.append("via \(names([via]))") }
        tip.append("date: " + PictureText.dateText(c.date))
        tip.append("“" + PictureText.short(c.text, 400) + "”")
        tip.append(source(document: c.document, sentence: c.sentence))
        if !c.about.isEmpty { tip.append("about: " + names(c.about)) }
        dot.node(item.id, [
            "shape": "note", "style": "filled", "fillcolor": .text(PicturePalette.claimFill), "color": .text(PicturePalette.claim),
            "label": .text(label.joined(separator: "\n")), "id": .text(item.id),
            "class": .text("claim stance-\(c.stance.rawValue)"), "tooltip": .text(tip.joined(separator: "\n")),
        ])
    }

    // MARK: - Edges

    private func claimEdge(_ edge: TimelinePlan.ClaimEdge, into dot: inout DOTBuilder) {
        let id = prefix + "reports-" + edge.claim.id + "-" + String(edge.to.dropFirst(prefix.count))
        dot.edge(edge.from, edge.to, [
            "style": "dashed", "color": .text(PicturePalette.claim), "constraint": "false", "id": .text(id),
            "class": "reports", "tooltip": .text("\(names([edge.claim.speaker])) reports \(edge.events.joined(separator: ", ")) (claim \(edge.claim.id))"),
        ])
    }

    private func contradictionEdge(_ edge: TimelinePlan.ContradictionEdge, into dot: inout DOTBuilder) {
        let x = edge.contradiction
        dot.edge(edge.from, edge.to, [
            "dir": "both", "arrowhead": "tee", "arrowtail": "tee", "color": .text(PicturePalette.contradiction),
            "penwidth": "2.5", "style": "bold", "constraint": "false", "id": .text(prefix + "contradiction-" + x.id),
            "class": .text("contradiction kind-\(x.kind.rawValue)"), "tooltip": .text(ContradictionText.tooltip(x)),
        ])
    }

    // MARK: - Text

    private func defaultTitle() -> String {
        var title = "Timeline: \(plan.shownEvents) event" + (plan.shownEvents == 1 ? "" : "s")
        if plan.shownEvents != plan.totalEvents { title += " of \(plan.totalEvents)" }
        let known = plan.slots.filter { $0.section == .known }
        if let first = known.first, let last = known.last {
            title += first == last ? ", \(first.key)" : ", \(first.key) – \(last.key)"
        }
        if plan.granularity != .event { title += " · grouped by \(plan.granularity.rawValue)" }
        if plan.mergedLanes > 0 { title += " · \(plan.mergedLanes) smaller lanes merged into “other”" }
        if !plan.filters.isEmpty { title += " · " + plan.filters.joined(separator: ", ") }
        title += " · lanes: \(options.lanes.rawValue)"
        return title
    }

    private func legend() -> PictureLegend {
        var legend = PictureLegend()
        legend.addQuads()
        legend.add(.glyph("┄┄", color: PicturePalette.axis), "dashed border: uncertain date")
        legend.add(.glyph("┈┈", color: PicturePalette.axis), "dotted border: undated")
        if plan.granularity != .event { legend.add(.glyph("▣", color: PicturePalette.axis), "N events grouped by \(plan.granularity.rawValue)") }
        if options.showClaims {
            legend.add(.glyph("╌╌▸", color: PicturePalette.claim), "claim reports event")
            legend.add(.glyph("━━━", color: PicturePalette.contradiction), "contradicting claims")
        }
        return legend
    }

    private func names(_ ids: [String], empty: String = "") -> String {
        guard !ids.isEmpty else { return empty }
        return ids.map { actors[$0]?.name ?? $0 }.joined(separator: ", ")
    }

    private func source(document id: String, sentence: Int) -> String {
        var text = "document \(id), sentence \(sentence + 1)"
        if let doc = documents[id] {
            if !doc.title.isEmpty { text += " — “" + PictureText.short(doc.title, 80) + "”" }
            if let source = doc.source { text += " (" + PictureText.short(source, 40) + (doc.published.map { ", \($0)" } ?? "") + ")" }
            else if let published = doc.published { text += " (\(published))" }
        }
        return text
    }
}
