import FaultlineModel
import FaultlineText

/// An event found in one sentence, before the document pass gives it an id and a date.
struct CodedEvent: Sendable, Hashable {
    var trigger: String
    /// Token range of the trigger's first part.
    var triggerTokens: Range<Int>
    /// UTF-8 offset of the trigger in the sentence (for dating by the nearest time expression).
    var triggerByte: Int
    var cameo: String
    var rule: String
    var source: [String]
    var target: [String]
    var location: [String]
    var negated: Bool
    var modality: Modality
    /// Index of the claim frame that reports it, nil when the narrator states it.
    var frame: Int?
    /// The act of blaming that a claim performs (`112`), added by the claim pass.
    var isBlame = false
    /// A response to another act (`repelled`): blames nobody.
    var defensive = false
    /// The target is "these attacks": the source of the last harmful act, resolved by the document pass.
    var anaphoricTarget = false
    /// Decisions taken, for explanations.
    var notes = Notes()
    /// A joint act of several parties (`A và B hội đàm`), coded from the first to the others:
    /// a later act of the sentence without a subject is all of theirs.
    var joint = false
}

/// What the coder found in one sentence.
struct CodedSentence: Sendable {
    var events: [CodedEvent] = []
    var frames: [ClaimFrame] = []
    /// Speaker and relay actor ids per frame.
    var speakers: [[String]] = []
    var vias = FrameVias()
    var triggers: [TriggerMatch] = []
    /// The clauses (none for a sentence without triggers unless notes are recorded).
    var clauses: [Range<Int>] = []
    /// Why the sentence was not coded, when it was not.
    var skipped: String?
    var notes = Notes()
}

/// Codes the events of one sentence: triggers from the verb lexicon, one head act per
/// clause (governing verbs and nouns folded into it), roles from the actor positions,
/// modality and negation from the markers around the trigger.
///
/// Pure and `Sendable`: one coder serves every thread.
///
/// A final class, not a struct: the coder's methods and the closures inside them hold
/// `self`, and copying a struct of five lexicons retained every array of each (hundreds of
/// instructions per copy, thousands of copies per run); a class reference is one retain.
final class EventCoder: Sendable {
    let language: String
    /// `language == "en"`, asked at many steps of the coder: a flag instead of a string comparison.
    let isEnglish: Bool
    let verbs: VerbLexicon
    let markers: MarkerLexicon
    let reporting: ReportingLexicon
    let codebook: CameoCodebook
    /// The first keys of the three lexicons in one table: one lookup per token finds which
    /// of them may start a phrase there (made once per coder).
    let firstKeys: FirstKeyTable
    /// The rule of a blame event (`en.claim.blame`), made once: interpolated per event it
    /// built a string each time.
    let blameRule: String

    init(language: String, verbs: VerbLexicon, markers: MarkerLexicon, reporting: ReportingLexicon, codebook: CameoCodebook) {
        self.language = language
        self.isEnglish = language == "en"
        self.verbs = verbs
        self.markers = markers
        self.reporting = reporting
        self.codebook = codebook
        self.firstKeys = FirstKeyTable(markers: markers, verbs: verbs, reporting: reporting)
        self.blameRule = "\(language).claim.blame"
    }

    func code(_ input: CodingInput) -> CodedSentence {
        var lists = SentenceLists()
        return code(input, lists: &lists)
    }

