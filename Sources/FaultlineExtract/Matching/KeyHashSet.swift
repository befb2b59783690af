import FaultlineText

/// A set of key hashes (`Token.keyHash`) built once, asked once per token.
///
/// `Set<UInt64>` hashes its element again with `Hasher` on every lookup; key hashes are
/// already well mixed, so an open-addressing table indexed by their high bits answers with
/// a few instructions. Used to skip tokens that start no lexicon phrase before walking the
/// trie for them (time, verb, marker and reporting lexicons). A hash that is present only
/// says "maybe": the trie still decides, so collisions cannot change any match.
struct KeyHashSet: Sendable {
    /// Slots; `empty` marks a free one (a hash equal to it is kept in `holdsEmpty`).
    private var slots: [UInt64] = [KeyHashSet.empty, KeyHashSet.empty]
    private var count = 0
    private var holdsEmpty = false
    private static let empty: UInt64 = 0

    init() {}

    init(_ hashes: some Sequence<UInt64>) {
        for h in hashes { insert(h) }
    }

    @inline(__always)
    private static func slot(_ h: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds the hash of a matching key (a phrase's first token key).
    /// True when no hash was inserted.
    var isEmpty: Bool { count == 0 && !holdsEmpty }

    mutating func insert(key: String) { insert(Token.hash(key: key)) }

    mutating func insert(_ h: UInt64) {
        if h == KeyHashSet.empty { holdsEmpty = true; return }
        if contains(h) { return }
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = [UInt64](repeating: KeyHashSet.empty, count: old.count * 2)
            count = 0
            for o in old where o != KeyHashSet.empty { place(o) }
        }
        place(h)
    }

    private mutating func place(_ h: UInt64) {
        let mask = slots.count - 1
        var i = KeyHashSet.slot(h, mask: mask)
        while slots[i] != KeyHashSet.empty { i = (i + 1) & mask }
        slots[i] = h
        count += 1
    }

    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        if h == KeyHashSet.empty { return holdsEmpty }
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = KeyHashSet.slot(h, mask: mask)
            while true {
                let v = s[i]
                if v == h { return true }
                if v == KeyHashSet.empty { return false }
                i = (i + 1) & mask
            }
        }
    }
}
