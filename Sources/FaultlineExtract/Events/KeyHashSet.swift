import FaultlineText

/// The `Token.keyHash` values of the words that start at least one phrase of a lexicon.
///
/// The event lexicons are scanned at every token of every sentence, but most tokens start
/// no phrase: asking this set first (one multiply and a probe or two, no call, no array)
/// skips the trie walk and the array it returns there. A hash that is present only says
/// "maybe": the trie still decides, so collisions cannot change any match.
struct KeyHashSet: Sendable {
    /// Open addressing; 0 marks an empty slot (a real hash of 0 is kept in `hasZero`).
    private var slots = [UInt64](repeating: 0, count: 16)
    private var used = 0
    private var hasZero = false

    init() {}

    /// Adds the hash of a phrase's first token key.
    mutating func insert(key: String) { insert(Token.hash(key: key)) }

    mutating func insert(_ hash: UInt64) {
        if hash == 0 { hasZero = true; return }
        if contains(hash) { return }
        if (used + 1) * 2 > slots.count {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            for h in old where h != 0 { place(h) }
        }
        place(hash)
        used += 1
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return hasZero }
        let mask = slots.count - 1
        var i = KeyHashSet.slot(hash, mask: mask)
        while true {
            let s = slots[i]
            if s == hash { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func place(_ hash: UInt64) {
        let mask = slots.count - 1
        var i = KeyHashSet.slot(hash, mask: mask)
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = hash
    }
}
