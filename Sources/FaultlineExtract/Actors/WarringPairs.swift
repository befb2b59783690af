import FaultlineText

/// The pairs of sides a document shows fighting or blaming each other, found before actors
/// are composed so `hai bên` / `both sides` can look ahead.
///
/// A sentence counts when it has a word of `hostility.tsv` (`pháo kích`, `cáo buộc`,
/// `shelling`, `blamed`) and names two sides: countries or capitals (`Bộ Quốc phòng Nga cáo
/// buộc Kiev …`, `Moscow and Kyiv blamed each other …`) or non-state armed groups (`Israel
/// and Hamas trade blame`, `Sudan's army accused the RSF …`): its first two are a warring
/// pair. A side is a lexicon entry: a country's own entry, or the group's.
struct WarringPairs: Sendable {
    /// The pair of each hostile sentence, in sentence order (sentences are noted in reading
    /// order: a list, not a dictionary hashed per note and read in order).
    private(set) var bySentence: [(sentence: Int, pair: (Int, Int))] = []
    /// The pair named in most hostile sentences (ties: the earliest), or nil.
    private(set) var main: (Int, Int)?
    /// `side(_:placeOnly:lexicon:)` by entry and `placeOnly` (key `2 * entry + placeOnly`;
    /// value: the side + 1, 0 for none). A document names a few actors many times, and each
    /// side of a country looked its root up in two tables of the lexicon.
    private var sides = KeyIndexTable<Int>(capacity: 16)

    init() {}

    /// Records sentence `si` from its scan items.
    mutating func note(sentence si: Int, tokens: [Token], items: [ScanItem], lexicon: ActorLexicon) {
        // The first two sides, without an array per sentence; entry fields read in place
        // (a copied entry retained every string it holds).
        var first: Int? = nil, second: Int? = nil
        for it in items {
            guard case .actor(let a) = it.kind, let side = cachedSide(a, placeOnly: it.placeOnly, lexicon: lexicon),
                  side != first else { continue }
            if first == nil { first = side } else { second = side; break }
        }
        guard let a = first, let b = second, lexicon.hostilityWords.occurs(in: tokens) else { return }
        if let last = bySentence.last, last.sentence >= si {
            // Out of reading order (not how `ActorRecognizer` notes): keep the list sorted.
            bySentence.removeAll { $0.sentence == si }
            let at = bySentence.firstIndex { $0.sentence > si } ?? bySentence.endIndex
            bySentence.insert((si, (a, b)), at: at)
        } else {
            // Room for a document's hostile sentences at the first: grown from empty, the
            // list was reallocated at its second, third and fifth.
            if bySentence.isEmpty { bySentence.reserveCapacity(16) }
            bySentence.append((si, (a, b)))
        }
    }

    /// `WarringPairs.side(a, placeOnly:lexicon:)`, kept per document in `sides`.
    mutating func cachedSide(_ a: Int, placeOnly: Bool, lexicon: ActorLexicon) -> Int? {
        let key = 2 * a + (placeOnly ? 1 : 0)
        let hash = UInt64(truncatingIfNeeded: key)
        if let v = sides.value(for: key, hash: hash) { return v > 0 ? v - 1 : nil }
        let side = WarringPairs.side(a, placeOnly: placeOnly, lexicon: lexicon)
        sides.set(side.map { $0 + 1 } ?? 0, for: key, hash: hash)
        return side
    }

    /// The side an actor item stands for: the country of a country or capital (its entry in
    /// `countryEntry`), a non-state armed group itself; nil for anything else (persons,
    /// places, organisations, a state's army or government named by an entry).
    static func side(_ a: Int, placeOnly: Bool, lexicon: ActorLexicon) -> Int? {
        let kind = lexicon.actors[a].kind
        if kind == .country || (kind == .location && lexicon.actors[a].capital && !placeOnly) {
            guard let c = lexicon.actors[a].country, lexicon.hasCountry(c) else { return nil }
            return lexicon.countryEntry[c]
        }
        guard kind == .armedGroup, let code = lexicon.actors[a].code, code.utf8.count >= 6 else { return nil }
        let sector = code.dropFirst(3).prefix(3)
        return sector == "MIL" || sector == "GOV" || sector == "SPY" || sector == "COP" ? nil : a
    }

    /// Chooses the document's main pair once every sentence is noted.
    mutating func finish() {
        // A document has a few pairs: a list searched by the pair in sorted order (the two
        // sides of a pair differ), no key built per sentence.
        var count: [(low: Int, high: Int, n: Int, first: Int, pair: (Int, Int))] = []
        for (si, p) in bySentence {
            let (low, high) = p.0 < p.1 ? (p.0, p.1) : (p.1, p.0)
            if let j = count.firstIndex(where: { $0.low == low && $0.high == high }) { count[j].n += 1 } else {
                count.append((low, high, 1, si, p))
            }
        }
        main = count.max { a, b in a.n != b.n ? a.n < b.n : a.first > b.first }?.pair
    }

    /// The pair of the closest hostile sentence at or before `si`.
    func latest(atOrBefore si: Int) -> (Int, Int)? {
        bySentence.last { $0.sentence <= si }?.pair
    }
}
