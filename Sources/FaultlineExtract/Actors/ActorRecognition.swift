import FaultlineModel
import FaultlineText

/// Actors found in one document: the actors (one per real-world actor, with aliases and
/// mention counts) and every mention, with the details event and claim coders need.
public struct ActorRecognition: Sendable {
    /// Actors sorted by id.
    public var actors: [Actor]
    /// Mentions sorted by sentence, start offset, actor id. Offsets are UTF-8 offsets into
    /// `Sentence.text`. A reference to two actors (`hai ngoại trưởng`) gives two mentions with
    /// the same span; otherwise the mentions of a sentence never overlap.
    public var mentions: [ActorMention]
    /// Details of `mentions[i]` at index i.
    public var details: [ActorMentionDetail]
    /// The tokens of each input sentence (`Tokenizer.tokens(sentence.text)`), by position in the
    /// input array, so callers need not tokenise again. Token ranges in `details` index these.
    public var tokens: [[Token]]

    public init(actors: [Actor] = [], mentions: [ActorMention] = [], details: [ActorMentionDetail] = [], tokens: [[Token]] = []) {
        self.actors = actors; self.mentions = mentions; self.details = details; self.tokens = tokens
    }

    /// The actor with this id.
    /// - Complexity: O(log n) while `actors` stays sorted by id (as returned), else O(n).
    public func actor(id: String) -> Actor? {
        var lo = 0, hi = actors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if actors[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        if lo < actors.count, actors[lo].id == id { return actors[lo] }
        return actors.first { $0.id == id }
    }

    /// The mentions of one sentence (by `Sentence.index`) with their details, in text order.
    public func mentions(inSentence index: Int) -> [(mention: ActorMention, detail: ActorMentionDetail)] {
        zip(mentions, details).filter { $0.0.sentence == index }.map { ($0.0, $0.1) }
    }
}

/// What an event coder needs to know about one mention besides `ActorMention`.
public struct ActorMentionDetail: Sendable, Hashable {
    /// Token indices `lowerBound..<upperBound` into `ActorRecognition.tokens` of the sentence.
    public var tokenRange: Range<Int>
    /// The actor's kind.
    public var kind: ActorKind
    /// The code of the actor at this mention (dated roles resolved by the document date).
    public var code: String?
    /// Country root (`RUS`, `IGO` …) or nil.
    public var country: String?
    /// True when the actor can say or do something (not a place).
    public var speakerCapable: Bool
    /// True when the mention is a reference (`nước này`, `hai bên`, `he`, a surname repeat).
    public var isReference: Bool

    public init(tokenRange: Range<Int>, kind: ActorKind, code: String?, country: String?, speakerCapable: Bool, isReference: Bool) {
        self.tokenRange = tokenRange; self.kind = kind; self.code = code; self.country = country
        self.speakerCapable = speakerCapable; self.isReference = isReference
    }
}
