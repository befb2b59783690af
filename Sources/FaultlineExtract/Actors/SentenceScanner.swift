import FaultlineModel
import FaultlineText

/// One lexicon hit or capitalised name run in a sentence.
struct ScanItem: Sendable {
    enum Kind: Sendable, Equatable {
        case actor(Int)
        case role(Int)
        case cue(CueKind)
        /// Capitalised words not in the lexicon (`Sergei Lavrov`, `Mỹ Tâm`).
        case name
    }
    var start: Int
    var end: Int
    var kind: Kind
    /// The cue readings among the other readings of the same span (`anh` as a cue where
    /// `Anh` the country was taken). Other actor or role readings are not kept: no rule asks
    /// for them, and a list of kinds here made every item reference-counted (`CueSet`).
    var alternativeCues = CueSet()
    /// Inside a dateline (`KYIV, Aug 14 (Global Wire) –`): a capital is the place of the
    /// report, not its government.
    var placeOnly = false
    /// The lexicon writes the phrase capitalised (`Biển`, `Sea`): for a place noun, it is
    /// then part of the place's name (`Biển Đen`, `Black Sea`), unlike `thành phố`, `region`.
    var capitalised = false
}

/// Finds lexicon phrases in one pass (leftmost-longest, case rules applied) and the runs of
/// capitalised words between them.
struct SentenceScanner {
    let lexicon: ActorLexicon

    /// True when most words are upper case (a shouted headline): capitalisation tells nothing.
    static func isShouted(_ tokens: [Token]) -> Bool {
        // Counted in place: asked of every sentence, so no copies of its word tokens.
        var words = 0, upper = 0
        // By index: a `for t in tokens` loop copies (retains and releases) every token.
        for k in tokens.indices where tokens[k].isWord && tokens[k].scalarCount > 1 {
            words += 1
            if !tokens[k].hasLowercase { upper += 1 }
        }
        return words >= 3 && upper * 10 >= words * 7
    }

