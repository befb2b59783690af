import FaultlineModel

/// Finds near-duplicate and syndicated documents, so that they are counted once.
///
/// Each document becomes the set of hashes of its word `k`-shingles (consecutive `k`-word
/// runs of its lead, body and captions; sign-offs, teasers and site boilerplate are left out
/// because every article of an outlet shares them, and the title because syndicators rewrite
/// headlines while they copy the text).
///
/// Two documents are copies when the shingles they share make up at least
/// `duplicateThreshold` of the smaller set (containment, |A∩B| / min(|A|,|B|)) and the smaller
/// set holds at least `duplicateMinSizeRatio` of the larger. Containment, unlike Jaccard, does
/// not drop when a syndicated copy loses a paragraph, its caption and byline or gains a new
/// headline: a wire story re-run with one sentence cut and one word changed keeps ≈ 0.9 of
/// its shingles in the original while its Jaccard falls to ≈ 0.7. On the bundled examples the
/// two syndicated copies have containment 0.97 and 0.99 (Jaccard 0.72 and 0.87), while stories
/// that report the same events in their own words, even in one language and by one outlet,
/// share almost no 5-word run (containment ≤ 0.04; the Sudan test week: 1.0 for its copy, 0 for
/// every other pair): the default threshold 0.9 sits between
/// them, and still calls a version with a quarter of its sentences rewritten (≈ 0.86) another
/// story. The size ratio keeps a short brief from swallowing the long article it was cut from
/// (or the reverse): an excerpt is not a copy.
///
/// Candidate pairs come from MinHash locality-sensitive hashing (a 64-bin one-permutation
/// signature in 32 bands of 2 rows: a copy at containment 0.9 and size ratio 0.6 has Jaccard
/// ≥ 0.5, and becomes a candidate with probability ≥ 0.9999), so the cost is linear in the
/// text rather than quadratic in the number of documents; every candidate is then verified
/// exactly on the two shingle sets.
///
/// In each group of near-duplicates the original is the document that credits no other member's
/// outlet (a copy names the outlet it was taken from: `(Global Wire)`, `Theo Tin Quốc tế`),
/// then the earliest published (undated last), ties broken by document id; every other member
/// is its duplicate.
enum DuplicateDetector {
    static let hashCount = 64
    static let bandRows = 2

