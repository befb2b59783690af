import Foundation
import FaultlineModel

/// Scores actor recognition against the PLOVER gold standard records
/// (`PLOVER_GSR_CAMEO.txt`: a JSON array; each record has `text` and `source`/`target`
/// lists of `{actorText, code, sector}`).
///
/// Two views:
/// - **accuracy** per gold actor: the gold actor's text is located in the sentence and counts
///   as found when a recognised mention overlapping it carries the gold country root (when the
///   text cannot be located, any mention with that root counts). Reported for sources,
///   targets and both; this is the "source/target country-code accuracy".
/// - **precision/recall/F1** of country roots per record: the set of roots recognised in the
///   sentence against the set of gold roots (sentences name more actors than the gold codes,
///   so precision is a lower bound).
/// Sector accuracy: of the gold actors found with a sector in the gold (`GOV`, `MIL` …), the
/// share whose recognised code has the same first sector.
public enum ActorEvaluation {
    /// Non-standard roots used in the gold file, mapped to the CAMEO roots the lexicon uses.
    static let goldRootAliases: [String: String] = ["JAP": "JPN", "ITL": "ITA"]

    /// Reads the gold file and scores `recognizer` on every record.
    /// - Throws: `LexiconError` naming the file when it cannot be read or is not a JSON array.
    public static func run(gsrFile: URL, recognizer: ActorRecognizer) throws -> ActorScores {
        guard let data = try? Data(contentsOf: gsrFile) else {
            throw LexiconError(file: gsrFile.lastPathComponent, line: 0, message: "cannot read the gold file")
        }
        guard let records = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw LexiconError(file: gsrFile.lastPathComponent, line: 0, message: "expected a JSON array of records")
        }
        var scores = ActorScores()
        for record in records {
            guard var text = record["text"] as? String else { continue }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("{") && text.hasSuffix("}") { text = String(text.dropFirst().dropLast()) }
            let date = record["date"] as? String
            let r = recognizer.recognize([Sentence(index: 0, text: text, paragraph: 0)], language: "en", date: date)
            score(record: record, text: text, recognition: r, into: &scores)
        }
        return scores
    }

    static func goldActors(_ value: Any?) -> [(text: String, root: String, sector: String?)] {
        guard let list = value as? [[String: Any]] else { return [] }
        return list.compactMap { a in
            guard let code = a["code"] as? String, code.count >= 3 else { return nil }
            var root = String(code.prefix(3)).uppercased()
            root = goldRootAliases[root] ?? root
            var sector: String? = nil
            if let s = a["sector"] as? String, s.count >= 3, s != "***" { sector = String(s.prefix(3)).uppercased() }
            else if code.count >= 6 { sector = String(code.dropFirst(3).prefix(3)).uppercased() }
            return ((a["actorText"] as? String) ?? "", root, sector)
        }
    }

    static func score(record: [String: Any], text: String, recognition r: ActorRecognition, into s: inout ActorScores) {
        let predictedRoots = Set(zip(r.mentions, r.details).compactMap { $0.1.country })
        var goldRoots = Set<String>()
        for (role, key) in [("source", "source"), ("target", "target")] {
            for g in goldActors(record[key]) {
                goldRoots.insert(g.root)
                // Locate the gold text (its part before an ellipsis) in the sentence.
                let head = g.text.components(separatedBy: "...").first?.trimmingCharacters(in: .whitespaces) ?? ""
                var span: Range<Int>? = nil
                if !head.isEmpty, let range = text.range(of: head, options: [.caseInsensitive]) {
                    let a = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
                    let b = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
                    span = a..<b
                }
                        var found: ActorMentionDetail? = nil
                for (m, d) in zip(r.mentions, r.details) where d.country == g.root {
                    if let span {
                        if m.start < span.upperBound && span.lowerBound < m.end { found = d; break }
                    } else {
                        found = d; break
                    }
                }
                s.goldActors += 1
                if role == "source" { s.sourceActors += 1 } else { s.targetActors += 1 }
                if found == nil {
                    let got = zip(r.mentions, r.details).map { "\($0.0.text)=\($0.1.country ?? "-")" }.joined(separator: ", ")
                    s.misses.append("\(role) '\(g.text)' \(g.root) | recognised: \(got) | \(text)")
                }
                if let found {
                    s.correctActors += 1
                    if role == "source" { s.correctSources += 1 } else { s.correctTargets += 1 }
                    if let sector = g.sector {
                        s.sectorGold += 1
                        if let code = found.code, let parsed = ActorCode(code), parsed.sectors.first == sector {
                            s.sectorCorrect += 1
                        } else {
                            s.misses.append("sector \(role) '\(g.text)' \(g.root)\(sector) | recognised code \(found.code ?? "-") | \(text)")
                        }
                    }
                }
            }
        }
        s.records += 1
        s.truePositives += goldRoots.intersection(predictedRoots).count
        s.falsePositives += predictedRoots.subtracting(goldRoots).count
        s.falseNegatives += goldRoots.subtracting(predictedRoots).count
    }
}

/// Scores of `ActorEvaluation`; `description` prints a table.
public struct ActorScores: Sendable, Hashable, CustomStringConvertible {
    public var records = 0
    public var goldActors = 0, correctActors = 0
    public var sourceActors = 0, correctSources = 0
    public var targetActors = 0, correctTargets = 0
    public var truePositives = 0, falsePositives = 0, falseNegatives = 0
    public var sectorGold = 0, sectorCorrect = 0
    /// One line per gold actor not found (or found with another sector), for inspection.
    public var misses: [String] = []

    public init() {}

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Share of gold source/target actors found with their country root.
    public var accuracy: Double { Self.ratio(correctActors, goldActors) }
    public var sourceAccuracy: Double { Self.ratio(correctSources, sourceActors) }
    public var targetAccuracy: Double { Self.ratio(correctTargets, targetActors) }
    public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// Share of found gold actors with a gold sector whose recognised code has that sector.
    public var sectorAccuracy: Double { Self.ratio(sectorCorrect, sectorGold) }

    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
        PLOVER gold records: \(records)
        metric                          value   (count)
        country-code accuracy (all)     \(f(accuracy))   (\(correctActors)/\(goldActors))
          sources                       \(f(sourceAccuracy))   (\(correctSources)/\(sourceActors))
          targets                       \(f(targetAccuracy))   (\(correctTargets)/\(targetActors))
        country roots precision         \(f(precision))   (\(truePositives)/\(truePositives + falsePositives))
        country roots recall            \(f(recall))   (\(truePositives)/\(truePositives + falseNegatives))
        country roots F1                \(f(f1))
        sector accuracy                 \(f(sectorAccuracy))   (\(sectorCorrect)/\(sectorGold))
        """
    }
}
