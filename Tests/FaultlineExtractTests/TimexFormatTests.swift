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
}
