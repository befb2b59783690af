/// A token of a sentence: a syllable, a word, a number or a punctuation mark.
///
/// Offsets are UTF-8 byte offsets into the sentence text, so matches can be mapped back
/// to the original wording.
public struct Token: Sendable, Hashable {
    /// The text as written (underscores of word-segmented input already read as spaces).
    public var text: String { didSet { (flags, scalars) = Token.shape(of: text) } }
    /// Matching key: lowercased, tone mark lifted to a suffix (see `Folding`).
    public var key: String { didSet { keyHash = Token.hash(key: key) } }
    /// `Token.hash(key: key)`, computed once so lexicon tries look tokens up without
    /// hashing strings again for every lexicon.
    public private(set) var keyHash: UInt64
    public var start: Int
    public var end: Int
    public var kind: TokenKind
    /// Facts about `text` asked of every token (`capitalizedFlag`, `lowercaseFlag`,
    /// `hyphenFlag`), and its number of scalars: computed once, not on every question.
    private var flags: UInt8
    private var scalars: UInt32

    static let capitalizedFlag: UInt8 = 1
    static let lowercaseFlag: UInt8 = 2
    static let hyphenFlag: UInt8 = 4

    public init(text: String, key: String, start: Int, end: Int, kind: TokenKind) {
        self.text = text; self.key = key; self.start = start; self.end = end; self.kind = kind
        self.keyHash = Token.hash(key: key)
        (flags, scalars) = Token.shape(of: text)
    }

    /// The tokenizer's initializer: the shape of `text` and the key's hash (`keyHash` must
    /// be `Token.hash(key: key)`) are already known.
    init(text: String, key: String, keyHash: UInt64, start: Int, end: Int, kind: TokenKind, flags: UInt8, scalarCount: Int) {
        self.text = text; self.key = key; self.start = start; self.end = end; self.kind = kind
        self.keyHash = keyHash
        self.flags = flags; self.scalars = UInt32(truncatingIfNeeded: scalarCount)
    }

    /// Flags and scalar count of a text, from the Unicode properties of its scalars.
    static func shape(of text: String) -> (UInt8, UInt32) {
        var flags: UInt8 = 0
        var count: UInt32 = 0
        for s in text.unicodeScalars {
            if count == 0, s.properties.isUppercase { flags |= capitalizedFlag }
            if s.properties.isLowercase { flags |= lowercaseFlag }
            if s.value == 0x2D { flags |= hyphenFlag }
            count &+= 1
        }
        return (flags, count)
    }

    /// A 64-bit hash of a matching key that respects Swift's string equality: canonically
    /// equivalent keys (`hoà` and `hoa` + U+0300) hash alike (see `Folding.canonicalHash`).
    /// Stable across runs, so tries can store it.
    @inline(__always)
    public static func hash(key: String) -> UInt64 { Folding.canonicalHash(key) }

    /// True when the first character is an uppercase letter (`Nga`, `Cavusoglu`).
    public var isCapitalized: Bool { flags & Token.capitalizedFlag != 0 }

    /// True when some scalar of the text is lowercase (Unicode `Lowercase`): false for
    /// `NATO`, `U.S.`, `14`, true for `Nga`, `al-Assad`.
    public var hasLowercase: Bool { flags & Token.lowercaseFlag != 0 }

    /// True when the text holds an ASCII hyphen-minus (`al-Assad`, `mid-March`, `30-day`):
    /// `text.utf8.contains(0x2D)`, asked of many tokens by the rules.
    public var containsHyphen: Bool { flags & Token.hyphenFlag != 0 }

    /// Number of Unicode scalars of the text (`text.unicodeScalars.count`).
    public var scalarCount: Int { Int(scalars) }

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
