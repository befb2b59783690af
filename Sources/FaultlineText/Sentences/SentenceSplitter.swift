/// Splits Vietnamese and English text into sentences in one left-to-right pass.
///
/// A sentence ends at `.`, `!`, `?`, `…` (or `...`), together with any closing quotes and
/// brackets right after it (`… chiến đấu.”` closes after the quote), when whitespace and
/// then an uppercase letter, a digit or an opening quote/bracket follow; a lowercase
/// continuation (`"Stop." he said`) never starts a sentence. A period does not end a
/// sentence after a title or other abbreviation (`TP.`, `PGS.`, `Mr.`, `Gen.`, `Jan.`,
/// `No.`), after an initial (`J. Smith`), or after a dotted abbreviation (`U.S.`, `e.g.`,
/// `v.v.`) unless a typical sentence opener follows. Numbers never split (`3.5`,
/// `14.12.2016`) since no space follows their periods. Colons and semicolons do not split.
/// A blank line always ends a sentence.
///
/// - Complexity: O(n) in the length of the text.
public enum SentenceSplitter {
    /// The trimmed sentences of `text`.
    public static func split(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            splitBytes(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// UTF-8 offset ranges of the trimmed sentences of `text`.
    public static func utf8Ranges(in text: String) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { splitBytes($0) }
    }

    /// String index ranges of the trimmed sentences of `text`.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        // Walk the indices forward once (offsetting from the start for each range could
        // cost O(n) per sentence).
        let u = text.utf8
        var index = u.startIndex
        var offset = 0
        return utf8Ranges(in: text).map { r in
            index = u.index(index, offsetBy: r.lowerBound - offset); offset = r.lowerBound
            let lower = index
            index = u.index(index, offsetBy: r.upperBound - offset); offset = r.upperBound
            return lower..<index
        }
    }

    // MARK: - Byte-level scanning

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    /// Decodes the scalar starting at `i` (the text is valid UTF-8) and its length.
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(p[i])
        let n = p.count
        if b0 < 0x80 { return (Unicode.Scalar(b0)!, 1) }
        if b0 < 0xE0, i + 1 < n {
            return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0, i + 2 < n {
            let v = ((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if i + 3 < n {
            let v = ((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s { case ".", "!", "?", "…", "。", "！", "？": return true; default: return false }
    }

    /// Closing quotes and brackets that stay with the sentence they follow.
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s { case "”", "’", ")", "]", "»", "›", "」", "』": return true; default: return false }
    }

    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s { case "\"", "“", "‘", "'", "(", "[", "«", "‹", "„", "「", "『": return true; default: return false }
    }

    static func splitBytes(_ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let n = p.count
        var out: [Range<Int>] = []
        var start = 0
        var wordStart = 0
        var quoteOpen = false  // an odd number of straight double quotes so far in the sentence
        var i = 0

        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, isSpace(p[a]) { a += 1 }
            while b > a, isSpace(p[b - 1]) { b -= 1 }
            if a < b { out.append(a..<b) }
        }

        while i < n {
            let byte = p[i]
            if isSpace(byte) {
                // A blank line is a hard break.
                if byte == 0x0A {
                    var k = i + 1
                    while k < n, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0D { k += 1 }
                    if k < n, p[k] == 0x0A {
                        emit(i)
                        start = k + 1; quoteOpen = false
                        i = k + 1; wordStart = i
                        continue
                    }
                }
                i += 1; wordStart = i
                continue
            }
            if byte == 0x22 { quoteOpen.toggle(); i += 1; continue }
            let (s, len) = scalar(p, i)
            guard isTerminator(s) else { i += len; continue }

            // A run of terminators: `.`, `?!`, `...`, `…`.
            let termStart = i
            var j = i
            var periods = 0
            var others = 0
            while j < n {
                let (t, l) = scalar(p, j)
                guard isTerminator(t) else { break }
                if t == "." { periods += 1 } else { others += 1 }
                j += l
            }
            // Closing quotes and brackets right after it.
            while j < n {
                if p[j] == 0x22 {
                    guard quoteOpen else { break }
                    quoteOpen = false; j += 1; continue
                }
                let (t, l) = scalar(p, j)
                guard isCloser(t) else { break }
                j += l
            }
            guard j < n else { break }
            guard isSpace(p[j]) else { i = j; continue }  // 3.5, U.S, Tp.HCM: no break
            var k = j
            while k < n, isSpace(p[k]) { k += 1 }
            // Word-segmented text puts a space before the closing quote: `nói . "`.
            if k < n, p[k] == 0x22, quoteOpen {
                quoteOpen = false
                j = k + 1
                k = j
                while k < n, isSpace(p[k]) { k += 1 }
            }
            guard k < n else { break }

            if startsSentence(p, at: k),
               !(periods == 1 && others == 0 && abbreviationBlocks(p, wordStart: wordStart, period: termStart, next: k)) {
                emit(j)
                start = k; quoteOpen = false
            }
            i = k; wordStart = k
        }
        emit(n)
        return out
    }

    /// True when the character at `k` can open a sentence: uppercase letter, digit, opening
    /// quote or bracket (followed by an uppercase letter or digit).
    static func startsSentence(_ p: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        let (s, l) = scalar(p, k)
        if s.properties.isUppercase || ("0"..."9").contains(s) { return true }
        if isOpener(s), k + l < p.count {
            let (t, _) = scalar(p, k + l)
            return t.properties.isUppercase || ("0"..."9").contains(t) || isOpener(t)
        }
        return false
    }

    /// True when the period at `period` belongs to an abbreviation and so does not end the sentence.
    static func abbreviationBlocks(_ p: UnsafeBufferPointer<UInt8>, wordStart: Int, period: Int, next: Int) -> Bool {
        var a = wordStart
        // Skip opening punctuation before the word: `(TS.`, `“Mr.`.
        while a < period {
            let (s, l) = scalar(p, a)
            guard isOpener(s) else { break }
            a += l
        }
        let length = period - a
        guard length > 0, length <= 12 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[a..<period]), as: UTF8.self)
        if Abbreviations.never.contains(word) { return true }
        // A single uppercase letter is an initial: `J. Smith`, `George W. Bush`.
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        if Abbreviations.ambiguous.contains(word) || isDotted(word) {
            return !Abbreviations.sentenceOpeners.contains(nextWord(p, at: next))
        }
        return false
    }

    /// A dotted abbreviation: short letter groups joined by periods (`U.S`, `e.g`, `v.v`,
    /// `a.m`, `Ph.D`), not a number (`14.12.2016`).
    static func isDotted(_ word: String) -> Bool {
        guard word.utf8.contains(0x2E) else { return false }
        return word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.count <= 4 && part.allSatisfy(\.isLetter)
        }
    }

    /// The letters of the word starting at `k` (at most 16 bytes are read).
    static func nextWord(_ p: UnsafeBufferPointer<UInt8>, at k: Int) -> String {
        var e = k
        while e < p.count, e - k < 16 {
            let (s, l) = scalar(p, e)
            guard s.properties.isAlphabetic else { break }
            e += l
        }
        return String(decoding: UnsafeBufferPointer(rebasing: p[k..<e]), as: UTF8.self)
    }
}