    /// `code(_:)` filling the lists the document pass keeps for all its sentences (see
    /// `SentenceLists`): each is moved into the result, and the pass takes it back.
    func code(_ input: CodingInput, lists: inout SentenceLists) -> CodedSentence {
        switch input.role {
        case .signoff, .boilerplate:
            var out = CodedSentence()
            out.skipped = "sentence role \(input.role.rawValue): never coded"
            return out
        default: break
        }
        // The result's parts are kept in locals and the result made at the end: a `CodedSentence`
        // filled as it went (and passed `inout`) was copied field by field on return.
        var notes = Notes()
        // Whether notes are kept, asked once for the sentence (see `StepNotes`).
        let explaining = Notes.recording
        var ctx = SentenceContext(input, markers: markers, firstKeys: firstKeys)
        if ctx.limit < ctx.tokens.count { notes.append("caption: coded up to the credit at token \(ctx.limit)") }
        // Only a caption cut at its credit needs a shorter copy (copying retains every token's text).
        let tokens = ctx.limit == ctx.tokens.count ? ctx.tokens : Array(ctx.tokens.prefix(ctx.limit))
        // The closures read the token table, a constant (capturing the `var` context copied it
        // per call; a constant copy of the whole context retained each of its parts).
        let table = ctx.table
        var list = SentenceLists.take(&lists.triggers)
        verbs.matches(in: tokens, table: table,
                      blocked: { table[$0].mention >= 0 || table[$0].inTimex },
                      isBarrier: { $0 >= 0 && $0 < table.count && table[$0].clausePunctuation }, into: &list)
        let triggers = list
        ctx.triggerTokens = EventCoder.triggerFlags(triggers)
        ctx.verbal = TriggerVerdicts(triggers) { decideVerbal(ctx, $0) }
        var frameList = SentenceLists.take(&lists.frames)
        ClaimFrameDetector(ctx: ctx, coder: self).frames(into: &frameList)
        let frames = frameList
        let (speakers, vias) = EventCoder.speakersAndVias(frames, ctx.groups)
        if !ctx.domains.isEmpty {
            notes.append("domain words: " + ctx.domains.map(\.rawValue).sorted().joined(separator: ", "))
        }
        // Clauses only hold heads, and a sentence without triggers has none: its clauses are
        // split only for the explainer (when notes are recorded), which shows them.
        var clauses = SentenceLists.take(&lists.clauses)
        if !triggers.isEmpty || explaining { clauseRanges(ctx, triggers: triggers, frames: frames, into: &clauses) }
        // What stands before each group: the same for every head of the sentence.
        let infos = triggers.isEmpty ? GroupInfoTable() : EventCoder.groupInfos(ctx)

        var events = SentenceLists.take(&lists.events)
        clauseEvents(ctx, triggers: triggers, clauses: clauses, frames: frames, speakers: speakers, infos: infos,
                     explaining: explaining, notes: &notes, into: &events)
        // Statements that are acts themselves (`ra thông báo`, `issued a statement`) come from
        // the reporting lexicon.
        // By index: `enumerated()` copied every frame (its strings and notes).
        for k in frames.indices {
            guard let code = reporting.cues[frames[k].cueIndex].cameo, !speakers[k].isEmpty else { continue }
            let cue = frames[k].cue
            if events.contains(where: { $0.triggerTokens.overlaps(cue) }) { continue }
            events.append(CodedEvent(trigger: EventCoder.quote(ctx, cue), triggerTokens: cue, triggerByte: ctx.tokens[cue.lowerBound].start,
                                     cameo: code, rule: frames[k].rule, source: speakers[k], target: [], location: [],
                                     negated: false, modality: .asserted, frame: k, notes: ["the statement itself is an act"]))
        }
        // `đẩy lui các cuộc tấn công này`: whoever did the last harmful act of the sentence
        // (the document pass looks further back when the sentence has none).
        for i in events.indices where events[i].anaphoricTarget && events[i].target.isEmpty {
            if let p = events[..<i].last(where: { CameoTransform.isHarmful($0.cameo) && !$0.source.isEmpty && $0.source != events[i].source }) {
                events[i].target = p.source
                events[i].anaphoricTarget = false
                events[i].notes.append("target: \(p.source.joined(separator: ", ")) (who did `\(p.trigger)`)")
            }
        }
        blame(ctx, events: &events, frames: frames, speakers: speakers)
        // Sorted and deduplicated in place (`sort` orders as `sorted` does), then moved out.
        events.sort { ($0.triggerTokens.lowerBound, $0.cameo) < ($1.triggerTokens.lowerBound, $1.cameo) }
        dedupe(&events)
        return CodedSentence(events: events, frames: frames, speakers: speakers, vias: vias, triggers: triggers, clauses: clauses,
                             skipped: nil, notes: notes)
    }

