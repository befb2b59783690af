import XCTest
import FaultlineModel
@testable import FaultlineExtract

final class ExplainTests: XCTestCase {
    func testExplainsTokensMatchesDecisionsAndResults() throws {
        guard let doc = seedDocument() else { throw XCTSkip("../shared/seed is absent") }
        let explainer = Explainer(extractor: ExtractorTests.extractor)
        let index = try XCTUnwrap(doc.sentences.first { $0.text.hasPrefix("Theo hãng tin Interfax") }?.index)
        let x = try XCTUnwrap(explainer.explain(doc, sentence: index))
        XCTAssertTrue(x.tokens.contains("Interfax"))
        XCTAssertTrue(x.actors.contains { $0.contains("russian-defence-ministry") && $0.contains("rule ") })
        XCTAssertTrue(x.times.contains { $0.contains("rạng sáng cùng ngày") && $0.contains("2016-12-14") })
        XCTAssertTrue(x.triggers.contains { $0.contains("`tấn công` → 190") && $0.contains("vi/verbs.tsv:") })
        XCTAssertTrue(x.triggers.contains { $0.contains("đẩy lui") && $0.contains("vi.fight.day-lui") })
        XCTAssertTrue(x.cues.contains { $0.contains("`cho biết` assert") && $0.contains("via interfax") })
        XCTAssertTrue(x.markers.contains { $0.contains("`tuy nhiên` boundary") })
        XCTAssertEqual(x.clauses.count, 3)
        XCTAssertTrue(x.decisions.contains { $0.contains("source `lực lượng đối lập`") })
        XCTAssertTrue(x.decisions.contains { $0.contains("relayed by `hãng tin Interfax`") })
        XCTAssertEqual(x.events.count, 3)
        XCTAssertEqual(x.claims.count, 1)
        let text = x.description
        for heading in ["tokens:", "actors:", "time expressions:", "triggers:", "reporting cues:", "markers:", "clauses:", "decisions:", "events:", "claims:"] {
            XCTAssertTrue(text.contains(heading), heading)
        }
        XCTAssertTrue(text.contains("dawn"))
    }

    func testExplainsWhyNothingWasCoded() throws {
        let s = "Đội tuyển Thái Lan tấn công dồn dập nhưng Việt Nam vẫn giữ vững tỷ số ở trận chung kết."
        let doc = Document(id: "t", title: "", text: s, language: "vi", origin: "t", sentences: [Sentence(index: 0, text: s, paragraph: 1)])
        let x = try XCTUnwrap(Explainer(extractor: ExtractorTests.extractor).explain(doc, sentence: 0))
        XCTAssertTrue(x.events.isEmpty)
        XCTAssertTrue(x.decisions.contains { $0.contains("not coded") && $0.contains("sport") }, "\(x.decisions)")
        XCTAssertNil(Explainer(extractor: ExtractorTests.extractor).explain(doc, sentence: 5))
    }

    func testEveryEventCarriesTheRuleTheExplanationNames() throws {
        guard let doc = seedDocument() else { throw XCTSkip("../shared/seed is absent") }
        let explainer = Explainer(extractor: ExtractorTests.extractor)
        for s in doc.sentences {
            let x = try XCTUnwrap(explainer.explain(doc, sentence: s.index, dct: "2016-12-15"))
            for e in x.events { XCTAssertTrue(x.description.contains(e.rule), "\(e.id) \(e.rule)") }
        }
    }
}
