extension ActorNetwork {
    /// Weighted PageRank by power iteration: a walker follows an edge with probability
    /// proportional to its weight, or with probability `1 − damping` jumps to any vertex;
    /// isolated vertices spread their rank evenly. Starts uniform and stops after `iterations`
    /// steps or when the L1 change falls below `tolerance`. Ranks sum to 1.
    ///
    /// - Complexity: O(iterations · (V + E)).
    public func pageRank(damping: Double = 0.85, iterations: Int = 200, tolerance: Double = 1e-10) -> [Double] {
        let n = vertices.count
        guard n > 0 else { return [] }
        let strength = vertices.indices.map(weightedDegree)
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<max(1, iterations) {
            var dangling = 0.0
            for i in 0..<n where strength[i] == 0 { dangling += rank[i] }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            for i in 0..<n { next[i] = base }
            for i in 0..<n where strength[i] > 0 {
                let share = damping * rank[i] / strength[i]
                for e in edges[i] { next[e.to] += share * e.weight }
            }
            var change = 0.0
            for i in 0..<n { change += abs(next[i] - rank[i]) }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}
