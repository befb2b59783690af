import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

final class AnalysisFilterTests: XCTestCase {
    lazy var sudan = analyze(SudanWeek.parts())
    lazy var seed = analyze([SeedFixture.part()])

    func testPartialDatesAreWholePeriods() {
        let byDay = AnalysisFilter(from: "2024-06-15", to: "2024-06-15").apply(to: sudan)
        XCTAssertFalse(byDay.events.isEmpty)
        XCTAssertTrue(byDay.events.allSatisfy { $0.date.value == "2024-06-15" })
        XCTAssertEqual(AnalysisFilter(from: "2024-06").apply(to: sudan).events.count, sudan.events.count)
        XCTAssertEqual(AnalysisFilter(to: "2024-05").apply(to: sudan).events, [])
        let week = AnalysisFilter(from: "2024-W24", to: "2024-W24").apply(to: sudan)
        XCTAssertTrue(week.events.allSatisfy { ["2024-06-10", "2024-06-11", "2024-06-13", "2024-06-15"].contains($0.date.value!) })
        XCTAssertEqual(AnalysisFilter(from: "2016").apply(to: seed).events.count, seed.events.count)
    }

    func testCoarseAndUndatedEvents() {
        var d = DocBuilder("coarse")
        let s = d.sentence("Sometime in December.", mentions: ["russia"])
        d.event(s, "010", source: ["russia"], date: "2016-12")
        d.event(s, "042", source: ["turkey"])
        d.event(s, "043", source: ["syria"], date: "XXXX-12-14")
        let a = analyze([d.build()], AnalysisOptions(mergeEvents: false))
        XCTAssertEqual(AnalysisFilter(from: "2016-12-20").apply(to: a).events.map(\.cameo), ["010"], "the month overlaps the range")
        XCTAssertEqual(AnalysisFilter(to: "2016-11-30").apply(to: a).events, [])
        XCTAssertEqual(AnalysisFilter(actor: "syria").apply(to: a).events.map(\.cameo), ["043"], "no date bound: all dates")
    }

    func testActorByIdOrNamePiece() {
        let lavrov = AnalysisFilter(actor: "lavrov").apply(to: seed)
        XCTAssertEqual(lavrov.actors.map(\.id), ["sergei-lavrov"])
        XCTAssertTrue(lavrov.events.allSatisfy { $0.source.contains("sergei-lavrov") || $0.target.contains("sergei-lavrov") })
        XCTAssertEqual(AnalysisFilter(actor: "THỔ NHĨ KỲ").apply(to: seed).actors.map(\.id), ["mevlut-cavusoglu", "turkey"],
                       "tone- and case-insensitive, aliases too")
        XCTAssertEqual(AnalysisFilter(actor: "tho\u{0302}\u{0309} nhi\u{0303}").apply(to: seed).actors.count, 2, "decomposed input")
        XCTAssertTrue(lavrov.dyads.allSatisfy { $0.a == "sergei-lavrov" || $0.b == "sergei-lavrov" })
        XCTAssertTrue(lavrov.cooccurrence.allSatisfy { $0.a == "sergei-lavrov" || $0.b == "sergei-lavrov" })
    }

    func testCountryKeepsContradictionsWithTheirOtherClaim() throws {
        let tur = AnalysisFilter(country: "tur").apply(to: seed)
        XCTAssertEqual(Set(tur.actors.map(\.id)), ["turkey", "mevlut-cavusoglu"])
        XCTAssertEqual(tur.contradictions.count, 1)
        let x = try XCTUnwrap(tur.contradictions.first)
        XCTAssertEqual(Set(tur.claims.map(\.id)).intersection(x.claims).count, 2, "both claims of a kept contradiction stay")
        XCTAssertTrue(tur.countryCooccurrence.allSatisfy { $0.a == "TUR" || $0.b == "TUR" })
    }

    func testMinScore() {
        let strong = AnalysisFilter(minScore: 0.8).apply(to: sudan)
        XCTAssertTrue(strong.contradictions.allSatisfy { $0.score >= 0.8 })
        XCTAssertLessThan(strong.contradictions.count, sudan.contradictions.count)
        XCTAssertEqual(strong.events, sudan.events, "the score filters contradictions only")
    }

    func testDatesRecomputeDyads() {
        let a = AnalysisFilter(from: "2024-06-15").apply(to: sudan)
        XCTAssertEqual(a.dyads.map { "\($0.a)-\($0.b):\($0.events)" }, ["rsf-sudanese-army:1"])
        XCTAssertTrue(a.documents.allSatisfy { [SudanWeek.hospital, SudanWeek.benhVien].contains($0.id) })
    }

    func testEmptyFilterChangesNothingAndBadBoundsAreReported() throws {
        XCTAssertEqual(AnalysisFilter().apply(to: sudan), sudan)
        XCTAssertNoThrow(try AnalysisFilter(from: "2016-W50", to: "2017", minScore: 0.5).validate())
        for (f, message) in [(AnalysisFilter(from: "14/12/2016"), "--from 14/12/2016"), (AnalysisFilter(to: "2016-13"), "--to 2016-13"),
                             (AnalysisFilter(from: "2017", to: "2016"), "after"), (AnalysisFilter(minScore: 2), "--min-score")] {
            XCTAssertThrowsError(try f.validate()) { XCTAssertTrue(String(describing: $0).contains(message), "\($0)") }
        }
    }
}
