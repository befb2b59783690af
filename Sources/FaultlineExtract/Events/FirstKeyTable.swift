import FaultlineText

/// Which of a language's event lexicons have a phrase starting with a token key, by
/// `Token.keyHash`: markers, contiguous triggers, discontinuous triggers, reporting cues.
///
/// Each lexicon keeps a set of its first keys so that it walks its trie only at tokens that
/// may start a phrase; asked separately, that was three hash lookups per token and sentence
/// (markers, triggers, cues). This table answers all of them in one lookup per token, kept
/// in the sentence's token table (`TokenInfo.starts`). An answer is only a "maybe", like
/// the sets it combines: the tries still decide, so a collision cannot change any match.
struct FirstKeyTable: Sendable {
    /// The lexicons a key may start a phrase of, one bit each.
    struct Starts: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let marker = Starts(rawValue: 1)
        static let verb = Starts(rawValue: 2)
        static let gapVerb = Starts(rawValue: 4)
        static let cue = Starts(rawValue: 8)
    }

    /// Open addressing by the high bits of the (already mixed) hash; `0` marks a free slot,
    /// and the hash `0` itself is kept in `zeroStarts`.
    private var hashes: [UInt64] = [0, 0]
    private var starts: [Starts] = [[], []]
    private var count = 0
    private var zeroStarts: Starts = []

    init() {}

    /// The first keys of the three lexicons of one language.
    init(markers: MarkerLexicon, verbs: VerbLexicon, reporting: ReportingLexicon) {
        for h in markers.firstKeyHashes { insert(h, .marker) }
        for h in verbs.contiguousFirstHashes { insert(h, .verb) }
        for h in verbs.gapFirstHashes { insert(h, .gapVerb) }
        for h in reporting.firstKeyHashes { insert(h, .cue) }
    }

    @inline(__always)
    private static func slot(_ h: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Records that a phrase of the lexicons `s` starts with the key hashed `h`.
    mutating func insert(_ h: UInt64, _ s: Starts) {
        if h == 0 { zeroStarts.formUnion(s); return }
        if let k = index(of: h) { starts[k].formUnion(s); return }
        if (count + 1) * 2 > hashes.count {
            let oldHashes = hashes, oldStarts = starts
            hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
            starts = [Starts](repeating: [], count: oldHashes.count * 2)
            count = 0
            for k in oldHashes.indices where oldHashes[k] != 0 { place(oldHashes[k], oldStarts[k]) }
        }
        place(h, s)
    }

    private mutating func place(_ h: UInt64, _ s: Starts) {
        let mask = hashes.count - 1
        var i = FirstKeyTable.slot(h, mask: mask)
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        starts[i] = s
        count += 1
    }

    private func index(of h: UInt64) -> Int? {
        let mask = hashes.count - 1
        var i = FirstKeyTable.slot(h, mask: mask)
        while true {
            let v = hashes[i]
            if v == h { return i }
            if v == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The lexicons that may have a phrase starting with the key hashed `h`.
    @inline(__always)
    func starts(_ h: UInt64) -> Starts {
        if h == 0 { return zeroStarts }
        return hashes.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = FirstKeyTable.slot(h, mask: mask)
            while true {
                let v = s[i]
                if v == h { return starts[i] }
                if v == 0 { return [] }
                i = (i + 1) & mask
            }
        }
    }
}
