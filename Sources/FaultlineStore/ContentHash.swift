/// A 128-bit content fingerprint (two FNV-1a 64 lanes with different offsets).
///
/// Used to make ingestion idempotent: a document whose fingerprint is already stored is
/// skipped. It is not a security hash, only a collision-resistant-enough identity for
/// corpora of millions of documents (2⁻⁶⁴ birthday bound per lane pair).
public enum ContentHash {
    public static func hex(_ text: String) -> String {
        var a: UInt64 = 0xcbf29ce484222325
        var b: UInt64 = 0x84222325cbf29ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100000001b3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x100000001b3
        }
        a ^= UInt64(text.utf8.count)
        return hex64(a) + hex64(b)
    }

    private static func hex64(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
