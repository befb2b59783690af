import FaultlineModel
import FaultlineText

/// Source, target and place of one act.
struct Roles: Sendable, Hashable {
    var source: [String] = []
    var target: [String] = []
    var location: [String] = []
    /// The target is the source of an act mentioned before (`đẩy lui các cuộc tấn công này`).
    var anaphoricTarget = false
    /// The source is the speaker of the frame, for want of a subject in the reported words.
    var sourceIsSpeaker = false
    /// A joint act of a compound subject, split into its first party and the others.
    var joint = false
    var notes = Notes()
}

extension EventCoder {
    /// The frame that reports the token `t`: the innermost whose reported words hold it, or
    /// the one whose cue is the trigger itself (`kêu gọi`, `accused`).
    ///
    /// The first of the shortest holding frames, as `min(by:)` over them, without an array of them.
    func frame(of t: Range<Int>, _ frames: [ClaimFrame]) -> Int? {
        var inner: Int?
        for k in frames.indices where frames[k].reported.contains(t.lowerBound) {
            if let i = inner, frames[k].reported.count >= frames[i].reported.count { continue }
            inner = k
        }
        if let inner { return inner }
        return frames.firstIndex { $0.cue.overlaps(t) }
    }

    /// The frame whose speaker performs the act at `t` itself: the trigger is its cue or
    /// stands between the speaker and the cue (`Bộ Ngoại giao Nga ra thông báo cho biết`).
    func speakerFrame(of t: Range<Int>, _ ctx: SentenceContext, _ frames: [ClaimFrame]) -> Int? {
        frames.firstIndex { f in
            if f.cue.overlaps(t) { return true }
            guard let g = f.speaker else { return false }
            return t.lowerBound >= ctx.groups[g].end && t.upperBound <= f.cue.lowerBound
        }
    }

    /// Tokens whose actors may fill the roles of an act at `t`: the reported words when the
    /// act is reported, else the narrator's part of the sentence (plus the reported words of
    /// a frame whose cue is the trigger, where its target stands).
    func roleWindow(of t: Range<Int>, frame: Int?, _ frames: [ClaimFrame], limit: Int) -> Range<Int> {
        if let f = frame, frames[f].reported.contains(t.lowerBound) { return frames[f].reported }
        var lo = 0, hi = limit
        for f in frames {
            if f.reported.upperBound <= t.lowerBound { lo = max(lo, f.reported.upperBound) }
            if f.reported.lowerBound > t.lowerBound { hi = min(hi, f.reported.lowerBound) }
        }
        if let f = frame, frames[f].cue.overlaps(t) { hi = max(hi, frames[f].reported.upperBound) }
        return lo..<max(lo, hi)
    }

