import FaultlineModel
import FaultlineText

/// Finds time expressions in a token sequence with hand-written rules over lexicon classes.
///
/// One left-to-right pass: at each token every rule is tried and the longest match wins
/// (the first rule on ties); then adjacent pieces are joined (`sáng` + `14/12`,
/// `Tuesday` + `night`, `early` + `1944`). Rules live in the `TimexScanner+…` files.
struct TimexScanner {
    let tokens: [Token]
    let lexicon: TimeLexicon
    /// The rule-dispatch tables (`TimexDispatchTables.shared`), held so `applicableRules`
    /// reads them as fields rather than through a global's initialisation check per read.
    let dispatch: TimexDispatchTables
    let dateOrder: DateOrder
    /// False for Vietnamese text, where numeric dates are always day-first.
    let flagsAmbiguity: Bool
    /// Lexicon phrases starting at each token that starts some, shortest first, all in one
    /// flat list: token `i`'s are the entries from `matchEntries[tokenSlots[i].slot]` on whose
    /// `start` is `i` (slot < 0: none; -2: it may still start an expression, see `mayStart`).
    /// Entries name trie nodes (`PhraseMatcher.values(ofNode:)`), so filling the list and
    /// emptying it for the next sentence build and free no nested arrays.
    private(set) var matchEntries: [MatchEntry]
    /// How many of `matchEntries` are this sentence's (the entries past it are stale).
    private(set) var entryCount = 0
    /// Per token: its slot in `matchEntries` and its class mask (`TokenSlot`), in one array
    /// so the setup appends once per token.
    private(set) var tokenSlots: [TokenSlot]

    /// What the scanner knows of token `i` before any rule runs.
    struct TokenSlot {
        /// The first of its entries in `matchEntries`; -1: it starts nothing; -2: it starts no
        /// lexicon entry but may start an expression (a number, a hyphenated word, a starter).
        var slot: Int32
        /// The classes (`TimeWordClass.bit`) of every entry starting at the token, so the many
        /// rules that ask for a class the token does not have fail without a search.
        var mask: UInt64
    }

    /// The sentence, to see line breaks between tokens (headings, lists) and to cut the
    /// surfaces of expressions: read through its UTF-8 view, never copied.
    let text: String

    /// True when some token may start an expression (`mayStart`); when false `scan` finds
    /// nothing, so the tagger returns at once (most sentences of news hold a number or a
    /// time word, but those that do not are passed over without running any rule).
    private(set) var hasCandidates = false

    /// The scanner's per-sentence tables, kept by the caller across the sentences of a
    /// document so that each sentence refills them instead of allocating new arrays
    /// (`init(tokens:lexicon:dateOrder:flagsAmbiguity:text:scratch:)` takes them,
    /// `returnScratch(to:)` gives them back). Per call, never shared between threads.
    struct Scratch {
        var entries: [MatchEntry] = []
        /// The trie walk's buffer (`PhraseMatcher.collectMatches`).
        var found: [(end: Int, node: Int32)] = []
        var slots: [TokenSlot] = []
        /// `scan(into:)`'s arrays.
        var scan = ScanBuffers()

        init() {}

        /// A scratch whose tables already hold sentences of up to `tokens` tokens: a document's
        /// longest sentence is known before the first is scanned, and growing the tables
        /// sentence by sentence reallocated them two or three times per document.
        init(tokens: Int) {
            slots = Array(repeating: TokenSlot(slot: -1, mask: 0), count: max(0, tokens))
            entries.reserveCapacity(32)
            scan.expressions.reserveCapacity(8)
            scan.best.reserveCapacity(2)
        }
    }

    /// A lexicon phrase from token `start` to `end` (exclusive), whose entries are those of
    /// trie node `node`.
    struct MatchEntry {
        var start: Int32
        var end: Int32
        var node: Int32
    }

    /// A scanner with fresh tables; `utf8` is the sentence's text (used for line breaks).
    init(tokens: [Token], lexicon: TimeLexicon, dateOrder: DateOrder, flagsAmbiguity: Bool = true, utf8: [UInt8] = []) {
        var scratch = Scratch()
        self.init(tokens: tokens, lexicon: lexicon, dateOrder: dateOrder, flagsAmbiguity: flagsAmbiguity,
                  text: String(decoding: utf8, as: UTF8.self), scratch: &scratch)
    }

