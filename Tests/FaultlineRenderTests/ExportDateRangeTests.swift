import FaultlineModel
@testable import FaultlineRender
import XCTest

final class ExportDateRangeTests: XCTestCase {
    private func span(_ v: String) -> String? {
        ExportDateRange(timex: v).map { "\($0.start.iso)..\($0.end.iso) \($0.precision.rawValue)" }
    }

    func testTIMEXValuesToSpans() {
        XCTAssertEqual(span("2016-12-14"), "2016-12-14..2016-12-14 day")
        XCTAssertEqual(span("2016-12-14TMO"), "2016-12-14..2016-12-14 day")
        XCTAssertEqual(span("2016-12"), "2016-12-01..2016-12-31 month")
        XCTAssertEqual(span("2016-02"), "2016-02-01..2016-02-29 month")
        XCTAssertEqual(span("1900-02"), "1900-02-01..1900-02-28 month")
        XCTAssertEqual(span("2000-02"), "2000-02-01..2000-02-29 month")
        XCTAssertEqual(span("2016"), "2016-01-01..2016-12-31 year")
        XCTAssertEqual(span("2016-W50"), "2016-12-12..2016-12-18 week")
        XCTAssertEqual(span("2015-W53"), "2015-12-28..2016-01-03 week")
        XCTAssertEqual(span("2020-W01"), "2019-12-30..2020-01-05 week")
        XCTAssertEqual(span("2016-Q4"), "2016-10-01..2016-12-31 month")
        XCTAssertEqual(span("1968-SU"), "1968-01-01..1968-12-31 year")
    }

    func testValuesWithoutACalendarDate() {
        for v in ["XXXX-12-14", "XXXX", "PAST_REF", "P3D", "", "2016-13", "2016-02-30", "2016-W53", "2016-W00", "16-12-14", "2016-1-4", "２０１６"] {
            XCTAssertNil(ExportDateRange(timex: v), v)
        }
        XCTAssertNil(ExportDateRange(timex: nil))
    }

    func testDayOrdinalsRoundTripAndWeekdays() {
        XCTAssertEqual(ExportDay(year: 1970, month: 1, day: 1).ordinal, 0)
        XCTAssertEqual(ExportDay(year: 2016, month: 12, day: 14).isoWeekday, 3)   // a Wednesday
        XCTAssertEqual(ExportDay(year: 1969, month: 12, day: 31).ordinal, -1)
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            XCTAssertEqual(ExportDay(ordinal: n).ordinal, n)
        }
        XCTAssertEqual(ExportDay(year: 2016, month: 12, day: 14).compact, "20161214")
    }
}
