import Foundation
import FaultlineText
import FaultlineModel

/// One trigger of a verb lexicon (`verbs.tsv`): a word or phrase that names an act, its
/// CAMEO code, and how the coder treats it.
struct VerbEntry: Sendable, Hashable {
    /// The pattern as written in the lexicon.
    var pattern: String
    var cameo: String
    /// Rule id (`vi.consult.dien-dam`): written in `event.rule` and in explanations.
    var rule: String
    /// A noun (`cuộc tấn công`, `ceasefire`): takes its actors from the clause around it.
    var nominal = false
    /// A broad act (`attack`, `tấn công`) that a more specific trigger in the clause refines.
    var generic = false
    /// Also common outside politics (`tấn công` in football, `support` in markets).
    var ambiguous = false
    /// A joint act (talks, agreements): a compound subject acts on itself.
    var symmetric = false
    /// An act without a target (`resign`, `surrender`).
    var intransitive = false
    /// Only meaningful with the act it governs (`tiến hành`, `launched`, `warned`): no event alone.
    var needsComplement = false
    /// With a direct object (`agreed a sanctions package`) the act is adopted, not promised.
    var adoptsObject = false
    /// With a noun (`ủng hộ chuyến thăm của IAEA`, `supported an IAEA visit`) it endorses
    /// someone else's act and keeps its own code; with a verb it promises the act.
    var endorses = false
    /// A response to someone else's act (`đẩy lui`, `repelled`): reporting it blames nobody.
    var defensive = false
    /// A verb that governs another act (`agree to`, `urge`, `refuse to`, `lift`).
    var governor: CameoTransform.Governor?
    /// Where it was defined, for messages.
    var file = ""
    var line = 0
}

/// A trigger found in a sentence: tokens `start..<end` (and further `parts` for a
/// discontinuous pattern such as `ký … thỏa thuận`).
struct TriggerMatch: Sendable, Hashable {
    var entry: Int
    var start: Int
    var end: Int
    /// The parts after the first of a discontinuous pattern; empty (no array allocated) for
    /// a contiguous one, which is nearly every trigger.
    var laterParts: [Range<Int>] = []

    /// Every matched token range, first one `start..<end`.
    var parts: TriggerParts { TriggerParts(first: start..<end, later: laterParts) }
    /// Last token (exclusive) covered by any part.
    var spanEnd: Int { laterParts.last?.upperBound ?? end }
}

/// The token ranges of a trigger, read like an array: the first part, then the later parts
/// of a discontinuous pattern.
struct TriggerParts: RandomAccessCollection, Sendable {
    let first: Range<Int>
    let later: [Range<Int>]

    var startIndex: Int { 0 }
    var endIndex: Int { later.count + 1 }

    subscript(k: Int) -> Range<Int> { k == 0 ? first : later[k - 1] }
}

/// A language's trigger lexicon: contiguous phrases in one trie, discontinuous patterns
/// (`ký … thỏa thuận`: up to `gapWindow` tokens between parts) checked from their first part.
struct VerbLexicon: Sendable {
    static let gapWindow = 5

    var language: String
    private(set) var entries: [VerbEntry] = []
    private var contiguous = PhraseMatcher<Int>()
    /// Discontinuous patterns, flat: pattern `p` is entry `gapEntry[p]`, its parts are
    /// `gapParts[gapPartRange[p]]`, and part `k` has the keys `gapKeys[gapParts[k]]` (with
    /// their `Token.keyHash` at the same places in `gapKeyHashes`).
    ///
    /// Flat lists of plain values: matching reads them in place, where nested lists of parts
    /// were retained and released at every pattern tried (a dozen reference counts each), and
    /// comparing hashes first spares the string comparisons where a part is not.
    private var gapEntry: [Int] = []
    private var gapPartRange: [Range<Int>] = []
    private var gapParts: [Range<Int>] = []
    private var gapKeys: [String] = []
    private var gapKeyHashes: [UInt64] = []
    /// The patterns by the hash of their first key, in pattern order within a hash: the
    /// patterns that may start at a token are a run found by binary search (no trie walk and
    /// no list of head matches per token).
    private var gapByFirstHash: [(hash: UInt64, pattern: Int)] = []
    /// Per pattern, the bit (`VerbLexicon.windowBit`) of the first key of its second part,
    /// and the most tokens a head has: a pattern whose second part starts with no key of the
    /// tokens it could reach is ruled out without trying it (most are, for a common verb).
    private var gapSecondBit: [UInt64] = []
    private var longestGapHead = 0
    /// First keys of the contiguous patterns and of the gap heads: `matches` walks a trie
    /// only at tokens in its set.
    private var contiguousFirst = KeyHashSet()
    private var gapFirst = KeyHashSet()
    /// Both sets in one: most tokens start no trigger, and one question rules them out.
    private var anyFirst = KeyHashSet()
    /// The first keys of contiguous patterns and of gap heads as lists, for `FirstKeyTable`.
    private(set) var contiguousFirstHashes: [UInt64] = []
    private(set) var gapFirstHashes: [UInt64] = []

