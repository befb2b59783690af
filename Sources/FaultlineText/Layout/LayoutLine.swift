/// One line of an article (a paragraph, or a line of a block) with the features the layout
/// rules look at. Made for one line at a time: what must be remembered for every line of an
/// article is kept in `LineFacts`.
struct LayoutLine {
    /// Lines longer than this are body text by length alone and are not tokenized here.
    static let maxAnalysedBytes = 4096

    /// The line, often a slice of the whole article's text (never copied when it is over
    /// `maxAnalysedBytes`).
    var text: Substring
    /// Tokens of the line (empty for lines over `maxAnalysedBytes`).
    var tokens: [Token]
    /// Matching keys of the tokens.
    var keys: [String]
    /// Words and numbers (syllables in Vietnamese).
    var words: Int

    init(_ text: String) {
        self.init(Substring(text))
    }

    init(_ text: Substring) {
        self.text = text
        if text.utf8.count <= Self.maxAnalysedBytes {
            tokens = Tokenizer.tokens(String(text))
            words = tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
        } else {
            tokens = []
            words = Self.estimatedWords(utf8Count: text.utf8.count)
        }
        keys = tokens.map(\.key)
    }

    /// The word count assumed for a line too long to tokenize.
    static func estimatedWords(utf8Count: Int) -> Int { utf8Count / 5 }

    /// Keys without the punctuation at the end (`Chia sẻ:` → `chia sẻ`).
    var keysWithoutTrailingPunctuation: ArraySlice<String> {
        var end = tokens.count
        while end > 0, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .symbol { end -= 1 }
        return keys[0..<end]
    }

    /// True when the line ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by
    /// closing quotes or brackets.
    var endsLikeSentence: Bool { Self.endsLikeSentence(text) }

    static func endsLikeSentence(_ text: some StringProtocol) -> Bool {
        for s in text.unicodeScalars.reversed() {
            if SentenceSplitter.isCloser(s) || s == "\"" || s == "'" || s == " " { continue }
            return SentenceSplitter.isTerminator(s)
        }
        return false
    }

    /// True when the line has a sentence end (`. ` + more words) before its last word.
    var hasInnerSentenceEnd: Bool {
        guard let lastCapital = tokens.lastIndex(where: { $0.kind == .word && $0.isCapitalized }) else { return false }
        return tokens[..<lastCapital].contains { [".", "!", "?", "…", "..."].contains($0.text) }
    }

    /// A short line without a final period: a headline, a menu entry, a credit.
    var isHeadlineLike: Bool {
        words >= 1 && words <= 30 && !text.hasSuffix(".")
    }
}
