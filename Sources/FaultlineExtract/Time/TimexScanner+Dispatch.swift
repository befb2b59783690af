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
    /// Bit `k` set: rule `k` of `rule(_:at:)` may match at token `i`.
    func applicableRules(at i: Int) -> UInt64 {
        let t = tokens[i]
        let number = t.kind == .number
        let mask = classMasks[i]
        func any(_ c: TimeWordClass) -> Bool { mask & c.mask(language: nil) != 0 }
        func english(_ c: TimeWordClass) -> Bool { mask & c.mask(language: "en") != 0 }
        let hyphenated = t.kind == .word && t.text.utf8.contains(45)
        let key = t.key
        let the = key == "the", apostrophe = key == "'" || key == "\u{2019}"
        var rules: UInt64 = 1 << 5                                                      // vietnameseDecadeOrCentury tests itself
        func allow(_ k: Int, _ condition: Bool) { if condition { rules |= 1 << UInt64(k) } }
        allow(0, number)                                                                // isoDateTime
        allow(1, number)                                                                // numericDate
        allow(2, number || key == VK.ngay || key == VK.hom)                             // vietnameseDate
        allow(3, key == VK.thang)                                                       // vietnameseMonth
        allow(4, key == VK.nam)                                                         // vietnameseYear
        allow(6, key == VK.quy)                                                         // vietnameseQuarter
        allow(7, english(.month) || hyphenated)                                         // englishMonthDate
        allow(8, number || the || english(.ordinal))                                    // englishDayMonth
        allow(9, number || the || english(.ordinal))                                    // englishCentury
        allow(10, number || the || apostrophe)                                          // decade
        allow(11, number || apostrophe || any(.era))                                    // yearWithEra
        allow(12, number || apostrophe || any(.era))                                    // bareYear
        allow(13, the || any(.season))                                                  // season
        switch key {                                                                    // halfYear
        case "the", "first", "former", "early", "second", "latter", "last": allow(14, true)
        default: break
        }
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
        allow(27, the || english(.premodifier) || any(.partOfDay))                      // partOfDay
        allow(28, the || key == "that")                                                 // anaphoricTime
        allow(29, english(.unit))                                                       // unitsEnd
        allow(30, the || key == "this" || key == "that")                                // periodReference
        return rules
    }
}
