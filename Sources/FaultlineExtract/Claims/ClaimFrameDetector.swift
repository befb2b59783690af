import FaultlineModel
import FaultlineText

/// A reporting frame found in a sentence: who speaks (and through whom), with which cue,
/// and which tokens hold what they say.
struct ClaimFrame: Sendable, Hashable {
    /// Cue tokens.
    var cue: Range<Int>
    var cueIndex: Int
    /// Group index of the speaker, nil when unnamed (`officials said`, `nguồn tin cho biết`).
    var speaker: Int?
    /// Group index of the relaying outlet (`theo hãng tin Interfax`, `X dẫn lời Y`).
    var via: Int?
    /// Tokens of the reported content.
    var reported: Range<Int>
    var stance: Stance
    /// `Theo X, …` opening the sentence: may cover the rest of its paragraph.
    var opensSentence: Bool
    /// The speaker is an outlet (`theo hãng tin X`, a media actor): it relays others.
    var speakerIsOutlet = false
    var rule: String
    /// Decisions taken, for explanations.
    var notes: Notes
}

/// Finds reporting frames: `X cho biết …`, `Theo X, …`, `…, X said.`, `X dẫn lời Y …`,
/// `according to X`, and nests `Theo hãng tin X, Y cho biết …` into one frame with a relay.
struct ClaimFrameDetector {
    let ctx: SentenceContext
    /// The coder whose reporting lexicon is read (a reference: holding the lexicon itself
    /// copied its arrays, retained one by one, for every sentence).
    let coder: EventCoder

    func frames() -> [ClaimFrame] {
        var frames: [ClaimFrame] = []
        self.frames(into: &frames)
        return frames
    }

    /// `frames()` written into `frames` (empty, from `SentenceLists`: one list for the
    /// document's sentences instead of one made and freed per sentence with a cue).
    func frames(into frames: inout [ClaimFrame]) {
        let limit = ctx.limit
        // No token before the first that may start a cue starts one (most sentences have none).
        var next = ctx.firstCueStart
        guard next < limit else { return }
        let tokens = ctx.tokens, table = ctx.firstKeysKnown ? ctx.table : nil, mentionAt = ctx.mentionAt
        var lastCueEnd = -10
        // Whether notes are kept, asked once per sentence and only once a cue is found:
        // `Notes.append` asks the task-local `Notes.recording` at every note (some ninety
        // instructions each, several per frame); the frames are handed the answer instead.
        var explaining: Bool?
        // Cues one at a time (no list of them per sentence); each cue's fields are read in
        // place in the lexicon (a copy of the cue retained its strings).
        while let m = coder.reporting.nextMatch(in: tokens, from: next, before: limit, table: table, blocked: { mentionAt[$0] != nil }) {
            next = m.end
            let frameKind = coder.reporting.cues[m.cue].frame
            if frameKind == .via { continue }
            // A cue right after another cue, or after a classifier, is a noun (`bóc mẽ tuyên bố`,
            // `những tuyên bố`, `ra thông báo cho biết` keeps only its verb).
            var p = m.start - 1
            while p >= 0, ctx.isQuote(p) { p -= 1 }
            if p >= 0, p < lastCueEnd { continue }
            if frameKind == .verb, (p >= 0 && ctx.has(.classifier, at: p)) || ctx.has(.anaphor, at: m.start) { continue }
            // After an owner (`Ukraine's claims`) the cue is a noun; after a purpose marker
            // (`để đổ lỗi cho Kiev`, `in order to blame Moscow`) it is an aim, nobody's report.
            if frameKind == .verb, p >= 1, SentenceContext.equals(tokens[p].key, ascii: UInt8(ascii: "s"), "s"),
               SentenceContext.isApostrophe(tokens[p - 1].text) { continue }
            if frameKind == .verb, p >= 0, ctx.has(.purpose, at: p) { continue }
            // `was reported quiet`, `is said to be`: a passive report names no speaker.
            if frameKind == .verb, p >= 0, ctx.has(.be, at: p), m.end - m.start == 1 { continue }
            lastCueEnd = m.end
            let on = explaining ?? Notes.recording
            explaining = on
            let frame: ClaimFrame?
            switch frameKind {
            case .pre: frame = preFrame(m.start..<m.end, m.cue, explaining: on)
            case .quote: frame = quoteFrame(m.start..<m.end, m.cue, explaining: on)
            case .verb: frame = verbFrame(m.start..<m.end, m.cue, explaining: on)
            case .via: frame = nil
            }
            if let f = frame, !saysNothing(f) { frames.append(f) }
        }
        if frames.count > 1 { frames = nest(frames, explaining: explaining ?? false) }
    }