    /// A scanner whose tables are `scratch`'s storage, refilled (`scratch` is left empty
    /// until `returnScratch(to:)`). `text`: the sentence the tokens come from.
    ///
    /// One pass over the tokens fills every table: only lexicon openers walk the trie, and a
    /// token that opens no entry may still start an expression (slot -2) when it is a number,
    /// a hyphenated word or a starter word.
    init(tokens: [Token], lexicon: TimeLexicon, dateOrder: DateOrder, flagsAmbiguity: Bool, text: String,
         scratch: inout Scratch) {
        self.tokens = tokens
        self.flagsAmbiguity = flagsAmbiguity
        self.lexicon = lexicon
        self.dispatch = TimexDispatchTables.shared
        self.dateOrder = dateOrder
        self.text = text
        var entries: [MatchEntry] = [], slots: [TokenSlot] = []
        swap(&entries, &scratch.entries); swap(&slots, &scratch.slots)
        // The entries are written in place through a buffer sized for the most a sentence can
        // hold (`longest` per token), and `entryCount` says how many are this sentence's:
        // emptying the array per sentence went through the generic `replaceSubrange`, and
        // appending checked its uniqueness at every entry.
        let most = tokens.count * lexicon.matcher.longest
        if entries.count < most { entries = Array(repeating: MatchEntry(start: -1, end: -1, node: 0), count: most) }
        var entryCount = 0
        // One slot per token, written in place below: appending checked the array's
        // uniqueness and capacity at every token.
        // The table only grows (every slot below `tokens.count` is written below; slots past
        // it are stale and never read, since every reader checks `i < tokens.count` first):
        // refilling it from empty went through the generic `append(contentsOf:)` per sentence.
        if slots.count < tokens.count {
            slots.append(contentsOf: repeatElement(TokenSlot(slot: -1, mask: 0), count: tokens.count - slots.count))
        }
        let starterHashes = TimexScanner.starterHashes, starterKeys = TimexScanner.starterKeys
        let starterBits = TimexScanner.starterBits, starterHighBits = TimexScanner.starterHighBits
        // Read once into locals: the loop below runs for every token of every sentence.
        let matcher = lexicon.matcher
        // The trie walk writes into a fixed buffer of `longest` entries (one per phrase end at
        // most): appending to an array checked its uniqueness at every phrase found.
        if scratch.found.count < matcher.longest {
            scratch.found = Array(repeating: (end: 0, node: 0), count: matcher.longest)
        }
        var any = false
        slots.withUnsafeMutableBufferPointer { sb in
            tokens.withUnsafeBufferPointer { tb in
                scratch.found.withUnsafeMutableBufferPointer { found in
                    entries.withUnsafeMutableBufferPointer { eb in
                        for i in 0..<tb.count {
                            // Fields read in place: a copy of the token would retain and release its strings.
                            let kind = tb[i].kind, h = tb[i].keyHash
                            var slot: Int32 = -1, mask: UInt64 = 0
                            // The trie's one-bit first-key test rules out most words; the walk itself then
                            // finds nothing for a word that starts no entry (a probe of `lexicon.openers`
                            // first cost more than the few walks it saved).
                            if matcher.mayStart(keyHash: h) {
                                let count = matcher.collectMatches(in: tokens, at: i, into: found)
                                if count > 0 {
                                    slot = Int32(entryCount)
                                    for f in 0..<count {
                                        let node = found[f].node
                                        mask |= lexicon.mask(ofNode: node)
                                        eb[entryCount] = MatchEntry(start: Int32(i), end: Int32(found[f].end), node: node)
                                        entryCount += 1
                                    }
                                }
                            }
                            if slot == -1 {
                                if kind == .number || (kind == .word && tb[i].containsHyphen) {
                                    slot = -2
                                } else if starterBits & 1 << (h & 63) != 0, starterHighBits & 1 << (h >> 58) != 0,
                                          let k = starterHashes.firstIndex(of: h), starterKeys[k] == tb[i].key {
                                    // Two bit tests (low and high bits of the hash) rule out nearly every
                                    // word; a starter is confirmed by key on a hash hit only (no
                                    // `Set<String>` lookup hashing the key again).
                                    slot = -2
                                }
                            }
                            if slot != -1 { any = true }
                            sb[i] = TokenSlot(slot: slot, mask: mask)
                        }
                    }
                }
            }
        }
        self.matchEntries = entries
        self.entryCount = entryCount
        self.tokenSlots = slots
        self.hasCandidates = any
    }