    init(language: String) { self.language = language }

    /// Parses `verbs.tsv` text: `pattern<TAB>cameo[<TAB>flags[<TAB>rule]]`.
    ///
    /// Pattern: space-separated words; `a|b` alternatives; `word+` regular English verb
    /// forms, `word~` noun plural; `…` (or `...`) a gap of up to five tokens.
    /// Flags (comma-separated): `n` nominal, `gen` generic, `amb` ambiguous, `sym`
    /// symmetric, `intr` intransitive, `def` defensive, `adopt` adopts a direct object,
    /// `endorse` endorses a noun, `comp`
    /// needs a governed act, `gov=agree|intend|threaten|appeal|demand|refuse|end|accuse|deny|aspect`.
    /// Without a rule the id is `<lang>.<family>.<slug of the pattern>`.
    mutating func load(_ text: String, file: String, codebook: CameoCodebook) throws {
        for (n, line) in EventLexiconText.lines(text) {
            let f = line.tabFields().map { $0.trimmingSpaces() }
            guard f.count >= 2, !f[0].isEmpty else {
                throw EventLexiconError(file: file, line: n, message: "expected `pattern<TAB>cameo[<TAB>flags[<TAB>rule]]`")
            }
            // `-`: a verb that only governs (`tiến hành`, `launched`); it needs `gov=`.
            // `none`: a phrase that is no act and hides the triggers inside it (`press release`).
            let governsOnly = f[1] == "-"
            let stop = f[1] == "none"
            guard governsOnly || stop || codebook.isValid(f[1]) else {
                throw EventLexiconError(file: file, line: n, message: "`\(f[1])` is not a CAMEO event code")
            }
            var e = VerbEntry(pattern: f[0], cameo: f[1], rule: "", file: file, line: n)
            if f.count >= 3 {
                for flag in f[2].simpleSplit(",").map({ $0.trimmingSpaces() }) where !flag.isEmpty {
                    switch flag {
                    case "n": e.nominal = true
                    case "gen": e.generic = true
                    case "amb": e.ambiguous = true
                    case "sym": e.symmetric = true
                    case "intr": e.intransitive = true
                    case "def": e.defensive = true
                    case "comp": e.needsComplement = true
                    case "adopt": e.adoptsObject = true
                    case "endorse": e.endorses = true
                    default:
                        if flag.hasPrefix("gov="), let g = CameoTransform.Governor(rawValue: String(flag.dropFirst(4))) {
                            e.governor = g
                        } else {
                            throw EventLexiconError(file: file, line: n, message: "unknown flag `\(flag)`")
                        }
                    }
                }
            }
            if stop {
                e.cameo = ""; e.needsComplement = true; e.governor = nil; e.nominal = true
            }
            if governsOnly {
                guard e.governor != nil else {
                    throw EventLexiconError(file: file, line: n, message: "code `-` needs a `gov=` flag")
                }
                e.cameo = ""; e.needsComplement = true
            }
            // Each phrase alternative is an entry of its own, with its own rule id.
            for alternative in f[0].simpleSplit("|").map({ $0.trimmingSpaces() }) {
                var a = e
                a.pattern = alternative
                a.rule = f.count >= 4 && !f[3].isEmpty ? f[3] : VerbLexicon.ruleID(language: language, cameo: f[1], pattern: alternative)
                let parts = try VerbLexicon.expand(pattern: alternative, file: file, line: n)
                let index = entries.count
                entries.append(a)
                for seq in parts {
                    if let first = seq.first?.first {
                        if seq.count == 1 {
                            contiguousFirst.insert(key: first); contiguousFirstHashes.append(Token.hash(key: first))
                        } else {
                            gapFirst.insert(key: first); gapFirstHashes.append(Token.hash(key: first))
                        }
                        anyFirst.insert(key: first)
                    }
                    if seq.count == 1 {
                        contiguous.insert(keys: seq[0], index)
                    } else {
                        addGapPattern(entry: index, parts: seq)
                    }
                }
            }
        }
    }

