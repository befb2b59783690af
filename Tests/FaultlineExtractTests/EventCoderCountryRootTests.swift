import XCTest
@testable import FaultlineExtract

/// `EventCoder.CountryRoot` must compare exactly as `String(code.prefix(3))` does.
final class EventCoderCountryRootTests: XCTestCase {
    private let codes = ["RUS", "RUSMIL", "RUSGOV", "UKR", "UKRMIL", "USA", "US", "U", "", "VNM", "VNMGOV",
                         "CHN", "CHNMED", "IGOUNO", "ABCé", "ABC\u{301}D", "AB\u{301}C", "ÉTAT", "日本GOV", "A\tB", "ab\r\nc"]

    func testEqualExactlyWhenTheThreeCharacterPrefixesAreEqual() {
        for a in codes {
            for b in codes {
                let expected = String(a.prefix(3)) == String(b.prefix(3))
                XCTAssertEqual(EventCoder.CountryRoot(code: a) == EventCoder.CountryRoot(code: b), expected, "\(a) vs \(b)")
            }
        }
    }

    func testEmptyOnlyForAnEmptyCode() {
        for c in codes {
            XCTAssertEqual(EventCoder.CountryRoot(code: c).isEmpty, c.isEmpty, c)
        }
    }

    func testAsciiRootsArePackedAndOthersKeepTheirText() {
        XCTAssertNil(EventCoder.CountryRoot(code: "RUSMIL").text)
        XCTAssertNil(EventCoder.CountryRoot(code: "ABCé").text, "the root `ABC` is ASCII even when the code is not")
        XCTAssertEqual(EventCoder.CountryRoot(code: "ABC\u{301}D").text, "ABC\u{301}")
        XCTAssertEqual(EventCoder.CountryRoot(code: "ÉTAT").text, "ÉTA")
        XCTAssertNotEqual(EventCoder.CountryRoot(code: "RU"), EventCoder.CountryRoot(code: "RUS"))
    }
}
