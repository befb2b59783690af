import FaultlineModel

/// Combines the actor records of all documents into one record per actor id.
///
/// Mentions are summed over original (non-duplicate) documents; aliases are the sorted union
/// of every document's aliases. When documents disagree on the other fields, the choice is
/// deterministic and prefers information over its absence: the most specific code (most
/// sectors, then the code given by most documents, then alphabetical), the kind that goes
/// with that code (a known kind beats `unknown`), the most common non-nil country and the
/// name given by most documents (ties: alphabetical).
enum ActorMerger {
    static func merge(_ parts: [DocumentAnalysis], countMentions: [Bool]) -> [String: Actor] {
        var records: [String: [Actor]] = [:]
        var mentionTotals: [String: Int] = [:]
        for (p, part) in parts.enumerated() {
            for actor in part.actors {
                records[actor.id, default: []].append(actor)
                if countMentions[p] { mentionTotals[actor.id, default: 0] += actor.mentions }
            }
        }
        var out: [String: Actor] = [:]
        out.reserveCapacity(records.count)
        for (id, versions) in records {
            var merged = versions[0]
            if versions.count > 1 {
                merged.code = chooseCode(versions)
                merged.kind = chooseKind(versions, code: merged.code)
                merged.country = mostCommon(versions.compactMap(\.country))
                merged.affiliation = mostCommon(versions.compactMap(\.affiliation))
                merged.name = mostCommon(versions.map(\.name)) ?? merged.name
                var aliases = Set<String>()
                for v in versions { aliases.formUnion(v.aliases) }
                merged.aliases = aliases.sorted()
            } else {
                merged.aliases = merged.aliases.sorted()
            }
            merged.mentions = mentionTotals[id] ?? 0
            out[id] = merged
        }
        return out
    }

    private static func chooseCode(_ versions: [Actor]) -> String? {
        let codes = versions.compactMap(\.code)
        guard !codes.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for c in codes { counts[c, default: 0] += 1 }
        return counts.keys.min { a, b in
            let sa = ActorCode(a)?.sectors.count ?? -1, sb = ActorCode(b)?.sectors.count ?? -1
            if sa != sb { return sa > sb }
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            return a < b
        }
    }

    private static func chooseKind(_ versions: [Actor], code: String?) -> ActorKind {
        let withCode = versions.filter { $0.code == code && $0.kind != .unknown }.map(\.kind.rawValue)
        if let k = mostCommon(withCode).flatMap(ActorKind.init(rawValue:)) { return k }
        let known = versions.filter { $0.kind != .unknown }.map(\.kind.rawValue)
        return mostCommon(known).flatMap(ActorKind.init(rawValue:)) ?? .unknown
    }

    /// The most frequent string; ties go to the alphabetically first.
    static func mostCommon(_ values: [String]) -> String? {
        guard !values.isEmpty else { return nil }
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.keys.min { a, b in counts[a]! != counts[b]! ? counts[a]! > counts[b]! : a < b }
    }
}
