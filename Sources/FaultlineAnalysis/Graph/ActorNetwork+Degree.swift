extension ActorNetwork {
    /// Number of neighbours of vertex `i`.
    public func degree(_ i: Int) -> Int { edges[i].count }

    /// Sum of the weights of the edges at vertex `i`.
    public func weightedDegree(_ i: Int) -> Double {
        var s = 0.0
        for e in edges[i] { s += e.weight }
        return s
    }
}
