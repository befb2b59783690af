import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineRender

final class ActorGraphRendererTests: XCTestCase {
    private let fixture = PictureFixture.analysis()

    private func attributes(of id: String, in dot: String) -> String? {
        dot.split(separator: "\n").first { $0.contains("\"\(id)\" [") || $0.contains("\"id\"=\"\(id)\"") }.map(String.init)
    }

    private func value(_ key: String, in line: String) -> String? {
        guard let range = line.range(of: "\"\(key)\"=\"") else { return nil }
        return String(line[range.upperBound...].prefix { $0 != "\"" })
    }

    func testSVGHasActorsWithIdsClassesAndTooltips() throws {
        let parsed = try ParsedSVG(try ActorGraphRenderer().render(fixture))
        let russia = try XCTUnwrap(parsed.element(id: "actor-russia"))
        XCTAssertEqual(russia.classes, ["node", "actor", "kind-country"])
        XCTAssertEqual(parsed.element(id: "actor-sergei-lavrov")?.classes, ["node", "actor", "kind-person"])
        XCTAssertNil(parsed.element(id: "actor-aleppo"), "places are left out by default")
        XCTAssertNil(parsed.element(id: "actor-interfax"), "actors outside co-occurrence and events are left out")
        let title = try XCTUnwrap(parsed.elements(named: "title").first { $0.text.hasPrefix("Thổ Nhĩ Kỳ (country)") })
        XCTAssertTrue(title.text.contains("code TUR"))
        XCTAssertTrue(title.text.contains("PageRank 0.22"))
        XCTAssertTrue(title.text.contains("source of 1 event, target of 1"))
        XCTAssertNotNil(parsed.element(id: "legend"))
        XCTAssertEqual(parsed.elements(named: "title").first?.text, "actors")
    }

    func testNodesGrowWithCentrality() throws {
        let dot = ActorGraphRenderer().dot(for: fixture)
        let size = { (id: String) -> Double in
            Double(self.value("fontsize", in: self.attributes(of: "actor-\(id)", in: dot) ?? "") ?? "") ?? -1
        }
        XCTAssertEqual(size("turkey"), 18, "the most central actor gets the largest font")
        XCTAssertGreaterThan(size("russia"), size("syria"))
        XCTAssertGreaterThan(size("syria"), 9)
        // Without centrality, mentions decide.
        var plain = fixture
        plain.centrality = []
        let byMentions = ActorGraphRenderer().dot(for: plain)
        let russia = Double(value("fontsize", in: attributes(of: "actor-russia", in: byMentions) ?? "") ?? "") ?? -1
        let lavrov = Double(value("fontsize", in: attributes(of: "actor-sergei-lavrov", in: byMentions) ?? "") ?? "") ?? -1
        XCTAssertGreaterThan(russia, lavrov)
    }

    func testEdgesAreWeightedByCooccurrenceAndColouredByGoldstein() throws {
        let dot = ActorGraphRenderer().dot(for: fixture)
        let ally = try XCTUnwrap(attributes(of: "pair-russia~turkey", in: dot))
        let enemy = try XCTUnwrap(attributes(of: "pair-syrian-army~syrian-opposition", in: dot))
        let quiet = try XCTUnwrap(attributes(of: "pair-syria~turkey", in: dot))
        XCTAssertEqual(value("penwidth", in: ally), "6", "the heaviest pair")
        XCTAssertEqual(value("penwidth", in: enemy), "4")
        XCTAssertEqual(value("penwidth", in: quiet), "2")
        XCTAssertEqual(value("color", in: ally), PicturePalette.goldstein(4.5))
        XCTAssertEqual(value("color", in: enemy), PicturePalette.goldstein(-8))
        XCTAssertEqual(value("class", in: ally), "pair cooperation")
        XCTAssertEqual(value("class", in: enemy), "pair conflict")
        XCTAssertEqual(value("class", in: quiet), "pair no-events")
        XCTAssertEqual(value("style", in: quiet), "dashed")
        XCTAssertTrue(ally.contains("mean Goldstein +4.5"))
        XCTAssertNil(attributes(of: "pair-aleppo~syrian-army", in: dot), "no edge to a left-out place")
        let heavier = ActorGraphRenderer(options: ActorGraphOptions(minWeight: 3)).dot(for: fixture)
        XCTAssertNil(attributes(of: "pair-syria~turkey", in: heavier))
        XCTAssertNotNil(attributes(of: "pair-russia~turkey", in: heavier))
    }

    func testGoldsteinScaleRunsFromRedThroughGreyToBlue() {
        XCTAssertEqual(PicturePalette.goldstein(-10), "#B2182B")
        XCTAssertEqual(PicturePalette.goldstein(0), "#999999")
        XCTAssertEqual(PicturePalette.goldstein(10), "#2166AC")
        XCTAssertEqual(PicturePalette.goldstein(-40), "#B2182B", "clamped")
        XCTAssertEqual(PicturePalette.goldstein(.nan), "#999999")
    }

    func testCountryClustersAndLocations() throws {
        let options = ActorGraphOptions(clusterByCountry: true, includeLocations: true)
        let renderer = ActorGraphRenderer(options: options)
        XCTAssertEqual(renderer.engine, .fdp)
        XCTAssertEqual(ActorGraphRenderer().engine, .neato)
        let parsed = try ParsedSVG(try renderer.render(fixture))
        let clusters = parsed.elements(withClass: "country-cluster").compactMap { $0.attributes["id"] }.sorted()
        XCTAssertEqual(clusters, ["country-IGO", "country-RUS", "country-SYR", "country-TUR"])
        XCTAssertNotNil(parsed.element(id: "actor-aleppo"))
        let dot = renderer.dot(for: fixture)
        let syria = try XCTUnwrap(dot.components(separatedBy: "subgraph \"cluster_country_SYR\"").last?.components(separatedBy: "}").first)
        for id in ["aleppo", "syria", "syrian-army", "syrian-opposition", "bashar-al-assad"] {
            XCTAssertTrue(syria.contains("\"actor-\(id)\""), id)
        }
    }

    func testMaxActorsKeepsTheMostCentral() {
        let dot = ActorGraphRenderer(options: ActorGraphOptions(maxActors: 2)).dot(for: fixture)
        let actors = dot.split(separator: "\n").filter { $0.contains("\"class\"=\"actor ") }
        XCTAssertEqual(actors.count, 2)
        XCTAssertNotNil(attributes(of: "actor-turkey", in: dot))
        XCTAssertNotNil(attributes(of: "actor-russia", in: dot), "PageRank 0.2 ties with the Syrian army; ids break the tie")
        XCTAssertTrue(dot.contains("Actors: 2 of 9"))
    }

    func testEmptyAndDeterministic() throws {
        XCTAssertNoThrow(try ParsedSVG(try ActorGraphRenderer().render(Analysis())))
        var shuffled = fixture
        shuffled.actors.reverse(); shuffled.cooccurrence.reverse(); shuffled.dyads.reverse(); shuffled.centrality.reverse()
        XCTAssertEqual(ActorGraphRenderer().dot(for: fixture), ActorGraphRenderer().dot(for: shuffled))
        XCTAssertEqual(try ActorGraphRenderer().render(fixture), try ActorGraphRenderer().render(fixture))
    }

    func testMatchesGoldenDOT() throws {
        try Golden.check(ActorGraphRenderer().dot(for: fixture), "actors.dot")
        try Golden.check(ActorGraphRenderer(options: ActorGraphOptions(clusterByCountry: true, includeLocations: true)).dot(for: fixture),
                         "actors-clustered.dot")
    }
}