    /// Gives the tables back to `scratch` for the next sentence (the scanner is empty after).
    mutating func returnScratch(to scratch: inout Scratch) {
        swap(&matchEntries, &scratch.entries); swap(&tokenSlots, &scratch.slots)
    }

    /// Number of rules of `rule(_:at:)`.
    static let ruleCount = 31

    /// Rule `k` at token `i`, in priority order (earlier wins ties). A switch rather than an
    /// array of closures: no closure contexts or copies of the scanner per sentence.
    func rule(_ k: Int, at i: Int) -> TimexParse? {
        switch k {
        case 0: return isoDateTime(i)
        case 1: return numericDate(i)
        case 2: return vietnameseDate(i)
        case 3: return vietnameseMonth(i)
        case 4: return vietnameseYear(i)
        case 5: return vietnameseDecadeOrCentury(i)
        case 6: return vietnameseQuarter(i)
        case 7: return englishMonthDate(i)
        case 8: return englishDayMonth(i)
        case 9: return englishCentury(i)
        case 10: return decade(i)
        case 11: return yearWithEra(i)
        case 12: return bareYear(i)
        case 13: return season(i)
        case 14: return halfYear(i)
        case 15: return holiday(i)
        case 16: return weekday(i)
        case 17: return clockTime(i)
        case 18: return relativeDay(i)
        case 19: return anaphoricDay(i)
        case 20: return premodifiedUnit(i)
        case 21: return unitWithPostmodifier(i)
        case 22: return positionOfUnit(i)
        case 23: return quantity(i)
        case 24: return hyphenatedDuration(i)
        case 25: return setExpression(i)
        case 26: return reference(i)
        case 27: return partOfDay(i)
        case 28: return anaphoricTime(i)
        case 29: return unitsEnd(i)
        case 30: return periodReference(i)
        default: return nil
        }
    }

    /// All expressions, left to right, non-overlapping.
    func scan() -> [TimexParse] {
        var buffers = ScanBuffers()
        scan(into: &buffers)
        return buffers.expressions
    }

    /// The arrays `scan(into:)` fills, kept by the caller from sentence to sentence (in
    /// `Scratch`) so that each sentence refills them rather than allocating and freeing two
    /// arrays of parses.
    struct ScanBuffers {
        /// The result: all expressions, left to right, non-overlapping (the pieces before
        /// `join(inPlace:)` merges neighbours, then the joined expressions).
        var expressions: [TimexParse] = []
        /// The best expression at the current token (two when `ranges` wins), reused from
        /// token to token: a fresh array per better candidate allocated, and an optional
        /// `TimexParse` carried through the rule loop was copied at every rule.
        var best: [TimexParse] = []
    }

    /// `scan()` into `buffers.expressions` (emptied first; `best` is working space).
    func scan(into buffers: inout ScanBuffers) {
        if !buffers.expressions.isEmpty { buffers.expressions.removeAll(keepingCapacity: true) }
        scanPieces(into: &buffers.expressions, best: &buffers.best)
        // Most sentences hold no expression: nothing to share or join.
        if buffers.expressions.isEmpty { return }
        shareYears(in: &buffers.expressions)
        join(inPlace: &buffers.expressions)
    }

