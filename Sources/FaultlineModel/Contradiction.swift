/// Two claims of different speakers that cannot both be right (`contradictions[]`).
public struct Contradiction: Codable, Sendable, Hashable {
    public var id: String
    /// Exactly two claim ids, ordered.
    public var claims: [String]
    public var kind: ContradictionKind
    /// Confidence, 0…1.
    public var score: Double
    public var topic: String
    public var explanation: String

    public init(id: String, claims: [String], kind: ContradictionKind, score: Double, topic: String, explanation: String) {
        self.id = id; self.claims = claims; self.kind = kind; self.score = score
        self.topic = topic; self.explanation = explanation
    }
}

public enum ContradictionKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// The text itself says the accounts conflict (`trái chiều`, `denied`).
    case explicit
    /// The same harmful event is attributed to opposing sides.
    case blame
    /// One says it happened, the other that it did not.
    case polarity
    /// Different numbers for the same thing.
    case value
}

/// Co-occurrence of two actors (`cooccurrence[]`), with `a < b`.
public struct Cooccurrence: Codable, Sendable, Hashable {
    public var a: String
    public var b: String
    public var sentences: Int
    public var events: Int
    public var documents: Int
    public var weight: Double
    public var pmi: Double

    public init(a: String, b: String, sentences: Int, events: Int, documents: Int, weight: Double, pmi: Double) {
        self.a = a; self.b = b; self.sentences = sentences; self.events = events
        self.documents = documents; self.weight = weight; self.pmi = pmi
    }
}
