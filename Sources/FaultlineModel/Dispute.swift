/// One situation the sources disagree about (`disputes[]`): the contradictions between two
/// camps over one thing — who shelled a town on a given day, whether weapons were at a site,
/// how many people died — gathered from every document that reports them.
///
/// A corpus about one week of a conflict yields dozens of contradicting claim pairs, mostly the
/// same two or three disputes seen from many document pairs; the disputes are what a reader
/// wants first, the contradictions are their evidence.
public struct Dispute: Codable, Sendable, Hashable {
    /// `d1`, `d2`, … in the order of the list (earliest first).
    public var id: String
    /// What is disputed, where and when: `fighting around Enerhodar, 2022-08-14`.
    public var topic: String
    /// The kinds of its contradictions (and their echoes), strongest first.
    public var kinds: [ContradictionKind]
    /// The two camps, ordered by name.
    public var sides: [DisputeSide]
    /// Every claim taking part (ids, ordered).
    public var claims: [String]
    /// Its contradictions (ids, ordered).
    public var contradictions: [String]
    /// The events in dispute (ids, ordered).
    public var events: [String]
    /// Place actor ids, ordered.
    public var places: [String]
    /// Original documents its claims come from (ids, ordered).
    public var documents: [String]
    /// The score of its strongest contradiction.
    public var score: Double
    /// First and last day in dispute (TIMEX3 values), nil when undated.
    public var from: String?
    public var to: String?
    /// One line: what each side says.
    public var explanation: String

    public init(id: String, topic: String, kinds: [ContradictionKind], sides: [DisputeSide], claims: [String],
                contradictions: [String], events: [String] = [], places: [String] = [], documents: [String] = [],
                score: Double, from: String? = nil, to: String? = nil, explanation: String) {
        self.id = id; self.topic = topic; self.kinds = kinds; self.sides = sides; self.claims = claims
        self.contradictions = contradictions; self.events = events; self.places = places
        self.documents = documents; self.score = score; self.from = from; self.to = to
        self.explanation = explanation
    }
}

/// One camp of a dispute: the speakers on one side and what they say.
public struct DisputeSide: Codable, Sendable, Hashable {
    /// The camp's display name (`Russia`, `Rapid Support Forces`).
    public var name: String
    /// The camp key: a country or IGO/NGO code root (`RUS`), a faction within one country
    /// (`SDN.opposition`), or an actor id for speakers without a code.
    public var camp: String
    /// Speaker actor ids, ordered.
    public var speakers: [String]
    /// Its claims in the dispute (ids, ordered).
    public var claims: [String]
    /// What it says, in a few words: `blames Ukraine`, `says the shows of force did not happen`.
    public var position: String

    public init(name: String, camp: String, speakers: [String], claims: [String], position: String) {
        self.name = name; self.camp = camp; self.speakers = speakers; self.claims = claims; self.position = position
    }
}
