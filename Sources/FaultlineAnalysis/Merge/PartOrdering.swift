import FaultlineModel

/// Puts per-document parts into the one canonical order every later step relies on.
///
/// Parts are sorted by document id, so the analysis does not depend on the order the caller
/// passes them in. A document id names one document: parts with the same id are collapsed
/// to one — identical copies trivially (which makes merging a part twice harmless), and
/// differing versions by keeping the richest (more events, claims, sentences, mentions),
/// ties broken by the compact JSON text, so the choice never depends on input order.
enum PartOrdering {
    static func canonical(_ parts: [DocumentAnalysis]) -> [DocumentAnalysis] {
        let sorted = parts.sorted { $0.document.id < $1.document.id }
        var out: [DocumentAnalysis] = []
        out.reserveCapacity(sorted.count)
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count, sorted[j].document.id == sorted[i].document.id { j += 1 }
            if j - i == 1 {
                out.append(sorted[i])
            } else {
                out.append(pick(Array(sorted[i..<j])))
            }
            i = j
        }
        return out
    }

    private static func pick(_ versions: [DocumentAnalysis]) -> DocumentAnalysis {
        func size(_ p: DocumentAnalysis) -> [Int] {
            [p.events.count, p.claims.count, p.sentenceTexts.count, p.mentions.count]
        }
        let best = versions.map(size).max { $0.lexicographicallyPrecedes($1) }!
        let richest = versions.filter { size($0) == best }
        if richest.count == 1 { return richest[0] }
        let keyed = richest.map { (part: $0, text: (try? JSONOutput.string($0, pretty: false)) ?? "") }
        return keyed.min { $0.text < $1.text }!.part
    }
}