    /// For each part, the index of the part it duplicates, or nil.
    ///
    /// - Complexity: O(total words) plus the verified candidate pairs.
    static func detect(_ parts: [DocumentAnalysis], options: AnalysisOptions) -> [Int?] {
        let n = parts.count
        var declared = [Int?](repeating: nil, count: n)
        var indexById: [String: Int] = [:]
        for (i, p) in parts.enumerated() { indexById[p.document.id] = i }
        // A duplicate declared upstream is honoured.
        var uf = UnionFind(n)
        for (i, p) in parts.enumerated() {
            if let orig = p.document.duplicateOf, let j = indexById[orig], j != i {
                declared[i] = j
                uf.union(i, j)
            }
        }
        if options.detectDuplicates && n > 1 {
            let shingles = parts.map { shingleSet($0, k: max(1, options.shingleSize)) }
            var buckets: [UInt64: [Int]] = [:]
            for i in 0..<n where shingles[i].count >= options.minShingles {
                let sig = signature(shingles[i])
                var band = 0
                while band * bandRows < hashCount {
                    let rows = sig[(band * bandRows)..<(band * bandRows + bandRows)]
                    if rows.contains(where: { $0 != .max }) {   // a band of empty bins says nothing
                        var h = StableHash.mix(UInt64(band))
                        for r in rows { h = StableHash.combine(h, r) }
                        buckets[h, default: []].append(i)
                    }
                    band += 1
                }
            }
            var seen = Set<UInt64>()
            // Visit buckets in a fixed order so union order (and thus nothing) depends on hashing.
            for key in buckets.keys.sorted() {
                let members = buckets[key]!
                guard members.count > 1 else { continue }
                for x in 0..<members.count {
                    for y in (x + 1)..<members.count {
                        let i = members[x], j = members[y]
                        let pair = UInt64(min(i, j)) << 32 | UInt64(max(i, j))
                        guard seen.insert(pair).inserted else { continue }
                        if isCopy(shingles[i], shingles[j], options: options) { uf.union(i, j) }
                    }
                }
            }
        }
        // Group members and pick each group's original.
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[uf.find(i), default: []].append(i) }
        var result = [Int?](repeating: nil, count: n)
        for members in groups.values where members.count > 1 {
            let crediting = Set(members.filter { m in members.contains { $0 != m && credits(parts[m], parts[$0]) } })
            let original = members.min { a, b in
                let ca = crediting.contains(a), cb = crediting.contains(b)
                if ca != cb { return cb }
                let pa = parts[a].document.published ?? "~", pb = parts[b].document.published ?? "~"
                return pa != pb ? pa < pb : a < b
            }!
            for m in members where m != original { result[m] = original }
        }
        return result
    }

    /// True when two shingle sets are copies of each other (see the type's documentation).
    static func isCopy(_ a: [UInt64], _ b: [UInt64], options: AnalysisOptions) -> Bool {
        let small = min(a.count, b.count), large = max(a.count, b.count)
        guard small > 0, Double(small) >= options.duplicateMinSizeRatio * Double(large) else { return false }
        return containment(a, b) >= options.duplicateThreshold
    }

    /// True when `copy` names the outlet of `source` anywhere in its text (sign-off and credits
    /// included), and the two come from different outlets: `(Global Wire)`, `Theo Tin Quốc tế`.
    static func credits(_ copy: DocumentAnalysis, _ source: DocumentAnalysis) -> Bool {
        guard let outlet = source.document.source, !outlet.isEmpty else { return false }
        let name = WordKeys.keys(outlet)
        guard !name.isEmpty, name != copy.document.source.map(WordKeys.keys) else { return false }
        for text in copy.sentenceTexts {
            let words = WordKeys.keys(text)
            guard words.count >= name.count else { continue }
            for start in 0...(words.count - name.count) where words[start] == name[0] {
                if Array(words[start..<start + name.count]) == name { return true }
            }
        }
        return false
    }

    /// Sorted, unique shingle hashes of a document's own text.
    static func shingleSet(_ part: DocumentAnalysis, k: Int) -> [UInt64] {
        var words: [UInt64] = []
        for (i, text) in part.sentenceTexts.enumerated() {
            let role = i < part.sentenceRoles.count ? part.sentenceRoles[i] : .body
            // Syndicators rewrite headlines; the body is what they copy.
            if role == .boilerplate || role == .teaser || role == .signoff || role == .title { continue }
            WordKeys.hashes(text) { words.append($0) }
        }
        guard !words.isEmpty else { return [] }
        var out: [UInt64] = []
        if words.count < k {
            var h: UInt64 = 0
            for w in words { h = StableHash.combine(h, w) }
            out.append(h)
        } else {
            out.reserveCapacity(words.count - k + 1)
            for start in 0...(words.count - k) {
                var h: UInt64 = 0
                for w in words[start..<start + k] { h = StableHash.combine(h, w) }
                out.append(h)
            }
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    /// One-permutation MinHash (Li, Owen & Zhang 2012): each shingle is hashed once, the top six
    /// bits of the hash pick one of 64 bins and each bin keeps its smallest value; an empty bin
    /// stays `UInt64.max`.
    static func signature(_ set: [UInt64]) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: hashCount)
        for s in set {
            let h = StableHash.mix(s ^ 0x5DEE_CE66_D1CE_4E5B)
            let bin = Int(h >> 58)
            let v = h & 0x03FF_FFFF_FFFF_FFFF
            if v < sig[bin] { sig[bin] = v }
        }
        return sig
    }

    /// Shared elements of two sorted, unique arrays as a share of the smaller one.
    static func containment(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(common(a, b)) / Double(min(a.count, b.count))
    }

    static func common(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return common
    }

    /// Exact Jaccard similarity of two sorted, unique arrays.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}

/// Disjoint sets over 0..<n with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(_ n: Int) { parent = Array(0..<n); size = Array(repeating: 1, count: n) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
