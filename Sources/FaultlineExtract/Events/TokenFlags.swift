/// A set of token positions of one sentence, as one flag per token.
///
/// Asked at every step of the coder's backward searches (`SentenceContext.precededBy`); a
/// `Set<Int>` hashed every question. The first 64 positions are the bits of one word, so a
/// sentence of up to 64 tokens (nearly all) allocates nothing: an array per sentence (the
/// trigger tokens, the verb matcher's consumed tokens) was an allocation and a free each.
struct TokenFlags: Sendable {
    /// Positions `0..<64`, one bit each.
    private var low: UInt64 = 0
    /// Positions from 64 on: `high[i - 64]`.
    private var high: [Bool] = []

    init() {}

    /// The positions covered by `ranges`.
    init(_ ranges: some Sequence<Range<Int>>) {
        for r in ranges { insert(r) }
    }

    /// Adds the positions of `r` (the array of positions past 64 grows only as far as the
    /// positions set).
    mutating func insert(_ r: Range<Int>) {
        guard !r.isEmpty, r.lowerBound >= 0 else { return }
        if r.lowerBound < 64 {
            let upper = min(r.upperBound, 64)
            // Bits `lowerBound..<upper`: `upper - lowerBound` ones shifted into place.
            let width = upper - r.lowerBound
            let ones: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) &- 1
            low |= ones << UInt64(r.lowerBound)
        }
        guard r.upperBound > 64 else { return }
        let from = max(r.lowerBound, 64) - 64, to = r.upperBound - 64
        // Not `[Bool](repeating:count:)`: that array goes through the runtime's generic path.
        if high.count < to { high.append(contentsOf: repeatElement(false, count: to - high.count)) }
        for i in from..<to { high[i] = true }
    }

    @inline(__always)
    func contains(_ i: Int) -> Bool {
        if i < 0 { return false }
        if i < 64 { return low & (1 << UInt64(i)) != 0 }
        return i - 64 < high.count && high[i - 64]
    }
}
