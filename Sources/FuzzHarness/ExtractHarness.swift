import Foundation
import FaultlineModel
import FaultlineText
import FaultlineExtract
import FaultlineAnalysis

/// Fuzz harness for extraction: bytes → text → `Ingestor.document(fromText:)` →
/// `Extractor.analyze` → `CorpusAnalyzer`, with the invariants of each result checked.
///
/// Input layout: one mode byte, then the article text (first line = title).
/// - bits 0–1: language `0` guessed, `1` `vi`, `2` `en`, `3` `fr` (no lexicon);
/// - bit 2: published `2022-08-14`; bit 3: published given as a malformed date.
public enum ExtractHarness {
    /// One extractor for the process (loading the lexicons is the expensive part).
    public static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("built-in lexicons do not load: \(error)") }
    }()

    public static func run(_ bytes: [UInt8]) throws {
        var input = FuzzInput(bytes)
        let mode = input.byte()
        let text = String(decoding: input.rest(), as: UTF8.self)
        let language: String? = [nil, "vi", "en", "fr"][Int(mode & 3)]
        let published: String? = mode & 4 != 0 ? "2022-08-14" : mode & 8 != 0 ? "14/08/22 xx" : nil
        var ingestor = Ingestor()
        guard let document = try? ingestor.document(fromText: text, id: "fuzz", language: language, published: published) else { return }
        try check(document)
    }

    /// Extraction and analysis of `document`, checked.
    public static func check(_ document: Document) throws {
        let a = extractor.analyze(document)
        try checkExtraction(a, of: document)
        let again = extractor.analyze(document)
        if again != a { throw FuzzFailure("extract", "two analyses of the same document differ") }
        let data = try JSONOutput.data(a)
        try OutputChecks.json(String(decoding: data, as: UTF8.self), "DocumentAnalysis JSON")
        if try JSONDecoder().decode(DocumentAnalysis.self, from: data) != a {
            throw FuzzFailure("extract", "DocumentAnalysis JSON round trip changed it")
        }
        let analysis = CorpusAnalyzer().analyze([a])
        try checkAnalysis(analysis)
    }

    /// A document analysis refers only to its own sentences, actors, events and claims,
    /// and its offsets fall inside the sentences on character boundaries.
    public static func checkExtraction(_ a: DocumentAnalysis, of d: Document) throws {
        let what = "extract"
        guard a.sentenceTexts == d.sentences.map(\.text), a.sentenceRoles == d.sentences.map(\.role) else {
            throw FuzzFailure(what, "sentence texts or roles differ from the document's")
        }
        let actorIDs = Set(a.actors.map(\.id))
        if actorIDs.count != a.actors.count { throw FuzzFailure(what, "repeated actor id") }
        func sentence(_ k: Int, _ item: String) throws -> [UInt8] {
            guard k >= 0, k < a.sentenceTexts.count else { throw FuzzFailure(what, "\(item) points to sentence \(k) of \(a.sentenceTexts.count)") }
            return Array(a.sentenceTexts[k].utf8)
        }
        func span(_ k: Int, _ start: Int, _ end: Int, _ item: String) throws -> String {
            let s = try sentence(k, item)
            guard start >= 0, start <= end, end <= s.count else { throw FuzzFailure(what, "\(item) offsets \(start)..<\(end) outside sentence \(k) (\(s.count) bytes)") }
            guard let text = String(validating: s[start..<end], as: UTF8.self) else { throw FuzzFailure(what, "\(item) offsets \(start)..<\(end) cut a character in sentence \(k)") }
            return text
        }
        for m in a.mentions {
            guard actorIDs.contains(m.actor) else { throw FuzzFailure(what, "mention of unknown actor \(m.actor)") }
            _ = try span(m.sentence, m.start, m.end, "mention «\(m.text)»")
        }
        for t in a.timexes {
            let covered = try span(t.sentence, t.expression.start, t.expression.end, "time expression «\(t.expression.text)»")
            if covered != t.expression.text { throw FuzzFailure(what, "time expression text «\(t.expression.text)», offsets cover «\(covered)»") }
        }
        let claimIDs = Set(a.claims.map(\.id)), eventIDs = Set(a.events.map(\.id))
        if claimIDs.count != a.claims.count || eventIDs.count != a.events.count { throw FuzzFailure(what, "repeated event or claim id") }
        for e in a.events {
            _ = try sentence(e.sentence, "event \(e.id)")
            for id in e.source + e.target + e.location where !actorIDs.contains(id) {
                throw FuzzFailure(what, "event \(e.id) names unknown actor \(id)")
            }
            if let c = e.claim, !claimIDs.contains(c) { throw FuzzFailure(what, "event \(e.id) reported by unknown claim \(c)") }
            if !(1...4).contains(e.quad) || !(-10...10).contains(e.goldstein) || !e.goldstein.isFinite {
                throw FuzzFailure(what, "event \(e.id) quad \(e.quad) goldstein \(e.goldstein)")
            }
            if e.cameo.isEmpty || !e.cameo.allSatisfy(\.isASCII) { throw FuzzFailure(what, "event \(e.id) CAMEO «\(e.cameo)»") }
        }
        for c in a.claims {
            _ = try sentence(c.sentence, "claim \(c.id)")
            for id in [c.speaker] + c.about + (c.via.map { [$0] } ?? []) where !actorIDs.contains(id) {
                throw FuzzFailure(what, "claim \(c.id) names unknown actor \(id)")
            }
            for id in c.events where !eventIDs.contains(id) { throw FuzzFailure(what, "claim \(c.id) reports unknown event \(id)") }
        }
    }

    /// A corpus analysis refers only to its own documents, actors, events and claims.
    public static func checkAnalysis(_ analysis: Analysis) throws {
        let what = "analysis"
        let actorIDs = Set(analysis.actors.map(\.id)), claimIDs = Set(analysis.claims.map(\.id))
        let documentIDs = Set(analysis.documents.map(\.id)), eventIDs = Set(analysis.events.map(\.id))
        for e in analysis.events {
            guard documentIDs.contains(e.document) else { throw FuzzFailure(what, "event \(e.id) in unknown document \(e.document)") }
            for id in e.source + e.target + e.location where !actorIDs.contains(id) { throw FuzzFailure(what, "event \(e.id) names unknown actor \(id)") }
            if let c = e.claim, !claimIDs.contains(c) { throw FuzzFailure(what, "event \(e.id) reported by unknown claim \(c)") }
        }
        for c in analysis.claims {
            guard documentIDs.contains(c.document) else { throw FuzzFailure(what, "claim \(c.id) in unknown document") }
            for id in c.events where !eventIDs.contains(id) { throw FuzzFailure(what, "claim \(c.id) reports unknown event \(id)") }
        }
        for x in analysis.contradictions {
            for id in x.claims where !claimIDs.contains(id) { throw FuzzFailure(what, "contradiction \(x.id) cites unknown claim \(id)") }
        }
        for v in analysis.centrality where !v.pagerank.isFinite || !v.betweenness.isFinite {
            throw FuzzFailure(what, "centrality of \(v.actor) is not finite")
        }
        try OutputChecks.json(try JSONOutput.string(analysis), "analysis JSON")
    }
}
