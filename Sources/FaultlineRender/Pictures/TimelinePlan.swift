import Foundation
import FaultlineModel

/// What a timeline draws, decided before any DOT is written: which events pass the
/// filters, their slots on the date axis and their lanes, whether they are grouped, and
/// which claims and contradictions accompany them.
struct TimelinePlan {
    struct Lane {
        /// Actor id or country code; empty for events without any actor.
        var key: String
        var id: String
        var label: String
        var events: Int
        var claims: Int
    }

    enum Content {
        case event(Event)
        case aggregate([Event], quad: Int)
        case claim(Claim)
    }

    struct Item {
        var id: String
        var content: Content
        var slot: TimelineSlot
        var lane: String
        var date: TimelineDate?
        /// Orders items within a slot and lane.
        var order: (String, Int, String)
    }

    struct ClaimEdge {
        var claim: Claim
        var from: String
        var to: String
        /// Events of the claim that the target node stands for.
        var events: [String]
    }

    struct ContradictionEdge {
        var contradiction: Contradiction
        var from: String
        var to: String
    }

    var granularity: TimelineGranularity = .event
    var lanes: [Lane] = []
    var slots: [TimelineSlot] = []
    var items: [Item] = []
    var claimEdges: [ClaimEdge] = []
    var contradictionEdges: [ContradictionEdge] = []
    /// Events shown (before grouping) and in the analysis.
    var shownEvents = 0
    var totalEvents = 0
    /// Phrases describing active filters, for the title.
    var filters: [String] = []
    /// How many lanes were merged into the "other" lane to keep the picture readable.
    var mergedLanes = 0
    /// Whether even that was not enough and every event went into one lane.
    var allLanesMerged = false

    /// Lane key of the lane that collects the smaller lanes when there are too many.
    static let otherLane = "*"

