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
        var out: [Int: Set<String>] = [:]
        for m in mentions {
            guard let c = countryRoot(of: m.key), m.sentence < tokens.count else { continue }
            if case .person = m.key { continue }
            let toks = tokens[m.sentence]
            // English: the country word right before the attack noun (`Israeli air strikes`).
            var k = m.end
            var words = 0
            while k < toks.count, words < 2, toks[k].isWord, !toks[k].isCapitalized {
                if Self.attackNouns.contains(toks[k].key) { out[m.sentence, default: []].insert(c); break }
                k += 1; words += 1
            }
            // Vietnamese: the attack noun, then `của`, then the country.
            if m.start >= 2, toks[m.start - 1].key == Self.viOf {
                let b = m.start - 2
                let one = toks[b].key
                let two = b >= 1 ? toks[b - 1].key + " " + one : one
                if Self.viAttackNouns.contains(one) || Self.viAttackNouns.contains(two) {
                    out[m.sentence, default: []].insert(c)
                }
            }
        }
        return out
    }

    /// Per sentence, the one country of the military persons named in it (spokesmen,
    /// commanders: sector `MIL`), when there is exactly one.
    func militaryPersonRoots() -> [Int: String] {
        var roots: [Int: Set<String>] = [:]
        for m in mentions {
            guard case .person(let raw) = m.key else { continue }
            let p = persons[resolved(raw)]
            guard let sector = p.sector, sector.hasPrefix("MIL"), let r = p.root, lexicon.countries[r] != nil else { continue }
            roots[m.sentence, default: []].insert(r)
        }
        return roots.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The other countries of a sentence (not `excluded`): the one left, if exactly one.
    func otherRoot(sentence: Int, excluding excluded: Set<String>) -> String? {
        var roots = Set<String>()
        for m in mentions where m.sentence == sentence {
            if case .person = m.key { continue }
            if case .collective(_, _, .media, _) = m.key { continue }
            if let c = anyRoot(of: m.key), lexicon.countries[c] != nil, !excluded.contains(c) { roots.insert(c) }
        }
        return roots.count == 1 ? roots.first : nil
    }

    static let attackNouns: Set<String> = [
        "strike", "strikes", "airstrike", "airstrikes", "air", "shelling", "shell", "shells", "bombardment",
        "bombardments", "bombing", "bombings", "attack", "attacks", "raid", "raids", "fire", "gunfire", "missile",
        "missiles", "rocket", "rockets", "drone", "drones", "offensive", "assault", "barrage", "artillery",
    ]

    static let viOf = Folding.key("của")

    static let viAttackNouns: Set<String> = Set([
        "không kích", "tấn công", "pháo kích", "oanh tạc", "ném bom", "đột kích", "tập kích", "bắn phá",
        "hỏa lực", "tên lửa",
    ].map { $0.split(separator: " ").map { Folding.key(String($0)) }.joined(separator: " ") })
}
