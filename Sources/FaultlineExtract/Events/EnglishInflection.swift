/// Regular English inflections, so a lexicon line names a verb or noun once
/// (`attack+` → attack, attacks, attacked, attacking; `airstrike~` → airstrike, airstrikes).
/// Alternatives (`a|b`) are split by the lexicon loaders before words reach here.
///
/// Irregular and consonant-doubling forms are written out in the lexicon as
/// alternatives (`strike|struck|strikes|striking`): these rules never guess them.
enum EnglishInflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Base, third person, past / past participle and gerund of a regular verb.
    static func verbForms(_ w: String) -> [String] {
        guard let last = w.last else { return [] }
        let beforeLast = w.dropLast().last
        var third = w + "s", past = w + "ed", ing = w + "ing"
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") {
            third = w + "es"
        }
        if last == "y", let b = beforeLast, !vowels.contains(b) {
            third = w.dropLast() + "ies"; past = w.dropLast() + "ied"
        }
        // One-syllable consonant–vowel–consonant verbs double the consonant (ban → banned).
        if doublesFinal(w) {
            past = w + String(last) + "ed"; ing = w + String(last) + "ing"
        }
        if last == "e" {
            past = w + "d"
            if w.hasSuffix("ie") { ing = w.dropLast(2) + "ying" }
            else if !w.hasSuffix("ee") { ing = w.dropLast() + "ing" }
        }
        return unique([w, third, past, ing])
    }

    /// `ban`, `stop`, `rob`: one vowel, ending consonant–vowel–consonant (not w, x, y).
    static func doublesFinal(_ w: String) -> Bool {
        let c = Array(w)
        guard c.count >= 3, c.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        let vowelsIn = c.indices.filter { vowels.contains(c[$0]) }
        guard vowelsIn.count == 1, let v = vowelsIn.first, v == c.count - 2 else { return false }
        return !vowels.contains(c[c.count - 1]) && !["w", "x", "y"].contains(c[c.count - 1]) && !vowels.contains(c[c.count - 3])
    }

    /// Singular and plural of a regular noun.
    static func nounForms(_ w: String) -> [String] {
        guard let last = w.last else { return [] }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("ch") || w.hasSuffix("sh") { return [w, w + "es"] }
        if last == "y", let b = w.dropLast().last, !vowels.contains(b) { return [w, w.dropLast() + "ies"] }
        return [w, w + "s"]
    }

    /// Expands one pattern word: `x+` verb forms, `x~` noun forms, else the word itself.
    static func expand(_ word: String) -> [String] {
        if word.count > 1, word.hasSuffix("+") { return verbForms(String(word.dropLast())) }
        if word.count > 1, word.hasSuffix("~") { return nounForms(String(word.dropLast())) }
        return [word]
    }

    private static func unique(_ a: [String]) -> [String] {
        var seen = Set<String>(); return a.filter { seen.insert($0).inserted }
    }
}
