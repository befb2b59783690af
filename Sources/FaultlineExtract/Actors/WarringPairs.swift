import FaultlineText

/// The pairs of countries a document shows fighting or blaming each other, found before
/// actors are composed so `hai bên` / `both sides` can look ahead.
///
/// A sentence counts when it has a word of `hostility.tsv` (`pháo kích`, `cáo buộc`,
/// `shelling`, `blamed`) and names two countries or capitals (`Bộ Quốc phòng Nga cáo buộc
/// Kiev …`, `Moscow and Kyiv blamed each other …`): its first two are a warring pair.
struct WarringPairs: Sendable {
    /// The pair of each hostile sentence, in sentence order (sentences are noted in reading
    /// order: a list, not a dictionary hashed per note and read in order).
    private(set) var bySentence: [(sentence: Int, pair: (String, String))] = []
    /// The pair named in most hostile sentences (ties: the earliest), or nil.
    private(set) var main: (String, String)?

    init() {}

    /// Records sentence `si` from its scan items.
    mutating func note(sentence si: Int, tokens: [Token], items: [ScanItem], lexicon: ActorLexicon) {
        // The first two roots, without an array per sentence; entry fields read in place
        // (a copied entry retained every string it holds).
        var first: String? = nil, second: String? = nil
        for it in items {
            guard case .actor(let a) = it.kind else { continue }
            let kind = lexicon.actors[a].kind
            guard kind == .country || (kind == .location && lexicon.actors[a].capital && !it.placeOnly),
                  let c = lexicon.actors[a].country, c != first, lexicon.hasCountry(c) else { continue }
            if first == nil { first = c } else { second = c; break }
        }
        guard let a = first, let b = second, lexicon.hostilityWords.occurs(in: tokens) else { return }
        if let last = bySentence.last, last.sentence >= si {
            // Out of reading order (not how `ActorRecognizer` notes): keep the list sorted.
            bySentence.removeAll { $0.sentence == si }
            let at = bySentence.firstIndex { $0.sentence > si } ?? bySentence.endIndex
            bySentence.insert((si, (a, b)), at: at)
        } else {
            bySentence.append((si, (a, b)))
        }
    }

    /// Chooses the document's main pair once every sentence is noted.
    mutating func finish() {
        // A document has a few pairs: a list searched by the pair in sorted order (the two
        // roots of a pair differ), no joined string key per sentence.
        var count: [(low: String, high: String, n: Int, first: Int, pair: (String, String))] = []
        for (si, p) in bySentence {
            let (low, high) = p.0 < p.1 ? (p.0, p.1) : (p.1, p.0)
            if let j = count.firstIndex(where: { $0.low == low && $0.high == high }) { count[j].n += 1 } else {
                count.append((low, high, 1, si, p))
            }
        }
        main = count.max { a, b in a.n != b.n ? a.n < b.n : a.first > b.first }?.pair
    }

    /// The pair of the closest hostile sentence at or before `si`.
    func latest(atOrBefore si: Int) -> (String, String)? {
        bySentence.last { $0.sentence <= si }?.pair
    }
}
