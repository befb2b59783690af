/// Everything extracted from one document, before the corpus is analysed.
///
/// Event and claim ids are local to the document (`e1`, `c1`); `Analysis` renumbers them
/// when documents are combined. Actor ids are global (derived from canonical names), so
/// the same actor in two documents has one id.
public struct DocumentAnalysis: Codable, Sendable, Hashable {
    public var document: DocumentInfo
    public var actors: [Actor]
    public var mentions: [ActorMention]
    public var timexes: [TimexMention]
    public var events: [Event]
    public var claims: [Claim]
    /// Texts of the sentences, for evidence and for near-duplicate detection.
    public var sentenceTexts: [String]
    /// Layout role of each sentence, parallel to `sentenceTexts`.
    public var sentenceRoles: [SentenceRole]
    /// Problems met while extracting (never fatal), for the user.
    public var warnings: [String]

    public init(document: DocumentInfo, actors: [Actor] = [], mentions: [ActorMention] = [],
                timexes: [TimexMention] = [], events: [Event] = [], claims: [Claim] = [],
                sentenceTexts: [String] = [], sentenceRoles: [SentenceRole] = [], warnings: [String] = []) {
        self.document = document; self.actors = actors; self.mentions = mentions; self.timexes = timexes
        self.events = events; self.claims = claims; self.sentenceTexts = sentenceTexts
        self.sentenceRoles = sentenceRoles; self.warnings = warnings
    }
}

/// A time expression located in a sentence.
public struct TimexMention: Codable, Sendable, Hashable {
    public var sentence: Int
    public var expression: TimeExpression

    public init(sentence: Int, expression: TimeExpression) {
        self.sentence = sentence; self.expression = expression
    }
}
