import Foundation

/// Words of a sentence as matching keys, for cue lexicons, casualty figures and shingles.
///
/// Analysis depends on the model only, so it carries its own small tokenizer: a word is a
/// maximal run of letters, digits and combining marks; an inner `-` or `'` between letters stays
/// inside it (`counter-attack`, `al-Assad's`), and a number keeps inner `.`, `,`, `/`, `:`
/// between digits (`1.200`, `14/12`). The key lowercases, maps the legacy `Ð` to `đ`, and lifts
/// the Vietnamese tone mark to the end of the syllable, so the old and new tone placements
/// (`hòa`/`hoà`) give one key while different tones stay apart (`phủ nhận` ≠ `phu nhân`).
///
/// Speed matters (every sentence of a corpus passes through here for shingles), so the scanner
/// walks the UTF-8 bytes once and folds precomposed Latin letters through a table built once;
/// only words with combining marks (decomposed text) or letters of other scripts take the
/// slower Foundation path. `hashes` gives the keys' FNV-1a hashes without building strings.
enum WordKeys {
    static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// The keys of every word of `text`, in order.
    static func keys(_ text: String) -> [String] {
        var out: [String] = []
        scan(text) { key, _ in out.append(key) }
        return out
    }

    /// The keys of every word of `text` with the UTF-8 offset where each word starts.
    static func words(_ text: String) -> [(key: String, offset: Int)] {
        var out: [(key: String, offset: Int)] = []
        scan(text) { out.append(($0, $1)) }
        return out
    }

    /// Calls `body` with each word's key and UTF-8 start offset.
    static func scan(_ text: String, _ body: (String, Int) -> Void) {
        scanBytes(text) { bytes, slow, offset in
            body(slow ?? String(decoding: bytes, as: UTF8.self), offset)
        }
    }

    /// Calls `body` with the FNV-1a hash of each word's key (equal to `StableHash.fnv1a(key)`).
    static func hashes(_ text: String, _ body: (UInt64) -> Void) {
        scanBytes(text) { bytes, slow, _ in
            if let s = slow { body(StableHash.fnv1a(s)); return }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h ^= UInt64(b); h &*= 0x0000_0100_0000_01B3 }
            body(h)
        }
    }

    /// The key of one word (see the type's documentation).
    static func fold(_ word: String) -> String {
        var out: String?
        scan(word) { key, _ in if out == nil { out = key } }
        return out ?? slowFold(word)
    }

    /// Folding through Unicode normalisation, for decomposed text and other scripts.
    static func slowFold(_ word: String) -> String {
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

    /// One precomposed letter folded: the UTF-8 bytes of its lowercase base and its tone mark.
    struct Fold {
        let base: [UInt8]
        let tone: UInt32
    }

    static let latinRanges = [0x00C0...0x024F, 0x1E00...0x1EFF]

    /// Folds of U+00C0–U+024F then U+1E00–U+1EFF (every Vietnamese letter is there); nil for
    /// scalars that are not letters or do not fold to one base letter.
    static let latin: [Fold?] = {
        var table: [Fold?] = []
        for range in latinRanges {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)), s.properties.isAlphabetic else { table.append(nil); continue }
                let folded = Array(slowFold(String(s)).unicodeScalars)
                if folded.count == 1 {
                    table.append(Fold(base: Array(String(folded[0]).utf8), tone: 0))
                } else if folded.count == 2, toneMarks.contains(folded[1].value) {
                    table.append(Fold(base: Array(String(folded[0]).utf8), tone: folded[1].value))
                } else {
                    table.append(nil)
                }
            }
        }
        return table
    }()

    @inline(__always)
    static func latinFold(_ v: UInt32) -> Fold?? {
        if v >= 0x00C0 && v <= 0x024F { return .some(latin[Int(v) - 0x00C0]) }
        if v >= 0x1E00 && v <= 0x1EFF { return .some(latin[Int(v) - 0x1E00 + (0x024F - 0x00C0 + 1)]) }
        return .none
    }

    /// The scanner: `emit(keyBytes, slowKey, offset)` per word, where `slowKey` is set when the
    /// word needed the Foundation path.
    static func scanBytes(_ text: String, _ emit: (UnsafeBufferPointer<UInt8>, String?, Int) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var key: [UInt8] = []
            key.reserveCapacity(32)
            var inWord = false, number = false, slow = false
            var start = 0, tone: UInt32 = 0
            var pending: (start: Int, end: Int)?
            func flush() {
                if inWord {
                    if slow {
                        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<wordEnd]), as: UTF8.self)
                        emit(UnsafeBufferPointer(start: nil, count: 0), slowFold(raw), start)
                    } else {
                        if tone != 0 { appendScalar(tone, to: &key) }
                        key.withUnsafeBufferPointer { emit($0, nil, start) }
                    }
                }
                inWord = false; pending = nil
            }
            var wordEnd = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let (v, len) = decode(bytes, i)
                let isDigit = v >= 0x30 && v <= 0x39
                if isWordScalar(v) {
                    if let p = pending {
                        if !number || isDigit {
                            for k in p.start..<p.end { key.append(bytes[k]) }
                        } else {
                            flush()
                        }
                        pending = nil
                    }
                    if !inWord {
                        inWord = true; number = isDigit; slow = false; tone = 0; start = i
                        key.removeAll(keepingCapacity: true)
                    }
                    if v < 0x80 {
                        key.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
                    } else if let entry = latinFold(v) {
                        if let f = entry { key.append(contentsOf: f.base); if f.tone != 0 { tone = f.tone } } else { slow = true }
                    } else {
                        slow = true
                    }
                    wordEnd = i + len
                } else if inWord && pending == nil && (number ? isNumberJoiner(v) : isWordJoiner(v)) {
                    pending = (i, i + len)
                } else {
                    flush()
                }
                i += len
            }
            flush()
        }
    }

    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < b.count { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1]) & 0x3F, 2) }
        if b0 < 0xF0, i + 2 < b.count {
            return ((b0 & 0x0F) << 12 | (UInt32(b[i + 1]) & 0x3F) << 6 | UInt32(b[i + 2]) & 0x3F, 3)
        }
        if i + 3 < b.count {
            return ((b0 & 0x07) << 18 | (UInt32(b[i + 1]) & 0x3F) << 12 | (UInt32(b[i + 2]) & 0x3F) << 6 | UInt32(b[i + 3]) & 0x3F, 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always)
    static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 { out.append(UInt8(v)) } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | (v >> 6) & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    @inline(__always) static func isWordJoiner(_ v: UInt32) -> Bool { v == 0x2D || v == 0x27 || v == 0x2019 }
    @inline(__always) static func isNumberJoiner(_ v: UInt32) -> Bool { v == 0x2E || v == 0x2C || v == 0x2F || v == 0x3A }

    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if v >= 0x00C0 && v <= 0x024F { return v != 0xD7 && v != 0xF7 }
        if (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x0300 && v <= 0x036F) { return true }
        if v >= 0x2000 && v <= 0x206F { return false }   // general punctuation, quotes, dashes
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
