import Foundation
import FaultlineModel
import FaultlineText

/// One reporting expression of `reporting.tsv` (`cho biết`, `according to`, `dẫn lời`).
struct ReportingCue: Sendable, Hashable {
    enum Frame: String, Sendable {
        /// `X cho biết …`, `…, X said.`, `…, said X`: the speaker is next to the verb.
        case verb
        /// `Theo X, …`, `According to X, …`, `…, according to X.`: the speaker follows the cue.
        case pre
        /// `X dẫn lời Y …`, `X quoted Y as saying …`: Y speaks, X relays.
        case quote
        /// A word that makes the next name a relaying outlet (`hãng tin`, `news agency`).
        case via
    }

    var phrase: String
    var stance: Stance
    var frame: Frame
    /// CAMEO code of the act of speaking itself (`ra thông báo` → `010`), when it is one.
    var cameo: String?
    var rule: String
}

/// The reporting expressions of a language, matched by longest phrase.
struct ReportingLexicon: Sendable {
    var language: String
    private(set) var cues: [ReportingCue] = []
    private var matcher = PhraseMatcher<Int>()
    /// First keys of every cue: `matches` walks the trie only at tokens in this set.
    private var firstKeys = KeyHashSet()
    /// The same first keys as a list, for `FirstKeyTable`.
    private(set) var firstKeyHashes: [UInt64] = []

    init(language: String) { self.language = language }

    /// Parses `cue<TAB>stance<TAB>frame[<TAB>cameo]`; `a|b` lists alternatives.
    mutating func load(_ text: String, file: String, codebook: CameoCodebook) throws {
        for (n, line) in EventLexiconText.lines(text) {
            let f = line.tabFields().map { $0.trimmingSpaces() }
            guard f.count >= 3, !f[0].isEmpty else {
                throw EventLexiconError(file: file, line: n, message: "expected `cue<TAB>stance<TAB>frame[<TAB>cameo]`")
            }
            guard let stance = Stance(rawValue: f[1]) else {
                throw EventLexiconError(file: file, line: n, message: "unknown stance `\(f[1])`")
            }
            guard let frame = ReportingCue.Frame(rawValue: f[2]) else {
                throw EventLexiconError(file: file, line: n, message: "unknown frame `\(f[2])`")
            }
            var cameo: String?
            if f.count >= 4, !f[3].isEmpty {
                guard codebook.isValid(f[3]) else {
                    throw EventLexiconError(file: file, line: n, message: "`\(f[3])` is not a CAMEO event code")
                }
                cameo = f[3]
            }
            let forms = f[0].simpleSplit("|").map(String.init).filter { !$0.isEmpty }
            let rule = "\(language).claim.\(frame.rawValue).\(Slug.make(forms.first ?? f[0]))"
            let index = cues.count
            cues.append(ReportingCue(phrase: forms.first ?? f[0], stance: stance, frame: frame, cameo: cameo, rule: rule))
            for form in forms {
                let keys = Tokenizer.tokens(form).map(\.key)
                if let first = keys.first { firstKeys.insert(key: first); firstKeyHashes.append(Token.hash(key: first)) }
                matcher.insert(keys: keys, index)
            }
        }
    }

    /// Cue phrases of a sentence, leftmost-longest, skipping blocked tokens (actor names).
    func matches(in tokens: [Token], blocked: (Int) -> Bool) -> [(start: Int, end: Int, cue: Int)] {
        matches(in: tokens, range: 0..<tokens.count, blocked: blocked)
    }

    /// Cue phrases lying inside tokens `range`, as positions in `tokens`: the same as
    /// matching a copy of those tokens, without copying them (the detector asks for the
    /// words before the limit, and for short stretches between commas).
    ///
    /// `table`, when given, is the sentence's token table, whose `starts` (`FirstKeyTable`)
    /// says which tokens may start a cue; else the lexicon's own first keys are asked.
    func matches(in tokens: [Token], range: Range<Int>, table: [TokenInfo]? = nil, blocked: (Int) -> Bool) -> [(start: Int, end: Int, cue: Int)] {
        var out: [(start: Int, end: Int, cue: Int)] = []
        var i = range.lowerBound
        while let m = nextMatch(in: tokens, from: i, before: range.upperBound, table: table, blocked: blocked) {
            out.append(m)
            i = m.end
        }
        return out
    }

    /// The first cue phrase of `matches(in:range:table:blocked:)` starting at or after `from`
    /// (and ending by `before`), nil when there is none: the same matches one at a time, for a
    /// caller that reads them in order and needs no list of them (one allocation per sentence).
    func nextMatch(in tokens: [Token], from: Int, before: Int, table: [TokenInfo]? = nil,
                   blocked: (Int) -> Bool) -> (start: Int, end: Int, cue: Int)? {
        let end = min(before, tokens.count)
        var i = max(0, from)
        while i < end {
            // The key first: most tokens start no cue, and `blocked` is a call through a closure.
            let mayStart = table.map { $0[i].starts.contains(.cue) } ?? firstKeys.contains(tokens[i].keyHash)
            if mayStart, !blocked(i), let m = longestMatch(in: tokens, at: i, before: end),
               !(i..<m.end).contains(where: blocked) {
                return (start: i, end: m.end, cue: m.cue)
            }
            i += 1
        }
        return nil
    }

    /// The longest cue starting at `i` and ending by `end`.
    private func longestMatch(in tokens: [Token], at i: Int, before end: Int) -> (end: Int, cue: Int)? {
        guard let m = matcher.longestMatch(in: tokens, at: i) else { return nil }
        if m.end <= end { return (m.end, m.values[0]) }
        // The longest cue runs past the range: take the longest one inside it.
        guard let inside = matcher.allMatches(in: tokens, at: i).last(where: { $0.end <= end }) else { return nil }
        return (inside.end, inside.values[0])
    }
}
