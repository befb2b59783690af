/// A coded event: who did what to whom, where and when, as the contract's `events[]`.
public struct Event: Codable, Sendable, Hashable {
    public var id: String
    public var document: String
    /// 0-based sentence index within the document.
    public var sentence: Int
    public var text: String
    public var trigger: String
    public var cameo: String
    public var plover: String
    public var quad: Int
    public var goldstein: Double
    /// Actor ids.
    public var source: [String]
    public var target: [String]
    /// Actor ids of kind location.
    public var location: [String]
    public var date: EventDate
    public var timeOfDay: TimeOfDay?
    public var negated: Bool
    public var modality: Modality
    /// The claim that reports this event, or nil.
    public var claim: String?
    /// The lexicon entry or rule that produced it.
    public var rule: String
    /// Every place this event is reported (after cross-document merging); empty before.
    public var mentions: [EventMention]

    public var code: EventCode { EventCode(cameo: cameo, plover: plover, quad: quad, goldstein: goldstein) }

    enum CodingKeys: String, CodingKey {
        case id, document, sentence, text, trigger, cameo, plover, quad, goldstein, source, target
        case location, date, timeOfDay, negated, modality, claim, rule, mentions
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(plover, forKey: .plover)
        try c.encode(quad, forKey: .quad)
        try c.encode(goldstein, forKey: .goldstein)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(location, forKey: .location)
        try c.encode(date, forKey: .date)
        try c.encode(timeOfDay, forKey: .timeOfDay)
        try c.encode(negated, forKey: .negated)
        try c.encode(modality, forKey: .modality)
        try c.encode(claim, forKey: .claim)
        try c.encode(rule, forKey: .rule)
        if !mentions.isEmpty { try c.encode(mentions, forKey: .mentions) }
    }
}

/// The public initialisers live in an extension so that Swift keeps the implicit memberwise
/// initialiser, which builds the value in place: written out field by field in the struct body
/// (`self.id = id; …`), the optimiser copied the whole twenty-field value and destroyed the
/// original on return (≈ 850 instructions per event).
extension Event {
    public init(id: String, document: String, sentence: Int, text: String, trigger: String,
                code: EventCode, source: [String], target: [String], location: [String] = [],
                date: EventDate = .none, timeOfDay: TimeOfDay? = nil, negated: Bool = false,
                modality: Modality = .asserted, claim: String? = nil, rule: String,
                mentions: [EventMention] = []) {
        self.init(id: id, document: document, sentence: sentence, text: text, trigger: trigger,
                  cameo: code.cameo, plover: code.plover, quad: code.quad, goldstein: code.goldstein,
                  source: source, target: target, location: location, date: date, timeOfDay: timeOfDay,
                  negated: negated, modality: modality, claim: claim, rule: rule, mentions: mentions)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        document = try c.decode(String.self, forKey: .document)
        sentence = try c.decode(Int.self, forKey: .sentence)
        text = try c.decode(String.self, forKey: .text)
        trigger = try c.decode(String.self, forKey: .trigger)
        cameo = try c.decode(String.self, forKey: .cameo)
        plover = try c.decode(String.self, forKey: .plover)
        quad = try c.decode(Int.self, forKey: .quad)
        goldstein = try c.decode(Double.self, forKey: .goldstein)
        source = try c.decode([String].self, forKey: .source)
        target = try c.decode([String].self, forKey: .target)
        location = try c.decodeIfPresent([String].self, forKey: .location) ?? []
        date = try c.decodeIfPresent(EventDate.self, forKey: .date) ?? .none
        timeOfDay = try c.decodeIfPresent(TimeOfDay.self, forKey: .timeOfDay)
        negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        claim = try c.decodeIfPresent(String.self, forKey: .claim)
        rule = try c.decodeIfPresent(String.self, forKey: .rule) ?? ""
        mentions = try c.decodeIfPresent([EventMention].self, forKey: .mentions) ?? []
    }
}

/// Whether an event is said to have happened, to be planned, asked for, or only supposed.
public enum Modality: String, Codable, Sendable, Hashable, CaseIterable {
    case asserted, intended, appeal, hypothetical
}

/// One report of an event: which document, which sentence, through which claim.
public struct EventMention: Codable, Sendable, Hashable, Comparable {
    public var document: String
    public var sentence: Int
    public var claim: String?

    public init(document: String, sentence: Int, claim: String? = nil) {
        self.document = document; self.sentence = sentence; self.claim = claim
    }

    public static func < (a: EventMention, b: EventMention) -> Bool {
        (a.document, a.sentence, a.claim ?? "") < (b.document, b.sentence, b.claim ?? "")
    }

    enum CodingKeys: String, CodingKey { case document, sentence, claim }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(claim, forKey: .claim)
    }
}
