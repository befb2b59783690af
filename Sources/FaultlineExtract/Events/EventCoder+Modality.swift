import FaultlineModel

/// Markers found before a trigger.
struct ModalityMarkers: Sendable, Hashable {
    var negation = false
    var intent = false
    var appeal = false
    var demand = false
    var hypothetical = false
    var words: [String] = []
}

extension EventCoder {
    /// Negation, intent, obligation and condition markers in front of the trigger at `t`.
    ///
    /// Negation must sit close to its verb (at most three words between, none of them a
    /// name or punctuation), so `Không có thương vong nào trong cuộc tấn công` is not a
    /// negated attack; a condition (`nếu`, `if`) anywhere earlier in the clause counts.
    func markers(_ ctx: SentenceContext, before t: Int, clause: Range<Int>) -> ModalityMarkers {
        var m = ModalityMarkers()
        var j = t - 1
        var distance = 0
        var blockedNegation = false
        let table = ctx.table
        while j >= clause.lowerBound, distance < 7 {
            // The token's facts read once, not once per class asked.
            let info = j >= 0 && j < table.count ? table[j] : TokenInfo()
            if info.clausePunctuation { break }
            if info.mention >= 0 { blockedNegation = true }
            let classes = info.classes
            // The word is read only when a marker is kept (reading it copies the token's strings).
            if classes.contains(.notNegation) {
                blockedNegation = true
            } else if !blockedNegation && distance <= 3 && !m.negation
                        && (classes.contains(.negation) || EventCoder.contractedNegation(ctx.tokens[j].key)) {
                // (The word is read only where a negation could still count.)
                m.negation = true; m.words.append(ctx.tokens[j].text)
            }
            if classes.contains(.intent), distance <= 5, !m.intent { m.intent = true; m.words.append(ctx.tokens[j].text) }
            if classes.contains(.appeal), distance <= 5, !m.appeal { m.appeal = true; m.words.append(ctx.tokens[j].text) }
            if classes.contains(.demand), distance <= 5, !m.demand { m.demand = true; m.words.append(ctx.tokens[j].text) }
            j -= 1; distance += 1
        }
        // The table read in loops (a closure per token asked `ctx.has` and its bounds each time).
        var condition = false, generic = false
        let end = min(t, table.count)
        for k in max(clause.lowerBound, 0)..<max(max(clause.lowerBound, 0), end) where table[k].classes.contains(.hypothetical) {
            condition = true
            break
        }
        if !condition {
            let from = max(clause.lowerBound, t - 6, 0)
            for k in from..<max(from, end) where table[k].classes.contains(.generic) && Int(table[k].markerStart) == k {
                generic = true
                break
            }
        }
        if condition {
            m.hypothetical = true
            m.words.append("condition")
        } else if generic {
            // `bất kỳ binh sĩ nào bắn …`, `any attack on …`: whoever it may be, a supposed act.
            m.hypothetical = true
            m.words.append("any")
        }
        return m
    }

    /// Actor ids in order; most roles hold one party, which needs no sorted copy.
    static func sortedIDs(_ ids: [String]) -> [String] { ids.count < 2 ? ids : ids.sorted() }

    /// `n't`, `n’t`, `cannot`: English negation written into the word.
    ///
    /// All three end in the byte `t`: any other last byte answers no without comparing.
    static func contractedNegation(_ key: String) -> Bool {
        guard lastByte(key) == UInt8(ascii: "t") else { return false }
        return key.hasSimpleSuffix("n't") || key.hasSimpleSuffix("n’t") || key == "cannot"
    }