    /// The expressions before joining, appended to `out`; `best` is working space.
    private func scanPieces(into out: inout [TimexParse], best: inout [TimexParse]) {
        var i = 0
        while i < tokens.count {
            guard mayStart(i) else { i += 1; continue }
            // `best[0..<bestCount]` is the token's best so far: the elements past it are stale,
            // overwritten rather than removed (emptying the array at every candidate token went
            // through the generic `replaceSubrange`).
            var bestCount = 0, bestEnd = i
            let applicable = applicableRules(at: i)
            if applicable == 0 { i += 1; continue }
            // The set bits in increasing order (the rules' priority order), found directly
            // rather than testing all 31 bits.
            var pending = applicable & (1 << UInt64(TimexScanner.ruleCount) - 1)
            while pending != 0 {
                let k = pending.trailingZeroBitCount
                pending &= pending - 1
                guard let p = rule(k, at: i), p.end > bestEnd else { continue }
                if best.isEmpty { best.append(p) } else { best[0] = p }
                bestCount = 1; bestEnd = p.end
            }
            // Ranges and lists sharing a month or year (`6-7 January 1916`) yield two expressions.
            if applicable & 1 << UInt64(TimexScanner.rangesBit) != 0, let pair = ranges(i), let last = pair.last, last.end >= bestEnd {
                best = pair; bestCount = pair.count; bestEnd = last.end
            }
            if bestCount == 0 {
                i += 1
            } else {
                // One expression is the common case: appended alone, not through the generic
                // `append(contentsOf:)`.
                if bestCount == 1 { out.append(best[0]) } else { out.append(contentsOf: best[0..<bestCount]) }
                i = bestEnd
            }
        }
    }

    /// Words that start expressions without being lexicon entries themselves.
    static let starters: Set<String> = ["the", "'", "\u{2019}", VK.nhung, VK.ngay, VK.hom, VK.thang, VK.nam, VK.quy, VK.luc]
    /// `Token.hash(key:)` of the starters: a token whose key hash is not here is no starter
    /// (a short list, searched without hashing again).
    static let starterHashes = starterKeys.map { Token.hash(key: $0) }
    /// The starters in a fixed order, parallel to `starterHashes`.
    static let starterKeys = starters.sorted()
    /// Bit `h & 63` set for the hash `h` of every starter: a one-instruction pre-test.
    static let starterBits = starterHashes.reduce(UInt64(0)) { $0 | 1 << ($1 & 63) }
    /// Bit `h >> 58` set for the hash `h` of every starter: a second pre-test on other bits of
    /// the hash, passed by far fewer words than the first alone (about one in five did, each
    /// then searching the list).
    static let starterHighBits = starterHashes.reduce(UInt64(0)) { $0 | 1 << ($1 >> 58) }

    /// A cheap test run before the rules: only numbers, lexicon words, hyphenated words and
    /// a few frame words can start an expression.
    /// Decided once per token when the scanner is made (slot -1: no number, lexicon entry,
    /// hyphenated word or starter word starts here).
    @inline(__always)
    func mayStart(_ i: Int) -> Bool { tokenSlots[i].slot != -1 }

    // MARK: - Token helpers

    /// The entries of `matchEntries` of the phrases starting at token `i` (a valid index),
    /// shortest first.
    @inline(__always)
    func matchRange(at i: Int) -> Range<Int> {
        let first = Int(tokenSlots[i].slot)
        guard first >= 0 else { return 0..<0 }
        var end = first + 1
        while end < entryCount, matchEntries[end].start == Int32(i) { end += 1 }
        return first..<end
    }

    /// `cls`'s bit of `TokenSlot.mask` for entries of `language` (any language when nil): a word
    /// matches when its `TimeWord.bit` is in it. Zero for a language without entries.
    @inline(__always)
    static func wanted(_ cls: TimeWordClass, language: String?) -> UInt64 {
        guard let language else { return cls.anyLanguageMask }
        if language == "en" { return cls.englishMask }
        if language == "vi" { return cls.vietnameseMask }
        return 0
    }

