extension EventCoder {
    /// The `GroupInfo` of each group of one sentence, kept without allocating: one bit per
    /// group below 64 in one word per flag (a sentence rarely has more groups), an array
    /// only past that.
    ///
    /// Made once per sentence with triggers; as an array of `GroupInfo` it cost an allocation
    /// and a free per sentence, more than filling it.
    struct GroupInfoTable: Sendable {
        private var locative: UInt64 = 0, agent: UInt64 = 0, possessive: UInt64 = 0, comitative: UInt64 = 0,
                    media: UInt64 = 0, place: UInt64 = 0, topic: UInt64 = 0, beneficiary: UInt64 = 0, party: UInt64 = 0
        /// Groups from 64 on: `overflow[g - 64]`.
        private var overflow: [GroupInfo] = []
        /// Groups held: `0..<count`.
        private(set) var count = 0

        init() {}

        /// Adds the facts of the next group (group `count`).
        @inline(__always)
        mutating func append(_ info: GroupInfo) {
            defer { count += 1 }
            guard count < 64 else { overflow.append(info); return }
            let bit = UInt64(1) << UInt64(count)
            if info.locative { locative |= bit }
            if info.agent { agent |= bit }
            if info.possessive { possessive |= bit }
            if info.comitative { comitative |= bit }
            if info.media { media |= bit }
            if info.place { place |= bit }
            if info.topic { topic |= bit }
            if info.beneficiary { beneficiary |= bit }
            if info.party { party |= bit }
        }

        /// (Inlined: a caller asking one fact reads one word.)
        @inline(__always)
        subscript(g: Int) -> GroupInfo {
            precondition(g >= 0 && g < count, "GroupInfoTable: no group \(g)")
            if g >= 64 { return overflow[g - 64] }
            let bit = UInt64(1) << UInt64(g)
            return GroupInfo(locative: locative & bit != 0, agent: agent & bit != 0, possessive: possessive & bit != 0,
                             comitative: comitative & bit != 0, media: media & bit != 0, place: place & bit != 0,
                             topic: topic & bit != 0, beneficiary: beneficiary & bit != 0, party: party & bit != 0)
        }
    }
}
