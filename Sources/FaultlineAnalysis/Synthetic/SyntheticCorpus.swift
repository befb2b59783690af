import FaultlineModel

/// A deterministic generator of per-document extractions, for benchmarks and scale tests.
///
/// It builds `documents` parts holding `events` events in total, shaped like a year of
/// conflict news: 24 countries, each with a government, an army, rebels, civilians, a leader
/// and two cities; civil wars (state vs rebels) and wars between neighbouring countries;
/// every event a sentence with the actors' mentions, a date, often a place, about 40 % of
/// events reported by a spokesman's claim (some accusing, some denying, many with casualty
/// figures); a title repeating the document's first event; some sentences saying the sides
/// gave conflicting accounts. A share of events re-report an earlier document's event (to be
/// merged), and a share of documents are syndicated copies of an earlier one (to be found as
/// duplicates). The same `seed` always gives the same parts.
public struct SyntheticCorpus: Sendable {
    public var documents: Int
    public var events: Int
    public var seed: UInt64
    /// Share of documents that are lightly edited copies of an earlier document.
    public var duplicateRate: Double
    /// Share of events that re-report an event of an earlier document.
    public var sharedEventRate: Double

    public init(documents: Int, events: Int, seed: UInt64 = 1, duplicateRate: Double = 0.05,
                sharedEventRate: Double = 0.25) {
        self.documents = max(1, documents); self.events = max(0, events); self.seed = seed
        self.duplicateRate = duplicateRate; self.sharedEventRate = sharedEventRate
    }

    static let roots = ["AFG", "ARM", "AZE", "COD", "COL", "ETH", "IND", "IRQ", "ISR", "LBY", "MLI", "MMR",
                        "NGA", "PAK", "PSE", "RUS", "SDN", "SOM", "SSD", "SYR", "TUR", "UKR", "USA", "YEM"]

    /// (CAMEO, PLOVER, quad, Goldstein) of the event types drawn; values written for the generator.
    static let codes: [(String, String, Int, Double)] = [
        ("190", "ASSAULT", 4, -10), ("193", "ASSAULT", 4, -10), ("195", "ASSAULT", 4, -10), ("180", "ASSAULT", 4, -9),
        ("173", "COERCE", 4, -5), ("130", "THREATEN", 3, -4.4), ("111", "ACCUSE", 3, -2), ("120", "REJECT", 3, -4),
        ("042", "CONSULT", 1, 1.9), ("051", "COOPERATE", 1, 3.4), ("020", "REQUEST", 1, 3), ("070", "AID", 2, 7),
    ]

    struct Fact {
        let code: (String, String, Int, Double)
        let source: String, target: String, place: String?, day: Int
    }

