import FaultlineModel

/// Folds echoes and groups contradictions into disputes.
///
/// A week of coverage yields dozens of contradicting claim pairs that are mostly the same two or
/// three disputes seen from many document pairs. Two steps make that readable:
///
/// **Echoes.** A *statement* is what one speaker said once, however many outlets report it:
/// claims of the same speaker that report a common (merged) event, or that stand in the same
/// sentence (a denial and a counter-accusation split into two claims). Contradictions between
/// the same two statements — and on the same question, figures or account — are one
/// contradiction: the strongest is kept (kind `explicit > blame > polarity > value`, then
/// score, then claim order) and the others become its `echoes`.
///
/// **Disputes.** Contradictions are one dispute when they oppose the same two *camps* (the
/// speakers' countries, or — within one country — state and opposition; speakers without a
/// code are camps of their own), ask the same *question* (casualty figures apart from who did
/// what and whether), and concern one *situation*: they dispute a common merged event, or
/// events of one family (violence 18–20 is one, every other CAMEO root its own) in a common
/// place on days at most `contradictionWindowDays` apart. A contradiction whose events name no
/// place joins the nearest-dated dispute of its family (never bridging two places), else those
/// like it; one whose claims name only speech (an explicit cue between two statements) joins
/// the dispute holding one of its claims. So Enerhodar and Nikopol, or a shelling and a
/// planned provocation three days later, stay apart, while one shelling reported in English
/// and Vietnamese by four outlets is one dispute.
///
/// Disputes are ordered by their first day (undated last), then by score, then by their first
/// contradiction, and numbered `d1…`; contradictions keep the detector's order (`x1…`).
///
/// - Complexity: O(n log n) in the number of findings (bucketed sweeps and union–find).
struct DisputeGrouper {
    let corpus: MergedCorpus
    let options: AnalysisOptions
    let features: [EventFeatures]
    let profiles: [ClaimProfile]
    private let countryNames: [String: String]

    init(corpus: MergedCorpus, options: AnalysisOptions, features: [EventFeatures], profiles: [ClaimProfile]) {
        self.corpus = corpus; self.options = options; self.features = features; self.profiles = profiles
        countryNames = DisputeGrouper.countryNames(corpus.actors)
    }

    /// Display names of country roots (`RUS` → `Russia`): the country actor with that code, the
    /// most mentioned when several.
    static func countryNames(_ actors: [String: Actor]) -> [String: String] {
        var best: [String: Actor] = [:]
        for a in actors.values where a.kind == .country {
            guard let c = a.country else { continue }
            if let b = best[c], (b.mentions, a.id) > (a.mentions, b.id) { continue }
            best[c] = a
        }
        return best.mapValues(\.name)
    }

    // MARK: - Grouping

    func group(_ findings: [ContradictionFinding]) -> (contradictions: [Contradiction], disputes: [Dispute]) {
        guard !findings.isEmpty else { return ([], []) }
        let (kept, echoesOf) = foldEchoes(findings)
        let items = kept.map { k in Item(grouper: self, findings: [findings[k]] + (echoesOf[k] ?? []).map { findings[$0] }) }
        let clusters = cluster(items)

        // Disputes in their output order.
        var disputes: [(dispute: Dispute, members: [Int], first: Int?)] = clusters.map { members in
            let d = makeDispute(members.map { items[$0] })
            return (d, members, d.from.flatMap { TimexSpan.parse($0)?.first })
        }
        disputes.sort { x, y in
            switch (x.first, y.first) {
            case let (a?, b?) where a != b: return a < b
            case (.some, .none): return true
            case (.none, .some): return false
            default: break
            }
            if x.dispute.score != y.dispute.score { return x.dispute.score > y.dispute.score }
            return x.members[0] < y.members[0]
        }
        var disputeOf = Array(repeating: "", count: items.count)
        var out: [Dispute] = []
        for (n, var d) in disputes.enumerated() {
            d.dispute.id = "d\(n + 1)"
            for m in d.members { disputeOf[m] = d.dispute.id }
            d.dispute.contradictions = d.members.sorted().map { "x\($0 + 1)" }
            out.append(d.dispute)
        }
        let contradictions = kept.enumerated().map { n, f -> Contradiction in
            let x = findings[f]
            let echoes = (echoesOf[f] ?? []).map { e in
                ContradictionEcho(claims: claimIds(findings[e]), kind: findings[e].kind, score: findings[e].score)
            }
            return Contradiction(id: "x\(n + 1)", claims: claimIds(x), kind: x.kind, score: x.score, topic: x.topic,
                                 explanation: x.explanation, dispute: disputeOf[n], echoes: echoes)
        }
        return (contradictions, out)
    }

