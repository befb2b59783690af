import XCTest
@testable import FaultlineExtract

/// A head's folded-in triggers, read in place, are those the head's lists used to hold.
final class EventCoderHeadTests: XCTestCase {
    private let triggers = (0..<8).map { TriggerMatch(entry: $0, start: $0 * 3, end: $0 * 3 + 1) }

    func testAbsorbedAreTheSpanOutsideTheChainThenTheExtra() {
        let extra = [TriggerMatch(entry: 20, start: 40, end: 41)]
        for (span, skip) in [(0..<8, 2..<4), (1..<8, 0..<1), (3..<6, 6..<7), (0..<3, 0..<3), (2..<2, 2..<3), (0..<8, 8..<8)] {
            for more in [[], extra] {
                let head = EventCoder.Head(at: skip.lowerBound, chain: skip, absorbing: span, except: skip)
                let absorbed = head.absorbed(in: triggers, extra: more)
                let expected = span.filter { !skip.contains($0) }.map { triggers[$0] } + more
                XCTAssertEqual(Array(absorbed), expected, "\(span) except \(skip)")
                XCTAssertEqual(absorbed.isEmpty, expected.isEmpty, "\(span) except \(skip)")
            }
        }
    }

    func testADeniedActKeepsItsDenierOutOfTheFoldedIn() {
        // `denied attacking`: the chain 2..<4 heads at 3, denied by 2; neither is folded in.
        let head = EventCoder.Head(at: 3, chain: 3..<4, absorbing: 0..<8, except: 2..<4, deniedAt: 2)
        XCTAssertEqual(head.absorbed(in: triggers, extra: []).map(\.entry), [0, 1, 4, 5, 6, 7])
        XCTAssertEqual(head.deniedAt, 2)
    }
}
