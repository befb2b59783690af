import Foundation

/// Cleans decoded article text before layout analysis.
///
/// - Unicode NFC (about one article in twenty arrives with decomposed tone marks).
/// - Line ends unified to `\n` (`\r\n`, `\r`, U+0085, U+2028, U+2029).
/// - Zero-width, bidi and other format characters (U+200B, U+FEFF, soft hyphen, …) and
///   control characters removed; tab becomes a space; no-break and other space
///   separators become a plain space (they are layout, not wording).
/// - Everything else is kept as written, including `_` of word-segmented corpora
///   (`Thổ_Nhĩ_Kỳ`): the `Tokenizer` reads it as a space, the text keeps it.
public enum TextNormalizer {
    /// Segment size for NFC. Foundation's normalisation is quadratic on long runs of
    /// decomposed text, so text is normalised in pieces cut before an ASCII character,
    /// where no canonical composition can cross the cut.
    static let nfcSegment = 4096

    /// The cleaned, NFC-normalised text. Linear time.
    public static func normalize(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var segmentStart = 0
        var segmentNeedsNFC = false
        var previousCR = false

        // Normalises the bytes written since `segmentStart` when they need it.
        func flush() {
            if segmentNeedsNFC {
                let segment = String(decoding: out[segmentStart...], as: UTF8.self).precomposedStringWithCanonicalMapping
                out.removeSubrange(segmentStart...)
                out.append(contentsOf: segment.utf8)
            }
            segmentStart = out.count
            segmentNeedsNFC = false
        }
        func emit(_ s: Unicode.Scalar) {
            if s.value < 0x80 {
                if out.count - segmentStart >= nfcSegment { flush() }
                out.append(UInt8(s.value))
                return
            }
            if !segmentNeedsNFC, s.value >= 0x300, mayChangeUnderNFC(s) { segmentNeedsNFC = true }
            UTF8.encode(s) { out.append($0) }
        }

        for s in text.unicodeScalars {
            let v = s.value
            if v == 0x0A, previousCR { previousCR = false; continue }
            previousCR = false
            if v >= 0x20, v < 0x7F { emit(s); continue }
            switch v {
            case 0x0A: emit("\n")
            case 0x0D: emit("\n"); previousCR = true
            case 0x09: emit(" ")
            case 0x85, 0x2028, 0x2029: emit("\n")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default:
                switch s.properties.generalCategory {
                case .format, .control: continue
                case .spaceSeparator: emit(" ")
                case .lineSeparator, .paragraphSeparator: emit("\n")
                default: emit(s)
                }
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// False for scalars NFC leaves alone whatever surrounds them, so NFC-clean text (nearly
    /// all text) skips normalisation: true for combining marks, Hangul jamo, and the few
    /// singletons NFC replaces (Ω sign, Å sign, CJK compatibility ideographs, …).
    static func mayChangeUnderNFC(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1F71...0x1FFD, 0x2000, 0x2001, 0x2126,
             0x212A, 0x212B, 0x2329, 0x232A, 0x1100...0x11FF, 0xF900...0xFAFF, 0x2F800...0x2FA1D:
            return true
        default:
            return s.properties.canonicalCombiningClass != .notReordered
                || (0x0300...0x036F).contains(v) || s.properties.generalCategory == .spacingMark
        }
    }

    /// True when the text comes from a word segmenter that joins the syllables of a word
    /// with `_` (`Thổ_Nhĩ_Kỳ cho_biết`): a fair share of its space-separated chunks are
    /// syllables joined by `_`. Identifiers, file names and URLs (`my_file.txt`) do not count.
    /// Only the first 64 KB are examined.
    public static func isWordSegmented(_ text: some StringProtocol) -> Bool {
        var chunks = 0
        var joined = 0
        for chunk in text.utf8.prefix(64 * 1024).split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
            chunks += 1
            guard chunk.contains(0x5F) else { continue }
            // URLs, paths, e-mail addresses and dotted file names are not word segmentation.
            if chunk.contains(0x2F) || chunk.contains(0x40) || chunk.contains(0x3D) { continue }
            let parts = chunk.split(separator: 0x5F, omittingEmptySubsequences: false)
            // Every part is a syllable: non-empty and made of letters (a trailing
            // punctuation mark is allowed on the last one).
            var ok = parts.count >= 2
            for (k, part) in parts.enumerated() where ok {
                let text = String(decoding: part, as: UTF8.self)
                let letters = k == parts.count - 1 ? text.trimmingCharacters(in: .punctuationCharacters) : text
                if letters.isEmpty || !letters.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || (0x300...0x36F).contains($0.value) }) {
                    ok = false
                }
            }
            if ok { joined += 1 }
        }
        guard joined >= 2 else { return false }
        return joined * 20 >= chunks || (chunks < 40 && joined * 10 >= chunks)
    }
}
