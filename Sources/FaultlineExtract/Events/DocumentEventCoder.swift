import FaultlineModel
import FaultlineText

/// Codes the events and claims of a whole document: runs the sentence coder over each
/// sentence once, then links what sentences share.
///
/// Document-level decisions:
/// - A sentence whose text repeats an earlier one (a teaser headline printed twice) is not
///   coded again.
/// - `Theo X, …` opening a paragraph covers the paragraph: later sentences of that
///   paragraph without a frame of their own are part of X's report, and so are frames whose
///   speakers are parties X reports about (`Hai bên còn khẳng định …` after `Theo Bộ Ngoại
///   giao Nga, hai ngoại trưởng …`). Another speaker ends the coverage.
/// - `these attacks` as a target points to the source of the last harmful act.
/// - An act repeated in the document (same code, parties, date, polarity) is one event; a
///   title event is dropped when the body codes the same act between the same countries.
struct DocumentEventCoder {
    let coders: [String: EventCoder]
    /// Country root of an actor id (`RUS`), for comparing titles with the body.
    let countryOf: (String) -> String?

    struct Output {
        var events: [Event] = []
        var claims: [Claim] = []
        /// Each coded sentence by index, kept only while explaining (`Notes.recording`): only
        /// `Explainer` reads it, and keeping it otherwise hashes an entry and retains every
        /// sentence's triggers, frames and events for the whole document.
        var coded: [Int: CodedSentence] = [:]
        /// Per sentence, why nothing or less was coded.
        var notes: [Int: Notes] = [:]
    }