    init(analysis: Analysis, options: TimelineOptions) {
        let prefix = options.idPrefix
        let actors = Dictionary(analysis.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        totalEvents = analysis.events.count

        // Filters.
        var events = analysis.events
        if let query = options.actor {
            let matching = TimelinePlan.actorIDs(matching: query, in: analysis.actors)
            events = events.filter { e in
                e.source.contains(where: matching.contains) || e.target.contains(where: matching.contains)
                    || e.location.contains(where: matching.contains)
            }
            filters.append("actor \(PictureText.short(query, 40))" + (matching.isEmpty ? " (no such actor)" : ""))
        }
        if options.from != nil || options.to != nil {
            let low = options.from?.first.number ?? Int.min
            let high = options.to?.last.number ?? Int.max
            events = events.filter { e in
                guard let date = TimelineDate(e.date), date.yearKnown else { return false }
                return date.end.number >= low && date.start.number <= high
            }
            if let from = options.from { filters.append("from \(from)") }
            if let to = options.to { filters.append("to \(to)") }
        }
        shownEvents = events.count
        let dates = Dictionary(events.map { ($0.id, TimelineDate($0.date)) }, uniquingKeysWith: { a, _ in a })

        // Lanes: the event's first source actor (else first target), or that actor's country.
        func rawLane(forActor id: String?) -> String {
            guard let id else { return "" }
            switch options.lanes {
            case .actor: return id
            case .country: return TimelinePlan.country(of: actors[id]) ?? ""
            }
        }
        let rawLaneOfEvent = Dictionary(events.map { ($0.id, rawLane(forActor: $0.source.first ?? $0.target.first)) },
                                        uniquingKeysWith: { a, _ in a })
        var eventsPerLane: [String: Int] = [:]
        for lane in rawLaneOfEvent.values { eventsPerLane[lane, default: 0] += 1 }
        let laneRank = Dictionary(uniqueKeysWithValues: eventsPerLane.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .enumerated().map { ($0.element.key, $0.offset) })
        /// Lanes ranked at or beyond this merge into one "other" lane; nil keeps them all.
        var laneCap: Int?
        func lane(_ raw: String, cap: Int?) -> String {
            guard let cap, (laneRank[raw] ?? Int.max) >= cap else { return raw }
            return TimelinePlan.otherLane
        }

        // Grouping: by day, week or month while that gives few enough nodes; then by month
        // with the smaller lanes merged, then by year.
        let limit = max(1, options.maxEvents)
        func groupCount(_ g: TimelineGranularity, cap: Int?) -> Int {
            var groups = Set<String>()
            for e in events {
                groups.insert(TimelineSlot(dates[e.id] ?? nil, granularity: g).key + "\u{1}" + lane(rawLaneOfEvent[e.id] ?? "", cap: cap)
                              + "\u{1}" + String(e.quad))
            }
            return groups.count
        }
        func largestCap(_ g: TimelineGranularity, atLeast minimum: Int) -> Int? {
            var low = minimum, high = max(minimum, eventsPerLane.count - 1), best: Int?
            while low <= high {
                let mid = (low + high) / 2
                if groupCount(g, cap: mid) <= limit { best = mid; low = mid + 1 } else { high = mid - 1 }
            }
            return best
        }
        if let forced = options.granularity {
            granularity = forced
        } else if events.count > limit {
            if let fitting = [TimelineGranularity.day, .week, .month].first(where: { groupCount($0, cap: nil) <= limit }) {
                granularity = fitting
            } else if let cap = largestCap(.month, atLeast: 4) {
                granularity = .month; laneCap = cap
            } else if groupCount(.year, cap: nil) <= limit {
                granularity = .year
            } else {
                // Last resort: a cap of 0 puts every event in one lane.
                granularity = .year; laneCap = largestCap(.year, atLeast: 0) ?? 0
            }
        }
        if let laneCap {
            mergedLanes = eventsPerLane.keys.filter { (laneRank[$0] ?? 0) >= laneCap }.count
            allLanesMerged = laneCap == 0
        }
        func laneKey(forActor id: String?) -> String { lane(rawLane(forActor: id), cap: laneCap) }
        func laneKey(for event: Event) -> String { lane(rawLaneOfEvent[event.id] ?? "", cap: laneCap) }

        // Event items.
        var nodeOfEvent: [String: String] = [:]
        if granularity == .event {
            for e in events {
                let id = prefix + "event-" + e.id
                nodeOfEvent[e.id] = id
                items.append(Item(id: id, content: .event(e), slot: TimelineSlot(dates[e.id] ?? nil, granularity: .event),
                                  lane: laneKey(for: e), date: dates[e.id] ?? nil, order: (e.document, e.sentence, e.id)))
            }
        } else {
            var groups: [String: (slot: TimelineSlot, lane: String, quad: Int, events: [Event])] = [:]
            for e in events {
                let slot = TimelineSlot(dates[e.id] ?? nil, granularity: granularity)
                let lane = laneKey(for: e)
                let key = "\(slot.key)|\(lane)|\(e.quad)"
                groups[key, default: (slot, lane, e.quad, [])].events.append(e)
            }
            for key in groups.keys.sorted() {
                let group = groups[key]!
                func when(_ e: Event) -> Int { (dates[e.id] ?? nil)?.start.number ?? Int.max }
                let members = group.events.sorted {
                    (when($0), $0.document, $0.sentence, $0.id) < (when($1), $1.document, $1.sentence, $1.id)
                }
                let id = prefix + "agg-" + group.slot.key + "-" + TimelinePlan.laneID(group.lane, options.lanes, prefix: "")
                    + "-q\(group.quad)"
                for e in members { nodeOfEvent[e.id] = id }
                items.append(Item(id: id, content: .aggregate(members, quad: group.quad), slot: group.slot, lane: group.lane,
                                  date: nil, order: ("", -members.count, key)))
            }
        }

        // Claims reporting shown events; when grouped, only the claims of the strongest
        // contradictions (at most a fifth of `maxEvents` of them), so claims cannot swamp
        // a picture that was grouped to stay small.
        if options.showClaims {
            let strongest = granularity == .event ? analysis.contradictions
                : Array(analysis.contradictions.sorted { ($1.score, $0.id) < ($0.score, $1.id) }.prefix(max(1, limit / 5)))
            let contradicted = Set(strongest.flatMap(\.claims))
            var reported: [String: [String]] = [:]          // claim id → shown event ids
            for e in events {
                if let claim = e.claim { reported[claim, default: []].append(e.id) }
                for mention in e.mentions { if let claim = mention.claim { reported[claim, default: []].append(e.id) } }
            }
            var nodeOfClaim: [String: String] = [:]
            let slotOfNode = Dictionary(items.map { ($0.id, $0.slot) }, uniquingKeysWith: { a, _ in a })
            let claims = analysis.claims.sorted { $0.id < $1.id }
            for claim in claims {
                var eventIDs = Set(reported[claim.id] ?? [])
                eventIDs.formUnion(claim.events.filter { nodeOfEvent[$0] != nil })
                guard !eventIDs.isEmpty, granularity == .event || contradicted.contains(claim.id) else { continue }
                let id = prefix + "claim-" + claim.id
                nodeOfClaim[claim.id] = id
                var slot = TimelineSlot(TimelineDate(claim.date), granularity: granularity)
                if slot.section == .undated {
                    slot = eventIDs.compactMap { nodeOfEvent[$0].flatMap { slotOfNode[$0] } }.min() ?? slot
                }
                items.append(Item(id: id, content: .claim(claim), slot: slot, lane: laneKey(forActor: claim.speaker),
                                  date: TimelineDate(claim.date), order: (claim.document, claim.sentence, claim.id)))
                var byTarget: [String: [String]] = [:]
                for eventID in eventIDs { if let node = nodeOfEvent[eventID] { byTarget[node, default: []].append(eventID) } }
                for target in byTarget.keys.sorted() {
                    claimEdges.append(ClaimEdge(claim: claim, from: id, to: target, events: byTarget[target]!.sorted()))
                }
            }
            for contradiction in strongest.sorted(by: { $0.id < $1.id }) where contradiction.claims.count >= 2 {
                guard let a = nodeOfClaim[contradiction.claims[0]], let b = nodeOfClaim[contradiction.claims[1]] else { continue }
                contradictionEdges.append(ContradictionEdge(contradiction: contradiction, from: a, to: b))
            }
        }

        // Lanes ordered by how many events they hold, then by label.
        var counts: [String: (events: Int, claims: Int)] = [:]
        for item in items {
            switch item.content {
            case .event: counts[item.lane, default: (0, 0)].events += 1
            case .aggregate(let members, _): counts[item.lane, default: (0, 0)].events += members.count
            case .claim: counts[item.lane, default: (0, 0)].claims += 1
            }
        }
        lanes = counts.keys.map { key in
            Lane(key: key, id: TimelinePlan.laneID(key, options.lanes, prefix: prefix),
                 label: allLanesMerged ? (options.lanes == .actor ? "all actors" : "all countries")
                    : TimelinePlan.laneLabel(key, options.lanes, actors: actors, all: analysis.actors),
                 events: counts[key]!.events, claims: counts[key]!.claims)
        }
        .sorted { (TimelinePlan.lastness($0.key), -$0.events, $0.label, $0.key) < (TimelinePlan.lastness($1.key), -$1.events, $1.label, $1.key) }
        slots = Set(items.map(\.slot)).sorted()
    }

    // MARK: - Helpers

    /// The "no actor" and "other" lanes come after the named ones.
    static func lastness(_ key: String) -> Int { key == otherLane ? 2 : key.isEmpty ? 1 : 0 }

    static func laneID(_ key: String, _ mode: TimelineOptions.Lanes, prefix: String) -> String {
        if key == otherLane { return prefix + "lane-other" }
        return key.isEmpty ? prefix + "lane-none" : prefix + "lane-" + mode.rawValue + "-" + key
    }

    static func laneLabel(_ key: String, _ mode: TimelineOptions.Lanes, actors: [String: Actor], all: [Actor]) -> String {
        if key.isEmpty { return "no actor" }
        if key == otherLane { return mode == .actor ? "other actors" : "other countries" }
        // Names and codes are article text (a 10,000-character "name" would make the
        // picture as wide): shortened like every other label.
        func name(_ s: String) -> String { PictureText.wrapped(s, width: 30, maxLines: 2).joined(separator: "\n") }
        func code(_ s: String) -> String { PictureText.short(s, 20) }
        switch mode {
        case .actor:
            guard let actor = actors[key] else { return name(key) }
            return actor.code.map { "\(name(actor.name))\n\(code($0))" } ?? name(actor.name)
        case .country:
            let named = all.filter { $0.kind == .country && ($0.country == key || $0.code == key) }
                .sorted { ($0.mentions, $1.id) > ($1.mentions, $0.id) }
            return named.first.map { "\(name($0.name))\n\(code(key))" } ?? code(key)
        }
    }

    /// The country an actor belongs to: its `country`, else the root of its CAMEO code.
    static func country(of actor: Actor?) -> String? {
        guard let actor else { return nil }
        if let country = actor.country, !country.isEmpty { return country }
        if let code = actor.code, let parsed = ActorCode(code) { return parsed.root }
        return nil
    }

    /// Ids of the actors `query` names: id, name or alias (case and accents ignored), CAMEO
    /// code or country code.
    static func actorIDs(matching query: String, in actors: [Actor]) -> Set<String> {
        let folded = fold(query)
        let upper = query.trimmingCharacters(in: .whitespaces).uppercased()
        var ids = Set<String>()
        for actor in actors {
            if actor.id == query || fold(actor.name) == folded || actor.aliases.contains(where: { fold($0) == folded })
                || actor.code == upper || actor.country == upper {
                ids.insert(actor.id)
            }
        }
        return ids
    }

    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }
}
