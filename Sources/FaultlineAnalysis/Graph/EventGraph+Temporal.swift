import FaultlineModel

extension EventGraph {
    /// Words that put an event before the events told just before it.
    static let earlierCues = CueLexicon(cues: [
        Cue("trước đó"), Cue("trước đấy"), Cue("trước đây"),
        Cue("earlier"), Cue("previously"), Cue("before that"), Cue("prior to that"), Cue("beforehand"),
    ])
    /// Words that put an event after the events told just before it. English `then` counts only
    /// where it opens the sentence or follows `and` (not `if … then`, `then-president`).
    static let laterCues = CueLexicon(cues: [
        Cue("sau đó"), Cue("tiếp đó"), Cue("sau đấy"), Cue("liền sau đó"),
        Cue("later"), Cue("afterwards"), Cue("afterward"), Cue("subsequently"), Cue("after that"),
        Cue("thereafter"), Cue("and then"),
    ])

    static let timeOfDayRank: [TimeOfDay: Int] = [.dawn: 0, .morning: 1, .noon: 2, .afternoon: 3, .evening: 4, .night: 5]

    /// `before` edges as (earlier event id, later event id) pairs.
    ///
    /// - From dates, within each document's narrative (every document that mentions an event):
    ///   events of one day come before those of the next day the document dates an event to,
    ///   and within a day, events with a time of day follow that order. Only day-precise dates
    ///   of known years take part. Linking consecutive days (not all pairs) keeps the edge count
    ///   linear in practice; the order is the transitive closure.
    /// - From cues, within the document of the event's sentence: an event whose sentence says
    ///   `trước đó`/`earlier` happened before the events of the nearest earlier sentence with
    ///   events; `sau đó`/`later`/`then` puts it after them.
    static func temporalPairs(_ events: [Event]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var seen = Set<PairKeyOrdered>()
        func add(_ a: String, _ b: String) {
            guard a != b, seen.insert(PairKeyOrdered(a: a, b: b)).inserted else { return }
            pairs.append((a, b))
        }
        // Dates, per document.
        struct Slot: Hashable, Comparable {
            let day: Int, tod: Int   // tod −1 when unknown
            static func < (x: Slot, y: Slot) -> Bool { (x.day, x.tod) < (y.day, y.tod) }
        }
        var byDocument: [String: [Slot: [String]]] = [:]
        for e in events {
            guard let day = TimexSpan.parse(e.date.value)?.day else { continue }
            let slot = Slot(day: day, tod: e.timeOfDay.flatMap { timeOfDayRank[$0] } ?? -1)
            let docs = Set(e.mentions.isEmpty ? [e.document] : e.mentions.map(\.document))
            for d in docs { byDocument[d, default: [:]][slot, default: []].append(e.id) }
        }
        for d in byDocument.keys.sorted() {
            let slots = byDocument[d]!
            let days = Set(slots.keys.map(\.day)).sorted()
            func all(_ day: Int) -> [String] {
                slots.filter { $0.key.day == day }.sorted { $0.key < $1.key }.flatMap(\.value)
            }
            for k in days.indices {
                // Within the day: consecutive known times of day.
                let timed = slots.keys.filter { $0.day == days[k] && $0.tod >= 0 }.sorted()
                if timed.count > 1 {
                    for t in 1..<timed.count {
                        for a in slots[timed[t - 1]]! { for b in slots[timed[t]]! { add(a, b) } }
                    }
                }
                if k + 1 < days.count {
                    let today = all(days[k]), tomorrow = all(days[k + 1])
                    for a in today { for b in tomorrow { add(a, b) } }
                }
            }
        }
        // Cues, per document of the event's own sentence.
        var bySentence: [String: [Int: [Event]]] = [:]
        for e in events { bySentence[e.document, default: [:]][e.sentence, default: []].append(e) }
        for d in bySentence.keys.sorted() {
            let sentences = bySentence[d]!
            let order = sentences.keys.sorted()
            for (k, s) in order.enumerated() where k > 0 {
                let here = sentences[s]!
                let previous = sentences[order[k - 1]]!
                let words = WordKeys.keys(here[0].text)
                let earlier = earlierCues.contains(words)
                let later = laterCues.contains(words) || words.first == "then"
                guard earlier != later else { continue }
                for e in here {
                    for p in previous { if earlier { add(e.id, p.id) } else { add(p.id, e.id) } }
                }
            }
        }
        return pairs
    }
}

struct PairKeyOrdered: Hashable { let a: String, b: String }