    func code(documentID: String, language: String, inputs: [CodingInput],
              date: (Int, Int?) -> (date: EventDate, timeOfDay: TimeOfDay?)) -> Output {
        var out = Output()
        guard let coder = coders[language] ?? coders["en"] ?? coders.values.first else { return out }
        var seen = SeenSentences(count: inputs.count)
        let explaining = Notes.recording

        // What the output reads of a frame (its cue, stance and rule), not the frame: a copy of
        // the frame retained its notes and rule, and was made twice per claim.
        // The claim's events are a chain through `pending` (`Pending.nextOfClaim`) from `first`
        // to `last` (-1 for none), in order: a list per claim was an allocation per claim.
        struct PendingClaim {
            var cue: Range<Int>; var stance: Stance; var rule: String
            var sentence: Int; var speaker: [String]; var via: String?; var first = -1; var last = -1
        }
        // Filled sentence by sentence, then read as the constant `events` by the passes below
        // (nested functions capturing a `var` would box it and check every access).
        var pending: [Pending] = []
        // About one event per sentence: room for that many, so the list rarely regrows.
        pending.reserveCapacity(inputs.count)
        var claims: [PendingClaim] = []
        var claimOfFrame: [Int] = []
        /// The claim covering the rest of a paragraph, with the parties it reports.
        var covering: (paragraph: Int, claim: Int, parties: Set<String>)?
        // Position of the first input of each sentence index and first sentence of each
        // paragraph (looked up per event and per sentence: no scans of the whole document).
        var firstPosition = FirstValues()
        var firstOfParagraph = FirstValues()
        for (k, i) in inputs.enumerated() {
            firstPosition.note(i.index, k)
            firstOfParagraph.note(i.paragraph, i.index)
        }
        let position = firstPosition, paragraphStart = firstOfParagraph

        // The lists every sentence's coding fills, taken back from each coded sentence.
        var lists = SentenceLists()
        for (n, input) in inputs.enumerated() {
            if let first = seen.repeated(n, in: inputs) {
                out.notes[input.index, default: []].append("repeats sentence \(inputs[first].index): not coded again")
                continue
            }
            var coded = coder.code(input, lists: &lists)
            if explaining { out.coded[input.index] = coded }
            if !coded.notes.isEmpty { out.notes[input.index, default: []] += coded.notes }
            if let c = covering, c.paragraph != input.paragraph { covering = nil }

            // Claims of this sentence: the claim of each frame, -1 for none (an array, not a
            // dictionary per sentence; one list for the whole document, its first `frameCount`
            // entries overwritten per sentence: `removeAll(keepingCapacity:)` went through the
            // generic `replaceSubrange`, some seventy instructions per sentence).
            let frameCount = coded.frames.count
            for k in 0..<frameCount {
                if k < claimOfFrame.count { claimOfFrame[k] = -1 } else { claimOfFrame.append(-1) }
                guard !coded.speakers[k].isEmpty else { continue }
                if let c = covering, Set(coded.speakers[k]).isSubset(of: c.parties) {
                    claimOfFrame[k] = c.claim
                    out.notes[input.index, default: []].append("`\(coded.frames[k].notes.first ?? "")` by parties of claim c\(c.claim + 1): part of that report")
                    continue
                }
                claims.append(PendingClaim(cue: coded.frames[k].cue, stance: coded.frames[k].stance, rule: coded.frames[k].rule,
                                           sentence: input.index, speaker: coded.speakers[k], via: coded.vias[k]))
                claimOfFrame[k] = claims.count - 1
                if covering?.paragraph == input.paragraph { covering = nil }
            }
            // The sentence's events are taken out of `coded` and moved one by one into
            // `pending` (`popLast` of a reversed list hands each over without a copy): copying
            // an event retained its dozen strings and lists, and freeing `coded` released them.
            var sentenceEvents: [CodedEvent] = []
            swap(&sentenceEvents, &coded.events)
            // `these attacks`: the sources are read from the sentence's events as coded (a
            // fixed target changes no source or trigger) and from earlier sentences.
            for x in sentenceEvents.indices where sentenceEvents[x].anaphoricTarget && sentenceEvents[x].target.isEmpty {
                if let p = DocumentEventCoder.harmfulPrior(of: sentenceEvents[x], in: sentenceEvents, before: pending) {
                    sentenceEvents[x].target = p.source
                    sentenceEvents[x].notes.append("target: \(p.source.joined(separator: ", ")) (who did `\(p.trigger)`)")
                }
            }
            // Reversed through the buffer, whose swaps move events bitwise (the array's own
            // `reverse` copied each event, retaining its fields).
            if sentenceEvents.count > 1 { sentenceEvents.withUnsafeMutableBufferPointer { $0.reverse() } }
            while let ev = sentenceEvents.popLast() {
                var claim: Int?
                if let f = ev.frame, f >= 0, f < frameCount, claimOfFrame[f] >= 0 { claim = claimOfFrame[f] }
                if claim == nil, ev.frame == nil, let c = covering, c.paragraph == input.paragraph { claim = c.claim }
                pending.append(Pending(event: ev, sentence: input.index, claim: claim))
                if let c = claim {
                    let p = pending.count - 1
                    if claims[c].last >= 0 { pending[claims[c].last].nextOfClaim = p } else { claims[c].first = p }
                    claims[c].last = p
                }
            }
            // `Theo X, …` at the start of a paragraph's first sentence covers the paragraph.
            if let k = coded.frames.firstIndex(where: { $0.opensSentence }), claimOfFrame[k] >= 0,
               paragraphStart[input.paragraph] == input.index {
                let c = claimOfFrame[k]
                var parties = Set<String>()
                var i = claims[c].first
                while i >= 0 { parties.formUnion(pending[i].event.source); parties.formUnion(pending[i].event.target); i = pending[i].nextOfClaim }
                covering = (input.paragraph, c, parties)
            } else if let c = covering, c.paragraph == input.paragraph {
                var parties = c.parties
                var i = claims[c.claim].first
                while i >= 0 { parties.formUnion(pending[i].event.source); parties.formUnion(pending[i].event.target); i = pending[i].nextOfClaim }
                covering = (c.paragraph, c.claim, parties)
            }
            // The events list, emptied above, goes back with the others.
            if sentenceEvents.capacity > 0 { swap(&sentenceEvents, &coded.events) }
            lists.takeBack(&coded)
        }

        // Dates, then merge repeats.
        // One list of what the passes note per event (`EventFacts`), filled by a loop reading
        // fields in place (`pending.map` handed each event to its closure as a copy).
        var facts: [EventFacts] = []
        facts.reserveCapacity(pending.count)
        for i in pending.indices {
            let d = date(pending[i].sentence, pending[i].event.triggerByte)
            facts.append(EventFacts(date: d.date, timeOfDay: d.timeOfDay,
                                    hash: DocumentEventCoder.actHash(pending[i].event, d.date)))
        }
        // The passes read the events as the constant `events`, released when they are done, so
        // that the output loop below can move fields out of `pending` (then its only reference).
        do {
            let events = pending
            func role(_ sentence: Int) -> SentenceRole? { position[sentence].map { inputs[$0].role } }
            // Events are read in place by index (`events[i].event.cameo`): binding `let e =
            // events[i].event` copied the whole event, a dozen reference counts, per question.
            // `X rejected the plan, and said they also opposed …`: the same act of the same party in
            // one sentence without a target adds nothing to the one with its target.
            // (Keys are compared field by field: actor ids are slugs, so that is the same as
            // comparing the fields joined into one text, without building it.)
            func sameAct(_ i: Int, _ j: Int, sentence: Bool, target: Bool) -> Bool {
                (!sentence || events[i].sentence == events[j].sentence) && events[i].event.negated == events[j].event.negated
                    && events[i].event.cameo == events[j].event.cameo && events[i].event.source == events[j].event.source
                    && (!target || events[i].event.target == events[j].event.target)
                    && (facts[i].date.value ?? "") == (facts[j].date.value ?? "")
            }
            var withTarget = ActIndex(capacity: events.count)
            for i in events.indices where facts[i].keep && !events[i].event.target.isEmpty && !events[i].event.source.isEmpty {
                let h = facts[i].hash
                if withTarget.first(h, where: { sameAct(i, $0, sentence: true, target: false) }) == nil { withTarget.insert(h, i) }
            }
            for i in events.indices where facts[i].keep && events[i].event.target.isEmpty && !events[i].event.source.isEmpty {
                let h = facts[i].hash
                if let j = withTarget.first(h, where: { sameAct(i, $0, sentence: true, target: false) }) {
                    facts[i].keep = false
                    out.notes[events[i].sentence, default: []].append("`\(events[i].event.trigger)` repeats `\(events[j].event.trigger)` without its target")
                }
            }
            var firstOf = ActIndex(capacity: events.count)
            for i in events.indices where facts[i].keep {
                let h = facts[i].hash
                if let j = firstOf.first(h, where: { sameAct(i, $0, sentence: false, target: true) }) {
                    facts[i].keep = false
                    out.notes[events[i].sentence, default: []].append("`\(events[i].event.trigger)` repeats the event of sentence \(events[j].sentence)")
                    continue
                }
                firstOf.insert(h, i)
            }
            // Country roots of each event's sources, computed on first use (the title check asks
            // for the same events again for every title event). The list is made on the first
            // question too: most documents have no title event left to check.
            var rootsOf: [Set<String>?] = []
            func roots(_ i: Int) -> Set<String> {
                if rootsOf.isEmpty { rootsOf = Array(repeating: nil, count: events.count) }
                if let r = rootsOf[i] { return r }
                let r = Set(events[i].event.source.compactMap(countryOf))
                rootsOf[i] = r
                return r
            }
            for i in events.indices where facts[i].keep && role(events[i].sentence) == .title {
                let root = CameoTransform.root(events[i].event.cameo)
                let countries = roots(i)
                var repeated = false
                if !countries.isEmpty {
                    for j in events.indices where j != i && facts[j].keep && role(events[j].sentence) != .title
                        && CameoTransform.root(events[j].event.cameo) == root && roots(j) == countries
                        // `Al-Shabaab tấn công …` is not restated by the army attacking al-Shabaab: one
                        // country's rebels and soldiers share its root.
                        && Set(events[i].event.source).isDisjoint(with: events[j].event.target) {
                        repeated = true
                        break
                    }
                }
                if repeated {
                    facts[i].keep = false
                    out.notes[events[i].sentence, default: []].append("title `\(events[i].event.trigger)` restates an event of the body")
                }
            }
        }

        // Ids in reading order (events are already in sentence and trigger order).
        // `"c" + String(n)`, not an interpolation: that goes through `description` of an existential.
        let claimIDs = claims.indices.map { DocumentEventCoder.id(UInt8(ascii: "c"), $0 + 1) }
        // Id of each event by position (`EventFacts.id`), nil for a dropped one.
        var kept = 0
        out.events.reserveCapacity(pending.count)
        // Each event's date is moved out of `facts` (not read after this loop), and its trigger,
        // source, location and rule out of `pending` (the claims below read only targets, flags
        // and chains): a copy retained each, released again with the list.
        let noDate = EventDate.none
        for i in pending.indices {
            guard facts[i].keep else { continue }
            kept += 1
            let id = DocumentEventCoder.id(UInt8(ascii: "e"), kept)
            facts[i].id = id
            // Fields read in place: `let e = pending[i].event` copied the whole event.
            let sentence = pending[i].sentence
            let cameo = pending[i].event.cameo
            let code = coder.codebook.code(cameo) ?? EventCode(cameo: cameo, plover: "", quad: 0, goldstein: 0)
            let text = position[sentence].map { inputs[$0].text } ?? ""
            var date = noDate
            swap(&date, &facts[i].date)
            var trigger = "", source: [String] = [], location: [String] = [], rule = ""
            swap(&trigger, &pending[i].event.trigger)
            swap(&source, &pending[i].event.source)
            swap(&location, &pending[i].event.location)
            swap(&rule, &pending[i].event.rule)
            out.events.append(Event(id: id, document: documentID, sentence: sentence, text: text, trigger: trigger,
                                    code: code, source: source, target: pending[i].event.target,
                                    location: location, date: date, timeOfDay: facts[i].timeOfDay,
                                    negated: pending[i].event.negated, modality: pending[i].event.modality,
                                    claim: pending[i].claim.map { claimIDs[$0] }, rule: rule))
        }
        let events = pending
        out.claims.reserveCapacity(claims.count)
        for c in claims.indices {
            // The claim's events, walked along their chain (no list of them).
            let own = ClaimEvents(events: events, position: claims[c].first)
            let cue = claims[c].cue, sentence = claims[c].sentence
            // Most claims report one event: a one-element list made directly (`reserveCapacity`
            // and `compactMap` went through longer paths); none for a claim without events.
            var evs: [String] = []
            if own.isSingle {
                if let id = facts[own.position].id { evs = [id] }
            } else if !own.isEmpty {
                // Sized once: appended one by one, the list was regrown for the second event.
                evs.reserveCapacity(own.count)
                for i in own { if let id = facts[i].id { evs.append(id) } }
            }
            var stance = claims[c].stance
            var about: [String] = []
            if let blame = own.first(where: { events[$0].event.isBlame }) {
                about = events[blame].event.target
                if stance == .assert { stance = .accuse }
            } else if stance == .accuse || stance == .disputes || stance == .deny {
                for i in own where events[i].event.triggerTokens.overlaps(cue) { about += events[i].event.target }
            } else if stance == .assert, !own.isEmpty, own.allSatisfy({ events[$0].event.negated && events[$0].event.modality == .asserted }) {
                // `X khẳng định quân đội nước này không tấn công …`: asserting that nothing happened is a denial.
                stance = .deny
            } else if stance == .assert, !own.isEmpty, own.allSatisfy({ events[$0].event.modality == .appeal }) {
                // `X nhấn mạnh cần phải có …`: what X says is a call.
                stance = .appeal
                for i in own { about += events[i].event.target }
            }
            let input = position[sentence].map { inputs[$0] }
            let cueText = input.map { SentenceContext.slice($0, cue) } ?? ""
            let cueByte = input.map { $0.tokens[cue.lowerBound].start }
            let d = date(sentence, cueByte)
            out.claims.append(Claim(id: claimIDs[c], speaker: claims[c].speaker[0], via: claims[c].via, cue: cueText, stance: stance,
                                    date: d.date, events: evs, document: documentID, sentence: sentence,
                                    text: input?.text ?? "", about: DocumentEventCoder.sortedUnique(about), rule: claims[c].rule))
        }
        return out
    }
}