    /// Records a discontinuous pattern (`parts`: the token keys of each part, two or more).
    private mutating func addGapPattern(entry: Int, parts: [[String]]) {
        let p = gapEntry.count
        gapEntry.append(entry)
        let firstPart = gapParts.count
        for part in parts {
            let start = gapKeys.count
            for key in part { gapKeys.append(key); gapKeyHashes.append(Token.hash(key: key)) }
            gapParts.append(start..<gapKeys.count)
        }
        gapPartRange.append(firstPart..<gapParts.count)
        gapSecondBit.append(VerbLexicon.windowBit(Token.hash(key: parts[1][0])))
        longestGapHead = max(longestGapHead, parts[0].count)
        // Kept sorted by (hash, pattern); patterns come in increasing order, so the new one
        // goes after every entry of its hash.
        let h = Token.hash(key: parts[0][0])
        var at = gapByFirstHash.count
        while at > 0, gapByFirstHash[at - 1].hash > h { at -= 1 }
        gapByFirstHash.insert((hash: h, pattern: p), at: at)
    }

    /// One bit of 64 for a key hash (its top bits after a multiplicative mix), for the
    /// window filter of `bestGap`: an absent bit rules a key out, a present one only maybe.
    @inline(__always)
    static func windowBit(_ hash: UInt64) -> UInt64 { 1 << ((hash &* 0x9E37_79B9_7F4A_7C15) >> 58) }

    /// Whether part `k` of the gap patterns (`gapParts[k]`) lies at `tokens[at...]`.
    private func gapPart(_ k: Int, at: Int, in tokens: [Token]) -> Bool {
        let keys = gapParts[k]
        guard at + keys.count <= tokens.count else { return false }
        var t = at
        for j in keys {
            if tokens[t].keyHash != gapKeyHashes[j] || tokens[t].key != gapKeys[j] { return false }
            t += 1
        }
        return true
    }

    /// Every concrete key sequence of a pattern (`a b|c … d`: phrase alternatives split
    /// by `|`), each split at its gaps into parts.
    static func expand(pattern: String, file: String, line: Int) throws -> [[[String]]] {
        var out: [[[String]]] = []
        for alternative in pattern.simpleSplit("|").map({ $0.trimmingSpaces() }) {
            guard !alternative.isEmpty else {
                throw EventLexiconError(file: file, line: line, message: "empty alternative in `\(pattern)`")
            }
            var segments: [[String]] = [[]]          // pattern words per part
            for word in alternative.simpleSplit(" ").map(String.init) {
                if word == "…" || word == "..." {
                    guard !(segments.last!.isEmpty) else {
                        throw EventLexiconError(file: file, line: line, message: "a gap `…` must sit between words")
                    }
                    segments.append([])
                } else {
                    segments[segments.count - 1].append(word)
                }
            }
            guard !segments.last!.isEmpty else {
                throw EventLexiconError(file: file, line: line, message: "a gap `…` must sit between words")
            }
            // Each part: the cartesian product of its words' inflected forms, as token keys.
            var seqs: [[[String]]] = [[]]
            for seg in segments {
                var partKeys: [[String]] = [[]]
                for w in seg {
                    let forms = EnglishInflection.expand(w)
                    partKeys = partKeys.flatMap { prefix in forms.map { prefix + Tokenizer.tokens($0).map(\.key) } }
                }
                partKeys = partKeys.filter { !$0.isEmpty }
                seqs = seqs.flatMap { prefix in partKeys.map { prefix + [$0] } }
            }
            out += seqs
        }
        return out
    }

