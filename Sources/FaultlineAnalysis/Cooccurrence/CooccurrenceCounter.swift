import Foundation
import FaultlineModel

/// Counts which actors (or countries) appear together, in three windows.
///
/// - **sentence**: both are mentioned in one sentence of an original document (title, lead,
///   body or caption — not sign-offs, teasers or boilerplate), counting the participants of the
///   sentence's events as mentioned;
/// - **event**: both take part (source or target) in one event, each merged event counted once;
/// - **document**: both are mentioned somewhere in one original document.
///
/// Duplicate documents are left out, so a syndicated story counts once. Pairs that never share
/// a sentence or an event are not listed (sharing only a document is too weak a tie).
///
/// `weight = sentences + eventWeight × events`: an event between two actors is stronger
/// evidence of a relation than being named together.
///
/// `pmi` is the sentence-window pointwise mutual information, natural log:
/// `ln(p(a,b) / (p(a) p(b)))` with `p(a) = n(a)/N`, `p(a,b) = n(a,b)/N`, where `N` is the number
/// of counted sentences that mention at least one actor and `n(·)` counts such sentences. It is
/// 0 when the pair shares no sentence (only events), where it is undefined.
struct CooccurrenceCounter {
    let corpus: MergedCorpus
    let options: AnalysisOptions

    static let countedRoles: Set<SentenceRole> = [.title, .lead, .body, .caption]

    /// Pairs at the level `key` maps actors to (an actor id, a country code …); nil drops the actor.
    func count(key: (String) -> String?) -> [Cooccurrence] {
        var interned: [String: Int] = [:]
        var names: [String] = []
        var cache: [String: Int] = [:]   // actor id → key index, or -1
        func index(_ actor: String) -> Int {
            if let k = cache[actor] { return k }
            var k = -1
            if let a = corpus.actors[actor], !options.cooccurrenceExcludedKinds.contains(a.kind), let name = key(actor) {
                if let existing = interned[name] { k = existing } else {
                    k = names.count; interned[name] = k; names.append(name)
                }
            }
            cache[actor] = k
            return k
        }

        struct Counts { var sentences = 0, events = 0, documents = 0 }
        var pairs: [UInt64: Counts] = [:]
        var marginal: [Int: Int] = [:]
        var sentenceTotal = 0
        @inline(__always) func pack(_ a: Int, _ b: Int) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

        for (p, part) in corpus.parts.enumerated() where corpus.isOriginal(part: p) {
            var bySentence: [Int: [Int]] = [:]
            for m in part.mentions {
                let k = index(m.actor)
                if k >= 0 { bySentence[m.sentence, default: []].append(k) }
            }
            for e in part.events {
                for a in e.source { let k = index(a); if k >= 0 { bySentence[e.sentence, default: []].append(k) } }
                for a in e.target { let k = index(a); if k >= 0 { bySentence[e.sentence, default: []].append(k) } }
            }
            var inDocument = Set<Int>()
            for s in bySentence.keys.sorted() {
                let role = s >= 0 && s < part.sentenceRoles.count ? part.sentenceRoles[s] : .body
                guard CooccurrenceCounter.countedRoles.contains(role) else { continue }
                let set = Array(Set(bySentence[s]!)).sorted()
                sentenceTotal += 1
                for k in set { marginal[k, default: 0] += 1 }
                inDocument.formUnion(set)
                forEachPair(set) { pairs[pack($0, $1), default: Counts()].sentences += 1 }
            }
            forEachPair(inDocument.sorted()) { pairs[pack($0, $1), default: Counts()].documents += 1 }
        }
        for (g, e) in corpus.events.enumerated() where corpus.isOriginal(part: corpus.eventPart[g]) {
            var set = Set<Int>()
            for a in e.source { let k = index(a); if k >= 0 { set.insert(k) } }
            for a in e.target { let k = index(a); if k >= 0 { set.insert(k) } }
            forEachPair(set.sorted()) { pairs[pack($0, $1), default: Counts()].events += 1 }
        }

        var out: [Cooccurrence] = []
        for (packed, c) in pairs where c.sentences > 0 || c.events > 0 {
            let i = Int(packed >> 32), j = Int(packed & 0xFFFF_FFFF)
            var a = names[i], b = names[j]
            if b < a { swap(&a, &b) }
            var pmi = 0.0
            if c.sentences > 0, sentenceTotal > 0, let ni = marginal[i], let nj = marginal[j] {
                pmi = (Double(c.sentences) * Double(sentenceTotal) / (Double(ni) * Double(nj))).logOrZero
            }
            out.append(Cooccurrence(a: a, b: b, sentences: c.sentences, events: c.events, documents: c.documents,
                                    weight: Rounding.r6(Double(c.sentences) + options.eventWeight * Double(c.events)),
                                    pmi: Rounding.r6(pmi)))
        }
        return CooccurrenceCounter.sorted(out)
    }

    /// Strongest first (weight), then by the pair's ids.
    static func sorted(_ list: [Cooccurrence]) -> [Cooccurrence] {
        list.sorted { x, y in
            if x.weight != y.weight { return x.weight > y.weight }
            if x.a != y.a { return x.a < y.a }
            return x.b < y.b
        }
    }

    @inline(__always)
    private func forEachPair(_ sorted: [Int], _ body: (Int, Int) -> Void) {
        guard sorted.count > 1 else { return }
        for x in 0..<(sorted.count - 1) {
            for y in (x + 1)..<sorted.count { body(sorted[x], sorted[y]) }
        }
    }
}

extension Double {
    /// Natural logarithm, 0 for non-positive input.
    var logOrZero: Double { self > 0 ? Foundation.log(self) : 0 }
}
