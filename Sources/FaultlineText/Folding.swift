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
        // Fast path: plain ASCII needs only lowercasing.
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return word.lowercased() }

        // Fast path for precomposed text (NFC, what ingestion produces): a table gives each
        // accented letter's toneless form, so Foundation's normalisation is not needed.
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
        for s in String(word).decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(s.value) { tone = s; continue }
            if s.value == 0x00D0 { scalars.append("đ"); continue }
            scalars.append(s)
        }
        var out = String(scalars).precomposedStringWithCanonicalMapping.lowercased()
        if let tone { out.unicodeScalars.append(tone) }
        return out
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
}
