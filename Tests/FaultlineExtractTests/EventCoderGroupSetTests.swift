import XCTest
@testable import FaultlineExtract

final class EventCoderGroupSetTests: XCTestCase {
    private func set(_ groups: [Int]) -> EventCoder.GroupSet {
        var s = EventCoder.GroupSet()
        for g in groups { s.append(g) }
        return s
    }

    func testEmptySetHasNoGroups() {
        let s = EventCoder.GroupSet()
        XCTAssertTrue(s.isEmpty)
        XCTAssertEqual(Array(s), [])
        XCTAssertNil(s.first)
        XCTAssertNil(s.last)
        XCTAssertNil(s.last(where: { _ in true }))
    }

    func testGroupsComeBackInOrderForwardAndBackward() {
        for groups in [[0], [63], [64], [0, 1, 2], [3, 17, 40, 63], [2, 63, 64, 65, 200], [64, 70], [0, 64]] {
            let s = set(groups)
            XCTAssertFalse(s.isEmpty)
            XCTAssertEqual(Array(s), groups, "\(groups)")
            XCTAssertEqual(Array(s.reversed()), groups.reversed(), "\(groups)")
            XCTAssertEqual(s.first, groups.first)
            XCTAssertEqual(s.last, groups.last)
            XCTAssertEqual(s.count, groups.count)
        }
    }

    func testSearchesMatchThoseOfAnArray() {
        let groups = [1, 4, 9, 16, 25, 36, 49, 64, 81]
        let s = set(groups)
        for limit in [0, 5, 30, 64, 100] {
            XCTAssertEqual(s.first(where: { $0 > limit }), groups.first(where: { $0 > limit }))
            XCTAssertEqual(s.last(where: { $0 < limit }), groups.last(where: { $0 < limit }))
            XCTAssertEqual(s.filter { $0 % 2 == 0 }, groups.filter { $0 % 2 == 0 })
            XCTAssertEqual(s.contains(limit), groups.contains(limit))
        }
    }
}
