import Foundation
import XCTest
import FaultlineModel

/// `faultline contradictions` over the example week: the table grouped by dispute, and JSON
/// with the disputes, their contradictions and every claim they cite.
final class ContradictionsCommandTests: XCTestCase {
    struct Output: Decodable {
        var disputes: [Dispute]
        var contradictions: [Contradiction]
        var claims: [Claim]
    }

    func examples() throws -> String {
        let folder = CLIHarness.packageRoot.appendingPathComponent("Examples/zaporizhzhia-week")
        guard FileManager.default.fileExists(atPath: folder.path) else { throw XCTSkip("Examples/ is absent") }
        return folder.path
    }

    func testJSONHoldsDisputesContradictionsAndTheirClaims() throws {
        let r = try CLIHarness.run(["contradictions", try examples(), "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = try JSONDecoder().decode(Output.self, from: r.stdout)
        XCTAssertFalse(out.disputes.isEmpty)
        let ids = Set(out.contradictions.map(\.id))
        for d in out.disputes {
            XCTAssertFalse(d.contradictions.isEmpty, d.id)
            XCTAssertTrue(Set(d.contradictions).isSubset(of: ids), d.id)
            XCTAssertEqual(d.sides.count, 2, d.id)
        }
        let cited = Set(out.contradictions.flatMap { [$0.claims] + $0.echoes.map(\.claims) }.flatMap { $0 })
        XCTAssertEqual(Set(out.claims.map(\.id)), cited, "every claim a contradiction or echo cites, and no other")
        XCTAssertTrue(out.contradictions.allSatisfy { $0.dispute != nil })
    }

    func testTableIsGroupedByDispute() throws {
        let path = try examples()
        let json = try JSONDecoder().decode(Output.self, from: try CLIHarness.run(["contradictions", path, "--json"]).stdout)
        let r = try CLIHarness.run(["contradictions", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("ID "))
        let disputeRows = lines.filter { $0.hasPrefix("d") }
        XCTAssertEqual(disputeRows.map { String($0.prefix { $0 != " " }) }, json.disputes.map(\.id))
        XCTAssertEqual(lines.filter { $0.hasPrefix("  x") }.count, json.contradictions.count)
        // Each dispute row is followed by its own contradictions.
        let d1 = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("d1 ") })
        let firstOfD1 = lines[d1 + 1].trimmingCharacters(in: .whitespaces).prefix { $0 != " " }
        XCTAssertTrue(json.disputes[0].contradictions.contains(String(firstOfD1)), String(firstOfD1))
    }

    func testMinScoreKeepsOnlyDisputesWithAStrongContradiction() throws {
        let r = try CLIHarness.run(["contradictions", try examples(), "--json", "--min-score", "0.95"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = try JSONDecoder().decode(Output.self, from: r.stdout)
        XCTAssertTrue(out.contradictions.allSatisfy { $0.score >= 0.95 })
        let kept = Set(out.contradictions.map(\.id))
        for d in out.disputes { XCTAssertTrue(Set(d.contradictions).isSubset(of: kept) && !d.contradictions.isEmpty, d.id) }
        XCTAssertLessThan(out.disputes.count, 4)
    }
}
