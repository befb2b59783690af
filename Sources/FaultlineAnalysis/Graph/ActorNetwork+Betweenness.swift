extension ActorNetwork {
    /// Betweenness centrality (Brandes 2001) on the unweighted graph, normalised to 0…1 by
    /// the number of pairs of other vertices, `(n−1)(n−2)/2`.
    ///
    /// Edge weights measure how strongly two actors are tied, not a distance, so shortest paths
    /// count hops. Above `sampleLimit` vertices the sum runs over `sampleLimit` evenly spaced
    /// source vertices and is scaled up (Brandes & Pich 2007): an estimate, still deterministic.
    ///
    /// - Complexity: O(V·E), or O(k·E) with k sampled sources.
    public func betweenness(sampleLimit: Int = 2000) -> [Double] {
        let n = vertices.count
        var cb = [Double](repeating: 0, count: n)
        guard n > 2 else { return cb }
        let sources: [Int]
        if n > sampleLimit && sampleLimit > 0 {
            sources = (0..<sampleLimit).map { $0 * n / sampleLimit }
        } else {
            sources = Array(0..<n)
        }
        var sigma = [Double](repeating: 0, count: n)
        var dist = [Int](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var preds = [[Int]](repeating: [], count: n)
        var stack: [Int] = []
        var queue: [Int] = []
        stack.reserveCapacity(n); queue.reserveCapacity(n)
        for s in sources {
            for v in 0..<n { sigma[v] = 0; dist[v] = -1; delta[v] = 0; preds[v].removeAll(keepingCapacity: true) }
            stack.removeAll(keepingCapacity: true)
            queue.removeAll(keepingCapacity: true)
            sigma[s] = 1; dist[s] = 0
            queue.append(s)
            var head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                stack.append(v)
                for e in edges[v] {
                    let w = e.to
                    if dist[w] < 0 { dist[w] = dist[v] + 1; queue.append(w) }
                    if dist[w] == dist[v] + 1 { sigma[w] += sigma[v]; preds[w].append(v) }
                }
            }
            while let w = stack.popLast() {
                for v in preds[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                if w != s { cb[w] += delta[w] }
            }
        }
        // Each pair is counted from both ends in an undirected graph.
        let scale = Double(n) / Double(sources.count)
        let pairs = Double(n - 1) * Double(n - 2) / 2
        return cb.map { $0 * scale / 2 / pairs }
    }
}
