import FaultlineModel
import FaultlineText

/// Everything the coder looks up about one sentence, computed once: markers per token,
/// which tokens belong to actor names or time expressions, and the actor groups.
///
/// The facts computed by `init` live in one immutable `Facts` object shared by every copy:
/// the coder hands the context to a dozen functions and closures per sentence, and a copy
/// then retains two references (the facts and `triggerTokens`) instead of one per field.
struct SentenceContext {
    typealias Class = MarkerLexicon.Class

    /// What `init` computes; never changed afterwards.
    private final class Facts: Sendable {
        let input: CodingInput
        let limit: Int
        let table: [TokenInfo]
        let groups: ActorGroups
        let domains: Set<Class>
        let firstKeysKnown: Bool
        let firstCueStart: Int

        init(input: CodingInput, limit: Int, table: [TokenInfo], groups: ActorGroups, domains: Set<Class>, firstKeysKnown: Bool,
             firstCueStart: Int) {
            self.input = input; self.limit = limit; self.table = table; self.groups = groups; self.domains = domains
            self.firstKeysKnown = firstKeysKnown; self.firstCueStart = firstCueStart
        }
    }

    private let facts: Facts

    var input: CodingInput { facts.input }
    var tokens: [Token] { facts.input.tokens }
    /// The sentence as UTF-8, for quoting token ranges (a view: native strings index their
    /// UTF-8 by offset directly, so no copy of the bytes is made per sentence).
    var utf8: String.UTF8View { facts.input.text.utf8 }
    /// Tokens from here on are not coded (a caption's photo credit).
    var limit: Int { facts.limit }
    /// Per-token facts (marker classes, marker start, mention, group, time expression),
    /// one table read through the columns below.
    var table: [TokenInfo] { facts.table }
    /// Marker classes covering each token (leftmost-longest marker phrases).
    var classes: TokenColumn<ClassesField> { TokenColumn(table: table) }
    /// Start token of the marker phrase covering each token, or nil.
    var markerStart: TokenColumn<MarkerStartField> { TokenColumn(table: table) }
    /// Mention index covering each token, or nil.
    var mentionAt: TokenColumn<MentionField> { TokenColumn(table: table) }
    /// Tokens inside time expressions.
    var inTimex: TokenColumn<TimexField> { TokenColumn(table: table) }
    var groups: ActorGroups { facts.groups }
    /// Group index covering each token, or nil.
    var groupAt: TokenColumn<GroupField> { TokenColumn(table: table) }
    /// Non-political domains the sentence talks about (sport, weather, market).
    var domains: Set<Class> { facts.domains }
    /// The table's `starts` were filled from a `FirstKeyTable` of every lexicon (the coder's),
    /// so trigger and cue searches may read them instead of asking their own first keys.
    var firstKeysKnown: Bool { facts.firstKeysKnown }
    /// With `firstKeysKnown`, the first token that may start a reporting cue (the token count
    /// when none may): the claim detector starts its search there, and most sentences, naming
    /// no cue at all, are passed over without a walk through their tokens. Without, 0.
    var firstCueStart: Int { facts.firstCueStart }
    /// Tokens that belong to triggers; set by the coder once triggers are matched, so
    /// that a preposition search never reaches across a verb.
    var triggerTokens = TokenFlags()
    /// Whether each trigger is used as a verb (`EventCoder.isVerbal`); set by the coder once
    /// triggers are matched, as clauses, heads, chains and roles ask it of the same triggers.
    var verbal = TriggerVerdicts()

