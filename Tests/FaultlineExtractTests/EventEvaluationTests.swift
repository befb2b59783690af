import XCTest
import FaultlineModel
@testable import FaultlineExtract

final class EventEvaluationTests: XCTestCase {
    func testGoldCategoriesFollowTheGoldFilesPloverVersion() {
        XCTAssertEqual(EventEvaluation.goldCategory("0233"), "DEMAND")
        XCTAssertEqual(EventEvaluation.goldCategory("1053"), "DEMAND")
        XCTAssertEqual(EventEvaluation.goldCategory("0813"), "CONCEDE")
        XCTAssertEqual(EventEvaluation.goldCategory("0871"), "RETREAT")
        XCTAssertEqual(EventEvaluation.goldCategory("191"), "COERCE")
        XCTAssertEqual(EventEvaluation.goldCategory("195"), "FIGHT")
        XCTAssertEqual(EventEvaluation.goldCategory("1831"), "ASSAULT")
        XCTAssertEqual(EventEvaluation.goldCategory("112"), "DISAPPROVE")
        XCTAssertNil(EventEvaluation.goldCategory("010"))
    }

    func testPloverGoldRecords() throws {
        guard let dir = sharedFolder("data") else { throw XCTSkip("../shared/data is absent") }
        let file = dir.appendingPathComponent("plover-gsr/PLOVER_GSR_CAMEO.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { throw XCTSkip("no PLOVER gold file") }
        let scores = try EventEvaluation.run(gsrFile: file, extractor: try Extractor())
        let report = scores.description + "\n\nMISSES\n" + scores.misses.joined(separator: "\n") + "\n\nEXTRAS\n" + scores.extras.joined(separator: "\n")
        try? report.write(toFile: NSTemporaryDirectory() + "faultline-event-eval.txt", atomically: true, encoding: .utf8)
        print(scores)
        XCTAssertEqual(scores.records, 322)
        XCTAssertGreaterThanOrEqual(scores.categoryAccuracy, 0.70)
        XCTAssertLessThan(scores.falseEventRate, 0.30)
    }
}
