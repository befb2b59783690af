/// One place in a sentence where an actor is named or referred to.
///
/// Offsets are UTF-8 byte offsets into `Sentence.text`. Co-occurrence and event roles are
/// computed from these.
public struct ActorMention: Codable, Sendable, Hashable {
    public var actor: String
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    /// The rule that resolved it (`lexicon`, `ref.nuoc-nay`, `ref.counterpart`, `compose.role+country` …).
    public var rule: String

    public init(actor: String, sentence: Int, start: Int, end: Int, text: String, rule: String) {
        self.actor = actor; self.sentence = sentence; self.start = start; self.end = end
        self.text = text; self.rule = rule
    }
}
