import FaultlineText

/// The countries the mentions of a document name, read once per mention for the resolver.
///
/// The resolver asks many questions of the same mentions (the document's only country, its
/// dominant one, each sentence's, the attackers', the other side's); asked of
/// `DocumentActors`, each question walked every mention again and looked its root up in the
/// country table (a string hash per mention per question). Here every mention is read once
/// and each sentence lists its mentions. Persons never count (their nationality does not
/// place a sentence), so their facts stay empty.
///
/// A document names a handful of countries: each distinct root gets a small number (`RootID`,
/// its position in `roots`, in order of first mention), and the facts hold numbers, not
/// strings. Comparing and counting roots is then integer work, and no fact retains a string.
struct MentionCountries {
    /// A position in `roots`; `none` for no country.
    typealias RootID = Int32
    static let none: RootID = -1

    struct Facts {
        /// `DocumentActors.countryRoot(of:)` (none for persons).
        var country: RootID = MentionCountries.none
        /// `DocumentActors.anyRoot(of:)` when the country table knows it (none for persons).
        var any: RootID = MentionCountries.none
        /// A lexicon place (`Aleppo`): counts twice, and places its sentence first.
        var isPlace = false
        /// A relaying outlet (`the Russian news agency TASS`): places no sentence.
        var isMedia = false
        /// The place of a dateline (`CAIRO, May 20 –`): where the story was filed, which
        /// places its sentence only when no other mention does.
        var isDateline = false
    }

    let mentions: [RawMention]
    /// Facts of `mentions[i]` at index i.
    let facts: [Facts]
    /// The distinct roots of the facts, in order of first mention: `RootID` k is `roots[k]`.
    let roots: [String]
    /// Mention indices grouped by sentence position, in mention order within a sentence:
    /// those of sentence `s` are `order[start[s]..<start[s + 1]]` (one array for the document,
    /// not one per sentence).
    private let order: [Int]
    private let start: [Int]
    /// Number of sentence positions covered (the last mentioned sentence + 1).
    var sentenceCount: Int { start.count - 1 }

    init(_ doc: DocumentActors) { self.init(mentions: doc.mentions, lexicon: doc.lexicon) }

