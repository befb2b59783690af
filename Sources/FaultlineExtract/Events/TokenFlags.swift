/// A set of token positions of one sentence, as one flag per token.
///
/// Asked at every step of the coder's backward searches (`SentenceContext.precededBy`); a
/// `Set<Int>` hashed every question.
struct TokenFlags: Sendable {
    private var flags: [Bool] = []

    init() {}

    /// The positions covered by `ranges`.
    init(_ ranges: some Sequence<Range<Int>>) {
        for r in ranges where !r.isEmpty && r.lowerBound >= 0 {
            // Not `[Bool](repeating:count:)`: that array goes through the runtime's generic path.
            if flags.count < r.upperBound { flags.append(contentsOf: repeatElement(false, count: r.upperBound - flags.count)) }
            for i in r { flags[i] = true }
        }
    }

    func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
}
