/// A token of a sentence: a syllable, a word, a number or a punctuation mark.
///
/// Offsets are UTF-8 byte offsets into the sentence text, so matches can be mapped back
/// to the original wording.
public struct Token: Sendable, Hashable {
    /// The text as written (underscores of word-segmented input already read as spaces).
    public var text: String
    /// Matching key: lowercased, tone mark lifted to a suffix (see `Folding`).
    public var key: String { didSet { keyHash = Token.hash(key: key) } }
    /// `Token.hash(key: key)`, computed once so lexicon tries look tokens up without
    /// hashing strings again for every lexicon.
    public private(set) var keyHash: UInt64
    public var start: Int
    public var end: Int
    public var kind: TokenKind

    public init(text: String, key: String, start: Int, end: Int, kind: TokenKind) {
        self.text = text; self.key = key; self.start = start; self.end = end; self.kind = kind
        self.keyHash = Token.hash(key: key)
    }

    /// A 64-bit hash of a matching key that respects Swift's string equality: canonically
    /// equivalent keys (`hoà` and `hoa` + U+0300) hash alike (see `Folding.canonicalHash`).
    /// Stable across runs, so tries can store it.
    @inline(__always)
    public static func hash(key: String) -> UInt64 { Folding.canonicalHash(key) }

    /// True when the first character is an uppercase letter (`Nga`, `Cavusoglu`).
    public var isCapitalized: Bool {
        guard let f = text.unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }

    public var isWord: Bool { kind == .word }
}

public enum TokenKind: String, Sendable, Hashable {
    /// Letters, possibly with inner hyphens or apostrophes (`al-Assad`, `Jean-Marc`, `U.S.`).
    case word
    /// Digits with inner `/ . - , :` (`14/12`, `14.12.2016`, `3,5`, `10:30`).
    case number
    case punctuation
    /// Anything else (emoji, symbols).
    case symbol
}
