import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Sides of actors with a patron (`Actor.affiliation`): a proxy stands with its patron.
final class ActorSidesTests: XCTestCase {
    func testAnAffiliatedActorTakesItsPatronsSide() {
        let separatists = Actor(id: "russian-backed-rebels", name: "Russian-backed rebels", kind: .armedGroup, code: "UKRREB",
                                country: "UKR", affiliation: "RUS")
        let army = Actor(id: "ukrainian-armed-forces", name: "Ukrainian armed forces", kind: .armedGroup, code: "UKRMIL", country: "UKR")
        let ministry = Actor(id: "russian-defence-ministry", name: "Russian Defence Ministry", kind: .organization, code: "RUSMIL", country: "RUS")
        let envoy = Actor(id: "un-backed-authorities", name: "United Nations-backed authorities", kind: .group, code: "LBYGOV",
                          country: "LBY", affiliation: "IGOUNO")
        let sides = ActorSides(actors: [separatists.id: separatists, army.id: army, ministry.id: ministry, envoy.id: envoy])
        XCTAssertEqual(sides.side(separatists.id), "RUS.state")
        XCTAssertEqual(sides.side(separatists.id), sides.side(ministry.id), "no contradiction between allies")
        XCTAssertEqual(sides.side(army.id), "UKR.state")
        XCTAssertTrue(ActorSides.opposing(sides.side(separatists.id), sides.side(army.id), hostileRoots: [RootPair("RUS", "UKR")]))
        XCTAssertEqual(sides.side(envoy.id), "IGO.UNO")
    }

    func testWithoutAffiliationTheCodeDecides() {
        let rebels = Actor(id: "ukrainian-rebels", name: "Ukrainian rebels", kind: .armedGroup, code: "UKRREB", country: "UKR")
        XCTAssertEqual(ActorSides.computeSide(id: rebels.id, actor: rebels), "UKR.opposition")
    }

    func testTheAffiliationIsWrittenOnlyWhenSetAndSurvivesARoundTrip() throws {
        let plain = Actor(id: "russia", name: "Russia", kind: .country, code: "RUS", country: "RUS")
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        XCTAssertFalse(json.contains("affiliation"), json)
        let proxy = Actor(id: "pro-russian-authorities", name: "pro-Russian authorities", kind: .group, code: "UKRGOV",
                          country: "UKR", affiliation: "RUS")
        let back = try JSONDecoder().decode(Actor.self, from: JSONEncoder().encode(proxy))
        XCTAssertEqual(back, proxy)
    }
}
