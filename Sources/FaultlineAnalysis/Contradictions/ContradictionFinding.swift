import FaultlineModel

/// A contradicting pair of claims as the detector finds it, before echoes are folded and
/// ids given: what `DisputeGrouper` turns into `Contradiction`s and `Dispute`s.
struct ContradictionFinding {
    /// Claim indices in the corpus, `i < j`.
    let i: Int
    let j: Int
    /// The strongest kind that holds, and its score.
    let kind: ContradictionKind
    let score: Double
    let topic: String
    let explanation: String
    /// Every kind that holds, strongest first (`kind` is the first).
    let kinds: [ContradictionKind]
    /// Global event indices of what is disputed (sorted): the harm each blames on the other,
    /// the event one says happened and the other not, the harm whose toll differs; for an
    /// explicit cue alone, the claims' events other than speech.
    let events: [Int]
    /// What claim `i` and claim `j` say, in a few words (`blames Ukraine`).
    let positions: [String]

    /// Casualty figures are a question of their own: how many, not who or whether.
    var isAboutFigures: Bool { kind == .value }
}
