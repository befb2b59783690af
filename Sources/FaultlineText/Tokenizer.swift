/// Splits a sentence into tokens in one left-to-right pass.
///
/// Spaces and `_` separate tokens (`Thổ_Nhĩ_Kỳ` reads as three syllables); punctuation
/// becomes its own token except inside numbers (`14/12`, `3.5`), inside words (`al-Assad`,
/// `O'Brien`) and in dotted abbreviations (`U.S.`).
public enum Tokenizer {
    public static func tokens(_ sentence: String) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(sentence.utf8.count / 4)
        let scalars = Array(sentence.unicodeScalars)
        // UTF-8 offset of each scalar index.
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var acc = 0
        for (i, s) in scalars.enumerated() { offsets[i] = acc; acc += UTF8.width(s) }
        offsets[scalars.count] = acc

        // ASCII is classified by value; Unicode properties are looked up only beyond it.
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
            return s.properties.isAlphabetic || (0x0300...0x036F).contains(v)
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x80 { return v == 0x20 || v == 0x5F || (v >= 0x09 && v <= 0x0D) }
            return s.properties.isWhitespace || v == 0x200B || v == 0xFEFF
        }

        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if isSpace(s) || (s.value < 0x20 || s.value == 0x7F)
                || (s.value >= 0x80 && (s.properties.generalCategory == .control || s.properties.generalCategory == .format)) {
                i += 1; continue
            }
            let start = i
            var kind: TokenKind
            if isDigit(s) {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(scalars[i]) { i += 1; continue }
                    if "/.-,:".unicodeScalars.contains(scalars[i]), i + 1 < n, isDigit(scalars[i + 1]) { i += 2; continue }
                    break
                }
            } else if isLetter(s) {
                kind = .word
                i += 1
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) || isDigit(c) { i += 1; continue }
                    // Inner hyphen or apostrophe joins letters: al-Assad, Jean-Marc, O'Brien.
                    if (c == "-" || c == "'" || c == "\u{2019}"), i + 1 < n, isLetter(scalars[i + 1]) {
                        // Keep English possessive 's apart: Russia's → Russia + 's.
                        if c != "-", i + 2 <= n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                           i + 2 == n || !isLetter(scalars[i + 2]) { break }
                        i += 2; continue
                    }
                    // Dotted abbreviation: U.S., U.N., e.g.
                    if c == ".", i + 1 < n, isLetter(scalars[i + 1]), i - start == 1 || scalars[i - 2] == "." {
                        i += 2
                        if i < n, scalars[i] == "." { i += 1 }
                        break
                    }
                    break
                }
            } else if s.properties.generalCategory.isPunctuationLike {
                kind = .punctuation
                i += 1
                // Runs of the same mark (… ... --) stay one token.
                while i < n, scalars[i] == s, s == "." || s == "-" { i += 1 }
            } else {
                kind = .symbol
                i += 1
            }
            var text = String(String.UnicodeScalarView(scalars[start..<i]))
            if text.utf8.contains(0x5F) { text = text.replacingAll("_", with: " ") }
            out.append(Token(text: text, key: Folding.key(text), start: offsets[start], end: offsets[i], kind: kind))
        }
        return out
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationLike: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol:
            return true
        default:
            return false
        }
    }
}

extension String {
    func replacingAll(_ a: Character, with b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
