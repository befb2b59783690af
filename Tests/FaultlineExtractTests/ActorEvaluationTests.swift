import XCTest
import FaultlineModel
@testable import FaultlineExtract

final class ActorEvaluationTests: XCTestCase {
    func testBuiltInLexiconReachesTheTargetOnPloverGold() throws {
        guard let gsr = ActorTestSupport.sharedFile("data/plover-gsr/PLOVER_GSR_CAMEO.txt") else { throw XCTSkip("gold data absent") }
        let scores = try ActorEvaluation.run(gsrFile: gsr, recognizer: ActorTestSupport.recognizer)
        print("built-in:\n\(scores)")
        if ProcessInfo.processInfo.environment["ACTOR_EVAL_MISSES"] != nil { print(scores.misses.joined(separator: "\n")) }
        XCTAssertGreaterThanOrEqual(scores.accuracy, 0.80)
    }
}

extension ActorEvaluationTests {
    func testPetrarchDictionariesImproveTheScore() throws {
        guard let gsr = ActorTestSupport.sharedFile("data/plover-gsr/PLOVER_GSR_CAMEO.txt"),
              let dicts = ActorTestSupport.sharedFile("data/petrarch-dictionaries") else { throw XCTSkip("reference data absent") }
        let base = try ActorEvaluation.run(gsrFile: gsr, recognizer: ActorTestSupport.recognizer)
        var rec = ActorTestSupport.recognizer
        let start = Date()
        let errors = rec.loadPetrarch(directory: dicts)
        print("PETRARCH load: \(Date().timeIntervalSince(start)) s, \(errors.count) line errors"); if ProcessInfo.processInfo.environment["ACTOR_EVAL_MISSES"] != nil { print(errors.map(\.description).joined(separator: "\n")) }
        let scores = try ActorEvaluation.run(gsrFile: gsr, recognizer: rec)
        print("with PETRARCH dictionaries:\n\(scores)")
        if ProcessInfo.processInfo.environment["ACTOR_EVAL_MISSES"] != nil { print(scores.misses.joined(separator: "\n")) }
        XCTAssertGreaterThan(scores.accuracy, base.accuracy)
    }
}
