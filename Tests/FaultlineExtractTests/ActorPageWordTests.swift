import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Words of dates, page chrome, datelines, ship and storm names, bare titles and compound
/// adjectives never become actors.
final class ActorPageWordTests: XCTestCase {
    func assertNoActor(_ r: ActorRecognition, named ids: [String], file: StaticString = #filePath, line: UInt = #line) {
        for id in ids { XCTAssertNil(r.actor(id: id), "\(id)\n" + ActorTestSupport.dump(r), file: file, line: line) }
    }

    func testMonthAndWeekdayAbbreviationsNextToNumbersAreDates() {
        let r = ActorTestSupport.recognize([
            "Moscow and Kyiv blamed each other for shelling on Aug. 5 and Aug 11.",
            "Claire Morgan Tue 16 Aug 2022 17.30 EDT",
            "The talks were held at 6:40 PM UTC on Sept. 14.",
        ], language: "en")
        assertNoActor(r, named: ["aug", "claire-morgan-tue", "edt", "pm-utc", "pm", "utc", "sept", "tue"])
        // The same words as names, away from numbers.
        let names = ActorTestSupport.recognize("UN humanitarian chief Jan Egeland said aid was blocked.", language: "en")
        XCTAssertTrue(names.mentions.contains { $0.text.contains("Jan Egeland") }, ActorTestSupport.dump(names))
    }

    func testPageWordsAreNotActors() {
        let r = ActorTestSupport.recognize([
            "Updated 2 hours ago",
            "Share via Email",
            "Global Wire File illustration",
            "Reporting by staff; Editing by the desk",
        ], language: "en")
        assertNoActor(r, named: ["updated", "email", "file", "reporting", "editing", "share"])
    }

    func testBareTitlesAreNotPersons() {
        let r = ActorTestSupport.recognize([
            "IAEA Director General Rafael Grossi said the agency was ready.",
            "The Director said nothing.",
            "A Lieutenant was wounded.",
        ], language: "en", date: "2022-08-16")
        assertNoActor(r, named: ["director", "lieutenant"])
        XCTAssertEqual(r.code("rafael-grossi"), "IGOUNOIAE", ActorTestSupport.dump(r))
        let vi = ActorTestSupport.recognize(["Tổng Giám đốc Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) Rafael Grossi kêu gọi kiềm chế."],
                                            language: "vi", date: "2022-08-15")
        assertNoActor(vi, named: ["tong-giam"])
        XCTAssertEqual(vi.mentions.first { $0.actor == "rafael-grossi" }?.text,
                       "Tổng Giám đốc Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) Rafael Grossi", ActorTestSupport.dump(vi))
    }

    /// The root cause of `Igor Konashenkov` coded `IGOMIL`: `general` of `director general of
    /// the IAEA` read as a military title and merged into the general named before.
    func testDirectorGeneralOfAnAgencyIsNotTheGeneralNamedBefore() {
        let r = ActorTestSupport.recognize([
            "Ministry spokesman Lieutenant General Ivan Petrenko told a briefing.",
            "Jane Roe, director general of the International Atomic Energy Agency (IAEA), urged restraint.",
        ], language: "en")
        XCTAssertNotEqual(r.code("ivan-petrenko")?.prefix(3), "IGO", ActorTestSupport.dump(r))
        XCTAssertEqual(r.code("jane-roe"), "IGOUNOIAE", ActorTestSupport.dump(r))
    }

