import FaultlineModel
import FaultlineText

/// An actor named in a sentence, as a token span: what the coder sees of the actor layer.
struct MentionSpan: Sendable, Hashable {
    /// Actor ids named by this span (several for `hai ngoại trưởng`, `the two ministers`).
    var actors: [String]
    /// Token range `start..<end`.
    var start: Int
    var end: Int
    var kind: ActorKind
    /// CAMEO actor code of the first actor, when it has one.
    /// (No copy of the mention's text: the coder quotes tokens, and the copy was retained
    /// per mention and released with every sentence.)
    var code: String?

    /// Countries, governments, armed groups, organisations: parties that act.
    var isParty: Bool { code != nil && kind != .media && kind != .location }
}

/// One sentence prepared for event coding: tokens, actors as token spans, and the token
/// ranges of time expressions (which never hold triggers).
///
/// An immutable class, not a struct: the document pass, the sentence context and the
/// explainer each hold the input, and a struct of a string and three arrays was retained
/// field by field (four reference counts) on every copy, some sixteen copies per sentence.
final class CodingInput: Sendable {
    let index: Int
    let text: String
    let role: SentenceRole
    let paragraph: Int
    let tokens: [Token]
    /// Sorted by start, then end (the init sorts them; `SentenceContext.makeGroups` relies on it).
    let mentions: [MentionSpan]
    let timexes: [Range<Int>]

    init(index: Int, text: String, role: SentenceRole = .body, paragraph: Int = 0, tokens: [Token]? = nil,
         mentions: [MentionSpan] = [], timexes: [Range<Int>] = []) {
        self.index = index; self.text = text; self.role = role; self.paragraph = paragraph
        self.tokens = tokens ?? Tokenizer.tokens(text)
        // Usually built in order already: checking is cheaper than sorting a copy.
        let inOrder = mentions.indices.dropFirst().allSatisfy {
            (mentions[$0 - 1].start, mentions[$0 - 1].end) <= (mentions[$0].start, mentions[$0].end)
        }
        self.mentions = inOrder ? mentions : mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.timexes = timexes
    }

    /// Builds token spans from UTF-8 byte offsets (as `ActorMention` and `TimeExpression`
    /// give them): the tokens lying inside `start..<end`. Nil when no token does.
    static func tokenRange(bytes start: Int, _ end: Int, in tokens: [Token]) -> Range<Int>? {
        // Tokens are ordered and disjoint, so the ones inside the span are a run that
        // begins at the first token starting at or after `start` (binary search: a scan
        // of the whole sentence per expression is quadratic on a long sentence).
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        var last = lo
        while last < tokens.count, tokens[last].end <= end { last += 1 }
        return last > lo ? lo..<last : nil
    }
}