    /// True for headline Title Case (`Russia And Turkey Agree To End Violence In Aleppo`):
    /// no lowercase word longer than three letters, and capitalised function words inside.
    /// Capitals mark no names there, so no unknown names are read from it.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        // Counted in place: asked of every sentence, so no copy of its word tokens.
        var words = 0
        var capitalFunctionWords = 0
        for k in tokens.indices where tokens[k].isWord {
            let capitalized = tokens[k].isCapitalized
            if !capitalized && tokens[k].scalarCount > 3 { return false }
            if words > 0, capitalized, titleFunctionWords.contains(tokens, at: k) { capitalFunctionWords += 1 }
            words += 1
        }
        return words >= 5 && capitalFunctionWords >= 2
    }

    static let titleFunctionWords = KeyList(keys: ["and", "to", "of", "in", "for", "with", "on", "at", "from", "over", "into",
                                                   "after", "amid", "as", "by", "against", "says", "say", "is", "are", "will", "the", "a"])

    func passes(_ mask: CaseMask, tokens: [Token], at start: Int, shouted: Bool) -> Bool {
        if mask.capitalized == 0 && mask.upper == 0 { return true }
        var i = 0
        while i < 32, start + i < tokens.count {
            let bit: UInt32 = 1 << UInt32(i)
            if mask.upper & bit != 0 {
                // The token's lowercase flag is `text.letterCase.hasLowercaseLetter` (every
                // Lowercase scalar is Alphabetic), without reading the text.
                if tokens[start + i].hasLowercase { return false }
            } else if mask.capitalized & bit != 0, !shouted, !tokens[start + i].isCapitalized {
                return false
            }
            i += 1
            if (mask.capitalized | mask.upper) >> UInt32(i) == 0 { break }
        }
        return true
    }

    /// Index of the first token of a photo credit (`Ảnh: AFP`, `Photo: Reuters`), or nil.
    /// The credit runs to the end of the sentence, or to the closing bracket when it is inside one.
    func creditRange(_ tokens: [Token], items: [ScanItem]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for k in items.indices where items[k].kind == .cue(.credit) {
            let it = items[k]
            guard it.end < tokens.count, tokens[it.end].text == ":" else { continue }
            let inBracket = it.start > 0 && ["(", "["].contains(tokens[it.start - 1].text)
            var end = tokens.count
            if inBracket, let close = tokens[it.end...].firstIndex(where: { $0.text == ")" || $0.text == "]" }) { end = close }
            out.append(it.start..<end)
        }
        return out
    }

    /// The end (index after the dash) of a dateline opening the sentence: a place in capitals,
    /// optional `, Country`, an optional date (`Aug 14`), an optional `(Outlet)`, then a dash
    /// (`KYIV, Aug 14 (Global Wire) –`, `NEW YORK/KYIV, Aug 16 (Global Wire) -`, `HÀ NỘI
    /// (TTXVN) -`, `TSTG -`; read by `Dateline`). Nil when the sentence has none, when it is
    /// shouted, or when a bare acronym before the dash is an actor.
    func datelineEnd(_ tokens: [Token], items: [ScanItem]) -> Int? {
        guard let d = Dateline.read(tokens), !Self.isShouted(tokens) else { return nil }
        // A bare `IAEA – …` is an actor and a dash, not a dateline.
        if !d.structured, let it = items.first(where: { $0.start <= 0 && 0 < $0.end }), case .actor(let a) = it.kind,
           lexicon.actors[a].kind != .location, it.end >= d.capsEnd {
            return nil
        }
        return d.end
    }

    func scan(_ tokens: [Token]) -> [ScanItem] {
        let shouted = Self.isShouted(tokens)
        let matcher = lexicon.matcher
        var items: [ScanItem] = []
        // Room for a sentence's items; the name runs (`addNameRuns`) grow it when they do not
        // fit (reserving room for both made the block too large for malloc's fast bins).
        items.reserveCapacity(tokens.count / 2 + 1)
        // One stack buffer for the phrases starting at each token (at most `longest` of
        // them): asked at every token, so no array of matches is built per position.
        withUnsafeTemporaryAllocation(of: (end: Int, node: Int32).self, capacity: max(matcher.longest, 1)) { found in
            var i = 0
            while i < tokens.count {
                // Most tokens that start no phrase are told by one bit, without a walk.
                guard matcher.mayStart(keyHash: tokens[i].keyHash) else { i += 1; continue }
                var chosen: ScanItem? = nil
                var m = matcher.collectMatches(in: tokens, at: i, into: found) - 1
                while m >= 0 {
                    defer { m -= 1 }
                    let values = matcher.values(ofNode: found[m].node)
                    // Most phrases carry one reading: take it without building the list of
                    // passing readings and sorting it (nor counting them).
                    if values.count == 1 {
                        guard passes(values[0].mask, tokens: tokens, at: i, shouted: shouted) else { continue }
                        chosen = ScanItem(start: i, end: found[m].end, kind: Self.kind(values[0]))
                        chosen?.capitalised = values[0].mask.capitalized != 0
                        break
                    }
                    var passing = 0
                    var first = 0
                    for (k, v) in values.enumerated() where passes(v.mask, tokens: tokens, at: i, shouted: shouted) {
                        if passing == 0 { first = k }
                        passing += 1
                    }
                    guard passing > 0 else { continue }
                    if passing == 1 {
                        chosen = ScanItem(start: i, end: found[m].end, kind: Self.kind(values[first]))
                        chosen?.capitalised = values[first].mask.capitalized != 0
                        break
                    }
                    let ok = values.filter { passes($0.mask, tokens: tokens, at: i, shouted: shouted) }
                    let sorted = ok.sorted { a, b in
                        let ra = Self.rank(a), rb = Self.rank(b)
                        // Ties go to the entry loaded first (a language's `actors.tsv` before its
                        // `countries.tsv`), by number: a string order flipped as tables grew.
                        return ra != rb ? ra > rb : Self.loadOrder(a.target) < Self.loadOrder(b.target)
                    }
                    var cues = CueSet()
                    for r in sorted.dropFirst() {
                        if case .cue(let c) = r.target, Self.kind(r) != Self.kind(sorted[0]) { cues.insert(c) }
                    }
                    chosen = ScanItem(start: i, end: found[m].end, kind: Self.kind(sorted[0]), alternativeCues: cues)
                    chosen?.capitalised = sorted[0].mask.capitalized != 0
                    break
                }
                if let c = chosen {
                    items.append(c)
                    i = c.end
                } else {
                    i += 1
                }
            }
        }
        addNameRuns(tokens, items: &items, shouted: shouted)
        return items
    }

    /// Blocking phrases beat everything; then hand-written entries beat imports; then actors
    /// beat roles beat cues.
    static func rank(_ r: ActorLexicon.Ref) -> Int {
        var base = Int(r.origin.rawValue) * 10
        switch r.target {
        case .cue(.block): base += 100
        case .actor: base += 3
        case .role: base += 2
        case .cue: base += 1
        }
        return base
    }

    static func kind(_ r: ActorLexicon.Ref) -> ScanItem.Kind {
        switch r.target {
        case .actor(let a): return .actor(Int(a))
        case .role(let r): return .role(Int(r))
        case .cue(let c): return .cue(c)
        }
    }

    /// Kind, then index in its table: a total order on trie targets.
    static func loadOrder(_ t: ActorLexicon.Ref.Target) -> (Int, Int) {
        switch t {
        case .actor(let a): return (0, Int(a))
        case .role(let r): return (1, Int(r))
        case .cue(let c): return (2, CueSet.ordinal(c))
        }
    }

    /// `Saudi-led`, `NATO-member`, `Moscow-installed`: a capitalised word joined to a common
    /// second half, an adjective rather than a name (`Ki-moon`, `Jean-Marc` stay names).
    static func isCompoundAdjective(_ text: String) -> Bool {
        guard text.utf8.contains(0x2D), let dash = text.firstIndex(of: "-") else { return false }
        let rest = text[text.index(after: dash)...].lowercased()
        return compoundHalves.contains(rest)
    }

    static let compoundHalves: Set<String> = [
        "led", "backed", "installed", "appointed", "imposed", "controlled", "run", "held", "occupied", "allied",
        "aligned", "supported", "sponsored", "friendly", "based", "born", "member", "owned", "made", "style",
        "type", "era", "linked", "affiliated", "inspired", "funded", "dominated", "speaking", "bound", "brokered",
        "mediated", "drafted", "proposed", "built", "trained", "armed", "flagged", "registered",
    ]

    /// True when a number stands right before or after the span, a period between allowed
    /// (`Aug. 5`, `14 Aug`, `6:40 PM`).
    static func nextToNumber(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        var b = start - 1
        if b >= 0, tokens[b].text == "," { b -= 1 }
        if b >= 0, tokens[b].kind == .number { return true }
        var a = end
        if a < tokens.count, tokens[a].text == "." { a += 1 }
        return a < tokens.count && tokens[a].kind == .number
    }

    /// `al-Assad`, `el-Sisi`, `bin-Salman`: a lowercase article glued to a capitalised name.
    static func isArticleName(_ text: String) -> Bool {
        guard text.utf8.contains(0x2D), let dash = text.firstIndex(of: "-"), dash > text.startIndex, text.distance(from: text.startIndex, to: dash) <= 3 else { return false }
        let after = text.index(after: dash)
        return after < text.endIndex && text[after].isUppercase
    }

    /// Adds `.name` items for runs of capitalised words not covered by the lexicon. Lowercase
    /// name particles (`al`, `bin`, `de`) may sit inside a run. Particle and date-word cues
    /// were only needed to shape runs: they are dropped.
    ///
    /// Works on the scanner's own list in place: the runs are noted on the stack, the list
    /// grows by their number, and runs and items are merged from the back (both are in token
    /// order and never share a start). A second output list cost an allocation per sentence
    /// and grew past its reserve for long sentences.
    func addNameRuns(_ tokens: [Token], items: inout [ScanItem], shouted: Bool) {
        guard !shouted, !Self.isTitleCase(tokens) else {
            items.removeAll { $0.kind == .cue(.nameParticle) || $0.kind == .cue(.dateWord) }
            return
        }
        let n = tokens.count
        guard n > 0 else { return }
        // Per-token marks in one scratch buffer on the stack (asked of every sentence, three
        // arrays cost three allocations): covered by a lexicon item, a name particle, a
        // capitalised word free for a name.
        let covered: UInt8 = 1, particle: UInt8 = 2, capital: UInt8 = 4
        var shaping = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { mark in
            mark.initialize(repeating: 0)
            // Read by index.
            for i in items.indices {
                let start = items[i].start, end = items[i].end, kind = items[i].kind
                for k in start..<end { mark[k] |= covered }
                if kind == .cue(.nameParticle) {
                    shaping = true
                    for k in start..<end { mark[k] = (mark[k] | particle) & ~covered }
                }
                // `Aug 14`, `Tue 16`, `6:40 PM`: a date; `Jan Egeland`: a name.
                if kind == .cue(.dateWord) {
                    shaping = true
                    if !Self.nextToNumber(tokens, start, end) { for k in start..<end { mark[k] &= ~covered } }
                }
            }
            // Which tokens are capitalised words free for a name, decided once per token (the
            // run loop below asks some twice). Both name tests need a hyphen, known from the
            // token without reading its text.
            for k in 0..<n where mark[k] & (covered | particle) == 0 && tokens[k].isWord {
                let hyphen = tokens[k].containsHyphen
                if (tokens[k].isCapitalized || hyphen && Self.isArticleName(tokens[k].text))
                    && !(hyphen && Self.isCompoundAdjective(tokens[k].text)) {
                    mark[k] |= capital
                }
            }
            if shaping { items.removeAll { $0.kind == .cue(.nameParticle) || $0.kind == .cue(.dateWord) } }
            // Runs are separated by at least one token, so there are at most (n + 1) / 2.
            withUnsafeTemporaryAllocation(of: (start: Int, end: Int).self, capacity: n / 2 + 1) { runs in
                var count = 0
                var k = 0
                while k < n {
                    guard mark[k] & capital != 0 else { k += 1; continue }
                    var end = k + 1
                    while end < n {
                        if mark[end] & capital != 0 { end += 1; continue }
                        if mark[end] & particle != 0, end + 1 < n, mark[end + 1] & capital != 0 { end += 2; continue }
                        break
                    }
                    runs[count] = (start: k, end: end)
                    count += 1
                    k = end
                }
                guard count > 0 else { return }
                var r = items.count - 1
                items.append(contentsOf: repeatElement(ScanItem(start: 0, end: 0, kind: .name), count: count))
                var w = items.count - 1
                var q = count - 1
                // An item starting where a run starts would follow it (none does: kept items
                // cover their tokens, runs only uncovered ones).
                while q >= 0 {
                    if r >= 0, items[r].start >= runs[q].start {
                        items[w] = items[r]
                        r -= 1
                    } else {
                        items[w] = ScanItem(start: runs[q].start, end: runs[q].end, kind: .name)
                        q -= 1
                    }
                    w -= 1
                }
            }
        }
    }
}