    func testDatelinesGiveOnlyTheirPlace() {
        let r = ActorTestSupport.recognize([
            "KYIV, Aug 14 (Global Wire) – Russia and Ukraine accused each other on Sunday.",
            "LVIV, Ukraine, Aug 18 (Reuters) - Turkey's president arrived.",
            "TSTG - Liên Hợp Quốc tiếp tục kêu gọi Nga và Ukraine.",
        ], language: "en")
        assertNoActor(r, named: ["global-wire", "ukrainian-government", "tstg"])
        XCTAssertEqual(r.mentions.first { $0.text == "KYIV" }?.actor, "kyiv", ActorTestSupport.dump(r))
        XCTAssertEqual(r.actor(id: "kyiv")?.kind, .location)
        XCTAssertFalse(r.mentions.contains { $0.text == "Reuters" }, "the dateline's agency files the report; it is no party")
        // A bare acronym and a dash is no dateline.
        let a = ActorTestSupport.recognize("IAEA - the agency - urged both sides to stop.", language: "en")
        XCTAssertNotNil(a.actor(id: "international-atomic-energy-agency"))
    }

    func testShipAndStormNamesAreNotActors() {
        let en = ActorTestSupport.recognize([
            "Separately, the Brave Commander, the first ship chartered by the WFP, left the port of Pivdennyi.",
            "The cruiser Moskva sank in the Black Sea.",
            "Storm Bolaven battered the coast.",
        ], language: "en")
        assertNoActor(en, named: ["brave", "brave-commander", "russian-government", "storm-bolaven", "bolaven"])
        XCTAssertNotNil(en.actor(id: "world-food-programme"))
        let vi = ActorTestSupport.recognize([
            "Tàu Brave Commander chở 23.000 tấn lúa mì đã rời cảng Pivdennyi.",
            "Tuần dương hạm Moskva bị chìm.",
            "Tàu Trung Quốc áp sát bãi cạn Scarborough.",
            "Bão Noru đổ bộ vào miền Trung.",
        ], language: "vi")
        assertNoActor(vi, named: ["brave-commander", "russian-government", "noru"])
        XCTAssertNotNil(vi.actor(id: "china"), "a country after a vessel noun is the ship's flag\n" + ActorTestSupport.dump(vi))
    }

    func testCompoundAdjectivesAreNotNamesButTieOfficialsToACountry() {
        let r = ActorTestSupport.recognize([
            "A Moscow-installed official in Enerhodar told TASS that two civilians were killed.",
            "NATO-member Norway is willing to send material.",
            "Saudi-led forces struck the port.",
        ], language: "en", date: "2022-08-14")
        XCTAssertEqual(r.mentions.first { $0.text == "Moscow-installed official" }.flatMap { r.code($0.actor) }, "RUSGOV", ActorTestSupport.dump(r))
        XCTAssertEqual(r.mentions.first { $0.text == "Norway" }?.actor, "norway")
        XCTAssertEqual(r.mentions.first { $0.text == "Saudi-led forces" }.flatMap { r.code($0.actor) }, "SAUMIL")
        // `-backed` does not make armed groups the backer's (`Russian-backed separatists in Donetsk`):
        // they keep the territory's code and record the patron.
        let s = ActorTestSupport.recognize("Russian-backed separatists in Donetsk captured five soldiers.", language: "en")
        XCTAssertEqual(s.code("russian-backed-rebels"), "UKRREB", ActorTestSupport.dump(s))
        XCTAssertEqual(s.actor(id: "russian-backed-rebels")?.affiliation, "RUS")
        // A lone `X-led` names a party: `the US-led war`.
        let w = ActorTestSupport.recognize("Turkey refused to join the US-led war against Iraq.", language: "en")
        XCTAssertNotNil(w.actor(id: "united-states"), ActorTestSupport.dump(w))
    }

    func testBylinesAreNotCountries() {
        // Byline lines are sign-offs in the layout; given as text, a Vietnamese given name
        // before `Nga`/`Đức`/`Mỹ` still makes a name, not a country.
        for name in ["Thúy Nga", "Minh Đức", "Mỹ Linh"] {
            let r = ActorTestSupport.recognize("Phóng viên \(name) đưa tin từ Kiev.", language: "vi")
            XCTAssertFalse(r.actors.contains { $0.kind == .country }, name + "\n" + ActorTestSupport.dump(r))
        }
    }
}
