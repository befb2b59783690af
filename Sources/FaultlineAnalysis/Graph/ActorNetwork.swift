import FaultlineModel

/// An undirected weighted graph of actors: index-based adjacency over a vertex array.
///
/// Vertices are kept sorted by id, and every neighbour list sorted by index, so every
/// algorithm visits them in one fixed order and gives the same floating-point results on
/// every run. Centrality measures live in extensions, one file per algorithm.
public struct ActorNetwork: Sendable, Hashable {
    public struct Edge: Sendable, Hashable {
        /// Index of the neighbour.
        public var to: Int
        public var weight: Double
    }

    /// Actor ids, sorted.
    public private(set) var vertices: [String]
    /// `edges[i]` lists the neighbours of `vertices[i]`, sorted by index.
    public private(set) var edges: [[Edge]]

    public var vertexCount: Int { vertices.count }
    /// Number of undirected edges.
    public var edgeCount: Int { edges.reduce(0) { $0 + $1.count } / 2 }

    /// Builds the graph from weighted pairs; self-loops and non-positive weights are ignored,
    /// repeated pairs add up.
    public init(pairs: [(a: String, b: String, weight: Double)]) {
        let ids = Set(pairs.flatMap { [$0.a, $0.b] }).sorted()
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        var weights: [Int: [Int: Double]] = [:]
        for p in pairs where p.a != p.b && p.weight > 0 {
            let i = index[p.a]!, j = index[p.b]!
            weights[i, default: [:]][j, default: 0] += p.weight
            weights[j, default: [:]][i, default: 0] += p.weight
        }
        vertices = ids
        edges = ids.indices.map { i in
            (weights[i] ?? [:]).map { Edge(to: $0.key, weight: $0.value) }.sorted { $0.to < $1.to }
        }
    }

    /// The co-occurrence graph: one edge per pair, weighted by `Cooccurrence.weight`.
    public init(cooccurrence: [Cooccurrence]) {
        self.init(pairs: cooccurrence.map { ($0.a, $0.b, $0.weight) })
    }

    public func index(of id: String) -> Int? {
        var lo = 0, hi = vertices.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vertices[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < vertices.count && vertices[lo] == id ? lo : nil
    }

    /// Degree, weighted degree, betweenness and PageRank of every actor, highest PageRank first.
    public func centrality(options: AnalysisOptions = .default) -> [Centrality] {
        let bc = betweenness(sampleLimit: options.betweennessSampleLimit)
        let pr = pageRank(damping: options.pagerankDamping, iterations: options.pagerankIterations,
                          tolerance: options.pagerankTolerance)
        return vertices.indices.map { i in
            Centrality(actor: vertices[i], degree: degree(i), weightedDegree: Rounding.r6(weightedDegree(i)),
                       betweenness: Rounding.r6(bc[i]), pagerank: Rounding.r6(pr[i]))
        }.sorted { x, y in x.pagerank != y.pagerank ? x.pagerank > y.pagerank : x.actor < y.actor }
    }
}
