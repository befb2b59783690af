import Foundation

/// Tells Vietnamese from English (anything else is `und`) by two cheap signals:
/// syllables carrying letters only Vietnamese uses (`đ ă ơ ư ĩ ũ` and the tone-marked
/// vowels of U+1EA0–U+1EF9: `ạ ả ấ ầ ẩ … ỹ`), and common function words of each language.
/// French or Portuguese accents (`é à ã`) alone do not make a text Vietnamese, and the
/// English function words are ones other Latin-script languages rarely use.
///
/// Only the first 16 KB are read, so identification costs the same for any length.
public enum LanguageIdentifier {
    static let sampleBytes = 16 * 1024

    static let vietnameseFunctionWords: Set<ByteKey> = Set(vietnameseFunctionWordList.map(ByteKey.init))
    static let englishFunctionWords: Set<ByteKey> = Set(englishFunctionWordList.map(ByteKey.init))

    static let vietnameseFunctionWordList: [String] = [
        "và", "của", "là", "các", "có", "được", "cho", "trong", "với", "những", "không", "này",
        "đã", "người", "một", "tại", "theo", "khi", "sau", "đến", "từ", "về", "cũng", "như",
        "nhưng", "để", "thì", "mà", "còn", "bị", "sẽ", "đang", "trên", "nhiều", "ông", "bà",
        "năm", "ngày", "tháng", "nước", "đó", "hơn", "vào", "ra", "làm", "nói", "biết",
    ]
    static let englishFunctionWordList: [String] = [
        "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "said", "by",
        "as", "at", "from", "has", "have", "had", "were", "are", "which", "would", "will", "this",
        "it", "its", "he", "she", "they", "their", "his", "her", "not", "but", "been", "who",
        "an", "after", "also", "more", "than", "about", "over", "into", "there", "we",
    ]

    /// `vi`, `en` or `und`.
    public static func identify(_ text: some StringProtocol) -> String {
        // A sequence cut at the sample's end decodes to U+FFFD, which counts for nothing.
        var nfc = String(decoding: text.utf8.prefix(sampleBytes), as: UTF8.self)
        if nfc.unicodeScalars.contains(where: { $0.value >= 0x300 && TextNormalizer.mayChangeUnderNFC($0) }) {
            nfc = nfc.precomposedStringWithCanonicalMapping
        }

        var words = 0, vi = 0, en = 0, latin = 0, other = 0
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(16)
        var wordIsVietnamese = false

        func endWord() {
            guard !word.isEmpty else { return }
            words += 1
            if wordIsVietnamese {
                vi += 1
            } else if word.count <= 6 {
                // Function words are short; only those are looked up.
                var w = String.UnicodeScalarView()
                w.append(contentsOf: word)
                let key = ByteKey(String(w).lowercased())
                if vietnameseFunctionWords.contains(key) { vi += 1 }
                else if englishFunctionWords.contains(key) { en += 1 }
            }
            word.removeAll(keepingCapacity: true)
            wordIsVietnamese = false
        }

        for s in nfc.unicodeScalars {
            let v = s.value
            let letter = v < 0x80 ? ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) : s.properties.isAlphabetic
            if letter {
                word.append(s)
                if v < 0x80 || isLatin(s) { latin += 1 } else { other += 1 }
                if v >= 0x100, isVietnameseLetter(s) { wordIsVietnamese = true }
            } else {
                endWord()
            }
        }
        endWord()

        guard words > 0, latin > other else { return "und" }
        // Vietnamese prose has most syllables marked; English prose has a third of its
        // words in the function list. Mixed texts go to the stronger side.
        let viShare = Double(vi) / Double(words), enShare = Double(en) / Double(words)
        if vi > en, viShare >= 0.2 { return "vi" }
        if en > vi, enShare >= 0.15 { return "en" }
        if vi == en, vi > 0 { return viShare >= 0.2 ? "vi" : "und" }
        return "und"
    }

    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x250 || (0x1E00...0x1EFF).contains(v)
    }

    /// Letters that Vietnamese uses and other major Latin-script languages do not.
    static func isVietnameseLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0110, 0x0111, 0x0102, 0x0103, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x0128, 0x0129, 0x0168, 0x0169:
            return true
        case 0x1EA0...0x1EF9:
            return true
        default:
            return false
        }
    }
}
