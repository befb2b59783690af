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

        struct Pending { var event: CodedEvent; var sentence: Int; var claim: Int? }
        struct PendingClaim { var frame: ClaimFrame; var sentence: Int; var speaker: [String]; var via: String?; var events: [Int] }
        var events: [Pending] = []
        var claims: [PendingClaim] = []
        /// The claim covering the rest of a paragraph, with the parties it reports.
        var covering: (paragraph: Int, claim: Int, parties: Set<String>)?
        // Position of the first input of each sentence index and first sentence of each
        // paragraph (looked up per event and per sentence: no scans of the whole document).
        var position = FirstValues()
        var paragraphStart = FirstValues()
        for (k, i) in inputs.enumerated() {
            position.note(i.index, k)
            paragraphStart.note(i.paragraph, i.index)
        }

        for (n, input) in inputs.enumerated() {
            if let first = seen.repeated(n, in: inputs) {
                out.notes[input.index, default: []].append("repeats sentence \(inputs[first].index): not coded again")
                continue
            }
            let coded = coder.code(input)
            if explaining { out.coded[input.index] = coded }
            if !coded.notes.isEmpty { out.notes[input.index, default: []] += coded.notes }
            if let c = covering, c.paragraph != input.paragraph { covering = nil }

            // Claims of this sentence.
            var claimOfFrame: [Int: Int] = [:]
            for (k, f) in coded.frames.enumerated() where !coded.speakers[k].isEmpty {
                if let c = covering, Set(coded.speakers[k]).isSubset(of: c.parties) {
                    claimOfFrame[k] = c.claim
                    out.notes[input.index, default: []].append("`\(f.notes.first ?? "")` by parties of claim c\(c.claim + 1): part of that report")
                    continue
                }
                claims.append(PendingClaim(frame: f, sentence: input.index, speaker: coded.speakers[k], via: coded.vias[k], events: []))
                claimOfFrame[k] = claims.count - 1
                if covering?.paragraph == input.paragraph { covering = nil }
            }
            for e in coded.events {
                var claim: Int?
                if let f = e.frame { claim = claimOfFrame[f] }
                if claim == nil, e.frame == nil, let c = covering, c.paragraph == input.paragraph { claim = c.claim }
                var ev = e
                if ev.anaphoricTarget, ev.target.isEmpty {
                    let harmfulOther = { (x: CodedEvent) -> Bool in
                        x.triggerTokens != ev.triggerTokens && EventCode.quadClass(root: CameoTransform.root(x.cameo)) == 4
                            && !x.source.isEmpty && x.source != ev.source
                    }
                    let prior = coded.events.first(where: harmfulOther) ?? events.reversed().lazy.map(\.event).first(where: harmfulOther)
                    if let p = prior { ev.target = p.source; ev.notes.append("target: \(p.source.joined(separator: ", ")) (who did `\(p.trigger)`)") }
                }
                events.append(Pending(event: ev, sentence: input.index, claim: claim))
                if let c = claim { claims[c].events.append(events.count - 1) }
            }
            // `Theo X, …` at the start of a paragraph's first sentence covers the paragraph.
            if let k = coded.frames.firstIndex(where: { $0.opensSentence }), let c = claimOfFrame[k],
               paragraphStart[input.paragraph] == input.index {
                var parties = Set<String>()
                for i in claims[c].events { parties.formUnion(events[i].event.source); parties.formUnion(events[i].event.target) }
                covering = (input.paragraph, c, parties)
            } else if let c = covering, c.paragraph == input.paragraph {
                var parties = c.parties
                for i in claims[c.claim].events { parties.formUnion(events[i].event.source); parties.formUnion(events[i].event.target) }
                covering = (c.paragraph, c.claim, parties)
            }
        }

        // Dates, then merge repeats.
        func role(_ sentence: Int) -> SentenceRole? { position[sentence].map { inputs[$0].role } }
        let dates = events.map { date($0.sentence, $0.event.triggerByte) }
        var keep = [Bool](repeating: true, count: events.count)
        // `X rejected the plan, and said they also opposed …`: the same act of the same party in
        // one sentence without a target adds nothing to the one with its target.
        // (Keys are compared field by field: actor ids are slugs, so that is the same as
        // comparing the fields joined into one text, without building it.)
        func actKey(_ i: Int) -> ActKey {
            let e = events[i].event
            return ActKey(sentence: events[i].sentence, cameo: e.cameo, source: e.source, target: nil,
                          date: dates[i].date.value ?? "", negated: e.negated)
        }
        var withTarget = ActIndex()
        for (i, p) in events.enumerated() where keep[i] && !p.event.target.isEmpty && !p.event.source.isEmpty {
            let k = actKey(i)
            if withTarget[k] == nil { withTarget.insert(k, i) }
        }
        for (i, p) in events.enumerated() where keep[i] && p.event.target.isEmpty && !p.event.source.isEmpty {
            let e = p.event
            if let j = withTarget[actKey(i)] {
                keep[i] = false
                out.notes[p.sentence, default: []].append("`\(e.trigger)` repeats `\(events[j].event.trigger)` without its target")
            }
        }
        var firstOf = ActIndex()
        for (i, p) in events.enumerated() where keep[i] {
            let e = p.event
            let k = ActKey(sentence: nil, cameo: e.cameo, source: e.source, target: e.target,
                           date: dates[i].date.value ?? "", negated: e.negated)
            if let j = firstOf[k] {
                keep[i] = false
                out.notes[p.sentence, default: []].append("`\(e.trigger)` repeats the event of sentence \(events[j].sentence)")
                continue
            }
            firstOf.insert(k, i)
        }
        func roots(_ ids: [String]) -> Set<String> { Set(ids.compactMap(countryOf)) }
        for (i, p) in events.enumerated() where keep[i] && role(p.sentence) == .title {
            let e = p.event
            let root = CameoTransform.root(e.cameo)
            let countries = roots(e.source)
            let repeated = !countries.isEmpty && events.indices.contains { j in
                j != i && keep[j] && role(events[j].sentence) != .title
                    && CameoTransform.root(events[j].event.cameo) == root
                    && roots(events[j].event.source) == countries
                    // `Al-Shabaab tấn công …` is not restated by the army attacking al-Shabaab: one
                    // country's rebels and soldiers share its root.
                    && Set(e.source).isDisjoint(with: events[j].event.target)
            }
            if repeated {
                keep[i] = false
                out.notes[p.sentence, default: []].append("title `\(e.trigger)` restates an event of the body")
            }
        }

        // Ids in reading order (events are already in sentence and trigger order).
        let claimIDs = claims.indices.map { "c\($0 + 1)" }
        var eventID: [Int: String] = [:]
        for (i, p) in events.enumerated() where keep[i] {
            let id = "e\(eventID.count + 1)"
            eventID[i] = id
            let e = p.event
            let code = coder.codebook.code(e.cameo) ?? EventCode(cameo: e.cameo, plover: "", quad: 0, goldstein: 0)
            let text = position[p.sentence].map { inputs[$0].text } ?? ""
            out.events.append(Event(id: id, document: documentID, sentence: p.sentence, text: text, trigger: e.trigger,
                                    code: code, source: e.source, target: e.target, location: e.location,
                                    date: dates[i].date, timeOfDay: dates[i].timeOfDay, negated: e.negated,
                                    modality: e.modality, claim: p.claim.map { claimIDs[$0] }, rule: e.rule))
        }
        for (c, pc) in claims.enumerated() {
            let f = pc.frame
            let evs = pc.events.compactMap { eventID[$0] }
            let ownEvents = pc.events.map { events[$0].event }
            var stance = f.stance
            var about: [String] = []
            if let blame = ownEvents.first(where: \.isBlame) {
                about = blame.target
                if stance == .assert { stance = .accuse }
            } else if stance == .accuse || stance == .disputes || stance == .deny {
                for e in ownEvents where e.triggerTokens.overlaps(f.cue) { about += e.target }
            } else if stance == .assert, !ownEvents.isEmpty, ownEvents.allSatisfy({ $0.negated && $0.modality == .asserted }) {
                // `X khẳng định quân đội nước này không tấn công …`: asserting that nothing happened is a denial.
                stance = .deny
            } else if stance == .assert, !ownEvents.isEmpty, ownEvents.allSatisfy({ $0.modality == .appeal }) {
                // `X nhấn mạnh cần phải có …`: what X says is a call.
                stance = .appeal
                for e in ownEvents { about += e.target }
            }
            let input = position[pc.sentence].map { inputs[$0] }
            let cueText = input.map { SentenceContext.slice($0, f.cue) } ?? ""
            let cueByte = input.map { $0.tokens[f.cue.lowerBound].start }
            let d = date(pc.sentence, cueByte)
            out.claims.append(Claim(id: claimIDs[c], speaker: pc.speaker[0], via: pc.via, cue: cueText, stance: stance,
                                    date: d.date, events: evs, document: documentID, sentence: pc.sentence,
                                    text: input?.text ?? "", about: Array(Set(about)).sorted(), rule: f.rule))
        }
        return out
    }
}

