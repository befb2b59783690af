import FaultlineModel

/// A reference to one event of one part: `parts[part].events[index]`.
struct RawRef: Hashable {
    let part: Int
    let index: Int
}

/// Groups the reports of one event — in several documents, or twice in one (title and body) —
/// into clusters.
///
/// Two reports are the same event when they have the same CAMEO root, the same dyad up to
/// sector (the same sides: see `ActorSides`), the same polarity and modality, both or neither
/// a response to harm (`repelled the attack` is not the attack), a common place
/// when both name one, and days at most `mergeWindowDays` apart. Within one document a report
/// without a day (or with only a month) also joins a dated report it is compatible with.
/// A report needs at least one participant or place to merge at all.
///
/// Reports are visited in canonical order (document id, sentence, local id) and bucketed by
/// (merge key, day), so each report looks at a handful of cells: linear in the number of
/// events. Reports of duplicate documents are visited last and may join their original's
/// events whatever the dates say; what they cannot join stays a separate event.
struct EventMerger {
    struct Cluster {
        var members: [RawRef]
        var rep: RawRef
        var repRank: [Int]
        var key: Int
        var places: [String]
        var span: TimexSpan?
        var parts: [Int]
        /// Parts of the day its reports name (`rạng sáng`, `evening`).
        var times: Set<TimeOfDay> = []
    }

    private struct Cell: Hashable {
        let key: Int
        let space: UInt8   // 0 day ordinal, 1 yearless day, 2 document
        let value: Int
    }

    private struct MergeKey: Hashable {
        let root: String
        let sources: [String]
        let targets: [String]
        let negated: Bool
        let modality: Modality
        let response: Bool
    }

    let parts: [DocumentAnalysis]
    let duplicateOf: [Int?]
    let sides: ActorSides
    let options: AnalysisOptions

    /// Events of each part in canonical order: (sentence, local id).
    static func canonicalOrder(_ part: DocumentAnalysis) -> [Int] {
        part.events.indices.sorted { a, b in
            let x = part.events[a], y = part.events[b]
            if x.sentence != y.sentence { return x.sentence < y.sentence }
            if x.id != y.id { return IdOrder.less(x.id, y.id) }
            return a < b
        }
    }

    /// The clusters, ordered by their representative report (document, sentence, local order).
    func clusters() -> [Cluster] {
        var keys: [MergeKey: Int] = [:]
        var cells: [Cell: [Int]] = [:]
        var clusters: [Cluster] = []
        var order: [RawRef: Int] = [:]   // canonical position of each report, for sorting
        let window = max(0, options.mergeWindowDays)

        func register(_ c: Int) {
            let cl = clusters[c]
            if let s = cl.span, s.kind == .day {
                if let d = s.first { cells[Cell(key: cl.key, space: 0, value: d), default: []].append(c) }
                if let y = s.yearless { cells[Cell(key: cl.key, space: 1, value: y), default: []].append(c) }
            }
        }
        func registerPart(_ c: Int, _ p: Int) {
            cells[Cell(key: clusters[c].key, space: 2, value: p), default: []].append(c)
        }

        var passes: [[Int]] = [[], []]
        for p in parts.indices { passes[duplicateOf[p] == nil ? 0 : 1].append(p) }
        var position = 0
        for pass in passes {
            for p in pass {
                let part = parts[p]
                for i in EventMerger.canonicalOrder(part) {
                    let ref = RawRef(part: p, index: i)
                    order[ref] = position
                    position += 1
                    let e = part.events[i]
                    let span = TimexSpan.parse(e.date.value)
                    let places = Array(Set(e.location)).sorted()
                    let rank = repRank(e, span: span, duplicate: duplicateOf[p] != nil)
                    let mk = MergeKey(root: EventCode.rootOf(e.cameo), sources: sides.sides(e.source),
                                      targets: sides.sides(e.target), negated: e.negated, modality: e.modality,
                                      response: ClaimProfile.isResponse(e))
                    let eligible = options.mergeEvents && (!mk.sources.isEmpty || !mk.targets.isEmpty || !places.isEmpty)
                    var key = keys[mk] ?? -1
                    if key < 0 { key = keys.count; keys[mk] = key }

                    var best: (cluster: Int, distance: Int)?
                    if eligible {
                        var candidates: [Int] = []
                        if let s = span, s.kind == .day {
                            for d in -window...window {
                                if let o = s.first { candidates += cells[Cell(key: key, space: 0, value: o + d)] ?? [] }
                                if let y = s.yearless {
                                    candidates += cells[Cell(key: key, space: 1, value: (y + d + 366) % 366)] ?? []
                                }
                            }
                        }
                        candidates += cells[Cell(key: key, space: 2, value: p)] ?? []
                        let original = duplicateOf[p]
                        if let o = original { candidates += cells[Cell(key: key, space: 2, value: o)] ?? [] }
                        for c in candidates {
                            guard let d = compatible(clusters[c], p: p, span: span, places: places,
                                                     window: window, original: original),
                                  EventMerger.sameTimeOfDay(clusters[c].times, e.timeOfDay) else { continue }
                            if best == nil || d < best!.distance || (d == best!.distance && c < best!.cluster) {
                                best = (c, d)
                            }
                        }
                    }
                    if let (c, _) = best {
                        clusters[c].members.append(ref)
                        if let t = e.timeOfDay { clusters[c].times.insert(t) }
                        if !places.isEmpty {
                            clusters[c].places = Array(Set(clusters[c].places).union(places)).sorted()
                        }
                        if !clusters[c].parts.contains(p) {
                            clusters[c].parts.append(p)
                            registerPart(c, p)
                        }
                        if rank.lexicographicallyPrecedes(clusters[c].repRank) {
                            let before = clusters[c].span
                            clusters[c].rep = ref
                            clusters[c].repRank = rank
                            if let s = span, before == nil || s.precisionRank > before!.precisionRank || before!.kind == .day {
                                clusters[c].span = s
                                if s != before { register(c) }
                            }
                        }
                    } else {
                        clusters.append(Cluster(members: [ref], rep: ref, repRank: rank, key: key,
                                                places: places, span: span, parts: [p],
                                                times: e.timeOfDay.map { [$0] } ?? []))
                        if eligible {
                            register(clusters.count - 1)
                            registerPart(clusters.count - 1, p)
                        }
                    }
                }
            }
        }
        return clusters.sorted { order[$0.rep]! < order[$1.rep]! }
    }

