import FaultlineModel

/// Finds pairs of claims by different speakers about the same situation that cannot both be
/// right.
///
/// **Same situation**: the claims share an actor (by id or by side, see `ActorSides`) or a
/// place among their events' participants, places and `about`, and speak of days at most
/// `contradictionWindowDays` apart (claims without any date fall back to their document's
/// date; claims with none at all are compared within their document only). Candidates come
/// from buckets keyed by (actor or place, day), so the cost grows with the corpus, not with
/// its square.
///
/// **Kinds**, strongest first — a pair is reported once, with the strongest kind that holds
/// (`explicit > blame > polarity > value`); every further kind that also holds adds 0.03 to the
/// score and is named in the explanation:
/// - *explicit*: a sentence of the claims' document within `explicitCueWindow` sentences says
///   the accounts conflict (`trái chiều`, `phủ nhận`, `bác bỏ`, `conflicting accounts`, `denied`,
///   `disputed`, `rejected … claims`; see `ContradictionCues`). Which claims it speaks of:
///   when the cue sentence is itself a claim (a denial), that claim and the claim it answers —
///   whose speaker is named in the sentence or in `about`, else one blaming the denier's side,
///   else the claim of the sentence just before. Otherwise (a narrator's sentence) the parties
///   it names before the cue (`Nga và Thổ Nhĩ Kỳ đã đưa thông tin trái chiều`), else anywhere,
///   each with its best claim; with fewer than two parties named (`the two sides gave
///   conflicting accounts`), the best pair of nearby claims. "Best" ranks a pair that also
///   disagrees on substance first (blame, then polarity, then figures), then closeness to the
///   cue, following claims first. Joint statements are nobody's own account and are skipped.
///   Score: the cue's weight (0.75–0.95), +0.05 when the parties are named.
/// - *blame*: both assert harm (quad 3–4) in one situation — the same quad class, days within
///   the window, a common place when both name one, compatible victims — but hold opposing
///   sides responsible (state vs opposition of one country, two roots in material conflict
///   anywhere in the corpus, or each blames the other's speaker). Harm done in response
///   (`repelled`) blames no one. Score 0.7, +0.1 for a common place, +0.05 for the same day,
///   +0.05 for mutual blame.
/// - *polarity*: one says an event happened, the other that it did not (negated event or
///   `deny` stance): the same merged event (0.85) or a matching one — same root, same source
///   sides (denying that X did it does not contradict "it happened"), compatible targets,
///   modality, place and window (0.7, +0.1 with a common place).
/// - *value*: different casualty figures (killed / wounded / casualties) for the same event or
///   matching events, bounds honoured (`at least 20` vs `12`); see `CasualtyFigure`.
///   Score 0.5 + 0.35 × relative difference.
///
/// **Never contradicting**: claims of one speaker or one side (the Russian defence ministry and
/// Lavrov speak for one state); allies — speakers acting together in a cooperative event
/// (co-sources of quad 1–2, or the two ends of a pledge/agreement/material cooperation,
/// roots 03/05/06) in the window or the same document, which covers a joint statement; and
/// speakers who say the same about the same events (equal event sets, same polarity) —
/// except that different figures for those events are still a *value* contradiction.
struct ContradictionDetector {
    let corpus: MergedCorpus
    let options: AnalysisOptions
    private let profiles: [ClaimProfile]
    private let hostileRoots: Set<RootPair>
    private let allies: [PairKey: [(day: Int?, parts: [Int])]]

    init(corpus: MergedCorpus, options: AnalysisOptions) {
        self.corpus = corpus
        self.options = options
        profiles = corpus.claims.indices.map { ClaimProfile(index: $0, corpus: corpus) }
        var hostile = Set<RootPair>()
        var allies: [PairKey: [(day: Int?, parts: [Int])]] = [:]
        for (g, e) in corpus.events.enumerated() where DyadTable.counts(e) {
            if e.quad == 4 {
                for s in e.source {
                    guard let rs = ActorSides.root(of: corpus.sides.side(s)) else { continue }
                    for t in e.target {
                        if let rt = ActorSides.root(of: corpus.sides.side(t)), rt != rs { hostile.insert(RootPair(rs, rt)) }
                    }
                }
            }
            var pairs: [PairKey] = []
            if e.quad == 1 || e.quad == 2 {
                let src = Array(Set(e.source)).sorted()
                for x in src.indices { for y in src.indices where y > x { pairs.append(PairKey(src[x], src[y])) } }
            }
            if ["03", "05", "06"].contains(EventCode.rootOf(e.cameo)) {
                for s in e.source { for t in e.target where s != t { pairs.append(PairKey(s, t)) } }
            }
            if !pairs.isEmpty {
                let day = TimexSpan.parse(e.date.value)?.day
                let parts = Array(Set(corpus.eventMembers[g].map(\.part))).sorted()
                for p in pairs { allies[p, default: []].append((day, parts)) }
            }
        }
        hostileRoots = hostile
        self.allies = allies
    }