    /// The speaker and relay actor ids of each frame, in one loop over the frames.
    ///
    /// Two `map`s over the frames built each list through the runtime's unspecialised array
    /// path (a `[[String]]` and a `[String?]` buffer grown per sentence); most sentences have
    /// no frame, and then no list is allocated at all, and most frames no relay (`FrameVias`).
    static func speakersAndVias(_ frames: [ClaimFrame], _ groups: ActorGroups) -> (speakers: [[String]], vias: FrameVias) {
        guard !frames.isEmpty else { return ([], FrameVias()) }
        var speakers: [[String]] = [], vias = FrameVias()
        speakers.reserveCapacity(frames.count)
        for k in frames.indices {
            speakers.append(frames[k].speaker.map { groups.actors($0) } ?? [])
            if let v = frames[k].via, let first = groups.actors(v).first { vias.set(first, at: k, count: frames.count) }
        }
        return (speakers, vias)
    }

    /// The events of the clauses' head acts, in clause order.
    ///
    /// The heads are positions only (`Head`), at most one per trigger: they are kept in a
    /// scratch buffer on the stack for the sentence instead of an array grown per sentence.
    private func clauseEvents(_ ctx: SentenceContext, triggers: [TriggerMatch], clauses: [Range<Int>], frames: [ClaimFrame],
                              speakers: [[String]], infos: GroupInfoTable, explaining: Bool, notes: inout Notes,
                              into events: inout [CodedEvent]) {
        // A clause without triggers has no head.
        guard !triggers.isEmpty else { return }
        // At most one event per trigger, plus the statements and blames `code` adds (one per
        // frame each): reserved once, where appending grew the array through the generic path.
        let room = triggers.count + 2 * frames.count
        if events.capacity < room { events.reserveCapacity(room) }
        withUnsafeTemporaryAllocation(of: Head.self, capacity: triggers.count) { heads in
            var headCount = 0
            var previous: (at: Int, source: [String])?
            for clause in clauses {
                // The clause's triggers: the sentence's triggers are ordered by start, so those of
                // a clause are a run of them, read in place; a filtered copy only if they are not.
                var lo = -1, count = 0
                for i in triggers.indices where clause.contains(triggers[i].start) {
                    if lo < 0 { lo = i }
                    count += 1
                }
                // A clause without triggers has no head.
                if count == 0 { continue }
                var contiguous = true
                for i in lo..<(lo + count) where !clause.contains(triggers[i].start) { contiguous = false; break }
                let inClause = contiguous ? triggers : triggers.filter { clause.contains($0.start) }
                let run = contiguous ? lo..<(lo + count) : 0..<count
                // Heads come from the main triggers; the others are folded into the last head.
                var ts = inClause, range = run, extra: [TriggerMatch] = []
                if let main = mainTriggers(ctx, inClause, run, clause: clause) {
                    extra = inClause[run].filter { t in !main.contains { $0.start == t.start } }
                    ts = main
                    range = 0..<main.count
                }
                let first = headCount
                self.heads(ctx, ts, range, into: heads, count: &headCount)
                for k in first..<headCount {
                    if let e = event(ctx, head: heads[k], in: ts, extra: k == headCount - 1 ? extra : [], clause: clause, frames: frames,
                                     speakers: speakers, infos: infos,
                                     previousSource: previous, explaining: explaining, sentenceNotes: &notes) {
                        if !e.source.isEmpty { previous = (e.triggerTokens.lowerBound, e.joint ? e.source + e.target : e.source) }
                        // Appended last: the event moves into the array instead of being copied.
                        events.append(e)
                    }
                }
            }
        }
    }

    /// The tokens of every part of `triggers` (no array of the parts is made).
    static func triggerFlags(_ triggers: [TriggerMatch]) -> TokenFlags {
        var flags = TokenFlags()
        for t in triggers {
            flags.insert(t.start..<t.end)
            for r in t.laterParts { flags.insert(r) }
        }
        return flags
    }

