import XCTest
@testable import FaultlineExtract

final class CueSetTests: XCTestCase {
    func testEmptySetHoldsNothing() {
        let s = CueSet()
        XCTAssertTrue(s.isEmpty)
        for c in CueKind.allCases { XCTAssertFalse(s.contains(c)) }
    }

    func testInsertedKindsOnly() {
        var s = CueSet()
        s.insert(.equipment)
        s.insert(.block)
        XCTAssertFalse(s.isEmpty)
        for c in CueKind.allCases { XCTAssertEqual(s.contains(c), c == .equipment || c == .block, "\(c)") }
    }

    func testEveryKindHasItsOwnBit() {
        for c in CueKind.allCases {
            let s = CueSet([c])
            XCTAssertEqual(CueKind.allCases.filter(s.contains), [c])
        }
        XCTAssertEqual(CueSet(CueKind.allCases), CueSet(CueKind.allCases.reversed()))
    }

    /// The written-out ordinals follow `allCases`, so each kind has its own bit below 64.
    func testOrdinalIsPositionAmongAllCases() {
        XCTAssertLessThanOrEqual(CueKind.allCases.count, 64)
        for (i, c) in CueKind.allCases.enumerated() { XCTAssertEqual(CueSet.ordinal(c), i, "\(c)") }
    }
}