    // MARK: - Detection

    struct Finding {
        var kinds: [ContradictionKind: (score: Double, note: String)] = [:]
    }

    func detect() -> [Contradiction] {
        guard options.detectContradictions, profiles.count > 1 else { return [] }
        let explicit = explicitPairs()
        var candidates = Set(explicit.keys)
        candidates.formUnion(situationPairs())
        var out: [(Int, Int, ContradictionKind, Double, String, String)] = []
        for pair in candidates.sorted(by: { ($0.i, $0.j) < ($1.i, $1.j) }) {
            let a = profiles[pair.i], b = profiles[pair.j]
            guard mayContradict(a, b) else { continue }
            let agree = sayTheSame(a, b)
            var found: [(ContradictionKind, Double, String)] = []
            if !agree {
                if let x = explicit[pair] { found.append((.explicit, x.score, x.note)) }
                if let x = blame(a, b) { found.append((.blame, x.score, x.note)) }
                if let x = polarity(a, b) { found.append((.polarity, x.score, x.note)) }
            }
            if let x = value(a, b) { found.append((.value, x.score, x.note)) }
            guard let top = found.first else { continue }
            let score = min(0.99, top.1 + 0.03 * Double(found.count - 1))
            var explanation = top.2
            if found.count > 1 {
                explanation += "; also " + found.dropFirst().map { $0.0.rawValue }.joined(separator: ", ")
            }
            out.append((pair.i, pair.j, top.0, score, topic(a, b), explanation))
        }
        return out.enumerated().map { n, x in
            Contradiction(id: "x\(n + 1)", claims: [corpus.claims[x.0].id, corpus.claims[x.1].id], kind: x.2,
                          score: Rounding.r3(x.3), topic: x.4, explanation: x.5)
        }
    }

    struct IndexPair: Hashable {
        let i: Int, j: Int
        init(_ x: Int, _ y: Int) { i = min(x, y); j = max(x, y) }
    }

    // MARK: - Guards

    /// Different speakers, different sides, not allies, both in original documents.
    private func mayContradict(_ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        guard a.speaker != b.speaker, a.speakerSide != b.speakerSide,
              corpus.isOriginal(part: a.part), corpus.isOriginal(part: b.part) else { return false }
        if let evidence = allies[PairKey(a.speaker, b.speaker)] {
            for ev in evidence {
                if ev.parts.contains(a.part) || ev.parts.contains(b.part) { return false }
                if let d = ev.day {
                    for x in a.days + b.days where abs(x - d) <= options.contradictionWindowDays { return false }
                }
            }
        }
        return true
    }

    /// Same polarity about exactly the same events.
    private func sayTheSame(_ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        !a.events.isEmpty && a.events == b.events && a.denies == b.denies
    }

    // MARK: - Candidates

