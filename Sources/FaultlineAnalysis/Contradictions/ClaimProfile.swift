import FaultlineModel

/// What contradiction detection needs to know about one claim, computed once.
struct ClaimProfile {
    let index: Int
    let part: Int
    let claim: Claim
    let speakerSide: String
    let speakerSideId: Int
    /// Global event indices.
    let events: [Int]
    /// Day ordinals (known years) and month/day positions (unknown years) it speaks of; when the
    /// claim and its events give none, the document's date.
    let days: [Int]
    let yearless: [Int]
    /// Interned places of all its events, sorted: where the claim is about, for telling an
    /// unplaced event of it from harm elsewhere.
    let places: [Int]
    /// True when the speaker says the events did not happen (`deny`).
    let denies: Bool
    /// Harmful events it asserts (quad 3–4, said to have happened, not a response to harm).
    let harmful: [Int]
    /// Sides it holds responsible for harm (interned, sorted): sources of `harmful`, plus the
    /// accused of an `accuse`.
    let blamed: [Int]
    let figures: [CasualtyFigure]
    /// Interned places named in its sentence, sorted; filled only for claims with `figures`.
    var mentionedPlaces: [Int] = []
    /// True when it reports two or more sides acting together in cooperation (a joint statement).
    let joint: Bool
    /// Whether it says something happened, or that something did not.
    let saysHappened: Bool
    let saysNotHappened: Bool

    var sentence: Int { claim.sentence }
    var speaker: String { claim.speaker }

    init(index: Int, corpus: MergedCorpus, features: [EventFeatures], sides: inout Interner) {
        self.index = index
        let claim = corpus.claims[index]
        self.claim = claim
        part = corpus.claimPart[index]
        speakerSide = corpus.sides.side(claim.speaker)
        speakerSideId = sides.id(speakerSide)
        events = corpus.claimEvents[index]
        denies = claim.stance == .deny
        places = SortedInts.make(events.flatMap { features[$0].places })
        var days = Set<Int>(), yearless = Set<Int>()
        func addDate(_ value: String?) {
            guard let s = TimexSpan.parse(value), s.kind == .day else { return }
            if let d = s.first { days.insert(d) } else if let y = s.yearless { yearless.insert(y) }
        }
        addDate(claim.date.value)
        var harmful: [Int] = []
        var blamed: [Int] = []
        var joint = false, happened = false, notHappened = false
        for g in events {
            let f = features[g]
            if let d = f.day { days.insert(d) } else if let y = f.yearless { yearless.insert(y) }
            if (f.quad == 1 || f.quad == 2) && !f.negated && f.sources.count > 1 { joint = true }
            if f.negated || (denies && !ClaimProfile.isOwnRebuttal(f, speakerSide: speakerSideId)) { notHappened = true } else { happened = true }
            if f.harm, !denies, !f.response {
                harmful.append(g)
                blamed += f.sources
            }
        }
        if claim.stance == .accuse { for a in claim.about { blamed.append(sides.id(corpus.sides.side(a))) } }
        if days.isEmpty && yearless.isEmpty { addDate(corpus.parts[part].document.published) }
        self.days = days.sorted()
        self.yearless = yearless.sorted()
        self.harmful = harmful
        self.blamed = SortedInts.make(blamed)
        self.joint = joint
        saysHappened = happened
        saysNotHappened = notHappened
        figures = CasualtyFigures.extract(claim.text)
    }

    /// What kind of harm a CAMEO root is, for telling whether two accounts blame each other for
    /// one situation: violence (18 assault, 19 fight, 20 mass violence) is one kind — one side's
    /// "shelling" is the other's "attack" — every other root its own (a deployment is not the
    /// shelling it is blamed for).
    static func harmKind(_ root: Int) -> Int { (18...20).contains(root) ? 18 : root }

    /// The speaker's own act of rejecting or criticising (`Russia denied the accusation` codes
    /// Russia's `120`): a denial does not deny its own act.
    static func isOwnRebuttal(_ f: EventFeatures, speakerSide: Int) -> Bool {
        (f.root == 11 || f.root == 12) && f.sources == [speakerSide] && !f.negated
    }

    /// Harm said to have happened or to be planned, not merely supposed: material conflict
    /// (quad 4) and threats (13x, which is also how a planned attack is coded). Accusing,
    /// criticising, rejecting, demanding and investigating (09–12) are speech acts of the
    /// speaker, not harm anyone could be blamed for: counting them would make every accuser
    /// blame himself.
    static func isHarm(_ e: Event) -> Bool {
        let root = Int(EventCode.rootOf(e.cameo)) ?? 0
        return (e.quad == 4 || (e.quad == 3 && root >= 13)) && !e.negated && e.modality != .hypothetical
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
        if !yearless.isEmpty || !other.yearless.isEmpty {
            let mine = yearless + days.map(CivilDate.yearlessFromOrdinal)
            let theirs = other.yearless + other.days.map(CivilDate.yearlessFromOrdinal)
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
