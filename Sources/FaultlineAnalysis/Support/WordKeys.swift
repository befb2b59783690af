import Foundation

/// Words of a sentence as matching keys, for cue lexicons and shingles.
///
/// Analysis depends on the model only, so it carries its own small tokenizer: words are
/// maximal runs of letters, digits and combining marks (an inner `-` or `'` between letters
/// stays inside the word, so `counter-attack` is one word). The key lowercases, maps the
/// legacy `Ð` to `đ`, and lifts the Vietnamese tone mark to the end of the syllable, so the
/// old and new tone placements (`hòa`/`hoà`) give one key while different tones stay apart
/// (`phủ nhận` ≠ `phu nhân`). Plain ASCII words take a fast path.
enum WordKeys {
    static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// The keys of every word of `text`, in order.
    static func keys(_ text: String) -> [String] { words(text).map(\.key) }

    /// The keys of every word of `text` with the UTF-8 offset where each word starts.
    static func words(_ text: String) -> [(key: String, offset: Int)] {
        var out: [(key: String, offset: Int)] = []
        var start = 0
        var offset = 0
        var current = String.UnicodeScalarView()
        var ascii = true
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty {
                out.append((ascii ? String(current).lowercased() : fold(String(current)), start))
                current = String.UnicodeScalarView()
                ascii = true
            }
        }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            defer { offset += UTF8.width(s) }
            if isWordScalar(s) {
                if current.isEmpty { start = offset }
                current.append(s)
                if s.value >= 0x80 { ascii = false }
            } else if (s == "-" || s == "'" || s == "\u{2019}"), !current.isEmpty,
                      i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                current.append(s)
                if s.value >= 0x80 { ascii = false }
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }

    /// The key of one word (see the type's documentation).
    static func fold(_ word: String) -> String {
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

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if (0x0300...0x036F).contains(v) { return true }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
