import FaultlineModel

/// Builds an `Analysis` whose content comes from outside: fuzz bytes or a list of strings.
///
/// Counts, kinds, dates and cross-references are chosen by the input too, including
/// references to ids that do not exist (an `analysis.json` edited by hand), so renderers
/// and exporters meet every shape the model allows, not just the ones extraction makes.
public enum SyntheticAnalysis {
    /// Date values that mean something to the renderers (plus whatever the input spells).
    static let dates = ["2022-08-14", "2022-08-15", "2022-08", "2022", "2022-W33", "XXXX-08-14",
                        "2022-08-14T10:00", "1999-12-31", "2022-SU", "PRESENT_REF", "202", "2022-02-30"]
    static let cameos = ["190", "111", "0231", "042", "173", "1823", "080", "20", "", "abc"]

    /// An analysis described by fuzz bytes (any bytes give one).
    public static func make(_ input: inout FuzzInput) -> Analysis {
        var source = Source.fuzz(input)
        let analysis = make(&source)
        if case .fuzz(let rest) = source { input = rest }
        return analysis
    }

    /// An analysis with every text field taken, in turn, from `strings` (ids too), with
    /// dangling references when `dangling` is set.
    public static func make(strings: [String], seed: Int = 0, dangling: Bool = false) -> Analysis {
        var source = Source.list(strings, seed, dangling)
        return make(&source)
    }

    enum Source {
        case fuzz(FuzzInput)
        case list([String], Int, Bool)

        mutating func string() -> String {
            switch self {
            case .fuzz(var input):
                let s = input.string(limit: 300)
                self = .fuzz(input)
                return s
            case .list(let strings, let k, let d):
                self = .list(strings, k + 1, d)
                return strings.isEmpty ? "" : strings[k % strings.count]
            }
        }

        mutating func int(below bound: Int) -> Int {
            switch self {
            case .fuzz(var input):
                let v = input.int(below: bound)
                self = .fuzz(input)
                return v
            case .list(let strings, let k, let d):
                self = .list(strings, k + 1, d)
                return (k * 7 + 3) % max(1, bound)
            }
        }

        /// An index into `count` existing items, or (sometimes, when allowed) one past them.
        mutating func reference(_ count: Int) -> Int {
            switch self {
            case .fuzz: return int(below: count + 1)
            case .list(_, _, let dangling): return dangling ? int(below: count + 1) : int(below: max(1, count))
            }
        }

        mutating func date() -> EventDate {
            let pick = int(below: dates.count + 3)
            if pick == dates.count { return .none }
            let value = pick < dates.count ? dates[pick] : string()
            let precisions = DatePrecision.allCases, anchors = DateAnchor.allCases
            return EventDate(value: value, precision: precisions[int(below: precisions.count)], text: string(),
                             anchor: anchors[int(below: anchors.count)])
        }
    }

