import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// `TemporalResolver.nearest` reads the dated expressions in place; it must pick what the
/// definition it replaced picked: the latest start at or before the trigger (the first
/// such on ties), else the earliest start (the first on ties), the first without an offset.
final class TemporalResolverNearestTests: XCTestCase {
    /// The definition, over filtered copies.
    static func reference(_ list: [TimeExpression], to offset: Int?) -> TimeExpression? {
        guard let offset else { return list.first }
        if let before = list.filter({ $0.start <= offset }).max(by: { $0.start < $1.start }) { return before }
        return list.min { $0.start < $1.start }
    }

    func expression(_ start: Int, _ tag: Int) -> TimeExpression {
        TimeExpression(text: "e\(tag)", start: start, end: start + 2, type: .date, value: "2016-12-\(10 + tag)", anchor: .explicit,
                       timeOfDay: nil, ambiguous: false, rule: "test")
    }

    func testAgreesWithTheDefinitionIncludingTies() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let count = Int.random(in: 0...6, using: &generator)
            let list = (0..<count).map { expression(Int.random(in: 0...8, using: &generator), $0) }
            let dated = list.map { TemporalResolver.Dated(expression: $0, day: $0.value, precision: .day) }
            for offset in [nil, -1, 0, 3, 5, 9] as [Int?] {
                let expected = Self.reference(list, to: offset)
                let found = TemporalResolver.nearest(dated, to: offset).map { dated[$0].expression }
                XCTAssertEqual(found, expected, "\(list.map(\.start)) offset \(String(describing: offset))")
            }
        }
    }
}
