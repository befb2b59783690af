import FaultlineModel

/// The corpus after documents are ordered, actors merged, duplicates found and events and
/// claims renumbered: the common ground of co-occurrence, contradictions and the output.
struct MergedCorpus {
    let parts: [DocumentAnalysis]
    /// For each part, the part it duplicates, or nil for an original document.
    let duplicateOf: [Int?]
    let actors: [String: Actor]
    let sides: ActorSides
    /// Global events `e1…`, one per merged cluster, with all mentions.
    let events: [Event]
    /// Global claims `c1…`.
    let claims: [Claim]
    /// For each part and each of its raw events, the global event index.
    let eventOfRaw: [[Int]]
    /// For each global claim, its part.
    let claimPart: [Int]
    /// For each global claim, the global event indices it reports.
    let claimEvents: [[Int]]
    /// For each global event, the part of its representative report.
    let eventPart: [Int]
    /// For each global event, the raw reports merged into it.
    let eventMembers: [[RawRef]]

    var documents: [DocumentInfo] {
        parts.enumerated().map { p, part in
            var info = part.document
            info.duplicateOf = duplicateOf[p].map { parts[$0].document.id }
            if info.sentences == 0 { info.sentences = part.sentenceTexts.count }
            return info
        }
    }

    func isOriginal(part p: Int) -> Bool { duplicateOf[p] == nil }

    init(_ input: [DocumentAnalysis], options: AnalysisOptions) {
        let parts = PartOrdering.canonical(input)
        self.parts = parts
        let dup = DuplicateDetector.detect(parts, options: options)
        duplicateOf = dup
        let actors = ActorMerger.merge(parts, countMentions: dup.map { $0 == nil })
        self.actors = actors
        let sides = ActorSides(actors: actors)
        self.sides = sides

        let clusters = EventMerger(parts: parts, duplicateOf: dup, sides: sides, options: options).clusters()

        // Global claim numbering: document order, then sentence, then local id.
        var claimOfLocal: [[String: Int]] = Array(repeating: [:], count: parts.count)
        var claimRefs: [(part: Int, index: Int)] = []
        var claimsOfPart: [[Int]] = Array(repeating: [], count: parts.count)
        for (p, part) in parts.enumerated() {
            let order = part.claims.indices.sorted { a, b in
                let x = part.claims[a], y = part.claims[b]
                if x.sentence != y.sentence { return x.sentence < y.sentence }
                if x.id != y.id { return IdOrder.less(x.id, y.id) }
                return a < b
            }
            for i in order {
                if claimOfLocal[p][part.claims[i].id] == nil { claimOfLocal[p][part.claims[i].id] = claimRefs.count }
                claimsOfPart[p].append(claimRefs.count)
                claimRefs.append((p, i))
            }
        }

        // Raw event → global event.
        var eventOfRaw: [[Int]] = parts.map { Array(repeating: -1, count: $0.events.count) }
        for (g, c) in clusters.enumerated() {
            for m in c.members { eventOfRaw[m.part][m.index] = g }
        }
        self.eventOfRaw = eventOfRaw
        var eventOfLocal: [[String: Int]] = Array(repeating: [:], count: parts.count)
        for (p, part) in parts.enumerated() {
            for (i, e) in part.events.enumerated() where eventOfLocal[p][e.id] == nil {
                eventOfLocal[p][e.id] = eventOfRaw[p][i]
            }
        }
        // The claim reporting each raw event: the event's own `claim`, else the first claim listing it.
        var claimOfRawEvent: [[Int?]] = parts.map { Array(repeating: nil, count: $0.events.count) }
        for (p, part) in parts.enumerated() {
            var listed: [String: Int] = [:]
            for g in claimsOfPart[p] {
                for e in part.claims[claimRefs[g].index].events where listed[e] == nil { listed[e] = g }
            }
            for (i, e) in part.events.enumerated() {
                claimOfRawEvent[p][i] = e.claim.flatMap { claimOfLocal[p][$0] } ?? listed[e.id]
            }
        }

        var events: [Event] = []
        events.reserveCapacity(clusters.count)
        var eventPart: [Int] = []
        var members: [[RawRef]] = []
        for (g, c) in clusters.enumerated() {
            var e = parts[c.rep.part].events[c.rep.index]
            e.id = "e\(g + 1)"
            e.location = c.places
            let ordered = c.members.sorted { ($0.part, $0.index) < ($1.part, $1.index) }
            if e.timeOfDay == nil {
                e.timeOfDay = ordered.lazy.compactMap { parts[$0.part].events[$0.index].timeOfDay }.first
            }
            let claimOf: (RawRef) -> Int? = { claimOfRawEvent[$0.part][$0.index] }
            let mainClaim = claimOf(c.rep) ?? ordered.lazy.compactMap(claimOf).first
            e.claim = mainClaim.map { "c\($0 + 1)" }
            var mentions = Set<EventMention>()
            for m in ordered {
                let raw = parts[m.part].events[m.index]
                mentions.insert(EventMention(document: parts[m.part].document.id, sentence: raw.sentence,
                                             claim: claimOf(m).map { "c\($0 + 1)" }))
            }
            e.mentions = mentions.sorted()
            events.append(e)
            eventPart.append(c.rep.part)
            members.append(ordered)
        }
        self.events = events
        self.eventPart = eventPart
        self.eventMembers = members

        // Raw events naming each claim, so a claim also owns events missing from its list.
        var namedBy: [Int: [Int]] = [:]
        for (p, part) in parts.enumerated() {
            for (i, e) in part.events.enumerated() {
                if let local = e.claim, let g = claimOfLocal[p][local] { namedBy[g, default: []].append(eventOfRaw[p][i]) }
            }
        }
        var claims: [Claim] = []
        claims.reserveCapacity(claimRefs.count)
        var claimEvents: [[Int]] = []
        var claimPart: [Int] = []
        for (g, ref) in claimRefs.enumerated() {
            var c = parts[ref.part].claims[ref.index]
            c.id = "c\(g + 1)"
            var globals = Set<Int>()
            for local in c.events { if let x = eventOfLocal[ref.part][local], x >= 0 { globals.insert(x) } }
            for x in namedBy[g] ?? [] where x >= 0 { globals.insert(x) }
            let sorted = globals.sorted()
            c.events = sorted.map { "e\($0 + 1)" }
            claims.append(c)
            claimEvents.append(sorted)
            claimPart.append(ref.part)
        }
        self.claims = claims
        self.claimEvents = claimEvents
        self.claimPart = claimPart
    }
}
