/// Strings made from bytes already known to be valid UTF-8 (slices of a `String`'s own
/// bytes, or keys written from them), for the tokenizer's two strings per token.
///
/// `String(decoding:as:)` validates and repairs its input, and builds a short string byte
/// by byte: about 90 instructions per token string, a fifth of tokenising. A string of at
/// most 15 UTF-8 bytes (nearly every token) is stored inline in the `String` value itself
/// (the standard library's "small string": the bytes in order, then a last byte holding
/// flags and the count), so it is built here from two machine words directly. That layout
/// is checked once against `String(decoding:as:)` (`smallStringsMatch`); where it does not
/// hold, and for longer text, the standard initialiser is used.
enum ValidUTF8 {
    /// A `String` of `bytes`, which must be valid UTF-8. `small`: the value of
    /// `smallStringsMatch`, which a caller making many strings reads once. `readable`: how
    /// many bytes from `bytes.baseAddress` on are initialised memory the caller owns (at
    /// least `bytes.count`); with 16, the words are read in two loads, not byte by byte.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, small: Bool = smallStringsMatch, readable: Int = 0) -> String {
        let n = bytes.count
        if small, n > 0, n <= 15 {
            let words = readable >= 16 ? smallWords(loading: bytes) : smallWords(bytes)
            return unsafeBitCast(words, to: String.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The small string of `bytes` (1…15 bytes, valid UTF-8), read in two loads: the
    /// tokenizer's inline form of `string`, for callers that checked `smallStringsMatch`
    /// and own 16 initialised bytes from `bytes.baseAddress` on. Kept apart from `string`'s
    /// fallback so it stays small enough to be inlined into the tokenizer's loop.
    /// `scratch`: see `ownedString`.
    @inline(__always)
    static func smallString(loading bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<String>) -> String {
        ownedString(smallWords(loading: bytes), scratch: scratch)
    }

    /// `smallString(loading:)` reading only the bytes of `bytes` (1…15, valid UTF-8).
    @inline(__always)
    static func smallString(copying bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<String>) -> String {
        ownedString(smallWords(bytes), scratch: scratch)
    }

    /// The `String` of a small string's words (`smallWords`), owned by the caller without
    /// a reference-count call.
    ///
    /// `unsafeBitCast(words, to: String.self)` gives a value the compiler does not own, so
    /// it retains it before storing it anywhere: a runtime call per string (about eight
    /// instructions, and three or four per token), though a small string has no object to
    /// count. A value moved out of memory is owned as it is. `scratch`: room for one
    /// `String`, uninitialised before and after (the tokenizer keeps one on its stack).
    @inline(__always)
    static func ownedString(_ words: (UInt64, UInt64), scratch: UnsafeMutablePointer<String>) -> String {
        UnsafeMutableRawPointer(scratch).storeBytes(of: words, as: (UInt64, UInt64).self)
        return scratch.move()
    }

    /// The two words of the small string of `bytes` (1…15 bytes): the bytes little-endian,
    /// the last byte `0xE0 | count` for ASCII text and `0xA0 | count` otherwise. `ascii`:
    /// whether the bytes are all ASCII, when the caller knows (else read from the words).
    @inline(__always)
    static func smallWords(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool? = nil) -> (UInt64, UInt64) {
        let n = bytes.count
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<min(n, 8) { lo |= UInt64(bytes[k]) << (8 &* UInt64(k)) }
        if n > 8 { for k in 8..<n { hi |= UInt64(bytes[k]) << (8 &* UInt64(k &- 8)) } }
        return finish(lo, hi, count: n, ascii: ascii)
    }

    /// `smallWords` reading 16 bytes from `bytes.baseAddress` (all initialised memory of the
    /// caller) and masking off those past `bytes.count`.
    @inline(__always)
    static func smallWords(loading bytes: UnsafeBufferPointer<UInt8>, ascii: Bool? = nil) -> (UInt64, UInt64) {
        let n = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var lo = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var hi: UInt64 = 0
        if n < 8 {
            lo &= (1 &<< (8 &* UInt64(n))) &- 1
        } else if n > 8 {
            hi = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & ((1 &<< (8 &* UInt64(n &- 8))) &- 1)
        }
        return finish(lo, hi, count: n, ascii: ascii)
    }

    /// Sets the last byte: flags (ASCII or not: `ascii`, or read from the words) and the count.
    @inline(__always)
    static func finish(_ lo: UInt64, _ hi: UInt64, count n: Int, ascii known: Bool? = nil) -> (UInt64, UInt64) {
        let ascii = known ?? ((lo | hi) & 0x8080_8080_8080_8080 == 0)
        let last: UInt64 = (ascii ? 0xE0 : 0xA0) | UInt64(n)
        return (lo, hi | last << 56)
    }

    /// True when `smallWords` gives exactly the bits of `String(decoding:as:)` (64-bit
    /// little-endian platforms with the standard library's small-string layout), checked on
    /// ASCII and non-ASCII samples of several lengths by reading those strings' bits.
    static let smallStringsMatch: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16, UInt16(1).littleEndian == 1
        else { return false }
        let samples = ["a", "Nga", "hoà", "Thổ", "nghiêng", "abcdefgh", "abcdefghi", "Nguyễn Văn", "abcdefghijklmno", "đường phố"]
        for sample in samples {
            let reference = String(decoding: Array(sample.utf8), as: UTF8.self)
            let bits = unsafeBitCast(reference, to: (UInt64, UInt64).self)
            var padded = Array(sample.utf8)
            let made = padded.withUnsafeBufferPointer { smallWords($0) }
            padded += [UInt8](repeating: 0xFF, count: 16)
            let loaded = padded.withUnsafeBufferPointer { smallWords(loading: UnsafeBufferPointer(rebasing: $0[0..<sample.utf8.count])) }
            guard made == bits, loaded == bits else { return false }
        }
        return true
    }()
}
