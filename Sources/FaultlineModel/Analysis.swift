/// The corpus-level result: the `analysis.json` document (`schema` faultline.analysis/1).
public struct Analysis: Codable, Sendable, Hashable {
    public static let schemaName = "faultline.analysis/1"

    public var schema: String
    public var documents: [DocumentInfo]
    public var actors: [Actor]
    public var events: [Event]
    public var claims: [Claim]
    public var contradictions: [Contradiction]
    /// Contradictions grouped by the situation they are about (`disputes[]`).
    public var disputes: [Dispute]
    public var cooccurrence: [Cooccurrence]
    /// Co-occurrence of countries (`a`, `b` are `Actor.country` codes, `a < b`), same windows.
    public var countryCooccurrence: [Cooccurrence]
    /// Cooperation/conflict per directed-free actor pair.
    public var dyads: [Dyad]
    /// Centrality of each actor in the co-occurrence graph.
    public var centrality: [Centrality]

    public init(documents: [DocumentInfo] = [], actors: [Actor] = [], events: [Event] = [],
                claims: [Claim] = [], contradictions: [Contradiction] = [], cooccurrence: [Cooccurrence] = [],
                dyads: [Dyad] = [], centrality: [Centrality] = [], countryCooccurrence: [Cooccurrence] = [],
                disputes: [Dispute] = []) {
        self.schema = Analysis.schemaName
        self.documents = documents; self.actors = actors; self.events = events; self.claims = claims
        self.contradictions = contradictions; self.cooccurrence = cooccurrence
        self.disputes = disputes
        self.countryCooccurrence = countryCooccurrence
        self.dyads = dyads; self.centrality = centrality
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        documents = try c.decodeIfPresent([DocumentInfo].self, forKey: .documents) ?? []
        actors = try c.decodeIfPresent([Actor].self, forKey: .actors) ?? []
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
        claims = try c.decodeIfPresent([Claim].self, forKey: .claims) ?? []
        contradictions = try c.decodeIfPresent([Contradiction].self, forKey: .contradictions) ?? []
        disputes = try c.decodeIfPresent([Dispute].self, forKey: .disputes) ?? []
        cooccurrence = try c.decodeIfPresent([Cooccurrence].self, forKey: .cooccurrence) ?? []
        countryCooccurrence = try c.decodeIfPresent([Cooccurrence].self, forKey: .countryCooccurrence) ?? []
        dyads = try c.decodeIfPresent([Dyad].self, forKey: .dyads) ?? []
        centrality = try c.decodeIfPresent([Centrality].self, forKey: .centrality) ?? []
    }
}

/// Cooperation and conflict between two actors (`a < b`), from the events between them.
public struct Dyad: Codable, Sendable, Hashable {
    public var a: String
    public var b: String
    public var events: Int
    public var meanGoldstein: Double
    /// Event counts per quad class 1…4 (index 0 = quad 1).
    public var quads: [Int]

    public init(a: String, b: String, events: Int, meanGoldstein: Double, quads: [Int]) {
        self.a = a; self.b = b; self.events = events; self.meanGoldstein = meanGoldstein; self.quads = quads
    }
}

/// Centrality measures of one actor.
public struct Centrality: Codable, Sendable, Hashable {
    public var actor: String
    public var degree: Int
    public var weightedDegree: Double
    public var betweenness: Double
    public var pagerank: Double

    public init(actor: String, degree: Int, weightedDegree: Double, betweenness: Double, pagerank: Double) {
        self.actor = actor; self.degree = degree; self.weightedDegree = weightedDegree
        self.betweenness = betweenness; self.pagerank = pagerank
    }
}
