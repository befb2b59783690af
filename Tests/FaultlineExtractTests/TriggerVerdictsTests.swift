import XCTest
@testable import FaultlineExtract

/// `TriggerVerdicts` answers as the decision it remembers, and only for the triggers it holds.
final class TriggerVerdictsTests: XCTestCase {
    func testAnswersAreTheDecisionsForTheTriggersHeld() {
        let triggers = (0..<70).map { TriggerMatch(entry: $0 % 5, start: $0 * 2, end: $0 * 2 + 1) }
        let decide: (TriggerMatch) -> Bool = { $0.start % 3 == 0 }
        let verdicts = TriggerVerdicts(triggers, decide)
        for (k, t) in triggers.enumerated() {
            // The first 64 are remembered; later ones are left to the caller.
            XCTAssertEqual(verdicts.verdict(t), k < 64 ? decide(t) : nil, "trigger \(k)")
        }
        // Same start, another entry; a start no trigger has.
        XCTAssertNil(verdicts.verdict(TriggerMatch(entry: 4, start: 0, end: 1)))
        XCTAssertNil(verdicts.verdict(TriggerMatch(entry: 0, start: 1, end: 2)))
        XCTAssertNil(TriggerVerdicts().verdict(triggers[0]))
    }

    func testTheCoderAnswersAsItDecides() {
        let coder = TestLexicons.en.coder()
        let input = codingInput("The army attacked the town after the deployment of troops", [])
        let ctx = SentenceContext(input, markers: coder.markers)
        let triggers = coder.verbs.matches(in: input.tokens, blocked: { _ in false }, isBarrier: { _ in false })
        XCTAssertFalse(triggers.isEmpty)
        var remembered = ctx
        remembered.verbal = TriggerVerdicts(triggers) { coder.decideVerbal(ctx, $0) }
        for t in triggers {
            XCTAssertEqual(coder.isVerbal(remembered, t), coder.decideVerbal(ctx, t))
            XCTAssertEqual(coder.isVerbal(ctx, t), coder.decideVerbal(ctx, t))
        }
    }
}
