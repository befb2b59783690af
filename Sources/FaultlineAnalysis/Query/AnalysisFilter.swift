import FaultlineModel

/// Narrows an analysis to a period, an actor or a country, and contradictions to a minimum
/// score: what `faultline actors|dyads|contradictions|timeline` apply for `--from/--to`,
/// `--actor`, `--country` and `--min-score`.
///
/// **Dates** are partial TIMEX3 values: `2016`, `2016-12`, `2016-W50`, `2016-12-14`. `from`
/// means from the first day of that period, `to` up to its last day, both inclusive. An event
/// is kept when its date's span overlaps the range (a month-precise `2016-12` event is inside
/// `--from 2016-12-20`); undated events and days of unknown year are left out once a bound is set.
///
/// **Actor** is an actor id, or a piece of a name or alias, matched case- and tone-placement-
/// insensitively (`lavrov`, `Thổ Nhĩ Kỳ`). **Country** is a code matched against
/// `Actor.country` and the root of `Actor.code` (`RUS`). With both, an actor must satisfy both.
///
/// What is kept:
/// - events whose date is in range and that involve (source, target or place) a matching actor;
/// - claims reporting a kept event, or — when none of their events is kept — dated in range and
///   spoken by, relayed by or about a matching actor;
/// - contradictions with `score ≥ minScore` and at least one kept claim (both their claims, and
///   those of their echoes, are then kept, so the pair stays readable);
/// - disputes with at least one kept contradiction, listing only those;
/// - actors: the matching ones; with only dates, those in kept events and claims;
/// - dyads: recomputed from the kept events when dates are set, and restricted to pairs with a
///   matching member; co-occurrence and centrality (sentence-based, not dated) are restricted
///   to matching actors (country pairs to matching countries) but not recomputed;
/// - documents that a kept event or claim comes from.
public struct AnalysisFilter: Sendable, Hashable {
    public var from: String?
    public var to: String?
    public var actor: String?
    public var country: String?
    public var minScore: Double?

    public init(from: String? = nil, to: String? = nil, actor: String? = nil, country: String? = nil,
                minScore: Double? = nil) {
        self.from = from; self.to = to; self.actor = actor; self.country = country; self.minScore = minScore
    }

    /// A date bound or score that cannot be used.
    public struct InvalidFilter: Error, CustomStringConvertible, Sendable, Hashable {
        public var description: String
    }

