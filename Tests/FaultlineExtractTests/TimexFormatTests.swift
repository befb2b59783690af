import XCTest
@testable import FaultlineExtract

/// `TimexFormat`'s table-driven fast paths write exactly what the plain formatting wrote.
final class TimexFormatTests: XCTestCase {
    func testTwoDigitsMatchInterpolation() {
        for n in -12...150 {
            XCTAssertEqual(TimexFormat.two(n), n < 10 ? "0\(n)" : "\(n)", "\(n)")
        }
    }

    func testYearMatchesPaddedDecimal() {
        for y in Array(-10_050...(-9_950)) + Array(-1_100...2_200) + Array(9_990...10_010) + [123_456, -123_456] {
            let a = abs(y)
            var s = String(a)
            while s.count < 4 { s = "0" + s }
            XCTAssertEqual(TimexFormat.year(y), y < 0 ? "BC" + s : s, "\(y)")
        }
        XCTAssertEqual(TimexFormat.year(7), "0007")
        XCTAssertEqual(TimexFormat.year(-44), "BC0044")
    }

    /// `date(year:month:day:)` writes what concatenating `year`, `two(month)` and `two(day)` wrote,
    /// inside the byte-written range and outside it.
    func testDateMatchesConcatenation() {
        for y in [-480, -1, 0, 7, 98, 999, 1941, 2016, 9_999, 10_000, 123_456] {
            for m in [-1, 0, 1, 9, 12, 99, 100] {
                for d in [nil, -3, 0, 1, 9, 14, 31, 99, 100] as [Int?] {
                    var v = TimexFormat.year(y) + "-" + TimexFormat.two(m)
                    if let d { v += "-" + TimexFormat.two(d) }
                    XCTAssertEqual(TimexFormat.date(year: y, month: m, day: d), v, "\(y) \(m) \(String(describing: d))")
                }
            }
        }
        XCTAssertEqual(TimexFormat.date(year: 2016, month: 12, day: 14), "2016-12-14")
        XCTAssertEqual(TimexFormat.date(year: 1941, month: 6, day: nil), "1941-06")
        XCTAssertEqual(CalendarDay(iso: "2016-02-29")?.iso, "2016-02-29")
    }
}
