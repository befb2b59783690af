import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Dyads (mean Goldstein, quad counts) and their time series.
final class DyadTests: XCTestCase {
    func corpus() -> Analysis {
        var d = DocBuilder("d", published: "2016-12-31")
        let s = d.sentence("Many things happened.", mentions: ["russia", "turkey"])
        d.event(s, "042", source: ["sergei-lavrov"], target: ["mevlut-cavusoglu"], date: "2016-12-12")
        d.event(s, "051", source: ["mevlut-cavusoglu"], target: ["sergei-lavrov"], date: "2016-12-14")
        d.event(s, "111", source: ["sergei-lavrov"], target: ["mevlut-cavusoglu"], date: "2016-12-19")
        d.event(s, "130", source: ["sergei-lavrov"], target: ["mevlut-cavusoglu"], date: "2016-11")
        d.event(s, "195", source: ["sergei-lavrov"], target: ["mevlut-cavusoglu"], date: "2016-12-20", negated: true)
        d.event(s, "190", source: ["russia", "syria"], target: ["turkey"], date: "2016-11-24")
        return analyze([d.build()], AnalysisOptions(mergeEvents: false))
    }

    func testActorDyads() {
        let dyads = corpus().dyads
        let lc = dyads.first { $0.a == "mevlut-cavusoglu" && $0.b == "sergei-lavrov" }
        XCTAssertEqual(lc?.events, 4, "the negated attack did not happen")
        XCTAssertEqual(lc?.quads, [2, 0, 2, 0])
        XCTAssertEqual(lc?.meanGoldstein, (1 + 3.5 - 2 - 6) / 4)
        XCTAssertEqual(dyads.first { $0.a == "russia" }?.b, "turkey")
        XCTAssertNil(dyads.first { $0.a == "russia" && $0.b == "syria" }, "co-sources are not a dyad")
        XCTAssertEqual(dyads.map(\.events), dyads.map(\.events).sorted(by: >))
    }

    func testCountryDyadsLeaveOutPairsWithinOneCountry() {
        let a = corpus()
        let c = DyadTable.countries(a)
        XCTAssertEqual(c.map { "\($0.a)-\($0.b):\($0.events)" }, ["RUS-TUR:5", "SYR-TUR:1"])
    }

    func testSeriesByDayWeekAndMonth() {
        let a = corpus()
        func points(_ slice: TimeSlice) -> [String] {
            DyadSeries.actors(a, by: slice).first { $0.a == "mevlut-cavusoglu" }!.points.map { "\($0.period):\($0.events)" }
        }
        XCTAssertEqual(points(.day), ["2016-12-12:1", "2016-12-14:1", "2016-12-19:1"])
        XCTAssertEqual(points(.week), ["2016-W50:2", "2016-W51:1"])
        XCTAssertEqual(points(.month), ["2016-11:1", "2016-12:3"])
        let country = DyadSeries.countries(a, by: .month)
        XCTAssertEqual(country.map { "\($0.a)-\($0.b)" }, ["RUS-TUR", "SYR-TUR"])
        XCTAssertEqual(country[0].points.map(\.quads), [[0, 0, 1, 1], [2, 0, 1, 0]])
    }

    func testPeriods() {
        XCTAssertEqual(DyadSeries.period(of: "2021-01-03", by: .week), "2020-W53")
        XCTAssertEqual(DyadSeries.period(of: "2016-W50", by: .month), "2016-12")
        XCTAssertNil(DyadSeries.period(of: "2016-W48", by: .month), "a week across two months")
        XCTAssertNil(DyadSeries.period(of: "2016-12", by: .day))
        XCTAssertNil(DyadSeries.period(of: "XXXX-12-14", by: .day))
        XCTAssertNil(DyadSeries.period(of: nil, by: .month))
    }
}
