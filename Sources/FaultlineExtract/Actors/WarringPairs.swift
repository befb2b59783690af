import FaultlineText

/// The pairs of countries a document shows fighting or blaming each other, found before
/// actors are composed so `hai bên` / `both sides` can look ahead.
///
/// A sentence counts when it has a word of `hostility.tsv` (`pháo kích`, `cáo buộc`,
/// `shelling`, `blamed`) and names two countries or capitals (`Bộ Quốc phòng Nga cáo buộc
/// Kiev …`, `Moscow and Kyiv blamed each other …`): its first two are a warring pair.
struct WarringPairs: Sendable {
    /// The pair of each hostile sentence, by sentence position.
    private(set) var bySentence: [Int: (String, String)] = [:]
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
                  let c = lexicon.actors[a].country, c != first, lexicon.countries[c] != nil else { continue }
            if first == nil { first = c } else { second = c; break }
        }
        guard let a = first, let b = second, lexicon.hostilityWords.occurs(in: tokens) else { return }
        bySentence[si] = (a, b)
    }

    /// Chooses the document's main pair once every sentence is noted.
    mutating func finish() {
        var count: [String: (n: Int, first: Int, pair: (String, String))] = [:]
        for si in bySentence.keys.sorted() {
            let p = bySentence[si]!
            let key = [p.0, p.1].sorted().joined(separator: "|")
            if let c = count[key] { count[key] = (c.n + 1, c.first, c.pair) } else { count[key] = (1, si, p) }
        }
        main = count.values.max { a, b in a.n != b.n ? a.n < b.n : a.first > b.first }?.pair
    }

    /// The pair of the closest hostile sentence at or before `si`.
    func latest(atOrBefore si: Int) -> (String, String)? {
        var best: (Int, (String, String))? = nil
        for (s, p) in bySentence where s <= si {
            if best == nil || s > best!.0 { best = (s, p) }
        }
        return best?.1
    }
}
