import XCTest
@testable import FaultlineExtract

/// `ValueCalendar` answers what parsing each value answers, for values met once or again,
/// values that place nothing, and past its limit.
final class ValueCalendarTests: XCTestCase {
    func testAnswersAsTheParse() {
        var calendar = ValueCalendar()
        var values = ["2016-12-14", "2016-12-14TMO", "2016-12", "2016", "2016-W50", "XXXX-12-14", "PAST_REF", "P3D",
                      "BC0480", "2016-SU", "2016-Q3", "2016-12-14T10:30", "XXXX-XX-XX", "194", "19"]
        values += (0..<(ValueCalendar.limit + 10)).map { "19\(10 + $0 % 90)-0\(1 + $0 % 9)-1\($0 % 10)" }
        for round in 0..<2 {
            for v in values {
                let placed = calendar.placed(v)
                let precision = TemporalResolver.precision(of: v)
                XCTAssertEqual(placed?.precision, precision, "\(v) round \(round)")
                XCTAssertEqual(placed?.day, precision == nil ? nil : TemporalResolver.dateValue(v), "\(v) round \(round)")
            }
        }
        XCTAssertEqual(calendar.placed("2016-12-14TMO")?.day, "2016-12-14")
        XCTAssertNil(calendar.placed("PRESENT_REF"))
        XCTAssertNotEqual(ValueCalendar.hash("2016-12-14"), ValueCalendar.hash("2016-12-15"))
    }
}
