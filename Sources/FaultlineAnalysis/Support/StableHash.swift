/// Hashes that are the same in every process.
///
/// Swift's `Hasher` is seeded per process, so nothing that decides output (shingles,
/// MinHash signatures, tie-breaks) may use it; these are FNV-1a and SplitMix64's finaliser.
enum StableHash {
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// A strong 64-bit mix (SplitMix64 finaliser).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func combine(_ h: UInt64, _ v: UInt64) -> UInt64 {
        mix(h ^ (v &+ 0x9E37_79B9_7F4A_7C15 &+ (h << 6) &+ (h >> 2)))
    }
}

/// A small deterministic random number generator (SplitMix64), for synthetic corpora.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