    func key(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].key : "" }

    /// True when token `i` exists and its key is `word`'s, compared by key hash first (see
    /// `HashedKey`): the same answer as `key(i) == word.key` for the non-empty keys of `HK`.
    @inline(__always)
    func isKey(_ i: Int, _ word: HashedKey) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].keyHash == word.hash && tokens[i].key == word.key
    }

    func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    /// True when token `j` follows token `i` with no space between them.
    func glued(_ i: Int, _ j: Int) -> Bool {
        i >= 0 && j < tokens.count && j >= 0 && i < tokens.count && tokens[i].end == tokens[j].start
    }

    /// True when a line break separates token `i` from the one before it.
    func lineBreakBefore(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count else { return false }
        let a = tokens[i - 1].end, b = tokens[i].start
        let bytes = text.utf8
        guard a < b, b <= bytes.count else { return false }
        return bytes[bytes.index(bytes.startIndex, offsetBy: a)..<bytes.index(bytes.startIndex, offsetBy: b)].contains(10)
    }

    func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isCapitalized }

    func isPunctuation(_ i: Int) -> Bool { i < 0 || i >= tokens.count || tokens[i].kind == .punctuation }

    /// The longest lexicon entry of a class starting at `i`.
    func word(_ cls: TimeWordClass, at i: Int, language: String? = nil) -> (end: Int, word: TimeWord)? {
        let want = TimexScanner.wanted(cls, language: language)
        guard i >= 0, i < tokens.count, tokenSlots[i].mask & want != 0 else { return nil }
        for j in matchRange(at: i).reversed() {
            let values = lexicon.matcher.values(ofNode: matchEntries[j].node)
            if let k = values.firstIndex(where: { $0.bit & want != 0 }) { return (Int(matchEntries[j].end), values[k]) }
        }
        return nil
    }

    func has(_ cls: TimeWordClass, at i: Int, language: String? = nil) -> Bool {
        word(cls, at: i, language: language) != nil
    }

    /// A lexicon entry of a class that ends exactly at token `end` (exclusive), looking back.
    func word(_ cls: TimeWordClass, endingAt end: Int, language: String? = nil) -> (start: Int, word: TimeWord)? {
        var best: (start: Int, word: TimeWord)?
        let want = TimexScanner.wanted(cls, language: language)
        for s in stride(from: end - 1, through: max(0, end - 5), by: -1) where s < tokens.count && tokenSlots[s].mask & want != 0 {
            for j in matchRange(at: s) where matchEntries[j].end == Int32(end) {
                let values = lexicon.matcher.values(ofNode: matchEntries[j].node)
                if let k = values.firstIndex(where: { $0.bit & want != 0 }) { best = (s, values[k]) }
            }
        }
        return best
    }

    /// A plain unsigned integer token (`14`, `2016`).
    func integer(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        let t = tokens[i].text
        guard t.utf8.count <= 9 else { return nil }
        // Read the digits directly: at most nine, so no overflow (same as `Int(t)` then).
        var value = 0, digits = 0
        for b in t.utf8 {
            guard b >= 48 && b <= 57 else { return nil }
            value = value * 10 + Int(b - 48); digits += 1
        }
        return digits > 0 ? value : nil
    }

    func digitCount(_ i: Int) -> Int { tokens[i].text.utf8.count }

    /// The parts of a number token split at its separators, when one separator kind is used.
    func numberParts(_ i: Int) -> NumberParts? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return nil }
        let t = tokens[i].text
        if let fast = NumberParts.ascii(t) { return fast }
        var sep: Character?
        for c in t where !c.isASCIIDigit {
            if sep == nil { sep = c } else if sep != c { return nil }
        }
        guard let sep else { return nil }
        let pieces = t.split(separator: sep, omittingEmptySubsequences: false)
        // A separator beyond one ASCII byte is kept as 0: no rule asks for one.
        var parts = NumberParts(separator: sep.utf8.count == 1 ? sep.utf8.first! : 0)
        for p in pieces {
            guard !p.isEmpty, p.count <= 4, let v = Int(p) else { return nil }
            parts.append(v, width: p.count)
        }
        return parts
    }

    /// A cardinal number: digits, a number word, or a hyphenated word (`twenty-five`).
    /// The value is nil for fuzzy quantities (`several`, `vài`).
    func cardinal(at i: Int) -> (end: Int, value: Int?)? {
        if let n = integer(i) { return (i + 1, n) }
        if let w = word(.number, at: i) { return (w.end, w.word.value == "X" ? nil : w.word.intValue) }
        if i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].containsHyphen,
           let (tens, units) = tokens[i].key.twoPieces(splitAt: 0x2D),
           let a = Int(numberWordValue(tens) ?? ""), let b = Int(numberWordValue(units) ?? ""),
           a >= 20, a % 10 == 0, b < 10 { return (i + 1, a + b) }
        return nil
    }

    /// The value of the number word `key` (`twenty` → `20`), see `TimeLexicon.numberWordValue(ofKey:)`.
    func numberWordValue(_ key: String) -> String? { lexicon.numberWordValue(ofKey: key) }

    /// A day of the month: `14`, `14th` (`14` + `th` glued), `first`.
    func dayOfMonth(at i: Int) -> (end: Int, day: Int)? {
        if let n = integer(i), (1...31).contains(n), digitCount(i) <= 2 {
            if glued(i, i + 1), ["st", "nd", "rd", "th"].contains(key(i + 1)) { return (i + 2, n) }
            return (i + 1, n)
        }
        if let o = word(.ordinal, at: i, language: "en"), let n = o.word.intValue, n <= 31 { return (o.end, n) }
        return nil
    }

    /// An era word after or before a year (`BC`, `TCN`, `AD`).
    func era(at i: Int) -> (end: Int, bc: Bool)? {
        guard let e = word(.era, at: i) else { return nil }
        if e.word.language == "en", !isCapitalized(i) { return nil }
        return (e.end, e.word.value == "BC")
    }

    /// A year: four digits, or fewer digits with an era (`480 BC`, `AD 9`), or `'99`.
    func year(at i: Int, allowShort: Bool = false) -> (end: Int, year: Int, bc: Bool, shortYear: Int?)? {
        if let e = era(at: i), !e.bc, let n = integer(e.end), digitCount(e.end) <= 4 {
            return (e.end + 1, n, false, nil)
        }
        guard let n = integer(i) else {
            if key(i) == "'" || key(i) == "\u{2019}", glued(i, i + 1), let n = integer(i + 1), digitCount(i + 1) == 2 {
                return (i + 2, 0, false, n)
            }
            return nil
        }
        let digits = digitCount(i)
        if let e = era(at: i + 1), n > 0, digits <= 4 { return (e.end, n, e.bc, nil) }
        if digits == 4, n >= 1000, n <= 2200 { return (i + 1, n, false, nil) }
        if allowShort, digits == 2 { return (i + 1, 0, false, n) }
        return nil
    }

    // MARK: - Joining pieces

    /// Joins a part of day or a clock time to an adjacent date, a weekday to its date, and
    /// position words (`early`, `cuối`) to what follows.
    func join(_ parses: [TimexParse]) -> [TimexParse] {
        var out = parses
        join(inPlace: &out)
        return out
    }

    /// `join(_:)` over `parses` itself: each piece is either merged into the last kept one
    /// or moved (swapped, never copied) down to the next kept place, and the tail is cut.
    /// Building a second array copied every parse (its strings retained and released) two or
    /// three times.
    func join(inPlace parses: inout [TimexParse]) {
        let kept = parses.withUnsafeMutableBufferPointer { buf -> Int in
            var kept = 0
            for r in 0..<buf.count {
                if kept > 0 {
                    let k = kept - 1
                    // `11 a.m. on 11 November 1918`: two expressions (as TIMEX annotates them), the
                    // clock on the date's day.
                    if isTimeOnly(buf[k]), case .clock = buf[k].clock, isDayCore(buf[r]), buf[r].clock == nil,
                       gapAllows(buf[k], buf[r], words: TimexScanner.gapOn), buf[r].start > buf[k].end {
                        let lastEnd = buf[k].end
                        buf[k].core = buf[r].core
                        applyPrefixes(to: &buf[r], after: lastEnd)
                        if r != kept { buf.swapAt(kept, r) }
                        kept += 1
                        continue
                    }
                    if let merge = joinKind(buf[k], buf[r]) {
                        self.merge(merge, into: k, from: r, in: buf)
                        continue
                    }
                }
                applyPrefixes(to: &buf[r], after: kept == 0 ? 0 : buf[kept - 1].end)
                if r != kept { buf.swapAt(kept, r) }
                kept += 1
            }
            return kept
        }
        if kept < parses.count { parses.removeSubrange(kept...) }
    }

    private func isDayCore(_ p: TimexParse) -> Bool {
        switch p.core {
        case .calendar(let f): return f.day != nil
        case .relative(let u, _, _): return u == .day
        case .weekday: return true
        default: return false
        }
    }

    private func isWeekdayOrRelativeDay(_ p: TimexParse) -> Bool {
        switch p.core {
        case .weekday: return true
        case .relative(let u, _, let anaphoric): return u == .day && !anaphoric && p.rule.hasSuffix("relday")
        default: return false
        }
    }

    private func isUnitRelative(_ p: TimexParse) -> Bool {
        if case .relative = p.core { return true }
        return false
    }

    private func isTimeOnly(_ p: TimexParse) -> Bool {
        if case .clockOnly = p.core { return true }
        return false
    }

    /// The words `joinPair` allows between two pieces, built once (set literals at the call
    /// sites were built and hashed at every join).
    private static let gapOf: Set<String> = ["of"]
    private static let gapTimeBeforeDay: Set<String> = ["of", "on", ",", "hours", "ngày", "hôm", "vào", "lúc"]
    private static let gapDayBeforeTime: Set<String> = ["at", "in", "lúc", "vào", ",", "the", "khoảng"]
    private static let gapWeekdayBeforeDate: Set<String> = [",", "(", "the"]
    private static let gapOn: Set<String> = ["on"]
    private static let earlierLater = ["earlier", "later"]
    private static let deicticHeads = ["this", "that", "the", "in"]

    /// Tokens allowed between two joined pieces.
    private func gapAllows(_ a: TimexParse, _ b: TimexParse, words: Set<String>) -> Bool {
        guard a.byteRange == nil, b.byteRange == nil, a.end <= b.start, b.start - a.end <= 2 else { return false }
        for k in a.end..<b.start where !words.contains(key(k)) { return false }
        return true
    }

    /// How two adjacent pieces join (`joinKind`), decided before either is changed.
    private enum JoinKind {
        /// `the last week of August`: the date, from the first piece's start.
        case premodifiedOf
        /// `sáng 14/12`: the day, with the first piece's clock.
        case timeBeforeDay
        /// `Tuesday night`: the day, with the second piece's clock.
        case dayBeforeTime
        /// `July 25 of that year`: the date, its year `offset` from the last date's.
        case yearOfThat(offset: Int)
        /// `Tuesday, December 13`: the date, from the weekday's start (over a closing
        /// parenthesis when `closing`).
        case weekdayBeforeDate(closing: Bool)
    }

    /// Which join applies to `a` followed by `b`, if any (the first that fits, in this order).
    private func joinKind(_ a: TimexParse, _ b: TimexParse) -> JoinKind? {
        // `the last week of August`, `the first days of May 1940`: one expression, dated by the month.
        if a.type == .duration || isUnitRelative(a), a.rule.contains("premod"), case .calendar(let f) = b.core, f.month != nil,
           gapAllows(a, b, words: TimexScanner.gapOf), b.start > a.end {
            return .premodifiedOf
        }
        // `sáng 14/12`, `the morning of June 5`, `10:30 ngày 14/12`, `rạng sáng cùng ngày`.
        if isTimeOnly(a), isDayCore(b), b.clock == nil,
           gapAllows(a, b, words: TimexScanner.gapTimeBeforeDay) {
            return .timeBeforeDay
        }
        // `Tuesday night`, `ngày 14/12 lúc 10h30`, `yesterday morning`, `June 5 at 10:30`.
        if isDayCore(a), a.clock == nil, isTimeOnly(b),
           gapAllows(a, b, words: TimexScanner.gapDayBeforeTime) {
            return .dayBeforeTime
        }
        // `July 25 of that year`, `November of the same year`: the year of the last date.
        if case .calendar(let f) = a.core, f.year == nil, f.yearOffset == nil, f.month != nil,
           case let .relative(.year, offset, anaphoric) = b.core, anaphoric, gapAllows(a, b, words: TimexScanner.gapOf), b.start > a.end {
            return .yearOfThat(offset: offset)
        }
        // `Tuesday, December 13`, `thứ Tư (14/12)`, `thứ Tư, ngày 14/12`, `hôm qua (14/12)`.
        if isWeekdayOrRelativeDay(a), case .calendar(let f) = b.core, f.day != nil,
           gapAllows(a, b, words: TimexScanner.gapWeekdayBeforeDate) {
            // `thứ Tư (14/12)`: keep the closing parenthesis with the date.
            return .weekdayBeforeDate(closing: (a.end..<b.start).contains(where: { key($0) == "(" }) && key(b.end) == ")")
        }
        return nil
    }

    /// Joins piece `r` into piece `k` of `buf` as `kind` says; piece `r` is left over (to be
    /// cut). When the joined expression is built on the second piece, the two are swapped
    /// first, so neither is copied.
    private func merge(_ kind: JoinKind, into k: Int, from r: Int, in buf: UnsafeMutableBufferPointer<TimexParse>) {
        let rule = buf[k].rule + "+" + buf[r].rule
        switch kind {
        case .premodifiedOf:
            buf.swapAt(k, r)
            buf[k].start = buf[r].start
        case .timeBeforeDay:
            buf.swapAt(k, r)
            buf[k].start = buf[r].start; buf[k].clock = buf[r].clock
            buf[k].timeOfDay = buf[r].timeOfDay ?? buf[k].timeOfDay
            buf[k].type = .time
        case .dayBeforeTime:
            buf[k].end = buf[r].end; buf[k].clock = buf[r].clock; buf[k].timeOfDay = buf[r].timeOfDay
            buf[k].type = .time
        case .yearOfThat(let offset):
            if case .calendar(var f) = buf[k].core {
                f.yearOffset = offset
                buf[k].core = .calendar(f)
            }
            buf[k].end = buf[r].end
        case .weekdayBeforeDate(let closing):
            buf.swapAt(k, r)
            buf[k].start = buf[r].start; buf[k].clock = buf[k].clock ?? buf[r].clock
            buf[k].timeOfDay = buf[k].timeOfDay ?? buf[r].timeOfDay
            if closing { buf[k].end += 1 }
            if buf[k].clock != nil { buf[k].type = .time }
        }
        buf[k].rule = rule
    }

    /// Extends an expression over position words (`early`, `the end of`, `mid-`, `đầu`),
    /// approximators before durations (`nearly`, `hơn`) and `earlier`/`later` before
    /// `this`/`that` expressions.
    /// In place: a parse passed and returned by value was copied twice per expression.
    private func applyPrefixes(to p: inout TimexParse, after limit: Int) {
        guard p.byteRange == nil else { return }
        var start = p.start
        // `mid-1943`: the hyphen is its own token.
        if key(start - 1) == "-", glued(start - 2, start - 1), glued(start - 1, start),
           let m = word(.position, endingAt: start - 1, language: "en"), m.start >= limit {
            p.start = m.start; p.mod = m.word.value; p.rule = "mod." + p.rule
            return
        }
        if let m = word(.position, endingAt: start), m.start >= limit, acceptsPosition(p, word: m.word, at: m.start) {
            start = m.start
            p.start = start; p.rule = "mod." + p.rule
            if m.word.language == "vi" || !TimexScanner.earlierLater.contains(key(m.start)) { p.mod = m.word.value }
        }
        if p.type == .duration, let a = approximator(endingAt: p.start), a.start >= limit {
            p.start = a.start; p.mod = a.mod
        }
    }

    private func acceptsPosition(_ p: TimexParse, word: TimeWord, at i: Int) -> Bool {
        if word.language == "en" {
            // `earlier this month`, `later that year`: only before this/that/the expressions.
            if TimexScanner.earlierLater.contains(key(i)) {
                return TimexScanner.deicticHeads.contains(key(p.start)) && p.type != .duration
            }
            return p.type == .date || p.type == .time
        }
        // Vietnamese `đầu`, `giữa`, `cuối` before a month, year, week or day expression.
        return p.type == .date
    }

    private func approximator(endingAt end: Int) -> (start: Int, mod: String)? {
        let table = TimexScanner.approximators
        let k = key(end - 1)
        if let mod = table[k] { return (end - 1, mod) }
        if k == "than" {
            if key(end - 2) == "more" { return (end - 2, "MORE_THAN") }
            if key(end - 2) == "less" || key(end - 2) == "fewer" { return (end - 2, "LESS_THAN") }
        }
        if key(end - 2) == "at", k == "least" { return (end - 2, "EQUAL_OR_MORE") }
        if isKey(end - 2, HK.it), k == VK.nhat { return (end - 2, "EQUAL_OR_MORE") }
        return nil
    }

    static let approximators: [String: String] = Dictionary(uniqueKeysWithValues: [
            "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
            "nearly": "LESS_THAN", "almost": "LESS_THAN", "some": "APPROX",
            "khoảng": "APPROX", "gần": "LESS_THAN", "hơn": "MORE_THAN", "trên": "MORE_THAN",
        ].map { (Folding.key($0.key), $0.value) })
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

extension String {
    func replacingAll(_ a: Character, with b: Character) -> String { String(map { $0 == a ? b : $0 }) }
}
