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

    /// The fixture's contradiction as one dispute, and a second dispute about another day.
    func disputed() -> Analysis {
        var a = fixture
        a.contradictions[0].dispute = "d1"
        a.contradictions[0].echoes = [ContradictionEcho(claims: ["c1", "c3"], kind: .blame, score: 0.7)]
        a.contradictions.append(Contradiction(id: "x2", claims: ["c1", "c4"], kind: .value, score: 0.6,
                                              topic: "casualty figures", explanation: "12 killed against 30", dispute: "d2"))
        a.disputes = [
            Dispute(id: "d1", topic: "fighting around Aleppo, 2016-12-14", kinds: [.blame], sides: [
                DisputeSide(name: "Nga", camp: "RUS", speakers: ["russian-defence-ministry"], claims: ["c2"], position: "blames the opposition"),
                DisputeSide(name: "Thổ Nhĩ Kỳ", camp: "TUR", speakers: ["mevlut-cavusoglu"], claims: ["c3"], position: "blames government forces"),
            ], claims: ["c2", "c3"], contradictions: ["x1"], events: ["e3", "e4"], places: ["aleppo"], documents: ["doc-a"],
                    score: 0.86, from: "2016-12-14", to: "2016-12-14",
                    explanation: "Nga blames the opposition; Thổ Nhĩ Kỳ blames government forces — 2 claims in 1 document"),
            Dispute(id: "d2", topic: "casualty figures for fighting, 2016-12-15", kinds: [.value], sides: [
                DisputeSide(name: "Nga", camp: "RUS", speakers: ["russia"], claims: ["c1"], position: "reports 12 killed"),
                DisputeSide(name: "Liên hợp quốc", camp: "IGO", speakers: ["united-nations"], claims: ["c4"], position: "reports 30 killed"),
            ], claims: ["c1", "c4"], contradictions: ["x2"], score: 0.6, from: "2016-12-15", to: "2016-12-15",
                    explanation: "Nga reports 12 killed; Liên hợp quốc reports 30 killed — 2 claims in 1 document"),
        ]
        return a
    }

    func testWithDisputesTheMapShowsOneClusterPerDispute() throws {
        let a = disputed()
        let dot = ContradictionMapRenderer().dot(for: a)
        XCTAssertTrue(dot.contains("subgraph \"cluster_dispute-d1\""))
        XCTAssertTrue(dot.contains("subgraph \"cluster_dispute-d2\""))
        XCTAssertFalse(dot.contains("\"claim-c2\""), "claims are in the tooltips, not nodes")
        XCTAssertTrue(dot.contains("Disputes: 2 · contradictions: 2 (3 claim pairs)"))
        let parsed = try ParsedSVG(try ContradictionMapRenderer().render(a))
        let cluster = try XCTUnwrap(parsed.element(id: "dispute-d1"))
        XCTAssertTrue(cluster.classes.contains("dispute") && cluster.classes.contains("kind-blame"), "\(cluster.classes)")
        XCTAssertNotNil(parsed.element(id: "dispute-d1-topic"))
        XCTAssertNotNil(parsed.element(id: "dispute-d1-side-1-says"))
        let texts = parsed.elements(named: "text").map(\.text)
        XCTAssertTrue(texts.contains("blames the opposition"), "what each camp holds is written on its edge")
        XCTAssertTrue(texts.contains("1 contradiction (+1 echoes)"))
        // The camps sit left and right of the situation.
        let plain = PlainLayout(String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .plain), as: UTF8.self))
        let left = try XCTUnwrap(plain.node("dispute-d1-side-1")).x
        let topic = try XCTUnwrap(plain.node("dispute-d1-topic")).x
        let right = try XCTUnwrap(plain.node("dispute-d1-side-2")).x
        XCTAssertLessThan(left, topic)
        XCTAssertLessThan(topic, right)
        // d1 above d2 (Graphviz's y grows upwards in plain output).
        XCTAssertGreaterThan(try XCTUnwrap(plain.node("dispute-d1-topic")).y, try XCTUnwrap(plain.node("dispute-d2-topic")).y)
    }

    func testTheClaimViewStaysAvailable() throws {
        let dot = ContradictionMapRenderer(options: ContradictionMapOptions(detail: .claims)).dot(for: disputed())
        XCTAssertTrue(dot.contains("\"claim-c2\" -> \"claim-c3\""))
        XCTAssertFalse(dot.contains("cluster_dispute"))
        XCTAssertEqual(ContradictionMapRenderer().dot(for: fixture), ContradictionMapRenderer(options: ContradictionMapOptions(detail: .claims)).dot(for: fixture),
                       "without disputes the map is the claim view")
    }

    func testMatchesGoldenDOT() throws {
        try Golden.check(ContradictionMapRenderer().dot(for: fixture), "contradictions.dot")
    }
}