    /// True when a verb frame reports only where it was said (`Claire Morgan reported from
    /// London.`, `… phát biểu tại Hà Nội.`): a reporter's credit or a speech, not a claim.
    private func saysNothing(_ f: ClaimFrame) -> Bool {
        guard coder.reporting.cues[f.cueIndex].frame == .verb, f.reported.lowerBound >= f.cue.upperBound else { return false }
        var i = f.reported.lowerBound
        var sawPlace = false
        while i < f.reported.upperBound {
            if let g = ctx.groupAt[i], ctx.groups[g].isLocationOnly { sawPlace = true; i = ctx.groups[g].end; continue }
            guard ctx.isPunctuation(i) || ctx.inTimex[i] || ctx.has(.locative, at: i) else { return false }
            i += 1
        }
        return sawPlace
    }

    // MARK: - Frame kinds

    /// `Theo X, …` / `According to X, …` / `…, according to X.`
    private func preFrame(_ cue: Range<Int>, _ index: Int, explaining: Bool) -> ClaimFrame? {
        var notes = EventCoder.StepNotes(on: explaining)
        notes.append("frame pre `\(ctx.text(cue))`")
        // The speaker: the first group starting within four tokens (`theo hãng tin X`, `according to the X`).
        guard let g = ctx.groups.firstIndex(where: { $0.start >= cue.upperBound && $0.start <= cue.upperBound + 4 && $0.start < ctx.limit }) else {
            return nil
        }
        let grp = ctx.groups[g]
        // Only outlet words (`hãng tin`, `the newspaper`) or determiners may stand between
        // the cue and the speaker: `theo sáng kiến của Thổ Nhĩ Kỳ` is not a source.
        let between = cue.upperBound..<grp.start
        let viaTokens = viaCovered(between)
        guard between.allSatisfy({ viaTokens.contains($0) || ctx.has(.classifier, at: $0) }) else { return nil }
        let viaWord = !viaTokens.isEmpty
        let n = ctx.limit
        var reported: Range<Int>
        let commaAfter = (grp.end..<n).first { ctx.isComma($0) }
        let commaBefore = (0..<cue.lowerBound).reversed().first { ctx.isComma($0) }
        let opens = (0..<cue.lowerBound).allSatisfy { ctx.isPunctuation($0) || ctx.has(.boundary, at: $0) }
        if opens, let ca = commaAfter {
            reported = (ca + 1)..<n
            // `Theo người phát ngôn Bộ Quốc phòng Nga, Trung tướng Igor Konashenkov, …`: a name set
            // off by commas right after the source is the source again, not what it says.
            if let g2 = ctx.groupAt[ca + 1], ctx.groups[g2].end < n, ctx.isComma(ctx.groups[g2].end) {
                reported = (ctx.groups[g2].end + 1)..<n
                notes.append("`\(ctx.text(ctx.groups[g2].start..<ctx.groups[g2].end))` names the source again")
            }
        } else if let cb = commaBefore, isTail(after: grp.end) {
            reported = 0..<cb
        } else if let ca = commaAfter {
            reported = (ca + 1)..<n
        } else {
            reported = grp.end..<n
        }
        if reported.isEmpty { reported = grp.end..<max(grp.end, n) }
        notes.append("speaker `\(ctx.text(grp.start..<grp.end))`\(viaWord || grp.isMediaOnly ? " (an outlet)" : "")")
        return ClaimFrame(cue: cue, cueIndex: index, speaker: g, via: nil, reported: reported, stance: coder.reporting.cues[index].stance,
                          opensSentence: opens, speakerIsOutlet: viaWord || grp.isMediaOnly, rule: coder.reporting.cues[index].rule, notes: notes.notes)
    }

