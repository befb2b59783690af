/// A phrase to find in a sentence: one or more word sequences in order, each within
/// `maxGap` words of the previous one (`rejected … claims`), unless one of `blockedAfter`
/// follows the match (`denied entry` is not a contradiction).
struct Cue: Sendable {
    let display: String
    let parts: [[String]]
    let maxGap: Int
    let weight: Double
    let blockedAfter: Set<String>

    /// `text` is written naturally; `…` separates parts that may have words between them.
    init(_ text: String, weight: Double = 1, maxGap: Int = 4, blockedAfter: [String] = []) {
        display = text
        parts = text.components(separatedBy: "…").map { WordKeys.keys($0) }.filter { !$0.isEmpty }
        self.maxGap = maxGap
        self.weight = weight
        self.blockedAfter = Set(blockedAfter.flatMap { WordKeys.keys($0) })
    }

    /// True when the cue occurs in `words` (keys from `WordKeys.keys`).
    func matches(_ words: [String]) -> Bool { match(words, from: 0) != nil }

    /// The word index where the first occurrence at or after `from` starts, or nil.
    func match(_ words: [String], from: Int) -> Int? {
        guard let first = parts.first, !first.isEmpty else { return nil }
        var start = from
        while let at = find(first, in: words, from: start, limit: words.count) {
            var end = at + first.count
            var ok = true
            for part in parts.dropFirst() {
                guard let next = find(part, in: words, from: end, limit: min(words.count, end + maxGap + part.count)) else {
                    ok = false; break
                }
                end = next + part.count
            }
            if ok && (end >= words.count || !blockedAfter.contains(words[end])) { return at }
            start = at + 1
        }
        return nil
    }

    private func find(_ seq: [String], in words: [String], from: Int, limit: Int) -> Int? {
        guard !seq.isEmpty, from + seq.count <= limit else { return nil }
        var i = from
        while i + seq.count <= limit {
            if words[i] == seq[0] {
                var k = 1
                while k < seq.count && words[i + k] == seq[k] { k += 1 }
                if k == seq.count { return i }
            }
            i += 1
        }
        return nil
    }
}

/// A list of cues, indexed by their first word so a sentence is scanned once.
struct CueLexicon: Sendable {
    let cues: [Cue]
    private let byFirst: [String: [Int]]
    private let firstWordHashes: Set<UInt64>

    init(cues: [Cue]) {
        self.cues = cues
        var index: [String: [Int]] = [:]
        for (i, c) in cues.enumerated() {
            if let w = c.parts.first?.first { index[w, default: []].append(i) }
        }
        byFirst = index
        firstWordHashes = Set(index.keys.map(StableHash.fnv1a))
    }

    /// The strongest cue occurring in `words` and the word index where it starts.
    func best(in words: [String]) -> (cue: Cue, at: Int)? {
        var found: (cue: Cue, at: Int)?
        for (k, w) in words.enumerated() {
            guard let list = byFirst[w] else { continue }
            for i in list {
                // A cue already found at an earlier word was tried on the whole sentence.
                if words[..<k].contains(w) { continue }
                if let at = cues[i].match(words, from: 0), found == nil || cues[i].weight > found!.cue.weight {
                    found = (cues[i], at)
                }
            }
        }
        return found
    }

    /// True when some word of `text` begins a cue: a cheap test before building any string.
    func mayOccur(in text: String) -> Bool {
        var hit = false
        WordKeys.hashes(text) { if firstWordHashes.contains($0) { hit = true } }
        return hit
    }

    func contains(_ words: [String]) -> Bool { best(in: words) != nil }
}