    /// The head acts of a clause: the first verb (or the first noun when the clause has no
    /// verb) with its governed chain; an accusation leaves the blamed act its own head.
    ///
    /// The clause's triggers are `ts[range]`; the heads are written to `out` from `count` on
    /// (the sentence's heads: at most one per trigger), with positions in `ts`.
    func heads(_ ctx: SentenceContext, _ ts: [TriggerMatch], _ range: Range<Int>, into out: UnsafeMutableBufferPointer<Head>,
               count: inout Int) {
        var k = range.lowerBound
        let end = range.upperBound
        var coordinatedNext = false
        /// The chain a trigger governs: each governing verb takes the next trigger within eight
        /// tokens. The chain is a run of consecutive triggers, so a range (no array per try).
        func chain(from h: Int) -> Range<Int> {
            var j = h
            while let g = verbs.entries[ts[j].entry].governor, g != .accuse, j + 1 < end,
                  ts[j + 1].start - ts[j].spanEnd <= 8,
                  // `suspending X and arresting Y`: coordinated acts, not a governed one. (A gapped
                  // trigger may end past the next one's start: nothing lies between them then.)
                  !(ts[j].spanEnd..<max(ts[j].spanEnd, ts[j + 1].start)).contains(where: { i in
                      // `urged X to unite and mobilize` coordinates inside the governed act;
                      // `suspending X and arresting Y` coordinates two acts.
                      let coordinationStops = EventCoder.coordinationStops(g)
                      return ctx.groupAt[i] == nil && ((coordinationStops && ctx.has(.joiner, at: i)) || ctx.has(.boundary, at: i) || ctx.has(.subordinator, at: i)
                          || ctx.has(.relative, at: i) || ctx.has(.hypothetical, at: i) || ctx.tokens[i].text == ";")
                  }) {
                // `phủ nhận cáo buộc`: what is denied is the accusation, not an act.
                if g == .deny, CameoTransform.root(verbs.entries[ts[j + 1].entry].cameo) == 11 { break }
                // `ủng hộ chuyến thăm`: endorsing someone's act, not promising one.
                if verbs.entries[ts[j].entry].endorses, !isVerbal(ctx, ts[j + 1]) { break }
                j += 1
            }
            // A governing verb at the end with no act of its own (`nỗ lực` in `tiếp tục nỗ lực`)
            // adds nothing.
            while j > h, verbs.entries[ts[j].entry].cameo.isEmpty { j -= 1 }
            return h..<(j + 1)
        }
        func usable(_ c: Range<Int>) -> Bool { !(c.count == 1 && verbs.entries[ts[c.lowerBound].entry].needsComplement) }
        while k < end {
            // The head: the first verb that is not a governing verb left without its act,
            // else the first noun.
            var picked: (h: Int, chain: Range<Int>)?
            for h in k..<end {
                let c = chain(from: h)
                // A verb heads; so does a governing noun with its act (`its demand that Israel ease …`).
                guard isVerbal(ctx, ts[h]) || c.count > 1 else { continue }
                if usable(c) { picked = (h, c); break }
            }
            if picked == nil {
                for h in k..<end {
                    let c = chain(from: h)
                    if usable(c) { picked = (h, c); break }
                }
            }
            guard let (h, c) = picked else {
                // Nothing codable: keep the triggers for explanations as a head that will be dropped.
                EventCoder.put(into: out, count: &count, Head(at: k, chain: k..<(k + 1), absorbing: (k + 1)..<end, except: k..<k))
                break
            }
            if verbs.entries[ts[h].entry].governor == .accuse {
                EventCoder.put(into: out, count: &count, Head(at: h, chain: h..<(h + 1), absorbing: k..<h, except: h..<h))
                k = h + 1
                continue
            }
            // The other triggers from `k` on (`rest`): `k..<end` outside the chain `c`,
            // searched in place (no array of them is made).
            // A denial is no act of the denier: the denied act heads, negated, with its own roles.
            // English `denied land allocation` (a thing, not an act) is a refusal instead.
            if verbs.entries[ts[h].entry].governor == .deny, c.count > 1,
               !(isEnglish && !isVerbal(ctx, ts[c.lowerBound + 1]) && !ctx.tokens[ts[c.lowerBound + 1].start].key.hasSuffix("ing")) {
                EventCoder.put(into: out, count: &count, Head(at: c.lowerBound + 1, chain: (c.lowerBound + 1)..<c.upperBound, absorbing: k..<end, except: c,
                                deniedAt: h))
                break
            }
            // A later accusation in the same clause still heads its own act.
            // (Every trigger after the chain is outside it.)
            if let acc = (c.upperBound..<end).first(where: { verbs.entries[ts[$0].entry].governor == .accuse }) {
                EventCoder.put(into: out, count: &count, Head(at: h, chain: c, absorbing: k..<acc, except: c))
                k = acc
                continue
            }
            // `convened a meeting and condemned the launch`, `triệu tập cuộc họp và lên án …`: a
            // second verb joined by `and` after a plain act is an act of its own, with the same
            // subject. (Governing verbs keep theirs: `urged X to unite and mobilize`.)
            if !ts[c].contains(where: { verbs.entries[$0.entry].governor != nil }),
               let j = (c.upperBound..<end).first(where: { isVerbal(ctx, ts[$0]) && verbs.entries[ts[$0].entry].governor == nil
                                           && !verbs.entries[ts[$0].entry].cameo.isEmpty
                                           // `parked armoured vehicles and stored ammunition`: one act told twice.
                                           && verbs.entries[ts[$0].entry].cameo != verbs.entries[ts[h].entry].cameo
                                           && joinedByAnd(ctx, verb: ts[$0]) }) {
                var first = Head(at: h, chain: c, absorbing: k..<j, except: c)
                first.coordinated = coordinatedNext
                EventCoder.put(into: out, count: &count, first)
                k = j
                coordinatedNext = true
                continue
            }
            var last = Head(at: h, chain: c, absorbing: k..<end, except: c)
            last.coordinated = coordinatedNext
            EventCoder.put(into: out, count: &count, last)
            break
        }
    }

