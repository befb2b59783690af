import FaultlineModel
import FaultlineText

/// Everything the coder looks up about one sentence, computed once: markers per token,
/// which tokens belong to actor names or time expressions, and the actor groups.
struct SentenceContext {
    typealias Class = MarkerLexicon.Class

    let input: CodingInput
    var tokens: [Token] { input.tokens }
    /// Tokens from here on are not coded (a caption's photo credit).
    let limit: Int
    /// Marker classes covering each token (leftmost-longest marker phrases).
    let classes: [Set<Class>]
    /// Start token of the marker phrase covering each token, or nil.
    let markerStart: [Int?]
    /// Mention index covering each token, or nil.
    let mentionAt: [Int?]
    /// Tokens inside time expressions.
    let inTimex: [Bool]
    let groups: [ActorGroup]
    /// Group index covering each token, or nil.
    let groupAt: [Int?]
    /// Non-political domains the sentence talks about (sport, weather, market).
    let domains: Set<Class>
    /// Tokens that belong to triggers; set by the coder once triggers are matched, so
    /// that a preposition search never reaches across a verb.
    var triggerTokens: Set<Int> = []

    init(_ input: CodingInput, markers: MarkerLexicon) {
        self.input = input
        let n = input.tokens.count
        var classes = [Set<Class>](repeating: [], count: n)
        var markerStart = [Int?](repeating: nil, count: n)
        var domains = Set<Class>()
        for m in markers.matches(in: input.tokens) {
            for i in m.start..<m.end { classes[i].formUnion(m.values); markerStart[i] = m.start }
            for c in m.values where c == .sport || c == .weather || c == .market { domains.insert(c) }
        }
        var mentionAt = [Int?](repeating: nil, count: n)
        for (k, m) in input.mentions.enumerated() {
            for i in max(0, m.start)..<min(n, m.end) where mentionAt[i] == nil { mentionAt[i] = k }
        }
        var inTimex = [Bool](repeating: false, count: n)
        for r in input.timexes { for i in max(0, r.lowerBound)..<min(n, r.upperBound) { inTimex[i] = true } }
        // A caption is coded up to its credit (`Ảnh: AFP`, `Photo: Reuters`).
        var limit = n
        if input.role == .caption, let c = (0..<n).first(where: { classes[$0].contains(.credit) && mentionAt[$0] == nil && $0 > 0 }) {
            limit = c
        }
        self.limit = limit
        self.classes = classes
        self.markerStart = markerStart
        self.mentionAt = mentionAt
        self.inTimex = inTimex
        self.domains = domains
        let groups = SentenceContext.makeGroups(input.mentions, tokens: input.tokens, classes: classes, limit: limit)
        var groupAt = [Int?](repeating: nil, count: n)
        for (g, grp) in groups.enumerated() { for i in grp.start..<grp.end { groupAt[i] = g } }
        self.groups = groups
        self.groupAt = groupAt
    }

    func has(_ c: Class, at i: Int) -> Bool { i >= 0 && i < classes.count && classes[i].contains(c) }

    func isPunctuation(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation }

    /// Clause punctuation: `,` `;` `:` `.` and brackets, not quotes or hyphens.
    func isClausePunctuation(_ i: Int) -> Bool {
        guard isPunctuation(i) else { return false }
        switch tokens[i].text {
        case ",", ";", ":", ".", "(", ")", "…", "...", "!", "?", "[", "]": return true
        default: return false
        }
    }

    func isQuote(_ i: Int) -> Bool {
        guard isPunctuation(i) else { return false }
        return ["\"", "“", "”", "‘", "’", "'", "«", "»", "``", "''"].contains(tokens[i].text)
    }

    /// Groups mentions joined by `và`/`and`/`,` (commas only inside a list that a joiner closes).
    static func makeGroups(_ mentions: [MentionSpan], tokens: [Token], classes: [Set<Class>], limit: Int) -> [ActorGroup] {
        var groups: [ActorGroup] = []
        // Mentions sharing one span (`hai ngoại trưởng` naming two actors) are already one span each.
        let ms = mentions.enumerated().filter { $0.element.start < limit }
        var k = 0
        while k < ms.count {
            var members = [ms[k].offset]
            var end = ms[k].element.end
            var j = k + 1
            var pendingComma: [Int] = []
            while j < ms.count {
                let between = Array(end..<ms[j].element.start)
                let joiner = !between.isEmpty && between.allSatisfy { classes[$0].contains(.joiner) }
                let comma = between.count == 1 && tokens[between[0]].text == ","
                let commaJoiner = between.count >= 2 && tokens[between[0]].text == "," && between.dropFirst().allSatisfy { classes[$0].contains(.joiner) }
                if joiner || commaJoiner {
                    members += pendingComma + [ms[j].offset]; pendingComma = []
                    end = ms[j].element.end; j += 1
                } else if comma {
                    pendingComma.append(ms[j].offset)
                    // Look ahead: the comma list counts only if a joiner closes it.
                    end = ms[j].element.end; j += 1
                } else {
                    break
                }
            }
            if !pendingComma.isEmpty {
                // No closing joiner: drop the comma-joined tail again.
                let firstPending = pendingComma[0]
                j = ms.firstIndex { $0.offset == firstPending }!
                end = mentions[members.last!].end
            }
            var actors: [String] = []
            var kinds: [ActorKind] = []
            var codes: [String] = []
            for m in members {
                for a in mentions[m].actors where !actors.contains(a) {
                    actors.append(a); kinds.append(mentions[m].kind); codes.append(mentions[m].code ?? "")
                }
            }
            groups.append(ActorGroup(mentions: members, start: mentions[members[0]].start, end: end,
                                     actors: actors, kinds: kinds, codes: codes))
            k = j
        }
        return groups
    }

    /// True when a marker of class `c` sits within `window` tokens before `start`, with only
    /// skippable words (not names, triggers, punctuation) in between.
    func precededBy(_ c: Class, start: Int, window: Int = 4, stop: (Int) -> Bool = { _ in false }) -> Bool {
        var i = start - 1
        var steps = 0
        while i >= 0, steps < window {
            if classes[i].contains(c) { return true }
            if isClausePunctuation(i) || mentionAt[i] != nil || triggerTokens.contains(i) || stop(i) { return false }
            // Another marker of a role class ends the search (the place belongs to it).
            if !classes[i].isDisjoint(with: [.locative, .agent, .possessive, .comitative, .against, .joiner]) { return false }
            i -= 1; steps += 1
        }
        return false
    }

    /// English possessive `'s` right after token `i`.
    func possessiveAfter(_ i: Int) -> Bool {
        i + 2 < tokens.count && ["'", "’"].contains(tokens[i + 1].text) && tokens[i + 2].key == "s"
    }

    /// Text of tokens `r` as written in the sentence.
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty, r.lowerBound < tokens.count else { return "" }
        let a = tokens[r.lowerBound].start, b = tokens[min(r.upperBound, tokens.count) - 1].end
        // Sliced in place: copying the sentence's bytes for every call is quadratic on a
        // long sentence (a page without punctuation is one sentence).
        let u = input.text.utf8
        guard a <= b, b <= u.count else { return tokens[r].map(\.text).joined(separator: " ") }
        return String(decoding: u[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)], as: UTF8.self)
    }
}
