import XCTest
@testable import FaultlineExtract

/// `FrameVias` reads like the `[String?]` it replaces, storing nothing when no frame has a relay.
final class FrameViasTests: XCTestCase {
    func testReadsLikeTheListOfRelays() {
        let lists: [[String?]] = [[nil], [nil, nil, nil], ["tass"], [nil, "reuters", nil], ["afp", nil, "ap"]]
        for list in lists {
            let made = FrameVias(list)
            XCTAssertEqual(list.indices.map { made[$0] }, list)
            var set = FrameVias()
            for k in list.indices { if let v = list[k] { set.set(v, at: k, count: list.count) } }
            XCTAssertEqual(list.indices.map { set[$0] }, list)
        }
    }

    func testSentenceWithoutRelayAnswersNilForEveryFrame() {
        let none = FrameVias()
        XCTAssertNil(none[0])
        XCTAssertNil(none[7])
    }
}
