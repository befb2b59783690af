import FaultlineText

extension DocumentEventCoder {
    /// Sentences of a document already coded, found again by their words (punctuation left
    /// out), for teaser headlines printed twice.
    ///
    /// Looked up once per sentence: the words are hashed from the tokens' precomputed
    /// `keyHash` and compared key by key only on a hash hit, so no array of keys is built
    /// per sentence; the hashes sit in an `ActIndex` sized for the document (a dictionary
    /// ran `Hasher` over each hash again).
    struct SeenSentences {
        /// Position (in `inputs`) of each sentence recorded, under the hash of its words.
        private var index: ActIndex

        init(count: Int) { index = ActIndex(capacity: count) }

        /// The position of an earlier sentence with the same words as `inputs[k]`; else
        /// records `inputs[k]` and returns nil. A sentence of punctuation only is never a repeat.
        mutating func repeated(_ k: Int, in inputs: [CodingInput]) -> Int? {
            let tokens = inputs[k].tokens
            var h: UInt64 = 0x243F_6A88_85A3_08D3
            var words = 0
            for t in tokens where t.kind != .punctuation {
                h = (h ^ t.keyHash) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                words += 1
            }
            guard words > 0 else { return nil }
            let hash = Int(truncatingIfNeeded: h)
            if let p = index.first(hash, where: { SeenSentences.sameWords(tokens, inputs[$0].tokens) }) { return p }
            index.insert(hash, k)
            return nil
        }

        /// Whether two token sequences have the same keys once punctuation is left out.
        static func sameWords(_ a: [Token], _ b: [Token]) -> Bool {
            var i = 0, j = 0
            while true {
                while i < a.count, a[i].kind == .punctuation { i += 1 }
                while j < b.count, b[j].kind == .punctuation { j += 1 }
                if i == a.count || j == b.count { return i == a.count && j == b.count }
                if a[i].keyHash != b[j].keyHash || a[i].key != b[j].key { return false }
                i += 1; j += 1
            }
        }
    }
}
