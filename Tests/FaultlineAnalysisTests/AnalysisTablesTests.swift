import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// The text tables against golden files in `Tests/Golden/FaultlineAnalysis/` (outside the test
/// target, so SwiftPM does not treat them as sources). After an intended change, regenerate them:
///
///     FAULTLINE_UPDATE_GOLDEN=1 swift test --filter AnalysisTablesTests
final class AnalysisTablesTests: XCTestCase {
    lazy var seed = analyze([SeedFixture.part()])
    lazy var sudan = analyze(SudanWeek.parts())

    func golden(_ name: String, _ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = packageRoot().appendingPathComponent("Tests/Golden/FaultlineAnalysis/\(name).txt")
        if ProcessInfo.processInfo.environment["FAULTLINE_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "\(name) differs from its golden file", file: file, line: line)
    }

    func testActors() throws { try golden("seed-actors", AnalysisTables.actors(seed)) }
    func testDyads() throws { try golden("sudan-dyads", AnalysisTables.dyads(sudan)) }
    func testContradictions() throws { try golden("sudan-contradictions", AnalysisTables.contradictions(sudan)) }
    func testTimeline() throws { try golden("seed-timeline", AnalysisTables.timeline(seed)) }

    func testColumnsAlign() {
        let lines = AnalysisTables.timeline(sudan).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, sudan.events.count + 2)
        // Every column starts where its header starts.
        let header = lines[0]
        for title in ["TIME", "CAMEO", "SOURCE → TARGET", "TEXT", "CLAIM"] {
            let column = header.distance(from: header.startIndex, to: header.range(of: title)!.lowerBound)
            for l in lines.dropFirst(2) where l.count > column {
                let before = l[l.index(l.startIndex, offsetBy: column - 2)..<l.index(l.startIndex, offsetBy: column)]
                XCTAssertEqual(before, "  ", "\(title) in: \(l)")
            }
        }
        XCTAssertTrue(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    func testTimelineOrder() {
        let order = AnalysisTables.timelineOrder(sudan.events)
        let dates = order.compactMap(\.date.value)
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertEqual(TextTable.snippet("a  b\nc", width: 10), "a b c")
        XCTAssertEqual(TextTable.snippet("abcdefghijkl", width: 5), "abcd…")
        XCTAssertEqual(TextTable.fixed(-2.005, 2), "-2.01")
        XCTAssertEqual(TextTable.fixed(0.25, 1), "0.3")
        XCTAssertEqual(TextTable.fixed(-0.001, 2), "0.00")
    }
}
