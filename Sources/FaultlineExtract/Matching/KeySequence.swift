import FaultlineText

/// The keys of a token sequence as one dictionary key (`ngừng bắn tại Aleppo` →
/// `ngung bă…`): equal exactly when the keys are equal one by one (as their joined text
/// would be), hashed from the tokens' precomputed `keyHash`, so long sentences are neither
/// joined nor normalised to be looked up.
struct KeySequence: Hashable, Sendable {
    let keys: [String]
    private let combined: UInt64

    init(_ tokens: some Sequence<Token>) {
        var keys: [String] = []
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for t in tokens {
            keys.append(t.key)
            h = (h ^ t.keyHash) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
        }
        self.keys = keys
        self.combined = h
    }

    var isEmpty: Bool { keys.isEmpty }

    static func == (a: KeySequence, b: KeySequence) -> Bool { a.combined == b.combined && a.keys == b.keys }

    func hash(into hasher: inout Hasher) { hasher.combine(combined) }
}