extension DocumentEventCoder {
    /// What the document pass notes per event, in one list for the document: its date, its
    /// `ActIndex` bucket, whether it is kept and its id. Separate lists of each cost an
    /// allocation apiece per document, some 700–1,000 instructions each to make and fill.
    struct EventFacts {
        var date: EventDate
        var timeOfDay: TimeOfDay?
        /// `DocumentEventCoder.actHash` of the event, computed once for the three passes.
        var hash: Int
        /// False once a pass finds the event repeats another.
        var keep = true
        /// `e1`, `e2` … for kept events, given by the output loop.
        var id: String? = nil
    }

    /// An event of the document pass, with its sentence and the claim reporting it.
    struct Pending {
        var event: CodedEvent; var sentence: Int; var claim: Int?
        /// The next event of the same claim (its position in the list), -1 for none.
        var nextOfClaim = -1
    }

    /// The positions of a claim's events in the document's list, in order, read along the
    /// chain `Pending.nextOfClaim` from the first one (`next`, -1 for none).
    struct ClaimEvents: Sequence, IteratorProtocol {
        let events: [Pending]
        /// The next event to hand out, -1 when done.
        var position: Int

        var isEmpty: Bool { position < 0 }
        /// Exactly one event.
        var isSingle: Bool { position >= 0 && events[position].nextOfClaim < 0 }