    /// Writes `head` at `out[count]` and counts it (a sentence has at most one head per trigger).
    @inline(__always)
    static func put(into out: UnsafeMutableBufferPointer<Head>, count: inout Int, _ head: Head) {
        precondition(count < out.count, "EventCoder.heads: more heads than triggers")
        (out.baseAddress! + count).initialize(to: head)
        count += 1
    }

    /// True when `and`/`và` stands right before the verb (an aspect or adverb word such as
    /// `also`, `then`, `cũng`, `đã` may sit between), outside any party's name.
    func joinedByAnd(_ ctx: SentenceContext, verb: TriggerMatch) -> Bool {
        var i = verb.start - 1
        var skipped = 0
        while i > 0, skipped < 2, ctx.groupAt[i] == nil, ctx.has(.aspect, at: i) || EventCoder.coordinationAdverbs.contains(ctx.tokens[i].keyHash) {
            i -= 1; skipped += 1
        }
        return i > 0 && ctx.groupAt[i] == nil && EventCoder.andWords.contains(ctx.tokens[i].keyHash)
    }

    static let andWords: Set<UInt64> = Set(["and", "và"].map { Token.hash(key: Folding.key($0)) })
    static let coordinationAdverbs: Set<UInt64> = Set(["also", "then", "later", "cũng", "đã", "sau", "đó", "còn"].map { Token.hash(key: Folding.key($0)) })

    /// The triggers of a clause that may head an act: an accusation after a purpose marker
    /// (`… nhằm đổ lỗi cho Kiev`, `… in order to blame Moscow`) is why the act is done, not an
    /// act of its own, so it does not head (an accusation heading would swallow the act before
    /// it); it is folded into the last head. Other aims stay: `kêu gọi X để Y` governs Y.
    ///
    /// The clause's triggers are `ts[run]`; nil when all of them may head (nearly always),
    /// else those that may, in a new list.
    func mainTriggers(_ ctx: SentenceContext, _ ts: [TriggerMatch], _ run: Range<Int>, clause: Range<Int>) -> [TriggerMatch]? {
        // A gapped trigger may reach past its clause (then nothing of the clause follows it).
        guard !run.isEmpty else { return nil }
        let first = ts[run.lowerBound]
        guard let aim = (first.spanEnd..<max(first.spanEnd, clause.upperBound)).first(where: { ctx.has(.purpose, at: $0) && ctx.markerStart[$0] == $0 })
        else { return nil }
        let main = ts[run].filter { $0.start < aim || verbs.entries[$0.entry].governor != .accuse }
        guard main.count < run.count, main.contains(where: { !verbs.entries[$0.entry].cameo.isEmpty }) else { return nil }
        return main
    }

