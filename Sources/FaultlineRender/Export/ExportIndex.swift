import FaultlineModel

/// Lookups every exporter needs, built once per export: actors, documents and claims by
/// id, and the events in one deterministic order (chronological, undated last).
///
/// The analysis may come from a hand-edited or foreign `analysis.json`, so references to
/// ids that do not exist are tolerated everywhere: a missing actor is shown by its id.
struct ExportIndex {
    let analysis: Analysis
    let actors: [String: Actor]
    let documents: [String: DocumentInfo]
    let claims: [String: Claim]
    /// Events sorted by date (spans first, by start day), then document, sentence and id.
    let events: [Event]
    /// Date span of each event id (absent when the event has no calendar date).
    let eventRanges: [String: ExportDateRange]
    /// Events by id (the first of duplicate ids).
    let eventsByID: [String: Event]

    init(_ analysis: Analysis) {
        self.analysis = analysis
        actors = Dictionary(analysis.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        documents = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        claims = Dictionary(analysis.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ranges: [String: ExportDateRange] = [:]
        for e in analysis.events { if let r = ExportDateRange(timex: e.date.value) { ranges[e.id] = r } }
        eventRanges = ranges
        eventsByID = Dictionary(analysis.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Keys computed once per event, not once per comparison.
        events = analysis.events.map { (ExportIndex.orderKey($0, ranges[$0.id]), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
            .map(\.1)
    }

    /// Sort key as comparable strings: dated events by start day and precision (finer
    /// first), then partial dates (`XXXX-12-14`) by value, then undated ones.
    private static func orderKey(_ e: Event, _ r: ExportDateRange?) -> [String] {
        let group: String
        let when: String
        if let r {
            group = "0"
            let fineness: String
            switch r.precision {
            case .day: fineness = "0"
            case .week: fineness = "1"
            case .month: fineness = "2"
            case .year: fineness = "3"
            case .unknown: fineness = "4"
            }
            when = padded(r.start.ordinal + 10_000_000) + fineness
        } else if let v = e.date.value {
            group = "1"; when = v
        } else {
            group = "2"; when = ""
        }
        return [group, when, e.document, padded(e.sentence), naturalKey(e.id), e.id]
    }

    /// `e2` before `e10`: digit runs are zero-padded to a fixed width.
    static func naturalKey(_ id: String) -> String {
        var out = ""
        var digits = ""
        for ch in id {
            if ch.isNumber && ch.isASCII { digits.append(ch); continue }
            if !digits.isEmpty { out += String(repeating: "0", count: max(0, 12 - digits.count)) + digits; digits = "" }
            out.append(ch)
        }
        if !digits.isEmpty { out += String(repeating: "0", count: max(0, 12 - digits.count)) + digits }
        return out
    }

    private static func padded(_ n: Int) -> String {
        let s = String(max(0, n))
        return String(repeating: "0", count: max(0, 12 - s.count)) + s
    }

    func actorName(_ id: String) -> String { actors[id]?.name ?? id }

    /// Claims sorted by id (natural order).
    var sortedClaims: [Claim] { analysis.claims.sorted { (ExportIndex.naturalKey($0.id), $0.id) < (ExportIndex.naturalKey($1.id), $1.id) } }
    var sortedContradictions: [Contradiction] { analysis.contradictions.sorted { (ExportIndex.naturalKey($0.id), $0.id) < (ExportIndex.naturalKey($1.id), $1.id) } }
    var sortedActors: [Actor] { analysis.actors.sorted { ($0.id, $0.name) < ($1.id, $1.name) } }
    var sortedDocuments: [DocumentInfo] { analysis.documents.sorted { $0.id < $1.id } }
    var sortedCooccurrence: [Cooccurrence] { analysis.cooccurrence.sorted { ($0.a, $0.b) < ($1.a, $1.b) } }

    /// Date span of a claim: its own date, else the span of the events it reports.
    func claimRange(_ c: Claim) -> ExportDateRange? {
        if let r = ExportDateRange(timex: c.date.value) { return r }
        return ExportDateRange.union(c.events.compactMap { eventRanges[$0] })
    }

    /// Every place an event is reported: its mentions, or its own document and sentence.
    func mentions(of e: Event) -> [EventMention] {
        e.mentions.isEmpty ? [EventMention(document: e.document, sentence: e.sentence, claim: e.claim)] : e.mentions.sorted()
    }

    /// Documents an event appears in, sorted.
    func documentIDs(of e: Event) -> [String] {
        Array(Set(mentions(of: e).map(\.document) + [e.document])).sorted()
    }
}