    /// Checks the bounds; the error says which option is wrong and what is expected.
    public func validate() throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            guard let v = value else { continue }
            guard let span = TimexSpan.parse(v), span.first != nil else {
                throw InvalidFilter(description: "\(flag) \(v): expected a date such as 2016, 2016-12, 2016-W50 or 2016-12-14")
            }
        }
        if let f = from.flatMap(TimexSpan.parse)?.first, let t = to.flatMap(TimexSpan.parse)?.last, f > t {
            throw InvalidFilter(description: "--from \(from!) is after --to \(to!)")
        }
        if let s = minScore, !(s.isFinite && s >= 0 && s <= 1) {
            throw InvalidFilter(description: "--min-score \(s): expected a number from 0 to 1")
        }
    }

    /// True when nothing is filtered.
    public var isEmpty: Bool { from == nil && to == nil && actor == nil && country == nil && minScore == nil }

    private var fromDay: Int? { from.flatMap(TimexSpan.parse)?.first }
    private var toDay: Int? { to.flatMap(TimexSpan.parse)?.last }
    private var hasDates: Bool { from != nil || to != nil }
    private var hasActors: Bool { actor != nil || country != nil }

    /// Whether a date lies in the range (always true without bounds).
    public func matches(date: EventDate) -> Bool {
        guard hasDates else { return true }
        guard let span = TimexSpan.parse(date.value), let first = span.first, let last = span.last else { return false }
        if let f = fromDay, last < f { return false }
        if let t = toDay, first > t { return false }
        return true
    }

    /// Whether an actor matches the actor and country conditions (always true without them).
    public func matches(actor a: Actor) -> Bool {
        if let q = actor {
            let query = AnalysisFilter.folded(q)
            let hit = a.id.lowercased() == q.lowercased()
                || ([a.name] + a.aliases).contains { AnalysisFilter.folded($0).contains(query) }
            if !hit { return false }
        }
        if let c = country?.uppercased() {
            let root = a.code.flatMap(ActorCode.init)?.root
            if a.country?.uppercased() != c && root != c { return false }
        }
        return true
    }

    static func folded(_ s: String) -> String { WordKeys.keys(s).joined(separator: " ") }

    /// The filtered analysis (see the type's documentation for what is kept).
    public func apply(to analysis: Analysis) -> Analysis {
        guard !isEmpty else { return analysis }
        let matched: Set<String>? = hasActors ? Set(analysis.actors.filter { matches(actor: $0) }.map(\.id)) : nil
        func involves(_ ids: [String]) -> Bool { matched == nil || ids.contains { matched!.contains($0) } }

        let events = analysis.events.filter { matches(date: $0.date) && involves($0.source + $0.target + $0.location) }
        let keptEvents = Set(events.map(\.id))
        var keptClaims = Set<String>()
        for c in analysis.claims {
            if c.events.contains(where: keptEvents.contains) {
                keptClaims.insert(c.id)
            } else if (hasDates ? matches(date: c.date) : true) && involves([c.speaker] + (c.via.map { [$0] } ?? []) + c.about) {
                if hasActors || hasDates { keptClaims.insert(c.id) }
            }
        }
        if !hasActors && !hasDates { keptClaims = Set(analysis.claims.map(\.id)) }
        let contradictions = analysis.contradictions.filter { x in
            x.score >= (minScore ?? 0) && x.claims.contains(where: keptClaims.contains)
        }
        for x in contradictions {
            keptClaims.formUnion(x.claims)
            for echo in x.echoes { keptClaims.formUnion(echo.claims) }
        }
        let keptContradictions = Set(contradictions.map(\.id))
        let disputes = analysis.disputes.compactMap { d -> Dispute? in
            var d = d
            d.contradictions = d.contradictions.filter(keptContradictions.contains)
            return d.contradictions.isEmpty ? nil : d
        }
        let claims = analysis.claims.filter { keptClaims.contains($0.id) }

        var actors = analysis.actors
        if let m = matched {
            actors = actors.filter { m.contains($0.id) }
        } else if hasDates {
            var used = Set<String>()
            for e in events { used.formUnion(e.source); used.formUnion(e.target); used.formUnion(e.location) }
            for c in claims { used.insert(c.speaker); used.formUnion(c.about); if let v = c.via { used.insert(v) } }
            actors = actors.filter { used.contains($0.id) }
        }
        func pairMatches(_ a: String, _ b: String) -> Bool { matched == nil || matched!.contains(a) || matched!.contains(b) }
        let dyads = (hasDates ? DyadTable.compute(events) { $0 } : analysis.dyads).filter { pairMatches($0.a, $0.b) }
        let cooccurrence = analysis.cooccurrence.filter { pairMatches($0.a, $0.b) }
        let countries: Set<String>? = matched.map { m in
            Set(analysis.actors.filter { m.contains($0.id) }.compactMap(\.country))
        }
        let countryPairs = analysis.countryCooccurrence.filter { countries == nil || countries!.contains($0.a) || countries!.contains($0.b) }
        let centrality = analysis.centrality.filter { matched == nil || matched!.contains($0.actor) }

        var documents = analysis.documents
        if hasActors || hasDates {
            var used = Set<String>()
            for e in events { used.insert(e.document); for m in e.mentions { used.insert(m.document) } }
            for c in claims { used.insert(c.document) }
            documents = documents.filter { used.contains($0.id) }
        }
        return Analysis(documents: documents, actors: actors, events: events, claims: claims,
                        contradictions: contradictions, cooccurrence: cooccurrence, dyads: dyads,
                        centrality: centrality, countryCooccurrence: countryPairs, disputes: disputes)
    }
}
