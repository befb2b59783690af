import Foundation
import FaultlineModel

/// Scores the time tagger against a folder of gold TimeML files (TempEval-3 measures).
public enum TimexEvaluation {
    /// A disagreement with the gold, for looking at misses.
    public struct Difference: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable { case missed, spurious, value, type, span }
        public var kind: Kind
        public var document: String
        public var gold: String?
        public var goldValue: String?
        public var system: String?
        public var systemValue: String?
        public var rule: String?
        /// The text around the expression.
        public var context = ""

        public var description: String {
            "\(kind.rawValue)\t\(document)\t[\(gold ?? "")] \(goldValue ?? "")\t[\(system ?? "")] \(systemValue ?? "")\t\(rule ?? "")\t\(context)"
        }
    }

    /// Tags every `.tml` file in `goldDirectory` (sorted by name) with the file's DCT and
    /// scores the result.
    ///
    /// - Throws: `TimeMLError` naming the file and line of a malformed gold file, or when
    ///   the folder cannot be listed.
    public static func run(goldDirectory: URL, mode: TemporalMode = .narrative, language: String = "en",
                           dateOrder: DateOrder? = nil) throws -> TimexScores {
        try evaluate(goldDirectory: goldDirectory, mode: mode, language: language, dateOrder: dateOrder).scores
    }

    /// Like `run`, also returning every difference from the gold.
    public static func evaluate(goldDirectory: URL, mode: TemporalMode = .narrative, language: String = "en",
                                dateOrder: DateOrder? = nil) throws -> (scores: TimexScores, differences: [Difference]) {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: goldDirectory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "tml" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw TimeMLError(file: goldDirectory.path, line: 0, message: "cannot list the folder: \(error.localizedDescription)")
        }
        let tagger = TimeTagger(language: language, mode: mode, dateOrder: dateOrder)
        var total = TimexScores()
        var diffs: [Difference] = []
        for file in files {
            let doc = try TimeMLReader.read(contentsOf: file)
            let system = tagger.tag(doc.text, dct: doc.dct)
            let (s, d) = score(gold: doc.timexes, system: system, document: doc.id, text: doc.text)
            total = total + s
            diffs += d
        }
        return (total, diffs)
    }

    /// Scores one document's expressions: each gold expression is paired with the
    /// unpaired system expression that overlaps it most.
    public static func score(gold: [GoldTimex], system: [TimeExpression], document: String = "",
                             text: String = "") -> (TimexScores, [Difference]) {
        var s = TimexScores()
        s.documents = 1
        s.gold = gold.count
        s.system = system.count
        var diffs: [Difference] = []
        let bytes = Array(text.utf8)
        func trimmed(_ a: Int, _ b: Int) -> Range<Int> {
            var a = a, b = b
            while a < b, a < bytes.count, bytes[a] == 32 || bytes[a] == 10 { a += 1 }
            while b > a, b - 1 < bytes.count, bytes[b - 1] == 32 || bytes[b - 1] == 10 { b -= 1 }
            return a..<b
        }
        func around(_ a: Int, _ b: Int) -> String {
            guard !bytes.isEmpty else { return "" }
            var lo = max(0, a - 60), hi = min(bytes.count, b + 40)
            while lo > 0, bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
            while hi < bytes.count, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
            return String(decoding: bytes[lo..<hi], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        }
        func overlap(_ g: GoldTimex, _ e: TimeExpression) -> Int { min(g.end, e.end) - max(g.start, e.start) }
        let goldSpans = Set(gold.map { trimmed($0.start, $0.end) })
        let systemSpans = Set(system.map { trimmed($0.start, $0.end) })
        s.strictGold = gold.filter { systemSpans.contains(trimmed($0.start, $0.end)) }.count
        s.strictSystem = system.filter { goldSpans.contains(trimmed($0.start, $0.end)) }.count
        s.relaxedGold = gold.filter { g in system.contains { overlap(g, $0) > 0 } }.count
        s.relaxedSystem = system.filter { e in gold.contains { overlap($0, e) > 0 } }.count

        var used = Set<Int>()
        for g in gold {
            var best: (Int, Int)?
            for (k, e) in system.enumerated() where !used.contains(k) {
                let o = overlap(g, e)
                if o > 0, best == nil || o > best!.1 { best = (k, o) }
            }
            guard let (k, _) = best else {
                diffs.append(Difference(kind: .missed, document: document, gold: g.text, goldValue: g.value,
                                        context: around(g.start, g.end)))
                continue
            }
            used.insert(k)
            let e = system[k]
            s.pairs += 1
            if trimmed(g.start, g.end) != trimmed(e.start, e.end) {
                diffs.append(Difference(kind: .span, document: document, gold: g.text, goldValue: g.value,
                                        system: e.text, systemValue: e.value, rule: e.rule, context: around(g.start, g.end)))
            }
            if g.value == e.value { s.valueCorrect += 1 } else {
                diffs.append(Difference(kind: .value, document: document, gold: g.text, goldValue: g.value,
                                        system: e.text, systemValue: e.value, rule: e.rule, context: around(g.start, g.end)))
            }
            if g.type == e.type { s.typeCorrect += 1 } else {
                diffs.append(Difference(kind: .type, document: document, gold: g.text, goldValue: g.type?.rawValue,
                                        system: e.text, systemValue: e.type.rawValue, rule: e.rule, context: around(g.start, g.end)))
            }
        }
        for e in system where !gold.contains(where: { overlap($0, e) > 0 }) {
            diffs.append(Difference(kind: .spurious, document: document, system: e.text, systemValue: e.value, rule: e.rule, context: around(e.start, e.end)))
        }
        return (s, diffs)
    }
}
