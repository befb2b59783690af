import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// The anchoring policy: news against the document date, anaphora against the last date,
/// narrative against the last date, and what stays unknown without an anchor.
final class TimexAnchoringTests: XCTestCase {
    func values(_ text: String, dct: String?, language: String = "en", mode: TemporalMode) -> [String] {
        TimeTagger(language: language, mode: mode).tag(text, dct: dct).map(\.value)
    }

    func testNewsDeicticWordsCountFromTheDocumentDate() {
        // Even after another date, `yesterday` is the day before publication.
        XCTAssertEqual(values("On December 2 the talks began. Yesterday they ended.", dct: "2016-12-15", mode: .news),
                       ["2016-12-02", "2016-12-14"])
        XCTAssertEqual(values("Ngày 2/12 hai bên đàm phán. Hôm qua, họ ký kết.", dct: "2016-12-15", language: "vi", mode: .news),
                       ["2016-12-02", "2016-12-14"])
    }

    func testNewsAnaphoraCountsFromTheLastMentionedDate() {
        XCTAssertEqual(values("On December 2 the talks began. The next day they ended; the same day the UN spoke.",
                              dct: "2016-12-15", mode: .news), ["2016-12-02", "2016-12-03", "2016-12-03"])
        // With nothing mentioned before, anaphora falls back to the document date.
        XCTAssertEqual(values("Cùng ngày, Pháp kêu gọi kiềm chế.", dct: "2016-12-15", language: "vi", mode: .news), ["2016-12-15"])
    }

    func testNewsYearlessDatesTakeTheClosestYearPreferringThePast() {
        XCTAssertEqual(values("Ngày 20/6, hai bên gặp nhau.", dct: "2016-12-15", language: "vi", mode: .news), ["2016-06-20"])
        XCTAssertEqual(values("Ngày 20/12, hai bên sẽ gặp nhau.", dct: "2016-12-15", language: "vi", mode: .news), ["2016-12-20"])
        // Exactly half a year either way: the past.
        XCTAssertEqual(values("On January 1 the law changed.", dct: "2016-07-02", mode: .news), ["2016-01-01"])
        // A day of the month alone: this month or the last.
        XCTAssertEqual(values("Ngày 25, hai bên gặp nhau.", dct: "2016-12-05", language: "vi", mode: .news), ["2016-11-25"])
        XCTAssertEqual(values("Ngày 10, hai bên gặp nhau.", dct: "2016-12-15", language: "vi", mode: .news), ["2016-12-10"])
        XCTAssertEqual(values("Ngày 20, hai bên sẽ gặp nhau.", dct: "2016-12-15", language: "vi", mode: .news), ["2016-12-20"])
    }

    func testWithoutDocumentDateValuesStayUnresolved() {
        XCTAssertEqual(values("Ngày 14/12, hôm qua, tuần trước, tháng trước, năm ngoái, thứ Hai.", dct: nil, language: "vi", mode: .news),
                       ["XXXX-12-14", "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX", "XXXX-WXX-1"])
        // Anaphora still follows a year-less date.
        XCTAssertEqual(values("Ngày 14/12, Nga tuyên bố; hôm sau và cùng ngày đó.", dct: nil, language: "vi", mode: .news),
                       ["XXXX-12-14", "XXXX-12-15", "XXXX-12-15"])
        let dawn = TimeTagger(language: "vi").tag("Rạng sáng cùng ngày, giao tranh nổ ra.", dct: nil)
        XCTAssertEqual(dawn.map(\.value), ["XXXX-XX-XXTMO"])
        XCTAssertEqual(dawn.first?.timeOfDay, .dawn)
    }

    func testNarrativeAnchorsToTheLastMentionedDate() {
        let text = "In June 1941 Germany invaded. On 22 June the front broke; the next day Minsk was bombed. "
            + "Two days later the army retreated. The following year the offensive resumed in May. "
            + "In the spring the army regrouped. A decade earlier the pact was signed."
        XCTAssertEqual(values(text, dct: "2009-12-19", mode: .narrative),
                       ["1941-06", "1941-06-22", "1941-06-23", "1941-06-25", "1942", "1942-05", "1942-SP", "1932"])
    }

    func testNarrativeIgnoresTheDownloadDateAndKeepsUnknownYears() {
        XCTAssertEqual(values("On 22 June the front broke.", dct: "2009-12-19", mode: .narrative), ["XXXX-06-22"])
        XCTAssertEqual(values("Now the war is over.", dct: "2009-12-19", mode: .narrative), ["PRESENT_REF"])
        // `today` in a history is the writer's present.
        XCTAssertEqual(values("In 1961 he said the troops there today would fail.", dct: "2009-12-19", mode: .narrative),
                       ["1961", "PRESENT_REF"])
    }