    /// The generated parts, in document-id order.
    public func parts() -> [DocumentAnalysis] {
        var rng = SplitMix64(seed: seed)
        func pick(_ n: Int) -> Int { n <= 1 ? 0 : Int(rng.next() % UInt64(n)) }
        func chance(_ p: Double) -> Bool { Double(rng.next() >> 11) / Double(1 << 53) < p }

        // The cast.
        var actors: [String: Actor] = [:]
        func actor(_ name: String, _ kind: ActorKind, _ code: String?, _ country: String?) -> String {
            let id = Slug.make(name)
            actors[id] = Actor(id: id, name: name, kind: kind, code: code, country: country, aliases: [name], mentions: 0)
            return id
        }
        struct Country { let state: String; let army: String; let rebels: String; let civilians: String
                         let leader: String; let cities: [String]; let root: String }
        var countries: [Country] = []
        for (i, r) in SyntheticCorpus.roots.enumerated() {
            _ = actor("Country \(r)", .country, r, r)
            countries.append(Country(
                state: actor("\(r) government", .organization, r + "GOV", r),
                army: actor("\(r) army", .armedGroup, r + "MIL", r),
                rebels: actor("\(r) rebels", .armedGroup, r + "REB", r),
                civilians: actor("\(r) civilians", .population, r + "CVL", r),
                leader: actor("Leader \(r) \(i)", .person, r + "GOV", r),
                cities: [actor("City \(r) North", .location, nil, r), actor("City \(r) South", .location, nil, r)],
                root: r))
        }
        let un = actor("United Nations", .organization, "IGOUNO", "IGO")
        let vocabulary = (0..<400).map { "w\($0)" }

        let startDay = CivilDate.ordinal(year: 2020, month: 1, day: 1)
        let perDoc = events / documents, extra = events % documents
        var facts: [Fact] = []
        var out: [DocumentAnalysis] = []
        var originalsBySize: [Int: [Int]] = [:]

        for d in 0..<documents {
            let k = perDoc + (d < extra ? 1 : 0)
            let id = "doc-" + CivilDate.pad(d, 6)
            // A syndicated copy of an earlier original of the same size.
            if d > 0, chance(duplicateRate), let candidates = originalsBySize[k], !candidates.isEmpty {
                var copy = out[candidates[pick(candidates.count)]]
                copy.document.id = id
                copy.document.source = "Syndicate \(pick(5))"
                copy.events = copy.events.map { var e = $0; e.document = id; return e }
                copy.claims = copy.claims.map { var c = $0; c.document = id; return c }
                if !copy.sentenceTexts.isEmpty {
                    let last = copy.sentenceTexts.count - 1
                    copy.sentenceTexts[last] += " Updated."
                }
                out.append(copy)
                continue
            }
            let home = countries[pick(countries.count)]
            let neighbour = countries[(countries.firstIndex { $0.root == home.root }! + 1) % countries.count]
            let day0 = startDay + pick(365)
            let english = d % 2 == 0
            var part = DocumentAnalysis(document: DocumentInfo(
                id: id, title: "", language: english ? "en" : "vi", published: CivilDate.format(day0 + 1),
                source: "Outlet \(pick(7))", sentences: 0))
            var used = Set<String>()
            var sentence = 0
            func text(_ parts: [String]) -> String {
                var words: [String] = []
                for p in parts { words.append(p); for _ in 0..<(2 + pick(3)) { words.append(vocabulary[pick(vocabulary.count)]) } }
                return words.joined(separator: " ") + "."
            }
            func mention(_ a: String, _ s: Int) {
                used.insert(a)
                part.mentions.append(ActorMention(actor: a, sentence: s, start: 0, end: 0, text: actors[a]!.name, rule: "synthetic"))
            }
            var titleFact: Fact?
            /// The other side's account of the harm just reported: (who speaks, whom it blames).
            var counter: (fact: Fact, speaker: String)?
            for n in 0..<k {
                // A new fact, or a re-report of a recent one from another document.
                let fact: Fact
                let counterSpeaker = counter?.speaker
                if let c = counter {
                    fact = c.fact   // the other side blames the speaker's side for the same harm
                    counter = nil
                } else if n == 1, let first = titleFact, chance(0.5) {
                    fact = first   // the body tells the title's event again
                } else if n > 0, !facts.isEmpty, chance(sharedEventRate) {
                    fact = facts[max(0, facts.count - 1 - pick(min(facts.count, 200)))]
                } else {
                    let code = SyntheticCorpus.codes[pick(SyntheticCorpus.codes.count)]
                    let (s, t): (String, String)
                    switch pick(4) {
                    case 0: (s, t) = (home.army, home.rebels)
                    case 1: (s, t) = (home.rebels, code.2 >= 3 ? home.civilians : home.state)
                    case 2: (s, t) = (home.army, neighbour.army)
                    default: (s, t) = code.2 <= 2 ? (un, home.civilians) : (neighbour.army, home.cities[0])
                    }
                    fact = Fact(code: code, source: s, target: t, place: chance(0.7) ? home.cities[pick(2)] : nil,
                                day: day0 - pick(2))
                    facts.append(fact)
                }
                if n == 0 { titleFact = fact }
                let s = n == 0 ? 0 : sentence
                if n == 0 { sentence = 1 }
                let harmful = fact.code.2 >= 3
                var words = [actors[fact.source]!.name, english ? "did" : "đã", fact.code.1.lowercased(), actors[fact.target]!.name]
                if let p = fact.place { words.append((english ? "in " : "tại ") + actors[p]!.name) }
                if harmful && chance(0.5) { words.append(english ? "killing \(1 + pick(60)) people" : "khiến \(1 + pick(60)) người thiệt mạng") }
                var claimId: String?
                var speaker: String?
                if let sp = counterSpeaker {
                    speaker = sp
                    claimId = "c\(part.claims.count + 1)"
                    words.insert(actors[sp]!.name + (english ? " said" : " cho biết"), at: 0)
                } else if n > 0 && chance(0.4) {
                    let sp = chance(0.5) ? (actors[fact.source]!.code!.hasSuffix("REB") ? home.rebels : home.leader) : home.state
                    speaker = sp
                    claimId = "c\(part.claims.count + 1)"
                    words.insert(actors[sp]!.name + (english ? " said" : " cho biết"), at: 0)
                }
                let sentenceText = text(words)
                part.sentenceTexts.append(sentenceText)
                part.sentenceRoles.append(s == 0 ? .title : .body)
                if s == 0 { part.document.title = sentenceText }
                let eventId = "e\(part.events.count + 1)"
                let date = EventDate(value: CivilDate.format(fact.day), precision: .day, text: nil, anchor: .explicit)
                part.events.append(Event(id: eventId, document: id, sentence: s, text: sentenceText, trigger: fact.code.1.lowercased(),
                                         code: EventCode(cameo: fact.code.0, plover: fact.code.1, quad: fact.code.2, goldstein: fact.code.3),
                                         source: [fact.source], target: [fact.target], location: fact.place.map { [$0] } ?? [],
                                         date: date, claim: claimId, rule: "synthetic"))
                mention(fact.source, s); mention(fact.target, s)
                if let p = fact.place { mention(p, s) }
                if let sp = speaker, let cid = claimId {
                    mention(sp, s)
                    let stance: Stance = counterSpeaker != nil ? .accuse : harmful && chance(0.2) ? .accuse : (chance(0.1) ? .deny : .assert)
                    part.claims.append(Claim(id: cid, speaker: sp, cue: english ? "said" : "cho biết", stance: stance, date: date,
                                             events: [eventId], document: id, sentence: s, text: sentenceText,
                                             about: stance == .accuse ? [fact.source] : [], rule: "synthetic"))
                }
                if s > 0 { sentence += 1 }
                // Now and then the other side answers a claim of harm by blaming the speaker's side
                // for it (the army says the rebels shelled the market, the rebels say the army did).
                if let sp = speaker, counterSpeaker == nil, harmful, n + 1 < k, chance(0.15) {
                    let rebel = actors[sp]!.code!.hasSuffix("REB")
                    let blamed = rebel ? home.army : home.rebels
                    if blamed != fact.source, blamed != fact.target {
                        counter = (Fact(code: fact.code, source: blamed, target: fact.target, place: fact.place, day: fact.day),
                                   rebel ? home.state : home.rebels)
                    }
                }
                // Now and then the narrator says the accounts conflict.
                if n > 0, chance(0.05) {
                    let cue = english ? "\(actors[home.state]!.name) and \(actors[home.rebels]!.name) gave conflicting accounts"
                                      : "\(actors[home.state]!.name) và \(actors[home.rebels]!.name) đưa thông tin trái chiều"
                    part.sentenceTexts.append(text([cue]))
                    part.sentenceRoles.append(.body)
                    mention(home.state, sentence); mention(home.rebels, sentence)
                    sentence += 1
                }
            }
            part.document.sentences = part.sentenceTexts.count
            part.actors = used.sorted().map { id in
                var a = actors[id]!
                a.mentions = part.mentions.filter { $0.actor == id }.count
                return a
            }
            originalsBySize[k, default: []].append(out.count)
            out.append(part)
        }
        return out
    }
}