extension DocumentEventCoder {
    /// What makes two events of a document the same act (`sentence` and `target` left nil
    /// where they do not count).
    struct ActKey: Equatable {
        var sentence: Int?
        var cameo: String
        var source: [String]
        var target: [String]?
        var date: String
        var negated: Bool
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
            if key >= dense.count { dense += [Int](repeating: -1, count: key + 1 - dense.count) }
            if dense[key] < 0 { dense[key] = value }
        }

        subscript(_ key: Int) -> Int? {
            guard key >= 0, key < FirstValues.denseLimit else { return sparse[key] }
            return key < dense.count && dense[key] >= 0 ? dense[key] : nil
        }
    }

    /// Acts seen so far, first index per key.
    ///
    /// Keys are bucketed by a number read from the code's bytes and compared field by field
    /// within the bucket: hashing every actor id and date of every event with `Hasher` cost
    /// more than the rest of the document pass. A bucket is a chain through `entries`.
    struct ActIndex {
        private var last: [Int: Int] = [:]
        private var entries: [(key: ActKey, index: Int, next: Int)] = []

        static func bucket(_ k: ActKey) -> Int {
            var v = k.negated ? 1 : 0
            for b in k.cameo.utf8 { v = v &* 31 &+ Int(b) }
            v = v &* 31 &+ k.source.count
            v = v &* 31 &+ (k.source.first?.utf8.count ?? 0)
            return v &* 31 &+ k.date.utf8.count
        }

        /// The index recorded for `k` (keys are recorded once: the caller keeps the first).
        subscript(_ k: ActKey) -> Int? {
            var e = last[ActIndex.bucket(k)] ?? -1
            while e >= 0 {
                if entries[e].key == k { return entries[e].index }
                e = entries[e].next
            }
            return nil
        }

        mutating func insert(_ k: ActKey, _ index: Int) {
            let b = ActIndex.bucket(k)
            entries.append((k, index, last[b] ?? -1))
            last[b] = entries.count - 1
        }
    }
}

extension SentenceContext {
    /// Text of tokens `r` of an input, as written.
    static func slice(_ input: CodingInput, _ r: Range<Int>) -> String {
        guard !r.isEmpty, r.upperBound <= input.tokens.count else { return "" }
        let u = Array(input.text.utf8)
        let a = input.tokens[r.lowerBound].start, b = input.tokens[r.upperBound - 1].end
        guard a <= b, b <= u.count else { return "" }
        return String(decoding: u[a..<b], as: UTF8.self)
    }
}
