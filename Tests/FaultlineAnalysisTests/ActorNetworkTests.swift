import XCTest
@testable import FaultlineAnalysis

/// Centrality on small graphs whose values are known in closed form.
final class ActorNetworkTests: XCTestCase {
    let star = ActorNetwork(pairs: ["a", "b", "d", "e"].map { ("c", $0, 1.0) })
    let path = ActorNetwork(pairs: [("a", "b", 1), ("b", "c", 1), ("c", "d", 1)])

    func value(_ net: ActorNetwork, _ values: [Double], _ id: String) -> Double { values[net.index(of: id)!] }

    func testDegree() {
        XCTAssertEqual(star.vertices, ["a", "b", "c", "d", "e"])
        XCTAssertEqual(star.degree(star.index(of: "c")!), 4)
        XCTAssertEqual(star.degree(star.index(of: "a")!), 1)
        XCTAssertEqual(star.edgeCount, 4)
        let weighted = ActorNetwork(pairs: [("a", "b", 3), ("b", "c", 1), ("a", "b", 2), ("x", "x", 5), ("y", "z", 0)])
        XCTAssertEqual(weighted.weightedDegree(weighted.index(of: "b")!), 6, "repeated pairs add up")
        XCTAssertEqual(weighted.degree(weighted.index(of: "x")!), 0, "no self-loops")
    }

    func testBetweennessOfAStarAndAPath() {
        let s = star.betweenness()
        XCTAssertEqual(value(star, s, "c"), 1, accuracy: 1e-12, "the centre lies on all 6 leaf pairs")
        XCTAssertEqual(value(star, s, "a"), 0)
        let p = path.betweenness()
        XCTAssertEqual(value(path, p, "b"), 2.0 / 3.0, accuracy: 1e-12, "b is on a–c and a–d out of 3 pairs")
        XCTAssertEqual(value(path, p, "c"), 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(value(path, p, "a"), 0)
        // Two shortest paths share the credit: in a 4-cycle each vertex carries half of one pair.
        let cycle = ActorNetwork(pairs: [("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("d", "a", 1)])
        let sixth: Double = 1.0 / 6.0
        for b in cycle.betweenness() { XCTAssertEqual(b, sixth, accuracy: 1e-12, "0.5 of 3 pairs each") }
    }

    func testSampledBetweennessIsExactWhenEverySourceIsSampled() {
        XCTAssertEqual(path.betweenness(sampleLimit: 4), path.betweenness())
        let sampled = path.betweenness(sampleLimit: 2)
        XCTAssertEqual(sampled, path.betweenness(sampleLimit: 2), "deterministic")
    }

    func testPageRankOfAStarAndAPath() {
        let s = star.pageRank()
        XCTAssertEqual(value(star, s, "c"), 0.132 / 0.2775, accuracy: 1e-9)
        XCTAssertEqual(value(star, s, "a"), 0.03 + 0.2125 * 0.132 / 0.2775, accuracy: 1e-9)
        XCTAssertEqual(s.reduce(0, +), 1, accuracy: 1e-12)
        let p = path.pageRank()
        XCTAssertEqual(value(path, p, "b"), 0.069375 / 0.21375, accuracy: 1e-9)
        XCTAssertEqual(value(path, p, "a"), 0.0375 + 0.425 * 0.069375 / 0.21375, accuracy: 1e-9)
    }

    func testPageRankFollowsWeightsAndHandlesIsolatedVertices() {
        let net = ActorNetwork(pairs: [("hub", "heavy", 9), ("hub", "light", 1)])
        let pr = net.pageRank()
        XCTAssertGreaterThan(value(net, pr, "heavy"), value(net, pr, "light"))
        XCTAssertEqual(ActorNetwork(pairs: []).pageRank(), [])
    }

    func testCentralityTableIsSortedAndRounded() {
        let table = star.centrality()
        XCTAssertEqual(table.first?.actor, "c")
        XCTAssertEqual(table.map(\.actor), ["c", "a", "b", "d", "e"])
        XCTAssertEqual(table.first?.pagerank, 0.475676)
    }
}