    /// `X dẫn lời Y …`, `X quoted Y as saying …`
    private func quoteFrame(_ cue: Range<Int>, _ index: Int, explaining: Bool) -> ClaimFrame? {
        let left = ctx.groups.lastIndex { $0.end <= cue.lowerBound && $0.end >= cue.lowerBound - 3 }
        guard let right = ctx.groups.firstIndex(where: { $0.start >= cue.upperBound && $0.start <= cue.upperBound + 3 && $0.start < ctx.limit }) else {
            return nil
        }
        var start = ctx.groups[right].end
        // Skip a following speech verb (`… nói`, `as saying`) and complementizers.
        while start < ctx.limit, ctx.has(.complementizer, at: start) || ctx.isPunctuation(start) { start += 1 }
        var notes = EventCoder.StepNotes(on: explaining)
        notes.append("frame quote `\(ctx.text(cue))`: speaker `\(ctx.text(ctx.groups[right].start..<ctx.groups[right].end))`"
                     + (left.map { ", relayed by `\(ctx.text(ctx.groups[$0].start..<ctx.groups[$0].end))`" } ?? ""))
        return ClaimFrame(cue: cue, cueIndex: index, speaker: right, via: left, reported: start..<ctx.limit,
                          stance: coder.reporting.cues[index].stance, opensSentence: false, rule: coder.reporting.cues[index].rule, notes: notes.notes)
    }

    /// `X cho biết …`, `…, X said.`, `…, said X.`, `"…", ông X nói.`
    private func verbFrame(_ cue: Range<Int>, _ index: Int, explaining: Bool) -> ClaimFrame? {
        let n = ctx.limit
        var notes = EventCoder.StepNotes(on: explaining)
        notes.append("frame verb `\(ctx.text(cue))`")
        // Post-posed speaker: `…, X said [on Tuesday].` The cue ends the sentence.
        if isTail(after: cue.upperBound) {
            if let g = speakerLeft(of: cue.lowerBound, parenthetical: false), let sep = separator(before: ctx.groups[g].start), sep > 0 {
                notes.append("speaker `\(groupText(g))` after the reported words")
                return ClaimFrame(cue: cue, cueIndex: index, speaker: g, via: nil, reported: 0..<sep, stance: coder.reporting.cues[index].stance,
                                  opensSentence: false, rule: coder.reporting.cues[index].rule, notes: notes.notes)
            }
            if let sep = separator(before: cue.lowerBound), sep > 0 {
                // Unnamed speaker (`…, officials said.`): the words before are still reported.
                notes.append("unnamed speaker after the reported words")
                return ClaimFrame(cue: cue, cueIndex: index, speaker: nil, via: nil, reported: 0..<sep, stance: coder.reporting.cues[index].stance,
                                  opensSentence: false, rule: coder.reporting.cues[index].rule, notes: notes.notes)
            }
        }
        // Inverted: `…, said X.`
        if let sep = separator(before: cue.lowerBound), sep > 0, sep == cue.lowerBound - 1 || (sep..<cue.lowerBound).allSatisfy({ ctx.isPunctuation($0) }),
           let g = ctx.groups.firstIndex(where: { $0.start >= cue.upperBound && $0.start <= cue.upperBound + 2 }),
           isTail(after: ctx.groups[g].end) {
            notes.append("inverted speaker `\(groupText(g))`")
            return ClaimFrame(cue: cue, cueIndex: index, speaker: g, via: nil, reported: 0..<sep, stance: coder.reporting.cues[index].stance,
                              opensSentence: false, rule: coder.reporting.cues[index].rule, notes: notes.notes)
        }
        // Pre-posed speaker: `X cho biết …`.
        var start = cue.upperBound
        while start < n, ctx.has(.complementizer, at: start) || ctx.isClausePunctuation(start) || ctx.isQuote(start) { start += 1 }
        // A parenthetical before the cue needs reported words after it (`…, reports aid agencies.`
        // is a tail with an unnamed speaker, not `X, …, reports`).
        var g = speakerLeft(of: cue.lowerBound, parenthetical: n - cue.upperBound > 4)
        if let s = chainedSubject(before: cue.lowerBound) {
            // `X condemned the strike and said …`, `X lên án … và cho biết …`: the cue has no
            // subject of its own; the party nearest to it is the first verb's object.
            if s != g { notes.append("`\(ctx.text(cue))` chained after a verb of `\(groupText(s))`: same subject") }
            g = s
        }
        if let g { notes.append("speaker `\(groupText(g))`") } else { notes.append("no speaker before the cue") }
        return ClaimFrame(cue: cue, cueIndex: index, speaker: g, via: nil, reported: start..<max(start, n), stance: coder.reporting.cues[index].stance,
                          opensSentence: false, rule: coder.reporting.cues[index].rule, notes: notes.notes)
    }

