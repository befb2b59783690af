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
    /// Written into `out` (empty, from `SentenceLists`).
    func clauseRanges(_ ctx: SentenceContext, triggers: [TriggerMatch], frames: [ClaimFrame], into out: inout [Range<Int>]) {
        let n = ctx.limit
        guard n > 0 else { return }
        // Both flags per token in one scratch buffer on the stack, zeroed at once: an array
        // appended to token by token cost a malloc, a free and a uniqueness check per token.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { flags in
            flags.initialize(repeating: 0)
            clauseRanges(ctx, triggers: triggers, frames: frames, flags: flags, into: &out)
        }
    }

    /// `clauseRanges` over a zeroed buffer of `ctx.limit + 1` flags.
    private func clauseRanges(_ ctx: SentenceContext, triggers: [TriggerMatch], frames: [ClaimFrame],
                              flags: UnsafeMutableBufferPointer<UInt8>, into out: inout [Range<Int>]) {
        let n = ctx.limit
        let cutFlag: UInt8 = 1, verbalFlag: UInt8 = 2
        flags[0] |= cutFlag; flags[n] |= cutFlag
        for t in triggers where t.start >= 0 && t.start < n && flags[t.start] & verbalFlag == 0 && isVerbal(ctx, t) {
            flags[t.start] |= verbalFlag
        }
        // Read once: each `ctx.tokens[i]` would copy the token (retaining its strings).
        let groupAt = ctx.groupAt, markerStart = ctx.markerStart, tokens = ctx.tokens, table = ctx.table

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
                if flags[k] & verbalFlag != 0 { return true }
                if groupAt[k] != nil { return false }
                k += 1
            }
            return false
        }

        for i in 0..<n {
            // The token's facts read once (`ctx.has` per class re-checked the bounds and reread them).
            let info = table[i]
            // `;` is clause punctuation (so is every text equal to it): only those tokens are
            // compared, as a byte where it can be (`equals`).
            if info.clausePunctuation, SentenceContext.equals(tokens[i].text, ascii: UInt8(ascii: ";"), ";") { flags[i + 1] |= cutFlag; continue }
            guard Int(info.markerStart) == i else { continue }
            var markerEnd = i + 1
            while markerEnd < n, markerStart[markerEnd] == i { markerEnd += 1 }
            let classes = info.classes
            if classes.contains(.hypothetical) {
                // `Nếu X …, Y …` / `If X …, Y …`: the condition ends at its comma.
                flags[i] |= cutFlag
                if let comma = (markerEnd..<n).first(where: { SentenceContext.equals(tokens[$0].text, ascii: UInt8(ascii: ","), ",") }) { flags[comma + 1] |= cutFlag }
            } else if classes.contains(.boundary) || classes.contains(.relative) {
                flags[i] |= cutFlag
            } else if classes.contains(.subordinator), newSubject(after: markerEnd) {
                flags[i] |= cutFlag
            } else if classes.contains(.joiner), info.group < 0, i > 0, groupAt[i - 1] == nil,
                      newSubject(after: markerEnd) {
                flags[i] |= cutFlag
            }
        }
        // By index, reading the two ranges: `for f in frames` copied each frame (its strings and notes).
        for k in frames.indices {
            let cue = frames[k].cue, reported = frames[k].reported
            // `urged X to …`, `chỉ trích Mỹ về …`: the cue is itself an act whose object follows; keep them together.
            let cueGoverns = triggers.contains { $0.start < cue.upperBound && $0.end > cue.lowerBound }
            if !cueGoverns, reported.lowerBound > 0 && reported.lowerBound < n { flags[reported.lowerBound] |= cutFlag }
            if reported.upperBound < n, reported.upperBound >= 0 { flags[reported.upperBound] |= cutFlag }
        }
        // Counted first: one allocation for the clauses instead of one per growth (none when
        // the list kept from an earlier sentence has room).
        var count = 0
        for i in 1...n where flags[i] & cutFlag != 0 { count += 1 }
        if out.capacity < count { out.reserveCapacity(count) }
        var from = 0
        for i in 1...n where flags[i] & cutFlag != 0 {
            out.append(from..<i)
            from = i
        }
    }
}
