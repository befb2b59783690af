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
        // Fields read in place: a `let` copy of the token would retain and release its strings.
        let kind = tokens[i].kind, keyHash = tokens[i].keyHash
        let number = kind == .number
        let mask = tokenSlots[i].mask
        let hyphenated = kind == .word && tokens[i].containsHyphen
        // A token that is no number, no hyphenated word and starts no lexicon entry is a
        // starter word (`the`, `ngày`, an apostrophe): only its opening-word rules can apply
        // (the commonest case: `the`).
        var rules = openingRules(at: i, keyHash: keyHash)
        // The rules a lexicon class opens, one table entry per class bit the token has
        // (usually one or two): the same as testing each rule's classes in turn.
        var classes = mask
        let rulesOfClassBit = dispatch.rulesOfClassBit
        while classes != 0 {
            rules |= rulesOfClassBit[classes.trailingZeroBitCount]
            classes &= classes - 1
        }
        // A word without a hyphen opens no rule by its shape.
        guard number || hyphenated else { return rules }
        // The shape of a number: which separators it holds, how many digits a plain one has.
        let shape = number ? NumberShape(tokens[i].text) : NumberShape()
        let plain = number && shape.plain
        func allow(_ k: Int, _ condition: Bool) { if condition { rules |= 1 << UInt64(k) } }
        // Each rule's requirements of the token's shape; those of its classes are in
        // `classRules` (a rule may need either).
        allow(0, shape.dash)                                                            // isoDateTime: `2009-12-19` + clock
        allow(1, shape.slash || shape.dash || shape.dot)                                // numericDate: parts split by `/ - .`
        allow(2, plain && follows(i, dispatch.thangHash))                             // vietnameseDate: `14 tháng …` (or ngày/hôm)
        allow(7, hyphenated)                                                            // englishMonthDate: `mid-March`
        allow(8, plain && shape.digits <= 2)                                            // englishDayMonth: a day (or the)
        allow(9, plain)                                                                 // englishCentury (or the)
        allow(10, plain && (shape.digits == 3 || shape.digits == 4))                    // decade: `1940s` (or the, ')
        allow(11, plain)                                                                // yearWithEra (or ')
        allow(12, plain)                                                                // bareYear (or ')
        allow(17, shape.colon || (plain && shape.digits <= 2))                          // clockTime: `10:30`, `10h`, `3 p.m.`
        allow(23, plain || hyphenated)                                                  // quantity: a cardinal
        allow(24, plain || hyphenated)                                                  // hyphenatedDuration
        // Ranges open with a number holding a separator (`6-7`, `1939-1945`, `14-16/12`), a
        // plain number before a range word (`15 to 22`), an English month (`March 5-9`, in
        // `classRules`), a hyphenated pair of months (`March-April`) or `ngày`/`hôm`
        // (`ngày 14-16/12`, an opening word).
        let rangeWordAfter = plain && i + 1 < tokens.count && dispatch.rangeWordHashes.contains(tokens[i + 1].keyHash)
        allow(TimexScanner.rangesBit, (number && !shape.plain) || rangeWordAfter || hyphenated)
        return rules
    }

    /// The lexicon classes each rule may open with (any one suffices; a rule may also open
    /// by the token's shape, see `applicableRules`): a word of class `premodifier` may open
    /// `premodifiedUnit`, an English month `englishMonthDate` and ranges, and so on.
    static let classRules: [(rule: Int, classes: UInt64)] = {
        typealias C = TimeWordClass
        return [
            (7, C.month.englishMask),                                       // englishMonthDate
            (8, C.ordinal.englishMask),                                     // englishDayMonth
            (9, C.ordinal.englishMask),                                     // englishCentury
            (11, C.era.anyLanguageMask),                                    // yearWithEra
            (12, C.era.anyLanguageMask),                                    // bareYear
            (13, C.season.anyLanguageMask),                                 // season
            (15, C.holiday.anyLanguageMask),                                // holiday
            (16, C.weekday.anyLanguageMask),                                // weekday
            (18, C.relativeDay.anyLanguageMask),                            // relativeDay
            (19, C.anaphoricDay.anyLanguageMask),                           // anaphoricDay
            (20, C.premodifier.anyLanguageMask),                            // premodifiedUnit
            (21, C.unit.vietnameseMask),                                    // unitWithPostmodifier
            (22, C.position.anyLanguageMask),                               // positionOfUnit
            (23, C.number.anyLanguageMask | C.unit.englishMask),            // quantity: a number word or a plural unit
            (25, C.setWord.anyLanguageMask | C.every.anyLanguageMask),      // setExpression
            (26, C.reference.anyLanguageMask),                              // reference
            (27, C.premodifier.englishMask | C.partOfDay.anyLanguageMask),  // partOfDay
            (29, C.unit.englishMask),                                       // unitsEnd
            (rangesBit, C.month.englishMask),                               // ranges: `March 5-9`
        ]
    }()

    /// `classRules` turned around, worked out once: entry `b` holds the rules opened by a
    /// token whose class mask (`TokenSlot.mask`) has bit `b`. A token's rules are then the
    /// union over its few class bits, where testing every rule's classes at every candidate
    /// token cost a few hundred instructions.
    static let rulesOfClassBit: [UInt64] = (0..<64).map { b in
        classRules.reduce(UInt64(0)) { rules, entry in
            entry.classes & 1 << UInt64(b) != 0 ? rules | 1 << UInt64(entry.rule) : rules
        }
    }

    /// The rules of the fixed opening words (`the`, `ngày`, `thập`, …) at token `i`, found by
    /// key hash and confirmed by key, narrowed by the token after them.
    @inline(__always)
    private func openingRules(at i: Int, keyHash: UInt64) -> UInt64 {
        var rules: UInt64 = 0
        // Over the hashes alone: iterating the tuples would copy (retain, release) each key.
        // Two bit tests first: most tokens are no opening word and skip the search.
        // The tables are read through `dispatch` (see `TimexDispatchTables`).
        if dispatch.openingBits & 1 << (keyHash & 63) != 0, dispatch.openingHighBits & 1 << (keyHash >> 58) != 0 {
            let openingHashes = dispatch.openingHashes
            for k in openingHashes.indices where openingHashes[k] == keyHash && dispatch.openingKeys[k] == tokens[i].key {
                rules |= narrowed(dispatch.openingRules[k], opening: k, at: i)
            }
        }
        return rules
    }

    /// True when token `i + 1` exists and its key hash is `hash`.
    @inline(__always)
    private func follows(_ i: Int, _ hash: UInt64) -> Bool { i + 1 < tokens.count && tokens[i + 1].keyHash == hash }

    /// The rules of opening word `k` (an index of `openingWords`) at token `i`, keeping those
    /// the token after it can continue. `the`, `that`, `ngày`, `năm`, `những` are among the
    /// commonest words of their languages and start an expression only before a few kinds
    /// of token (each test restates the first thing the rule asks of that token).
    private func narrowed(_ rules: UInt64, opening k: Int, at i: Int) -> UInt64 {
        let narrowing = dispatch.openingNarrowing[k]
        let d = dispatch
        if narrowing == .none { return rules }
        let j = i + 1
        guard j < tokens.count else { return 0 }
        let next = (kind: tokens[j].kind, keyHash: tokens[j].keyHash)
        let mask = tokenSlots[j].mask
        // Plain shifts, not a variadic helper: a variadic call builds an array each time.
        @inline(__always) func bit(_ k: Int) -> UInt64 { 1 << UInt64(k) }
        var keep: UInt64 = 0
        switch narrowing {
        case .none:
            return rules
        case .the:
            // day-month and century take a number or an ordinal, decades a number or an
            // apostrophe, then a season, a half (`the first half`), a part of day, `same`, `time`.
            if next.kind == .number { keep |= bit(8) | bit(9) | bit(10) }
            if mask & TimeWordClass.ordinal.englishMask != 0 { keep |= bit(8) | bit(9) }
            if next.keyHash == d.apostropheHashes.0 || next.keyHash == d.apostropheHashes.1 { keep |= bit(10) }
            if mask & TimeWordClass.season.anyLanguageMask != 0 { keep |= bit(13) }
            if d.halfWordHashes.contains(next.keyHash) { keep |= bit(14) }
            if mask & TimeWordClass.partOfDay.anyLanguageMask != 0 { keep |= bit(27) }
            if next.keyHash == d.sameHash { keep |= bit(28) | bit(30) }
            if next.keyHash == d.timeHash { keep |= bit(30) }
        case .thatOrThis:
            // `that time`, `that same time`; `this period`, `that period`.
            if next.keyHash == d.timeHash || next.keyHash == d.sameHash { keep |= bit(28) }
            if next.keyHash == d.periodHash { keep |= bit(30) }
        case .half:
            // `first half of 1942`
            if next.keyHash == d.halfHash { keep = ~0 }
        case .day:
            // `ngày 14/12`, `hôm 14-16/12`, `ngày mùng 2`
            if next.kind == .number { keep = ~0 }
            if next.keyHash == d.mungHashes.0 || next.keyHash == d.mungHashes.1 { keep |= bit(2) }
        case .year:
            // `năm 2016`, `năm 480 TCN`
            if next.kind == .number || mask & TimeWordClass.era.anyLanguageMask != 0 { keep = ~0 }
        case .decadeHead:
            // `thập niên`, `thập kỷ`, `những năm`, `thế kỷ`
            if d.decadeSecondHashes.contains(next.keyHash) { keep = ~0 }
        }
        return rules & keep
    }

    /// What must follow an opening word for its rules to stay (see `narrowed`).
    enum Narrowing {
        case none, the, thatOrThis, half, day, year, decadeHead
    }

    /// The fixed words rules open with and the rules each opens (bits of `rule(_:at:)`):
    /// `the` (day-month, century, decade, season, half-year, part of day, `the same time`,
    /// `the same period`), apostrophes (`'90s`, `'99`), `that`/`this`, the half-year words,
    /// the Vietnamese frame words `ngày`, `hôm` (also opening ranges), `tháng`, `năm`, `quý`,
    /// and the first words of decades and centuries (`thập`, `những`, `thế`).
    static let openingWords: [(hash: UInt64, key: String, rules: UInt64, narrowing: Narrowing)] = {
        func bits(_ ks: [Int]) -> UInt64 { ks.reduce(0) { $0 | 1 << UInt64($1) } }
        let table: [(String, [Int], Narrowing)] = [
            ("the", [8, 9, 10, 13, 14, 27, 28, 30], .the), ("'", [10, 11, 12], .none), ("\u{2019}", [10, 11, 12], .none),
            ("that", [28, 30], .thatOrThis), ("this", [30], .thatOrThis),
            ("first", [14], .half), ("former", [14], .half), ("early", [14], .half), ("second", [14], .half),
            ("latter", [14], .half), ("last", [14], .half),
            (VK.ngay, [2, rangesBit], .day), (VK.hom, [2, rangesBit], .day), (VK.thang, [3], .none), (VK.nam, [4], .year),
            (VK.quy, [6], .none),
            (VK.thapNien[0], [5], .decadeHead), (VK.nhung, [5], .decadeHead), (VK.theKy[0], [5], .decadeHead),
        ]
        return table.map { (Token.hash(key: $0.0), $0.0, bits($0.1), $0.2) }
    }()
}

/// Which separators a number token holds and how many bytes it has, read once per token so
/// rules that need a plain number (or a particular separator) are skipped for the others.
struct NumberShape {
    var dash = false, slash = false, dot = false, colon = false, other = false
    var digits = 0

    init() {}

    init(_ text: String) {
        for b in text.utf8 {
            switch b {
            case 48...57: break
            case 0x2D: dash = true
            case 0x2F: slash = true
            case 0x2E: dot = true
            case 0x3A: colon = true
            default: other = true
            }
        }
        digits = text.utf8.count
    }

    /// Digits only (`digits` is then the number of digits).
    var plain: Bool { !dash && !slash && !dot && !colon && !other }
}