    // MARK: - Helpers

    /// The speaker of a verb cue: the nearest group to its left in the same clause that is
    /// not a place after a preposition (`The Red Cross operating in Iraq said`).
    private func speakerLeft(of cue: Int, parenthetical allowParenthetical: Bool = true) -> Int? {
        var i = cue - 1
        var words = 0          // plain words passed since the cue
        // `X, người hiện làm việc tại …, cho biết`, `X, who left the town in spring, said`: a
        // comma right before the cue closes a parenthetical whose subject stands before it.
        var c = cue - 1
        while c >= 0, ctx.has(.aspect, at: c) { c -= 1 }
        var parenthetical = allowParenthetical && c >= 0 && ctx.isComma(c)
        while i >= 0 {
            if ctx.isSemicolon(i) || ctx.has(.boundary, at: i) { return nil }
            if ctx.isComma(i) {
                // `X, the UN coordinator, said`: only names or dates may stand between a comma
                // and the cue; `…, his lawyer said` has an unnamed speaker.
                if words > 0 {
                    // A parenthetical holding a reporting verb is a clause of its own.
                    guard parenthetical, i > 0, i + 1 < c,
                          !coder.reporting.matches(in: ctx.tokens, range: (i + 1)..<c, blocked: { _ in false })
                            .contains(where: { coder.reporting.cues[$0.cue].frame == .verb }) else { return nil }
                    parenthetical = false
                    words = 0
                }
                i -= 1
                continue
            }
            if let g = ctx.groupAt[i] {
                // `Lực lượng ly khai do Nga hậu thuẫn … cho biết`: a name after `do`/`by` is not the speaker.
                let agent = ctx.precededBy(.agent, start: ctx.groups[g].start, window: 2)
                if !agent && (!isLocative(g) && !ctx.groups[g].isLocationOnly && !ctx.groups[g].isMediaOnly || ctx.groups[g].isMediaOnly && words == 0) {
                    // `China, the largest trading partner of Myanmar, urged …`: a party inside
                    // the parenthetical describes the subject before its opening comma.
                    // A person there is the speaker named in apposition to a title
                    // (`Người phát ngôn của Tổng Thư ký LHQ, ông Stephane Dujarric, cho biết`).
                    if parenthetical, !ctx.groups[g].kinds.contains(.person),
                       let host = parentheticalHost(before: ctx.groups[g].start) { return host }
                    return g
                }
                i = ctx.groups[g].start - 1
                continue
            }
            if !(ctx.inTimex[i] || ctx.isPunctuation(i) || ctx.has(.aspect, at: i) || ctx.has(.complementizer, at: i)) { words += 1 }
            i -= 1
        }
        return nil
    }

    /// The party just before the comma opening a parenthetical that holds position `start`
    /// (`China, the largest trading partner of Myanmar, …`), when nothing but plain words
    /// lies between that comma and `start` and no party stands before it; else nil.
    private func parentheticalHost(before start: Int) -> Int? {
        var j = start - 1
        while j > 0 {
            if ctx.isSemicolon(j) || ctx.has(.boundary, at: j) || ctx.groupAt[j] != nil { return nil }
            if ctx.isComma(j) {
                guard let h = ctx.groupAt[j - 1], ctx.groups[h].end == j,
                      !ctx.precededBy(.agent, start: ctx.groups[h].start, window: 2), !isLocative(h),
                      !ctx.groups[h].isLocationOnly, !ctx.groups[h].isMediaOnly else { return nil }
                // The host opens the sentence: no party stands before it.
                for k in 0..<ctx.groups[h].start where ctx.groupAt[k] != nil { return nil }
                let s = ctx.groups[h].start
                if s > 0, ctx.isComma(s - 1) || ctx.has(.joiner, at: s - 1) { return nil }
                return h
            }
            j -= 1
        }
        return nil
    }

