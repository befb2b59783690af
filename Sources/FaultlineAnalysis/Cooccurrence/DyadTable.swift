import FaultlineModel

/// Cooperation and conflict between pairs of actors, from the events between them.
///
/// Every event that happened (not negated, not hypothetical) adds itself once to each
/// unordered pair of one of its sources and one of its targets: the pair's event count, its
/// quad class count and its Goldstein sum. Co-sources are not a dyad (acting together says
/// nothing about the score of what they did to a third party).
public enum DyadTable {
    /// Actor-level dyads of `analysis`'s events, most events first.
    public static func actors(_ analysis: Analysis) -> [Dyad] {
        compute(analysis.events) { $0 }
    }

    /// Country-level dyads (`a`, `b` are country codes from `Actor.country`); pairs within one
    /// country are left out, as the contract wants `a < b`.
    public static func countries(_ analysis: Analysis) -> [Dyad] {
        let country = Dictionary(analysis.actors.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
        return compute(analysis.events) { country[$0] ?? nil }
    }

    /// Dyads of `events` at the level `key` maps actor ids to.
    static func compute(_ events: [Event], key: (String) -> String?) -> [Dyad] {
        struct Acc { var events = 0; var goldstein = 0.0; var quads = [0, 0, 0, 0] }
        var acc: [PairKey: Acc] = [:]
        for e in events where counts(e) {
            var seen = Set<PairKey>()
            for s in e.source {
                guard let ks = key(s) else { continue }
                for t in e.target {
                    guard let kt = key(t), ks != kt else { continue }
                    let pk = PairKey(ks, kt)
                    guard seen.insert(pk).inserted else { continue }
                    var a = acc[pk] ?? Acc()
                    a.events += 1
                    a.goldstein += e.goldstein
                    if (1...4).contains(e.quad) { a.quads[e.quad - 1] += 1 }
                    acc[pk] = a
                }
            }
        }
        return acc.map { k, a in
            Dyad(a: k.a, b: k.b, events: a.events, meanGoldstein: Rounding.r6(a.goldstein / Double(a.events)), quads: a.quads)
        }.sorted { x, y in
            if x.events != y.events { return x.events > y.events }
            if x.a != y.a { return x.a < y.a }
            return x.b < y.b
        }
    }

    /// Whether an event counts for cooperation and conflict: it is said to have happened.
    static func counts(_ e: Event) -> Bool { !e.negated && e.modality != .hypothetical }
}

/// An unordered pair of ids, stored with `a < b`.
struct PairKey: Hashable {
    let a: String, b: String
    init(_ x: String, _ y: String) { if x < y { a = x; b = y } else { a = y; b = x } }
}