    /// `ctx.text(r)`: the tokens `r` as written, decoded from the sentence's bytes in place
    /// (the same bytes and the same decoding, without walking the UTF-8 view by index); any
    /// range `ctx.text` answers otherwise is left to it.
    ///
    /// (Cutting the piece as `String(utf8[lo..<hi])` instead cost more: its boundary checks
    /// outweigh the validation `String(decoding:)` does.)
    static func quote(_ ctx: SentenceContext, _ r: Range<Int>) -> String {
        let tokens = ctx.tokens
        guard !r.isEmpty, r.lowerBound < tokens.count else { return "" }
        let a = tokens[r.lowerBound].start, b = tokens[min(r.upperBound, tokens.count) - 1].end
        let text = ctx.input.text
        let quoted = text.utf8.withContiguousStorageIfAvailable { u -> String? in
            guard a >= 0, a <= b, b <= u.count else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self)
        }
        if let s = quoted ?? nil { return s }
        return ctx.text(r)
    }

    /// The last UTF-8 byte of `s`, read in place (`utf8.last` walks the view's generic index path).
    @inline(__always)
    static func lastByte(_ s: String) -> UInt8? {
        s.utf8.withContiguousStorageIfAvailable { $0.last } ?? s.utf8.last
    }

    /// Builds the event of one head: code (refined, governed, modality-transformed), roles,
    /// negation, modality, the claim frame; nil when the act has no party or the sentence is
    /// about sport, weather or markets.
    ///
    /// `head` holds positions in `ts`, the clause's triggers; `extra` are triggers of the
    /// clause folded into this head besides its own (`EventCoder.mainTriggers`).
    func event(_ ctx: SentenceContext, head: Head, in ts: [TriggerMatch], extra: [TriggerMatch], clause: Range<Int>, frames: [ClaimFrame],
               speakers: [[String]], infos: GroupInfoTable, previousSource: (at: Int, source: [String])?,
               explaining: Bool, sentenceNotes: inout Notes) -> CodedEvent? {
        // The head's trigger and chain, read once from the clause's list.
        let trigger = ts[head.at], chain = ts[head.chain]
        let absorbed = head.absorbed(in: ts, extra: extra)
        let deniedBy = head.deniedAt.map { ts[$0] }
        let last = chain.last!
        // Fields of the head's entry are read in place (a copy of the entry retains its strings).
        let headEntry = trigger.entry
        // Flags of the chain's entries, read in place (copying the entries retains their strings).
        let ambiguous = chain.contains { verbs.entries[$0.entry].ambiguous }
        let triggerText = EventCoder.quote(ctx, trigger.start..<max(trigger.spanEnd, last.spanEnd))
        var notes = StepNotes(on: explaining)
        notes.append("head `\(triggerText)` (\(chain.map { verbs.entries[$0.entry].rule }.joined(separator: " + ")))")
        if !absorbed.isEmpty {
            notes.append("folded in: " + absorbed.map { "`\(ctx.text($0.start..<$0.end))`" }.joined(separator: ", "))
        }
        if chain.count == 1, verbs.entries[headEntry].needsComplement {
            sentenceNotes.append("`\(triggerText)` not coded: it needs an act to govern and has none")
            return nil
        }
        if !ctx.domains.isEmpty, ambiguous {
            sentenceNotes.append("`\(triggerText)` not coded: ambiguous word in a \(ctx.domains.map(\.rawValue).sorted().joined(separator: "/")) sentence")
            return nil
        }
        let refined = refine(last, absorbed: absorbed)
        if let by = refined.by {
            notes.append("`\(ctx.text(by.start..<by.end))` makes it more specific: \(verbs.entries[last.entry].cameo) → \(refined.cameo)")
        }
        let chained = chainCode(chain, refined: (refined.cameo, refined.rule), tokens: ctx.tokens)
        var cameo = chained.cameo
        if !chained.notes.isEmpty { notes.notes += chained.notes }
        // Governors that only lead into the act (`nối lại`, `launched`) add nothing to the rule.
        // (Joined as it goes: no array of entries or of rules per event.)
        var rule = refined.rule
        if chain.count > 1 {
            var joined = ""
            for t in chain.dropLast() where verbs.entries[t.entry].governor != .aspect {
                joined += verbs.entries[t.entry].rule
                joined += "+"
            }
            if !joined.isEmpty { rule = joined + refined.rule }
        }

        let trigRange = trigger.start..<trigger.end
        let own = speakerFrame(of: trigRange, ctx, frames)
        let fi = frame(of: trigRange, frames) ?? own
        let reported = fi.map { frames[$0].reported.contains(trigger.start) } ?? false
        let window = roleWindow(of: trigRange, frame: fi, frames, limit: ctx.limit)
        // A verb that is itself the cue (`cáo buộc`, `kêu gọi`, `bóc mẽ`) finds its object in
        // the words it introduces.
        var objectClause: Range<Int>?
        if let k = own, frames[k].cue.overlaps(trigRange) {
            objectClause = clause.lowerBound..<max(clause.upperBound, frames[k].reported.upperBound)
        }
        // The subject carries over into coordinated clauses, not into relative or subordinate ones.
        let subordinate = (clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 2)).contains {
            ctx.has(.relative, at: $0) || ctx.has(.subordinator, at: $0)
        }
        // An outlet (`Reuters reported …`) relays; it never acts in what it reports.
        let speakerIsOutlet = fi.flatMap { frames[$0].speaker }.map { infos[$0].media } ?? false
        let previous = subordinate ? nil : previousSource.flatMap { window.contains($0.at) ? $0.source : nil }
        // A relative clause (`… any Russian soldier who fired at the plant`): its doer is the
        // noun it hangs on, never the speaker.
        let relative = (clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 2)).first { ctx.has(.relative, at: $0) }
        let antecedent = relative.flatMap { r in ctx.groups.indices.last { ctx.groups[$0].end <= r && ctx.groups[$0].end >= r - 1 } }
        var roles = self.roles(ctx, infos: infos, head: head, trigger: trigger, chain: chain, absorbed: absorbed, clause: clause, window: window,
                               speaker: (reported || head.deniedAt != nil) && !speakerIsOutlet && relative == nil ? fi.map { speakers[$0] } : nil,
                               previousSource: previous, objectClause: objectClause, carryOver: !subordinate,
                               speakerCue: reported ? fi.map { frames[$0].reported.lowerBound } : nil, explaining: explaining)
        if let g = antecedent, roles.source.isEmpty, isVerbal(ctx, trigger), infos[g].party,
           !infos[g].place, !infos[g].media {
            roles.source = ctx.groups.actors(g)
            roles.target.removeAll { roles.source.contains($0) }
            EventCoder.note(&roles.notes, explaining, "source `\(ctx.text(ctx.groups[g].start..<ctx.groups[g].end))`: the noun the relative clause hangs on")
        }
        // A verb that is itself a cue (`… và cáo buộc Kiev …`, `… and accused Kyiv`) is done by
        // its frame's speaker, however far before it that speaker stands.
        if roles.source.isEmpty, let k = own, frames[k].cue.overlaps(trigRange), !speakers[k].isEmpty,
           !(frames[k].speaker.map { infos[$0].media } ?? true) {
            roles.source = speakers[k]
            roles.target.removeAll { roles.source.contains($0) }
            EventCoder.note(&roles.notes, explaining, "source: the speaker of the cue `\(ctx.text(frames[k].cue))`")
        }

        // Modality and negation: markers before the head, and before the governed act
        // (`declared that China must drop …`, `said it would not …`).
        var mk = markers(ctx, before: trigger.start, clause: clause)
        if let g = antecedent, !mk.hypothetical,
           (max(0, ctx.groups[g].start - 2)..<ctx.groups[g].start).contains(where: { ctx.has(.generic, at: $0) }) {
            mk.hypothetical = true
            mk.words.append("any")
        }
        // After a verb that only leads in (`declared Tuesday that China must drop …`), the
        // markers before the act count too.
        if chain.count > 1, verbs.entries[headEntry].governor == .aspect,
           let act = chain.first(where: { verbs.entries[$0.entry].governor != .aspect }) {
            let inner = markers(ctx, before: act.start, clause: trigger.spanEnd..<max(trigger.spanEnd, clause.upperBound))
            mk.intent = mk.intent || inner.intent
            mk.appeal = mk.appeal || inner.appeal
            mk.demand = mk.demand || inner.demand
            if !inner.words.isEmpty { mk.words += inner.words }
        }
        var negated = chained.negate || mk.negation || head.deniedAt != nil
        if let d = deniedBy { notes.append("denied by `\(ctx.text(d.start..<d.end))`: negated") }
        var modality = Modality.asserted
        // A governing verb without its act (`will support Turkey`) is a plain verb.
        let governor = chain.count > 1 ? verbs.entries[headEntry].governor : nil
        if mk.hypothetical { modality = .hypothetical }
        if governor == .intend { modality = .intended }
        if governor == .appeal || governor == .demand { modality = .appeal }
        let transformable: Bool
        switch governor {
        case nil, .aspect?, .agree?, .intend?, .end?, .refuse?: transformable = true
        default: transformable = false
        }
        if mk.appeal || mk.demand, transformable {
            let root = CameoTransform.root(cameo)
            if root != 2 && root != 10 {
                let c = mk.demand ? CameoTransform.demand(cameo) : CameoTransform.appeal(cameo)
                notes.append("`\(mk.words.joined(separator: " "))`: an obligation, \(cameo) → \(c)")
                cameo = c
            }
            modality = .appeal
            // `X cho biết Y phải …`: the speaker asks it of Y.
            if reported, let f = fi, !speakers[f].isEmpty {
                let subject = roles.sourceIsSpeaker ? [] : roles.source
                roles.source = speakers[f]
                roles.target = subject.isEmpty ? roles.target : subject
                EventCoder.note(&roles.notes, explaining, "obligation in reported words: the speaker asks it of the subject")
            }
        } else if mk.intent, !(governor == nil || [.aspect, .end, .refuse, .deny].contains(governor!)) {
            modality = mk.hypothetical ? .hypothetical : .intended
        } else if mk.intent {
            let root = CameoTransform.root(cameo)
            _ = root
            if !negated {
                let c = CameoTransform.intent(cameo)
                if c != cameo { notes.append("future (`\(mk.words.joined(separator: " "))`): \(cameo) → \(c)") }
                cameo = c
                modality = mk.hypothetical ? .hypothetical : .intended
            } else {
                modality = .intended
            }
        }
        if reported, let f = fi, frames[f].stance == .deny, !negated {
            negated = true
            notes.append("reported in a denial: negated")
        }
        if negated { notes.append("negated" + (mk.negation ? " (`\(mk.words.first ?? "")`)" : "")) }
        if modality != .asserted { notes.append("modality \(modality.rawValue)") }

        // An act needs a party; places alone carry only material conflict. A noun naming a
        // peaceful act without saying whose (`kế hoạch sơ tán`, `the aid`) is a topic, not an event.
        let quad = EventCode.quadClass(root: CameoTransform.root(cameo))
        if roles.source.isEmpty, !isVerbal(ctx, trigger), quad < 4 {
            sentenceNotes.append("`\(triggerText)` not coded: a noun for a peaceful act with no one doing it")
            return nil
        }
        if roles.source.isEmpty && roles.target.isEmpty && !(quad == 4 && !roles.location.isEmpty && !ambiguous) {
            sentenceNotes.append("`\(triggerText)` not coded: no party to the act")
            return nil
        }
        if !ctx.domains.isEmpty {
            // Asked without filtering the groups into an array.
            let groups = ctx.groups
            let anyParty = groups.indices.contains { g in
                groups[g].hasParty && (groups.actors(g).contains { roles.source.contains($0) || roles.target.contains($0) })
            }
            if !anyParty {
                sentenceNotes.append("`\(triggerText)` not coded: \(ctx.domains.map(\.rawValue).sorted().joined(separator: "/")) sentence without a political party")
                return nil
            }
        }
        guard codebook.isValid(cameo) else { return nil }
        // Dated by the time expression of its own clause (`… các cuộc tấn công vào rạng sáng
        // cùng ngày`), else by the nearest one before the trigger.
        var dateAt = ctx.tokens[trigger.start].start
        // The first nearest, as `min(by:)` over the clause's expressions, without filtering them into an array.
        var nearest: Range<Int>?
        for t in ctx.input.timexes where clause.contains(t.lowerBound) {
            if let n = nearest, abs(t.lowerBound - trigger.start) >= abs(n.lowerBound - trigger.start) { continue }
            nearest = t
        }
        if let t = nearest {
            dateAt = ctx.tokens[t.lowerBound].start
            notes.append("dated by `\(ctx.text(t))` in its clause")
        }
        return CodedEvent(trigger: triggerText, triggerTokens: trigger.start..<trigger.end,
                          triggerByte: dateAt, cameo: cameo,
                          rule: rule, source: EventCoder.sortedIDs(roles.source),
                          target: EventCoder.sortedIDs(roles.target),
                          location: EventCoder.sortedIDs(roles.location), negated: negated, modality: modality, frame: fi,
                          defensive: chain.contains { verbs.entries[$0.entry].defensive }, anaphoricTarget: roles.anaphoricTarget,
                          notes: roles.notes.isEmpty ? notes.notes : notes.notes + roles.notes, joint: roles.joint)
    }

    /// The act of blaming: a party reporting a harmful act of another party blames it
    /// (`112`, source the speaker, target the blamed), unless the report is itself an
    /// accusation already coded, or the act is a response (`repelled`).
    ///
    /// Works on the events in place: the acts it reads are the `original` ones, which the
    /// blame events it adds and the accusations it completes do not change (filtering them
    /// into a new array copied each event).
    func blame(_ ctx: SentenceContext, events out: inout [CodedEvent], frames: [ClaimFrame], speakers: [[String]]) {
        let original = out.count
        // Only an event reported in a frame can blame: most sentences have none.
        var reported = false
        for i in 0..<original where out[i].frame != nil { reported = true; break }
        guard reported else { return }
        // Most frames report no harmful act: the cheap test on the events comes first, the
        // speaker's codes and the country roots of the parties only when there is one.
        // Frames are read by index: `enumerated()` copied each frame (its strings and notes).
        for k in frames.indices {
            let s = speakers[k]
            let reportedWords = frames[k].reported
            guard let g = frames[k].speaker, !s.isEmpty, EventCoder.kindFlags(ctx.groups, g).party else { continue }
            var anyHarmful = false
            for i in 0..<original where EventCoder.blames(out, i, frame: k, reported: reportedWords) { anyHarmful = true; break }
            guard anyHarmful else { continue }
            // Only a party speaking about another country's party blames: a government
            // reporting its own forces' acts, or a newsroom, does not.
            // The speaker's codes are read in place (a speaker names one or two): no list of
            // them or of their roots is made. (An empty code is no media code and has no root.)
            let speakerCodes = ctx.groups.codes(g)
            guard !speakerCodes.contains(where: EventCoder.isMediaCode) else { continue }
            var blamed: [String] = []
            for i in 0..<original where EventCoder.blames(out, i, frame: k, reported: reportedWords) {
                for a in out[i].source where !s.contains(a) && !blamed.contains(a) {
                    guard let root = EventCoder.countryRoot(of: a, in: ctx.groups), !root.isEmpty,
                          !speakerCodes.contains(where: { !$0.isEmpty && CountryRoot(code: $0) == root }) else { continue }
                    blamed.append(a)
                }
            }
            guard !blamed.isEmpty else { continue }
            // The speaker's ids in order, sorted once (not once per event compared).
            let speakerIDs = EventCoder.sortedIDs(s)
            if let acc = out.firstIndex(where: { $0.frame == k && CameoTransform.root($0.cameo) == 11 && $0.source == speakerIDs }) {
                if out[acc].target.isEmpty { out[acc].target = EventCoder.sortedIDs(blamed) }
                out[acc].isBlame = true
                continue
            }
            let cue = frames[k].cue
            out.append(CodedEvent(trigger: EventCoder.quote(ctx, cue), triggerTokens: cue, triggerByte: ctx.tokens[cue.lowerBound].start,
                                  cameo: "112", rule: blameRule, source: speakerIDs, target: EventCoder.sortedIDs(blamed),
                                  location: [], negated: false, modality: .asserted, frame: k, isBlame: true,
                                  notes: ["the speaker reports a harmful act by another party: blame"]))
        }
    }

    /// Whether reporting event `i` of `events` in frame `k` (whose reported words are
    /// `reported`) blames its doer: saying that another party did harm, or is preparing
    /// violence (a planned attack is coded as a threat of force, 138x). The event is read in
    /// place (passing it copied all its fields), and of the frame only its range is passed.
    static func blames(_ events: [CodedEvent], _ i: Int, frame k: Int, reported: Range<Int>) -> Bool {
        events[i].frame == k && CameoTransform.isHarmful(events[i].cameo) && !events[i].defensive && !events[i].negated
            && (events[i].modality == .asserted || (events[i].modality == .intended && events[i].cameo.hasPrefix("138")))
            && CameoTransform.root(events[i].cameo) != 11
            && reported.contains(events[i].triggerTokens.lowerBound)
    }

    /// `code.dropFirst(3).hasPrefix("MED")`: a code of the media (`RUSMED`), compared as bytes
    /// when the code is printable ASCII (one character per byte), else as characters.
    static func isMediaCode(_ code: String) -> Bool {
        let answer = code.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return b.count >= 6 && b[3] == UInt8(ascii: "M") && b[4] == UInt8(ascii: "E") && b[5] == UInt8(ascii: "D")
        }
        if let known = answer ?? nil { return known }
        return code.dropFirst(3).hasPrefix("MED")
    }

    /// The country root (first three letters of the code) of the first mention of actor `a`
    /// in the sentence's groups, nil when no group holds it.
    static func countryRoot(of a: String, in groups: ActorGroups) -> CountryRoot? {
        for g in groups.indices {
            for (actor, code) in zip(groups.actors(g), groups.codes(g)) where actor == a { return CountryRoot(code: code) }
        }
        return nil
    }

    /// One event per act and parties within a sentence.
    ///
    /// A sentence has a handful of events: each is compared with those kept, field by field
    /// (actor ids are slugs, so this is the same as comparing their joined text), instead of
    /// joining a text key per event and hashing it.
    ///
    /// In place: a kept event is swapped forward over the dropped ones (moved, not copied).
    func dedupe(_ events: inout [CodedEvent]) {
        var kept = 0
        for i in events.indices {
            var repeated = false
            for j in 0..<kept where events[j].cameo == events[i].cameo && events[j].negated == events[i].negated
                && events[j].source == events[i].source && events[j].target == events[i].target {
                repeated = true
                break
            }
            if repeated { continue }
            if kept != i { events.swapAt(kept, i) }
            kept += 1
        }
        // (`removeSubrange` goes through the generic range replacement even when it removes nothing.)
        if kept < events.count { events.removeSubrange(kept...) }
    }
}
