import XCTest
@testable import FaultlineAnalysis

/// Dates, word keys and id order: the small pieces everything else stands on.
final class SupportTests: XCTestCase {
    func testCivilDateRoundTripsAndKnownDays() {
        XCTAssertEqual(CivilDate.ordinal(year: 1970, month: 1, day: 1), 0)
        XCTAssertEqual(CivilDate.format(CivilDate.ordinal(year: 2016, month: 2, day: 29)), "2016-02-29")
        for o in stride(from: -800_000, to: 800_000, by: 997) {
            let c = CivilDate.civil(o)
            XCTAssertEqual(CivilDate.ordinal(year: c.year, month: c.month, day: c.day), o)
        }
        XCTAssertEqual(CivilDate.weekday(CivilDate.ordinal(year: 2016, month: 12, day: 14)), 3, "a Wednesday")
        XCTAssertTrue(CivilDate.isoWeek(CivilDate.ordinal(year: 2016, month: 12, day: 14)) == (2016, 50))
        XCTAssertTrue(CivilDate.isoWeek(CivilDate.ordinal(year: 2021, month: 1, day: 3)) == (2020, 53))
        XCTAssertTrue(CivilDate.isoWeek(CivilDate.ordinal(year: 2024, month: 12, day: 30)) == (2025, 1))
    }

    func testTimexSpans() throws {
        let day = try XCTUnwrap(TimexSpan.parse("2016-12-14"))
        XCTAssertEqual(day.kind, .day); XCTAssertEqual(day.first, day.last)
        let month = try XCTUnwrap(TimexSpan.parse("2016-02"))
        XCTAssertEqual(month.last! - month.first!, 28)
        let week = try XCTUnwrap(TimexSpan.parse("2016-W50"))
        XCTAssertEqual(CivilDate.format(week.first!), "2016-12-12")
        XCTAssertEqual(CivilDate.format(try XCTUnwrap(TimexSpan.parse("2016-12-14TMO")).first!), "2016-12-14")
        let yearless = try XCTUnwrap(TimexSpan.parse("XXXX-12-14"))
        XCTAssertNil(yearless.first)
        XCTAssertEqual(TimexSpan.dayDistance(yearless, day), 0)
        XCTAssertEqual(TimexSpan.dayDistance(try XCTUnwrap(TimexSpan.parse("XXXX-01-01")), try XCTUnwrap(TimexSpan.parse("XXXX-12-31"))), 1)
        for bad in ["", "PAST_REF", "P3D", "2016-13", "2016-02-30", "16-12-14", "2016-W60", nil] as [String?] {
            XCTAssertNil(TimexSpan.parse(bad), String(describing: bad))
        }
    }

    func testWordKeysFoldToneMarkPlacementAndCase() {
        XCTAssertEqual(WordKeys.keys("Hòa bình"), WordKeys.keys("hoà BÌNH"))
        XCTAssertEqual(WordKeys.keys("thỏa thuận"), WordKeys.keys("thoả thuận"))
        XCTAssertNotEqual(WordKeys.keys("phủ nhận"), WordKeys.keys("phu nhân"))
        XCTAssertEqual(WordKeys.keys("Ðà Nẵng"), WordKeys.keys("Đà Nẵng"))
        XCTAssertEqual(WordKeys.keys("al-Assad's forces, (AFP)"), ["al-assad's", "forces", "afp"])
        XCTAssertEqual(WordKeys.words("Nga và Thổ").map(\.offset), [0, 4, 8], "UTF-8 offsets")
    }

    func testIdOrderIsNumeric() {
        XCTAssertEqual(["e10", "e2", "e1", "c3", "x"].sorted(by: IdOrder.less), ["c3", "e1", "e2", "e10", "x"])
    }
}

extension SupportTests {
    func testWordKeysAcrossScriptsAndForms() {
        // Decomposed (NFD) text takes the slow path and gives the same keys.
        let nfc = "Thổ Nhĩ Kỳ phủ nhận"
        XCTAssertEqual(WordKeys.keys(nfc.decomposedStringWithCanonicalMapping), WordKeys.keys(nfc))
        XCTAssertEqual(WordKeys.keys("Москва ЗАЯВИЛА"), ["москва", "заявила"])
        XCTAssertEqual(WordKeys.keys("1.200 người, ngày 14/12. Xong"), ["1.200", "người", "ngày", "14/12", "xong"].map(WordKeys.fold))
        XCTAssertEqual(WordKeys.keys("“Nga” — “Mỹ”…"), WordKeys.keys("Nga Mỹ"))
        XCTAssertEqual(WordKeys.keys("COVID-19 wave"), ["covid-19", "wave"])
        var hashes: [UInt64] = []
        WordKeys.hashes("Hòa bình, Thổ Nhĩ Kỳ") { hashes.append($0) }
        XCTAssertEqual(hashes, WordKeys.keys("Hòa bình, Thổ Nhĩ Kỳ").map(StableHash.fnv1a))
    }
}
