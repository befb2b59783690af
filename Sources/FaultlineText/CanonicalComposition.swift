import Foundation

/// Canonical composition (NFC) of short decomposed words, for the tokenizer's keys.
///
/// Some outlets publish Vietnamese decomposed (`o` + U+0323 + U+0302 for `ộ`). A key is
/// defined over the text's canonical decomposition, and the table-driven key path reads
/// precomposed letters, so such a word used to take Foundation's normalisation (about
/// 5,000 instructions a token). Composing it here first lets it take the table path: the
/// key of a word depends only on its canonical decomposition, so it is the same for the
/// word and its composition. Only the plain case is handled (every mark, in canonical
/// order, composes with the letter before it); anything else returns nil and the caller
/// keeps the general path.
enum CanonicalComposition {
    /// Primary composites of Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) with one
    /// combining mark of U+0300–U+036F, keyed `letter << 32 | mark`, computed once from
    /// Foundation's decompositions and each checked by composing the pair with Foundation.
    static let pairs: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        for v in Array(UInt32(0xC0)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let s = Unicode.Scalar(v) else { continue }
            let nfd = Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard nfd.count >= 2, let mark = nfd.last, (0x300..<0x370).contains(mark.value) else { continue }
            let rest = String(String.UnicodeScalarView(nfd.dropLast())).precomposedStringWithCanonicalMapping
            let letter = Array(rest.unicodeScalars)
            guard letter.count == 1 else { continue }
            var pair = String.UnicodeScalarView([letter[0]]); pair.append(mark)
            guard Array(String(pair).precomposedStringWithCanonicalMapping.unicodeScalars) == [s] else { continue }
            table[UInt64(letter[0].value) << 32 | UInt64(mark.value)] = v
        }
        return table
    }()

    /// The NFC form of `w` (valid UTF-8) written to `out` (room for `w.count` bytes:
    /// composing never lengthens UTF-8), and its length; nil when `w` is not the plain
    /// case: a scalar beyond the Latin tables, a mark with no letter before it, marks out
    /// of canonical order (the letter's own marks included), or a mark that does not
    /// compose.
    static func compose(_ w: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let pairs = self.pairs, table = Folding.decompositions
        var n = 0
        var letter: UInt32 = 0, hasLetter = false
        var lastClass: UInt8 = 0
        var i = 0
        while i < w.count {
            let (v, width) = Folding.decodeScalar(w, at: i)
            i += width
            let slot = Folding.decompositionIndex(v)
            guard slot >= 0 else { return nil }
            let e = table[slot]
            if e.ccc == 0 {
                if hasLetter { n += write(letter, to: out, at: n) }
                // Marks already inside a precomposed letter count for the order.
                guard e.count < 4 else { return nil }
                lastClass = 0
                if e.count >= 2, e.s1 >= 0x300 { lastClass = max(lastClass, table[Folding.decompositionIndex(e.s1)].ccc) }
                if e.count >= 3, e.s2 >= 0x300 { lastClass = max(lastClass, table[Folding.decompositionIndex(e.s2)].ccc) }
                letter = v; hasLetter = true
                continue
            }
            guard hasLetter, e.ccc >= lastClass, let composite = pairs[UInt64(letter) << 32 | UInt64(v)] else { return nil }
            letter = composite; lastClass = e.ccc
        }
        if hasLetter { n += write(letter, to: out, at: n) }
        return n
    }

    /// Writes `v` as UTF-8 at `out[at...]` and returns its width.
    private static func write(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at k: Int) -> Int {
        if v < 0x80 { out[k] = UInt8(v); return 1 }
        if v < 0x800 { out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); return 2 }
        out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 2] = UInt8(0x80 | (v & 0x3F))
        return 3
    }
}
