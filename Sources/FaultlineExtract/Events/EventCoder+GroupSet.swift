extension EventCoder {
    /// Indices of actor groups of one sentence, in increasing order, kept without allocating:
    /// one bit per group below 64 (a sentence rarely has more groups), an array only past that.
    ///
    /// `roles` sorts the groups around each head into those before the trigger, after it and
    /// the usable subjects; as arrays these were three to five allocations and frees per head,
    /// more than the rest of the role search.
    struct GroupSet: BidirectionalCollection, Sendable {
        /// Groups `0..<64`, one bit each.
        private var low: UInt64 = 0
        /// Groups from 64 on, in increasing order.
        private var high: [Int] = []

        init() {}

        /// Adds group `g`, which must be larger than every group already in the set.
        mutating func append(_ g: Int) {
            precondition(g >= 0 && (high.last.map { g > $0 } ?? true), "GroupSet: groups are added in increasing order")
            if g < 64 { low |= 1 << UInt64(g) } else { high.append(g) }
        }

        /// Past the last group: no group index reaches it.
        private static let end = Int.max

        var startIndex: Int {
            if low != 0 { return low.trailingZeroBitCount }
            return high.first ?? GroupSet.end
        }

        var endIndex: Int { GroupSet.end }

        var isEmpty: Bool { low == 0 && high.isEmpty }

        subscript(position: Int) -> Int { position }

        func index(after i: Int) -> Int {
            if i < 63 {
                let rest = low & (~UInt64(0) << UInt64(i + 1))
                if rest != 0 { return rest.trailingZeroBitCount }
                return high.first ?? GroupSet.end
            }
            if i == 63 { return high.first ?? GroupSet.end }
            guard let k = high.firstIndex(of: i), k + 1 < high.count else { return GroupSet.end }
            return high[k + 1]
        }

        func index(before i: Int) -> Int {
            if i >= 64 {
                let k = i == GroupSet.end ? high.count : high.firstIndex(of: i)!
                if k > 0 { return high[k - 1] }
                precondition(low != 0, "GroupSet: no group before the first")
                return 63 - low.leadingZeroBitCount
            }
            let below = low & ((1 << UInt64(i)) &- 1)
            precondition(below != 0, "GroupSet: no group before the first")
            return 63 - below.leadingZeroBitCount
        }
    }
}
