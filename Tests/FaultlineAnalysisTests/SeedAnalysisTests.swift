import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// The acceptance conditions of the seed article (EXPECTED.md: Contradictions, Co-occurrence),
/// on a hand-built extraction of it and on variants a real extractor may produce.
final class SeedAnalysisTests: XCTestCase {
    let seed = SeedFixture.id

    func testTheRussiaTurkeyContradictionIsFoundOnce() throws {
        let a = analyze([SeedFixture.part()])
        let mod = a.claimId(document: seed, sentence: 7, speaker: "russian-defence-ministry")
        let cav = a.claimId(document: seed, sentence: 8, speaker: "mevlut-cavusoglu")
        let x = try XCTUnwrap(a.contradiction(mod, cav), "\(a.contradictions)")
        XCTAssertTrue([.explicit, .blame].contains(x.kind))
        XCTAssertEqual(x.kind, .explicit, "the text says so: trái chiều")
        XCTAssertGreaterThan(x.score, 0.9)
        XCTAssertTrue(x.explanation.contains("trái chiều"), x.explanation)
        XCTAssertTrue(x.explanation.contains("blame"), "blame holds too: \(x.explanation)")
        XCTAssertTrue(x.topic.contains("Aleppo") && x.topic.contains("2016-12-14"), x.topic)
        XCTAssertEqual(x.claims, [mod!, cav!].sorted(by: IdOrder.less))
        XCTAssertLessThanOrEqual(a.contradictions.count, 3)
        XCTAssertEqual(a.contradictions.count, 1, "\(a.contradictions)")
    }

    func testTheJointStatementContradictsNothing() {
        for variant: SeedFixture.Variant in [[], .ministerClaims, .verbalObstruction, .titleDatedByDocument,
                                             [.ministerClaims, .verbalObstruction, .titleDatedByDocument]] {
            let a = analyze([SeedFixture.part(variant)])
            let joint: Set<String> = ["russian-foreign-ministry", "sergei-lavrov"]
            let jointClaims = Set(a.claims.filter { [1, 3, 4, 5].contains($0.sentence) }.map(\.id))
            for x in a.contradictions {
                XCTAssertTrue(jointClaims.isDisjoint(with: x.claims), "variant \(variant.rawValue): \(x)")
                let speakers = a.speakers(x)
                XCTAssertTrue(speakers.isDisjoint(with: joint), "variant \(variant.rawValue): \(x)")
                XCTAssertFalse(speakers == ["mevlut-cavusoglu", "sergei-lavrov"], "allies: \(x)")
            }
            XCTAssertLessThanOrEqual(a.contradictions.count, 3, "variant \(variant.rawValue)")
            let mod = a.claims.first { $0.speaker == "russian-defence-ministry" }?.id
            let cav = a.claims.first { $0.speaker == "mevlut-cavusoglu" && $0.sentence == 8 }?.id
            XCTAssertNotNil(a.contradiction(mod, cav), "variant \(variant.rawValue)")
        }
    }

    func testBlameAloneFindsItWithoutTheCueSentence() throws {
        var part = SeedFixture.part()
        part.sentenceTexts[6] = "Trước đó, tình hình tại Syria tiếp tục căng thẳng."
        let a = analyze([part])
        let mod = a.claimId(document: seed, sentence: 7, speaker: "russian-defence-ministry")
        let cav = a.claimId(document: seed, sentence: 8, speaker: "mevlut-cavusoglu")
        let x = try XCTUnwrap(a.contradiction(mod, cav))
        XCTAssertEqual(x.kind, .blame)
        XCTAssertTrue(x.explanation.contains("Bộ Quốc phòng Nga blames lực lượng đối lập"), x.explanation)
        XCTAssertTrue(x.explanation.contains("Mevlut Cavusoglu blames quân đội chính phủ Syria"), x.explanation)
    }

    func testRussiaTurkeyIsTheStrongestCountryPair() throws {
        for variant: SeedFixture.Variant in [[], .ministerClaims] {
            let a = analyze([SeedFixture.part(variant)])
            let top = try XCTUnwrap(CountryPairs.strongest(in: a))
            XCTAssertEqual([top.a, top.b], ["RUS", "TUR"], "\(a.countryCooccurrence.prefix(4))")
            XCTAssertTrue(a.countryCooccurrence.allSatisfy { $0.a < $0.b })
        }
    }

    func testTitleAndBodyReportsOfTheAgreementAreOneEvent() throws {
        let a = analyze([SeedFixture.part(.titleDatedByDocument)])
        let agreements = a.events.filter { $0.cameo == "051" }
        XCTAssertEqual(agreements.count, 1, "\(agreements.map(\.mentions))")
        let e = try XCTUnwrap(agreements.first)
        XCTAssertEqual(e.mentions.map(\.sentence), [0, 1, 3])
        XCTAssertEqual(e.date.value, "2016-12-14", "the explicit body date wins over the document date")
        XCTAssertEqual(e.sentence, 1)
        // The teaser headline and the body sentence about Assad: one criticism.
        XCTAssertEqual(a.events.filter { $0.cameo == "111" }.count, 1)
        // The repelling of the attack is not the attack.
        XCTAssertEqual(a.events.filter { $0.cameo == "190" }.count, 2)
    }

    func testPatrolComesBeforeTheFourteenthInTheTimelineAndGraph() throws {
        let a = analyze([SeedFixture.part()])
        let order = AnalysisTables.timelineOrder(a.events)
        XCTAssertEqual(order.first?.date.value, "2016-12-13")
        let graph = EventGraph(a)
        let patrol = try XCTUnwrap(a.events.first { $0.cameo == "150" })
        let later = graph.reachable(from: .event(patrol.id), along: [.before])
        XCTAssertEqual(later.count, a.events.filter { $0.date.value == "2016-12-14" }.count + 1)
    }
}
