import XCTest
@testable import FaultlineModel

final class SlugTests: XCTestCase {
    func testSlugs() {
        XCTAssertEqual(Slug.make("Sergei Lavrov"), "sergei-lavrov")
        XCTAssertEqual(Slug.make("Thổ Nhĩ Kỳ"), "tho-nhi-ky")
        XCTAssertEqual(Slug.make("Đà Nẵng"), "da-nang")
        XCTAssertEqual(Slug.make("  U.S. Army (3rd) "), "u-s-army-3rd")
        XCTAssertEqual(Slug.make("Ban Ki-moon"), "ban-ki-moon")
        XCTAssertEqual(Slug.make(""), "x")
        XCTAssertEqual(Slug.make("-- !"), "x")
    }

    /// ASCII names take a byte path; a trailing combining mark forces the general path
    /// without changing the slug, so both paths must agree.
    func testASCIIPathEqualsTheGeneralPath() {
        var names = ["Sergei Lavrov", "  U.S. Army (3rd) ", "al-Assad", "O'Brien", "IGO-UNO", "a", "Z9", "\t x\r\ny ", "", "_-_", "~`!@#$%^&*()+={}[]|\\:;\"'<>,.?/"]
        for v in 0..<128 { names.append("a" + String(UnicodeScalar(UInt8(v))) + "B") }
        for n in names {
            XCTAssertEqual(Slug.make(n), Slug.make(n + "\u{301}"), n)
        }
    }
}

final class ActorCodeTests: XCTestCase {
    func testParsing() {
        XCTAssertEqual(ActorCode("RUSGOV"), ActorCode(root: "RUS", sectors: ["GOV"]))
        XCTAssertEqual(ActorCode("ngohlhirc"), ActorCode(root: "NGO", sectors: ["HLH", "IRC"]))
        XCTAssertNil(ActorCode("RUSG"))
        XCTAssertNil(ActorCode(""))
        XCTAssertNil(ActorCode("RU1"))
        XCTAssertNil(ActorCode("AB\r\n"))
        XCTAssertEqual(ActorCode("ßUS"), nil)            // non-ASCII: the general path (SSUS)
        XCTAssertEqual(ActorCode("ßX"), ActorCode(root: "SSX"))
    }
}
