import Foundation

/// Matching keys for Vietnamese and English words.
///
/// Old and new tone-mark placement (`hòa`/`hoà`, `thủy`/`thuỷ`) differ by outlet and NFC
/// does not unify them. The key therefore lifts the tone mark off the syllable and appends
/// it as a suffix (`hòa` → `hoa\u{300}`), lowercases, and maps the legacy `Ð` (U+00D0) to
/// `đ`. Different tones stay different (`Nga` ≠ `ngà`), so folding adds no ambiguity.
public enum Folding {
    /// The five Vietnamese tone marks as combining characters.
    static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// The matching key of one token (syllable or word).
    public static func key(_ word: some StringProtocol) -> String {
        var text = String(word)
        return text.withUTF8 { key(utf8: $0) }
    }

    /// The matching key of a word given as UTF-8 (valid UTF-8, as a `String` holds it).
    ///
    /// Plain ASCII is lowercased byte by byte; precomposed text (NFC, what ingestion
    /// produces) goes through `letters`, a table giving each letter's toneless lowercase
    /// form and tone; only words holding combining marks take Foundation's normalisation.
    static func key(utf8 w: UnsafeBufferPointer<UInt8>) -> String { keyAndHash(utf8: w).key }

    /// `key(utf8:)` and `Token.hash(key:)` of that key, the hash taken from the key's bytes
    /// as they are written (one pass less than hashing the finished `String`).
    static func keyAndHash(utf8 w: UnsafeBufferPointer<UInt8>) -> (key: String, hash: UInt64) {
        var ascii = true
        for b in w where b >= 0x80 { ascii = false; break }
        if ascii {
            var hash: UInt64 = 0
            let key = String(unsafeUninitializedCapacity: w.count) { out in
                var h = HashState()
                for i in 0..<w.count {
                    let b = w[i]
                    let l = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    out[i] = l
                    h.starter(UInt32(l))
                }
                hash = h.finish()
                return w.count
            }
            return (key, hash)
        }
        let capacity = w.count * 4 + 8
        let fast: (key: String, hash: UInt64)? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out -> (key: String, hash: UInt64)? in
            let table = letters
            var n = 0
            var tone: UInt32 = 0
            var i = 0
            while i < w.count {
                let (v, width) = decodeScalar(w, at: i)
                i += width
                if v < 0x80 {
                    let b = UInt8(v)
                    out[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    n += 1
                    continue
                }
                if v >= 0x0300 && v <= 0x036F { return nil }   // combining marks: normalise
                let slot = letterIndex(v)
                if slot >= 0 {
                    let e = table[slot]
                    guard e.count > 0, n + Int(e.count) <= capacity else { return nil }
                    for k in 0..<Int(e.count) { out[n + k] = UInt8(truncatingIfNeeded: e.bytes >> (8 * UInt64(k))) }
                    n += Int(e.count)
                    if e.tone != 0 { tone = e.tone }
                } else {
                    // Beyond the table (no toned letters there): lowercase only.
                    guard let s = Unicode.Scalar(v) else { return nil }
                    for b in s.properties.lowercaseMapping.utf8 {
                        guard n < capacity else { return nil }
                        out[n] = b; n += 1
                    }
                }
            }
            if tone != 0 {
                guard n + 2 <= capacity else { return nil }
                // Tone marks are U+0300…U+036F: two UTF-8 bytes.
                out[n] = UInt8(0xC0 | (tone >> 6)); out[n + 1] = UInt8(0x80 | (tone & 0x3F)); n += 2
            }
            let bytes = UnsafeBufferPointer(rebasing: out[0..<n])
            return (String(decoding: bytes, as: UTF8.self), canonicalHash(utf8: bytes))
        }
        if let fast { return fast }
        let slow = keyByScalars(String(decoding: w, as: UTF8.self))
        return (slow, canonicalHash(slow))
    }

