import FaultlineModel
import FaultlineText

extension TemporalResolver {
    /// True when a date of the sentence names no time of what the sentence reports, so it
    /// must date neither its events nor its claims, nor move the paragraph's date:
    ///
    /// - the start of a period (`since April 15`, `kể từ ngày 7/10`, `ever since 2014`):
    ///   `8.5 million people have fled since April` is said now, not in April;
    /// - a year or month that classifies a noun (`the 2016 ruling`, `a 2015 agreement`, `its
    ///   2014 annexation`, `the November ceasefire`, `phán quyết năm 2016`): a past act the
    ///   sentence only refers to.
    static func datesNothing(_ e: TimeExpression, tokens: [Token]) -> Bool {
        // Tokens are in text order: binary search keeps a sentence of many dates linear.
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= e.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        let i = lo - 1
        // A word lowercases to one of the words below only if its key is that word's key:
        // compare key hashes first, and lowercase only the few tokens that pass.
        let sinceWord = Undated.since.contains(tokens[i].keyHash)
        if sinceWord, tokens[i].text.lowercased() == "since" { return true }
        if sinceWord, tokens[i].text.lowercased() == "từ", i > 0, Undated.since.contains(tokens[i - 1].keyHash),
           tokens[i - 1].text.lowercased() == "kể" { return true }
        // `phán quyết của Tòa Trọng tài năm 2016`, `hiệp định năm 1954`: a Vietnamese year
        // right after the noun it classifies (an adverbial year takes `vào`, `trong`, `hồi`).
        // (The byte count, O(1), before the character-level prefix test.)
        if i > 0, e.text.utf8.count == 9, e.text.hasPrefix("năm "),
           Undated.classifiedNouns.contains(tokens[i - 1].key + " " + tokens[i].key) { return true }
        // `the 2016 ruling`, `the November ceasefire`: a bare four-digit year or month name
        // between a determiner and a lowercase word.
        guard Undated.determiners.contains(tokens[i].keyHash) else { return false }
        let before = tokens[i].text.lowercased()
        let text = e.text
        let bareMonth = e.rule == "en.month" && !text.contains(" ")
        guard (text.count == 4 && text.allSatisfy(\.isNumber)) || bareMonth,
              ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"].contains(before),
              let next = tokens[(i + 1)...].prefix(8).first(where: { $0.start >= e.end }),
              let c = next.text.first, c.isLetter, c.isLowercase,
              !["and", "or", "to", "of", "in", "on", "at", "for", "when", "as", "with", "by"].contains(next.text) else { return false }
        return true
    }
}

/// Key hashes of the words `datesNothing` looks for before a date, so most tokens are
/// passed over without lowercasing their text.
private enum Undated {
    /// `since`, and `kể từ` (both words: either may be asked).
    static let since: [UInt64] = ["since", "từ", "kể"].map { Token.hash(key: Folding.key($0)) }
    /// Vietnamese nouns a following `năm YYYY` classifies (`phán quyết năm 2016`), as the
    /// folded keys of their two words joined by a space.
    static let classifiedNouns: Set<String> = Set([
        "phán quyết", "nghị quyết", "hiệp định", "thỏa thuận", "hiệp ước", "công ước", "chiến tranh", "cuộc chiến",
        "bầu cử", "hội nghị", "sự kiện", "xung đột", "khủng hoảng", "hiến pháp", "trọng tài", "tòa án", "kế hoạch",
    ].map { $0.split(separator: " ").map { Folding.key(String($0)) }.joined(separator: " ") })
    static let determiners: [UInt64] = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]
        .map { Token.hash(key: Folding.key($0)) }
}
