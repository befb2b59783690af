extension EventCoder {
    /// Markers after which a name is an object, not a new subject (made once, not per call).
    static let prepositionClasses = MarkerSet([.comitative, .locative, .possessive, .beneficiary, .against, .topic, .agent])

    /// `prepositionClasses` asked within two tokens, for `SentenceContext.precedingClasses`.
    static let prepositionsWithinTwo = [prepositionClasses, prepositionClasses]

    /// Splits the sentence into clauses, each of which codes at most one head act.
    ///
    /// A clause starts after `;`, at a boundary word (`tuy nhiên`, `but`, `while`), at a
    /// subordinator or `và`/`and` followed by a new subject (a name, then a verb), and at
    /// the edges of reported words.
    ///
    /// Cuts and verb starts are flags per token (a sentence has a few dozen): no set is built
    /// or hashed per sentence.
    func clauseRanges(_ ctx: SentenceContext, triggers: [TriggerMatch], frames: [ClaimFrame]) -> [Range<Int>] {
        let n = ctx.limit
        guard n > 0 else { return [] }
        var cut = [Bool](repeating: false, count: n + 1)
        cut[0] = true; cut[n] = true
        var verbalStart = [Bool](repeating: false, count: n)
        for t in triggers where t.start >= 0 && t.start < n && !verbalStart[t.start] && isVerbal(ctx, t) { verbalStart[t.start] = true }
        // Read once: each `ctx.tokens[i]` would copy the token (retaining its strings).
        let groupAt = ctx.groupAt, markerStart = ctx.markerStart, tokens = ctx.tokens

        /// A subject (a group) starting within three tokens of `i`, then a verb before the next punctuation.
        func newSubject(after i: Int) -> Bool {
            var j = i
            while j < n, j < i + 3, groupAt[j] == nil { j += 1 }
            guard j < n, let g = groupAt[j] else { return false }
            // A name after a preposition (`after fighting with rebels`) is no subject.
            let s = ctx.groups[g].start
            if !ctx.precedingClasses(start: s, asked: EventCoder.prepositionsWithinTwo).isEmpty { return false }
            var k = ctx.groups[g].end
            while k < n, !ctx.isClausePunctuation(k), !ctx.has(.relative, at: k), !ctx.has(.boundary, at: k) {
                if verbalStart[k] { return true }
                if groupAt[k] != nil { return false }
                k += 1
            }
            return false
        }

        for i in 0..<n {
            if tokens[i].kind == .punctuation, tokens[i].text == ";" { cut[i + 1] = true; continue }
            guard markerStart[i] == i else { continue }
            var markerEnd = i + 1
            while markerEnd < n, markerStart[markerEnd] == i { markerEnd += 1 }
            if ctx.has(.hypothetical, at: i) {
                // `Nếu X …, Y …` / `If X …, Y …`: the condition ends at its comma.
                cut[i] = true
                if let comma = (markerEnd..<n).first(where: { tokens[$0].text == "," }) { cut[comma + 1] = true }
            } else if ctx.has(.boundary, at: i) || ctx.has(.relative, at: i) {
                cut[i] = true
            } else if ctx.has(.subordinator, at: i), newSubject(after: markerEnd) {
                cut[i] = true
            } else if ctx.has(.joiner, at: i), groupAt[i] == nil, i > 0, groupAt[i - 1] == nil,
                      newSubject(after: markerEnd) {
                cut[i] = true
            }
        }
        for f in frames {
            // `urged X to …`, `chỉ trích Mỹ về …`: the cue is itself an act whose object follows; keep them together.
            let cueGoverns = triggers.contains { $0.start < f.cue.upperBound && $0.end > f.cue.lowerBound }
            if !cueGoverns, f.reported.lowerBound > 0 && f.reported.lowerBound < n { cut[f.reported.lowerBound] = true }
            if f.reported.upperBound < n, f.reported.upperBound >= 0 { cut[f.reported.upperBound] = true }
        }
        var out: [Range<Int>] = []
        var from = 0
        for i in 1...n where cut[i] {
            out.append(from..<i)
            from = i
        }
        return out
    }
}
