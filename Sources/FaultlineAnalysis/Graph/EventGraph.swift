import FaultlineModel

/// The dated event graph of an analysis: documents, actors, events and claims as vertices,
/// with typed, directed edges in index-based adjacency lists (`edges[i]` = edges leaving
/// `vertices[i]`).
///
/// Edge kinds and directions:
/// - `source`: actor → event it carries out; `target`: event → actor it is aimed at;
///   `location`: event → place;
/// - `reports`: claim → event it reports; `says`: actor → claim (the speaker); `relays`:
///   outlet → claim (`via`);
/// - `mentions`: document → event (every document reporting it);
/// - `before`: event → later event, from dates and from cues (`trước đó`, `earlier`,
///   `sau đó`, `later`, `then`): see `EventGraph+Temporal.swift`;
/// - `contradicts`: claim ↔ claim, one edge each way, weighted by the score.
///
/// Vertices are ordered documents, actors, events, claims (each as in the analysis) and edge
/// lists are sorted, so traversals are deterministic. Algorithms are extensions, one file each.
public struct EventGraph: Sendable, Hashable {
    public enum Vertex: Hashable, Sendable {
        case document(String), actor(String), event(String), claim(String)

        public var id: String {
            switch self {
            case .document(let s), .actor(let s), .event(let s), .claim(let s): return s
            }
        }
    }

    public enum EdgeKind: String, Sendable, Hashable, CaseIterable {
        case source, target, location, reports, says, relays, mentions, before, contradicts
    }

    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var kind: EdgeKind
        public var weight: Double
    }

    public private(set) var vertices: [Vertex]
    public private(set) var edges: [[Edge]]
    private var indexOf: [Vertex: Int]
    /// For each vertex, the first day (ordinal) of its event's date, `Int.max` when none.
    var firstDay: [Int]

    public var vertexCount: Int { vertices.count }
    public var edgeCount: Int { edges.reduce(0) { $0 + $1.count } }

    public func index(of v: Vertex) -> Int? { indexOf[v] }

    /// Edges leaving vertex `i`, optionally of one kind only.
    public func outgoing(_ i: Int, kind: EdgeKind? = nil) -> [Edge] {
        guard let kind else { return edges[i] }
        return edges[i].filter { $0.kind == kind }
    }

    /// Every edge of one kind, in vertex order.
    public func edges(ofKind kind: EdgeKind) -> [Edge] {
        edges.flatMap { $0.filter { $0.kind == kind } }
    }

    /// Builds the graph of `analysis`. Actors referred to but missing from `analysis.actors`
    /// become vertices too, so no edge is lost.
    public init(_ analysis: Analysis) {
        var vertices: [Vertex] = []
        vertices += analysis.documents.map { .document($0.id) }
        var actorIds = Set(analysis.actors.map(\.id))
        for e in analysis.events { actorIds.formUnion(e.source); actorIds.formUnion(e.target); actorIds.formUnion(e.location) }
        for c in analysis.claims { actorIds.insert(c.speaker); if let v = c.via { actorIds.insert(v) } }
        vertices += actorIds.sorted().map { .actor($0) }
        vertices += analysis.events.map { .event($0.id) }
        vertices += analysis.claims.map { .claim($0.id) }
        var indexOf: [Vertex: Int] = [:]
        for (i, v) in vertices.enumerated() where indexOf[v] == nil { indexOf[v] = i }
        self.vertices = vertices
        self.indexOf = indexOf
        var firstDay = [Int](repeating: .max, count: vertices.count)
        for e in analysis.events {
            if let i = indexOf[.event(e.id)], let d = TimexSpan.parse(e.date.value)?.first { firstDay[i] = d }
        }
        self.firstDay = firstDay

        var out = [[Edge]](repeating: [], count: vertices.count)
        var seen = Set<Edge>()
        func add(_ a: Vertex, _ b: Vertex, _ kind: EdgeKind, _ w: Double = 1) {
            guard let i = indexOf[a], let j = indexOf[b] else { return }
            let e = Edge(from: i, to: j, kind: kind, weight: w)
            if seen.insert(e).inserted { out[i].append(e) }
        }
        for e in analysis.events {
            let ev = Vertex.event(e.id)
            for s in e.source { add(.actor(s), ev, .source) }
            for t in e.target { add(ev, .actor(t), .target) }
            for l in e.location { add(ev, .actor(l), .location) }
            let docs = e.mentions.isEmpty ? [e.document] : e.mentions.map(\.document)
            for d in docs { add(.document(d), ev, .mentions) }
        }
        for c in analysis.claims {
            let cv = Vertex.claim(c.id)
            add(.actor(c.speaker), cv, .says)
            if let v = c.via { add(.actor(v), cv, .relays) }
            for e in c.events { add(cv, .event(e), .reports) }
        }
        for x in analysis.contradictions where x.claims.count == 2 {
            add(.claim(x.claims[0]), .claim(x.claims[1]), .contradicts, x.score)
            add(.claim(x.claims[1]), .claim(x.claims[0]), .contradicts, x.score)
        }
        for (a, b) in EventGraph.temporalPairs(analysis.events) { add(.event(a), .event(b), .before) }
        for i in out.indices { out[i].sort { ($0.to, $0.kind.rawValue) < ($1.to, $1.kind.rawValue) } }
        edges = out
    }
}
