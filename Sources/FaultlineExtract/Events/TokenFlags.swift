/// A set of token positions of one sentence, as one flag per token.
///
/// Asked at every step of the coder's backward searches (`SentenceContext.precededBy`); a
/// `Set<Int>` hashed every question.
struct TokenFlags: Sendable {
    private var flags: [Bool] = []

    init() {}

    /// The positions covered by `ranges`.
    init(_ ranges: some Sequence<Range<Int>>) {
        for r in ranges { insert(r) }
    }

    /// Adds the positions of `r` (the flags grow only as far as the positions set, so a
    /// sentence where nothing is set allocates nothing).
    mutating func insert(_ r: Range<Int>) {
        guard !r.isEmpty, r.lowerBound >= 0 else { return }
        // Not `[Bool](repeating:count:)`: that array goes through the runtime's generic path.
        if flags.count < r.upperBound { flags.append(contentsOf: repeatElement(false, count: r.upperBound - flags.count)) }
        for i in r { flags[i] = true }
    }

    func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
}
