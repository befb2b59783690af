/// What the layout rules that depend on a line's position need to know about it, kept for
/// every line of an article at once.
///
/// A `LayoutLine` holds the tokens of its line (two strings and a few numbers per word):
/// kept for every paragraph of a large document at once they cost twenty to thirty times
/// the text. `ArticleLayout` makes each `LayoutLine` for one pass over its line, stores the
/// answers here, and drops the tokens; `text` is a slice of the document's text, not a copy.
struct LineFacts {
    var text: Substring
    /// `LayoutLine.words`.
    var words: Int
    var flags: Flags

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let endsLikeSentence = Flags(rawValue: 1)
        /// Some token is punctuation.
        static let hasPunctuation = Flags(rawValue: 2)
        static let signoffLike = Flags(rawValue: 4)
        static let bylineLike = Flags(rawValue: 8)
        static let topByline = Flags(rawValue: 16)
        static let nameAndDateStamp = Flags(rawValue: 32)
    }

    /// The facts of an analysed line; `text` is the slice it was made from.
    init(_ line: LayoutLine, text: Substring) {
        self.text = text
        words = line.words
        var f: Flags = []
        if line.endsLikeSentence { f.insert(.endsLikeSentence) }
        if line.tokens.contains(where: { $0.kind == .punctuation }) { f.insert(.hasPunctuation) }
        if LayoutClassifier.isSignoffLike(line) { f.insert(.signoffLike) }
        if LayoutClassifier.isBylineLike(line) { f.insert(.bylineLike) }
        if LayoutClassifier.isTopByline(line) { f.insert(.topByline) }
        if LayoutClassifier.isNameAndDateStamp(line) { f.insert(.nameAndDateStamp) }
        flags = f
    }

    /// The facts of a line over `LayoutLine.maxAnalysedBytes`, without copying or
    /// tokenizing it: such a line has no tokens, and every classifier rule asks for fewer
    /// words than `LayoutLine` counts for it, so only the sentence end is looked at.
    init(longLine text: Substring) {
        self.text = text
        words = LayoutLine.estimatedWords(utf8Count: text.utf8.count)
        flags = LayoutLine.endsLikeSentence(text) ? .endsLikeSentence : []
    }

    var endsLikeSentence: Bool { flags.contains(.endsLikeSentence) }

    /// `LayoutLine.isHeadlineLike`.
    var isHeadlineLike: Bool {
        words >= 1 && words <= 30 && !text.hasSuffix(".")
    }
}