    private func claimIds(_ f: ContradictionFinding) -> [String] { [corpus.claims[f.i].id, corpus.claims[f.j].id] }

    // MARK: - Echoes

    /// Which findings are kept (indices, in order) and, for each kept one, the findings it
    /// stands for.
    func foldEchoes(_ findings: [ContradictionFinding]) -> (kept: [Int], echoes: [Int: [Int]]) {
        let statement = statements(findings)
        struct Key: Hashable { let low: Int, high: Int, figures: Bool }
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for (n, f) in findings.enumerated() {
            let s = statement[f.i]!, t = statement[f.j]!
            let key = Key(low: min(s, t), high: max(s, t), figures: f.isAboutFigures)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(n)
        }
        var kept: [Int] = []
        var echoes: [Int: [Int]] = [:]
        for key in order {
            let members = groups[key]!
            let best = members.min { x, y in
                let a = findings[x], b = findings[y]
                let ra = DisputeGrouper.rank(a.kind), rb = DisputeGrouper.rank(b.kind)
                if ra != rb { return ra < rb }
                if a.score != b.score { return a.score > b.score }
                return x < y
            }!
            kept.append(best)
            echoes[best] = members.filter { $0 != best }
        }
        kept.sort()
        return (kept, echoes)
    }

    /// The statement (a representative claim index) of every claim taking part in a finding:
    /// claims of one speaker that report a common merged event, stand in one sentence, or say the
    /// same thing on a common day — same stance, same kinds of event (CAMEO root and negation)
    /// and the same accused — as two outlets' reports of one denial do even when the extractor
    /// coded their events apart.
    func statements(_ findings: [ContradictionFinding]) -> [Int: Int] {
        var sets = UnionFind(profiles.count)
        var byEvent: [String: Int] = [:]
        let claims = Set(findings.flatMap { [$0.i, $0.j] }).sorted()
        for c in claims {
            let p = profiles[c]
            var keys = p.events.map { "\(p.speaker)#e\($0)" }
            keys.append("\(p.speaker)#s\(p.part):\(p.sentence)")
            let kinds = Set(p.events.map { "\(features[$0].root)\(features[$0].negated ? "-" : "+")" }).sorted().joined(separator: ",")
            let said = "\(p.speaker)#k\(p.claim.stance.rawValue)|\(kinds)|\(p.claim.about.sorted().joined(separator: ","))"
            keys += p.days.map { "\(said)|\($0)" }
            for key in keys {
                if let other = byEvent[key] { sets.union(c, other) } else { byEvent[key] = c }
            }
        }
        var out: [Int: Int] = [:]
        for c in claims { out[c] = sets.find(c) }
        return out
    }

    static func rank(_ kind: ContradictionKind) -> Int { ContradictionKind.allCases.firstIndex(of: kind) ?? 0 }

    // MARK: - Situations

    /// One kept contradiction with its echoes, as the grouping sees it.
    struct Item {
        let findings: [ContradictionFinding]
        /// The two camps (ordered) and the question.
        let camps: [String]
        let figures: Bool
        /// For each claim index, its camp.
        let campOf: [Int: String]
        let claims: [Int]
        let events: [Int]
        let family: Int
        let places: [String]
        let days: [Int]