    /// `vi.consult.dien-dam`: language, CAMEO family, slug of the pattern's first forms.
    static func ruleID(language: String, cameo: String, pattern: String) -> String {
        let first = pattern.simpleSplit("|").first.map(String.init) ?? pattern
        let words = first.simpleSplit(" ").compactMap { w -> String? in
            if w == "…" || w == "..." { return nil }
            var word = String(w)
            if word.count > 1, word.hasSuffix("+") || word.hasSuffix("~") { word.removeLast() }
            return word
        }
        return "\(language).\(family(of: cameo)).\(Slug.make(words.joined(separator: " ")))"
    }

    /// Short name of a CAMEO root, used in rule ids.
    static func family(of cameo: String) -> String {
        if cameo == "none" { return "none" }
        return familyNames[String(cameo.prefix(2))] ?? "governs"
    }

    static let familyNames = ["01": "statement", "02": "appeal", "03": "intent", "04": "consult", "05": "support",
                     "06": "cooperate", "07": "aid", "08": "yield", "09": "investigate", "10": "demand",
                     "11": "disapprove", "12": "reject", "13": "threaten", "14": "protest", "15": "posture",
                     "16": "reduce", "17": "coerce", "18": "assault", "19": "fight", "20": "massviolence"]

    /// Triggers in `tokens`, leftmost first. Tokens where `blocked` is true (inside actor
    /// names or time expressions) never start or belong to a trigger; gaps never cross
    /// tokens where `isBarrier` is true (clause punctuation).
    ///
    /// `table`, when given, is the sentence's token table, whose `starts` (`FirstKeyTable`)
    /// says which tokens may start a trigger; else the lexicon's own first keys are asked.
    func matches(in tokens: [Token], table: [TokenInfo]? = nil, blocked: (Int) -> Bool, isBarrier: (Int) -> Bool) -> [TriggerMatch] {
        var out: [TriggerMatch] = []
        matches(in: tokens, table: table, blocked: blocked, isBarrier: isBarrier, into: &out)
        return out
    }

    /// `matches(in:table:blocked:isBarrier:)` written into `out`, emptied first with its room
    /// kept: the document pass hands every sentence the same list, where a new one per
    /// sentence cost a malloc (and a regrowth or two) and a free.
    func matches(in tokens: [Token], table: [TokenInfo]?, blocked: (Int) -> Bool, isBarrier: (Int) -> Bool,
                 into out: inout [TriggerMatch]) {
        if !out.isEmpty { out.removeAll(keepingCapacity: true) }
        // Tokens already in a trigger, by position (a flag per token: asked at every step);
        // grown only when a trigger is found, so a sentence without one builds nothing.
        var consumed = TokenFlags()
        var i = 0
        // No nested function reads `consumed`: capturing the `var` would box it and check
        // every access to it at run time.
        while i < tokens.count {
            let maybeContiguous: Bool, maybeGap: Bool
            if let table {
                let starts = table[i].starts
                // The table first: most tokens start no trigger, and it is one load.
                if starts.isDisjoint(with: [.verb, .gapVerb]) || consumed.contains(i) { i += 1; continue }
                maybeContiguous = starts.contains(.verb); maybeGap = starts.contains(.gapVerb)
            } else {
                let hash = tokens[i].keyHash
                if consumed.contains(i) || !anyFirst.contains(hash) { i += 1; continue }
                maybeContiguous = contiguousFirst.contains(hash); maybeGap = gapFirst.contains(hash)
            }
            var best: TriggerMatch?
            // A phrase may span a name it contains (`joint military exercises`), not start or end in one.
            // The longest usable phrase wins; when the longest of all is usable (the usual
            // case) the shorter ones need not be listed (an array per token).
            if maybeContiguous, let longest = contiguous.longestMatch(in: tokens, at: i) {
                if VerbLexicon.usable(i, longest.end, consumed, blocked) {
                    best = TriggerMatch(entry: longest.values[0], start: i, end: longest.end)
                } else {
                    for m in contiguous.allMatches(in: tokens, at: i) where VerbLexicon.usable(i, m.end, consumed, blocked) {
                        let cand = TriggerMatch(entry: m.values[0], start: i, end: m.end)
                        if best == nil || cand.spanEnd > best!.spanEnd { best = cand }
                    }
                }
            }
            if maybeGap, !blocked(i), let gap = bestGap(at: i, in: tokens, consumed: consumed, blocked: blocked, isBarrier: isBarrier),
               best == nil || gap.spanEnd > best!.spanEnd {
                best = gap
            }
            if let b = best {
                // Room for a few: most sentences with a trigger have one to four.
                if out.capacity == 0 { out.reserveCapacity(4) }
                consumed.insert(b.start..<b.end)
                for r in b.laterParts { consumed.insert(r) }
                out.append(b)
                i = b.end
            } else {
                i += 1
            }
        }
    }

