import FaultlineModel

/// The text tables of `faultline actors|dyads|contradictions|timeline`: aligned, one row per
/// item, in a fixed order, so the same analysis always prints the same table.
public enum AnalysisTables {
    /// Actors, most mentioned first, with their centrality.
    public static func actors(_ analysis: Analysis) -> String {
        let central = Dictionary(analysis.centrality.map { ($0.actor, $0) }, uniquingKeysWith: { a, _ in a })
        var t = TextTable(["ID", "NAME", "KIND", "CODE", "COUNTRY", "MENTIONS", "DEGREE", "WEIGHTED", "BETWEENNESS", "PAGERANK"],
                          align: [.left, .left, .left, .left, .left, .right, .right, .right, .right, .right])
        let sorted = analysis.actors.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.id < $1.id }
        for a in sorted {
            let c = central[a.id]
            t.add([a.id, a.name, a.kind.rawValue, a.code ?? "-", a.country ?? "-", String(a.mentions),
                   c.map { String($0.degree) } ?? "-", c.map { TextTable.fixed($0.weightedDegree, 1) } ?? "-",
                   c.map { TextTable.fixed($0.betweenness, 3) } ?? "-", c.map { TextTable.fixed($0.pagerank, 3) } ?? "-"])
        }
        return t.render()
    }

    /// Dyads, most events first, with their co-occurrence weight and PMI.
    public static func dyads(_ analysis: Analysis) -> String {
        let co = Dictionary(analysis.cooccurrence.map { (PairKey($0.a, $0.b), $0) }, uniquingKeysWith: { a, _ in a })
        var t = TextTable(["A", "B", "EVENTS", "GOLDSTEIN", "Q1", "Q2", "Q3", "Q4", "SENTENCES", "WEIGHT", "PMI"],
                          align: [.left, .left, .right, .right, .right, .right, .right, .right, .right, .right, .right])
        for d in analysis.dyads {
            let c = co[PairKey(d.a, d.b)]
            let q = (0..<4).map { $0 < d.quads.count ? String(d.quads[$0]) : "0" }
            t.add([d.a, d.b, String(d.events), TextTable.fixed(d.meanGoldstein, 2)] + q
                  + [c.map { String($0.sentences) } ?? "-", c.map { TextTable.fixed($0.weight, 1) } ?? "-",
                     c.map { TextTable.fixed($0.pmi, 2) } ?? "-"])
        }
        return t.render()
    }

    /// Contradictions grouped by dispute: a row per dispute (`d1`: its kinds, strongest score,
    /// the two sides, topic and what each side says), then its contradictions indented, highest
    /// score first, with the number of echoes they stand for (`+3`). Contradictions outside any
    /// listed dispute (an analysis made before disputes existed, or filtered) follow, highest
    /// score first.
    public static func contradictions(_ analysis: Analysis, width: Int = 70) -> String {
        let claims = Dictionary(analysis.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(analysis.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var t = TextTable(["ID", "KIND", "SCORE", "CLAIMS", "SPEAKERS", "TOPIC", "EXPLANATION"],
                          align: [.left, .left, .right, .left, .left, .left, .left])
        func byScore(_ x: Contradiction, _ y: Contradiction) -> Bool { x.score != y.score ? x.score > y.score : IdOrder.less(x.id, y.id) }
        func add(_ x: Contradiction, indent: String) {
            let speakers = x.claims.map { id in claims[id].map { names[$0.speaker] ?? $0.speaker } ?? "?" }
            let echoes = x.echoes.isEmpty ? "" : " +\(x.echoes.count)"
            t.add([indent + x.id, x.kind.rawValue, TextTable.fixed(x.score, 2), x.claims.joined(separator: " ↔ ") + echoes,
                   speakers.joined(separator: " vs "), x.topic, TextTable.snippet(x.explanation, width: width)])
        }
        let byId = Dictionary(analysis.contradictions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var listed = Set<String>()
        for d in analysis.disputes {
            let members = d.contradictions.compactMap { byId[$0] }
            guard !members.isEmpty else { continue }
            t.add([d.id, d.kinds.map(\.rawValue).joined(separator: "+"), TextTable.fixed(d.score, 2), "\(d.claims.count) claims",
                   d.sides.map(\.name).joined(separator: " vs "), d.topic, TextTable.snippet(d.explanation, width: width)])
            for x in members.sorted(by: byScore) where !listed.contains(x.id) {
                listed.insert(x.id)
                add(x, indent: "  ")
            }
        }
        for x in analysis.contradictions.sorted(by: byScore) where !listed.contains(x.id) { add(x, indent: "") }
        return t.render()
    }

    /// Events in time order: date, time of day, CAMEO code, source → target, a snippet of the
    /// sentence and the claim that reports it. Undated events come last, days of unknown year
    /// after dated ones; within a day, by time of day, then by id.
    public static func timeline(_ analysis: Analysis, width: Int = 60) -> String {
        let names = Dictionary(analysis.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func who(_ ids: [String]) -> String { ids.map { names[$0] ?? $0 }.joined(separator: ", ") }
        var t = TextTable(["DATE", "TIME", "CAMEO", "SOURCE → TARGET", "TEXT", "CLAIM"])
        for e in timelineOrder(analysis.events) {
            var parties = who(e.source)
            if !e.target.isEmpty { parties += (parties.isEmpty ? "" : " ") + "→ " + who(e.target) }
            if parties.isEmpty { parties = "-" }
            let code = e.negated ? e.cameo + " (not)" : e.cameo
            t.add([e.date.value ?? "-", e.timeOfDay?.rawValue ?? "-", code, parties,
                   TextTable.snippet(e.text, width: width), e.claim ?? "-"])
        }
        return t.render()
    }

    /// Events sorted for a timeline (see `timeline`).
    public static func timelineOrder(_ events: [Event]) -> [Event] {
        func key(_ e: Event) -> (Int, Int, Int, Int) {
            let tod = e.timeOfDay.flatMap { EventGraph.timeOfDayRank[$0] } ?? 6
            guard let span = TimexSpan.parse(e.date.value) else { return (2, 0, 0, tod) }
            if let first = span.first { return (0, first, 3 - span.precisionRank, tod) }
            return (1, span.yearless ?? 0, 0, tod)
        }
        return events.map { (key($0), $0) }.sorted { x, y in
            x.0 != y.0 ? x.0 < y.0 : IdOrder.less(x.1.id, y.1.id)
        }.map(\.1)
    }
}