    /// Assigns roles around the head trigger.
    ///
    /// Active: the nearest party left of the trigger in its clause is the source (carried
    /// over from earlier in the sentence when the clause has none), the first party right of
    /// it the target. Passives swap (`bị`/`được`, `was … by`). A noun takes its owner as source
    /// (`cuộc tấn công của X`, `X's invasion`). Places after `tại`/`ở`/`in`/`near` are locations.
    /// A joint act of a compound subject goes from its first party to the others.
    ///
    /// `head`'s trigger, chain and folded-in triggers are passed read (`trigger`, `chain`, `absorbed`).
    func roles(_ ctx: SentenceContext, infos: GroupInfoTable, head: Head, trigger: TriggerMatch, chain: ArraySlice<TriggerMatch>,
               absorbed: Absorbed, clause: Range<Int>, window: Range<Int>,
               speaker: [String]?, previousSource: [String]?, objectClause: Range<Int>? = nil,
               carryOver: Bool = true, speakerCue: Int? = nil, explaining: Bool) -> Roles {
        var r = Roles()
        // Read once; closures below use these arrays instead of capturing the whole context.
        let groups = ctx.groups
        let trig = trigger
        // The token table, read once: each `ctx.has`, `ctx.groupAt[i]` or `ctx.isPunctuation`
        // read it from the context again (a retain and a release per question, a dozen and
        // more per head); these ask the same of the local copy, with the same bounds.
        let table = ctx.table
        @inline(__always) func has(_ c: SentenceContext.Class, _ i: Int) -> Bool { i >= 0 && i < table.count && table[i].classes.contains(c) }
        @inline(__always) func groupAt(_ i: Int) -> Int? { table[i].group < 0 ? nil : Int(table[i].group) }
        @inline(__always) func isClausePunctuation(_ i: Int) -> Bool { i >= 0 && i < table.count && table[i].clausePunctuation }
        // A joint act asked or demanded of others (`called on both sides to stop the fighting`)
        // is theirs, not a joint act of the askers.
        let askedOfOthers = chain.contains {
            let g = verbs.entries[$0.entry].governor
            return g == .appeal || g == .demand
        }
        let symmetric = chain.contains { verbs.entries[$0.entry].symmetric } && !askedOfOthers
        let intransitive = verbs.entries[chain.last!.entry].intransitive && chain.count == 1
        let nominal = !isVerbal(ctx, trig)
        // The groups in the window, left of the trigger and right of it, in one pass, as bit
        // sets (arrays allocated and freed per head); the trigger's later parts are asked in place.
        // Constants once filled: the nested functions below capture them, and a captured `var`
        // is boxed and checked for exclusive access at every read.
        let (inWindow, left, right) = EventCoder.windowGroups(groups, window: window, trigger: trig)

        // What stands before each group, computed once per sentence (`groupInfos`): a cache
        // filled from a nested function here made every closure below copy the whole context.
        @inline(__always) func info(_ g: Int) -> GroupInfo { infos[g] }
        // Objects stand in the clause (or in the words a cue-verb introduces), before any
        // subordinate clause (`… thỏa thuận nhằm sơ tán dân thường`: not the target).
        let objectArea = objectClause ?? clause
        // What follows `về`/`about` is the topic: no party of it is acted upon.
        // A gapped trigger may end past its clause: the ranges after it are then empty.
        // Both searches in one walk over the token table (no closure per token asked): the
        // first topic word outside a name, else the first marker phrase of `objectEndClasses`.
        var topicStart: Int?, clauseBreak: Int?
        for k in trig.spanEnd..<max(trig.spanEnd, min(objectArea.upperBound, table.count)) {
            let facts = table[k]
            if facts.classes.contains(.topic) && facts.group < 0 { topicStart = k; break }
            if clauseBreak == nil, !facts.classes.isDisjoint(with: EventCoder.objectEndClasses), Int(facts.markerStart) == k { clauseBreak = k }
        }
        let objectEnd = topicStart ?? clauseBreak ?? objectArea.upperBound
        func name(_ g: Int) -> String { "`\(ctx.text(groups[g].start..<groups[g].end))`" }

        // Passive voice.
        var passive = false
        var agentGroup: Int?
        var j = trig.start - 1
        while j >= window.lowerBound, has(.aspect, j) || has(.negation, j) || has(.intent, j) { j -= 1 }
        if j >= window.lowerBound {
            if has(.passive, j) {
                passive = true
            } else if let g = groupAt(j), groups[g].end == j + 1, has(.passive, groups[g].start - 1) {
                passive = true; agentGroup = g
            } else if has(.be, j), !nominal {
                let key = ctx.tokens[trig.start].key
                // `is committed to opening up`, `were engaged in ethnic cleansing`: a governing verb
                // after `be` with no `by` is a state of its subject, not a passive.
                let governor = verbs.entries[trig.entry].governor
                let stative = (governor == .agree || governor == .aspect || governor == .intend)
                    && !(trig.spanEnd..<max(trig.spanEnd, clause.upperBound)).contains { has(.agent, $0) }
                if !stative, key.hasSuffix("ed") || key.hasSuffix("en") || has(.participle, trig.start) { passive = true }
            }
        }
        if passive { EventCoder.note(&r.notes, explaining, "passive voice") }

        func usableSubject(_ g: Int) -> Bool {
            let i = info(g)
            // `during Guterres's visit, … to blame Moscow`: the owner of a noun inside an adjunct is
            // no subject (`Cairo's security chief has warned` keeps its country). Asked last: it
            // reads tokens, the markers are flags.
            return !i.locative && !i.media && !i.place && !i.agent && !i.comitative && !i.possessive
                && !i.topic && !i.beneficiary
                && !(EventCoder.possessiveAfter(ctx, groups[g].end - 1) && ctx.precededBy(.adjunct, start: groups[g].start, window: 2))
        }
        /// The usable subjects of `left`, by a loop: handing `usableSubject` to `filter` as a
        /// closure boxes its captures, which copies the whole context.
        func usableSubjects() -> GroupSet {
            var out = GroupSet()
            for g in left where usableSubject(g) { out.append(g) }
            return out
        }

        var sourceGroup: Int?
        var targetGroup: Int?
        if passive {
            // `Nikopol bị pháo kích`, `Nikopol was shelled`: a place can undergo an act.
            let subjects = left.filter { g in
                let i = info(g)
                return g != agentGroup && !i.locative && !i.media && !i.agent && !i.comitative && !i.possessive && !i.topic && !i.beneficiary
            }
            targetGroup = subjects.last { clause.contains(groups[$0].start) } ?? (carryOver ? subjects.last : nil)
            if agentGroup == nil {
                agentGroup = right.first { clause.contains(groups[$0].start) && info($0).agent && !info($0).media }
            }
            sourceGroup = agentGroup
            if let t = targetGroup { EventCoder.note(&r.notes, explaining, "target \(name(t)): subject of the passive") }
            if let s = sourceGroup { EventCoder.note(&r.notes, explaining, "source \(name(s)): agent of the passive") }
        } else {
            // A noun's owner: `cuộc tấn công của X`, `attack by X`, `X's invasion`.
            if nominal {
                // Vietnamese `của X` names the owner; English `of X` names the object.
                if let g = right.first, groups[g].start <= trig.spanEnd + 2,
                   (info(g).possessive && !isEnglish) || info(g).agent, !info(g).media, !info(g).place {
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, "source \(name(g)): owner of the noun")
                } else if let g = left.last, groups[g].end >= trig.start - 3, EventCoder.possessiveAfter(ctx, groups[g].end - 1) {
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, "source \(name(g)): possessor")
                } else if let g = right.first(where: { clause.contains(groups[$0].start) && info($0).agent && !info($0).media }),
                          (trig.spanEnd..<max(trig.spanEnd, groups[g].start)).contains(where: { has(.be, $0) || has(.passive, $0) }) {
                    // `a provocation was staged by the occupiers`: the noun is the subject of a passive.
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, "source \(name(g)): agent of the passive the noun is subject of")
                }
            }
            // `X barred Y from the country, accusing him of …`: a participle after a comma has no
            // subject of its own; it is the subject of the clause before the comma (the speaker
            // when that is a pronoun, `he had barred …`).
            if sourceGroup == nil, !nominal, let comma = participleComma(ctx, trig.start, window: window) {
                let firstVerb = (window.lowerBound..<comma).first { ctx.triggerTokens.contains($0) && groupAt($0) == nil } ?? comma
                var s0 = window.lowerBound
                while s0 < comma, (s0 >= 0 && s0 < table.count && table[s0].punctuation) || has(.complementizer, s0) { s0 += 1 }
                let pronounSubject = s0 < comma && groupAt(s0) == nil && ["he", "she", "they", "we", "i"].contains(ctx.tokens[s0].key)
                // The party opening the clause is its subject (`he had barred Guterres …`), else the
                // party nearest before its first verb.
                let opening = left.first { groups[$0].start == s0 && usableSubject($0) }
                if !pronounSubject, let g = opening ?? usableSubjects().last(where: { groups[$0].end <= firstVerb && groups[$0].start >= window.lowerBound }) {
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, "source \(name(g)): subject of the clause the participle hangs on")
                } else if let sp = speaker, !sp.isEmpty {
                    r.source = sp
                    r.sourceIsSpeaker = true
                    EventCoder.note(&r.notes, explaining, "source: the speaker, subject of the clause the participle hangs on")
                }
                // `accusing him`: the pronoun stands for the last party named before the comma.
                if let personal = pronounObject(ctx, after: trig.spanEnd),
                   let g = left.last(where: { groups[$0].end <= comma && $0 != sourceGroup && info($0).party
                                              && (!personal || groups[$0].kinds.contains(.person))
                                              && !info($0).place && !info($0).media }) {
                    targetGroup = g
                    EventCoder.note(&r.notes, explaining, "target \(name(g)): the party the object pronoun stands for")
                }
            }
            // `cáo buộc lẫn nhau về vụ pháo kích`, `over the shelling`: a topic noun takes no subject.
            let topicNoun = nominal && (trig.start - 2..<trig.start).contains { $0 >= 0 && has(.topic, $0) }
            if sourceGroup == nil, r.source.isEmpty, !topicNoun, head.coordinated {
                // `X attacked Y and killed Z`: the subject of the verb it is joined to, not `Y`;
                // none when that verb had none (`a bombing killed one soldier and wounded two`).
                if let prev = previousSource, !prev.isEmpty {
                    r.source = prev
                    EventCoder.note(&r.notes, explaining, "source: the subject of the verb it is coordinated with")
                } else {
                    EventCoder.note(&r.notes, explaining, "no source: the verb it is coordinated with has none")
                }
            }
            if sourceGroup == nil, r.source.isEmpty, !topicNoun, !head.coordinated {
                let subjects = usableSubjects()
                if let near = subjects.last(where: { clause.contains(groups[$0].start) }) {
                    // `Trung Quốc, nước láng giềng có ảnh hưởng lớn tới Myanmar, kêu gọi …`: a
                    // party inside an apposition describes the subject before it, which acts.
                    let host = appositionHost(ctx, of: near, before: trig.start, subjects: subjects)
                    let g = host ?? near
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, host == nil ? "source \(name(g)): nearest party before the trigger"
                                               : "source \(name(g)): the subject an apposition describes")
                } else if !nominal, let prev = previousSource, !prev.isEmpty {
                    r.source = prev
                    EventCoder.note(&r.notes, explaining, "source: the subject of the previous act in the sentence")
                } else if !nominal, carryOver, let g = subjects.last {
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, "source \(name(g)): subject carried over from an earlier clause")
                } else if !nominal, let g = left.last(where: { clause.contains(groups[$0].start) && info($0).locative
                                                              && !info($0).place && !info($0).media }) {
                    // `students throughout Indonesia staged …`: the unnamed subject's country.
                    sourceGroup = g
                    EventCoder.note(&r.notes, explaining, "source \(name(g)): the country of an unnamed subject")
                }
            }
            if !intransitive, targetGroup == nil {
                // Objects stand before the first comma after the trigger (`…, trùng với chuyến thăm
                // Ukraine` belongs to other words), a place within a few words of it, never inside a
                // time adjunct (`during Guterres's visit`).
                var comma = objectEnd
                for k in trig.spanEnd..<max(trig.spanEnd, objectEnd) where isClausePunctuation(k) && groupAt(k) == nil { comma = k; break }
                // (A loop, not `filter`: a closure asking the context copies all of it.)
                var objects = GroupSet()
                for g in right {
                    let i = info(g)
                    let s = groups[g].start
                    if g != sourceGroup && s >= objectArea.lowerBound && s < objectEnd && s < comma
                        && !i.locative && !i.media && !i.topic && (symmetric || !i.comitative)
                        && !ctx.precededBy(.adjunct, start: s, window: 2)
                        && !(i.place && (ctx.comparisonDomain(g, after: trig.spanEnd) || s - trig.spanEnd > 8)) {
                        objects.append(g)
                    }
                }
                // A doer named with `by` after the object (`war crimes by X`) is the target
                // only when nothing else is.
                if let g = objects.first(where: { !info($0).place && !info($0).agent })
                    ?? objects.first(where: { !info($0).agent }) ?? objects.first {
                    targetGroup = g
                    EventCoder.note(&r.notes, explaining, "target \(name(g)): first party after the trigger")
                }
            }
        }
        if let s = sourceGroup { r.source = groups.actors(s) }
        if let t = targetGroup { r.target = groups.actors(t) }
        // A reported act with no subject of its own is the speaker's (`LHQ cho biết sẽ không …`);
        // a noun names an act without saying whose, so it takes nobody.
        // A noun right after the cue (`announced a new aid package`) and a denied act
        // (`phủ nhận việc tấn công`) are the speaker's too.
        // Violence named right after the cue is only reported (`Ukraine reported shelling`, `X
        // cho biết vụ pháo kích …`): the speaker is not its doer, unlike a measure it announces
        // (`announced a suspension of air links`).
        let objectOfCue = nominal && speakerCue.map { cue in (cue..<max(cue, trig.start)).allSatisfy { groupAt($0) == nil } } == true
            && !(18...20).contains(CameoTransform.root(verbs.entries[chain.last!.entry].cameo))
        // A passive without its agent (`one person was killed`) leaves the doer unknown: the
        // speaker only reports it.
        if r.source.isEmpty, !passive, !nominal || objectOfCue || head.deniedAt != nil, let sp = speaker, !sp.isEmpty {
            r.source = sp
            r.sourceIsSpeaker = true
            EventCoder.note(&r.notes, explaining, "source: the speaker (no subject in the reported words)")
        }

        // Places.
        for g in inWindow where clause.contains(groups[g].start) && !info(g).media {
            let i = info(g)
            // A place without a preposition is where the act happened only as its object, right
            // after the trigger (`pháo kích thành phố Enerhodar`, `shelled Nikopol`). Far after the
            // trigger and past a comma, a place belongs to other words (`… pháo kích khu vực nhà
            // máy, có thể ảnh hưởng tới nhiều nước châu Âu`).
            let s = groups[g].start
            var far = false
            if s > trig.spanEnd + 8 { for k in trig.spanEnd..<s where isClausePunctuation(k) { far = true; break } }
            let asObject = s >= trig.start && s < objectEnd && s - trig.spanEnd <= 8
            if i.place && ((i.locative && !far) || asObject),
               !ctx.comparisonDomain(g, after: trig.spanEnd) {
                let actors = groups.actors(g)
                for k in actors.indices where groups.kind(ofActor: k, in: g) == .location && !r.location.contains(actors[k]) {
                    r.location.append(actors[k])
                }
            }
        }
        if !r.location.isEmpty { EventCoder.note(&r.notes, explaining, "location: " + r.location.joined(separator: ", ")) }
        // Joint acts of a compound subject: the parties act on each other, unless a partner
        // is named (`điện đàm với X`, `talks with X`).
        // A partner with `với`/`with`, or a direct object right after the verb (`A and B met C`,
        // `A và B gặp C`); a name further on belongs to other words (`… on an Israeli pullback`).
        let partnerNamed = targetGroup.map { g in
            info(g).comitative || (!passive && !nominal && groups[g].start >= trig.spanEnd && groups[g].start <= trig.spanEnd + 2
                                   && !info(g).place)
        } ?? false
        if symmetric, r.source.count >= 2, !partnerNamed {
            // One party on each side (`A và B nhất trí …` → A→B): the same parties on both sides
            // would make a self-loop of every party.
            r.target = Array(r.source.dropFirst())
            r.source = [r.source[0]]
            r.joint = true
            EventCoder.note(&r.notes, explaining, "joint act: between \(r.source[0]) and \(r.target.joined(separator: ", "))")
        } else if r.target.isEmpty, !intransitive, !passive {
            // `imposed a curfew in Cizre`: a country or town after a preposition as the target.
            // Only a place the act is in: what is done near, along or outside a place (`a base
            // near the Chinese border`, `gần biên giới`) is not done to it.
            if let g = right.first(where: { groups[$0].start < objectEnd && groups[$0].start >= objectArea.lowerBound && info($0).locative
                                             && info($0).party && $0 != sourceGroup && !EventCoder.onlyNear(ctx, before: groups[$0].start) }) {
                r.target = groups.actors(g)
                EventCoder.note(&r.notes, explaining, "target \(name(g)): the place acted upon")
            }
        }
        // Nobody acts on themselves, in a joint act either (`A và B hội đàm với B`).
        // (`removeAll` rewrites the array even when it removes nothing: asked first.)
        if r.target.contains(where: { r.source.contains($0) }) { r.target.removeAll { r.source.contains($0) } }
        // `đẩy lui các cuộc tấn công này`: the target is whoever attacked.
        if r.target.isEmpty, !intransitive {
            for a in absorbed where a.start > trig.start {
                if has(.anaphor, a.end) || has(.anaphor, a.start - 1) {
                    r.anaphoricTarget = true
                    EventCoder.note(&r.notes, explaining, "target: the party behind the act `\(ctx.text(a.start..<a.end))` referred to")
                    break
                }
            }
        }
        return r
    }

    /// The groups starting in `window`: all of them, those ending before the trigger, and
    /// those starting after it (outside its later parts), in one pass.
    static func windowGroups(_ groups: ActorGroups, window: Range<Int>, trigger trig: TriggerMatch) -> (GroupSet, GroupSet, GroupSet) {
        var inWindow = GroupSet(), left = GroupSet(), right = GroupSet()
        for g in groups.indices where window.contains(groups[g].start) {
            inWindow.append(g)
            if groups[g].end <= trig.start { left.append(g) }
            if groups[g].start >= trig.end && !trig.laterParts.contains(where: { $0.contains(groups[g].start) }) { right.append(g) }
        }
        return (inWindow, left, right)
    }

    /// Markers that end the words an act's object may stand in: a subordinate clause, a
    /// boundary, a purpose or a relative clause (made once).
    static let objectEndClasses = MarkerSet([.subordinator, .boundary, .purpose, .relative])

    /// `notes.append(text)` when `on` (the coder's `explaining`, asked once per sentence):
    /// `Notes.append` asks the task-local `Notes.recording` at every call.
    @inline(__always)
    static func note(_ notes: inout Notes, _ on: Bool, _ text: @autoclosure () -> String) {
        if on { notes.append(text()) }
    }

    /// The subject group an apposition holding group `g` describes: `g` stands between a
    /// comma right after that subject, the first party of the sentence, and a comma followed
    /// by nothing but the verb (`Trung Quốc, nước láng giềng của Myanmar, kêu gọi`). Nil when
    /// `g` is in no such apposition (`Nga, Iran và Thổ Nhĩ Kỳ nhất trí` is a list).
    func appositionHost(_ ctx: SentenceContext, of g: Int, before trigger: Int, subjects: GroupSet) -> Int? {
        let groups = ctx.groups
        // The closing comma: after `g`, with no other party up to the trigger.
        var close: Int? = nil
        var k = groups[g].end
        while k < trigger {
            // `U.S., British, and Soviet leaders met`: a list, not an apposition.
            if ctx.groupAt[k] != nil || ctx.has(.joiner, at: k) { return nil }
            if ctx.tokens[k].text == "," { close = k }
            k += 1
        }
        // A person there is named in apposition to a title (`the UN spokesman, Stephane
        // Dujarric, said`): the named person acts.
        guard close != nil, !groups[g].kinds.contains(.person) else { return nil }
        // The opening comma: the last one before `g`, right after the host's last token.
        var open = groups[g].start - 1
        while open > 0, ctx.tokens[open].text != "," {
            if ctx.groupAt[open] != nil || ctx.isClausePunctuation(open) { return nil }
            open -= 1
        }
        guard open > 0, ctx.tokens[open].text == ",",
              let host = subjects.last(where: { $0 != g && groups[$0].end == open }) else { return nil }
        // The host opens the sentence (dates and punctuation aside): `The U.S. ambassador to
        // South Vietnam, Henry Cabot Lodge, …` has its subject before `South Vietnam`.
        for k in 0..<groups[host].start where ctx.groupAt[k] != nil { return nil }
        if groups[host].start > 0, ctx.isComma(groups[host].start - 1) || ctx.has(.joiner, at: groups[host].start - 1) { return nil }
        return host
    }

    /// True when the place preposition before `start` (within three tokens) names only a
    /// vicinity (`near`, `along`, `outside`, `gần`, `dọc`, `ngoài`).
    static func onlyNear(_ ctx: SentenceContext, before start: Int) -> Bool {
        var i = start - 1
        while i >= max(0, start - 3) {
            if vicinityWords.contains(ctx.tokens[i].keyHash) { return true }
            if ctx.has(.locative, at: i) { return false }
            i -= 1
        }
        return false
    }

    static let vicinityWords: Set<UInt64> = Set(["near", "nearby", "along", "outside", "around", "gần", "dọc", "ngoài", "quanh"]
        .map { Token.hash(key: Folding.key($0)) })

    /// `ctx.possessiveAfter(i)` (`'s` after token `i`), answered no at once when token `i + 1`
    /// cannot be an apostrophe: a text equal to `'` or `’` is one ASCII byte or one non-ASCII
    /// scalar (two to four bytes, led by a lead byte). Asked for every candidate subject; only
    /// those tokens reach the string comparisons.
    static func possessiveAfter(_ ctx: SentenceContext, _ i: Int) -> Bool {
        guard i >= -1, i + 2 < ctx.tokens.count else { return false }
        let u = ctx.tokens[i + 1].text.utf8
        let n = u.count
        guard n >= 1, n <= 4, let first = u.first, n == 1 ? first == UInt8(ascii: "'") : first >= 0xC0 else { return false }
        return ctx.possessiveAfter(i)
    }

    /// Markers before a group that decide its role, and what its actors are: only media
    /// (`media`), only places (`place`), or holding a party (`party`, `ActorGroup.hasParty`).
    /// Read once per sentence here (`groupInfos`), for every head to ask.
    struct GroupInfo { var locative, agent, possessive, comitative, media, place, topic, beneficiary, party: Bool }

    /// `isMediaOnly`, `isLocationOnly` and `hasParty` of group `g`, read in place.
    ///
    /// `ActorGroup` decides them once when it is made (a plain value: reading its flags
    /// retains nothing), so they are not recomputed from the kinds and codes here.
    static func kindFlags(_ groups: ActorGroups, _ g: Int) -> (media: Bool, place: Bool, party: Bool) {
        let group = groups[g]
        return (group.isMediaOnly, group.isLocationOnly, group.hasParty)
    }

    /// The markers before every group of the sentence, in one loop (a closure would copy the context).
    static func groupInfos(_ ctx: SentenceContext) -> GroupInfoTable {
        var out = GroupInfoTable()
        // Read once for all the groups (each `ctx.groups`, `ctx.table` retains the array).
        let groups = ctx.groups, table = ctx.table
        for g in 0..<groups.count { out.append(groupInfo(ctx, groups[g], table)) }
        return out
    }

    /// How far back `groupInfo` looks: the widest `precededBy` window (`topic`, 5).
    static let groupInfoReach = 5

    /// The markers before `group`, a group of `ctx` (`table` is `ctx.table`).
    ///
    /// Most groups have no marker word in the five tokens before them: every answer is then
    /// false without walking back once per class.
    static func groupInfo(_ ctx: SentenceContext, _ group: ActorGroup, _ table: [TokenInfo]) -> GroupInfo {
        let s = group.start
        var markerBefore = false
        var i = max(0, s - groupInfoReach)
        while i < s, i < table.count {
            if !table[i].classes.isEmpty { markerBefore = true; break }
            i += 1
        }
        // `ActorGroup` decides its kinds once when it is made (see `kindFlags`).
        let media = group.isMediaOnly, place = group.isLocationOnly, party = group.hasParty
        if !markerBefore {
            return GroupInfo(locative: false, agent: false, possessive: false, comitative: false,
                             media: media, place: place,
                             topic: false, beneficiary: false, party: party)
        }
        let found = ctx.precedingClasses(start: s, asked: groupInfoAsked)
        return GroupInfo(locative: found.contains(.locative),
                         agent: found.contains(.agent),
                         possessive: found.contains(.possessive) && !ctx.partitive(start: s),
                         comitative: found.contains(.comitative),
                         media: media,
                         place: place,
                         topic: found.contains(.topic),
                         beneficiary: found.contains(.beneficiary),
                         party: party)
    }

    /// The classes `groupInfo` asks at each step back: `agent`, `possessive`, `comitative` and
    /// `beneficiary` within two tokens, `locative` within four, `topic` within five (made once).
    static let groupInfoAsked: [MarkerSet] = {
        let near = MarkerSet([.agent, .possessive, .comitative, .beneficiary, .locative, .topic])
        let far = MarkerSet([.locative, .topic])
        return [near, near, far, far, MarkerSet([.topic])]
    }()

    /// The comma before an English participle trigger (`, accusing`, `, saying`, `, calling`)
    /// when nothing but aspect words stand between them, else nil.
    func participleComma(_ ctx: SentenceContext, _ t: Int, window: Range<Int>) -> Int? {
        guard isEnglish, ctx.tokens[t].key.hasSuffix("ing"), ctx.groupAt[t] == nil else { return nil }
        var k = t - 1
        while k > window.lowerBound, ctx.has(.aspect, at: k), ctx.groupAt[k] == nil { k -= 1 }
        return k > window.lowerBound && ctx.tokens[k].text == "," ? k : nil
    }

    /// Whether an object pronoun follows the trigger: true for a person (`him`, `her`), false
    /// for `them`; nil when there is none.
    func pronounObject(_ ctx: SentenceContext, after i: Int) -> Bool? {
        guard i < ctx.limit, ctx.groupAt[i] == nil else { return nil }
        switch ctx.tokens[i].key {
        case "him", "her": return true
        case "them": return false
        default: return nil
        }
    }
}
