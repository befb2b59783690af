import FaultlineModel

/// Finds near-duplicate and syndicated documents, so that they are counted once.
///
/// Each document becomes the set of hashes of its word `k`-shingles (consecutive `k`-word
/// runs of its title, lead, body and captions; sign-offs, teasers and site boilerplate are
/// left out because every article of an outlet shares them). Candidate pairs come from
/// MinHash locality-sensitive hashing (64 hash functions in 16 bands of 4 rows: two
/// documents with Jaccard 0.8 become candidates with probability ≈ 0.9998), so the cost is
/// linear in the text rather than quadratic in the number of documents; every candidate is
/// then verified with the exact Jaccard similarity of the two shingle sets.
///
/// In each group of near-duplicates the original is the earliest published document
/// (undated last), ties broken by document id; every other member is its duplicate.
enum DuplicateDetector {
    static let hashCount = 64
    static let bandRows = 4

    /// For each part, the index of the part it duplicates, or nil.
    ///
    /// - Complexity: O(total words × 64) plus the verified candidate pairs.
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
            let seeds = (0..<hashCount).map { StableHash.mix(UInt64($0) &* 0x2545_F491_4F6C_DD1D) }
            var buckets: [UInt64: [Int]] = [:]
            for i in 0..<n where shingles[i].count >= options.minShingles {
                let sig = signature(shingles[i], seeds: seeds)
                var band = 0
                while band * bandRows < hashCount {
                    var h = StableHash.mix(UInt64(band))
                    for r in 0..<bandRows { h = StableHash.combine(h, sig[band * bandRows + r]) }
                    buckets[h, default: []].append(i)
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
                        if jaccard(shingles[i], shingles[j]) >= options.duplicateThreshold { uf.union(i, j) }
                    }
                }
            }
        }
        // Group members and pick each group's original.
        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[uf.find(i), default: []].append(i) }
        var result = [Int?](repeating: nil, count: n)
        for members in groups.values where members.count > 1 {
            let original = members.min { a, b in
                let pa = parts[a].document.published ?? "~", pb = parts[b].document.published ?? "~"
                return pa != pb ? pa < pb : a < b
            }!
            for m in members where m != original { result[m] = original }
        }
        return result
    }

    /// Sorted, unique shingle hashes of a document's own text.
    static func shingleSet(_ part: DocumentAnalysis, k: Int) -> [UInt64] {
        var words: [UInt64] = []
        for (i, text) in part.sentenceTexts.enumerated() {
            let role = i < part.sentenceRoles.count ? part.sentenceRoles[i] : .body
            if role == .boilerplate || role == .teaser || role == .signoff { continue }
            for w in WordKeys.keys(text) { words.append(StableHash.fnv1a(w)) }
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

    static func signature(_ set: [UInt64], seeds: [UInt64]) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: seeds.count)
        for s in set {
            for j in 0..<seeds.count {
                let h = StableHash.mix(s ^ seeds[j])
                if h < sig[j] { sig[j] = h }
            }
        }
        return sig
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
