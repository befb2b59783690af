/// Who says what: a reported statement and the events it reports (`claims[]`).
public struct Claim: Codable, Sendable, Hashable {
    public var id: String
    /// Actor id of who says it.
    public var speaker: String
    /// Actor id of the relaying outlet (`theo hãng tin Interfax`), or nil.
    public var via: String?
    /// The reporting expression (`cho biết`, `according to`).
    public var cue: String
    public var stance: Stance
    public var date: EventDate
    /// Ids of the events this claim reports.
    public var events: [String]
    public var document: String
    public var sentence: Int
    public var text: String
    /// Actor ids the claim is about or aimed at (the accused, the disputed party); may be empty.
    public var about: [String]
    /// The rule that produced it.
    public var rule: String

    public init(id: String, speaker: String, via: String? = nil, cue: String, stance: Stance,
                date: EventDate = .none, events: [String] = [], document: String, sentence: Int,
                text: String, about: [String] = [], rule: String) {
        self.id = id; self.speaker = speaker; self.via = via; self.cue = cue; self.stance = stance
        self.date = date; self.events = events; self.document = document; self.sentence = sentence
        self.text = text; self.about = about; self.rule = rule
    }

    enum CodingKeys: String, CodingKey { case id, speaker, via, cue, stance, date, events, document, sentence, text, about, rule }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(via, forKey: .via)
        try c.encode(cue, forKey: .cue)
        try c.encode(stance, forKey: .stance)
        try c.encode(date, forKey: .date)
        try c.encode(events, forKey: .events)
        try c.encode(document, forKey: .document)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
        try c.encode(about, forKey: .about)
        try c.encode(rule, forKey: .rule)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        speaker = try c.decode(String.self, forKey: .speaker)
        via = try c.decodeIfPresent(String.self, forKey: .via)
        cue = try c.decode(String.self, forKey: .cue)
        stance = try c.decode(Stance.self, forKey: .stance)
        date = try c.decodeIfPresent(EventDate.self, forKey: .date) ?? .none
        events = try c.decodeIfPresent([String].self, forKey: .events) ?? []
        document = try c.decode(String.self, forKey: .document)
        sentence = try c.decode(Int.self, forKey: .sentence)
        text = try c.decode(String.self, forKey: .text)
        about = try c.decodeIfPresent([String].self, forKey: .about) ?? []
        rule = try c.decodeIfPresent(String.self, forKey: .rule) ?? ""
    }
}

/// The speaker's stance towards what the claim reports.
public enum Stance: String, Codable, Sendable, Hashable, CaseIterable {
    case assert, deny, accuse, appeal, disputes
}
