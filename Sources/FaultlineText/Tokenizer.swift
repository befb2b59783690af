/// Splits a sentence into tokens in one left-to-right pass.
///
/// Spaces and `_` separate tokens (`Thổ_Nhĩ_Kỳ` reads as three syllables); punctuation
/// becomes its own token except inside numbers (`14/12`, `3.5`), inside words (`al-Assad`,
/// `O'Brien`) and in dotted abbreviations (`U.S.`).
///
/// Works on the sentence's UTF-8 bytes: scalars are decoded once and classified from a
/// table (Unicode properties are looked up only beyond it), and each token's text and key
/// are made straight from its bytes.
public enum Tokenizer {
    /// Which ASCII characters are punctuation-like, looked up once from their categories.
    static let asciiPunctuation: [Bool] = (0..<128).map { Unicode.Scalar(UInt8($0)).properties.generalCategory.isPunctuationLike }

    /// Character classes of a scalar (bits of `classOf`).
    static let skip: UInt8 = 1        // whitespace, `_`, control or format character: separates tokens
    static let letter: UInt8 = 2      // alphabetic, or a combining mark U+0300…U+036F
    static let digit: UInt8 = 4       // ASCII digit
    static let punctuation: UInt8 = 8 // punctuation-like general category
    static let uppercase: UInt8 = 16  // Unicode `Uppercase`
    static let lowercase: UInt8 = 32  // Unicode `Lowercase`
    static let hyphen: UInt8 = 64     // ASCII hyphen-minus (`Token.containsHyphen`)
    static let nonASCII: UInt8 = 128  // beyond U+007F: the key needs the `Folding.letters` table