    /// `firstKeys`, when given, holds the first keys of every lexicon of the coder (`markers`'
    /// among them): each token is looked up once, and the table keeps the answer for the
    /// trigger and cue searches. Without it, markers are found by their own first keys.
    init(_ input: CodingInput, markers: __shared MarkerLexicon, firstKeys: __shared FirstKeyTable? = nil) {
        let tokens = input.tokens
        let n = tokens.count
        var domainBits = MarkerSet()
        var limit = n
        // Filled by appending (`Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:)`
        // go through the runtime's generic path, some 600 instructions), then markers, mentions
        // and time expressions written through one buffer: the array's subscripts checked its
        // uniqueness at every write.
        var table: [TokenInfo] = []
        table.reserveCapacity(n)
        var firstCue = firstKeys == nil ? 0 : n
        for t in 0..<n {
            var info = TokenInfo()
            if tokens[t].kind == .punctuation {
                info.punctuation = true
                info.clausePunctuation = Self.isClausePunctuation(tokens[t].text)
            }
            if let firstKeys {
                info.starts = firstKeys.starts(tokens[t].keyHash)
                if firstCue == n, info.starts.contains(.cue) { firstCue = t }
            }
            table.append(info)
        }
        table.withUnsafeMutableBufferPointer { buffer in
            // Leftmost-longest markers (`markers.scan`), asking the table's first keys when it has
            // them. The classes of a phrase are read from its trie node in place: handing out its
            // list of classes retained and released the list at every marker.
            let known = firstKeys != nil
            var i = 0
            while i < n {
                if known ? buffer[i].starts.contains(.marker) : markers.mayStart(tokens[i].keyHash),
                   let m = markers.longestMatchNode(in: tokens, at: i) {
                    let set = markers.classes(ofNode: m.node)
                    for k in i..<m.end { buffer[k].classes.formUnion(set); buffer[k].markerStart = Int32(i) }
                    domainBits.formUnion(set.intersection(Self.domainClasses))
                    i = m.end
                } else {
                    i += 1
                }
            }
            // Mentions are read in place by index: a copy of each (`enumerated()`) retained its
            // actor list and strings, and released them again.
            let mentions = input.mentions
            for k in mentions.indices {
                for i in max(0, mentions[k].start)..<min(n, mentions[k].end) where buffer[i].mention < 0 { buffer[i].mention = Int32(k) }
            }
            for r in input.timexes { for i in max(0, r.lowerBound)..<min(n, r.upperBound) { buffer[i].inTimex = true } }
            // A caption is coded up to its credit (`Ảnh: AFP`, `Photo: Reuters`).
            if input.role == .caption, let c = (0..<n).first(where: { buffer[$0].classes.contains(.credit) && buffer[$0].mention < 0 && $0 > 0 }) {
                limit = c
            }
        }
        let groups = SentenceContext.makeGroups(input.mentions, tokens: tokens, table: table, limit: limit)
        if !groups.isEmpty {
            table.withUnsafeMutableBufferPointer { buffer in
                for g in groups.indices { for i in groups[g].start..<groups[g].end { buffer[i].group = Int32(g) } }
            }
        }
        // Non-political domains are rare: the set is built only for a sentence naming one.
        var domains = Set<Class>()
        if !domainBits.isEmpty {
            for c in [Class.sport, .weather, .market] where domainBits.contains(c) { domains.insert(c) }
        }
        facts = Facts(input: input, limit: limit, table: table, groups: groups, domains: domains, firstKeysKnown: firstKeys != nil,
                      firstCueStart: firstCue)
    }

    func has(_ c: Class, at i: Int) -> Bool { i >= 0 && i < table.count && table[i].classes.contains(c) }

    /// Sport, weather and market (a constant mask: a `static let` went through `swift_once`
    /// at every marker).
    static var domainClasses: MarkerSet { MarkerSet(bits: MarkerSet.bit(.sport) | MarkerSet.bit(.weather) | MarkerSet.bit(.market)) }

    func isPunctuation(_ i: Int) -> Bool { i >= 0 && i < table.count && table[i].punctuation }

    /// Clause punctuation: `,` `;` `:` `.` and brackets, not quotes or hyphens.
    func isClausePunctuation(_ i: Int) -> Bool { i >= 0 && i < table.count && table[i].clausePunctuation }

