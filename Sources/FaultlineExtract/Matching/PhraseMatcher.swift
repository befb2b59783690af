import FaultlineText

/// A trie over token keys: finds lexicon phrases in a token sequence by longest match.
///
/// Every lexicon (actors, roles, verbs, reporting cues, time words) is a `PhraseMatcher`,
/// so a sentence is scanned once per lexicon with no regular expressions. Keys are
/// `Folding.key` values, so case, tone placement and `_`-joining do not matter.
///
/// - Complexity: `insert` is O(phrase length); `matches` is O(tokens × longest phrase).
public struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var values: [Value] = []
    }

    private var nodes: [Node] = [Node()]
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
        var node = 0
        for k in keys {
            if let next = nodes[node].children[k] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let id = Int32(nodes.count - 1)
                nodes[node].children[k] = id
                node = Int(id)
            }
        }
        nodes[node].values.append(value)
        count += 1
        longest = max(longest, keys.count)
    }

    /// The values of the longest phrase that starts at token `start`, with its end (exclusive).
    public func longestMatch(in tokens: [Token], at start: Int) -> (end: Int, values: [Value])? {
        var node = 0
        var best: (Int, [Value])?
        var i = start
        while i < tokens.count, let next = nodes[node].children[tokens[i].key] {
            node = Int(next)
            i += 1
            if !nodes[node].values.isEmpty { best = (i, nodes[node].values) }
        }
        return best.map { (end: $0.0, values: $0.1) }
    }

    /// Every phrase that starts at `start`, shortest first.
    public func allMatches(in tokens: [Token], at start: Int) -> [(end: Int, values: [Value])] {
        var node = 0
        var out: [(end: Int, values: [Value])] = []
        var i = start
        while i < tokens.count, let next = nodes[node].children[tokens[i].key] {
            node = Int(next)
            i += 1
            if !nodes[node].values.isEmpty { out.append((end: i, values: nodes[node].values)) }
        }
        return out
    }

    /// Leftmost-longest, non-overlapping matches over the whole token sequence.
    public func matches(in tokens: [Token]) -> [PhraseMatch<Value>] {
        var out: [PhraseMatch<Value>] = []
        var i = 0
        while i < tokens.count {
            if let m = longestMatch(in: tokens, at: i) {
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
