import Foundation
import FaultlineModel

/// Scores event coding against the PLOVER gold standard records
/// (`PLOVER_GSR_CAMEO.txt`, a JSON array: one English sentence per record with its gold
/// PLOVER event and source/target actors).
///
/// Each record's sentence is run through the whole extractor (actors, time, events,
/// claims) as a one-sentence document. Definitions:
/// - **category accuracy**: share of records where one of the coded events has the gold
///   PLOVER category. The gold file uses the PLOVER categories of its time
///   (`DEMAND`, `DISAPPROVE`, `FIGHT` …); coded CAMEO codes are compared in those terms
///   (`EventEvaluation.goldCategory`).
/// - **false events**: events beyond the one matching the gold (all of them when none
///   matches), as a share of the number of gold events, the way UniversalPetrarch's
///   "extra events" are counted.
/// - **source/target agreement**: of the records whose category matched, the share where
///   the matching event's source (target) shares a country root with the gold source
///   (target); records without gold targets are left out of the target figure.
/// Records with event `DOCUMENT` are documentation, not data, and are skipped.
public enum EventEvaluation {
    /// UniversalPetrarch's published result on these records, for comparison.
    public static let universalPetrarch = (correct: 0.44, extra: 3.15)

    /// Reads the gold file and scores `extractor` on every record.
    /// - Throws: `EventLexiconError` naming the file when it cannot be read or is not a JSON array.
    public static func run(gsrFile: URL, extractor: Extractor) throws -> EventScores {
        guard let data = FileManager.default.contents(atPath: gsrFile.path) else {
            throw EventLexiconError(file: gsrFile.lastPathComponent, line: 0, message: "cannot read the gold file")
        }
        guard let records = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw EventLexiconError(file: gsrFile.lastPathComponent, line: 0, message: "expected a JSON array of records")
        }
        var scores = EventScores()
        for record in records {
            guard let gold = record["event"] as? String, gold != "DOCUMENT", var text = record["text"] as? String else { continue }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("{") && text.hasSuffix("}") { text = String(text.dropFirst().dropLast()) }
            let id = record["id"] as? String ?? "record-\(scores.records + 1)"
            let doc = Document(id: id, title: "", text: text, language: "en", published: record["date"] as? String,
                               origin: "\(gsrFile.lastPathComponent):\(id)",
                               sentences: [Sentence(index: 0, text: text, paragraph: 1, role: .body)])
            let analysis = extractor.analyze(doc)
            score(id: id, gold: gold, record: record, text: text, analysis: analysis, into: &scores)
        }
        return scores
    }

    static func score(id: String, gold: String, record: [String: Any], text: String, analysis: DocumentAnalysis,
                      into s: inout EventScores) {
        let roots = Dictionary(analysis.actors.map { ($0.id, $0.country ?? "") }, uniquingKeysWith: { a, _ in a })
        let events = analysis.events
        let categories = events.map { goldCategory($0.cameo) ?? "NONE" }
        s.records += 1
        s.coded += events.count
        let match = categories.firstIndex(of: gold)
        let predicted = match.map { categories[$0] } ?? categories.first ?? "NONE"
        s.confusion[gold, default: [:]][predicted, default: 0] += 1
        if let m = match {
            s.correct += 1
            s.falseEvents += events.count - 1
            if events.count > 1 {
                let extra = events.indices.filter { $0 != m }.map { "\(events[$0].cameo)/\(categories[$0]) `\(events[$0].trigger)` \(events[$0].rule)" }
                s.extras.append("\(id) gold \(gold) | extra: \(extra.joined(separator: "; ")) | \(text)")
            }
            let e = events[m]
            let goldSources = Set(ActorEvaluation.goldActors(record["source"]).map(\.root))
            let goldTargets = Set(ActorEvaluation.goldActors(record["target"]).map(\.root))
            let src = Set(e.source.compactMap { roots[$0] }.filter { !$0.isEmpty })
            let tgt = Set(e.target.compactMap { roots[$0] }.filter { !$0.isEmpty })
            if !goldSources.isEmpty {
                s.sourceGold += 1
                if !src.isDisjoint(with: goldSources) { s.sourceAgree += 1 }
            }
            if !goldTargets.isEmpty {
                s.targetGold += 1
                if !tgt.isDisjoint(with: goldTargets) { s.targetAgree += 1 }
            }
        } else {
            s.falseEvents += events.count
            let got = zip(events, categories).map { "\($0.0.cameo)/\($0.1) `\($0.0.trigger)` \($0.0.rule)" }.joined(separator: "; ")
            s.misses.append("\(id) gold \(gold) | coded: \(got.isEmpty ? "nothing" : got) | \(text)")
        }
    }

    /// The category a CAMEO code has in the gold file's PLOVER version: appeals and demands
    /// are `DEMAND`, 09 `INVESTIGATE`, 11 `DISAPPROVE`, conventional force (19, but blockade
    /// 191 which is `COERCE`) `FIGHT`, unconventional violence (18, 20) `ASSAULT`, easing
    /// restrictions (080–083) `CONCEDE`, returns, access and de-escalation (084–087)
    /// `RETREAT`; the other roots as in PLOVER. Public statements (01) have no category.
    public static func goldCategory(_ cameo: String) -> String? {
        guard let root = Int(cameo.prefix(2)) else { return nil }
        switch root {
        case 1: return nil
        case 2, 10: return "DEMAND"
        case 3: return "AGREE"
        case 4: return "CONSULT"
        case 5: return "SUPPORT"
        case 6: return "COOPERATE"
        case 7: return "AID"
        case 8:
            let third = cameo.count >= 3 ? Int(String(cameo[cameo.index(cameo.startIndex, offsetBy: 2)])) ?? 0 : 0
            return third <= 3 ? "CONCEDE" : "RETREAT"
        case 9: return "INVESTIGATE"
        case 11: return "DISAPPROVE"
        case 12: return "REJECT"
        case 13: return "THREATEN"
        case 14: return "PROTEST"
        case 15: return "MOBILIZE"
        case 16: return "SANCTION"
        case 17: return cameo == "175" ? "ASSAULT" : "COERCE"
        case 18, 20: return "ASSAULT"
        case 19: return cameo == "191" ? "COERCE" : "FIGHT"
        default: return nil
        }
    }
}