    static func make(_ s: inout Source) -> Analysis {
        let documentCount = 1 + s.int(below: 3)
        var documents: [DocumentInfo] = []
        for k in 0..<documentCount {
            let id = s.string()
            documents.append(DocumentInfo(id: id.isEmpty ? "d\(k)" : id, title: s.string(), language: s.string(),
                                          published: s.int(below: 2) == 0 ? dates[s.int(below: dates.count)] : s.string(),
                                          source: s.string(), url: s.string(), sentences: s.int(below: 50),
                                          duplicateOf: s.int(below: 4) == 0 ? s.string() : nil))
        }
        let actorCount = 1 + s.int(below: 5)
        var actors: [Actor] = []
        for k in 0..<actorCount {
            let id = s.string()
            let kinds = ActorKind.allCases
            actors.append(Actor(id: id.isEmpty ? "a\(k)" : id, name: s.string(), kind: kinds[s.int(below: kinds.count)],
                                code: s.int(below: 2) == 0 ? s.string() : nil, country: s.int(below: 2) == 0 ? s.string() : nil,
                                aliases: [s.string(), s.string()], mentions: s.int(below: 20)))
        }
        func actorID(_ s: inout Source) -> String {
            let r = s.reference(actors.count)
            return r < actors.count ? actors[r].id : s.string()
        }
        func documentID(_ s: inout Source) -> String {
            let r = s.reference(documents.count)
            return r < documents.count ? documents[r].id : s.string()
        }
        let eventCount = s.int(below: 7)
        var events: [Event] = []
        for k in 0..<eventCount {
            let id = s.string()
            let cameo = s.int(below: 4) == 0 ? s.string() : cameos[s.int(below: cameos.count)]
            let quad = s.int(below: 6)
            let code = EventCode(cameo: cameo, plover: s.string(), quad: quad, goldstein: Double(s.int(below: 201) - 100) / 10)
            let times = TimeOfDay.allCases, modalities = Modality.allCases
            var event = Event(id: id.isEmpty ? "e\(k)" : id, document: documentID(&s), sentence: s.int(below: 60),
                              text: s.string(), trigger: s.string(), code: code,
                              source: (0..<s.int(below: 3)).map { _ in actorID(&s) },
                              target: (0..<s.int(below: 3)).map { _ in actorID(&s) },
                              location: (0..<s.int(below: 2)).map { _ in actorID(&s) },
                              date: s.date(), timeOfDay: s.int(below: 3) == 0 ? times[s.int(below: times.count)] : nil,
                              negated: s.int(below: 4) == 0, modality: modalities[s.int(below: modalities.count)],
                              claim: nil, rule: s.string())
            if s.int(below: 3) == 0 {
                event.mentions = [EventMention(document: documentID(&s), sentence: s.int(below: 60)),
                                  EventMention(document: documentID(&s), sentence: s.int(below: 60), claim: s.string())]
            }
            events.append(event)
        }
        let claimCount = s.int(below: 4)
        var claims: [Claim] = []
        for k in 0..<claimCount {
            let id = s.string()
            let stances = Stance.allCases
            let eventRefs: [String] = events.isEmpty ? [] : (0..<s.int(below: 3)).map { _ -> String in
                let r = s.reference(events.count); return r < events.count ? events[r].id : s.string()
            }
            claims.append(Claim(id: id.isEmpty ? "c\(k)" : id, speaker: actorID(&s), via: s.int(below: 3) == 0 ? actorID(&s) : nil,
                                cue: s.string(), stance: stances[s.int(below: stances.count)], date: s.date(),
                                events: eventRefs, document: documentID(&s), sentence: s.int(below: 60),
                                text: s.string(), about: (0..<s.int(below: 3)).map { _ in actorID(&s) }, rule: s.string()))
        }
        for k in events.indices where !claims.isEmpty && s.int(below: 3) == 0 {
            let r = s.reference(claims.count)
            events[k].claim = r < claims.count ? claims[r].id : s.string()
        }
        var contradictions: [Contradiction] = []
        if claims.count >= 1 {
            for k in 0..<s.int(below: 3) {
                let kinds = ContradictionKind.allCases
                let ids = (0..<(1 + s.int(below: 3))).map { _ -> String in
                    let r = s.reference(claims.count); return r < claims.count ? claims[r].id : s.string()
                }
                let id = s.string()
                contradictions.append(Contradiction(id: id.isEmpty ? "x\(k)" : id, claims: ids, kind: kinds[s.int(below: kinds.count)],
                                                    score: Double(s.int(below: 101)) / 100, topic: s.string(), explanation: s.string()))
            }
        }
        var cooccurrence: [Cooccurrence] = []
        var dyads: [Dyad] = []
        for k in 0..<s.int(below: 4) where actors.count >= 2 {
            let a = actors[k % actors.count].id, b = actorID(&s)
            cooccurrence.append(Cooccurrence(a: a, b: b, sentences: s.int(below: 9), events: s.int(below: 9),
                                             documents: s.int(below: 3), weight: Double(s.int(below: 50)) / 7,
                                             pmi: Double(s.int(below: 50) - 25) / 9))
            dyads.append(Dyad(a: a, b: b, events: s.int(below: 9), meanGoldstein: Double(s.int(below: 201) - 100) / 10,
                              quads: (0..<4).map { _ in s.int(below: 5) }))
        }
        let centrality = actors.map {
            Centrality(actor: $0.id, degree: s.int(below: 5), weightedDegree: Double(s.int(below: 40)) / 3,
                       betweenness: Double(s.int(below: 100)) / 100, pagerank: Double(s.int(below: 100)) / 100)
        }
        return Analysis(documents: documents, actors: actors, events: events, claims: claims,
                        contradictions: contradictions, cooccurrence: cooccurrence, dyads: dyads, centrality: centrality)
    }
}
