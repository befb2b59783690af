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
    /// The id of the dispute (`disputes[]`) this contradiction belongs to, nil when not grouped.
    public var dispute: String?
    /// Further claim pairs saying the same against each other: the same two statements as
    /// reported in other sentences or documents, counted once, in this contradiction. Empty
    /// (and left out of the JSON) when none.
    public var echoes: [ContradictionEcho]

    public init(id: String, claims: [String], kind: ContradictionKind, score: Double, topic: String, explanation: String,
                dispute: String? = nil, echoes: [ContradictionEcho] = []) {
        self.id = id; self.claims = claims; self.kind = kind; self.score = score
        self.topic = topic; self.explanation = explanation; self.dispute = dispute; self.echoes = echoes
    }

    enum CodingKeys: String, CodingKey { case id, claims, kind, score, topic, explanation, dispute, echoes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        claims = try c.decode([String].self, forKey: .claims)
        kind = try c.decode(ContradictionKind.self, forKey: .kind)
        score = try c.decode(Double.self, forKey: .score)
        topic = try c.decodeIfPresent(String.self, forKey: .topic) ?? ""
        explanation = try c.decodeIfPresent(String.self, forKey: .explanation) ?? ""
        dispute = try c.decodeIfPresent(String.self, forKey: .dispute)
        echoes = try c.decodeIfPresent([ContradictionEcho].self, forKey: .echoes) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(claims, forKey: .claims)
        try c.encode(kind, forKey: .kind)
        try c.encode(score, forKey: .score)
        try c.encode(topic, forKey: .topic)
        try c.encode(explanation, forKey: .explanation)
        try c.encodeIfPresent(dispute, forKey: .dispute)
        if !echoes.isEmpty { try c.encode(echoes, forKey: .echoes) }
    }
}

/// Another claim pair repeating a contradiction (`contradictions[].echoes[]`): the same two
/// statements reported elsewhere, with the kind and score found there.
public struct ContradictionEcho: Codable, Sendable, Hashable {
    /// Two claim ids, ordered.
    public var claims: [String]
    public var kind: ContradictionKind
    public var score: Double

    public init(claims: [String], kind: ContradictionKind, score: Double) {
        self.claims = claims; self.kind = kind; self.score = score
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