    func testMonthOfThatYear() {
        XCTAssertEqual(values("The war began in 1861. On July 25 of that year Congress passed a resolution; in November of the same year it met again.",
                              dct: nil, mode: .narrative), ["1861", "1861-07-25", "1861-11"])
    }

    func testNarrativeTimeIsNotMovedByAsides() {
        // A year in parentheses, a year used as a modifier and the end of a span do not
        // become the narrative's time.
        XCTAssertEqual(values("In 1793 the Civil Constitution (1790) was contested. On 17 August the Convention voted.",
                              dct: nil, mode: .narrative), ["1793", "1790", "1793-08-17"])
        XCTAssertEqual(values("In 1920 Poland recalled the 1812 invasion. On 12 October the armistice came.",
                              dct: nil, mode: .narrative), ["1920", "1812", "1920-10-12"])
        XCTAssertEqual(values("In 1944 the front held until 1945. In June the Allies landed.",
                              dct: nil, mode: .narrative), ["1944", "1945", "1944-06"])
    }

    func testCoordinatedDatesShareTheYear() {
        XCTAssertEqual(values("Battles raged in August and September 1914.", dct: nil, mode: .narrative), ["1914-08", "1914-09"])
        XCTAssertEqual(values("The battle (26 June - 4 August 1952) was costly.", dct: nil, mode: .narrative), ["1952-06-26", "1952-08-04"])
        XCTAssertEqual(values("The Imjin battle (22-25 April 1951) was costly.", dct: nil, mode: .narrative), ["1951-04-22", "1951-04-25"])
        XCTAssertEqual(values("Talks ran March 5-9, 1918.", dct: nil, mode: .narrative), ["1918-03-05", "1918-03-09"])
        XCTAssertEqual(values("The Pusan battle (August-September 1950) was fierce.", dct: nil, mode: .narrative), ["1950-08", "1950-09"])
        XCTAssertEqual(values("The revolt (499-493 BC) failed; the war ran from 264 to 241 BC.", dct: nil, mode: .narrative),
                       ["BC0499", "BC0493", "BC0264", "BC0241"])
    }

    func testBCArithmetic() {
        XCTAssertEqual(values("In 492 BC the fleet sailed. The following year it returned; two years later it sailed again.",
                              dct: nil, mode: .narrative), ["BC0492", "BC0491", "BC0489"])
        XCTAssertEqual(values("In 490 BC Marathon was fought; in the following decade Athens built a fleet.",
                              dct: nil, mode: .narrative), ["BC0490", "BC048"])
    }

    func testWeekdaysNearTheAnchor() {
        // Thursday 15 December 2016: Monday is 12th (past preferred), Saturday the 17th.
        XCTAssertEqual(values("On Monday and on Saturday.", dct: "2016-12-15", mode: .news), ["2016-12-12", "2016-12-17"])
        XCTAssertEqual(values("Last Friday, and next Friday.", dct: "2016-12-15", mode: .news), ["2016-12-09", "2016-12-16"])
        // Narrative: the first such weekday on or after the last date.
        XCTAssertEqual(values("On 1 June 1944 ships gathered. On Tuesday they sailed.", dct: nil, mode: .narrative),
                       ["1944-06-01", "1944-06-06"])
    }

    func testCalendarArithmetic() {
        XCTAssertNil(CalendarDay(year: 2017, month: 2, day: 29))
        XCTAssertNotNil(CalendarDay(year: 2016, month: 2, day: 29))
        XCTAssertNotNil(CalendarDay(year: 2000, month: 2, day: 29))
        XCTAssertNil(CalendarDay(year: 1900, month: 2, day: 29))
        XCTAssertNil(CalendarDay(year: 2016, month: 4, day: 31))
        let d = CalendarDay(year: 2016, month: 12, day: 15)!
        XCTAssertEqual(d.weekday, 4)
        XCTAssertEqual(d.isoWeek.week, 50)
        XCTAssertEqual(d.adding(days: 17).iso, "2017-01-01")
        XCTAssertEqual(CalendarDay(year: 2017, month: 1, day: 1)!.isoWeek.year, 2016)
        XCTAssertEqual(CalendarDay(year: 2017, month: 1, day: 1)!.isoWeek.week, 52)
        XCTAssertEqual(CalendarDay(ordinal: 0).iso, "1970-01-01")
        XCTAssertEqual(CalendarDay(iso: "2016-12-15"), d)
        XCTAssertNil(CalendarDay(iso: "2016-13-01"))
        XCTAssertNil(CalendarDay(iso: "yesterday"))
        XCTAssertEqual(TimexFormat.year(-480), "BC0480")
        XCTAssertEqual(TimexFormat.yearPrefix(-480, digits: 3), "BC048")
        XCTAssertEqual(TimexFormat.year(98), "0098")
    }

