import FaultlineText

/// A small fixed set of matching keys (`a`, `an`, `một`; `former`, `cựu`) asked about tokens.
///
/// Rules ask such lists about tokens around every title or name; a `Set<String>` hashes the
/// token's key again on each question. Tokens carry their key's hash (`Token.keyHash`), and
/// equal keys hash alike, so a token whose hash is not among the list's hashes is rejected
/// without reading its key; only a hash hit is confirmed with the key itself.
struct KeyList: Sendable {
    /// `Token.hash(key:)` of every key, sorted for binary search.
    private let hashes: [UInt64]
    /// The keys in the order of `hashes`, to confirm a hash hit.
    ///
    /// Kept as a list beside the hashes rather than as a `Set<String>`: the set hashed every
    /// key again when built (once per process, but a third of a million instructions for a
    /// list holding a Vietnamese word) and the token's key again on every hit.
    private let keys: [String]
    /// The keys of several space-separated words (`không kích`), with the hashes of the
    /// two words when there are two, for `containsPair`.
    private let phrases: [(key: String, words: Int, pair: (UInt64, UInt64))]

    /// A list of keys as `Folding.key` writes them (words of a phrase joined by a space).
    /// Repeated keys count once.
    init<S: Sequence>(keys: S) where S.Element == String {
        // Sorted by hash, then key, without repeats: built without hashing any string.
        var entries = keys.map { (hash: Token.hash(key: $0), key: $0) }
        entries.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.key < $1.key }
        var unique: [(hash: UInt64, key: String)] = []
        unique.reserveCapacity(entries.count)
        for e in entries where unique.last.map({ $0.hash != e.hash || $0.key != e.key }) ?? true { unique.append(e) }
        self.hashes = unique.map(\.hash)
        self.keys = unique.map(\.key)
        // In hash order: `containsPair` asks them all, so their order changes no answer (a
        // string sort compared Vietnamese keys by their normal forms).
        // Only keys holding a space are split (most are one word).
        self.phrases = unique.map(\.key).compactMap { k in
            guard k.utf8.contains(0x20) else { return nil }
            let words = k.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count >= 2 else { return nil }
            let pair = words.count == 2 ? (Token.hash(key: String(words[0])), Token.hash(key: String(words[1]))) : (0, 0)
            return (k, words.count, pair)
        }
    }

    /// True when a key of hash `h` equal to `key` is in the list: the first index of `h`
    /// by binary search, then the keys of that hash compared.
    @inline(__always)
    private func contains(hash h: UInt64, key: @autoclosure () -> String) -> Bool {
        var lo = 0, hi = hashes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        guard lo < hashes.count, hashes[lo] == h else { return false }
        let k = key()
        while lo < hashes.count, hashes[lo] == h {
            if keys[lo] == k { return true }
            lo += 1
        }
        return false
    }

    /// True when the token's key is in the list.
    func contains(_ token: Token) -> Bool {
        contains(hash: token.keyHash, key: token.key)
    }

    /// `contains(tokens[i])`, reading the token in place: rules ask around every title and
    /// name, and a `Token` argument taken from the array was a copy of it (its two strings
    /// retained and released) at each question.
    func contains(_ tokens: [Token], at i: Int) -> Bool {
        contains(hash: tokens[i].keyHash, key: tokens[i].key)
    }

    /// True when `a.key + " " + b.key` is in the list, without building that string for
    /// two-word phrases: a space is never part of a canonically equivalent variant, so the
    /// two keys must match the phrase's two words. Longer phrases are compared whole (a
    /// word-segmented token may hold a space and make up the rest).
    func containsPair(_ a: Token, _ b: Token) -> Bool {
        for p in phrases {
            if p.words == 2, p.pair.0 != a.keyHash || p.pair.1 != b.keyHash { continue }
            if p.key == a.key + " " + b.key { return true }
        }
        return false
    }
}