    /// `borrowing`: the lexicon is only read here; taken owned, every caller copied it (a
    /// retain of each of its tables) and this init destroyed the copy, once per document.
    init(mentions: [RawMention], lexicon: borrowing ActorLexicon) {
        self.mentions = mentions
        var facts: [Facts] = []
        facts.reserveCapacity(mentions.count)
        // A document names a few roots, most of them again and again: a list searched with
        // `==` (equal short roots are equal words of memory, settled at once).
        var roots: [String] = []
        roots.reserveCapacity(8)
        func id(_ root: String) -> RootID {
            for k in roots.indices where roots[k] == root { return RootID(k) }
            roots.append(root)
            return RootID(roots.count - 1)
        }
        // The mentions' sentence bounds, as counts per sentence position from 1 on: `start`
        // itself, made prefix sums below (one array allocated, not three).
        var last = -1
        for n in mentions.indices where mentions[n].sentence > last { last = mentions[n].sentence }
        var start = [Int](repeating: 0, count: last + 2)
        for n in mentions.indices {
            // `countryRoot(of:)` and `anyRoot(of:)` with one country-table lookup; fields
            // read in place (a copied key or entry retains its strings).
            var f = Facts()
            switch mentions[n].key {
            case .entry(let i):
                let kind = lexicon.actors[i].kind
                f.isPlace = kind == .location
                f.isDateline = f.isPlace && mentions[n].rule == "place.dateline"
                if kind == .country || kind == .location, let c = lexicon.actors[i].country, lexicon.hasCountry(c) {
                    f.any = id(c)
                    if kind == .country { f.country = f.any }
                }
            case .collective(let root?, _, let kind, _):
                f.isMedia = kind == .media
                if lexicon.hasCountry(root) { f.country = id(root); f.any = f.country }
            case .collective(nil, _, let kind, _):
                f.isMedia = kind == .media
            case .place(_, let root?):
                if lexicon.hasCountry(root) { f.any = id(root) }
            case .person, .unknown, .candidate, .place, .patronized:
                break
            }
            facts.append(f)
            start[mentions[n].sentence + 1] += 1
        }
        // Counting sort of the mention indices by sentence (stable: mention order kept); the
        // next free place of each sentence is kept in stack scratch.
        for s in 0..<(start.count - 1) { start[s + 1] += start[s] }
        var order = [Int](repeating: 0, count: mentions.count)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: start.count) { next in
            for s in start.indices { next[s] = start[s] }
            for n in mentions.indices {
                let s = mentions[n].sentence
                order[next[s]] = n
                next[s] += 1
            }
        }
        self.order = order
        self.start = start
        self.facts = facts
        self.roots = roots
    }

    /// The root of an id (nil for `none`).
    func root(_ id: RootID) -> String? { id >= 0 ? roots[Int(id)] : nil }

    /// The id of a root the facts name, else `none`.
    func id(of root: String?) -> RootID {
        guard let root else { return Self.none }
        for k in roots.indices where roots[k] == root { return RootID(k) }
        return Self.none
    }

    /// The mentions of sentence `s`.
    func mentions(in s: Int) -> ArraySlice<Int> { s >= 0 && s < sentenceCount ? order[start[s]..<start[s + 1]] : [] }

    /// `DocumentActors.onlyCountry()`: the single country named, else nil.
    func onlyCountry() -> String? {
        var only = Self.none
        for n in facts.indices {
            let c = facts[n].any
            guard c >= 0 else { continue }
            if only >= 0 { if only != c { return nil } } else { only = c }
        }
        return root(only)
    }

    /// `DocumentActors.dominantCountry(excluding:)`: places count twice, other mentions
    /// once; ties go to the country named first.
    func dominant(excluding: String? = nil) -> String? {
        // A root the facts never name excludes nothing.
        root(dominantID(excluding: excluding.map { id(of: $0) } ?? Self.none))
    }

    /// `dominant(excluding:)` by id (`none`: nothing excluded). Ids number the roots in order
    /// of first mention, so the first of the highest scores is the country named first.
    func dominantID(excluding: RootID = MentionCountries.none) -> RootID {
        guard !roots.isEmpty else { return Self.none }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: roots.count) { scores -> RootID in
            scores.initialize(repeating: 0)
            for n in facts.indices {
                let c = facts[n].any
                guard c >= 0, c != excluding else { continue }
                scores[Int(c)] += facts[n].isPlace ? 2 : 1
            }
            var best = -1
            for j in 0..<roots.count where scores[j] > 0 && (best < 0 || scores[j] > scores[best]) { best = j }
            return RootID(best)
        }
    }

    /// `DocumentActors.sentenceCountryPair()` as arrays by sentence position (`count` long).
    func sentencePair(count: Int) -> (any: [String?], placesFirst: [String?]) {
        let (any, placesFirst) = sentenceRootIDs(count: count)
        return (any.map { root($0) }, placesFirst.map { root($0) })
    }

    /// `sentencePair(count:)` by id.
    func sentenceRootIDs(count: Int) -> (any: [RootID], placesFirst: [RootID]) {
        var any = [RootID](repeating: Self.none, count: count), placesFirst = [RootID](repeating: Self.none, count: count)
        for s in 0..<min(count, sentenceCount) {
            var place = Self.none, first = Self.none, dateline = Self.none
            var several = false
            for k in start[s]..<start[s + 1] {
                let n = order[k]
                let c = facts[n].any
                guard !facts[n].isMedia, c >= 0 else { continue }
                if facts[n].isDateline {
                    dateline = c
                } else if facts[n].isPlace {
                    if place < 0 { place = c }
                } else if first >= 0 {
                    if first != c { several = true }
                } else {
                    first = c
                }
            }
            let one = several ? Self.none : first
            any[s] = one >= 0 ? one : (place >= 0 ? place : dateline)
            placesFirst[s] = place >= 0 ? place : (one >= 0 ? one : dateline)
        }
        return (any, placesFirst)
    }

    /// `DocumentActors.otherRoot(sentence:excluding:)`.
    func otherRoot(sentence: Int, excluding excluded: Set<String>) -> String? {
        root(otherRootID(sentence: sentence) { excluded.contains(roots[Int($0)]) })
    }

    /// The one root of sentence `sentence` (outlets aside) that `excluded` leaves, else `none`.
    func otherRootID(sentence: Int, excluded: (RootID) -> Bool) -> RootID {
        var found = Self.none
        for n in mentions(in: sentence) {
            let c = facts[n].any
            guard !facts[n].isMedia, c >= 0, !excluded(c) else { continue }
            if found >= 0 { if found != c { return Self.none } } else { found = c }
        }
        return found
    }

    /// The first place of sentence `s` in a country of the table other than `own`.
    func firstPlace(sentence s: Int, excluding own: String) -> String? {
        for n in mentions(in: s) {
            let c = facts[n].any
            if facts[n].isPlace, c >= 0, roots[Int(c)] != own { return roots[Int(c)] }
        }
        return nil
    }

    /// `DocumentActors.attackerRoots(tokens:)`: per sentence, the countries that modify an
    /// attack noun.
    func attackerRoots(tokens: [[Token]]) -> [Int: Set<String>] {
        var out: [Int: Set<String>] = [:]
        let words = DocumentActors.AttackWords()
        for n in mentions.indices where isAttacker(n, tokens: tokens, words: words) {
            out[mentions[n].sentence, default: []].insert(roots[Int(facts[n].country)])
        }
        return out
    }

    /// True when mention `n` names a country that modifies an attack noun (`Israeli
    /// strikes`): one of `attackerRoots` of its sentence.
    func isAttacker(_ n: Int, tokens: [[Token]], words: DocumentActors.AttackWords) -> Bool {
        guard facts[n].country >= 0 else { return false }
        let s = mentions[n].sentence
        guard s < tokens.count else { return false }
        return DocumentActors.modifiesAttack(start: mentions[n].start, end: mentions[n].end, tokens: tokens[s], lists: words)
    }

    /// True when `root` is one of `attackerRoots` of sentence `s`, read from that sentence's
    /// mentions only when asked (the resolver asks for a few collectives, not every sentence).
    func isAttacker(_ root: RootID, sentence s: Int, tokens: [[Token]], words: DocumentActors.AttackWords) -> Bool {
        guard root >= 0 else { return false }
        for n in mentions(in: s) where facts[n].country == root && isAttacker(n, tokens: tokens, words: words) { return true }
        return false
    }

    /// True when sentence `s` has any of `attackerRoots`.
    func hasAttacker(sentence s: Int, tokens: [[Token]], words: DocumentActors.AttackWords) -> Bool {
        for n in mentions(in: s) where isAttacker(n, tokens: tokens, words: words) { return true }
        return false
    }
}
