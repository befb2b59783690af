import FaultlineModel

/// Finds near-duplicate and syndicated documents, so that they are counted once.
///
/// Each document becomes the set of hashes of its word `k`-shingles (consecutive `k`-word
/// runs of its title, lead, body and captions; sign-offs, teasers and site boilerplate are
/// left out because every article of an outlet shares them). Candidate pairs come from
/// MinHash locality-sensitive hashing (a 64-bin one-permutation signature in 16 bands of 4
/// rows: two documents with Jaccard 0.8 become candidates with probability ≈ 0.9998), so the
/// cost is linear in the text rather than quadratic in the number of documents; every candidate
/// is then verified with the exact Jaccard similarity of the two shingle sets.
///
/// In each group of near-duplicates the original is the earliest published document
/// (undated last), ties broken by document id; every other member is its duplicate.
enum DuplicateDetector {
    static let hashCount = 64
    static let bandRows = 4

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