        /// How many events are left (a walk along the chain).
        var count: Int {
            var n = 0
            var p = position
            while p >= 0 { n += 1; p = events[p].nextOfClaim }
            return n
        }

        mutating func next() -> Int? {
            guard position >= 0 else { return nil }
            let p = position
            position = events[p].nextOfClaim
            return p
        }
    }

    /// For `these attacks`: the first harmful act of the sentence by another party, else the
    /// last one of earlier sentences (a loop over positions: no copy of the events searched).
    static func harmfulPrior(of ev: CodedEvent, in sentence: [CodedEvent], before earlier: [Pending]) -> CodedEvent? {
        func harmfulOther(_ x: CodedEvent) -> Bool {
            x.triggerTokens != ev.triggerTokens && EventCode.quadClass(root: CameoTransform.root(x.cameo)) == 4
                && !x.source.isEmpty && x.source != ev.source
        }
        for k in sentence.indices where harmfulOther(sentence[k]) { return sentence[k] }
        for k in earlier.indices.reversed() where harmfulOther(earlier[k].event) { return earlier[k].event }
        return nil
    }

    /// The bucket number of an event for `ActIndex`: read from the code's bytes and the lengths
    /// of its source and date (fields every key compares; sentence and target are left out, as
    /// one of the two keys ignores each).
    static func actHash(_ e: CodedEvent, _ date: EventDate) -> Int {
        var v = e.negated ? 1 : 0
        for b in e.cameo.utf8 { v = v &* 31 &+ Int(b) }
        v = v &* 31 &+ e.source.count
        v = v &* 31 &+ (e.source.first?.utf8.count ?? 0)
        return v &* 31 &+ (date.value?.utf8.count ?? 0)
    }

