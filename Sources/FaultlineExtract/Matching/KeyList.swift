import FaultlineText

/// A small fixed set of matching keys (`a`, `an`, `một`; `former`, `cựu`) asked about tokens.
///
/// Rules ask such lists about tokens around every title or name; a `Set<String>` hashes the
/// token's key again on each question. Tokens carry their key's hash (`Token.keyHash`), and
/// equal keys hash alike, so a token whose hash is not among the list's hashes is rejected
/// without reading its key; only a hash hit is confirmed with the key itself.
struct KeyList: Sendable {
    let keys: Set<String>
    /// `Token.hash(key:)` of every key, sorted for binary search.
    private let hashes: [UInt64]

    /// A list of keys as `Folding.key` writes them.
    init(keys: Set<String>) {
        self.keys = keys
        self.hashes = keys.map { Token.hash(key: $0) }.sorted()
    }

    /// True when the token's key is in the list.
    func contains(_ token: Token) -> Bool {
        let h = token.keyHash
        var lo = 0, hi = hashes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < hashes.count && hashes[lo] == h && keys.contains(token.key)
    }
}
