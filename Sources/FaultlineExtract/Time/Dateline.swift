import FaultlineText

/// The dateline opening a wire story: `KHARTOUM, March 14 (Reuters) —`, `LVIV, Ukraine,
/// Aug 18 (Global Wire) –`, `NEW YORK/KYIV, Aug 16 -`.
///
/// Its date says when the story was filed, not when what it reports happened: `KHARTOUM,
/// March 14 — The RSF shelled El Fasher on Friday` reports Friday's shelling. Events are
/// dated by the sentence's own expressions, so the dateline's date must not win over them
/// merely by standing before the trigger.
enum Dateline {
    /// The token index where the dateline's date part starts and the index just past its
    /// dash, or nil when the sentence opens with no dated dateline (a place in capitals,
    /// `, Country` parts, a `, Month Day` / `, Day Month` part, an optional `(Outlet)`, a
    /// dash).
    static func datePart(in tokens: [Token]) -> (start: Int, end: Int)? {
        func allCaps(_ t: Token) -> Bool {
            guard t.isWord else { return false }
            let shape = t.text.letterCase
            return shape.letters >= 2 && !shape.hasLowercaseLetter
        }
        var k = 0
        while k < tokens.count, allCaps(tokens[k]) || (k > 0 && tokens[k].text == "/") { k += 1 }
        guard k > 0 else { return nil }
        var dateStart: Int?
        var parts = 0
        while k + 1 < tokens.count, tokens[k].text == ",", parts < 3 {
            var m = k + 1
            // `Aug 14`, `Aug. 14`, `March 14`.
            if tokens[m].isWord, tokens[m].isCapitalized {
                var n = m + 1
                if n < tokens.count, tokens[n].text == "." { n += 1 }
                if n < tokens.count, tokens[n].kind == .number { dateStart = m; k = n + 1; parts += 1; continue }
            }
            // `14 August`.
            if tokens[m].kind == .number, m + 1 < tokens.count, tokens[m + 1].isWord, tokens[m + 1].isCapitalized {
                dateStart = m; k = m + 2; parts += 1; continue
            }
            // `, Ukraine`, `, South Sudan`.
            var words = 0
            while m < tokens.count, tokens[m].isWord, tokens[m].isCapitalized, words < 3 { m += 1; words += 1 }
            guard words > 0 else { break }
            k = m; parts += 1
        }
        guard let start = dateStart else { return nil }
        // `(Reuters)`, `(Global Wire)`.
        if k < tokens.count, tokens[k].text == "(" {
            var m = k + 1
            while m < tokens.count, m - k <= 6, tokens[m].text != ")" {
                guard tokens[m].isWord || tokens[m].text == "/" || tokens[m].text == "-" else { return nil }
                m += 1
            }
            guard m < tokens.count else { return nil }
            k = m + 1
        }
        guard k < tokens.count, ["-", "–", "—", "--"].contains(tokens[k].text) else { return nil }
        return (start, k + 1)
    }
}
