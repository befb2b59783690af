/// The roots of the country table (`RUS`, `UKR`, `IGO` …) as one bit per three-letter root,
/// so that "is this a country of the table?" is a bit test, not a String hash.
///
/// Actors, mentions and sentence rules ask it of nearly every mention; `countries[root]`
/// hashed the root with a seeded SipHash each time. Roots of `country-codes*.tsv` pass
/// `ActorCode`, whose ASCII roots are three letters `A`…`Z`: 26³ bits cover them. A root of
/// any other form (a non-ASCII code) sets `others`, and then `ActorLexicon.hasCountry` asks
/// the dictionary itself. A three-letter ASCII root has no other spelling that `String ==`
/// would equate to it, so the bit test answers exactly what the dictionary would.
struct CountryRootSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)
    /// Number of roots inserted (distinct).
    private(set) var count = 0
    /// True when a root outside `A`…`Z` × 3 was inserted.
    private(set) var others = false

    init() {}

    /// The bit of a three-letter root `A`…`Z`, or nil for any other string.
    static func bit(_ root: String) -> Int? {
        var r = root
        return r.withUTF8 { u -> Int? in
            guard u.count == 3 else { return nil }
            var v = 0
            for b in u {
                guard b >= 0x41 && b <= 0x5A else { return nil }
                v = v * 26 + Int(b - 0x41)
            }
            return v
        }
    }

    mutating func insert(_ root: String) {
        guard let b = Self.bit(root) else { others = true; return }
        if bits[b >> 6] & (1 << UInt64(b & 63)) == 0 { count += 1 }
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// True when `root` was inserted; nil when the set cannot tell (`root` is not a
    /// three-letter root and other roots were inserted).
    func contains(_ root: String) -> Bool? {
        guard let b = Self.bit(root) else { return others ? nil : false }
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
