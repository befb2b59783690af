import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Co-occurrence counts on a tiny corpus checked by hand.
///
/// Document A: title {russia, ukraine}; body {ukraine, UN, Kharkiv (a place: not counted)};
/// body {russia} plus the event russia → ukraine there; boilerplate {russia, UN} (not counted).
/// Document B: {russia, UN}; {ukraine} with an event by ukraine alone.
/// So N = 5 counted sentences; n(russia) = 3, n(ukraine) = 4, n(UN) = 2.
final class CooccurrenceCounterTests: XCTestCase {
    func corpus() -> [DocumentAnalysis] {
        var a = DocBuilder("a", published: "2023-05-02")
        a.sentence("Russia and Ukraine trade blame", role: .title, mentions: ["russia", "ukraine"])
        a.sentence("Ukraine asked the UN to visit Kharkiv.", mentions: ["ukraine", "united-nations", "kharkiv"])
        let s2 = a.sentence("Russia launched new strikes overnight.", mentions: ["russia"])
        a.sentence("Russia UN newsletter", role: .boilerplate, mentions: ["russia", "united-nations"])
        a.event(s2, "195", source: ["russia"], target: ["ukraine"], date: "2023-05-01")
        var b = DocBuilder("b", published: "2023-05-03")
        b.sentence("Russia briefed the UN.", mentions: ["russia", "united-nations"])
        let t1 = b.sentence("Ukraine mobilised reserves.", mentions: ["ukraine"])
        b.event(t1, "150", source: ["ukraine"], date: "2023-05-02")
        return [a.build(), b.build()]
    }

    func testActorPairs() {
        let pairs = analyze(corpus()).cooccurrence
        XCTAssertEqual(pairs, [
            Cooccurrence(a: "russia", b: "ukraine", sentences: 2, events: 1, documents: 2, weight: 4, pmi: -0.182322),
            Cooccurrence(a: "russia", b: "united-nations", sentences: 1, events: 0, documents: 2, weight: 1, pmi: -0.182322),
            Cooccurrence(a: "ukraine", b: "united-nations", sentences: 1, events: 0, documents: 2, weight: 1, pmi: -0.470004),
        ])
        // ln(2·5 / (3·4)), ln(1·5 / (3·2)), ln(1·5 / (4·2))
    }

    func testCountryPairsUseTheSameWindows() {
        let countries = analyze(corpus()).countryCooccurrence
        XCTAssertEqual(countries.map { "\($0.a)-\($0.b) \($0.sentences)/\($0.events)/\($0.documents) \($0.weight)" },
                       ["RUS-UKR 2/1/2 4.0", "IGO-RUS 1/0/2 1.0", "IGO-UKR 1/0/2 1.0"])
    }

    func testTwoActorsOfOneCountryCountOnceForThatCountry() {
        var d = DocBuilder("d")
        d.sentence("Lavrov and the Russian foreign ministry spoke to Cavusoglu.",
                   mentions: ["sergei-lavrov", "russian-foreign-ministry", "mevlut-cavusoglu"])
        let a = analyze([d.build()])
        XCTAssertEqual(a.countryCooccurrence.map { "\($0.a)-\($0.b) \($0.sentences)" }, ["RUS-TUR 1"])
        XCTAssertEqual(a.cooccurrence.count, 3)
    }

    func testEventWeightAndExcludedKindsAreOptions() {
        var options = AnalysisOptions(eventWeight: 0.5)
        options.cooccurrenceExcludedKinds = []
        let pairs = analyze(corpus(), options).cooccurrence
        XCTAssertEqual(pairs.first { $0.a == "russia" && $0.b == "ukraine" }?.weight, 2.5)
        XCTAssertNotNil(pairs.first { $0.a == "kharkiv" && $0.b == "ukraine" }, "places counted when not excluded")
    }
}
