import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// TempEval-3 measures on hand-made cases, and the WikiWars target.
final class TimexEvaluationTests: XCTestCase {
    func gold(_ s: Int, _ e: Int, _ v: String?, _ t: TimexType = .date) -> GoldTimex {
        GoldTimex(tid: "t", type: t, value: v, mod: nil, start: s, end: e, text: "")
    }

    func system(_ s: Int, _ e: Int, _ v: String, _ t: TimexType = .date) -> TimeExpression {
        TimeExpression(text: "", start: s, end: e, type: t, value: v, anchor: .explicit, rule: "r")
    }

    func testScoresStrictRelaxedValueAndType() {
        let g = [gold(0, 10, "1999"), gold(20, 30, "P2D", .duration), gold(40, 45, "2000"), gold(60, 70, "2001")]
        let s = [system(0, 10, "1999"),                  // exact, right value
                 system(22, 30, "P3D", .duration),       // overlap, wrong value
                 system(40, 45, "2000", .time),          // exact, wrong type
                 system(80, 90, "2002")]                 // spurious; gold 60–70 missed
        let (scores, diffs) = TimexEvaluation.score(gold: g, system: s)
        XCTAssertEqual(scores.strictGold, 2)
        XCTAssertEqual(scores.relaxedGold, 3)
        XCTAssertEqual(scores.pairs, 3)
        XCTAssertEqual(scores.strictPrecision, 0.5, accuracy: 1e-9)
        XCTAssertEqual(scores.relaxedPrecision, 0.75, accuracy: 1e-9)
        XCTAssertEqual(scores.relaxedRecall, 0.75, accuracy: 1e-9)
        XCTAssertEqual(scores.valueAccuracy, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(scores.typeAccuracy, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(scores.valueF1, 0.75 * 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(Set(diffs.map(\.kind)), [.missed, .spurious, .value, .type, .span])
        let table = scores.description
        XCTAssertTrue(table.contains("relaxed     75.0   75.0   75.0"), table)
        XCTAssertTrue(table.contains("value F1   50.0"), table)
    }

    func testEmptyInputsScoreZeroWithoutCrashing() {
        let (scores, diffs) = TimexEvaluation.score(gold: [], system: [])
        XCTAssertEqual(scores.relaxedF1, 0)
        XCTAssertEqual(scores.valueAccuracy, 0)
        XCTAssertTrue(diffs.isEmpty)
    }

    func testRunsOverAFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timex-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "In June 1941 Germany invaded. The next day Minsk fell."
        let xml = TimeMLWriter.write(text: text, dct: "2009-12-19",
                                     expressions: TimeTagger(language: "en", mode: .narrative).tag(text, dct: "2009-12-19"))
        try xml.write(to: dir.appendingPathComponent("a.tml"), atomically: true, encoding: .utf8)
        try "not a tml".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let scores = try TimexEvaluation.run(goldDirectory: dir, mode: .narrative)
        XCTAssertEqual(scores.documents, 1)
        XCTAssertEqual(scores.gold, 2)
        XCTAssertEqual(scores.strictF1, 1, accuracy: 1e-9)
        XCTAssertEqual(scores.valueF1, 1, accuracy: 1e-9)
        try "<TimeML><TEXT>broken <TIMEX3 tid=\"t1\">x</TEXT>".write(to: dir.appendingPathComponent("b.tml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try TimexEvaluation.run(goldDirectory: dir)) { XCTAssertTrue("\($0)".hasPrefix("b.tml:")) }
        XCTAssertThrowsError(try TimexEvaluation.run(goldDirectory: dir.appendingPathComponent("missing")))
    }

    /// The target: beat HeidelTime on WikiWars in narrative mode (90.3 / 80.8).
    func testWikiWarsNarrativeScoresBeatTheTarget() throws {
        let dir = sharedDirectory().appendingPathComponent("data/wikiwars-timex3")
        guard FileManager.default.fileExists(atPath: dir.path) else { throw XCTSkip("WikiWars not present") }
        let scores = try TimexEvaluation.run(goldDirectory: dir, mode: .narrative)
        print(scores)
        XCTAssertEqual(scores.documents, 22)
        XCTAssertGreaterThanOrEqual(scores.relaxedF1, 0.91)
        XCTAssertGreaterThanOrEqual(scores.valueF1, 0.82)
    }
}
