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

    /// The classes of scalar `v`, from `table` (`classTable`'s storage) where it has a slot.
    @inline(__always)
    static func classOf(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let k = classIndex(v)
        return k >= 0 ? table[k] : Unicode.Scalar(v).map(classify) ?? nonASCII
    }

    public static func tokens(_ sentence: String) -> [Token] {
        var text = sentence
        return text.withUTF8 { tokens(utf8: $0) }
    }

    /// Tokens of valid UTF-8 text (offsets into it).
    ///
    /// One pass over the bytes: each scalar is decoded and classified where the scan
    /// reaches it (looking at most two scalars ahead), and each token's text, key and key
    /// hash are made from its bytes at once, and written straight into the result array.
    /// That array is made with room for `u.count / 3 + 8` tokens (ordinary text has far
    /// fewer: a word and a space take several bytes); text with more tokens (`1 2 3 4`) is
    /// tokenised again with room for one token per byte. Scratch space for keys stays on the
    /// stack (`keyRoom`).
    static func tokens(utf8 u: UnsafeBufferPointer<UInt8>) -> [Token] {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keyRoom(u.count)) { keyBytes in
            keyBytes.initialize(repeating: 0)
            var complete = true
            let found = [Token](unsafeUninitializedCapacity: u.count / 3 + 8) { out, made in
                if let n = tokens(utf8: u, keyBytes: keyBytes, into: out) { made = n } else { complete = false; made = 0 }
            }
            if complete { return found }
            // Every token holds at least one byte.
            return [Token](unsafeUninitializedCapacity: u.count) { out, made in
                made = tokens(utf8: u, keyBytes: keyBytes, into: out) ?? 0
            }
        }
    }

    /// Bytes of scratch space for keys: a folded letter takes at most four times its bytes,
    /// a tone mark two more, and 16 more let a key's small string be read in two loads
    /// (zeroed, so every byte read is initialised). Capped so the space stays on the stack
    /// (`withUnsafeTemporaryAllocation` uses the heap beyond 1 KiB); a longer token takes
    /// `Folding.keyAndHash`.
    @inline(__always)
    static func keyRoom(_ count: Int) -> Int { min(4 * count + 24, 1024) }

    /// `tokens(utf8:)` with room for keys (`keyRoom(u.count)` zeroed bytes): initialises
    /// the first tokens of `out` and returns their count, or nil (with nothing left
    /// initialised) when `out` is too small.
    private static func tokens(utf8 u: UnsafeBufferPointer<UInt8>, keyBytes: UnsafeMutableBufferPointer<UInt8>,
                               into out: UnsafeMutableBufferPointer<Token>) -> Int? {
        // The class table is read through its storage: an array subscript checked its bounds
        // at every byte of every sentence (the ASCII slots are always inside it).
        // Likewise the letter table, indexed for every letter beyond ASCII.
        // One `String` of scratch space, through which token strings are made owned
        // without a retain (`ValidUTF8.ownedString`).
        classTable.withUnsafeBufferPointer { table in
            Folding.letters.withUnsafeBufferPointer { letters in
                withUnsafeTemporaryAllocation(of: String.self, capacity: 1) { scratch in
                    tokens(utf8: u, keyBytes: keyBytes, into: out, table: table, letters: letters, scratch: scratch.baseAddress!)
                }
            }
        }
    }

    /// `tokens(utf8:keyBytes:into:)` with the storage of `classTable` and `Folding.letters`,
    /// and room for one `String` (`scratch`, for `ValidUTF8.ownedString`).
    private static func tokens(utf8 u: UnsafeBufferPointer<UInt8>, keyBytes: UnsafeMutableBufferPointer<UInt8>,
                               into out: UnsafeMutableBufferPointer<Token>, table: UnsafeBufferPointer<UInt8>,
                               letters: UnsafeBufferPointer<Folding.Letter>, scratch: UnsafeMutablePointer<String>) -> Int? {
        let count = u.count
        let small = ValidUTF8.smallStringsMatch
        var made = 0

        /// The scalar starting at byte `p` (< count), its width and its classes.
        @inline(__always) func scalar(at p: Int) -> (UInt32, Int, UInt8) {
            let b = u[p]
            if b < 0x80 { return (UInt32(b), 1, table[Int(b)]) }
            let (v, width) = Folding.decodeScalar(u, at: p)
            return (v, width, classOf(v, table))
        }
        /// True when byte `p` is an ASCII digit (the only scalars of class `digit`).
        @inline(__always) func isDigit(_ p: Int) -> Bool { u[p] &- 0x30 < 10 }

        var p = 0
        while p < count {
            let (s, width, c0) = scalar(at: p)
            if c0 & skip != 0 { p += width; continue }
            let start = p
            var q = p + width       // end of the token so far
            var seen = c0           // classes of all its scalars
            var scalars = 1
            var kind: TokenKind
            if c0 & digit != 0 {
                kind = .number
                while q < count {
                    let c = u[q]
                    if c &- 0x30 < 10 { q &+= 1; scalars &+= 1; continue }
                    // `/ . - , :` inside a number: 14/12, 14.12.2016, 3,5, 10:30.
                    if c == 0x2F || c == 0x2E || c == 0x2D || c == 0x2C || c == 0x3A, q + 1 < count, isDigit(q + 1) {
                        seen |= table[Int(c)]; q &+= 2; scalars &+= 2; continue
                    }
                    break
                }
            } else if c0 & letter != 0 {
                kind = .word
                // The scalar before the token's last one (for dotted abbreviations).
                var last = s, beforeLast: UInt32 = 0
                while q < count {
                    let (c, w, cc) = scalar(at: q)
                    if cc & (letter | digit) != 0 { seen |= cc; q &+= w; scalars &+= 1; beforeLast = last; last = c; continue }
                    // Inner hyphen or apostrophe joins letters: al-Assad, Jean-Marc, O'Brien.
                    if c == 0x2D || c == 0x27 || c == 0x2019, q + w < count {
                        let (c1, w1, cc1) = scalar(at: q + w)
                        if cc1 & letter != 0 {
                            // Keep English possessive 's apart: Russia's → Russia + 's.
                            if c != 0x2D, c1 == 0x73 || c1 == 0x53, q + w + 1 == count || scalar(at: q + w + 1).2 & letter == 0 { break }
                            seen |= cc | cc1; q &+= w + w1; scalars &+= 2; beforeLast = c; last = c1
                            continue
                        }
                    }
                    // Dotted abbreviation: U.S., U.N., e.g.
                    if c == 0x2E, q + 1 < count {
                        let (_, w1, cc1) = scalar(at: q + 1)
                        if cc1 & letter != 0, scalars == 1 || beforeLast == 0x2E {
                            seen |= cc | cc1; q &+= 1 + w1; scalars &+= 2
                            if q < count, u[q] == 0x2E { q &+= 1; scalars &+= 1 }
                        }
                    }
                    break
                }
            } else if c0 & punctuation != 0 {
                kind = .punctuation
                // Runs of the same mark (… ... --) stay one token.
                if s == 0x2E || s == 0x2D { while q < count, u[q] == UInt8(s) { q &+= 1; scalars &+= 1 } }
            } else {
                kind = .symbol
            }
            // `_` separates tokens, so token bytes never hold one.
            let bytes = UnsafeBufferPointer(rebasing: u[start..<q])
            // The classes of all the token's scalars give its flags, and say which of three
            // ways makes its key: plain ASCII (no capitals) is its own key, other ASCII is
            // lowercased byte by byte, and only text beyond ASCII goes through `letters`.
            var flags: UInt8 = c0 & uppercase != 0 ? Token.capitalizedFlag : 0
            if seen & lowercase != 0 { flags |= Token.lowercaseFlag }
            if seen & hyphen != 0 { flags |= Token.hyphenFlag }
            // Short text is a small string: read in two loads, or byte by byte in the
            // sentence's last 15 bytes (nothing of the caller's may be read past its end).
            // The words are kept: a key equal to the text is made from them again, not copied
            // from `text` (a copy is a retain).
            let textSmall = small && bytes.count <= 15
            // The classes say whether the text is ASCII (`seen` holds every scalar's, bar
            // ASCII dots and digits): not read again from the words.
            let ascii = seen & nonASCII == 0
            let textWords = textSmall
                ? (count &- start >= 16 ? ValidUTF8.smallWords(loading: bytes, ascii: ascii) : ValidUTF8.smallWords(bytes, ascii: ascii))
                : (0, 0)
            let text = textSmall ? ValidUTF8.ownedString(textWords, scratch: scratch) : ValidUTF8.string(bytes, small: small)
            let key: String, keyHash: UInt64
            if seen & (nonASCII | uppercase) != 0, 4 &* bytes.count &+ 24 > keyBytes.count {
                (key, keyHash) = Folding.keyAndHash(utf8: bytes)
            } else if seen & (nonASCII | uppercase) == 0 {
                var hash = Folding.HashState()
                for b in bytes { hash.starter(UInt32(b)) }
                key = textSmall ? ValidUTF8.ownedString(textWords, scratch: scratch) : text; keyHash = hash.finish()
            } else if seen & nonASCII == 0 {
                // ASCII capitals are exactly `A`…`Z`.
                var hash = Folding.HashState()
                for (k, b) in bytes.enumerated() {
                    let l = b &- 0x41 < 26 ? b | 0x20 : b
                    keyBytes[k] = l
                    hash.starter(UInt32(l))
                }
                let keyText = UnsafeBufferPointer(rebasing: keyBytes[0..<bytes.count])
                key = textSmall ? ValidUTF8.ownedString(ValidUTF8.smallWords(loading: keyText, ascii: true), scratch: scratch)
                    : ValidUTF8.string(keyText, small: small)
                keyHash = hash.finish()
            } else {
                let folded = foldedKey(bytes: bytes, isText: true, original: bytes, small: small, keyBytes: keyBytes,
                                       letters: letters, scratch: scratch)
                key = folded.key ?? (textSmall ? ValidUTF8.ownedString(textWords, scratch: scratch) : text); keyHash = folded.hash
            }
            guard made < out.count else {
                out.baseAddress!.deinitialize(count: made)
                return nil
            }
            (out.baseAddress! + made).initialize(to: Token(text: text, key: key, keyHash: keyHash, start: start, end: q,
                                                           kind: kind, flags: flags, scalarCount: scalars))
            made += 1
            p = q
        }
        return made
    }

    /// Key and key hash of a token holding text beyond ASCII, written scalar by scalar as
    /// `Folding.keyAndHash` would: ASCII lowercased, other letters from `letters` with the
    /// tone mark moved to the end, plain symbols (`Folding.plainSymbols`) kept. A decomposed
    /// word (combining marks) is first composed (`CanonicalComposition`: its key is that of
    /// its composition); words that cannot be, and letters beyond the table, leave the key
    /// to `Folding.keyAndHash`.
    ///
    /// `isText`: `bytes` are the token's own (false: its composition); the key is then nil
    /// when it has the text's very bytes, and the caller uses the text (no new string, and
    /// no string passed in and out). `original`: the token's bytes, for the general path.
    private static func foldedKey(bytes: UnsafeBufferPointer<UInt8>, isText: Bool, original: UnsafeBufferPointer<UInt8>,
                                  small: Bool, keyBytes: UnsafeMutableBufferPointer<UInt8>, letters: UnsafeBufferPointer<Folding.Letter>,
                                  scratch: UnsafeMutablePointer<String>) -> (key: String?, hash: UInt64) {
        var hash = Folding.HashState()
        var keyCount = 0, tone: UInt32 = 0
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b < 0x80 {
                // ASCII capitals are exactly `A`…`Z`.
                let l = b &- 0x41 < 26 ? b | 0x20 : b
                keyBytes[keyCount] = l; keyCount &+= 1; k &+= 1
                hash.starter(UInt32(l))
                continue
            }
            let (v, width) = Folding.decodeScalar(bytes, at: k)
            k &+= width
            if v >= 0x0300 && v <= 0x036F {
                guard isText else { return general(original) }
                return composedKey(original: original, small: small, keyBytes: keyBytes, letters: letters, scratch: scratch)
            }
            let slot = Folding.letterIndex(v)
            // The symbol table is read only here (rare): loading it for every word retained
            // and released it once per token.
            if slot < 0, Folding.isPlainSymbol(v, Folding.plainSymbols) {
                // Kept as written: `…`, `–`, `“` (three UTF-8 bytes each).
                keyBytes[keyCount] = bytes[k &- 3]; keyBytes[keyCount + 1] = bytes[k &- 2]; keyBytes[keyCount + 2] = bytes[k &- 1]
                keyCount &+= 3
                hash.starter(v)
                continue
            }
            guard slot >= 0 else { return general(original) }
            let e = letters[slot]
            guard e.count > 0, e.hashSteps > 0 else { return general(original) }
            // The form's bytes in one unaligned store of all eight (those past `e.count` are
            // zero, and overwritten or left past the key's end; the room, four bytes per token
            // byte and 24 more, holds them): a loop stored them one by one.
            UnsafeMutableRawPointer(keyBytes.baseAddress! + keyCount).storeBytes(of: e.bytes.littleEndian, as: UInt64.self)
            keyCount &+= Int(e.count)
            if e.tone != 0 { tone = e.tone }
            e.hash(into: &hash)
        }
        if tone != 0 {
            // Tone marks are U+0300…U+036F (two UTF-8 bytes) and combining (class 220/230).
            keyBytes[keyCount] = UInt8(0xC0 | (tone >> 6)); keyBytes[keyCount + 1] = UInt8(0x80 | (tone & 0x3F)); keyCount &+= 2
            hash.mark(tone)
        }
        let keyText = UnsafeBufferPointer(rebasing: keyBytes[0..<keyCount])
        // Toneless text whose letters fold to themselves (`đi`, `như`) is its own key.
        if isText, keyCount == bytes.count, sameBytes(keyBytes.baseAddress!, bytes.baseAddress!, keyCount) { return (nil, hash.finish()) }
        let key = small && keyCount <= 15 ? ValidUTF8.smallString(loading: keyText, scratch: scratch) : ValidUTF8.string(keyText, small: small)
        return (key, hash.finish())
    }

    /// `foldedKey` of a decomposed word, through its composition.
    private static func composedKey(original: UnsafeBufferPointer<UInt8>, small: Bool, keyBytes: UnsafeMutableBufferPointer<UInt8>,
                                    letters: UnsafeBufferPointer<Folding.Letter>, scratch: UnsafeMutablePointer<String>) -> (key: String?, hash: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: original.count) { nfc in
            guard let n = CanonicalComposition.compose(original, into: nfc) else { return general(original) }
            return foldedKey(bytes: UnsafeBufferPointer(rebasing: nfc[0..<n]), isText: false, original: original, small: small,
                             keyBytes: keyBytes, letters: letters, scratch: scratch)
        }
    }

    /// `Folding.keyAndHash`, the general path, in `foldedKey`'s terms.
    private static func general(_ original: UnsafeBufferPointer<UInt8>) -> (key: String?, hash: UInt64) {
        let (key, hash) = Folding.keyAndHash(utf8: original)
        return (key, hash)
    }

    /// True when the `n` bytes at `a` and `b` are the same.
    @inline(__always)
    private static func sameBytes(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0
        while k < n { if a[k] != b[k] { return false }; k &+= 1 }
        return true
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
