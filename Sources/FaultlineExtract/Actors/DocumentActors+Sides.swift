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
        modifiesAttack(start: start, end: end, tokens: toks, lists: AttackWords())
    }

    /// The attack-noun lists, read from their globals once per document rather than once
    /// per word tested (each read of a global passed through its one-time initialiser).
    struct AttackWords {
        let nouns = DocumentActors.attackNouns
        let viOf = DocumentActors.viOf
        let viNouns = DocumentActors.viAttackNouns
    }

    /// `modifiesAttack(start:end:tokens:)` with the lists in hand.
    static func modifiesAttack(start: Int, end: Int, tokens toks: [Token], lists: AttackWords) -> Bool {
        let attackNouns = lists.nouns, viOf = lists.viOf, viAttackNouns = lists.viNouns
        // Tokens read through a buffer pointer: an array element passed to another module's
        // getter was copied (its strings retained) for each test.
        return toks.withUnsafeBufferPointer { toks -> Bool in
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
    }

    /// The one country of the military persons (spokesmen, commanders: sector `MIL`) named
    /// in sentence `s`, when there is exactly one. Read from the sentence's mentions when the
    /// resolver asks (for troops named without a country), not for every sentence.
    func militaryPersonRoot(sentence s: Int, countries: MentionCountries) -> String? {
        var first: String? = nil
        for n in countries.mentions(in: s) {
            guard case .person(let raw) = mentions[n].key else { continue }
            // Fields read in place: a copied slot retains every name and key it holds.
            let i = resolved(raw)
            guard let sector = persons[i].sector, ActorResolver.hasPrefix(sector, 0x4D, 0x49, 0x4C),   // MIL
                  let r = persons[i].root, lexicon.hasCountry(r) else { continue }
            if let f = first { if f != r { return nil } } else { first = r }
        }
        return first
    }

    /// The other countries of a sentence (not `excluded`): the one left, if exactly one.
    func otherRoot(sentence: Int, excluding excluded: Set<String>) -> String? {
        MentionCountries(self).otherRoot(sentence: sentence, excluding: excluded)
    }

    static let attackNouns = KeyList(keys: [
        "strike", "strikes", "airstrike", "airstrikes", "air", "shelling", "shell", "shells", "bombardment",
        "bombardments", "bombing", "bombings", "attack", "attacks", "raid", "raids", "fire", "gunfire", "missile",
        "missiles", "rocket", "rockets", "drone", "drones", "offensive", "assault", "barrage", "artillery",
    ])

    static let viOf: (key: String, hash: UInt64) = (Folding.key("của"), Token.hash(key: Folding.key("của")))

    static let viAttackNouns = KeyList(keys: Set([
        "không kích", "tấn công", "pháo kích", "oanh tạc", "ném bom", "đột kích", "tập kích", "bắn phá",
        "hỏa lực", "tên lửa",
    ].map { $0.split(separator: " ").map { Folding.key(String($0)) }.joined(separator: " ") }))
}
