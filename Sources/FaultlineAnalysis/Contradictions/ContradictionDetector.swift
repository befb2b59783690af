import FaultlineModel

/// Finds pairs of claims by different speakers about the same situation that cannot both be
/// right.
///
/// **Same situation**: the claims' events match in what the kind compares (a place, a victim,
/// a dyad, a root with its source sides, a participant) on days at most
/// `contradictionWindowDays` apart (an event without a day takes its claim's days, a claim
/// without any its document's date; with none at all, claims are compared within their document
/// only). Candidates come from buckets keyed by exactly those things and the day — harm by quad
/// class and place, victim or dyad; polarity by root and source sides (looking up the opposite
/// polarity); figures by root and place or side; the very same merged event — so the cost grows
/// with the corpus, not with its square.
///
/// **Kinds**, strongest first — a pair is reported once, with the strongest kind that holds
/// (`explicit > blame > polarity > value`); every further kind that also holds adds 0.03 to the
/// score and is named in the explanation:
/// - *explicit*: a sentence of the claims' document says the accounts conflict (`trái chiều`,
///   `phủ nhận`, `bác bỏ`, `conflicting accounts`, `denied`, `disputed`, `rejected … claims`; see
///   `ContradictionCues`). Which claims it speaks of: when the cue sentence is itself a claim
///   (a denial), that claim and the claim it answers — whose speaker is named in the sentence or
///   in `about`, else one blaming the denier's side, else the claim of the sentence just before;
///   within `explicitCueWindow` sentences, or anywhere earlier in the article (a denial answers
///   an accusation made paragraphs before). Otherwise (a narrator's sentence) the parties it
///   names before the cue (`Nga và Thổ Nhĩ Kỳ đã đưa thông tin trái chiều`), else anywhere, each
///   with its best claim; with fewer than two parties named (`the two sides gave conflicting
///   accounts`), the best pair of nearby claims that disagree on substance or stand on opposing
///   sides, else of claims anywhere before (`Các thông tin trái chiều từ hai phía …` sums up the
///   article) that disagree on substance. "Best" ranks a pair that also disagrees on substance
///   first (blame, then polarity, then figures), then closeness to the cue, following claims
///   first. Joint statements and appeals are nobody's own account and are skipped.
///   Score: the cue's weight (0.75–0.95), +0.05 when the parties are named.
/// - *blame*: both assert harm (material conflict, or threats — which is how a planned attack
///   is coded; accusing and rejecting are speech, not harm) in one situation — the same kind of
///   harm (violence 18–20 is one kind, every other root its own), days within the window, a
///   common place when both name one, compatible victims — but hold opposing sides responsible
///   (state vs opposition of one country, two roots in material conflict anywhere in the corpus,
///   or each blames the other's speaker). Each blaming the other for the same kind of harm in
///   the window is blame even without a place or victim to tie them, when one accuses. Harm done
///   in response (`repelled`) blames no one. Score 0.7, +0.1 for a common place, +0.05 for the
///   same day, +0.05 for mutual blame.
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
    private let features: [EventFeatures]
    private let sideNames: [String]
    private let hostileRoots: Set<RootPair>
    private let allies: [PairKey: [(day: Int?, parts: [Int])]]
    /// Country names by code root, for what a side says in a dispute (`blames Ukraine`).
    private let countryNames: [String: String]

    init(corpus: MergedCorpus, options: AnalysisOptions) {
        self.corpus = corpus
        self.options = options
        countryNames = DisputeGrouper.countryNames(corpus.actors)
        var sides = Interner(), places = Interner()
        var features: [EventFeatures] = []
        features.reserveCapacity(corpus.events.count)
        var responseCache: [String: Bool] = [:]
        for e in corpus.events {
            let span = TimexSpan.parse(e.date.value)
            let sources = SortedInts.make(e.source.map { sides.id(corpus.sides.side($0)) })
            var response = responseCache[e.trigger]
            if response == nil { response = ClaimProfile.isResponse(e); responseCache[e.trigger] = response }
            features.append(EventFeatures(
                root: Int(EventCode.rootOf(e.cameo)) ?? -1, quad: e.quad, sources: sources,
                targets: SortedInts.make(e.target.map { sides.id(corpus.sides.side($0)) }),
                places: SortedInts.make(e.location.map { places.id($0) }),
                day: span?.day, yearless: span?.kind == .day ? span?.yearless : nil,
                negated: e.negated, modality: e.modality, harm: ClaimProfile.isHarm(e), response: response!,
                sourcesKey: sides.list(sources)))
        }
        self.features = features
        var profiles = corpus.claims.indices.map { ClaimProfile(index: $0, corpus: corpus, features: features, sides: &sides) }
        // Places named in the sentence of a claim that gives figures: what ties two tolls together
        // when the extractor found no event to count (`the shelling killed one person` in a
        // sentence naming Enerhodar). Figures are rare: only their documents are indexed.
        var figureParts: [Int: [Int]] = [:]
        for p in profiles where !p.figures.isEmpty { figureParts[p.part, default: []].append(p.index) }
        for (part, claims) in figureParts {
            let wanted = Set(claims.map { profiles[$0].sentence })
            var at: [Int: [Int]] = [:]
            for m in corpus.parts[part].mentions where wanted.contains(m.sentence) && corpus.actors[m.actor]?.kind == .location {
                at[m.sentence, default: []].append(places.id(m.actor))
            }
            for c in claims { profiles[c].mentionedPlaces = SortedInts.make(at[profiles[c].sentence] ?? []) }
        }
        self.profiles = profiles
        sideNames = sides.names
        var hostile = Set<RootPair>()
        var allies: [PairKey: [(day: Int?, parts: [Int])]] = [:]
        for (g, e) in corpus.events.enumerated() where DyadTable.counts(e) {
            if e.quad == 4 {
                for s in features[g].sources {
                    guard let rs = ActorSides.root(of: sides.names[s]) else { continue }
                    for t in features[g].targets {
                        if let rt = ActorSides.root(of: sides.names[t]), rt != rs { hostile.insert(RootPair(rs, rt)) }
                    }
                }
            }
            var pairs: [PairKey] = []
            if e.quad == 1 || e.quad == 2 {
                let src = Array(Set(e.source)).sorted()
                for x in src.indices { for y in src.indices where y > x { pairs.append(PairKey(src[x], src[y])) } }
            }
            if [3, 5, 6].contains(features[g].root) {
                for s in e.source { for t in e.target where s != t { pairs.append(PairKey(s, t)) } }
            }
            if !pairs.isEmpty {
                let parts = Array(Set(corpus.eventMembers[g].map(\.part))).sorted()
                for p in pairs { allies[p, default: []].append((features[g].day, parts)) }
            }
        }
        hostileRoots = hostile
        self.allies = allies
    }

    // MARK: - Detection

    /// The contradictions, each with its dispute, and the disputes (see `DisputeGrouper`).
    func detect() -> (contradictions: [Contradiction], disputes: [Dispute]) {
        DisputeGrouper(corpus: corpus, options: options, features: features, profiles: profiles).group(findings())
    }

    /// Every contradicting pair of claims, ordered by claim indices, before echoes are folded.
    func findings() -> [ContradictionFinding] {
        guard options.detectContradictions, profiles.count > 1 else { return [] }
        let explicit = explicitPairs()
        var candidates = Set(explicit.keys)
        candidates.formUnion(situationPairs())
        var out: [ContradictionFinding] = []
        for pair in candidates.sorted(by: { ($0.i, $0.j) < ($1.i, $1.j) }) {
            let a = profiles[pair.i], b = profiles[pair.j]
            guard mayContradict(a, b) else { continue }
            let agree = sayTheSame(a, b)
            var found: [(kind: ContradictionKind, evidence: Evidence)] = []
            if !agree {
                if let x = explicit[pair] { found.append((.explicit, Evidence(score: x.score, note: x.note))) }
                if let x = blame(a, b) { found.append((.blame, x)) }
                if let x = polarity(a, b) { found.append((.polarity, x)) }
            }
            if let x = value(a, b) { found.append((.value, x)) }
            guard let top = found.first else { continue }
            let score = min(0.99, top.evidence.score + 0.03 * Double(found.count - 1))
            var explanation = top.evidence.note
            if found.count > 1 {
                explanation += "; also " + found.dropFirst().map { $0.kind.rawValue }.joined(separator: ", ")
            }
            // What is disputed and what each says: from the first kind that names events (an
            // explicit cue alone says only that the accounts conflict).
            let substance = found.first { !$0.evidence.events.isEmpty }?.evidence
            let events = substance?.events ?? SortedInts.make(substantive(a) + substantive(b))
            let positions = substance.map { [$0.positionA, $0.positionB] } ?? [stanceWords(a), stanceWords(b)]
            out.append(ContradictionFinding(i: pair.i, j: pair.j, kind: top.kind, score: Rounding.r3(score),
                                            topic: topic(a, b), explanation: explanation, kinds: found.map(\.kind),
                                            events: events, positions: positions))
        }
        return out
    }

    /// What one kind found: its score and note, the events it compares, and what each claim says.
    struct Evidence {
        var score: Double
        var note: String
        var events: [Int] = []
        var positionA = ""
        var positionB = ""
    }

    /// Events a claim reports that are not merely speech (statements, appeals, demands,
    /// criticism, rejections): what an explicit cue's accounts are about.
    private func substantive(_ p: ClaimProfile) -> [Int] {
        p.events.filter { ![1, 2, 9, 10, 11, 12].contains(features[$0].root) }
    }

    /// A few words for what a claim says when only an explicit cue ties it to the other.
    private func stanceWords(_ p: ClaimProfile) -> String {
        switch p.claim.stance {
        case .deny: return "denies the account"
        case .accuse:
            let about = p.claim.about.map(name)
            return about.isEmpty ? "accuses the other side" : "accuses " + about.joined(separator: ", ")
        case .disputes: return "disputes the account"
        case .appeal: return "appeals"
        case .assert: return "gives its own account"
        }
    }

    /// How many accounts before a narrator's summary cue (`trái chiều`) it may pair.
    static let summaryReach = 40

    struct IndexPair: Hashable {
        let i: Int, j: Int
        init(_ x: Int, _ y: Int) { i = min(x, y); j = max(x, y) }
    }

    // MARK: - Guards

    /// Different speakers, different sides, not allies, both in original documents.
    private func mayContradict(_ a: ClaimProfile, _ b: ClaimProfile) -> Bool {
        guard a.speaker != b.speaker, a.speakerSideId != b.speakerSideId,
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

    /// What two claims must share to be compared: see the type's documentation.
    private enum Key: Hashable {
        case harmPlace(quad: Int, place: Int)
        case harmVictim(quad: Int, side: Int)
        case harmDyad(quad: Int, low: Int, high: Int)
        case mutual(low: Int, high: Int)
        case polarity(root: Int, sources: Int, happened: Bool)
        case polaritySame(event: Int, happened: Bool)
        case figurePlace(root: Int, place: Int)
        case figureSide(root: Int, side: Int)
        case figureMention(place: Int)
        case same(event: Int)
    }

    /// Pairs of claims that share something a kind compares, on days within the window.
    ///
    /// Every claim is filed under its keys with the days they concern; sorting the filings by
    /// (key group, day) and sweeping each group with a window of `contradictionWindowDays` finds
    /// the pairs without any lookup per day. A polarity key and its opposite form one group whose
    /// pairs must come from opposite polarities.
    private func situationPairs() -> Set<IndexPair> {
        var keyIds: [Key: Int] = [:]
        func kid(_ k: Key) -> Int {
            if let i = keyIds[k] { return i }
            let i = keyIds.count; keyIds[k] = i; return i
        }
        struct Filing {
            let group: Int, space: Int, day: Int, claim: Int, file: Int
            let symmetric: Bool, native: Bool   // native: a day of unknown year in space 1
        }
        var filings: [Filing] = []
        filings.reserveCapacity(profiles.count * 8)
        struct Pending { let file: Int; let look: Int; let days: [Int]; let yearless: [Int]; let claim: Int; let part: Int }
        var pending: [Pending] = []
        for p in profiles where corpus.isOriginal(part: p.part) {
            func add(_ k: Key, lookup: Key? = nil, _ f: EventFeatures?) {
                let days = f?.day.map { [$0] } ?? (f?.yearless == nil ? p.days : [])
                let yearless = f?.yearless.map { [$0] } ?? (f?.day == nil ? p.yearless : [])
                pending.append(Pending(file: kid(k), look: kid(lookup ?? k), days: days, yearless: yearless,
                                       claim: p.index, part: p.part))
            }
            for g in p.harmful {
                let f = features[g]
                for place in f.places { add(.harmPlace(quad: f.quad, place: place), f) }
                for t in f.targets { add(.harmVictim(quad: f.quad, side: t), f) }
                for s in f.sources { for t in f.targets where s != t { add(.harmDyad(quad: f.quad, low: min(s, t), high: max(s, t)), f) } }
            }
            if p.claim.stance == .accuse {
                for x in p.blamed where x != p.speakerSideId {
                    add(.mutual(low: min(x, p.speakerSideId), high: max(x, p.speakerSideId)), nil)
                }
            }
            for g in p.events {
                let f = features[g]
                let happened = !(f.negated || (p.denies && !ClaimProfile.isOwnRebuttal(f, speakerSide: p.speakerSideId)))
                add(.polarity(root: f.root, sources: f.sourcesKey, happened: happened),
                    lookup: .polarity(root: f.root, sources: f.sourcesKey, happened: !happened), f)
                add(.polaritySame(event: g, happened: happened), lookup: .polaritySame(event: g, happened: !happened), f)
                if !p.figures.isEmpty {
                    add(.same(event: g), f)
                    for place in f.places { add(.figurePlace(root: f.root, place: place), f) }
                    for s in f.sources + f.targets { add(.figureSide(root: f.root, side: s), f) }
                }
            }
            for place in p.mentionedPlaces { add(.figureMention(place: place), nil) }
        }
        // Days of unknown year are rare: only then do known days also go into the month/day space.
        let anyYearless = pending.contains { !$0.yearless.isEmpty }
        for e in pending {
            let group = min(e.file, e.look), symmetric = e.file == e.look
            for d in e.days {
                filings.append(Filing(group: group, space: 0, day: d, claim: e.claim, file: e.file, symmetric: symmetric, native: false))
                // Claims with unknown years meet known-year claims on the same month/day.
                if anyYearless {
                    filings.append(Filing(group: group, space: 1, day: CivilDate.yearlessFromOrdinal(d), claim: e.claim,
                                          file: e.file, symmetric: symmetric, native: false))
                }
            }
            for y in e.yearless {
                filings.append(Filing(group: group, space: 1, day: y, claim: e.claim, file: e.file, symmetric: symmetric, native: true))
            }
            if e.days.isEmpty && e.yearless.isEmpty {
                filings.append(Filing(group: group, space: 2, day: e.part, claim: e.claim, file: e.file, symmetric: symmetric, native: false))
            }
        }
        filings.sort { ($0.group, $0.space, $0.day, $0.claim) < ($1.group, $1.space, $1.day, $1.claim) }
        let w = max(0, options.contradictionWindowDays)
        var pairs = Set<IndexPair>()
        for i in filings.indices {
            let a = filings[i]
            let reach = a.space == 2 ? 0 : w
            var j = i + 1
            while j < filings.count {
                let b = filings[j]
                guard b.group == a.group, b.space == a.space, b.day - a.day <= reach else { break }
                if b.claim != a.claim && (a.symmetric || a.file != b.file) && (a.space != 1 || a.native || b.native) {
                    pairs.insert(IndexPair(a.claim, b.claim))
                }
                j += 1
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
            let sentences = claims.map(\.sentence).sorted()
            for (s, text) in part.sentenceTexts.enumerated() {
                let role = s < part.sentenceRoles.count ? part.sentenceRoles[s] : .body
                if role == .boilerplate || role == .teaser || role == .signoff { continue }
                // A claim within the window (the others may stand anywhere before: a denial answers
                // an earlier accusation, a summary sums up the article), before reading the sentence.
                guard sentences.contains(where: { abs($0 - s) <= w }), ContradictionCues.explicit.mayOccur(in: text) else { continue }
                let words = WordKeys.words(text)
                guard let (cue, at) = ContradictionCues.explicit.best(in: words.map(\.key)) else { continue }
                let near = claims.filter { abs($0.sentence - s) <= w }
                let cueOffset = words[at].offset
                let mentioned = (mentionsAt[s] ?? []).sorted { ($0.start, $0.actor) < ($1.start, $1.actor) }
                for (i, j, named) in explicitTargets(sentence: s, cueOffset: cueOffset, near: near, all: claims, mentioned: mentioned) {
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
    private func explicitTargets(sentence s: Int, cueOffset: Int, near: [ClaimProfile], all: [ClaimProfile],
                                 mentioned: [ActorMention]) -> [(Int, Int, Bool)] {
        let w = max(0, options.explicitCueWindow)
        func distanceKey(_ c: ClaimProfile, preferEarlier: Bool) -> (Int, Int, Int) {
            let after = c.sentence > s ? 1 : 0
            return (abs(c.sentence - s), preferEarlier ? after : 1 - after, c.index)
        }
        let mentionedIds = Set(mentioned.map(\.actor))
        let here = near.filter { $0.sentence == s }
        if !here.isEmpty {
            // The cue sentence is itself a claim (a denial, a rebuttal): pair it with what it answers.
            var out: [(Int, Int, Bool)] = []
            for r in here where r.claim.stance != .appeal {
                // An appeal is no account: a call for restraint does not dispute anything.
                // A denial may answer an accusation made anywhere earlier in the article (`… denied
                // that its troops had targeted the plant` six sentences after the accusation).
                let others = all.filter { $0.index != r.index && $0.speaker != r.speaker && $0.claim.stance != .appeal
                    && $0.sentence <= s + w && mayContradict(r, $0) }
                // How surely `c` is what `r` answers: its speaker is named (2), it blames r's side
                // (1), or it is simply the claim just before (0); anything else is not answered.
                // Beyond the window only what was said before can be answered.
                func link(_ c: ClaimProfile) -> Int? {
                    let close = abs(c.sentence - s) <= w
                    guard close || c.sentence < s else { return nil }
                    if r.claim.about.contains(c.speaker) || mentionedIds.contains(c.speaker) { return 2 }
                    if SortedInts.contains(c.blamed, r.speakerSideId) { return 1 }
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
        // Joint statements and appeals are no party's own account.
        let accounts = near.filter { !$0.joint && $0.claim.stance != .appeal }
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
            guard a.speakerSideId != b.speakerSideId, mayContradict(a, b) else { return nil }
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
        // of nearby accounts; with one party named, one of the pair must be its claim. Unnamed
        // parties must also disagree on substance (blame, polarity, figures) or be on opposing
        // sides: the cue says *some* accounts conflict, not that any two nearby speakers do.
        let first = keys.count == 1 ? named[keys[0]]! : accounts
        func substantive(_ pair: (Int, Int)?) -> (Int, Int)? {
            guard let pair, let key = rank(profiles[pair.0], profiles[pair.1]) else { return nil }
            let a = profiles[pair.0], b = profiles[pair.1]
            return key[0] < 3 || ActorSides.opposing(a.speakerSide, b.speakerSide, hostileRoots: hostileRoots) ? pair : nil
        }
        if let pair = substantive(bestPair(first, accounts)) { return [(pair.0, pair.1, false)] }
        // `Các thông tin trái chiều từ hai phía …`, `the competing accounts …` sum up the article
        // so far: the two sides' accounts may stand anywhere before the cue, as long as they
        // disagree on substance.
        // The nearest `summaryReach` accounts are enough and keep the pairing cheap on very long texts.
        guard keys.count < 2 else { return [] }
        let earlier = all.filter { $0.sentence <= s + w && !$0.joint && $0.claim.stance != .appeal }
            .sorted { (abs($0.sentence - s), $0.index) < (abs($1.sentence - s), $1.index) }
            .prefix(ContradictionDetector.summaryReach)
        guard let pair = bestPair(keys.count == 1 ? first : Array(earlier), Array(earlier)),
              let key = rank(profiles[pair.0], profiles[pair.1]), key[0] < 3 else { return [] }
        return [(pair.0, pair.1, false)]
    }

    // MARK: - Blame

    private func blame(_ a: ClaimProfile, _ b: ClaimProfile) -> Evidence? {
        guard !a.blamed.isEmpty, !b.blamed.isEmpty else { return nil }
        let onlyA = SortedInts.subtracting(a.blamed, b.blamed), onlyB = SortedInts.subtracting(b.blamed, a.blamed)
        guard !onlyA.isEmpty, !onlyB.isEmpty else { return nil }
        var best: (score: Double, sa: Int, sb: Int, events: [Int])?
        for sa in onlyA {
            for sb in onlyB {
                let mutual = sa == b.speakerSideId && sb == a.speakerSideId
                guard mutual || ActorSides.opposing(sideNames[sa], sideNames[sb], hostileRoots: hostileRoots) else { continue }
                // The harm each attributes must be one situation.
                for ea in a.harmful where SortedInts.contains(features[ea].sources, sa) {
                    for eb in b.harmful where SortedInts.contains(features[eb].sources, sb) {
                        guard let fit = harmMatch(ea, eb, a, b) else { continue }
                        let score = 0.7 + (fit.samePlace ? 0.1 : 0) + (fit.sameDay ? 0.05 : 0) + (mutual ? 0.05 : 0)
                        if best == nil || score > best!.score { best = (score, sa, sb, SortedInts.make([ea, eb])) }
                    }
                }
                // Each says the other did it, without a place or victim to tie the two accounts: the
                // same kind of harm (CAMEO root) within the window must still be at stake.
                if best == nil, mutual, a.claim.stance == .accuse || b.claim.stance == .accuse,
                   let events = sameKindOfHarm(a, sa, b, sb) {
                    best = (0.7, sa, sb, events)
                }
            }
        }
        guard let found = best else { return nil }
        let note = "\(name(a.speaker)) blames \(sideName(found.sa, in: a)); \(name(b.speaker)) blames \(sideName(found.sb, in: b))"
        return Evidence(score: found.score, note: note, events: found.events,
                        positionA: "blames " + campName(found.sa, in: a), positionB: "blames " + campName(found.sb, in: b))
    }

    /// The two harmful events when `a` blames side `sa` and `b` blames side `sb` for harm of
    /// one kind on days within the window, in places that are not known to differ.
    private func sameKindOfHarm(_ a: ClaimProfile, _ sa: Int, _ b: ClaimProfile, _ sb: Int) -> [Int]? {
        for ea in a.harmful where SortedInts.contains(features[ea].sources, sa) {
            for eb in b.harmful where SortedInts.contains(features[eb].sources, sb) {
                if ClaimProfile.harmKind(features[ea].root) == ClaimProfile.harmKind(features[eb].root),
                   eventDays(features[ea], features[eb], a, b) != nil,
                   !elsewhere(ea, a, eb, b) { return SortedInts.make([ea, eb]) }
            }
        }
        return nil
    }

    /// True when two events are known to have happened in different places: each names a place,
    /// or — when one names none — the claim it comes from places its events elsewhere (the
    /// accusation over Enerhodar is not about the rockets on Nikopol).
    private func elsewhere(_ x: Int, _ a: ClaimProfile, _ y: Int, _ b: ClaimProfile) -> Bool {
        let px = features[x].places.isEmpty ? a.places : features[x].places
        let py = features[y].places.isEmpty ? b.places : features[y].places
        return !px.isEmpty && !py.isEmpty && !SortedInts.intersects(px, py)
    }

    /// Whether two harmful events are one situation: the same quad class (criticism and an
    /// assault are not one harm), days within the window (or, undated, the same document), a
    /// common place when both name one, and compatible victims.
    private func harmMatch(_ x: Int, _ y: Int, _ a: ClaimProfile, _ b: ClaimProfile) -> (samePlace: Bool, sameDay: Bool)? {
        let fx = features[x], fy = features[y]
        guard fx.quad == fy.quad, ClaimProfile.harmKind(fx.root) == ClaimProfile.harmKind(fy.root),
              let day = eventDays(fx, fy, a, b) else { return nil }
        let samePlace = SortedInts.intersects(fx.places, fy.places)
        if elsewhere(x, a, y, b) { return nil }
        let mirrored = SortedInts.intersects(fx.targets, fy.sources) && SortedInts.intersects(fy.targets, fx.sources)
        let shared = SortedInts.intersects(fx.targets, fy.targets)
        if samePlace {
            guard fx.targets.isEmpty || fy.targets.isEmpty || shared || mirrored else { return nil }
        } else {
            guard shared || mirrored else { return nil }
        }
        return (samePlace, day == 0)
    }

    /// Day distance of two events when within the window; 1 stands for "same document, undated".
    private func eventDays(_ fx: EventFeatures, _ fy: EventFeatures, _ a: ClaimProfile, _ b: ClaimProfile) -> Int? {
        if let x = fx.day, let y = fy.day {
            let d = abs(x - y)
            return d <= options.contradictionWindowDays ? d : nil
        }
        if let x = fx.yearless ?? fx.day.map(CivilDate.yearlessFromOrdinal),
           let y = fy.yearless ?? fy.day.map(CivilDate.yearlessFromOrdinal) {
            let d = min(abs(x - y), 366 - abs(x - y))
            return d <= options.contradictionWindowDays ? d : nil
        }
        if a.part == b.part { return 1 }
        if let d = a.dayDistance(to: b), d <= options.contradictionWindowDays { return d }
        return nil
    }

    // MARK: - Polarity

    private func polarity(_ a: ClaimProfile, _ b: ClaimProfile) -> Evidence? {
        guard (a.saysHappened && b.saysNotHappened) || (a.saysNotHappened && b.saysHappened) else { return nil }
        var best: (score: Double, yes: ClaimProfile, no: ClaimProfile, event: Int, events: [Int])?
        for x in a.events {
            for y in b.events {
                let fx = features[x], fy = features[y]
                let hx = !(fx.negated || (a.denies && !ClaimProfile.isOwnRebuttal(fx, speakerSide: a.speakerSideId)))
                let hy = !(fy.negated || (b.denies && !ClaimProfile.isOwnRebuttal(fy, speakerSide: b.speakerSideId)))
                guard hx != hy, fx.modality == fy.modality else { continue }
                var score: Double
                if x == y {
                    score = 0.85
                } else {
                    // Denying that X did it does not contradict "it happened" (by someone unnamed).
                    guard fx.root == fy.root, fx.sources == fy.sources, eventDays(fx, fy, a, b) != nil else { continue }
                    let samePlace = SortedInts.intersects(fx.places, fy.places)
                    if !fx.places.isEmpty && !fy.places.isEmpty && !samePlace { continue }
                    if !(fx.targets.isEmpty || fy.targets.isEmpty || fx.targets == fy.targets) { continue }
                    if fx.sources.isEmpty && !samePlace { continue }
                    score = 0.7 + (samePlace ? 0.1 : 0)
                }
                let yes = hx ? a : b, no = hx ? b : a
                if best == nil || score > best!.score { best = (score, yes, no, hx ? x : y, SortedInts.make([x, y])) }
            }
        }
        guard let f = best else { return nil }
        let what = CameoRoots.label(corpus.events[f.event].cameo)
        let yes = "says the \(what) happened", no = "says the \(what) did not happen"
        let aSaysYes = f.yes.index == a.index
        return Evidence(score: f.score, note: "\(name(f.yes.speaker)) says the \(what) happened; \(name(f.no.speaker)) says it did not",
                        events: f.events, positionA: aSaysYes ? yes : no, positionB: aSaysYes ? no : yes)
    }

    // MARK: - Value

    private func value(_ a: ClaimProfile, _ b: ClaimProfile) -> Evidence? {
        guard !a.figures.isEmpty, !b.figures.isEmpty else { return nil }
        var conflict: (CasualtyFigure, CasualtyFigure)?
        for fa in a.figures {
            for fb in b.figures where fa.conflicts(with: fb) {
                if conflict == nil || fa.difference(to: fb) > conflict!.0.difference(to: conflict!.1) { conflict = (fa, fb) }
            }
        }
        guard let (fa, fb) = conflict, let events = sameHarm(a, b) else { return nil }
        let score = 0.5 + 0.35 * min(1, fa.difference(to: fb))
        return Evidence(score: score, note: "\(name(a.speaker)) reports \(describe(fa)); \(name(b.speaker)) reports \(describe(fb))",
                        events: events, positionA: "reports " + a.figures.map(describe).joined(separator: ", "),
                        positionB: "reports " + b.figures.map(describe).joined(separator: ", "))
    }

    /// The events two claims' figures count when they are the same harm: a harmful event both
    /// report, or harmful events of one root in one place and window, or — without places — on
    /// the same day with a common participant side (tolls of harm on different days are
    /// different tolls; an accusation or a statement is no harm anyone could count); or, when
    /// one claim reports no such event, the same day and a place both sentences name.
    private func sameHarm(_ a: ClaimProfile, _ b: ClaimProfile) -> [Int]? {
        func counted(_ g: Int) -> Bool { features[g].quad == 4 || (features[g].quad == 3 && features[g].root >= 13) }
        let shared = a.events.filter { counted($0) && SortedInts.contains(b.events, $0) }
        if !shared.isEmpty { return shared }
        for x in a.events where counted(x) {
            for y in b.events where counted(y) {
                let fx = features[x], fy = features[y]
                guard fx.root == fy.root, let days = eventDays(fx, fy, a, b) else { continue }
                if SortedInts.intersects(fx.places, fy.places) { return SortedInts.make([x, y]) }
                if days == 0, !elsewhere(x, a, y, b),
                   SortedInts.intersects(SortedInts.make(fx.sources + fx.targets), SortedInts.make(fy.sources + fy.targets)) {
                    return SortedInts.make([x, y])
                }
            }
        }
        // No event to count on one side: the same day and a place both sentences name.
        let countedA = a.events.filter(counted), countedB = b.events.filter(counted)
        if (countedA.isEmpty || countedB.isEmpty), a.dayDistance(to: b) == 0,
           SortedInts.intersects(a.mentionedPlaces, b.mentionedPlaces) {
            return SortedInts.make(countedA + countedB)
        }
        return nil
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
    private func sideName(_ side: Int, in p: ClaimProfile) -> String {
        let key = sideNames[side]
        var ids: [String] = []
        for g in p.harmful { ids += corpus.events[g].source.filter { corpus.sides.side($0) == key } }
        if p.claim.stance == .accuse { ids += p.claim.about.filter { corpus.sides.side($0) == key } }
        return ids.first.map(name) ?? key
    }

    /// The camp a side belongs to, for what a side says in a dispute: the country when the side
    /// is a country's (`blames Ukraine`), the side itself within one country (`blames the
    /// opposition` in a civil war) or without a code.
    private func campName(_ side: Int, in p: ClaimProfile) -> String {
        let key = sideNames[side]
        if let root = ActorSides.root(of: key), root != ActorSides.root(of: p.speakerSide),
           let country = countryNames[root] {
            return country
        }
        return sideName(side, in: p)
    }

    /// `fighting around Aleppo, 2016-12-14`: the gravest event of the two claims, its place and day.
    private func topic(_ a: ClaimProfile, _ b: ClaimProfile) -> String {
        let all = SortedInts.make(a.events + b.events)
        // Harm first (not the accusation about it), then the gravest.
        let main = all.max { x, y in
            let hx = features[x].harm, hy = features[y].harm
            if hx != hy { return !hx }
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