    /// Whether `và`/`and` after a governing verb of kind `g` ends its chain: not after
    /// appeals, demands, promises, plans and threats, whose act may be coordinated
    /// (`urged X to unite and mobilize`). A switch: asked per token of a chain.
    static func coordinationStops(_ g: CameoTransform.Governor) -> Bool {
        switch g {
        case .appeal, .demand, .agree, .intend, .threaten: return false
        default: return true
        }
    }

    /// Markers after which an English word is a noun (`of`, `after`, `for`), made once.
    static let nounMakingClasses = MarkerSet([.possessive, .locative, .beneficiary, .topic, .against, .subordinator])

    /// Endings of English nouns made from verbs (ASCII: a byte is a character).
    static let nounEndings: [StaticString] = ["tion", "sion", "ment", "ance", "ence", "ure", "ism", "tions", "sions", "ments",
                                              "drawal", "drawals"]

    /// A trigger used as a verb: not a noun entry and not after a classifier (`các cuộc`, `the`).
    ///
    /// Asked several times per trigger (clauses, heads, roles): the token before the trigger
    /// is read once from the sentence's table, and the markers are one set operation.
    func isVerbal(_ ctx: SentenceContext, _ t: TriggerMatch) -> Bool {
        ctx.verbal.verdict(t) ?? decideVerbal(ctx, t)
    }

    /// `isVerbal`, decided from the sentence (`code` decides it once per trigger, in `ctx.verbal`).
    func decideVerbal(_ ctx: SentenceContext, _ t: TriggerMatch) -> Bool {
        if verbs.entries[t.entry].nominal { return false }
        let before = t.start - 1
        let info = before >= 0 && before < ctx.table.count ? ctx.table[before] : TokenInfo()
        if info.classes.contains(.classifier) { return false }
        // After a preposition or an owner (`of`, `after`, `for`, `'s`) a word is a noun.
        if isEnglish, !info.classes.isDisjoint(with: EventCoder.nounMakingClasses), Int(info.markerStart) == before,
           !info.classes.contains(.joiner) { return false }
        if before >= 1, SentenceContext.equals(ctx.tokens[before].key, ascii: UInt8(ascii: "s"), "s"),
           SentenceContext.isApostrophe(ctx.tokens[before - 1].text) { return false }
        guard isEnglish else { return true }
        // `an IAEA visit`, `the Russian offensive`: a determiner, a name, then a bare word is a noun
        // (`the Israeli army attacked` keeps its verb by its ending).
        if info.mention >= 0, ctx.has(.classifier, at: ctx.input.mentions[Int(info.mention)].start - 1) {
            let key = ctx.tokens[t.start].key
            if !key.hasSimpleSuffix("ed") && !key.hasSimpleSuffix("ing") { return false }
        }
        // English nouns made from verbs: `deployment`, `withdrawal`, `invasion`.
        // Every ending ends in one of `n t e m s l`: any other last byte rules them all out.
        let key = ctx.tokens[t.start].key
        if let last = EventCoder.lastByte(key),
           last == 0x6E || last == 0x74 || last == 0x65 || last == 0x6D || last == 0x73 || last == 0x6C {
            // The key's bytes are compared with each ending in place; only a byte match asks
            // `hasSimpleSuffix` (which decides non-ASCII keys) and counts the characters.
            let noun = key.utf8.withContiguousStorageIfAvailable { bytes in
                EventCoder.nounEndings.contains { suffix in
                    EventCoder.bytes(bytes, endWith: suffix) && key.hasSimpleSuffix(suffix) && key.count > suffix.utf8CodeUnitCount + 2
                }
            } ?? EventCoder.nounEndings.contains { key.hasSimpleSuffix($0) && key.count > $0.utf8CodeUnitCount + 2 }
            if noun { return false }
        }
        return true
    }

