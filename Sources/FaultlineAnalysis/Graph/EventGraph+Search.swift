extension EventGraph {
    /// Vertices reachable from `start` along edges of the given kinds (all kinds when empty),
    /// in breadth-first order, `start` first.
    ///
    /// - Complexity: O(V + E).
    public func reachable(from start: Vertex, along kinds: Set<EdgeKind> = []) -> [Vertex] {
        guard let s = index(of: start) else { return [] }
        var seen = [Bool](repeating: false, count: vertices.count)
        var queue = [s]
        seen[s] = true
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for e in edges[v] where (kinds.isEmpty || kinds.contains(e.kind)) && !seen[e.to] {
                seen[e.to] = true
                queue.append(e.to)
            }
        }
        return queue.map { vertices[$0] }
    }

    /// Weakly connected components (edge direction ignored): each a sorted list of vertex
    /// indices, components ordered by their first vertex. A component is one "story": the
    /// documents, events, claims and actors that hang together.
    public func components() -> [[Int]] {
        var uf = UnionFind(vertices.count)
        for list in edges { for e in list { uf.union(e.from, e.to) } }
        var groups: [Int: [Int]] = [:]
        for i in vertices.indices { groups[uf.find(i), default: []].append(i) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
