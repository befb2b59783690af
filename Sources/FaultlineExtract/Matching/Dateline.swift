import FaultlineText

/// The dateline opening a wire story: `KHARTOUM, March 14 (Reuters) —`, `LVIV, Ukraine,
/// Aug 18 (Global Wire) –`, `NEW YORK/KYIV, Aug 16 -`, `HÀ NỘI (TTXVN) -`.
///
/// Read once here for both stages that care: the actor scanner keeps only its places (the
/// report was filed there), and the time stage does not let its date win over the
/// sentence's own (`KHARTOUM, March 14 — The RSF shelled El Fasher on Friday` reports
/// Friday's shelling).
enum Dateline {
    struct Reading {
        /// End of the opening place in capitals (`KHARTOUM`, `NEW YORK/KYIV`).
        var capsEnd: Int
        /// Start of the date part (`March 14`, `14 August`), nil when there is none.
        var dateStart: Int?
        /// Index just past the dash.
        var end: Int
        /// True when more than the place stands before the dash (`, Ukraine`, a date, an
        /// outlet in brackets): a bare `IAEA –` may be an actor and a dash instead.
        var structured: Bool
    }

    /// The dateline opening `tokens`: a place in capitals, at most three `, Country` or
    /// `, Month Day` / `, Day Month` parts, an optional `(Outlet)`, then a dash. Nil when the
    /// sentence opens with none.
    static func read(_ tokens: [Token]) -> Reading? {
        // By index: a `Token` argument would be a copy of the token (its strings retained).
        // The lowercase flag is `letterCase.hasLowercaseLetter` (every Lowercase scalar is
        // Alphabetic), so letters are counted only in words without one.
        func allCaps(_ k: Int) -> Bool {
            guard tokens[k].isWord, !tokens[k].hasLowercase else { return false }
            return tokens[k].text.letterCase.letters >= 2
        }
        var k = 0
        while k < tokens.count, allCaps(k) || (k > 0 && tokens[k].text == "/") { k += 1 }
        guard k > 0, k < tokens.count else { return nil }
        let capsEnd = k
        var structured = false
        var dateStart: Int?
        var parts = 0
        while k + 1 < tokens.count, tokens[k].text == ",", parts < 3 {
            var m = k + 1
            // `Aug 14`, `Aug. 14`, `March 14`.
            if tokens[m].isWord, tokens[m].isCapitalized {
                var n = m + 1
                if n < tokens.count, tokens[n].text == "." { n += 1 }
                if n < tokens.count, tokens[n].kind == .number { dateStart = m; k = n + 1; structured = true; parts += 1; continue }
            }
            // `14 August`.
            if tokens[m].kind == .number, m + 1 < tokens.count, tokens[m + 1].isWord, tokens[m + 1].isCapitalized {
                dateStart = m; k = m + 2; structured = true; parts += 1; continue
            }
            // `, Ukraine`, `, South Sudan`.
            var words = 0
            while m < tokens.count, tokens[m].isWord, tokens[m].isCapitalized, words < 3 { m += 1; words += 1 }
            guard words > 0 else { break }
            k = m; parts += 1; structured = true
        }
        // `(Global Wire)`, `(TTXVN)`.
        if k < tokens.count, tokens[k].text == "(" {
            var m = k + 1
            while m < tokens.count, m - k <= 6, tokens[m].text != ")" {
                guard tokens[m].isWord || tokens[m].text == "/" || tokens[m].text == "-" else { return nil }
                m += 1
            }
            guard m < tokens.count, tokens[m].text == ")" else { return nil }
            k = m + 1; structured = true
        }
        guard k < tokens.count, ["-", "–", "—", "--"].contains(tokens[k].text) else { return nil }
        return Reading(capsEnd: capsEnd, dateStart: dateStart, end: k + 1, structured: structured)
    }

    /// The token index where a dateline's date part starts and the index just past its dash;
    /// nil when the sentence opens with no dateline or its dateline has no date.
    static func datePart(in tokens: [Token]) -> (start: Int, end: Int)? {
        guard let r = read(tokens), let start = r.dateStart else { return nil }
        return (start, r.end)
    }
}
