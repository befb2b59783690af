import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineRender

final class ContradictionMapRendererTests: XCTestCase {
    private let fixture = PictureFixture.analysis()

    func testSVGShowsSpeakersClaimsEventsAndTheContradiction() throws {
        let parsed = try ParsedSVG(try ContradictionMapRenderer().render(fixture))
        for speaker in ["russia", "russian-defence-ministry", "mevlut-cavusoglu", "united-nations"] {
            XCTAssertTrue(parsed.element(id: "speaker-" + speaker)?.classes.contains("speaker") ?? false, speaker)
        }
        XCTAssertEqual(parsed.element(id: "claim-c2")?.classes, ["node", "claim", "stance-accuse", "contradicted"])
        XCTAssertEqual(parsed.element(id: "claim-c1")?.classes, ["node", "claim", "stance-assert"])
        for event in ["e1", "e2", "e3", "e4", "e6"] { XCTAssertNotNil(parsed.element(id: "event-" + event), event) }
        XCTAssertNil(parsed.element(id: "event-e5"), "no claim reports the patrol")
        let edge = try XCTUnwrap(parsed.element(id: "contradiction-x1"))
        XCTAssertEqual(edge.classes, ["edge", "contradiction", "kind-blame"])
        let explained = parsed.elements(named: "title").first { $0.text.hasPrefix("Contradiction x1") }?.text ?? ""
        XCTAssertTrue(explained.contains("blame, score 0.86"))
        XCTAssertTrue(explained.contains("blames the opposition; Turkey's foreign minister blames government forces"))
        let label = parsed.elements(named: "text").map(\.text)
        XCTAssertTrue(label.contains("x1 · blame · 0.86"), "the explanation is also written next to the edge")
        XCTAssertTrue(label.contains("via Interfax"))
        XCTAssertNotNil(parsed.element(id: "says-c2"))
        XCTAssertNotNil(parsed.element(id: "reports-c2-e3"))
    }

    func testClaimsFlowFromSpeakersToEvents() throws {
        let dot = ContradictionMapRenderer().dot(for: fixture)
        let plain = PlainLayout(String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .plain), as: UTF8.self))
        let speaker = try XCTUnwrap(plain.node("speaker-russian-defence-ministry")).x
        let claim = try XCTUnwrap(plain.node("claim-c2")).x
        let event = try XCTUnwrap(plain.node("event-e3")).x
        XCTAssertLessThan(speaker, claim)
        XCTAssertLessThan(claim, event)
        XCTAssertTrue(dot.contains("\"claim-c2\" -> \"claim-c3\""))
        let line = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("contradiction-x1") })
        XCTAssertTrue(line.contains("\"constraint\"=\"false\"") && line.contains("\"color\"=\"#C00000\""))
    }

    func testOnlyContradictedClaims() throws {
        let dot = ContradictionMapRenderer(options: ContradictionMapOptions(onlyContradicted: true)).dot(for: fixture)
        XCTAssertTrue(dot.contains("\"claim-c2\" ["))
        XCTAssertTrue(dot.contains("\"claim-c3\" ["))
        XCTAssertFalse(dot.contains("\"claim-c1\" ["))
        XCTAssertFalse(dot.contains("\"event-e1\" ["))
        XCTAssertTrue(dot.contains("Claims: 2 of 4"))
        let many = ContradictionMapRenderer(options: ContradictionMapOptions(maxClaims: 3)).dot(for: fixture)
        XCTAssertFalse(many.contains("\"claim-c1\" ["), "more claims than maxClaims: only contradicted ones")
    }

    func testEmptyAndDeterministic() throws {
        XCTAssertNoThrow(try ParsedSVG(try ContradictionMapRenderer().render(Analysis())))
        var shuffled = fixture
        shuffled.claims.reverse(); shuffled.events.reverse(); shuffled.contradictions.reverse()
        XCTAssertEqual(ContradictionMapRenderer().dot(for: fixture), ContradictionMapRenderer().dot(for: shuffled))
    }

    func testMatchesGoldenDOT() throws {
        try Golden.check(ContradictionMapRenderer().dot(for: fixture), "contradictions.dot")
    }
}