    /// Whether a punctuation token's text is clause punctuation (decided once per token).
    static func isClausePunctuation(_ text: String) -> Bool {
        // A one-byte token is one ASCII character: compare the byte. `...` and `…` are
        // compared as bytes. Any other token equal to a mark of the list is one non-ASCII
        // scalar (a canonical equivalent such as U+037E for `;`): at most four bytes, led
        // by a multi-byte lead byte; only those go through the string comparison.
        let u = text.utf8
        if u.count == 1 {
            switch u[u.startIndex] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"): return true
            default: return false
            }
        }
        // Three bytes `E2 80 xx`: a mark of General Punctuation (U+2000–U+203F: quotes, dashes,
        // `…`). None is canonically equivalent to an ASCII mark, so only `…` (U+2026) counts;
        // the curly quotes of news text are decided here without a string comparison.
        if u.count == 3 {
            var k = u.startIndex
            let b0 = u[k]; u.formIndex(after: &k)
            let b1 = u[k]; u.formIndex(after: &k)
            if b0 == 0xE2, b1 == 0x80 { return u[k] == 0xA6 }
        }
        if u.elementsEqual("...".utf8) || u.elementsEqual("…".utf8) { return true }
        guard u.count <= 4, let lead = u.first, lead >= 0xC0 else { return false }
        switch text {
        case ",", ";", ":", ".", "(", ")", "…", "...", "!", "?", "[", "]": return true
        default: return false
        }
    }

    func isQuote(_ i: Int) -> Bool {
        guard isPunctuation(i) else { return false }
        // One byte: one ASCII character, which can only be `"` or `'` of the list.
        let u = tokens[i].text.utf8
        if u.count == 1 { return u.first == UInt8(ascii: "\"") || u.first == UInt8(ascii: "'") }
        // A `switch`, not `[…].contains`: the array literal was built on every call.
        switch tokens[i].text {
        case "\"", "“", "”", "‘", "’", "'", "«", "»", "``", "''": return true
        default: return false
        }
    }

    /// Token `i` is `,` (asked at every step of the claim detector's searches).
    ///
    /// `,` and `;` are clause punctuation, a flag of the token table: the text is compared
    /// only for the few tokens that carry it.
    func isComma(_ i: Int) -> Bool {
        table[i].clausePunctuation && Self.equals(tokens[i].text, ascii: UInt8(ascii: ","), ",")
    }

    /// Token `i` is `;`.
    func isSemicolon(_ i: Int) -> Bool {
        table[i].clausePunctuation && Self.equals(tokens[i].text, ascii: UInt8(ascii: ";"), ";")
    }

    /// `text == literal` for a one-character ASCII `literal` (whose byte is `byte`), mostly
    /// without the general string comparison: a string equal to one ASCII character is a
    /// single scalar (a canonical equivalent such as U+037E for `;` included), so it has at
    /// most four bytes and, when longer than one, starts with a multi-byte lead byte.
    static func equals(_ text: String, ascii byte: UInt8, _ literal: String) -> Bool {
        let u = text.utf8
        let count = u.count
        guard count > 0 else { return false }
        let first = u[u.startIndex]
        if count == 1 { return first == byte }
        return count <= 4 && first >= 0xC0 && text == literal
    }

    /// `'` or `’` (the English possessive's apostrophe).
    static func isApostrophe(_ text: String) -> Bool {
        switch text {
        case "'", "’": return true
        default: return false
        }
    }

    /// True when a marker of class `c` sits within `window` tokens before `start`, with only
    /// skippable words (not names, triggers, punctuation) in between.
    func precededBy(_ c: Class, start: Int, window: Int = 4, stop: (Int) -> Bool = { _ in false }) -> Bool {
        var i = start - 1
        var steps = 0
        while i >= 0, steps < window {
            let info = table[i]
            if !info.classes.isEmpty, info.classes.contains(c) { return true }
            // `trong 24 giờ qua quân đội Ukraine`: the preposition belongs to the time expression.
            if isClausePunctuation(i) || info.mention >= 0 || triggerTokens.contains(i) || info.inTimex || stop(i) { return false }
            // Another marker of a role class ends the search (the place belongs to it).
            if !info.classes.isEmpty, !info.classes.isDisjoint(with: Self.roleClasses) { return false }
            i -= 1; steps += 1
        }
        return false
    }

    /// The classes `c` for which `precededBy(c, start:, window:)` holds, where the classes
    /// still asked at step `k` back are `asked[k]` (a class with window `w` is asked at steps
    /// `0..<w`), in one backward walk.
    ///
    /// Where a `precededBy` call per class walks back once per class, this walks once: the
    /// stops (punctuation, a name, a trigger, a time expression, a role marker) do not depend
    /// on the class asked, so every class sees the same tokens in the same order.
    func precedingClasses(start: Int, asked: [MarkerSet]) -> MarkerSet {
        var found = MarkerSet()
        var i = start - 1
        var steps = 0
        while i >= 0, steps < asked.count {
            let info = table[i]
            if !info.classes.isEmpty { found.formUnion(info.classes.intersection(asked[steps])) }
            if isClausePunctuation(i) || info.mention >= 0 || triggerTokens.contains(i) || info.inTimex { break }
            if !info.classes.isEmpty, !info.classes.isDisjoint(with: Self.roleClasses) { break }
            i -= 1; steps += 1
        }
        return found
    }

    static let roleClasses = MarkerSet([.locative, .agent, .possessive, .comitative, .against, .joiner, .adjunct])

    /// True when the place of group `g` only ranks a thing (`nhà máy lớn nhất châu Âu`, `the
    /// largest plant in Europe`, `Europe's largest plant`): it says where the thing stands among
    /// others, not where an act happened. Only superlatives after `from` (the trigger's end)
    /// count, so `the deadliest attack in Syria` keeps its place.
    func comparisonDomain(_ g: Int, after from: Int) -> Bool {
        let s = groups[g].start, e = groups[g].end
        if possessiveAfter(e - 1), has(.superlative, at: e + 2) { return true }
        var i = s - 1, steps = 0
        while i >= max(0, from), steps < 3 {
            if has(.superlative, at: i) { return true }
            if isClausePunctuation(i) || mentionAt[i] != nil { return false }
            i -= 1; steps += 1
        }
        return false
    }

    /// True when the group starting at `start` follows a partitive `of` (`one third of ethnic
    /// Albanian guerrillas`, `dozens of civilians`, `40% of the fighters`).
    func partitive(start: Int) -> Bool {
        var i = start - 1
        while i >= max(0, start - 3) {
            if has(.possessive, at: i) {
                guard i >= 1 else { return false }
                let before = i - 1
                return has(.partitive, at: before) || tokens[before].text.first?.isNumber == true || tokens[before].text == "%"
            }
            if isClausePunctuation(i) || mentionAt[i] != nil { return false }
            i -= 1
        }
        return false
    }

    /// English possessive `'s` right after token `i`.
    func possessiveAfter(_ i: Int) -> Bool {
        i + 2 < tokens.count && Self.isApostrophe(tokens[i + 1].text) && tokens[i + 2].key == "s"
    }

    /// Text of tokens `r` as written in the sentence.
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty, r.lowerBound < tokens.count else { return "" }
        let a = tokens[r.lowerBound].start, b = tokens[min(r.upperBound, tokens.count) - 1].end
        let text = input.text, utf8 = text.utf8
        guard a <= b, b <= utf8.count else { return tokens[r].map(\.text).joined(separator: " ") }
        return Self.copy(text, bytes: a..<b)
    }

    /// The UTF-8 bytes `r` of `text` (within its length) as a string of their own.
    ///
    /// Decoded from the string's contiguous UTF-8 (what a native string keeps): the same
    /// result as `String(decoding:as:)` over a slice of the UTF-8 view, which walked the
    /// slice through a generic path, or `String(text[lo..<hi])`, which validated the indices
    /// and copied through a substring, each some 300 instructions more.
    static func copy(_ text: String, bytes r: Range<Int>) -> String {
        if let s = text.utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }) {
            return s
        }
        let u = text.utf8
        let lo = u.index(u.startIndex, offsetBy: r.lowerBound), hi = u.index(lo, offsetBy: r.count)
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}
