extension EventGraph {
    /// Event ids in an order that respects every `before` edge (Kahn's algorithm). Among the
    /// events free to come next, the earliest dated (then the lowest vertex index) goes first,
    /// so the order is a deterministic timeline. Events caught in a cycle of contradictory
    /// `before` edges follow in vertex order.
    ///
    /// - Complexity: O((V + E) log V).
    public func temporalOrder() -> [String] {
        let eventIndices = vertices.indices.filter { if case .event = vertices[$0] { return true } else { return false } }
        var indegree = [Int: Int]()
        for i in eventIndices { indegree[i] = 0 }
        for i in eventIndices {
            for e in edges[i] where e.kind == .before { indegree[e.to, default: 0] += 1 }
        }
        func key(_ i: Int) -> (Int, Int) { (firstDay[i], i) }
        var heap = MinHeap<(Int, Int)>(by: <)
        for i in eventIndices where indegree[i] == 0 { heap.push(key(i)) }
        var order: [String] = []
        var done = Set<Int>()
        while let (_, i) = heap.pop() {
            order.append(vertices[i].id)
            done.insert(i)
            for e in edges[i] where e.kind == .before {
                indegree[e.to]! -= 1
                if indegree[e.to] == 0 { heap.push(key(e.to)) }
            }
        }
        for i in eventIndices where !done.contains(i) { order.append(vertices[i].id) }
        return order
    }
}

/// A binary min-heap with a caller-supplied order.
struct MinHeap<Element> {
    private var items: [Element] = []
    private let less: (Element, Element) -> Bool

    init(by less: @escaping (Element, Element) -> Bool) { self.less = less }

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ x: Element) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard less(items[i], items[p]) else { break }
            items.swapAt(i, p); i = p
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count && less(items[l], items[m]) { m = l }
            if r < items.count && less(items[r], items[m]) { m = r }
            if m == i { break }
            items.swapAt(i, m); i = m
        }
        return top
    }
}