    /// `prefix` followed by the decimal digits of `n` (`e12`, `c3`), `n` ≥ 0.
    ///
    /// Written byte by byte: `"e" + String(n)` went through `description` of an existential
    /// and a string append, some 400 instructions for each event and claim id.
    static func id(_ prefix: UInt8, _ n: Int) -> String {
        var digits = 1
        var rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = prefix
            var v = n
            for k in stride(from: digits, through: 1, by: -1) {
                buffer[k] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: v % 10)
                v /= 10
            }
            return digits + 1
        }
    }

    /// `Array(Set(xs)).sorted()` without the set: sorted, then each run of equal values once.
    static func sortedUnique(_ xs: [String]) -> [String] {
        guard xs.count > 1 else { return xs }
        var out: [String] = []
        for x in xs.sorted() where out.last != x { out.append(x) }
        return out
    }

    /// The first value noted per key (sentence index → position, paragraph → first sentence):
    /// an array for the small non-negative keys documents have, a dictionary for any other.
    struct FirstValues {
        private var dense: [Int] = []
        private var sparse: [Int: Int] = [:]
        static let denseLimit = 1 << 14

        mutating func note(_ key: Int, _ value: Int) {
            guard key >= 0, key < FirstValues.denseLimit else {
                if sparse[key] == nil { sparse[key] = value }
                return
            }
            if key >= dense.count {
                // Grown by doubling: keys come one by one in increasing order.
                let size = min(FirstValues.denseLimit, max(key + 1, 2 * dense.count, 16))
                dense.append(contentsOf: repeatElement(-1, count: size - dense.count))
            }
            if dense[key] < 0 { dense[key] = value }
        }

        subscript(_ key: Int) -> Int? {
            guard key >= 0, key < FirstValues.denseLimit else { return sparse[key] }
            return key < dense.count && dense[key] >= 0 ? dense[key] : nil
        }
    }

    /// Acts seen so far: the first event position recorded per act (and, for `SeenSentences`,
    /// the first sentence recorded per wording).
    ///
    /// Positions are chained per bucket (`DocumentEventCoder.actHash`) in a table sized for
    /// the document's events, and compared by the caller field by field within a bucket:
    /// hashing every actor id and date of every event with `Hasher`, or keeping a copy of
    /// every key, cost more than the rest of the document pass.
    struct ActIndex {
        /// Per bucket, the last entry recorded in it (-1 for none); a power of two long.
        private var heads: [Int] = []
        /// Per entry: its hash, the position recorded, the previous entry of its bucket.
        private var entries: [(hash: Int, value: Int, next: Int)] = []

        init(capacity: Int) {
            var size = 8
            while size < 2 * capacity { size *= 2 }
            // Filled in one step (an append per bucket cost some eight instructions a bucket).
            heads = [Int](repeating: -1, count: size)
            entries.reserveCapacity(capacity)
        }

        /// `heads.count` is a power of two: the low bits of the hash pick the bucket.
        private func bucket(_ hash: Int) -> Int { hash & (heads.count - 1) }

        /// The first position recorded under `hash` for which `same` holds (keys are recorded
        /// once: the caller keeps the first).
        func first(_ hash: Int, where same: (Int) -> Bool) -> Int? {
            var e = heads[bucket(hash)]
            while e >= 0 {
                if entries[e].hash == hash, same(entries[e].value) { return entries[e].value }
                e = entries[e].next
            }
            return nil
        }

        mutating func insert(_ hash: Int, _ value: Int) {
            let b = bucket(hash)
            entries.append((hash, value, heads[b]))
            heads[b] = entries.count - 1
        }
    }
}

extension SentenceContext {
    /// Text of tokens `r` of an input, as written.
    static func slice(_ input: CodingInput, _ r: Range<Int>) -> String {
        guard !r.isEmpty, r.upperBound <= input.tokens.count else { return "" }
        // The string's UTF-8 view, not an array of it: native strings index it by offset.
        let text = input.text, u = text.utf8
        let a = input.tokens[r.lowerBound].start, b = input.tokens[r.upperBound - 1].end
        guard a >= 0, a <= b, b <= u.count else { return "" }
        return SentenceContext.copy(text, bytes: a..<b)
    }
}