        init(grouper g: DisputeGrouper, findings: [ContradictionFinding]) {
            self.findings = findings
            let first = findings[0]
            let pair = g.camps(g.profiles[first.i], g.profiles[first.j])
            camps = pair[0] <= pair[1] ? pair : [pair[1], pair[0]]
            figures = first.isAboutFigures
            var campOf: [Int: String] = [:]
            for f in findings {
                let c = g.camps(g.profiles[f.i], g.profiles[f.j])
                campOf[f.i] = c[0]; campOf[f.j] = c[1]
            }
            self.campOf = campOf
            claims = Array(campOf.keys).sorted()
            events = SortedInts.make(findings.flatMap(\.events))
            let main = events.max { x, y in
                let fx = g.features[x], fy = g.features[y]
                if fx.harm != fy.harm { return !fx.harm }
                return fx.quad != fy.quad ? fx.quad < fy.quad : x > y
            }
            family = main.map { ClaimProfile.harmKind(g.features[$0].root) } ?? -1
            var places = Set(events.flatMap { g.corpus.events[$0].location })
            // Tolls often come without a coded event: the places their sentences name.
            if places.isEmpty && figures {
                for c in [first.i, first.j] {
                    let claim = g.corpus.claims[c]
                    for m in g.corpus.parts[g.profiles[c].part].mentions where m.sentence == claim.sentence
                        && g.corpus.actors[m.actor]?.kind == .location { places.insert(m.actor) }
                }
            }
            self.places = places.sorted()
            var days = events.compactMap { g.features[$0].day }
            if days.isEmpty { days = claims.flatMap { g.profiles[$0].days } }
            self.days = SortedInts.make(days)
        }
    }

    /// The camps of two claims' speakers: their countries (or IGO/NGO roots) when these differ,
    /// else their sides (state and opposition of one country); speakers without a code are their
    /// own side.
    func camps(_ a: ClaimProfile, _ b: ClaimProfile) -> [String] {
        let ca = ActorSides.root(of: a.speakerSide) ?? a.speakerSide
        let cb = ActorSides.root(of: b.speakerSide) ?? b.speakerSide
        return ca != cb ? [ca, cb] : [a.speakerSide, b.speakerSide]
    }

