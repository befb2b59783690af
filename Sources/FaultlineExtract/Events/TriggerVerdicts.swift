/// A yes/no answer per trigger of one sentence, decided once: whether each trigger is used
/// as a verb (`EventCoder.isVerbal`), which the coder asks of the same triggers some four
/// times each (clauses, heads, chain steps, roles) at ~150 instructions per answer.
///
/// The answers are the bits of one word for the sentence's first 64 triggers, found by the
/// trigger's start (triggers never share a start, and lie in order): no allocation. A trigger
/// the set does not hold (another sentence's, or past the 64th) has no answer, and the caller
/// decides it.
struct TriggerVerdicts: Sendable {
    private var triggers: [TriggerMatch] = []
    private var bits: UInt64 = 0

    init() {}

    /// Decides `decide` for each of `triggers` (ordered by start, as `VerbLexicon.matches` gives them).
    init(_ triggers: [TriggerMatch], _ decide: (TriggerMatch) -> Bool) {
        self.triggers = triggers
        for k in 0..<min(triggers.count, 64) where decide(triggers[k]) { bits |= 1 << UInt64(k) }
    }

    /// The answer for `t`, nil when `t` is not one of the triggers decided.
    func verdict(_ t: TriggerMatch) -> Bool? {
        var lo = 0, hi = min(triggers.count, 64)
        while lo < hi {
            let mid = (lo + hi) / 2
            if triggers[mid].start < t.start { lo = mid + 1 } else { hi = mid }
        }
        // The answer depends only on the entry and the start.
        guard lo < min(triggers.count, 64), triggers[lo].start == t.start, triggers[lo].entry == t.entry else { return nil }
        return bits & (1 << UInt64(lo)) != 0
    }
}