    /// Whether a report at `time` may join reports at `times`: shelling at dawn and rockets in
    /// the evening are two events even on one day and in one place. Neighbouring parts of the
    /// day (`night` and `dawn`, `morning` and `noon`) may name one event told two ways.
    static func sameTimeOfDay(_ times: Set<TimeOfDay>, _ time: TimeOfDay?) -> Bool {
        guard let t = time, !times.isEmpty else { return true }
        let order = TimeOfDay.allCases
        let i = order.firstIndex(of: t)!
        for other in times {
            let j = order.firstIndex(of: other)!
            let d = abs(i - j)
            if min(d, order.count - d) > 1 { return false }
        }
        return true
    }

    /// How the representative report is chosen (smaller is better): reports of original
    /// documents first, then the most precise date, then the best-founded date (stated, computed
    /// from a relative expression, inherited from the text, taken from the document date), then
    /// reading order.
    private func repRank(_ e: Event, span: TimexSpan?, duplicate: Bool) -> [Int] {
        let anchor: Int
        switch e.date.anchor {
        case .explicit: anchor = 0
        case .relative: anchor = 1
        case .previous: anchor = 2
        case .document: anchor = 3
        case .none: anchor = 4
        }
        return [duplicate ? 1 : 0, -(span?.precisionRank ?? -1), anchor]
    }

    /// The day distance when the report may join the cluster, else nil.
    private func compatible(_ c: Cluster, p: Int, span: TimexSpan?, places: [String],
                            window: Int, original: Int?) -> Int? {
        if !places.isEmpty && !c.places.isEmpty {
            var shared = false
            for x in places where c.places.contains(x) { shared = true; break }
            if !shared { return nil }
        }
        if let a = span, let b = c.span, let d = TimexSpan.dayDistance(a, b) {
            if d <= window { return d }
            return original.map { c.parts.contains($0) } == true ? window + 1 : nil
        }
        // Not both single days: only within one document (or a duplicate and its original).
        if c.parts.contains(p) {
            if let a = span, let b = c.span, a.first != nil, b.first != nil, !a.overlaps(b) { return nil }
            return window + 1
        }
        if let o = original, c.parts.contains(o) { return window + 2 }
        return nil
    }
}

extension EventCode {
    /// The two-digit CAMEO root of a code string (`19` for `195`).
    static func rootOf(_ cameo: String) -> String { String(cameo.prefix(2)) }
}