    /// The subject of the verb that a cue right after `and`/`và` is chained to (`X condemned
    /// the strike and said …`, `X lên án … và cho biết …`), else nil.
    ///
    /// The coordinator must stand directly before the cue (tense and aspect words aside) and
    /// outside any name (`Israel and Lebanon said` is a compound subject). The first verb is
    /// the first event trigger of the clause; its subject the nearest usable party before it.
    private func chainedSubject(before cue: Int) -> Int? {
        var k = cue - 1
        while k >= 0, ctx.has(.aspect, at: k), ctx.groupAt[k] == nil { k -= 1 }
        guard k > 0, ctx.groupAt[k] == nil, ctx.has(.joiner, at: k), let joiner = ctx.markerStart[k], joiner > 0 else { return nil }
        var start = joiner - 1
        while start > 0, !(ctx.isSemicolon(start - 1) || ctx.has(.boundary, at: start - 1)) { start -= 1 }
        guard let verb = (start..<joiner).first(where: { ctx.triggerTokens.contains($0) && ctx.groupAt[$0] == nil }) else { return nil }
        return ctx.groups.indices.last { g in
            let grp = ctx.groups[g]
            return grp.start >= start && grp.end <= verb && !grp.isLocationOnly && !grp.isMediaOnly
                && !isLocative(g) && !ctx.precededBy(.agent, start: grp.start, window: 2)
                && !ctx.precededBy(.comitative, start: grp.start, window: 2)
        }
    }

    private func isLocative(_ g: Int) -> Bool { ctx.precededBy(.locative, start: ctx.groups[g].start) }

    /// The comma or closing quote that ends the reported words before `i`.
    private func separator(before i: Int) -> Int? {
        var j = i - 1
        while j >= 0 {
            if ctx.isComma(j) { return j }
            if ctx.isClausePunctuation(j) { return nil }
            j -= 1
        }
        return nil
    }

    /// True when only a time expression, a place, punctuation or a few plain words follow
    /// `i` (`…, X said on Tuesday.`, `…, X told reporters here.`): no party and no act.
    private func isTail(after i: Int) -> Bool {
        var j = i
        var words = 0
        while j < ctx.limit {
            if ctx.inTimex[j] || ctx.isPunctuation(j) { j += 1; continue }
            if let g = ctx.groupAt[j] {
                guard ctx.precededBy(.locative, start: ctx.groups[g].start) || ctx.groups[g].isMediaOnly else { return false }
                j = ctx.groups[g].end; continue
            }
            if ctx.triggerTokens.contains(j) { return false }
            words += 1
            if words > 3 { return false }
            j += 1
        }
        return true
    }

    /// Tokens of `r` covered by outlet words (`hãng tin`, `news agency`).
    private func viaCovered(_ r: Range<Int>) -> Set<Int> {
        guard !r.isEmpty else { return [] }
        var out = Set<Int>()
        for m in coder.reporting.matches(in: ctx.tokens, range: r, blocked: { _ in false }) where coder.reporting.cues[m.cue].frame == .via {
            for i in m.start..<m.end { out.insert(i) }
        }
        return out
    }

    private func groupText(_ g: Int) -> String { ctx.text(ctx.groups[g].start..<ctx.groups[g].end) }