    /// Groups of item indices, each sorted, ordered by their first item.
    ///
    /// A dispute never spans two places: joining two groups that name places requires a common
    /// one. Placed items are joined first, so an unplaced item cannot bridge two towns.
    func cluster(_ items: [Item]) -> [[Int]] {
        let w = max(0, options.contradictionWindowDays)
        var sets = UnionFind(items.count)
        var placesOf: [Int: Set<String>] = [:]
        for (n, it) in items.enumerated() { placesOf[n] = Set(it.places) }
        func join(_ a: Int, _ b: Int) {
            let ra = sets.find(a), rb = sets.find(b)
            guard ra != rb else { return }
            let pa = placesOf[ra]!, pb = placesOf[rb]!
            guard pa.isEmpty || pb.isEmpty || !pa.isDisjoint(with: pb) else { return }
            sets.union(a, b)
            let r = sets.find(a)
            placesOf[r] = pa.union(pb)
        }
        struct Question: Hashable { let camps: [String]; let figures: Bool }
        struct Family: Hashable { let question: Question; let family: Int }
        func question(_ it: Item) -> Question { Question(camps: it.camps, figures: it.figures) }
        let placedFirst = items.indices.filter { !items[$0].places.isEmpty } + items.indices.filter { items[$0].places.isEmpty }

        // A common disputed event: placed items first.
        var byEvent: [Question: [Int: Int]] = [:]
        for n in placedFirst {
            let q = question(items[n])
            for e in items[n].events {
                if let m = byEvent[q]?[e] { join(n, m) } else { byEvent[q, default: [:]][e] = n }
            }
        }

        // One family in a common place, days within the window: sweep each (family, place) by day.
        struct Filing: Comparable {
            let group: Int, day: Int, item: Int
            static func < (a: Filing, b: Filing) -> Bool { (a.group, a.day, a.item) < (b.group, b.day, b.item) }
        }
        func sweep(_ filings: [Filing]) {
            let sorted = filings.sorted()
            for (x, a) in sorted.enumerated() {
                var y = x + 1
                while y < sorted.count, sorted[y].group == a.group, sorted[y].day - a.day <= w {
                    join(a.item, sorted[y].item); y += 1
                }
            }
        }
        var groupIds: [String: Int] = [:]
        func gid(_ f: Family, _ place: String) -> Int {
            let key = "\(f.question.camps)|\(f.question.figures)|\(f.family)|\(place)"
            if let g = groupIds[key] { return g }
            groupIds[key] = groupIds.count
            return groupIds.count - 1
        }
        var placed: [Filing] = []
        var placedDays: [Family: [(day: Int, item: Int)]] = [:]
        for (n, it) in items.enumerated() where !it.places.isEmpty {
            let f = Family(question: question(it), family: it.family)
            for p in it.places { for d in it.days { placed.append(Filing(group: gid(f, p), day: d, item: n)) } }
            for d in it.days { placedDays[f, default: []].append((d, n)) }
        }
        sweep(placed)

        // Items that dispute no event other than speech: the dispute holding one of their claims.
        var byClaim: [Question: [Int: Int]] = [:]
        for (n, it) in items.enumerated() where it.family >= 0 {
            for c in it.claims where byClaim[question(it)]?[c] == nil { byClaim[question(it), default: [:]][c] = n }
        }
        for (n, it) in items.enumerated() where it.family < 0 {
            if let m = it.claims.lazy.compactMap({ byClaim[question(it)]?[$0] }).first { join(n, m) }
        }

        // Groups still without a place: the nearest-dated placed item of the family, else one another.
        for key in placedDays.keys { placedDays[key]!.sort { ($0.day, $0.item) < ($1.day, $1.item) } }
        var unplaced: [Filing] = []
        for (n, it) in items.enumerated() where it.places.isEmpty && placesOf[sets.find(n)]!.isEmpty {
            let f = Family(question: question(it), family: it.family)
            var best: (distance: Int, day: Int, item: Int)?
            if let days = placedDays[f] {
                for d in it.days {
                    // Binary search for the first placed day ≥ d − w.
                    var lo = 0, hi = days.count
                    while lo < hi { let mid = (lo + hi) / 2; if days[mid].day < d - w { lo = mid + 1 } else { hi = mid } }
                    var k = lo
                    while k < days.count, days[k].day <= d + w {
                        let cand = (abs(days[k].day - d), days[k].day, days[k].item)
                        if best == nil || cand < best! { best = cand }
                        k += 1
                    }
                }
            }
            if let b = best {
                join(n, b.item)
            } else {
                for d in it.days { unplaced.append(Filing(group: gid(f, ""), day: d, item: n)) }
            }
        }
        sweep(unplaced)

        var groups: [Int: [Int]] = [:]
        for n in items.indices { groups[sets.find(n), default: []].append(n) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    // MARK: - Disputes

    private func makeDispute(_ items: [Item]) -> Dispute {
        let findings = items.flatMap(\.findings)
        let camps = items[0].camps
        var campOf: [Int: String] = [:]
        for it in items { campOf.merge(it.campOf) { a, _ in a } }
        let claims = campOf.keys.sorted()
        let events = SortedInts.make(items.flatMap(\.events))
        var days = events.compactMap { features[$0].day }
        if days.isEmpty { days = items.flatMap(\.days) }
        let first = days.min(), last = days.max()

        // What each side says: its most frequent position, ties to the strongest finding's.
        var tally: [String: [String: (count: Int, rank: (Int, Double, Int))]] = [:]
        for (n, f) in findings.enumerated() {
            let rank = (DisputeGrouper.rank(f.kind), -f.score, n)
            for (c, position) in [(f.i, f.positions[0]), (f.j, f.positions[1])] {
                guard let camp = campOf[c], !position.isEmpty else { continue }
                var t = tally[camp, default: [:]][position] ?? (0, rank)
                t.count += 1
                if rank < t.rank { t.rank = rank }
                tally[camp, default: [:]][position] = t
            }
        }
        var sides: [DisputeSide] = camps.map { camp in
            let mine = claims.filter { campOf[$0] == camp }
            let speakers = speakerOrder(mine)
            let position = tally[camp]?.max { x, y in
                x.value.count != y.value.count ? x.value.count < y.value.count : x.value.rank > y.value.rank
            }?.key ?? ""
            return DisputeSide(name: campName(camp, speakers: speakers), camp: camp, speakers: speakers.sorted(),
                               claims: mine.map { corpus.claims[$0].id }, position: position)
        }
        sides.sort { ($0.name, $0.camp) < ($1.name, $1.camp) }

        var kinds = Set<ContradictionKind>()
        for f in findings { kinds.formUnion(f.kinds) }
        let documents = Set(claims.map { corpus.claims[$0].document }).sorted()
        let explanation = sides.map { s in
            let speakers = speakerOrder(s.claims.compactMap(claimIndex))
            let who = speakers.count == 1 && name(speakers[0]) == s.name ? s.name : "\(s.name) (\(speakerList(speakers)))"
            return who + " " + s.position
        }.joined(separator: "; ") + " — \(claims.count) claims in \(documents.count) document" + (documents.count == 1 ? "" : "s")
        return Dispute(id: "", topic: topic(items, events: events, first: first, last: last),
                       kinds: ContradictionKind.allCases.filter(kinds.contains), sides: sides,
                       claims: claims.map { corpus.claims[$0].id }, contradictions: [],
                       events: events.map { corpus.events[$0].id },
                       places: Array(Set(items.flatMap(\.places))).sorted(),
                       documents: documents, score: findings.map(\.score).max() ?? 0,
                       from: first.map(CivilDate.format), to: last.map(CivilDate.format), explanation: explanation)
    }

    private func claimIndex(_ id: String) -> Int? {
        guard id.hasPrefix("c"), let n = Int(id.dropFirst()), n >= 1, n <= corpus.claims.count else { return nil }
        return n - 1
    }

    /// Speakers of some claims, most claims first, then by id.
    private func speakerOrder(_ claims: [Int]) -> [String] {
        var count: [String: Int] = [:]
        for c in claims { count[corpus.claims[c].speaker, default: 0] += 1 }
        return count.keys.sorted { (count[$1]!, $0) < (count[$0]!, $1) }
    }

    private func name(_ id: String) -> String { corpus.actors[id]?.name ?? id }

    /// `Russian Defence Ministry, Igor Konashenkov and 2 others`.
    private func speakerList(_ speakers: [String]) -> String {
        let names = speakers.prefix(2).map(name)
        let rest = speakers.count - names.count
        return names.joined(separator: ", ") + (rest > 0 ? " and \(rest) other" + (rest == 1 ? "" : "s") : "")
    }

    /// A camp's name: its country, else its leading speaker.
    private func campName(_ camp: String, speakers: [String]) -> String {
        if let country = countryNames[camp] { return country }
        if camp.hasPrefix("id:") { return name(String(camp.dropFirst(3))) }
        return speakers.first.map(name) ?? camp
    }

    /// `fighting around Enerhodar, 2022-08-14 to 2022-08-16`; `casualty figures: …` for figures.
    private func topic(_ items: [Item], events: [Int], first: Int?, last: Int?) -> String {
        var cited: [Int: Int] = [:]
        for f in items.flatMap(\.findings) { for e in f.events { cited[e, default: 0] += 1 } }
        let main = events.max { x, y in
            let fx = features[x], fy = features[y]
            if fx.harm != fy.harm { return !fx.harm }
            if cited[x, default: 0] != cited[y, default: 0] { return cited[x, default: 0] < cited[y, default: 0] }
            return fx.quad != fy.quad ? fx.quad < fy.quad : x > y
        }
        var text: String
        if let m = main {
            text = CameoRoots.label(corpus.events[m].cameo)
            var placeCount: [String: Int] = [:]
            for e in events { for p in corpus.events[e].location { placeCount[p, default: 0] += 1 } }
            if placeCount.isEmpty { for it in items { for p in it.places { placeCount[p, default: 0] += 1 } } }
            if let place = placeCount.keys.sorted(by: { (placeCount[$1]!, $0) < (placeCount[$0]!, $1) }).first {
                text += " around " + name(place)
            }
        } else {
            text = items[0].findings[0].topic.split(separator: ",").first.map(String.init) ?? "accounts"
        }
        if items[0].figures { text = "casualty figures for " + text }
        if let f = first, let l = last {
            text += ", " + CivilDate.format(f) + (l > f ? " to " + CivilDate.format(l) : "")
        }
        return text
    }
}
