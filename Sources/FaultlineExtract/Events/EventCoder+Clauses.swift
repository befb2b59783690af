extension EventCoder {
    /// Markers after which a name is an object, not a new subject (made once, not per call).
    static let prepositionClasses: [MarkerLexicon.Class] = [.comitative, .locative, .possessive, .beneficiary, .against, .topic, .agent]

    /// Splits the sentence into clauses, each of which codes at most one head act.
    ///
    /// A clause starts after `;`, at a boundary word (`tuy nhiên`, `but`, `while`), at a
    /// subordinator or `và`/`and` followed by a new subject (a name, then a verb), and at
    /// the edges of reported words.
    func clauseRanges(_ ctx: SentenceContext, triggers: [TriggerMatch], frames: [ClaimFrame]) -> [Range<Int>] {
        let n = ctx.limit
        guard n > 0 else { return [] }
        var cuts: Set<Int> = [0, n]
        let verbalStarts = Set(triggers.filter { isVerbal(ctx, $0) }.map(\.start))

        /// A subject (a group) starting within three tokens of `i`, then a verb before the next punctuation.
        func newSubject(after i: Int) -> Bool {
            var j = i
            while j < n, j < i + 3, ctx.groupAt[j] == nil { j += 1 }
            guard j < n, let g = ctx.groupAt[j] else { return false }
            // A name after a preposition (`after fighting with rebels`) is no subject.
            let s = ctx.groups[g].start
            for c in EventCoder.prepositionClasses where ctx.precededBy(c, start: s, window: 2) { return false }
            var k = ctx.groups[g].end
            while k < n, !ctx.isClausePunctuation(k), !ctx.has(.relative, at: k), !ctx.has(.boundary, at: k) {
                if verbalStarts.contains(k) { return true }
                if ctx.groupAt[k] != nil { return false }
                k += 1
            }
            return false
        }

        for i in 0..<n {
            let t = ctx.tokens[i]
            if t.kind == .punctuation, t.text == ";" { cuts.insert(i + 1); continue }
            guard ctx.markerStart[i] == i else { continue }
            let markerEnd = (i..<n).first { ctx.markerStart[$0] != i } ?? n
            if ctx.has(.hypothetical, at: i) {
                // `Nếu X …, Y …` / `If X …, Y …`: the condition ends at its comma.
                cuts.insert(i)
                if let comma = (markerEnd..<n).first(where: { ctx.tokens[$0].text == "," }) { cuts.insert(comma + 1) }
            } else if ctx.has(.boundary, at: i) || ctx.has(.relative, at: i) {
                cuts.insert(i)
            } else if ctx.has(.subordinator, at: i), newSubject(after: markerEnd) {
                cuts.insert(i)
            } else if ctx.has(.joiner, at: i), ctx.groupAt[i] == nil, i > 0, ctx.groupAt[i - 1] == nil,
                      newSubject(after: markerEnd) {
                cuts.insert(i)
            }
        }
        for f in frames {
            // `urged X to …`, `chỉ trích Mỹ về …`: the cue is itself an act whose object follows; keep them together.
            let cueGoverns = triggers.contains { $0.start < f.cue.upperBound && $0.end > f.cue.lowerBound }
            if !cueGoverns, f.reported.lowerBound > 0 && f.reported.lowerBound < n { cuts.insert(f.reported.lowerBound) }
            if f.reported.upperBound < n { cuts.insert(f.reported.upperBound) }
        }
        let sorted = cuts.sorted()
        return zip(sorted, sorted.dropFirst()).compactMap { $0 < $1 ? $0..<$1 : nil }
    }
}