    /// The key computed scalar by scalar with Foundation's normalisation where needed: the
    /// definition `key(utf8:)` implements quickly (and its fallback).
    static func keyByScalars(_ word: String) -> String {
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return word.lowercased() }
        // Precomposed text: the `toneless` table gives each accented letter's toneless form.
        if !word.unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) {
            var tone: Unicode.Scalar?
            var scalars = String.UnicodeScalarView()
            for s in word.unicodeScalars {
                if let entry = toneless[s.value] {
                    scalars.append(contentsOf: entry.base)
                    tone = entry.tone
                } else if s.value == 0x00D0 {
                    scalars.append("đ")
                } else {
                    scalars.append(s)
                }
            }
            var out = String(scalars).lowercased()
            if let tone { out.unicodeScalars.append(tone) }
            return out
        }
        var tone: Unicode.Scalar?
        var scalars = String.UnicodeScalarView()
        for s in word.decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(s.value) { tone = s; continue }
            if s.value == 0x00D0 { scalars.append("đ"); continue }
            scalars.append(s)
        }
        var out = String(scalars).precomposedStringWithCanonicalMapping.lowercased()
        if let tone { out.unicodeScalars.append(tone) }
        return out
    }

    /// Slot of a non-ASCII scalar in `letters`, or -1 (no toned letter lies outside).
    @inline(__always)
    static func letterIndex(_ v: UInt32) -> Int {
        if v >= 0x80 && v < 0x250 { return Int(v - 0x80) }
        if v >= 0x370 && v < 0x500 { return 0x1D0 + Int(v - 0x370) }
        if v >= 0x1E00 && v < 0x2000 { return 0x360 + Int(v - 0x1E00) }
        return -1
    }

    /// The scalar starting at byte `i` of valid UTF-8, and its width in bytes.
    @inline(__always)
    static func decodeScalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(u[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(u[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(u[i + 1]) & 0x3F) << 6) | (UInt32(u[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(u[i + 1]) & 0x3F) << 12) | ((UInt32(u[i + 2]) & 0x3F) << 6)
                | (UInt32(u[i + 3]) & 0x3F), 4)
    }

    /// What a precomposed letter contributes to a key: its toneless, lowercased form as
    /// UTF-8 (`count` bytes packed little-endian in `bytes`; `count == 0`: not from the
    /// table) and its tone mark (0 when none).
    struct Letter: Sendable {
        var bytes: UInt64 = 0
        var count: UInt8 = 0
        var tone: UInt32 = 0
        /// What hashing that form adds (`HashState`, as `feed` would add its scalars): up
        /// to four scalars of its canonical decomposition (`hashSteps` of them, 0 when the
        /// table cannot say), bit k of `markBits` set when the k-th is a combining mark.
        /// Precomputed so the tokenizer hashes a key while writing it without decomposing.
        var hashSteps: UInt8 = 0
        var markBits: UInt8 = 0
        var h0: UInt32 = 0, h1: UInt32 = 0, h2: UInt32 = 0, h3: UInt32 = 0

        /// Adds the form to a key's hash (`hashSteps` must be above 0).
        @inline(__always) func hash(into h: inout HashState) {
            if markBits & 1 != 0 { h.mark(h0) } else { h.starter(h0) }
            guard hashSteps > 1 else { return }
            if markBits & 2 != 0 { h.mark(h1) } else { h.starter(h1) }
            guard hashSteps > 2 else { return }
            if markBits & 4 != 0 { h.mark(h2) } else { h.starter(h2) }
            guard hashSteps > 3 else { return }
            if markBits & 8 != 0 { h.mark(h3) } else { h.starter(h3) }
        }

        /// Sets the hash steps of a form given as scalars, as `HashState.feed` reads them
        /// from `table` (`decompositions`); leaves 0 steps where `feed` would give up.
        mutating func setHashSteps(_ scalars: [UInt32], _ table: [Decomposition]) {
            var steps: [(UInt32, Bool)] = []
            for v in scalars {
                if v < 0x80 { steps.append((v, false)); continue }
                let idx = decompositionIndex(v)
                guard idx >= 0 else { return }
                let e = table[idx]
                switch e.count {
                case 0: steps.append((v, e.ccc != 0))
                case 1...3:
                    for s in [e.s0, e.s1, e.s2].prefix(Int(e.count)) {
                        steps.append((s, s >= 0x300 && table[decompositionIndex(s)].ccc != 0))
                    }
                default: return
                }
            }
            guard (1...4).contains(steps.count) else { return }
            hashSteps = UInt8(steps.count)
            for (k, step) in steps.enumerated() {
                if step.1 { markBits |= 1 << UInt8(k) }
                switch k {
                case 0: h0 = step.0
                case 1: h1 = step.0
                case 2: h2 = step.0
                default: h3 = step.0
                }
            }
        }
    }

    /// `Letter` of the scalars `toneless` may hold (Latin U+0080–U+024F, Greek and Cyrillic
    /// U+0370–U+04FF, Latin Extended Additional and Greek Extended U+1E00–U+1FFF), computed
    /// once: tone lifted as `toneless` says, legacy `Ð` → `đ`, then each scalar's
    /// lowercase mapping (what `String.lowercased()` applies).
    static let letters: [Letter] = {
        var table = [Letter](repeating: Letter(), count: 0x560)
        for v in Array(UInt32(0x80)..<0x250) + Array(UInt32(0x370)..<0x500) + Array(UInt32(0x1E00)..<0x2000) {
            guard let s = Unicode.Scalar(v) else { continue }
            var base: [Unicode.Scalar] = [s]
            var tone: UInt32 = 0
            if let entry = toneless[v] { base = entry.base; tone = entry.tone.value }
            else if v == 0x00D0 { base = ["đ"] }
            let lowered = Array(String(String.UnicodeScalarView(base)).lowercased().utf8)
            guard lowered.count <= 8 else { continue }
            var e = Letter(count: UInt8(lowered.count), tone: tone)
            for (k, b) in lowered.enumerated() { e.bytes |= UInt64(b) << (8 * UInt64(k)) }
            e.setHashSteps(String(decoding: lowered, as: UTF8.self).unicodeScalars.map(\.value), decompositions)
            table[letterIndex(v)] = e
        }
        return table
    }()

    /// Scalars of U+2000–U+2BFF (punctuation, arrows, mathematical and technical symbols,
    /// box drawing: `…`, `–`, `“`, `→`, `≈`, `─`) that a key keeps as they are: no
    /// lowercase mapping, no canonical decomposition, combining class 0. Computed once from
    /// Foundation, so the tokenizer keys and hashes such tokens (they sit outside `letters`
    /// and `decompositions`) without normalising them each time.
    static let plainSymbols: [Bool] = (UInt32(0x2000)..<0x2C00).map { v in
        guard let s = Unicode.Scalar(v) else { return false }
        let text = String(s)
        return s.properties.canonicalCombiningClass.rawValue == 0
            && Array(text.decomposedStringWithCanonicalMapping.unicodeScalars) == [s]
            && Array(s.properties.lowercaseMapping.unicodeScalars) == [s]
    }

    /// True when `v` is one of `plainSymbols`.
    @inline(__always)
    static func isPlainSymbol(_ v: UInt32, _ table: [Bool]) -> Bool {
        v >= 0x2000 && v < 0x2C00 && table[Int(v - 0x2000)]
    }

    /// Precomposed Latin, Greek and Cyrillic letters that carry a Vietnamese tone mark, with
    /// the letter without it (`ộ` → `ô` + dot below), computed once from the Unicode
    /// decompositions. The rest may be more than one scalar (`ṝ` → `r` + macron + dot
    /// below): every letter whose decomposition holds a tone mark must be here, or its key
    /// would depend on whether the text came precomposed or decomposed.
    static let toneless: [UInt32: (base: [Unicode.Scalar], tone: Unicode.Scalar)] = {
        var table: [UInt32: (base: [Unicode.Scalar], tone: Unicode.Scalar)] = [:]
        for v in Array(UInt32(0x00C0)...0x024F) + Array(UInt32(0x0370)...0x04FF) + Array(UInt32(0x1E00)...0x1FFF) {
            guard let s = Unicode.Scalar(v) else { continue }
            let nfd = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let tone = nfd.last(where: { toneMarks.contains($0.value) }) else { continue }
            let rest = String(String.UnicodeScalarView(nfd.filter { !toneMarks.contains($0.value) }))
            let base = Array(rest.precomposedStringWithCanonicalMapping.unicodeScalars)
            guard !base.isEmpty else { continue }
            table[v] = (base, tone)
        }
        return table
    }()

    /// A key with every diacritic removed (`Thổ Nhĩ Kỳ` → `tho nhi ky`), for loose lookups
    /// such as gold data written without marks. Not used for primary matching.
    public static func stripped(_ text: some StringProtocol) -> String {
        // ASCII has nothing to decompose or strip.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for s in String(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x0300...0x036F).contains(s.value) { continue }
            switch s.value {
            case 0x0110, 0x00D0: scalars.append("D")
            case 0x0111: scalars.append("d")
            default: scalars.append(s)
            }
        }
        return String(scalars).lowercased()
    }

    // MARK: - Canonical hashing

    /// A hash of `text` that is equal for canonically equivalent strings (Swift's `==`),
    /// computed without normalising: a hash over the canonical decomposition (NFD) in which
    /// each run of combining marks counts as a set, so mark order never matters. Latin
    /// letters and combining marks are decomposed from a table; other scripts fall back to
    /// Foundation's decomposition. Different strings may share a hash; users compare keys.
    public static func canonicalHash(_ text: String) -> UInt64 {
        if let h = text.utf8.withContiguousStorageIfAvailable({ canonicalHash(utf8: $0) }) { return h }
        var copy = text
        return copy.withUTF8 { canonicalHash(utf8: $0) }
    }

    /// `canonicalHash` of valid UTF-8 (what a `String` holds), read byte by byte: the
    /// tokenizer hashes each key straight from the bytes it wrote, without a `String` walk.
    static func canonicalHash(utf8 w: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = HashState()
        let table = decompositions
        var i = 0
        while i < w.count {
            let b = w[i]
            if b < 0x80 { h.starter(UInt32(b)); i += 1; continue }
            let (v, width) = decodeScalar(w, at: i)
            i += width
            guard h.feed(v, table) else { return canonicalHashSlow(String(decoding: w, as: UTF8.self)) }
        }
        return h.finish()
    }

    /// `canonicalHash` for text outside the table: decomposes with Foundation.
    static func canonicalHashSlow(_ text: String) -> UInt64 {
        var h = HashState()
        for s in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.properties.canonicalCombiningClass.rawValue == 0 { h.starter(s.value) } else { h.mark(s.value) }
        }
        return h.finish()
    }

    struct HashState {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        /// Order-free sum of the pending combining marks.
        var run: UInt64 = 0
        var inRun = false

        @inline(__always) mutating func starter(_ v: UInt32) {
            if inRun { flush() }
            h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
        }

        @inline(__always) mutating func mark(_ v: UInt32) {
            var x = UInt64(v) &* 0x9E37_79B9_7F4A_7C15
            x ^= x >> 29
            run &+= x
            inRun = true
        }

        /// Adds one scalar of the text, decomposed from `table` (`decompositions`); false when
        /// the table cannot decompose it, and the text must be hashed by `canonicalHashSlow`.
        @inline(__always) mutating func feed(_ v: UInt32, _ table: [Decomposition]) -> Bool {
            if v < 0x80 { starter(v); return true }
            let idx = decompositionIndex(v)
            guard idx >= 0 else { return false }
            let e = table[idx]
            switch e.count {
            case 0: if e.ccc == 0 { starter(v) } else { mark(v) }
            case 1: add(e.s0, table)
            case 2: add(e.s0, table); add(e.s1, table)
            case 3: add(e.s0, table); add(e.s1, table); add(e.s2, table)
            default: return false
            }
            return true
        }

        /// A scalar of a decomposition (always inside the table).
        @inline(__always) mutating func add(_ v: UInt32, _ table: [Decomposition]) {
            if v >= 0x300, table[decompositionIndex(v)].ccc != 0 { mark(v) } else { starter(v) }
        }

        @inline(__always) mutating func flush() {
            h = (h ^ run ^ 0x5555) &* 0x0000_0100_0000_01B3
            run = 0; inRun = false
        }

        mutating func finish() -> UInt64 {
            if inRun { flush() }
            var x = h
            x ^= x >> 32
            x = x &* 0xD6E8_FEB8_6659_FD93
            x ^= x >> 32
            return x
        }
    }

    /// The canonical decomposition of one scalar (up to three scalars; `count == 0`: the
    /// scalar decomposes to itself) and its combining class.
    struct Decomposition: Sendable {
        var count: UInt8 = 0
        var ccc: UInt8 = 0
        var s0: UInt32 = 0
        var s1: UInt32 = 0
        var s2: UInt32 = 0
    }

    /// Table slot of a scalar: Latin, IPA, modifier letters and combining marks
    /// (U+0000–U+036F) and Latin Extended Additional (U+1E00–U+1EFF); -1 outside.
    @inline(__always)
    static func decompositionIndex(_ v: UInt32) -> Int {
        if v < 0x370 { return Int(v) }
        if v >= 0x1E00 && v < 0x1F00 { return 0x370 + Int(v - 0x1E00) }
        return -1
    }

    /// Decompositions of the table's scalars, computed once from Foundation.
    static let decompositions: [Decomposition] = {
        var table = [Decomposition](repeating: Decomposition(), count: 0x370 + 0x100)
        for v in Array(UInt32(0)..<0x370) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let s = Unicode.Scalar(v) else { continue }
            var e = Decomposition()
            e.ccc = s.properties.canonicalCombiningClass.rawValue
            if v >= 0xC0 {
                let nfd = Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars)
                if nfd.count > 3 || nfd.contains(where: { decompositionIndex($0.value) < 0 }) {
                    e.count = 4  // not decomposable from the table
                } else if nfd != [s] {
                    e.count = UInt8(nfd.count)
                    if nfd.count > 0 { e.s0 = nfd[0].value }
                    if nfd.count > 1 { e.s1 = nfd[1].value }
                    if nfd.count > 2 { e.s2 = nfd[2].value }
                }
            }
            table[decompositionIndex(v)] = e
        }
        return table
    }()
}
