import Foundation
import XCTest
import FaultlineModel
import FaultlineText
import FaultlineRender
import FuzzHarness

/// Bugs the fuzzers and the scaling benchmark found, each pinned by the smallest input
/// that showed it.
final class FuzzFindingsTests: XCTestCase {
    /// `Ingestor` identified the language from the first 16 KB of the text with
    /// `String(text.utf8.prefix(16384))!`, which is nil when byte 16384 falls inside a
    /// multi-byte character: any long Vietnamese article without `--language` crashed.
    func testLanguageSampleEndingInsideACharacterDoesNotCrash() throws {
        let sentence = "Quân đội cho biết đã pháo kích khu vực này vào sáng nay. "
        for pad in 0..<4 {
            var ingestor = Ingestor()
            let text = "Tiêu đề\n\n" + String(repeating: "x", count: pad) + String(repeating: sentence, count: 400)
            let d = try ingestor.document(fromText: text, id: "long-\(pad)")
            XCTAssertEqual(d.language, "vi")
            XCTAssertGreaterThan(d.text.utf8.count, LanguageSampleSize.bytes)
        }
    }

    /// A cluster declared before an anonymous `{rank=same; …}` holding one of its nodes
    /// made `dot` abort (`delete_fast_node: Assertion find_fast_node(g, n) failed`) or
    /// crash, because the renderer's id discipline ordered that cluster before the rank
    /// subgraph; Graphviz's own discipline never does.
    func testClusterBeforeAnonymousRankDoesNotCrashDot() throws {
        let graphs = [
            "digraph \"x\" {\n  subgraph \"cluster_x\" { \"a\"; }\n  \"a\" -> \"b\";\n  { rank=\"same\"; \"a\"; }\n}\n",
            "digraph \"x\" {\n  subgraph \"cluster_x\" { \"a\"; \"b\"; }\n  \"a\" -> \"b\";\n  { rank=\"same\"; \"a\"; \"b\"; }\n}\n",
            "graph \"a\" {\n  \"a\" -- \"a\";\n  subgraph \"cluster_\" { \"a\"; }\n  { rank=\"same\"; \"a\"; }\n}\n",
        ]
        for dot in graphs {
            XCTAssertNoThrow(try RenderHarness.renderChecked(dot, engine: .dot, what: dot))
        }
        // The same shape from the builder, with the graph named like its node.
        var b = DOTBuilder(name: "n", kind: .graph)
        b.edge("n", "n")
        b.subgraph("cluster_c") { $0.node("n") }
        b.rank("same", ["n", "n"])
        XCTAssertNoThrow(try RenderHarness.renderChecked(b.build(), engine: .dot, what: "builder"))
    }

    /// `Folding.key`'s fast path for precomposed text knew only letters whose toneless
    /// form is one scalar, and only Latin ones: `ṝ` (r, dot below, macron) or Greek `ά`
    /// kept their tone mark when precomposed and lost it when decomposed, so the key of a
    /// word depended on its normalisation form (found by FuzzIngest on UTF-16 input).
    func testFoldingKeyDoesNotDependOnNormalisationForm() {
        for word in ["Nṝi", "ṝ", "Ṝ", "ά", "Ἄθως", "ѝ", "hòa", "hoà", "THỦY", "thuỷ", "Nguyễn", "Đà", "ǘ", "ḉ", "ẫ"] {
            let nfc = word.precomposedStringWithCanonicalMapping, nfd = word.decomposedStringWithCanonicalMapping
            XCTAssertEqual(Folding.key(nfc), Folding.key(nfd), word)
        }
        XCTAssertEqual(Folding.key("hòa"), Folding.key("hoà"))
        XCTAssertNotEqual(Folding.key("Nga"), Folding.key("ngà"))
    }

    /// `CSVExporter` doubled quotes with a character-level `replacingOccurrences`; a quote
    /// followed by a combining mark is one `Character`, so it stayed single and ended the
    /// quoted field early, shifting every later column (found by FuzzExport).
    func testCSVQuoteFollowedByCombiningMarkStaysInsideItsField() throws {
        let text = "said \"\u{301}no\"\u{301}, twice"
        let a = SyntheticAnalysis.make(strings: [text])
        let rows = try OutputChecks.csv(Exporter().csv(a, table: .events), "events.csv")
        XCTAssertEqual(rows.count, a.events.count + 1)
        XCTAssertTrue(rows.dropFirst().contains { $0.contains(text) }, "the text reads back whole")
    }

    /// A page without sentence punctuation is one huge sentence. The event coder copied
    /// the whole sentence's bytes for every piece of text it quoted
    /// (`SentenceContext.text`), and each time expression was located by scanning every
    /// token (`CodingInput.tokenRange`): extraction was quadratic in sentence length
    /// (found by `scripts/scaling.sh`, shape `wrapped`).
    func testExtractionOfOneHugeSentenceIsLinear() throws {
        func document(_ lines: Int) throws -> Document {
            var text = "Hard-wrapped article\n\nthe military said on 14/8\n"
            for k in 0..<lines { text += "that town \(k) had been shelled on 15/8 and\n" }
            var ingestor = Ingestor()
            return try ingestor.document(fromText: text, id: "wrapped-\(lines)", language: "en", published: "2022-08-16")
        }
        let small = try document(1_000), large = try document(4_000)
        XCTAssertEqual(large.sentences.count, 2, "one title, one sentence")
        let extractor = ExtractHarness.extractor
        let t1 = RobustnessSupport.seconds { _ = extractor.analyze(small) }
        let t4 = RobustnessSupport.seconds { _ = extractor.analyze(large) }
        XCTAssertLessThan(t4 / max(t1, 0.001), 9, "1,000 lines: \(t1) s, 4,000 lines: \(t4) s")
    }

    /// `ArticleLayout` joined each wrapped line onto a new copy of the paragraph so far:
    /// quadratic in the length of a hard-wrapped paragraph (40,000 lines took 9 s).
    func testHardWrappedParagraphIngestsInLinearTime() throws {
        func article(_ lines: Int) -> String {
            "Title\n\nthe army said\n" + String(repeating: "that the town was shelled and\n", count: lines)
        }
        let small = article(5_000), large = article(20_000)
        let t1 = try RobustnessSupport.seconds { var i = Ingestor(); _ = try i.document(fromText: small, id: "s") }
        let t4 = try RobustnessSupport.seconds { var i = Ingestor(); _ = try i.document(fromText: large, id: "l") }
        var i = Ingestor()
        XCTAssertEqual(try i.document(fromText: large, id: "l").sentences.count, 2)
        // Linear work grows 4×, quadratic 16×; allow for a noisy machine.
        XCTAssertLessThan(t4 / max(t1, 0.001), 9, "5,000 lines: \(t1) s, 20,000 lines: \(t4) s")
    }
}

/// The language identifier's sample size, as the ingestor uses it.
enum LanguageSampleSize {
    static let bytes = 16 * 1024
}
