import FaultlineText

/// A trie over token keys: finds lexicon phrases in a token sequence by longest match.
///
/// Every lexicon (actors, roles, verbs, reporting cues, time words) is a `PhraseMatcher`,
/// so a sentence is scanned once per lexicon with no regular expressions. Keys are
/// `Folding.key` values, so case, tone placement and `_`-joining do not matter.
///
/// The edges of all nodes live in one open-addressing table keyed by (parent node, hash of
/// the key). Tokens carry their key's hash (`Token.keyHash`), so a lookup hashes no string;
/// a hit is confirmed by comparing the key itself, so hash collisions cannot change results.
///
/// - Complexity: `insert` is O(phrase length); `matches` is O(tokens × longest phrase).
public struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Node: Sendable {
        /// Key of the edge leading into this node (empty for the root).
        var key: String = ""
        var values: [Value] = []
    }

    /// One edge: `child == 0` marks an empty slot (the root is nobody's child).
    struct Edge: Sendable {
        var hash: UInt64 = 0
        var parent: Int32 = 0
        var child: Int32 = 0
    }

    private var nodes: [Node] = [Node()]
    /// Per node: whether a phrase ends there (its `values` are not empty). Asked at every
    /// step of every walk: one byte in a flat array, where the values list was a pointer to
    /// follow to its count.
    private var terminal: [Bool] = [false]
    private var edges = [Edge](repeating: Edge(), count: 16)
    /// Number of edges (`nodes.count - 1`).
    private var edgeCount = 0
    /// One bit per `firstKeyBit` of the first key of every phrase: a token whose bit is
    /// clear starts no phrase. Scanners ask at every token and about four tokens in ten
    /// start none; such a miss in the edge table probed two or three slots (open
    /// addressing at half load) after a call, where the bit is one load. Bits are only ever
    /// set, so a clear bit is always exact.
    private var firstKeys = [UInt64](repeating: 0, count: PhraseMatcher.firstKeyWords)
    static var firstKeyWords: Int { 1 << 12 }
    /// Number of phrases inserted.
    public private(set) var count = 0
    /// Length in tokens of the longest phrase.
    public private(set) var longest = 0

    public init() {}

    /// Adds a phrase given as its written form (split by the `Tokenizer`).
    public mutating func insert(_ phrase: String, _ value: Value) {
        insert(keys: Tokenizer.tokens(phrase).map(\.key), value)
    }

    /// Adds a phrase given as token keys.
    public mutating func insert(keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        let first = Self.firstKeyBit(Token.hash(key: keys[0]))
        firstKeys[first >> 6] |= 1 << UInt64(first & 63)
        var node: Int32 = 0
        for k in keys {
            let h = Token.hash(key: k)
            if let next = child(of: node, key: k, hash: h) {
                node = next
            } else {
                nodes.append(Node(key: k))
                terminal.append(false)
                let id = Int32(nodes.count - 1)
                addEdge(Edge(hash: h, parent: node, child: id))
                node = id
            }
        }
        nodes[Int(node)].values.append(value)
        terminal[Int(node)] = true
        count += 1
        longest = max(longest, keys.count)
    }

    /// The bit of `firstKeys` for a key's hash (its top bits after a multiplicative mix).
    @inline(__always)
    static func firstKeyBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0xBF58_476D_1CE4_E5B9) >> 46) & (firstKeyWords * 64 - 1)
    }

    /// False when no phrase starts with a key of this hash; true when one may (confirm by
    /// walking the trie).
    @inline(__always)
    public func mayStart(keyHash: UInt64) -> Bool {
        let b = Self.firstKeyBit(keyHash)
        return firstKeys[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// The first edge slot to probe for (`parent`, `hash`) in a table of `mask + 1` slots.
    @inline(__always)
    private static func slot(parent: Int32, hash: UInt64, mask: Int) -> Int {
        let mixed = (hash ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    /// The child of `parent` along `key` (whose hash is `hash`), if any.
    private func child(of parent: Int32, key: String, hash: UInt64) -> Int32? {
        edges.withUnsafeBufferPointer { e in
            nodes.withUnsafeBufferPointer { n in Self.child(e, n, of: parent, key: key, hash: hash) }
        }
    }

    /// `child(of:key:hash:)` on the tables' storage, for the walks: asked at every step of
    /// every scan, it read both tables through checked subscripts with their counts and
    /// bases kept live across the loop (spilled to the stack at each step).
    @inline(__always)
    private static func child(_ edges: UnsafeBufferPointer<Edge>, _ nodes: UnsafeBufferPointer<Node>,
                              of parent: Int32, key: String, hash: UInt64) -> Int32? {
        let mask = edges.count - 1
        var i = slot(parent: parent, hash: hash, mask: mask)
        while true {
            let e = edges[i]
            if e.child == 0 { return nil }
            if e.hash == hash, e.parent == parent, nodes[Int(e.child)].key == key { return e.child }
            i = (i + 1) & mask
        }
    }

    /// Walks the trie from the root along `tokens[start...]`, calling `visit(end, node)` for
    /// every node passed that ends a phrase (shortest first) until it returns false.
    /// All the walks share it: the tables and tokens are read through their storage.
    @inline(__always)
    private func walk(_ tokens: [Token], from start: Int, _ visit: (Int, Int32) -> Bool) {
        edges.withUnsafeBufferPointer { e in
            nodes.withUnsafeBufferPointer { n in
                terminal.withUnsafeBufferPointer { t in
                    tokens.withUnsafeBufferPointer { tk in
                        var node: Int32 = 0
                        var i = start
                        while i < tk.count, let next = Self.child(e, n, of: node, key: tk[i].key, hash: tk[i].keyHash) {
                            node = next
                            i += 1
                            if t[Int(node)], !visit(i, node) { return }
                        }
                    }
                }
            }
        }
    }

    private mutating func addEdge(_ e: Edge) {
        // At most a quarter full: a walk probes the table at every token, and at half load
        // one lookup in two went on to a second slot.
        if (edgeCount + 1) * 4 > edges.count {
            let old = edges
            edges = [Edge](repeating: Edge(), count: old.count * 2)
            for o in old where o.child != 0 { place(o) }
        }
        place(e)
        edgeCount += 1
    }

    private mutating func place(_ e: Edge) {
        let mask = edges.count - 1
        var i = Self.slot(parent: e.parent, hash: e.hash, mask: mask)
        while edges[i].child != 0 { i = (i + 1) & mask }
        edges[i] = e
    }

    /// The values of the longest phrase that starts at token `start`, with its end (exclusive).
    public func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        guard let m = longestMatchNode(in: tokens, at: start) else { return nil }
        return (end: m.end, values: nodes[Int(m.node)].values)
    }

    /// The longest phrase that starts at token `start`: its end (exclusive) and its trie node
    /// (`values(ofNode:)`, `value(ofNode:at:)`, `valueCount(ofNode:)` read its values).
    ///
    /// The walk of `longestMatch(in:at:)` without handing out the values list: returning it
    /// retained and released the list at every match, where callers often only test or read
    /// one value.
    public func longestMatchNode(in tokens: [Token], at start: Int) -> (end: Int, node: Int32)? {
        var bestEnd = -1
        var bestNode: Int32 = 0
        walk(tokens, from: start) { end, node in bestEnd = end; bestNode = node; return true }
        return bestEnd < 0 ? nil : (end: bestEnd, node: bestNode)
    }

    /// Every phrase that starts at `start`, shortest first.
    ///
    /// The phrases passed are noted in a stack buffer first (at most `longest` of them), so
    /// the list is allocated once at its final size: grown phrase by phrase it was
    /// reallocated for the second and third one, and callers ask at every token.
    public func allMatches(in tokens: [Token], at start: Int) -> [(end: Int, values: [Value])] {
        withUnsafeTemporaryAllocation(of: (end: Int, node: Int32).self, capacity: max(longest, 1)) { passed in
            var n = 0
            walk(tokens, from: start) { end, node in
                passed[n] = (end: end, node: node)
                n += 1
                return true
            }
            var out: [(end: Int, values: [Value])] = []
            guard n > 0 else { return out }
            out.reserveCapacity(n)
            for m in 0..<n { out.append((end: passed[m].end, values: nodes[Int(passed[m].node)].values)) }
            return out
        }
    }

    /// The longest phrase starting at `start` that has a value `accept` takes: its end and
    /// its first such value.
    ///
    /// What `allMatches(in:at:).reversed()` searched for the first accepted value finds, in
    /// one walk without building the list (asked around every title by the patron rules).
    public func longestMatch(in tokens: [Token], at start: Int, where accept: (Value) -> Bool) -> (end: Int, value: Value)? {
        var best: (end: Int, node: Int32, index: Int)? = nil
        // Only nodes ending a phrase have values to accept.
        walk(tokens, from: start) { end, node in
            if let k = nodes[Int(node)].values.firstIndex(where: accept) { best = (end, node, k) }
            return true
        }
        guard let best else { return nil }
        return (end: best.end, value: nodes[Int(best.node)].values[best.index])
    }

    /// Every phrase that starts at `start`, shortest first, as (end, node) pairs written to
    /// the front of `out`; returns how many were written (entries past them are left over
    /// from earlier calls). `values(ofNode:)` gives a node's values.
    ///
    /// The same walk as `allMatches` for callers asking at every token: the caller's buffer
    /// is reused (neither rebuilt nor emptied), so no array is built per position, and a
    /// node's values are read only for the phrase actually taken.
    @discardableResult
    public func collectMatches(in tokens: [Token], at start: Int, into out: inout [(end: Int, node: Int32)]) -> Int {
        var count = 0
        walk(tokens, from: start) { end, node in
            if count < out.count { out[count] = (end: end, node: node) } else { out.append((end: end, node: node)) }
            count += 1
            return true
        }
        return count
    }

    /// The same walk as `collectMatches(in:at:into:)` into a caller's fixed buffer of at
    /// least `longest` entries (each phrase passed ends at a different token, so at most
    /// `longest` are written); returns how many were written, shortest first.
    ///
    /// For the actor scanner, which asks at every token of every sentence: writing into an
    /// array checked its uniqueness (a runtime call) for every phrase passed.
    @discardableResult
    public func collectMatches(in tokens: [Token], at start: Int, into out: UnsafeMutableBufferPointer<(end: Int, node: Int32)>) -> Int {
        var count = 0
        guard out.count > 0 else { return 0 }
        walk(tokens, from: start) { end, node in
            out[count] = (end: end, node: node)
            count += 1
            return count < out.count
        }
        return count
    }

    /// The values stored at a node returned by `collectMatches` or `longestMatchNode`.
    @inline(__always)
    public func values(ofNode node: Int32) -> [Value] { nodes[Int(node)].values }

    /// How many values a node holds, read in place (no copy of its list).
    @inline(__always)
    public func valueCount(ofNode node: Int32) -> Int { nodes[Int(node)].values.count }

    /// The `index`th value of a node, read in place (no copy of its list).
    @inline(__always)
    public func value(ofNode node: Int32, at index: Int) -> Value { nodes[Int(node)].values[index] }

    /// Leftmost-longest, non-overlapping matches over the whole token sequence.
    public func matches(in tokens: [Token]) -> [PhraseMatch<Value>] {
        var out: [PhraseMatch<Value>] = []
        var i = 0
        while i < tokens.count {
            if let m = longestMatch(in: tokens, at: i) {
                // Room for a sentence's worth at the first match: growing one by one
                // reallocated the list three or four times per sentence.
                if out.isEmpty { out.reserveCapacity(8) }
                out.append(PhraseMatch(start: i, end: m.end, values: m.values))
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }
}

/// A lexicon phrase found at tokens `start..<end`.
public struct PhraseMatch<Value: Sendable>: Sendable {
    public var start: Int
    public var end: Int
    public var values: [Value]
}