    /// Classes of the scalars news text is made of, computed once: Latin up to U+024F,
    /// combining marks, Latin Extended Additional, general punctuation (see `classIndex`).
    static let classTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x430)
        for v in Array(UInt32(0)..<0x250) + Array(UInt32(0x300)..<0x370) + Array(UInt32(0x1E00)..<0x1F00) + Array(UInt32(0x2000)..<0x2070) {
            if let s = Unicode.Scalar(v) { table[classIndex(v)] = classify(s) }
        }
        return table
    }()

    /// Slot of a scalar in `classTable`, or -1.
    @inline(__always)
    static func classIndex(_ v: UInt32) -> Int {
        if v < 0x250 { return Int(v) }
        if v >= 0x300 && v < 0x370 { return 0x250 + Int(v - 0x300) }
        if v >= 0x1E00 && v < 0x1F00 { return 0x2C0 + Int(v - 0x1E00) }
        if v >= 0x2000 && v < 0x2070 { return 0x3C0 + Int(v - 0x2000) }
        return -1
    }

    /// The classes of one scalar, from its Unicode properties.
    static func classify(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        var c: UInt8 = 0
        if s.properties.isUppercase { c |= uppercase }
        if s.properties.isLowercase { c |= lowercase }
        if v < 0x80 {
            if v == 0x2D { c |= hyphen }
            if v == 0x20 || v == 0x5F || (v >= 0x09 && v <= 0x0D) || v < 0x20 || v == 0x7F { c |= skip }
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { c |= letter }
            if v >= 0x30 && v <= 0x39 { c |= digit }
            if asciiPunctuation[Int(v)] { c |= punctuation }
            return c
        }
        c |= nonASCII
        let p = s.properties
        if p.isWhitespace || v == 0x200B || v == 0xFEFF || p.generalCategory == .control || p.generalCategory == .format { c |= skip }
        if p.isAlphabetic || (0x0300...0x036F).contains(v) { c |= letter }
        if p.generalCategory.isPunctuationLike { c |= punctuation }
        return c
    }

    @inline(__always)
    static func classOf(_ v: UInt32, _ table: [UInt8]) -> UInt8 {
        let k = classIndex(v)
        return k >= 0 ? table[k] : Unicode.Scalar(v).map(classify) ?? nonASCII
    }

    public static func tokens(_ sentence: String) -> [Token] {
        var text = sentence
        return text.withUTF8 { tokens(utf8: $0) }
    }

    /// Tokens of valid UTF-8 text (offsets into it).
    ///
    /// Scalars, their classes and offsets go to scratch buffers of the call (on the stack
    /// for ordinary sentences), not growing arrays: the scan looks a few scalars ahead and
    /// back, and each token's text, key and key hash are made from its bytes in one go.
    static func tokens(utf8 u: UnsafeBufferPointer<UInt8>) -> [Token] {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: u.count + 1) { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count + 1) { classes in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: u.count + 1) { offsets in
                    // A folded letter takes at most four times its bytes, a tone mark two more;
                    // 16 more let `ValidUTF8` read a key's words in two loads (zeroed, so
                    // every byte read is initialised).
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * u.count + 24) { keyBytes in
                        keyBytes.initialize(repeating: 0)
                        return tokens(utf8: u, scalars: scalars, classes: classes, offsets: offsets, keyBytes: keyBytes)
                    }
                }
            }
        }
    }

    /// `tokens(utf8:)` with scratch space of `u.count + 1` entries each, and room for a key.
    private static func tokens(utf8 u: UnsafeBufferPointer<UInt8>, scalars: UnsafeMutableBufferPointer<UInt32>,
                               classes: UnsafeMutableBufferPointer<UInt8>, offsets: UnsafeMutableBufferPointer<Int>,
                               keyBytes: UnsafeMutableBufferPointer<UInt8>) -> [Token] {
        // Scalars with their classes and UTF-8 offsets (offsets[n] = end of text).
        let table = classTable
        var n = 0
        var p = 0
        while p < u.count {
            let b = u[p]
            if b < 0x80 {
                scalars[n] = UInt32(b); classes[n] = table[Int(b)]; offsets[n] = p
                n += 1; p += 1
                continue
            }
            let (v, width) = Folding.decodeScalar(u, at: p)
            scalars[n] = v; classes[n] = classOf(v, table); offsets[n] = p
            n += 1; p += width
        }
        offsets[n] = u.count
        let letters = Folding.letters, decompositions = Folding.decompositions, small = ValidUTF8.smallStringsMatch
        var out: [Token] = []
        out.reserveCapacity(n / 3 + 1)

        @inline(__always) func isLetter(_ i: Int) -> Bool { classes[i] & letter != 0 }
        @inline(__always) func isDigit(_ i: Int) -> Bool { classes[i] & digit != 0 }

        var i = 0
        while i < n {
            let c0 = classes[i]
            if c0 & skip != 0 { i += 1; continue }
            let s = scalars[i]
            let start = i
            var kind: TokenKind
            if c0 & digit != 0 {
                kind = .number
                i += 1
                while i < n {
                    if isDigit(i) { i += 1; continue }
                    let c = scalars[i]
                    // `/ . - , :` inside a number: 14/12, 14.12.2016, 3,5, 10:30.
                    if c == 0x2F || c == 0x2E || c == 0x2D || c == 0x2C || c == 0x3A, i + 1 < n, isDigit(i + 1) { i += 2; continue }
                    break
                }
            } else if c0 & letter != 0 {
                kind = .word
                i += 1
                while i < n {
                    if classes[i] & (letter | digit) != 0 { i += 1; continue }
                    let c = scalars[i]
                    // Inner hyphen or apostrophe joins letters: al-Assad, Jean-Marc, O'Brien.
                    if c == 0x2D || c == 0x27 || c == 0x2019, i + 1 < n, isLetter(i + 1) {
                        // Keep English possessive 's apart: Russia's → Russia + 's.
                        if c != 0x2D, scalars[i + 1] == 0x73 || scalars[i + 1] == 0x53, i + 2 == n || !isLetter(i + 2) { break }
                        i += 2; continue
                    }
                    // Dotted abbreviation: U.S., U.N., e.g.
                    if c == 0x2E, i + 1 < n, isLetter(i + 1), i - start == 1 || scalars[i - 2] == 0x2E {
                        i += 2
                        if i < n, scalars[i] == 0x2E { i += 1 }
                        break
                    }
                    break
                }
            } else if c0 & punctuation != 0 {
                kind = .punctuation
                i += 1
                // Runs of the same mark (… ... --) stay one token.
                while i < n, scalars[i] == s, s == 0x2E || s == 0x2D { i += 1 }
            } else {
                kind = .symbol
                i += 1
            }
            // `_` separates tokens, so token bytes never hold one.
            let bytes = UnsafeBufferPointer(rebasing: u[offsets[start]..<offsets[i]])
            // The classes of all the token's scalars give its flags, and say which of three
            // ways makes its key: plain ASCII (no capitals) is its own key, other ASCII is
            // lowercased byte by byte, and only text beyond ASCII goes through `letters`.
            var seen: UInt8 = 0
            for k in start..<i { seen |= classes[k] }
            var flags: UInt8 = classes[start] & uppercase != 0 ? Token.capitalizedFlag : 0
            if seen & lowercase != 0 { flags |= Token.lowercaseFlag }
            if seen & hyphen != 0 { flags |= Token.hyphenFlag }
            let text = ValidUTF8.string(bytes, small: small, readable: u.count - offsets[start])
            let key: String, keyHash: UInt64
            if seen & (nonASCII | uppercase) == 0 {
                var hash = Folding.HashState()
                for b in bytes { hash.starter(UInt32(b)) }
                key = text; keyHash = hash.finish()
            } else if seen & nonASCII == 0 {
                // ASCII capitals are exactly `A`…`Z`.
                var hash = Folding.HashState()
                for (k, b) in bytes.enumerated() {
                    let l = b &- 0x41 < 26 ? b | 0x20 : b
                    keyBytes[k] = l
                    hash.starter(UInt32(l))
                }
                key = ValidUTF8.string(UnsafeBufferPointer(rebasing: keyBytes[0..<bytes.count]), small: small, readable: keyBytes.count)
                keyHash = hash.finish()
            } else {
                (key, keyHash) = foldedKey(start: start, end: i, bytes: bytes, text: text, small: small, scalars: scalars, classes: classes,
                                           keyBytes: keyBytes, letters: letters, decompositions: decompositions)
            }
            out.append(Token(text: text, key: key, keyHash: keyHash, start: offsets[start], end: offsets[i], kind: kind,
                             flags: flags, scalarCount: i - start))
        }
        return out
    }

    /// Key and key hash of a token holding text beyond ASCII, written scalar by scalar as
    /// `Folding.keyAndHash` would: ASCII lowercased, other letters from `letters` with the
    /// tone mark moved to the end. Combining marks and letters beyond the table leave the
    /// key to `Folding.keyAndHash`.
    @inline(__always)
    private static func foldedKey(start: Int, end: Int, bytes: UnsafeBufferPointer<UInt8>, text: String, small: Bool,
                                  scalars: UnsafeMutableBufferPointer<UInt32>, classes: UnsafeMutableBufferPointer<UInt8>,
                                  keyBytes: UnsafeMutableBufferPointer<UInt8>, letters: [Folding.Letter],
                                  decompositions: [Folding.Decomposition]) -> (String, UInt64) {
        var hash = Folding.HashState()
        var keyCount = 0, tone: UInt32 = 0
        for k in start..<end {
            let v = scalars[k]
            if v < 0x80 {
                // ASCII capitals are exactly `A`…`Z`.
                let b = classes[k] & uppercase != 0 ? UInt8(v) + 0x20 : UInt8(v)
                keyBytes[keyCount] = b; keyCount += 1
                hash.starter(UInt32(b))
                continue
            }
            let slot = Folding.letterIndex(v)
            guard slot >= 0, !(v >= 0x0300 && v <= 0x036F) else { return Folding.keyAndHash(utf8: bytes) }
            let e = letters[slot]
            guard e.count > 0, e.scalarCount > 0 else { return Folding.keyAndHash(utf8: bytes) }
            for b in 0..<Int(e.count) { keyBytes[keyCount + b] = UInt8(truncatingIfNeeded: e.bytes >> (8 * UInt64(b))) }
            keyCount += Int(e.count)
            if e.tone != 0 { tone = e.tone }
            guard hash.feed(e.s0, decompositions), e.scalarCount < 2 || hash.feed(e.s1, decompositions) else {
                return Folding.keyAndHash(utf8: bytes)
            }
        }
        if tone != 0 {
            // Tone marks are U+0300…U+036F: two UTF-8 bytes.
            keyBytes[keyCount] = UInt8(0xC0 | (tone >> 6)); keyBytes[keyCount + 1] = UInt8(0x80 | (tone & 0x3F)); keyCount += 2
            _ = hash.feed(tone, decompositions)
        }
        let keyText = UnsafeBufferPointer(rebasing: keyBytes[0..<keyCount])
        // Toneless text whose letters fold to themselves (`đi`, `như`) is its own key.
        if keyCount == bytes.count, keyText.elementsEqual(bytes) { return (text, hash.finish()) }
        return (ValidUTF8.string(keyText, small: small, readable: keyBytes.count), hash.finish())
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
