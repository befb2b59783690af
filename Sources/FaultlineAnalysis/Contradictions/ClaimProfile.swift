import FaultlineModel

/// What contradiction detection needs to know about one claim, computed once.
struct ClaimProfile {
    let index: Int
    let part: Int
    let claim: Claim
    let speakerSide: String
    /// Global event indices.
    let events: [Int]
    /// Actor ids taking part in its events (sources and targets) and the actors it is about.
    let participants: [String]
    let participantSides: Set<String>
    let places: Set<String>
    /// Day ordinals (known years) and month/day positions (unknown years) it speaks of.
    let days: [Int]
    let yearless: [Int]
    /// True when the speaker says the events did not happen (`deny`).
    let denies: Bool
    /// Harmful events it asserts (quad 3–4, said to have happened, not a response to harm).
    let harmful: [Int]
    /// Sides it holds responsible for harm: sources of `harmful`, plus the accused of an `accuse`.
    let blamed: Set<String>
    let figures: [CasualtyFigure]
    /// True when it reports two or more sides acting together in cooperation (a joint statement).
    let joint: Bool

    var sentence: Int { claim.sentence }
    var speaker: String { claim.speaker }

    init(index: Int, corpus: MergedCorpus) {
        self.index = index
        let claim = corpus.claims[index]
        self.claim = claim
        part = corpus.claimPart[index]
        speakerSide = corpus.sides.side(claim.speaker)
        events = corpus.claimEvents[index]
        denies = claim.stance == .deny
        var participants = Set(claim.about)
        var places = Set<String>()
        var days = Set<Int>(), yearless = Set<Int>()
        func addDate(_ value: String?) {
            guard let s = TimexSpan.parse(value), s.kind == .day else { return }
            if let d = s.first { days.insert(d) } else if let y = s.yearless { yearless.insert(y) }
        }
        addDate(claim.date.value)
        var harmful: [Int] = []
        var blamed = Set<String>()
        var joint = false
        for g in events {
            let e = corpus.events[g]
            if (e.quad == 1 || e.quad == 2) && !e.negated && Set(e.source.map(corpus.sides.side)).count > 1 { joint = true }
            participants.formUnion(e.source); participants.formUnion(e.target)
            places.formUnion(e.location)
            addDate(e.date.value)
            if ClaimProfile.isHarm(e), !denies, !ClaimProfile.isResponse(e) {
                harmful.append(g)
                for s in e.source { blamed.insert(corpus.sides.side(s)) }
            }
        }
        if claim.stance == .accuse { for a in claim.about { blamed.insert(corpus.sides.side(a)) } }
        if days.isEmpty && yearless.isEmpty { addDate(corpus.parts[part].document.published) }
        let sortedParticipants = participants.sorted()
        self.participants = sortedParticipants
        participantSides = Set(sortedParticipants.map(corpus.sides.side))
        self.places = places
        self.days = days.sorted()
        self.yearless = yearless.sorted()
        self.harmful = harmful
        self.blamed = blamed
        figures = CasualtyFigures.extract(claim.text)
        self.joint = joint
    }

    /// Conflict (quad 3 or 4) said to have happened, not merely supposed.
    static func isHarm(_ e: Event) -> Bool {
        (e.quad == 3 || e.quad == 4) && !e.negated && e.modality != .hypothetical
    }

    /// Harm done in answer to harm (`repelled`, `đẩy lui`, `retaliated`), judged by the trigger.
    static func isResponse(_ e: Event) -> Bool {
        ContradictionCues.response.contains(WordKeys.keys(e.trigger))
    }

    /// Smallest day distance between the dates the two claims speak of, nil when not comparable.
    func dayDistance(to other: ClaimProfile) -> Int? {
        var best: Int?
        func consider(_ d: Int) { if best == nil || d < best! { best = d } }
        if !days.isEmpty && !other.days.isEmpty {
            var i = 0, j = 0
            while i < days.count && j < other.days.count {
                consider(abs(days[i] - other.days[j]))
                if days[i] < other.days[j] { i += 1 } else { j += 1 }
            }
        }
        let mine = yearless + days.map(CivilDate.yearlessFromOrdinal)
        let theirs = other.yearless + other.days.map(CivilDate.yearlessFromOrdinal)
        if (!yearless.isEmpty || !other.yearless.isEmpty) {
            for a in mine { for b in theirs { let d = abs(a - b); consider(min(d, 366 - d)) } }
        }
        return best
    }
}

extension CivilDate {
    /// The month/day position (as in `yearlessOrdinal`) of a day ordinal.
    static func yearlessFromOrdinal(_ o: Int) -> Int {
        let c = civil(o)
        return yearlessOrdinal(month: c.month, day: c.day)
    }
}
