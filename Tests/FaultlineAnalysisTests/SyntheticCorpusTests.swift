import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

final class SyntheticCorpusTests: XCTestCase {
    func testTheGeneratorIsDeterministicAndHitsItsCounts() throws {
        let gen = SyntheticCorpus(documents: 50, events: 1003, seed: 42)
        let parts = gen.parts()
        XCTAssertEqual(parts.count, 50)
        XCTAssertEqual(parts.reduce(0) { $0 + $1.events.count }, 1003)
        XCTAssertEqual(try JSONOutput.string(parts), try JSONOutput.string(gen.parts()))
        XCTAssertNotEqual(try JSONOutput.string(parts), try JSONOutput.string(SyntheticCorpus(documents: 50, events: 1003, seed: 43).parts()))
    }

    /// Ten thousand events: merged, duplicates found, contradictions found, all linear steps.
    func testTenThousandEvents() {
        let parts = SyntheticCorpus(documents: 1000, events: 10_000, seed: 3).parts()
        let a = CorpusAnalyzer().analyze(parts)
        XCTAssertEqual(a.documents.count, 1000)
        let duplicates = a.documents.filter { $0.duplicateOf != nil }.count
        XCTAssertGreaterThan(duplicates, 10)
        XCTAssertLessThan(a.events.count, 10_000, "re-reports and copies merge")
        XCTAssertGreaterThan(a.events.filter { Set($0.mentions.map(\.document)).count > 1 }.count, 100)
        XCTAssertFalse(a.contradictions.isEmpty)
        XCTAssertEqual(Set(ContradictionKind.allCases).subtracting(a.contradictions.map(\.kind)), [], "every kind occurs")
        XCTAssertFalse(a.cooccurrence.isEmpty)
        XCTAssertEqual(a.centrality.count, Set(a.cooccurrence.flatMap { [$0.a, $0.b] }).count)
    }

    /// The 100,000-event benchmark, run on demand (timing is not asserted):
    ///
    ///     FAULTLINE_BENCH=1 swift test -c release --filter SyntheticCorpusTests/testBenchmarkHundredThousandEvents
    func testBenchmarkHundredThousandEvents() throws {
        guard ProcessInfo.processInfo.environment["FAULTLINE_BENCH"] == "1" else {
            throw XCTSkip("set FAULTLINE_BENCH=1 to run the 100,000-event benchmark")
        }
        let clock = ContinuousClock()
        var parts: [DocumentAnalysis] = []
        let generation = clock.measure { parts = SyntheticCorpus(documents: 10_000, events: 100_000, seed: 1).parts() }
        var analysis = Analysis()
        let analysing = clock.measure { analysis = CorpusAnalyzer().analyze(parts) }
        print("benchmark: generated 10000 documents / 100000 events in \(generation); analysed in \(analysing): "
              + "\(analysis.events.count) events, \(analysis.claims.count) claims, \(analysis.contradictions.count) contradictions in \(analysis.disputes.count) disputes, "
              + "\(analysis.documents.filter { $0.duplicateOf != nil }.count) duplicates, \(analysis.cooccurrence.count) pairs")
        XCTAssertEqual(parts.reduce(0) { $0 + $1.events.count }, 100_000)
        XCTAssertLessThan(analysis.events.count, 100_000)
    }
}