    /// Pairs of claims sharing an actor, side or place on days within the window.
    private func situationPairs() -> Set<IndexPair> {
        struct Cell: Hashable { let entity: Int; let space: UInt8; let value: Int }
        var entityIndex: [String: Int] = [:]
        func entity(_ s: String) -> Int {
            if let k = entityIndex[s] { return k }
            let k = entityIndex.count; entityIndex[s] = k; return k
        }
        var cells: [Cell: [Int]] = [:]
        var keysOf: [[Int]] = []
        for p in profiles {
            var keys = Set<Int>()
            guard corpus.isOriginal(part: p.part) else { keysOf.append([]); continue }
            for a in p.participants { keys.insert(entity("a:" + a)) }
            for s in p.participantSides { keys.insert(entity("s:" + s)) }
            for l in p.places { keys.insert(entity("p:" + l)) }
            let sorted = keys.sorted()
            keysOf.append(sorted)
            for k in sorted {
                for d in p.days { cells[Cell(entity: k, space: 0, value: d), default: []].append(p.index) }
                for d in p.days { cells[Cell(entity: k, space: 1, value: CivilDate.yearlessFromOrdinal(d)), default: []].append(p.index) }
                for y in p.yearless { cells[Cell(entity: k, space: 1, value: y), default: []].append(p.index) }
                if p.days.isEmpty && p.yearless.isEmpty { cells[Cell(entity: k, space: 2, value: p.part), default: []].append(p.index) }
            }
        }
        let w = max(0, options.contradictionWindowDays)
        var pairs = Set<IndexPair>()
        for p in profiles {
            for k in keysOf[p.index] {
                var lookups: [Cell] = []
                for d in p.days { for o in -w...w { lookups.append(Cell(entity: k, space: 0, value: d + o)) } }
                if !p.yearless.isEmpty {
                    for y in p.yearless { for o in -w...w { lookups.append(Cell(entity: k, space: 1, value: (y + o + 366) % 366)) } }
                }
                if p.days.isEmpty && p.yearless.isEmpty { lookups.append(Cell(entity: k, space: 2, value: p.part)) }
                for cell in lookups {
                    for q in cells[cell] ?? [] where q > p.index { pairs.insert(IndexPair(p.index, q)) }
                }
                // Claims with unknown years also meet known-year claims on the same month/day.
                if !p.days.isEmpty {
                    for d in p.days {
                        let y = CivilDate.yearlessFromOrdinal(d)
                        for o in -w...w {
                            for q in cells[Cell(entity: k, space: 1, value: (y + o + 366) % 366)] ?? []
                            where q > p.index && !profiles[q].yearless.isEmpty { pairs.insert(IndexPair(p.index, q)) }
                        }
                    }
                }
            }
        }
        return pairs
    }

    // MARK: - Explicit

    /// Claim pairs a nearby sentence calls conflicting, with the cue's score and a note.
    private func explicitPairs() -> [IndexPair: (score: Double, note: String)] {
        var byPart: [Int: [ClaimProfile]] = [:]
        for p in profiles where corpus.isOriginal(part: p.part) { byPart[p.part, default: []].append(p) }
        var out: [IndexPair: (score: Double, note: String)] = [:]
        let w = max(0, options.explicitCueWindow)
        for partIndex in byPart.keys.sorted() {
            let claims = byPart[partIndex]!
            guard claims.count > 1 else { continue }
            let part = corpus.parts[partIndex]
            var mentionsAt: [Int: [ActorMention]] = [:]
            for m in part.mentions { mentionsAt[m.sentence, default: []].append(m) }
            for (s, text) in part.sentenceTexts.enumerated() {
                let role = s < part.sentenceRoles.count ? part.sentenceRoles[s] : .body
                if role == .boilerplate || role == .teaser || role == .signoff { continue }
                let near = claims.filter { abs($0.sentence - s) <= w }
                guard near.count > 1 else { continue }
                let words = WordKeys.words(text)
                guard let (cue, at) = ContradictionCues.explicit.best(in: words.map(\.key)) else { continue }
                let cueOffset = words[at].offset
                let mentioned = (mentionsAt[s] ?? []).sorted { ($0.start, $0.actor) < ($1.start, $1.actor) }
                for (i, j, named) in explicitTargets(sentence: s, cueOffset: cueOffset, near: near, mentioned: mentioned) {
                    let score = min(0.99, cue.weight + (named ? 0.05 : 0))
                    let pair = IndexPair(i, j)
                    let note = "the text calls the accounts of \(name(profiles[pair.i].speaker)) and "
                        + "\(name(profiles[pair.j].speaker)) conflicting (“\(cue.display)”)"
                    if out[pair] == nil || out[pair]!.score < score { out[pair] = (score, note) }
                }
            }
        }
        return out
    }