    /// Whether `bytes` end with the bytes of `suffix`.
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, endWith suffix: StaticString) -> Bool {
        let m = suffix.utf8CodeUnitCount
        guard bytes.count >= m else { return false }
        let tail = bytes.count - m
        let s = suffix.utf8Start
        for k in 0..<m where bytes[tail + k] != s[k] { return false }
        return true
    }

    /// Code of a chain: the governed act, transformed by each governing verb from the inside out.
    func chainCode(_ chain: ArraySlice<TriggerMatch>, refined last: (cameo: String, rule: String), tokens: [Token]) -> (cameo: String, negate: Bool, notes: Notes) {
        // Most heads are one trigger: nothing governs their act.
        if chain.count < 2 { return (last.cameo, false, Notes()) }
        var code = last.cameo
        let negate = false
        var notes = Notes()
        for t in chain.dropLast().reversed() {
            let e = verbs.entries[t.entry]
            guard let g = e.governor else { continue }
            if g == .deny {
                // Left in a chain only as `denied land allocation`: refusing a thing.
                let c = CameoTransform.refusal(code)
                notes.append("`\(e.pattern)` with a thing refuses it: \(code) → \(c)")
                code = c
                continue
            }
            // `agreed a package of sanctions` (no `to`): the agreed act is adopted, not promised.
            if g == .agree, e.adoptsObject, let next = chain.first(where: { $0.start > t.start }),
               !verbs.entries[next.entry].cameo.isEmpty, !(t.spanEnd..<max(t.spanEnd, next.start)).contains(where: { ["to", "on", "that"].contains(tokens[$0].key) }),
               !tokens[next.start].key.hasSuffix("ing") {
                notes.append("`\(e.pattern)` with a direct object adopts it")
                continue
            }
            if let c = CameoTransform.apply(g, to: code), codebook.isValid(c) {
                notes.append("`\(e.pattern)` (\(g.rawValue)) turns \(code) into \(c)")
                code = c
            }
        }
        return (code, negate, notes)
    }

    /// Picks a more specific code from the triggers folded into the head: a broad head
    /// (`attack`, `trao đổi` 040) takes the code of a specific trigger of the same root
    /// (`điện đàm` 041), and a generic violent act the code of the weapon (`bomb` 183).
    func refine(_ t: TriggerMatch, absorbed: Absorbed) -> (cameo: String, rule: String, by: TriggerMatch?) {
        // Entries are read in place (copying one retains all its strings).
        let entries = verbs.entries
        let e = t.entry
        let unspecified = entries[e].generic || EventCoder.isFamilyCode(entries[e].cameo)
        guard unspecified, entries[e].governor == nil else { return (entries[e].cameo, entries[e].rule, nil) }
        let root = CameoTransform.root(entries[e].cameo)
        for a in absorbed {
            let x = a.entry
            guard !entries[x].generic, entries[x].governor == nil, entries[x].cameo != entries[e].cameo else { continue }
            let xr = CameoTransform.root(entries[x].cameo)
            let specific = !EventCoder.isFamilyCode(entries[x].cameo)
            guard entries[e].generic else { continue }
            // `fired water cannon at`, `bắn hơi cay vào`: what was fired makes a generic
            // shooting the repression it is (175), not an armed attack.
            let bothViolent = root >= 18 && (xr >= 18 || entries[x].cameo == "175")
            // A meeting's topic is not its act: `met … to discuss a ceasefire proposal` stays a
            // consultation (04), not a ceasefire.
            let bothCooperative = entries[e].generic && (3...8).contains(root) && (3...8).contains(xr) && root != 4
            if specific && (xr == root || bothViolent || bothCooperative) { return (entries[x].cameo, entries[x].rule, a) }
        }
        return (entries[e].cameo, entries[e].rule, nil)
    }

    /// `c.count == 3 && c.hasSuffix("0")`: a three-digit code naming a whole family (`040`).
    ///
    /// Printable ASCII (every code) has one character per byte, so the bytes answer; counting
    /// characters and comparing a suffix under Unicode rules cost hundreds of instructions per
    /// code. Any other text takes the general path.
    static func isFamilyCode(_ c: String) -> Bool {
        let answer = c.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return b.count == 3 && b[2] == UInt8(ascii: "0")
        }
        if let known = answer ?? nil { return known }
        return c.count == 3 && c.hasSuffix("0")
    }
}
