import FaultlineText

/// Which rules can match at a token, decided once from the token alone before any rule runs.
///
/// `scan` would try every rule at every token that may start an expression; most fail on
/// their first test, but each call still costs a few hundred instructions (the scanner's
/// state and a large optional result). Each bit below is what its rule's opening requires
/// of token `i` (a number, a word of a lexicon class, or one of a few fixed words): a rule
/// whose requirement fails could only return nil, so skipping it changes nothing. Keep a
/// bit in step with its rule; setting it unconditionally is always safe.
extension TimexScanner {
    /// The bit of `applicableRules` for `ranges(_:)` (day, month and year ranges and lists).
    static let rangesBit = 40

    /// Bit `k` set: rule `k` of `rule(_:at:)` may match at token `i`; bit `rangesBit`:
    /// `ranges(_:)` may.
    func applicableRules(at i: Int) -> UInt64 {
        let t = tokens[i]
        let number = t.kind == .number
        let mask = classMasks[i]
        func any(_ c: TimeWordClass) -> Bool { mask & c.mask(language: nil) != 0 }
        func english(_ c: TimeWordClass) -> Bool { mask & c.mask(language: "en") != 0 }
        let hyphenated = t.kind == .word && t.containsHyphen
        var rules: UInt64 = 1 << 5                                                      // vietnameseDecadeOrCentury tests itself
        // Fixed opening words (`the`, `ngày`, …), found by key hash and confirmed by key.
        for w in TimexScanner.openingWords where w.hash == t.keyHash && w.key == t.key { rules |= w.rules }
        func allow(_ k: Int, _ condition: Bool) { if condition { rules |= 1 << UInt64(k) } }
        allow(0, number)                                                                // isoDateTime
        allow(1, number)                                                                // numericDate
        allow(2, number)                                                                // vietnameseDate (or ngày/hôm)
        allow(7, english(.month) || hyphenated)                                         // englishMonthDate
        allow(8, number || english(.ordinal))                                           // englishDayMonth (or the)
        allow(9, number || english(.ordinal))                                           // englishCentury (or the)
        allow(10, number)                                                               // decade (or the, ')
        allow(11, number || any(.era))                                                  // yearWithEra (or ')
        allow(12, number || any(.era))                                                  // bareYear (or ')
        allow(13, any(.season))                                                         // season (or the)
        allow(15, any(.holiday))                                                        // holiday
        allow(16, any(.weekday))                                                        // weekday
        allow(17, number)                                                               // clockTime
        allow(18, any(.relativeDay))                                                    // relativeDay
        allow(19, any(.anaphoricDay))                                                   // anaphoricDay
        allow(20, any(.premodifier))                                                    // premodifiedUnit
        allow(21, mask & TimeWordClass.unit.mask(language: "vi") != 0)                  // unitWithPostmodifier
        allow(22, any(.position))                                                       // positionOfUnit
        allow(23, number || hyphenated || any(.number) || english(.unit))               // quantity: a cardinal or a plural unit
        allow(24, number || hyphenated)                                                 // hyphenatedDuration
        allow(25, any(.setWord) || any(.every))                                         // setExpression
        allow(26, any(.reference))                                                      // reference
        allow(27, english(.premodifier) || any(.partOfDay))                             // partOfDay (or the)
        allow(29, english(.unit))                                                       // unitsEnd
        // Ranges open with a number, an English month (`March 5-9`), a hyphenated pair of
        // months (`March-April`) or `ngày`/`hôm` (`ngày 14-16/12`).
        allow(TimexScanner.rangesBit, number || english(.month) || hyphenated)
        return rules
    }

    /// The fixed words rules open with and the rules each opens (bits of `rule(_:at:)`):
    /// `the` (day-month, century, decade, season, half-year, part of day, `the same time`,
    /// `the same period`), apostrophes (`'90s`, `'99`), `that`/`this`, the half-year words,
    /// and the Vietnamese frame words `ngày`, `hôm` (also opening ranges), `tháng`, `năm`, `quý`.
    static let openingWords: [(hash: UInt64, key: String, rules: UInt64)] = {
        func bits(_ ks: [Int]) -> UInt64 { ks.reduce(0) { $0 | 1 << UInt64($1) } }
        let table: [(String, [Int])] = [
            ("the", [8, 9, 10, 13, 14, 27, 28, 30]), ("'", [10, 11, 12]), ("\u{2019}", [10, 11, 12]),
            ("that", [28, 30]), ("this", [30]),
            ("first", [14]), ("former", [14]), ("early", [14]), ("second", [14]), ("latter", [14]), ("last", [14]),
            (VK.ngay, [2, rangesBit]), (VK.hom, [2, rangesBit]), (VK.thang, [3]), (VK.nam, [4]), (VK.quy, [6]),
        ]
        return table.map { (Token.hash(key: $0.0), $0.0, bits($0.1)) }
    }()
}
