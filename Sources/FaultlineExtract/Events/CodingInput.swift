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

/// Adjacent actor mentions joined into one party (`Nga và Thổ Nhĩ Kỳ`, `A, B and C`).
///
/// An immutable class: the coder reads groups at every step of its searches (`let grp =
/// ctx.groups[g]`, closures over `ctx.groups`), and each copy of a struct retained its three
/// arrays. What the coder asks of the kinds (media only, places only, a party) is decided
/// once here.
final class ActorGroup: Sendable {
    /// Indices of the member mentions (consecutive: a group joins neighbouring names).
    let mentions: Range<Int>
    let start: Int
    let end: Int
    let actors: [String]
    let kinds: [ActorKind]
    /// CAMEO code of each actor ("" for none), in the order of `actors`.
    let codes: Codes
    let isMediaOnly: Bool
    let isLocationOnly: Bool
    let hasParty: Bool

    init(mentions: Range<Int>, start: Int, end: Int, actors: [String], kinds: [ActorKind], codes: [String]) {
        self.mentions = mentions; self.start = start; self.end = end
        self.actors = actors; self.kinds = kinds; self.codes = Codes(list: codes)
        isMediaOnly = kinds.allSatisfy { $0 == .media }
        isLocationOnly = kinds.allSatisfy { $0 == .location }
        hasParty = zip(kinds, codes).contains { $0.0 != .media && $0.0 != .location && !$0.1.isEmpty }
    }

    /// The group of one mention naming at most one actor (`kind` nil when it names none):
    /// the usual group, built without an array of its own (the actor list is the mention's,
    /// the kind list a shared one, the code kept inline).
    init(mentions: Range<Int>, start: Int, end: Int, actors: [String], kind: ActorKind?, code: String) {
        self.mentions = mentions; self.start = start; self.end = end
        self.actors = actors
        if let kind {
            kinds = ActorGroup.kinds(kind)
            codes = Codes(sole: code)
            isMediaOnly = kind == .media
            isLocationOnly = kind == .location
            hasParty = kind != .media && kind != .location && !code.isEmpty
        } else {
            kinds = []
            codes = Codes(list: [])
            isMediaOnly = true; isLocationOnly = true; hasParty = false
        }
    }

    /// The codes of a group's actors, read like an array: one code kept inline for a
    /// one-actor group (most groups), a list otherwise. An array literal per group was an
    /// allocation on every sentence, and a free when the sentence was done.
    struct Codes: RandomAccessCollection, Sendable {
        private let sole: String
        private let list: [String]
        let endIndex: Int

        init(sole: String) { self.sole = sole; list = []; endIndex = 1 }
        init(list: [String]) { sole = ""; self.list = list; endIndex = list.count }

        var startIndex: Int { 0 }

        subscript(k: Int) -> String {
            precondition(k >= 0 && k < endIndex, "ActorGroup.Codes: index out of range")
            return list.isEmpty ? sole : list[k]
        }
    }

    /// `[kind]`, shared: most groups name one actor, and a one-element array made per group
    /// was an allocation per group.
    static func kinds(_ kind: ActorKind) -> [ActorKind] { singleKinds[ordinal(kind)] }

    private static let singleKinds: [[ActorKind]] =
        [[.country], [.person], [.organization], [.armedGroup], [.population], [.media], [.location], [.group], [.unknown]]

    /// Position of `kind` in `singleKinds` (a switch: no hashing, and a new kind must be given one).
    private static func ordinal(_ kind: ActorKind) -> Int {
        switch kind {
        case .country: return 0
        case .person: return 1
        case .organization: return 2
        case .armedGroup: return 3
        case .population: return 4
        case .media: return 5
        case .location: return 6
        case .group: return 7
        case .unknown: return 8
        }
    }
}
