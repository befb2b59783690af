import FaultlineModel

/// Builds a `DocumentAnalysis` the way an extractor would: sentences with their actor
/// mentions, events `e1…` and claims `c1…` with local ids, actors from the `Cast`.
struct DocBuilder {
    private(set) var part: DocumentAnalysis

    init(_ id: String, language: String = "en", published: String? = nil, source: String? = nil, title: String = "") {
        part = DocumentAnalysis(document: DocumentInfo(id: id, title: title, language: language, published: published,
                                                       source: source, sentences: 0))
    }

    /// Adds a sentence; `mentions` are actor ids named in it (offsets found in the text when
    /// the actor's name or an alias occurs, else 0). Returns the sentence index.
    @discardableResult
    mutating func sentence(_ text: String, role: SentenceRole = .body, mentions: [String] = []) -> Int {
        let s = part.sentenceTexts.count
        part.sentenceTexts.append(text)
        part.sentenceRoles.append(role)
        for id in mentions {
            let actor = Cast.actor(id)
            var start = 0, end = 0
            for form in [actor.name] + actor.aliases {
                if let r = text.range(of: form) {
                    start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
                    end = text.utf8.distance(from: text.startIndex, to: r.upperBound)
                    break
                }
            }
            part.mentions.append(ActorMention(actor: id, sentence: s, start: start, end: end, text: actor.name, rule: "test"))
        }
        if role == .title && part.document.title.isEmpty { part.document.title = text }
        return s
    }

    /// Adds an event in sentence `s`; returns its local id.
    @discardableResult
    mutating func event(_ s: Int, _ cameo: String, source: [String] = [], target: [String] = [], location: [String] = [],
                        date: String? = nil, anchor: DateAnchor = .explicit, timeOfDay: TimeOfDay? = nil,
                        negated: Bool = false, modality: Modality = .asserted, trigger: String = "", claim: String? = nil) -> String {
        let id = "e\(part.events.count + 1)"
        let span = date.map { d -> DatePrecision in d.count == 10 ? .day : (d.contains("W") ? .week : (d.count == 7 ? .month : .year)) }
        let eventDate = date.map { EventDate(value: $0, precision: span!, text: nil, anchor: anchor) } ?? .none
        part.events.append(Event(id: id, document: part.document.id, sentence: s, text: part.sentenceTexts[s],
                                 trigger: trigger, code: TestCodes.code(cameo), source: source, target: target,
                                 location: location, date: eventDate, timeOfDay: timeOfDay, negated: negated,
                                 modality: modality, claim: claim, rule: "test"))
        return id
    }

    /// Adds a claim in sentence `s` reporting `events` (local ids) and points those events at it.
    @discardableResult
    mutating func claim(_ s: Int, speaker: String, stance: Stance = .assert, events: [String] = [], date: String? = nil,
                        about: [String] = [], via: String? = nil, cue: String = "said") -> String {
        let id = "c\(part.claims.count + 1)"
        let claimDate = date.map { EventDate(value: $0, precision: .day, text: nil, anchor: .explicit) } ?? .none
        part.claims.append(Claim(id: id, speaker: speaker, via: via, cue: cue, stance: stance, date: claimDate,
                                 events: events, document: part.document.id, sentence: s, text: part.sentenceTexts[s],
                                 about: about, rule: "test"))
        for i in part.events.indices where events.contains(part.events[i].id) { part.events[i].claim = id }
        return id
    }

    /// The finished part: actors (from the cast) of every mention, event and claim, with mention counts.
    func build() -> DocumentAnalysis {
        var p = part
        var ids = Set(p.mentions.map(\.actor))
        for e in p.events { ids.formUnion(e.source); ids.formUnion(e.target); ids.formUnion(e.location) }
        for c in p.claims { ids.insert(c.speaker); ids.formUnion(c.about); if let v = c.via { ids.insert(v) } }
        var counts: [String: Int] = [:]
        for m in p.mentions { counts[m.actor, default: 0] += 1 }
        // Ids outside the cast stay unknown, as with an extractor that lost an actor record.
        p.actors = ids.sorted().compactMap { id in
            guard var a = Cast.byId[id] else { return nil }
            a.mentions = counts[id] ?? 0
            return a
        }
        p.document.sentences = p.sentenceTexts.count
        return p
    }
}
