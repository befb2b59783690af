import FaultlineText

/// The countries the mentions of a document name, read once per mention for the resolver.
///
/// The resolver asks many questions of the same mentions (the document's only country, its
/// dominant one, each sentence's, the attackers', the other side's); asked of
/// `DocumentActors`, each question walked every mention again and looked its root up in the
/// country table (a string hash per mention per question). Here every mention is read once
/// and each sentence lists its mentions. Persons never count (their nationality does not
/// place a sentence), so their facts stay empty.
struct MentionCountries {
    struct Facts {
        /// `DocumentActors.countryRoot(of:)` (nil for persons).
        var country: String?
        /// `DocumentActors.anyRoot(of:)` when the country table knows it (nil for persons).
        var any: String?
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
    /// Mention indices grouped by sentence position, in mention order within a sentence:
    /// those of sentence `s` are `order[start[s]..<start[s + 1]]` (one array for the document,
    /// not one per sentence).
    private let order: [Int]
    private let start: [Int]
    /// Number of sentence positions covered (the last mentioned sentence + 1).
    var sentenceCount: Int { start.count - 1 }

    init(_ doc: DocumentActors) {
        mentions = doc.mentions
        var facts: [Facts] = []
        facts.reserveCapacity(mentions.count)
        // One count per sentence position, allocated once (growing it sentence by sentence
        // built a small array for every new sentence).
        var last = -1
        for n in mentions.indices where mentions[n].sentence > last { last = mentions[n].sentence }
        var counts = [Int](repeating: 0, count: last + 1)
        for n in mentions.indices {
            // `countryRoot(of:)` and `anyRoot(of:)` with one country-table lookup.
            var f = Facts()
            switch mentions[n].key {
            case .entry(let i):
                let kind = doc.lexicon.actors[i].kind
                f.isPlace = kind == .location
                f.isDateline = f.isPlace && mentions[n].rule == "place.dateline"
                if kind == .country || kind == .location, let c = doc.lexicon.actors[i].country, doc.lexicon.hasCountry(c) {
                    f.any = c
                    if kind == .country { f.country = c }
                }
            case .collective(let root?, _, let kind, _):
                f.isMedia = kind == .media
                if doc.lexicon.hasCountry(root) { f.country = root; f.any = root }
            case .collective(nil, _, let kind, _):
                f.isMedia = kind == .media
            case .place(_, let root?):
                if doc.lexicon.hasCountry(root) { f.any = root }
            case .person, .unknown, .candidate, .place, .patronized:
                break
            }
            facts.append(f)
            counts[mentions[n].sentence] += 1
        }
        // Counting sort of the mention indices by sentence (stable: mention order kept).
        var start = [Int](repeating: 0, count: counts.count + 1)
        for s in counts.indices { start[s + 1] = start[s] + counts[s] }
        var next = start
        var order = [Int](repeating: 0, count: mentions.count)
        for n in mentions.indices {
            let s = mentions[n].sentence
            order[next[s]] = n
            next[s] += 1
        }
        self.order = order
        self.start = start
        self.facts = facts
    }

    /// The mentions of sentence `s`.
    func mentions(in s: Int) -> ArraySlice<Int> { s >= 0 && s < sentenceCount ? order[start[s]..<start[s + 1]] : [] }

    /// `DocumentActors.onlyCountry()`: the single country named, else nil.
    func onlyCountry() -> String? {
        var only: String? = nil
        // Facts read in place (a copied fact retains its two strings).
        for n in facts.indices {
            guard let c = facts[n].any else { continue }
            if let o = only { if o != c { return nil } } else { only = c }
        }
        return only
    }

    /// `DocumentActors.dominantCountry(excluding:)`: places count twice, other mentions
    /// once; ties go to the country named first.
    func dominant(excluding: String? = nil) -> String? {
        // A document names a few countries: parallel arrays in order of first mention.
        var roots: [String] = [], scores: [Int] = []
        for n in facts.indices {
            guard let c = facts[n].any, c != excluding else { continue }
            let w = facts[n].isPlace ? 2 : 1
            if let j = roots.firstIndex(of: c) { scores[j] += w } else { roots.append(c); scores.append(w) }
        }
        var best: Int? = nil
        for j in scores.indices where best == nil || scores[j] > scores[best!] { best = j }
        return best.map { roots[$0] }
    }

    /// `DocumentActors.sentenceCountryPair()` as arrays by sentence position (`count` long).
    func sentencePair(count: Int) -> (any: [String?], placesFirst: [String?]) {
        var any = [String?](repeating: nil, count: count), placesFirst = [String?](repeating: nil, count: count)
        for s in 0..<min(count, sentenceCount) {
            var place: String? = nil
            var first: String? = nil
            var several = false
            var dateline: String? = nil
            for k in start[s]..<start[s + 1] {
                let n = order[k]
                guard !facts[n].isMedia, let c = facts[n].any else { continue }
                if facts[n].isDateline {
                    dateline = c
                } else if facts[n].isPlace {
                    if place == nil { place = c }
                } else if let r = first {
                    if r != c { several = true }
                } else {
                    first = c
                }
            }
            let one = several ? nil : first
            any[s] = one ?? place ?? dateline
            placesFirst[s] = place ?? one ?? dateline
        }
        return (any, placesFirst)
    }

    /// `DocumentActors.otherRoot(sentence:excluding:)`.
    func otherRoot(sentence: Int, excluding excluded: Set<String>) -> String? {
        var found: String? = nil
        for n in mentions(in: sentence) {
            guard !facts[n].isMedia, let c = facts[n].any, !excluded.contains(c) else { continue }
            if let r = found { if r != c { return nil } } else { found = c }
        }
        return found
    }

    /// The first place of sentence `s` in a country of the table other than `own`.
    func firstPlace(sentence s: Int, excluding own: String) -> String? {
        for n in mentions(in: s) {
            if facts[n].isPlace, let c = facts[n].any, c != own { return c }
        }
        return nil
    }

    /// `DocumentActors.attackerRoots(tokens:)`: per sentence, the countries that modify an
    /// attack noun.
    func attackerRoots(tokens: [[Token]]) -> [Int: Set<String>] {
        var out: [Int: Set<String>] = [:]
        let words = DocumentActors.AttackWords()
        for n in mentions.indices {
            guard let c = facts[n].country else { continue }
            let s = mentions[n].sentence
            guard s < tokens.count else { continue }
            if DocumentActors.modifiesAttack(start: mentions[n].start, end: mentions[n].end, tokens: tokens[s], lists: words) {
                out[s, default: []].insert(c)
            }
        }
        return out
    }
}
