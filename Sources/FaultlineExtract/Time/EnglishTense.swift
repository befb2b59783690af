import FaultlineText

/// Which way the verb governing an English time expression points: past (`declared … on
/// Friday`, `In August, the rebels seized …`) or future (`will meet … on Thursday`,
/// `talks scheduled for Friday`).
///
/// A bare weekday or month names the nearest such day or month; which one is nearest is a
/// guess the tense settles: in a Wednesday story `declared … on Friday` is the Friday before,
/// `will meet on Friday` the one after, and in a May story `In August, Russia attacked …`
/// is last August. Without part-of-speech tags the verb is found by its form: the closest
/// word of the same clause before the expression (else after it, past a comma that closes
/// an opening adverbial) that is an auxiliary, a future word or a past form.
enum EnglishTense {
    /// -1 past, +1 future, 0 unknown.
    static func lean(_ tokens: [Token], start: Int, end: Int) -> Int {
        var k = start - 1
        var seen = 0
        // Tokens are read in place by index: passing `tokens[k]` by value would retain and
        // release its two strings at every step.
        while k >= 0, seen < 25, !isBoundary(tokens, k) {
            let l = leanOf(tokens, k)
            if l != 0 { return l }
            k -= 1; seen += 1
        }
        // `On Friday, the army attacked …`: the clause after an opening adverbial, only when
        // the expression opens its clause (else the words after it belong to another verb:
        // `will meet … on Thursday, the UN said`).
        guard start - k <= 2 else { return 0 }
        var j = end
        if j < tokens.count, tokens[j].text == "," { j += 1 }
        seen = 0
        while j < tokens.count, seen < 10, !isBoundary(tokens, j) {
            let l = leanOf(tokens, j)
            if l != 0 { return l }
            j += 1; seen += 1
        }
        return 0
    }

    private static func isBoundary(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation else { return false }
        switch tokens[i].text {
        case ",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "\"", "“", "”": return true
        default: return false
        }
    }

    private static let future: Set<String> = [
        "will", "'ll", "shall", "would", "scheduled", "expected", "due", "planned", "slated", "plans", "plan",
        // `was planning a provocation on Friday`: the future seen from the past.
        "planning", "preparing", "intends", "intend", "intended", "aims", "going",
    ]

    /// Past forms that do not end in `-ed`.
    private static let irregularPast: Set<String> = [
        "said", "told", "met", "struck", "shot", "fought", "took", "held", "made", "began", "sent",
        "won", "fled", "left", "lost", "came", "went", "gave", "saw", "spoke", "broke", "fell",
        "drove", "flew", "threw", "was", "were", "had", "did", "led", "rose", "ran", "stood",
        "sought", "brought", "caught", "overran", "withdrew", "wrote", "blew", "tore", "swore",
    ]

    /// Words ending in `-ed` that are not past verbs where they stand in news.
    private static let notPast: Set<String> = [
        "armed", "united", "based", "hundred", "red", "bed", "shed", "wed", "led",
    ]

    /// Key hashes (`Token.hash(key:)`) of `future` and `irregularPast`: a word whose hash is
    /// in neither is no such word, found without hashing its key again; a hit is confirmed
    /// by the key itself.
    private static let futureHashes = KeyHashSet(future.map { Token.hash(key: $0) })
    private static let irregularPastHashes = KeyHashSet(irregularPast.map { Token.hash(key: $0) })

    /// True when the key's bytes end in `ed`: every key with `hasSuffix("ed")` does (the
    /// characters `e` and `d` are single ASCII scalars), so a key without them is ruled out
    /// before the character-level test.
    @inline(__always)
    private static func endsInEDBytes(_ k: String) -> Bool {
        let u = k.utf8
        guard u.count >= 2 else { return false }
        let last = u.index(before: u.endIndex)
        return u[last] == 0x64 && u[u.index(before: last)] == 0x65
    }

    private static func leanOf(_ tokens: [Token], _ i: Int) -> Int {
        guard tokens[i].isWord else { return 0 }
        let h = tokens[i].keyHash
        if futureHashes.contains(h), future.contains(tokens[i].key) { return 1 }
        if irregularPastHashes.contains(h), irregularPast.contains(tokens[i].key) { return -1 }
        let k = tokens[i].key
        if k.utf8.count >= 5, endsInEDBytes(k), k.hasSuffix("ed"), !k.hasSuffix("eed"), !notPast.contains(k),
           !tokens[i].isCapitalized { return -1 }
        return 0
    }
}
