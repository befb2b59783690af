import XCTest
import FaultlineModel
@testable import FaultlineRender

final class TimelineDateTests: XCTestCase {
    private func date(_ value: String?, _ anchor: DateAnchor = .explicit) -> TimelineDate? {
        TimelineDate(EventDate(value: value, precision: .unknown, text: nil, anchor: anchor))
    }

    func testCivilDaysRoundTripAndKnowTheirWeekday() {
        for (y, m, d, weekday) in [(1970, 1, 1, 4), (2000, 2, 29, 2), (2016, 12, 14, 3), (1969, 12, 31, 3), (2024, 3, 1, 5)] {
            let day = CivilDay(year: y, month: m, day: d)!
            XCTAssertTrue(day.components == (y, m, d), "\(y)-\(m)-\(d)")
            XCTAssertEqual(day.weekday, weekday, "\(y)-\(m)-\(d)")
        }
        XCTAssertEqual(CivilDay(year: 2016, month: 12, day: 14)!.number - CivilDay(year: 2016, month: 11, day: 28)!.number, 16)
        XCTAssertNil(CivilDay(year: 2015, month: 2, day: 29))
        XCTAssertNil(CivilDay(year: 2016, month: 4, day: 31))
    }

    func testISOWeeks() {
        XCTAssertTrue(CivilDay(year: 2016, month: 12, day: 14)!.isoWeek == (2016, 50))
        XCTAssertTrue(CivilDay(year: 2016, month: 1, day: 1)!.isoWeek == (2015, 53), "Friday 1 January belongs to the previous year's week")
        XCTAssertTrue(CivilDay(year: 2018, month: 12, day: 31)!.isoWeek == (2019, 1))
        XCTAssertEqual(CivilDay.isoWeekStart(year: 2016, week: 50)?.iso, "2016-12-12")
        XCTAssertNil(CivilDay.isoWeekStart(year: 2016, week: 53))
    }

    func testReadsTIMEXValues() throws {
        let day = try XCTUnwrap(date("2016-12-14"))
        XCTAssertEqual(day.precision, .day)
        XCTAssertNil(day.uncertainty)
        XCTAssertEqual(date("2016-12-14TMO")?.start.iso, "2016-12-14", "time of day ignored")
        XCTAssertEqual(date("2016-12")?.precision, .month)
        XCTAssertEqual(date("2016-12")?.end.iso, "2016-12-31")
        XCTAssertEqual(date("2016-W50")?.start.iso, "2016-12-12")
        XCTAssertEqual(date("2016-W50")?.end.iso, "2016-12-18")
        XCTAssertEqual(date("2016")?.precision, .year)
        XCTAssertEqual(date("2016-SU")?.precision, .year, "seasons fall back to the year")
        let noYear = try XCTUnwrap(date("XXXX-12-14"))
        XCTAssertFalse(noYear.yearKnown)
        XCTAssertEqual(noYear.reasons.first?.short, "year unknown")
        XCTAssertEqual(date("2016-12-14", .previous)?.reasons.first?.short, "inherited date")
        XCTAssertEqual(date("2016-12-14", .document)?.reasons.first?.short, "publication date")
        for bad in [nil, "", "PAST_REF", "XXXX", "16-12-14", "2016-13-01"] {
            if bad == "2016-13-01" { XCTAssertEqual(date(bad)?.precision, .year); continue }
            XCTAssertNil(date(bad), String(describing: bad))
        }
        XCTAssertEqual(date("2016-02-30")?.precision, .month, "an impossible day keeps the month")
    }

    func testSlotsOrderCoarseBeforeFineAndSectionsLast() {
        let slots = ["2016-12-14", "2016-12", "2016-W50", "XXXX-12-01", nil, "2016-12-13"].map {
            TimelineSlot(date($0), granularity: .event)
        }.sorted()
        XCTAssertEqual(slots.map(\.key), ["2016-12", "2016-W50", "2016-12-13", "2016-12-14", "XXXX-12-01", "undated"])
    }

    func testGranularityGroupsDaysIntoWeeksAndMonths() {
        let d = date("2016-12-14")
        XCTAssertEqual(TimelineSlot(d, granularity: .day).key, "2016-12-14")
        XCTAssertEqual(TimelineSlot(d, granularity: .week).key, "2016-W50")
        XCTAssertEqual(TimelineSlot(d, granularity: .month).key, "2016-12")
        XCTAssertEqual(TimelineSlot(date("2016-01-01"), granularity: .week).key, "2015-W53")
        XCTAssertEqual(TimelineSlot(date("2015-W53"), granularity: .month).key, "2015-12", "a week belongs to its Thursday's month")
        XCTAssertEqual(TimelineSlot(date("XXXX-12-14"), granularity: .week).key, "XXXX-12", "no ISO week without a year")
    }
}
