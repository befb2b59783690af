extension EventCoder {
    /// One head act of a clause: the trigger that names it, the chain of governing verbs
    /// down to the act, and the other triggers folded into it.
    ///
    /// Positions in the clause's trigger list, not copies of the triggers: a head held four
    /// triggers and arrays of them (two arrays allocated per head, four references retained
    /// at each copy); it now holds the list once and the rest are ranges.
    struct Head {
        /// The clause's triggers.
        let triggers: [TriggerMatch]
        /// Position of the trigger that names the act.
        var at: Int
        /// A run of the clause's triggers: the governing verbs and the act they lead to.
        var chainRange: Range<Int>
        /// The triggers folded in: those of `absorbedSpan` outside `absorbedSkip`, then `extra`.
        var absorbedSpan: Range<Int>
        var absorbedSkip: Range<Int>
        /// Triggers of the clause that may not head (`EventCoder.mainTriggers`), folded into its last head.
        var extra: [TriggerMatch] = []
        /// Position of the verb that led into the act and denies it (`phủ nhận việc …`, `denied attacking`).
        var deniedAt: Int?
        /// A verb joined by `and`/`và` to the head before it (`convened a meeting and condemned
        /// the launch`): it shares that head's subject.
        var coordinated = false

        init(_ triggers: [TriggerMatch], at: Int, chain: Range<Int>, absorbing span: Range<Int>, except skip: Range<Int>,
             deniedAt: Int? = nil) {
            self.triggers = triggers
            self.at = at
            self.chainRange = chain
            self.absorbedSpan = span
            self.absorbedSkip = skip
            self.deniedAt = deniedAt
        }

        var trigger: TriggerMatch { triggers[at] }
        var chain: ArraySlice<TriggerMatch> { triggers[chainRange] }
        var deniedBy: TriggerMatch? { deniedAt.map { triggers[$0] } }
        var absorbed: Absorbed { Absorbed(triggers: triggers, span: absorbedSpan, skip: absorbedSkip, extra: extra) }
    }

    /// The triggers folded into a head, read in place from the clause's list: those of
    /// `span` outside `skip`, in order, then `extra`.
    struct Absorbed: Sequence {
        let triggers: [TriggerMatch]
        let span: Range<Int>
        let skip: Range<Int>
        let extra: [TriggerMatch]

        var isEmpty: Bool {
            extra.isEmpty && span.count == span.clamped(to: skip).count
        }

        struct Iterator: IteratorProtocol {
            let absorbed: Absorbed
            var position: Int
            var extraNext = 0

            mutating func next() -> TriggerMatch? {
                while position < absorbed.span.upperBound {
                    let k = position
                    position += 1
                    if !absorbed.skip.contains(k) { return absorbed.triggers[k] }
                }
                guard extraNext < absorbed.extra.count else { return nil }
                extraNext += 1
                return absorbed.extra[extraNext - 1]
            }
        }

        func makeIterator() -> Iterator { Iterator(absorbed: self, position: span.lowerBound) }
    }
}
