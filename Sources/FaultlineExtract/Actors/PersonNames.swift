import FaultlineText

/// Matching keys for personal names across spellings and transliterations.
///
/// The press writes one name many ways: with and without diacritics (`Erdoğan`/`Erdogan`,
/// `Çavuşoğlu`/`Cavusoglu`), and Slavic names in several romanisations (`Zelenskiy`,
/// `Zelenskyy`, `Zelenskyi`, `Zelensky`; `Dmitriy`/`Dmitry`; `Sergey`/`Sergei`;
/// `Nechayev`/`Nechaev`; `Shoygu`/`Shoigu`). The key removes diacritics, hyphens and
/// apostrophes, folds the `-skiy`/`-skyy`/`-skyi`/`-ski` endings to one, drops `y` before
/// `e` after a vowel (`Nechayev`, `Yevgeny`), reads `y` as `i` and collapses doubled `i`.
/// Different names stay different; only spelling variants of one name meet.
enum PersonNames {
    /// The key of one word of a name.
    static func wordKey(_ word: some StringProtocol) -> String {
        var s = word.utf8.allSatisfy({ $0 < 0x80 }) ? word.lowercased() : Folding.stripped(word)
        s.removeAll { $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }
        for (suffix, replacement) in [("skyy", "sky"), ("skyi", "sky"), ("skiy", "sky"), ("skii", "sky"), ("ski", "sky")] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count)) + replacement
            break
        }
        var out = ""
        var previous: Character? = nil
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            var ch = c
            if ch == "y" {
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                let afterVowelOrStart = previous == nil || "aeiou".contains(previous!)
                if next == "e", afterVowelOrStart { continue }   // Yevgeny, Nechayev
                ch = "i"
            }
            if ch == "i", previous == "i" { continue }
            out.append(ch)
            previous = ch
        }
        return out
    }

    /// The key of a whole name (`Recep Tayyip Erdoğan` → `receptaiiperdogan`). Word breaks
    /// are not kept, so `Kim Jong Un` and `Kim Jong-un` meet.
    static func key(_ name: some StringProtocol) -> String {
        words(name).map { wordKey($0) }.joined()
    }

    /// The surname key: the last word, without an Arabic article (`al-Assad` → `assad`).
    static func surnameKey(_ name: some StringProtocol) -> String {
        guard let lastWord = words(name).last else { return "" }
        var last = Folding.stripped(lastWord)
        for p in ["al-", "el-", "ad-", "as-"] where last.hasPrefix(p) { last = String(last.dropFirst(p.count)) }
        return wordKey(last)
    }

    /// The words of a name: runs between spaces, `_` and punctuation other than the inner
    /// `-`, `'` and `.` of `Ki-moon`, `O'Brien`, `J.D.`.
    static func words(_ name: some StringProtocol) -> [Substring] {
        let s = Substring(name)
        return s.split { c in
            c == " " || c == "_" || c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "\"" || c == "/"
                || c.isWhitespace
        }.filter { $0.contains { $0.isLetter || $0.isNumber } }
    }
}