    func testPrecisionOfValues() {
        XCTAssertEqual(TemporalResolver.precision(of: "2016-12-14"), .day)
        XCTAssertEqual(TemporalResolver.precision(of: "2016-12-14TMO"), .day)
        XCTAssertEqual(TemporalResolver.precision(of: "XXXX-12-14"), .day)
        XCTAssertEqual(TemporalResolver.precision(of: "2016-W50"), .week)
        XCTAssertEqual(TemporalResolver.precision(of: "2016-12"), .month)
        XCTAssertEqual(TemporalResolver.precision(of: "2016"), .year)
        XCTAssertEqual(TemporalResolver.precision(of: "2016-SU"), .year)
        XCTAssertNil(TemporalResolver.precision(of: "PAST_REF"))
        XCTAssertNil(TemporalResolver.precision(of: "P3D"))
        XCTAssertNil(TemporalResolver.precision(of: "XXXX-XX-XX"))
        XCTAssertNil(TemporalResolver.precision(of: "XXXX-WXX-1"))
        XCTAssertNil(TemporalResolver.precision(of: "194"))
    }

    /// The byte-level test agrees with splitting at hyphens and counting characters.
    func testIsDayLevelASCIIAgreesWithSplitting() {
        func general(_ v: String) -> Bool {
            let body = v.hasPrefix("BC") ? String(v.dropFirst(2)) : v
            let parts = body.splitKeepingCharacters(0x2D)
            return parts.count == 3 && parts[1].count == 2 && parts[2].count == 2 && !parts[1].hasPrefix("W")
        }
        let values = ["2016-12-14", "XXXX-12-14", "XXXX-XX-XX", "2016-12", "2016", "2016-W50", "2016-W50-1",
                      "BC0480-03-01", "BC0480", "BC-12-14", "2016-12-14T10:30", "XXXX-XX-XXTNI", "2016--12-14",
                      "-2016-12-14-", "2016-1-14", "2016-12-145", "PRESENT_REF", "P3D", "", "B", "BC", "BCC-12-14",
                      "2016-12-14-01", "XXXX-WXX-1", "X-WX-12"]
        for v in values {
            XCTAssertEqual(TimexAnchoring.isDayLevelASCII(v), general(v), v)
            XCTAssertEqual(TimexAnchoring.isDayLevel(v), general(v), v)
        }
        XCTAssertTrue(TimexAnchoring.isDayLevel("2016-12-14"))
        XCTAssertFalse(TimexAnchoring.isDayLevel("2016-W50-1"))
        XCTAssertNil(TimexAnchoring.isDayLevelASCII("2016-12-1\u{0301}4"))
        XCTAssertNil(TimexAnchoring.isDayLevelASCII("2016-12-14\r\n"))
    }

    /// The byte reading of plain ISO dates gives what splitting at hyphens gives.
    func testPlainISOFieldsAgreeWithSplitting() {
        func general(_ iso: String) -> CalendarDay? {
            let parts = iso.splitKeepingCharacters(0x2D, omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
                  let d = Int(parts[2].prefix(2)) else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        }
        let texts = ["2016-12-14", "2016-1-14", "2016-12-1", "2016-12-14T10:30", "2016-12-145", "2016-02-30",
                     "2016-13-01", "16-12-14", "2016/12/14", "+2016-12-14", "2016-+1-14", "2016-12-14-extra",
                     "2016-12-1\u{0301}4", "2016-12-14\u{0301}", "2016--14", "", "yesterday", "2016-012-14", "2016-12-1-4"]
        for t in texts {
            XCTAssertEqual(CalendarDay(iso: t), general(t), t)
            if let (y, m, d) = CalendarDay.plainISOFields(t) {
                XCTAssertEqual(CalendarDay(year: y, month: m, day: d), general(t), t)
            }
        }
        XCTAssertNotNil(CalendarDay.plainISOFields("2016-12-14"))
        XCTAssertNil(CalendarDay.plainISOFields("2016-12-1"))
    }
}