    /// Tokens `r` are neither blocked nor in an earlier trigger.
    private static func free(_ r: Range<Int>, _ consumed: TokenFlags, _ blocked: (Int) -> Bool) -> Bool {
        r.allSatisfy { !blocked($0) && !consumed.contains($0) }
    }

    /// A contiguous phrase at `start..<end` may be a trigger: it is in no earlier trigger
    /// and may span a name it contains (`joint military exercises`), not start or end in one.
    private static func usable(_ start: Int, _ end: Int, _ consumed: TokenFlags, _ blocked: (Int) -> Bool) -> Bool {
        !blocked(end - 1) && (start..<end).allSatisfy({ !consumed.contains($0) }) && (end - start > 1 || free(start..<end, consumed, blocked))
            && (!blocked(start) || (start..<end).contains { !blocked($0) })
    }

    /// The discontinuous trigger starting at token `i` that reaches furthest, nil for none.
    ///
    /// Candidates are taken as a walk of the heads' trie took them (shorter heads first,
    /// then pattern order) and the first one reaching furthest wins: the patterns of the
    /// token's first key are tried in pattern order, and a tie goes to the shorter head.
    private func bestGap(at i: Int, in tokens: [Token], consumed: TokenFlags, blocked: (Int) -> Bool,
                         isBarrier: (Int) -> Bool) -> TriggerMatch? {
        let hash = tokens[i].keyHash
        var lo = 0, hi = gapByFirstHash.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if gapByFirstHash[mid].hash < hash { lo = mid + 1 } else { hi = mid }
        }
        guard lo < gapByFirstHash.count, gapByFirstHash[lo].hash == hash else { return nil }
        // The keys a second part may start with: the tokens after the shortest head up to the
        // furthest a part may start (`gapWindow` tokens after the longest head).
        var window: UInt64 = 0
        var t = i + 1
        let last = min(tokens.count, i + longestGapHead + VerbLexicon.gapWindow + 1)
        while t < last { window |= VerbLexicon.windowBit(tokens[t].keyHash); t += 1 }
        var best: TriggerMatch?
        var e = lo
        while e < gapByFirstHash.count, gapByFirstHash[e].hash == hash {
            let p = gapByFirstHash[e].pattern
            e += 1
            guard window & gapSecondBit[p] != 0 else { continue }
            let parts = gapPartRange[p]
            guard gapPart(parts.lowerBound, at: i, in: tokens) else { continue }
            let headEnd = i + gapParts[parts.lowerBound].count
            guard VerbLexicon.free(i..<headEnd, consumed, blocked),
                  let later = completeGap(parts, headEnd: headEnd, tokens: tokens, isBarrier: isBarrier) else { continue }
            let cand = TriggerMatch(entry: gapEntry[p], start: i, end: headEnd, laterParts: later)
            if let b = best, cand.spanEnd < b.spanEnd || cand.spanEnd == b.spanEnd && cand.end >= b.end { continue }
            best = cand
        }
        return best
    }

    /// The ranges of the parts after the head of a discontinuous pattern (`parts`, indices of
    /// `gapParts`), nil when one is missing.
    private func completeGap(_ parts: Range<Int>, headEnd: Int, tokens: [Token], isBarrier: (Int) -> Bool) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var pos = headEnd
        for k in (parts.lowerBound + 1)..<parts.upperBound {
            let length = gapParts[k].count
            var found: Range<Int>?
            var p = pos
            while p <= pos + VerbLexicon.gapWindow, p + length <= tokens.count {
                // No barrier in `pos..<p`: the positions before `p - 1` were checked on the way.
                if p > pos, isBarrier(p - 1) { break }
                // Later parts may lie inside a name (`strengthened its forces`, `Israeli troops`).
                if gapPart(k, at: p, in: tokens) {
                    found = p..<p + length; break
                }
                p += 1
            }
            guard let f = found else { return nil }
            ranges.append(f)
            pos = f.upperBound
        }
        return ranges
    }
}
