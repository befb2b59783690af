/// The lists the sentence coder fills per sentence (triggers, frames, clauses, events), kept by the
/// document pass for all of a document's sentences.
///
/// `EventCoder.code(_:lists:)` empties each list (keeping its room), fills it and moves it
/// into the `CodedSentence`; the document pass moves the lists back once it is done with the
/// sentence (`takeBack`). Made and freed per sentence, the three lists cost about a malloc,
/// a regrowth and a free each for every sentence with a trigger or a reporting cue.
struct SentenceLists {
    var triggers: [TriggerMatch] = []
    var frames: [ClaimFrame] = []
    var clauses: [Range<Int>] = []
    var events: [CodedEvent] = []

    /// Takes back the lists of `coded` that have room (a sentence never coded hands back
    /// none, and the lists kept stay). Their contents are dropped by the next sentence.
    mutating func takeBack(_ coded: inout CodedSentence) {
        if coded.triggers.capacity > 0 { swap(&triggers, &coded.triggers) }
        if coded.frames.capacity > 0 { swap(&frames, &coded.frames) }
        if coded.clauses.capacity > 0 { swap(&clauses, &coded.clauses) }
        if coded.events.capacity > 0 { swap(&events, &coded.events) }
    }

    /// Moves `list` out for filling, emptied with its room kept.
    static func take<Element>(_ list: inout [Element]) -> [Element] {
        var out: [Element] = []
        swap(&out, &list)
        if !out.isEmpty { out.removeAll(keepingCapacity: true) }
        return out
    }
}