    /// Nests frames: a `Theo <outlet>` frame holding another speaker's frame becomes that
    /// frame's relay; a frame nested in `Theo <party>` is part of what that party reports; a frame whose speaker stands inside an earlier frame's words ends that earlier
    /// frame's words there; frames without a speaker inside another frame's words are part
    /// of what that frame reports.
    private func nest(_ frames: [ClaimFrame], explaining: Bool) -> [ClaimFrame] {
        // Most sentences hold one frame or none: nothing to nest.
        guard frames.count > 1 else { return frames }
        var out = frames
        var drop = Set<Int>()
        for i in out.indices {
            for j in out.indices where j > i && !drop.contains(j) && !drop.contains(i) {
                guard out[i].reported.contains(out[j].cue.lowerBound) else { continue }
                if let joint = coordination(out[i], out[j]) {
                    // `X denied … and accused Y of …`, `X bác bỏ …, khẳng định …`: a second verb
                    // of the same subject; what the first one says ends at the coordinator.
                    out[j].speaker = out[i].speaker
                    out[j].via = out[i].via
                    out[j].speakerIsOutlet = out[i].speakerIsOutlet
                    let (cueI, cueJ) = (out[i].cue, out[j].cue)  // not `out` itself: the note is composed lazily
                    if explaining { out[j].notes.append("`\(ctx.text(cueJ))` coordinated with `\(ctx.text(cueI))`: same speaker") }
                    var end = joint
                    while end > out[i].reported.lowerBound, ctx.isPunctuation(end - 1) { end -= 1 }
                    out[i].reported = out[i].reported.lowerBound..<max(out[i].reported.lowerBound, end)
                    continue
                }
                if out[j].speaker == nil {
                    // `…, đồng thời nhấn mạnh …`: no speaker of its own, part of the outer report.
                    if out[j].reported.lowerBound > out[i].reported.lowerBound { drop.insert(j) }
                    continue
                }
                let outerIsPre = coder.reporting.cues[out[i].cueIndex].frame == .pre
                if coder.reporting.cues[out[i].cueIndex].frame == .quote, out[j].speaker == out[i].speaker {
                    // `X dẫn lời Y cho biết …`: one frame, Y speaking through X.
                    out[j].via = out[i].via
                    let (viaI, cueI) = (out[i].via, out[i].cue)
                    if explaining { out[j].notes.append("relayed by `\(viaI.map(groupText) ?? "")` (`\(ctx.text(cueI))`)") }
                    drop.insert(i)
                } else if outerIsPre, out[i].speakerIsOutlet, let s = out[i].speaker, out[j].via == nil {
                    out[j].via = s
                    let cueI = out[i].cue
                    if explaining { out[j].notes.append("relayed by `\(groupText(s))` (nested in `\(ctx.text(cueI))`)") }
                    drop.insert(i)
                } else if outerIsPre {
                    // `Theo Bộ Ngoại giao Nga, hai ngoại trưởng … bày tỏ …`: the party reports it all.
                    let (cueJ, speakerJ) = (out[j].cue, out[j].speaker)
                    if explaining { out[i].notes.append("`\(ctx.text(cueJ))` of `\(speakerJ.map(groupText) ?? "")` is part of this report") }
                    drop.insert(j)
                } else if let sj = out[j].speaker {
                    let cut = ctx.groups[sj].start
                    if cut > out[i].reported.lowerBound {
                        var end = cut
                        while end > out[i].reported.lowerBound, ctx.isPunctuation(end - 1) || ctx.has(.boundary, at: end - 1) { end -= 1 }
                        out[i].reported = out[i].reported.lowerBound..<max(out[i].reported.lowerBound, end)
                    }
                }
            }
        }
        guard !drop.isEmpty else { return out }
        var kept: [ClaimFrame] = []
        for k in out.indices where !drop.contains(k) { kept.append(out[k]) }
        return kept
    }

    /// Where the coordinator starts when the verb cue of `inner` is a second verb of the subject
    /// of `outer` (`X denied … and accused …`, `X bác bỏ …, khẳng định …`, `X phủ nhận …, đồng
    /// thời cho rằng …`, `… but said …`), else nil.
    ///
    /// The cue must follow the coordinator directly (tense and aspect words aside), so it has no
    /// subject of its own: the name nearest to its left is an object in what `outer` says, not
    /// a new speaker. `outer` names its speaker before its cue; `Theo X, …` frames are excluded
    /// (`Theo X, ông A, người phát ngôn, cho biết` is an apposition, not a coordination).
    func coordination(_ outer: ClaimFrame, _ inner: ClaimFrame) -> Int? {
        guard coder.reporting.cues[inner.cueIndex].frame == .verb,
              [.verb, .quote].contains(coder.reporting.cues[outer.cueIndex].frame),
              let so = outer.speaker, ctx.groups[so].end <= outer.cue.lowerBound,
              inner.speaker.map({ $0 == so || outer.reported.contains(ctx.groups[$0].start) }) ?? true else { return nil }
        var k = inner.cue.lowerBound - 1
        while k > outer.reported.lowerBound, ctx.has(.aspect, at: k), ctx.groupAt[k] == nil { k -= 1 }
        guard k > outer.reported.lowerBound, ctx.groupAt[k] == nil else { return nil }
        if ctx.isComma(k) { return k }
        guard ctx.has(.joiner, at: k) || ctx.has(.boundary, at: k), let start = ctx.markerStart[k] else { return nil }
        // `, and` / `, đồng thời`: the comma belongs to the coordinator.
        return start > 0 && ctx.isComma(start - 1) ? start - 1 : start
    }
}