    /// Which claims near an explicit cue it speaks of: (claim, claim, parties named).
    private func explicitTargets(sentence s: Int, cueOffset: Int, near: [ClaimProfile],
                                 mentioned: [ActorMention]) -> [(Int, Int, Bool)] {
        func distanceKey(_ c: ClaimProfile, preferEarlier: Bool) -> (Int, Int, Int) {
            let after = c.sentence > s ? 1 : 0
            return (abs(c.sentence - s), preferEarlier ? after : 1 - after, c.index)
        }
        let mentionedIds = Set(mentioned.map(\.actor))
        let here = near.filter { $0.sentence == s }
        if !here.isEmpty {
            // The cue sentence is itself a claim (a denial, a rebuttal): pair it with what it answers.
            var out: [(Int, Int, Bool)] = []
            for r in here {
                let others = near.filter { $0.index != r.index && $0.speaker != r.speaker && mayContradict(r, $0) }
                // How surely `c` is what `r` answers: its speaker is named (2), it blames r's side
                // (1), or it is simply the claim just before (0); anything else is not answered.
                func link(_ c: ClaimProfile) -> Int? {
                    if r.claim.about.contains(c.speaker) || mentionedIds.contains(c.speaker) { return 2 }
                    if c.blamed.contains(r.speakerSide) { return 1 }
                    if c.sentence < s && s - c.sentence <= 1 { return 0 }
                    return nil
                }
                guard let best = others.filter({ link($0) != nil }).min(by: { x, y in
                    let lx = link(x)!, ly = link(y)!
                    if lx != ly { return lx > ly }
                    return distanceKey(x, preferEarlier: true) < distanceKey(y, preferEarlier: true)
                }) else { continue }
                out.append((r.index, best.index, link(best) == 2))
            }
            return out
        }
        // A narrator's sentence: find the parties it names, preferring those before the cue.
        // Joint statements are no party's own account.
        let accounts = near.filter { !$0.joint }
        func parties(_ ms: [ActorMention]) -> [String: [ClaimProfile]] {
            var found: [String: [ClaimProfile]] = [:]
            let ids = Set(ms.map(\.actor))
            let countries = Set(ms.compactMap { corpus.sides.country($0.actor) })
            for c in accounts {
                if ids.contains(c.speaker) { found["a:" + c.speaker, default: []].append(c) }
                else if let country = corpus.sides.country(c.speaker), countries.contains(country) {
                    found["c:" + country, default: []].append(c)
                }
            }
            return found
        }
        var named = parties(mentioned.filter { $0.start < cueOffset })
        if named.count < 2 { named = parties(mentioned) }
        // Rank candidate pairs: disagreement on substance first ("the two sides" disagree about who
        // did it or whether it happened), then closeness to the cue, following claims first.
        func rank(_ a: ClaimProfile, _ b: ClaimProfile) -> [Int]? {
            guard a.speakerSide != b.speakerSide, mayContradict(a, b) else { return nil }
            let evidence = blame(a, b) != nil ? 0 : polarity(a, b) != nil ? 1 : value(a, b) != nil ? 2 : 3
            let before = (a.sentence < s ? 1 : 0) + (b.sentence < s ? 1 : 0)
            return [evidence, abs(a.sentence - s) + abs(b.sentence - s), before, min(a.index, b.index), max(a.index, b.index)]
        }
        func bestPair(_ xs: [ClaimProfile], _ ys: [ClaimProfile]) -> (Int, Int)? {
            var best: (key: [Int], pair: (Int, Int))?
            for a in xs {
                for b in ys where a.index != b.index {
                    guard let key = rank(a, b) else { continue }
                    if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (key, (a.index, b.index)) }
                }
            }
            return best?.pair
        }
        let keys = named.keys.sorted()
        if keys.count >= 2 {
            var out: [(Int, Int, Bool)] = []
            for x in keys.indices {
                for y in keys.indices where y > x {
                    if let (i, j) = bestPair(named[keys[x]]!, named[keys[y]]!) { out.append((i, j, true)) }
                }
            }
            if !out.isEmpty { return out }
        }
        // Nobody (or one party) named ("the two sides gave conflicting accounts"): the best pair
        // of nearby accounts; with one party named, one of the pair must be its claim.
        let first = keys.count == 1 ? named[keys[0]]! : accounts
        return bestPair(first, accounts).map { [($0.0, $0.1, false)] } ?? []
    }

    // MARK: - Blame

    private func blame(_ a: ClaimProfile, _ b: ClaimProfile) -> (score: Double, note: String)? {
        guard !a.blamed.isEmpty, !b.blamed.isEmpty else { return nil }
        let onlyA = a.blamed.subtracting(b.blamed), onlyB = b.blamed.subtracting(a.blamed)
        guard !onlyA.isEmpty, !onlyB.isEmpty else { return nil }
        var best: (score: Double, sa: String, sb: String)?
        for sa in onlyA.sorted() {
            for sb in onlyB.sorted() {
                let mutual = sa == b.speakerSide && sb == a.speakerSide
                guard mutual || ActorSides.opposing(sa, sb, hostileRoots: hostileRoots) else { continue }
                // The harm each attributes must be one situation.
                for ea in a.harmful where sideSet(corpus.events[ea].source).contains(sa) {
                    for eb in b.harmful where sideSet(corpus.events[eb].source).contains(sb) {
                        guard let fit = harmMatch(ea, eb, a, b) else { continue }
                        let score = 0.7 + (fit.samePlace ? 0.1 : 0) + (fit.sameDay ? 0.05 : 0) + (mutual ? 0.05 : 0)
                        if best == nil || score > best!.score { best = (score, sa, sb) }
                    }
                }
                if best == nil, mutual, a.claim.stance == .accuse || b.claim.stance == .accuse {
                    best = (0.7, sa, sb)
                }
            }
        }
        guard let found = best else { return nil }
        let note = "\(name(a.speaker)) blames \(sideName(found.sa, in: a)); \(name(b.speaker)) blames \(sideName(found.sb, in: b))"
        return (found.score, note)
    }

    private func sideSet(_ ids: [String]) -> Set<String> { Set(ids.map(corpus.sides.side)) }

    /// Whether two harmful events are one situation: days within the window (or, undated, the
    /// same document), a common place when both name one, and compatible victims.
    private func harmMatch(_ x: Int, _ y: Int, _ a: ClaimProfile, _ b: ClaimProfile) -> (samePlace: Bool, sameDay: Bool)? {
        let ex = corpus.events[x], ey = corpus.events[y]
        // Criticism (verbal conflict) and an assault (material conflict) are not one harm.
        guard ex.quad == ey.quad, let day = eventDays(ex, ey, a, b) else { return nil }
        let px = Set(ex.location), py = Set(ey.location)
        let samePlace = !px.isDisjoint(with: py)
        if !px.isEmpty && !py.isEmpty && !samePlace { return nil }
        let tx = sideSet(ex.target), ty = sideSet(ey.target)
        let sx = sideSet(ex.source), sy = sideSet(ey.source)
        let mirrored = !tx.isDisjoint(with: sy) && !ty.isDisjoint(with: sx)
        let shared = !tx.isDisjoint(with: ty)
        if samePlace {
            guard tx.isEmpty || ty.isEmpty || shared || mirrored else { return nil }
        } else {
            guard shared || mirrored else { return nil }
        }
        return (samePlace, day == 0)
    }

    /// Day distance of two events when within the window; 1 stands for "same document, undated".
    private func eventDays(_ ex: Event, _ ey: Event, _ a: ClaimProfile, _ b: ClaimProfile) -> Int? {
        if let sx = TimexSpan.parse(ex.date.value), let sy = TimexSpan.parse(ey.date.value),
           let d = TimexSpan.dayDistance(sx, sy) {
            return d <= options.contradictionWindowDays ? d : nil
        }
        if a.part == b.part { return 1 }
        if let d = a.dayDistance(to: b), d <= options.contradictionWindowDays { return d }
        return nil
    }

    // MARK: - Polarity

    private func polarity(_ a: ClaimProfile, _ b: ClaimProfile) -> (score: Double, note: String)? {
        var best: (score: Double, yes: ClaimProfile, no: ClaimProfile, event: Int)?
        for x in a.events {
            for y in b.events {
                let ex = corpus.events[x], ey = corpus.events[y]
                let hx = !(ex.negated || a.denies), hy = !(ey.negated || b.denies)
                guard hx != hy, ex.modality == ey.modality else { continue }
                var score: Double
                if x == y {
                    score = 0.85
                } else {
                    guard EventCode.rootOf(ex.cameo) == EventCode.rootOf(ey.cameo),
                          eventDays(ex, ey, a, b) != nil else { continue }
                    let sx = sideSet(ex.source), sy = sideSet(ey.source)
                    let tx = sideSet(ex.target), ty = sideSet(ey.target)
                    let px = Set(ex.location), py = Set(ey.location)
                    let samePlace = !px.isDisjoint(with: py)
                    if !px.isEmpty && !py.isEmpty && !samePlace { continue }
                    // Denying that X did it does not contradict "it happened" (by someone unnamed).
                    if sx != sy { continue }
                    if !(tx.isEmpty || ty.isEmpty || tx == ty) { continue }
                    if sx.isEmpty && !samePlace { continue }
                    score = 0.7 + (samePlace ? 0.1 : 0)
                }
                let yes = hx ? a : b, no = hx ? b : a
                if best == nil || score > best!.score { best = (score, yes, no, hx ? x : y) }
            }
        }
        guard let f = best else { return nil }
        let what = CameoRoots.label(corpus.events[f.event].cameo)
        return (f.score, "\(name(f.yes.speaker)) says the \(what) happened; \(name(f.no.speaker)) says it did not")
    }

    // MARK: - Value

    private func value(_ a: ClaimProfile, _ b: ClaimProfile) -> (score: Double, note: String)? {
        guard !a.figures.isEmpty, !b.figures.isEmpty else { return nil }
        var conflict: (CasualtyFigure, CasualtyFigure)?
        for fa in a.figures {
            for fb in b.figures where fa.conflicts(with: fb) {
                if conflict == nil || fa.difference(to: fb) > conflict!.0.difference(to: conflict!.1) { conflict = (fa, fb) }
            }
        }
        guard let (fa, fb) = conflict, sameHarm(a, b) else { return nil }
        let score = 0.5 + 0.35 * min(1, fa.difference(to: fb))
        return (score, "\(name(a.speaker)) reports \(describe(fa)); \(name(b.speaker)) reports \(describe(fb))")
    }

    /// The two claims report the same event, or events of one root in one place and window.
    private func sameHarm(_ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        if !Set(a.events).isDisjoint(with: b.events) { return true }
        for x in a.events {
            for y in b.events {
                let ex = corpus.events[x], ey = corpus.events[y]
                guard EventCode.rootOf(ex.cameo) == EventCode.rootOf(ey.cameo), eventDays(ex, ey, a, b) != nil else { continue }
                let px = Set(ex.location), py = Set(ey.location)
                if !px.isDisjoint(with: py) { return true }
                if px.isEmpty || py.isEmpty {
                    let parts = sideSet(ex.source + ex.target), qarts = sideSet(ey.source + ey.target)
                    if !parts.isDisjoint(with: qarts) { return true }
                }
            }
        }
        return false
    }

    private func describe(_ f: CasualtyFigure) -> String {
        let bound: String
        switch f.bound {
        case .exact: bound = ""
        case .atLeast: bound = "at least "
        case .atMost: bound = "up to "
        case .about: bound = "about "
        }
        return bound + String(f.value) + " " + f.category.rawValue
    }

    // MARK: - Words

    private func name(_ id: String) -> String { corpus.actors[id]?.name ?? id }

    /// A readable name for a side: the first source actor of that side in the claim's harm.
    private func sideName(_ side: String, in p: ClaimProfile) -> String {
        var ids: [String] = []
        for g in p.harmful { ids += corpus.events[g].source.filter { corpus.sides.side($0) == side } }
        if p.claim.stance == .accuse { ids += p.claim.about.filter { corpus.sides.side($0) == side } }
        return ids.first.map(name) ?? side
    }

    /// `fighting around Aleppo, 2016-12-14`: the gravest event of the two claims, its place and day.
    private func topic(_ a: ClaimProfile, _ b: ClaimProfile) -> String {
        let all = Array(Set(a.events + b.events)).sorted()
        let main = all.max { x, y in
            let ex = corpus.events[x], ey = corpus.events[y]
            return ex.quad != ey.quad ? ex.quad < ey.quad : x > y
        }
        var text: String
        if let m = main {
            text = CameoRoots.label(corpus.events[m].cameo)
            let places = corpus.events[m].location.isEmpty ? all.flatMap { corpus.events[$0].location } : corpus.events[m].location
            if let place = places.first { text += " around " + name(place) }
        } else {
            let about = Array(Set(a.claim.about + b.claim.about)).sorted().map(name)
            text = about.isEmpty ? "accounts of \(name(a.speaker)) and \(name(b.speaker))" : "accounts about " + about.joined(separator: ", ")
        }
        let dates = [main.flatMap { corpus.events[$0].date.value }, a.claim.date.value, b.claim.date.value]
        if let date = dates.compactMap({ $0 }).first { text += ", " + date }
        return text
    }
}
