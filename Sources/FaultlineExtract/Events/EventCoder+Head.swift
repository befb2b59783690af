extension EventCoder {
    /// One head act of a clause: the trigger that names it, the chain of governing verbs
    /// down to the act, and the other triggers folded into it.
    ///
    /// Positions in the clause's trigger list (`code` keeps the list and hands it to `event`
    /// with the head), not copies of the triggers: a head held four triggers and arrays of
    /// them, two arrays allocated per head and four references retained at every copy; it
    /// now holds only ranges and copies as plain words.
    struct Head: Sendable, Hashable {
        /// Position of the trigger that names the act.
        var at: Int
        /// A run of the clause's triggers: the governing verbs and the act they lead to.
        var chain: Range<Int>
        /// The triggers folded in: those of `absorbedSpan` outside `absorbedSkip` (then the
        /// triggers that may not head, for the clause's last head: `EventCoder.mainTriggers`).
        var absorbedSpan: Range<Int>
        var absorbedSkip: Range<Int>
        /// Position of the verb that led into the act and denies it (`phủ nhận việc …`, `denied attacking`).
        var deniedAt: Int?
        /// A verb joined by `and`/`và` to the head before it (`convened a meeting and condemned
        /// the launch`): it shares that head's subject.
        var coordinated = false

        init(at: Int, chain: Range<Int>, absorbing span: Range<Int>, except skip: Range<Int>, deniedAt: Int? = nil) {
            self.at = at
            self.chain = chain
            self.absorbedSpan = span
            self.absorbedSkip = skip
            self.deniedAt = deniedAt
        }

        /// The triggers folded into the head, read from the clause's list `triggers`.
        func absorbed(in triggers: [TriggerMatch], extra: [TriggerMatch]) -> Absorbed {
            Absorbed(triggers: triggers, span: absorbedSpan, skip: absorbedSkip, extra: extra)
        }
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