/// Scores of `EventEvaluation`; `description` prints them with a confusion table.
public struct EventScores: Sendable, Hashable, CustomStringConvertible {
    public var records = 0
    /// Records where a coded event has the gold category.
    public var correct = 0
    /// Events coded in all records.
    public var coded = 0
    /// Events beyond the matching one, or all events of a record with no match.
    public var falseEvents = 0
    public var sourceGold = 0, sourceAgree = 0
    public var targetGold = 0, targetAgree = 0
    /// Gold category → predicted category (`NONE`: nothing coded) → records.
    public var confusion: [String: [String: Int]] = [:]
    /// One line per record without a matching event, for inspection.
    public var misses: [String] = []
    /// One line per record with events beyond the matching one.
    public var extras: [String] = []

    public init() {}

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    public var categoryAccuracy: Double { Self.ratio(correct, records) }
    /// False events as a share of the gold events (one per record).
    public var falseEventRate: Double { Self.ratio(falseEvents, records) }
    public var sourceAgreement: Double { Self.ratio(sourceAgree, sourceGold) }
    public var targetAgreement: Double { Self.ratio(targetAgree, targetGold) }

    /// The confusion table: one row per gold category, one column per predicted category.
    public var confusionTable: String {
        let gold = confusion.keys.sorted()
        let predicted = Set(confusion.values.flatMap(\.keys)).sorted { a, b in
            a == "NONE" ? false : b == "NONE" ? true : a < b
        }
        let short = predicted.map { String($0.prefix(5)) }
        var lines = ["gold \\ coded".padding(toLength: 13, withPad: " ", startingAt: 0)
                     + short.map { $0.padding(toLength: 6, withPad: " ", startingAt: 0) }.joined()]
        for g in gold {
            var line = g.padding(toLength: 13, withPad: " ", startingAt: 0)
            for p in predicted {
                let n = confusion[g]?[p] ?? 0
                line += (n == 0 ? "." : "\(n)").padding(toLength: 6, withPad: " ", startingAt: 0)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    public var description: String {
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        let up = EventEvaluation.universalPetrarch
        return """
        PLOVER gold records: \(records)
        metric                      Faultline                   UniversalPetrarch
        category accuracy           \(pct(categoryAccuracy)) (\(correct)/\(records))\(String(repeating: " ", count: max(1, 16 - "\(correct)/\(records)".count)))\(pct(up.correct))
        false events                \(pct(falseEventRate)) (\(falseEvents)/\(records))\(String(repeating: " ", count: max(1, 16 - "\(falseEvents)/\(records)".count)))\(pct(up.extra))
        source agreement            \(pct(sourceAgreement)) (\(sourceAgree)/\(sourceGold))
        target agreement            \(pct(targetAgreement)) (\(targetAgree)/\(targetGold))
        events coded                \(coded)

        \(confusionTable)
        """
    }
}
