import FaultlineText

/// Which side of a sentence a country is on, for actors the text leaves without one.
///
/// Victims take no nationality from their attacker: in `46 people were killed in Israeli
/// strikes` or `55 người thiệt mạng trong các cuộc không kích của Israel`, the people are not
/// Israeli. And troops without a country in a sentence spoken by a military spokesman are
/// that spokesman's (`Congo's army spokesman said government forces had repelled …`).
extension DocumentActors {
    /// Per sentence, the countries that modify an attack noun: `Israeli strikes`, `Russian
    /// shelling`, `cuộc không kích của Israel`, `các đợt pháo kích của Nga`.
    func attackerRoots(tokens: [[Token]]) -> [Int: Set<String>] {
        MentionCountries(self).attackerRoots(tokens: tokens)
    }

    /// True when the mention at tokens `start..<end` modifies an attack noun. English: the
    /// country word right before the attack noun (`Israeli air strikes`); Vietnamese: the
    /// attack noun, then `của`, then the country. Words are compared by `keyHash` first.
    static func modifiesAttack(start: Int, end: Int, tokens toks: [Token]) -> Bool {
        var k = end
        var words = 0
        while k < toks.count, words < 2, toks[k].isWord, !toks[k].isCapitalized {
            if attackNouns.contains(toks[k]) { return true }
            k += 1; words += 1
        }
        if start >= 2, toks[start - 1].keyHash == viOf.hash, toks[start - 1].key == viOf.key {
            let b = start - 2
            // `one` as a whole phrase (a word-segmented token holds its space), else the two
            // tokens before `của` against the two-word phrases.
            if viAttackNouns.contains(toks[b]) { return true }
            if b >= 1, viAttackNouns.containsPair(toks[b - 1], toks[b]) { return true }
        }
        return false
    }

    /// Per sentence, the one country of the military persons named in it (spokesmen,
    /// commanders: sector `MIL`), when there is exactly one.
    func militaryPersonRoots() -> [Int: String] {
        var roots: [Int: Set<String>] = [:]
        for m in mentions {
            guard case .person(let raw) = m.key else { continue }
            // Fields read in place: a copied slot retains every name and key it holds.
            let i = resolved(raw)
            guard let sector = persons[i].sector, sector.hasPrefix("MIL"), let r = persons[i].root, lexicon.countries[r] != nil else { continue }
            roots[m.sentence, default: []].insert(r)
        }
        return roots.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The other countries of a sentence (not `excluded`): the one left, if exactly one.
    func otherRoot(sentence: Int, excluding excluded: Set<String>) -> String? {
        MentionCountries(self).otherRoot(sentence: sentence, excluding: excluded)
    }

    static let attackNouns = KeyPhrases([
        "strike", "strikes", "airstrike", "airstrikes", "air", "shelling", "shell", "shells", "bombardment",
        "bombardments", "bombing", "bombings", "attack", "attacks", "raid", "raids", "fire", "gunfire", "missile",
        "missiles", "rocket", "rockets", "drone", "drones", "offensive", "assault", "barrage", "artillery",
    ])

    static let viOf: (key: String, hash: UInt64) = (Folding.key("của"), Token.hash(key: Folding.key("của")))

    static let viAttackNouns = KeyPhrases([
        "không kích", "tấn công", "pháo kích", "oanh tạc", "ném bom", "đột kích", "tập kích", "bắn phá",
        "hỏa lực", "tên lửa",
    ].map { $0.split(separator: " ").map { Folding.key(String($0)) }.joined(separator: " ") })
}

/// A small set of token keys (one word, or words joined by a space) looked up by a token's
/// `keyHash` and confirmed on its key: the attack nouns were a `Set<String>` hashed again for
/// every word after every country mention.
struct KeyPhrases: Sendable {
    /// Each phrase with its `Token.hash(key:)`, its number of space-separated words, and
    /// the hashes of its words when it has two.
    private let phrases: [(key: String, hash: UInt64, words: Int, pair: (UInt64, UInt64))]

    init(_ keys: [String]) {
        phrases = keys.map { k in
            let words = k.split(separator: " ", omittingEmptySubsequences: false)
            let pair = words.count == 2 ? (Token.hash(key: String(words[0])), Token.hash(key: String(words[1]))) : (0, 0)
            return (k, Token.hash(key: k), words.count, pair)
        }
    }

    /// True when the token's key is one of the phrases (`Set<String>.contains(token.key)`).
    func contains(_ t: Token) -> Bool {
        for p in phrases where p.hash == t.keyHash && p.key == t.key { return true }
        return false
    }

    /// True when `a.key + " " + b.key` is one of the phrases, without building that string:
    /// a space is never part of a canonically equivalent variant, so the two keys must match
    /// the phrase's two words.
    func containsPair(_ a: Token, _ b: Token) -> Bool {
        for p in phrases where p.words >= 2 {
            // Two words: both keys must match (checked by hash first). More: a token holding
            // a space (word-segmented text) may make up the rest; compare the whole.
            if p.words == 2, p.pair.0 != a.keyHash || p.pair.1 != b.keyHash { continue }
            if p.key == a.key + " " + b.key { return true }
        }
        return false
    }
}
