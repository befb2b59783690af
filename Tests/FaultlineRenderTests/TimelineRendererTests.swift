import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineRender

final class TimelineRendererTests: XCTestCase {
    private let fixture = PictureFixture.analysis()

    private func layout(_ analysis: Analysis, _ options: TimelineOptions = TimelineOptions()) throws -> PlainLayout {
        let dot = TimelineRenderer(options: options).dot(for: analysis)
        return PlainLayout(String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .plain), as: UTF8.self))
    }

    func testSVGHasEventsWithIdsClassesAndTooltips() throws {
        let parsed = try ParsedSVG(try TimelineRenderer().render(fixture))
        for event in fixture.events {
            let element = try XCTUnwrap(parsed.element(id: "event-" + event.id), event.id)
            XCTAssertEqual(element.name, "g")
            XCTAssertTrue(element.classes.contains("event"))
            XCTAssertTrue(element.classes.contains("quad\(event.quad)"), "\(event.id): \(element.classes)")
        }
        let title = try XCTUnwrap(parsed.elements(named: "title").first { $0.text.contains("đẩy lui") })
        XCTAssertTrue(title.text.hasPrefix("2016-12-14\n"), title.text)
        XCTAssertTrue(title.text.contains("CAMEO 190 ASSAULT"))
        XCTAssertTrue(title.text.contains("Goldstein -10.0"))
        XCTAssertTrue(title.text.contains("“Quân đội chính phủ Syria đã đẩy lui các cuộc tấn công này.”"), "evidence sentence")
        XCTAssertTrue(title.text.contains("document doc-a, sentence 5"), "source document")
        XCTAssertTrue(title.text.contains("reported by Bộ Quốc phòng Nga (claim c2)"))
        XCTAssertNotNil(parsed.element(id: "legend"))
        XCTAssertTrue(parsed.elements(withClass: "legend").first?.classes.contains("node") ?? false)
        XCTAssertEqual(parsed.elements(withClass: "lane").count, 9)
        XCTAssertEqual(parsed.elements(named: "title").first?.text, "timeline", "the graph is named")
    }

    func testPatrolOnTheThirteenthPrecedesTheFourteenth() throws {
        let plain = try layout(fixture)
        let patrol = try XCTUnwrap(plain.node("event-e5"))
        for id in ["event-e1", "event-e2", "event-e3", "event-e4", "event-e6"] {
            XCTAssertGreaterThan(patrol.y, try XCTUnwrap(plain.node(id)).y, "\(id) is on 2016-12-14, below the patrol")
        }
        let axis = ["date-2016-11-28", "date-2016-12-13", "date-2016-12-14", "date-XXXX-12-12", "date-undated"]
        let ys = try axis.map { try XCTUnwrap(plain.node($0), $0).y }
        XCTAssertEqual(ys, ys.sorted(by: >), "the axis runs down in time order, year-unknown and undated last")
        // Each event sits on its date's rank.
        XCTAssertEqual(patrol.y, try XCTUnwrap(plain.node("date-2016-12-13")).y, accuracy: 0.01)
        XCTAssertEqual(try XCTUnwrap(plain.node("event-e7")).y, ys[4], accuracy: 0.01)
    }

    func testHorizontalTimelinesRunLeftToRight() throws {
        let plain = try layout(fixture, TimelineOptions(orientation: .horizontal))
        let xs = try ["date-2016-11-28", "date-2016-12-13", "date-2016-12-14"].map { try XCTUnwrap(plain.node($0)).x }
        XCTAssertEqual(xs, xs.sorted())
        XCTAssertLessThan(try XCTUnwrap(plain.node("event-e5")).x, try XCTUnwrap(plain.node("event-e3")).x)
    }

    func testLongGapsTakeMoreRoomThanConsecutiveDays() throws {
        let plain = try layout(fixture)
        let y = { (id: String) in try XCTUnwrap(plain.node(id)).y }
        let twoWeeks = try y("date-2016-11-28") - y("date-2016-12-13")
        let oneDay = try y("date-2016-12-13") - y("date-2016-12-14")
        XCTAssertGreaterThan(twoWeeks, 2 * oneDay, "although the 14th's events are taller")
        XCTAssertEqual(plain.node("gap-2016-11-28-0")?.label, "⋮ 14 days")
        XCTAssertNotNil(plain.node("gap-2016-11-28-2"), "three spacer ranks for two weeks")
        XCTAssertNil(plain.node("gap-2016-11-28-3"))
        XCTAssertNil(plain.node("gap-2016-12-13-0"), "no spacer between consecutive days")
    }

    func testUndatedAndUncertainEventsAreMarked() throws {
        let parsed = try ParsedSVG(try TimelineRenderer().render(fixture))
        let classes = { (id: String) in parsed.element(id: "event-" + id)?.classes ?? [] }
        XCTAssertTrue(classes("e7").contains("undated"))
        XCTAssertTrue(classes("e8").contains("uncertain"), "year unknown")
        XCTAssertTrue(classes("e1").contains("uncertain"), "date inherited from an earlier sentence")
        XCTAssertFalse(classes("e3").contains("uncertain"))
        XCTAssertTrue(classes("e6").contains("negated"))
        let dot = TimelineRenderer().dot(for: fixture)
        let e8 = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("\"event-e8\" [") })
        XCTAssertTrue(e8.contains("\"style\"=\"rounded,filled,dashed\""))
        XCTAssertTrue(e8.contains("≈ year unknown"))
        let e7 = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("\"event-e7\" [") })
        XCTAssertTrue(e7.contains("dotted") && e7.contains("(undated)"))
        XCTAssertNotNil(parsed.element(id: "section-year-unknown"))
    }

    func testClaimsAndContradictionsAreDistinctNonConstrainingEdges() throws {
        let dot = TimelineRenderer().dot(for: fixture)
        let lines = dot.split(separator: "\n")
        let reports = lines.filter { $0.contains("\"class\"=\"reports\"") }
        XCTAssertEqual(reports.count, 5)
        XCTAssertTrue(reports.allSatisfy { $0.contains("\"style\"=\"dashed\"") && $0.contains("\"constraint\"=\"false\"") })
        let contradiction = try XCTUnwrap(lines.first { $0.contains("\"contradiction-x1\"") })
        XCTAssertTrue(contradiction.hasPrefix("  \"claim-c2\" -> \"claim-c3\""))
        XCTAssertTrue(contradiction.contains("\"constraint\"=\"false\"") && contradiction.contains("\"color\"=\"#C00000\""))
        let parsed = try ParsedSVG(try TimelineRenderer().render(fixture))
        let edge = try XCTUnwrap(parsed.element(id: "contradiction-x1"))
        XCTAssertEqual(edge.classes, ["edge", "contradiction", "kind-blame"])
        XCTAssertNotNil(parsed.element(id: "reports-c2-event-e3"))
        XCTAssertTrue(parsed.elements(named: "title").contains { $0.text.hasPrefix("Contradiction x1 — blame, score 0.86") })
        XCTAssertTrue(parsed.element(id: "claim-c2")?.classes.contains("claim") ?? false)

        let without = TimelineRenderer(options: TimelineOptions(showClaims: false)).dot(for: fixture)
        XCTAssertFalse(without.contains("claim-c2"))
        XCTAssertFalse(without.contains("contradiction-x1"))
    }

    func testCountryLanesGroupActorsOfOneCountry() throws {
        let options = TimelineOptions(lanes: .country)
        let parsed = try ParsedSVG(try TimelineRenderer(options: options).render(fixture))
        let laneIDs = parsed.elements(withClass: "lane").compactMap { $0.attributes["id"] }.sorted()
        XCTAssertEqual(laneIDs, ["lane-country-IGO", "lane-country-RUS", "lane-country-SYR", "lane-country-TUR"])
        let dot = TimelineRenderer(options: options).dot(for: fixture)
        let syria = try XCTUnwrap(dot.components(separatedBy: "subgraph \"cluster_lane-country-SYR\"").last?.components(separatedBy: "}").first)
        for id in ["event-e2", "event-e3", "event-e4", "event-e5", "event-e7"] { XCTAssertTrue(syria.contains("\"\(id)\""), id) }
        XCTAssertTrue(syria.contains("Syria\\nSYR"), "the lane is labelled with the country actor's name")
    }

    func testActorAndDateFilters() throws {
        func shownEvents(_ options: TimelineOptions) -> [String] {
            let dot = TimelineRenderer(options: options).dot(for: fixture)
            return fixture.events.map(\.id).filter { dot.contains("\"event-\($0)\" [") }
        }
        XCTAssertEqual(shownEvents(TimelineOptions(actor: "tho nhi ky")), ["e8", "e9"], "name, accents and case ignored")
        XCTAssertEqual(shownEvents(TimelineOptions(actor: "TUR")), ["e1", "e8", "e9"], "country code: Turkey and its minister")
        XCTAssertEqual(shownEvents(TimelineOptions(actor: "aleppo")), ["e2", "e3", "e5"], "locations count")
        XCTAssertEqual(shownEvents(TimelineOptions(actor: "nobody")), [])
        XCTAssertEqual(shownEvents(TimelineOptions(from: DateBound("2016-12-13"), to: DateBound("2016-12-13"))), ["e5"])
        XCTAssertEqual(shownEvents(TimelineOptions(from: DateBound("2016-12"))), ["e1", "e2", "e3", "e4", "e5", "e6"],
                       "undated and year-unknown events are left out by a date filter")
        XCTAssertEqual(shownEvents(TimelineOptions(to: DateBound("2016-11"))), ["e9"])
        let dot = TimelineRenderer(options: TimelineOptions(actor: "nobody")).dot(for: fixture)
        XCTAssertTrue(dot.contains("No events match the filters"))
        XCTAssertTrue(dot.contains("actor nobody (no such actor)"))
    }

    func testDateBoundsParse() {
        XCTAssertNotNil(DateBound("2016"))
        XCTAssertNotNil(DateBound("2016-02-29"))
        for bad in ["2015-02-29", "2016-13", "16-12-01", "2016-1-1", "yesterday", "", "2016-12-14T10"] {
            XCTAssertNil(DateBound(bad), bad)
        }
    }

    func testManyEventsAreGroupedByDayThenWeekThenMonth() throws {
        let many = SyntheticAnalysis.make(events: 400, actors: 3, days: 15, seed: 7)
        func nodes(_ options: TimelineOptions) -> (granularity: String, aggregates: [String], total: Int) {
            let dot = TimelineRenderer(options: options).dot(for: many)
            let aggregates = dot.split(separator: "\n").filter { $0.contains("\"class\"=\"event aggregate") }.map(String.init)
            let total = aggregates.compactMap { line -> Int? in
                guard let range = line.range(of: "\"label\"=\"") else { return nil }
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            }.reduce(0, +)
            let granularity = dot.components(separatedBy: "grouped by ").dropFirst().first?.prefix { $0.isLetter } ?? "event"
            return (String(granularity), aggregates, total)
        }
        let byDay = nodes(TimelineOptions(maxEvents: 200))
        XCTAssertEqual(byDay.granularity, "day")
        XCTAssertLessThanOrEqual(byDay.aggregates.count, 200)
        XCTAssertEqual(byDay.total, 400, "every event is counted once")
        let byWeek = nodes(TimelineOptions(maxEvents: 60))
        XCTAssertEqual(byWeek.granularity, "week")
        XCTAssertEqual(byWeek.total, 400)
        let byMonth = nodes(TimelineOptions(maxEvents: 40))
        XCTAssertEqual(byMonth.granularity, "month")
        XCTAssertEqual(byMonth.total, 400)
        let byYear = nodes(TimelineOptions(maxEvents: 10))
        XCTAssertEqual(byYear.granularity, "year", "too few lanes to merge: years instead")
        XCTAssertLessThanOrEqual(byYear.aggregates.count, 10)
        XCTAssertEqual(byYear.total, 400)
        XCTAssertEqual(nodes(TimelineOptions(maxEvents: 400)).aggregates.count, 0)

        let parsed = try ParsedSVG(try TimelineRenderer(options: TimelineOptions(maxEvents: 60)).render(many))
        XCTAssertFalse(parsed.elements(withClass: "aggregate").isEmpty)
        XCTAssertTrue(parsed.elements(withClass: "aggregate").allSatisfy { ($0.attributes["id"] ?? "").hasPrefix("agg-") })
    }

    func testNodeCountStaysWithinMaxEventsByMergingLanesThenYears() throws {
        for (events, actors, days, limit) in [(2_000, 30, 365, 250), (3_000, 30, 3_650, 100), (500, 40, 20, 30)] {
            let analysis = SyntheticAnalysis.make(events: events, actors: actors, days: days, seed: 3)
            let dot = TimelineRenderer(options: TimelineOptions(maxEvents: limit)).dot(for: analysis)
            let aggregates = dot.split(separator: "\n").filter { $0.contains("\"class\"=\"event aggregate") }
            XCTAssertLessThanOrEqual(aggregates.count, limit, "\(events) events over \(days) days, \(actors) actors")
            XCTAssertGreaterThan(aggregates.count, 0)
            XCTAssertTrue(dot.contains("smaller lanes merged into “other”"), "\(events)")
            XCTAssertTrue(dot.contains("\"cluster_lane-other\""))
        }
        let busy = SyntheticAnalysis.make(events: 2_000, actors: 30, days: 365, seed: 3)
        XCTAssertGreaterThan(busy.contradictions.count, 20)
        let grouped = TimelineRenderer(options: TimelineOptions(maxEvents: 100)).dot(for: busy)
        let drawn = grouped.split(separator: "\n").filter { $0.contains("\"class\"=\"contradiction ") }.count
        XCTAssertTrue((1...20).contains(drawn), "grouped pictures draw at most maxEvents / 5 contradictions, got \(drawn)")

        let decade = SyntheticAnalysis.make(events: 3_000, actors: 30, days: 3_650, seed: 3)
        let dot = TimelineRenderer(options: TimelineOptions(maxEvents: 100)).dot(for: decade)
        XCTAssertTrue(dot.contains("grouped by year"))
        XCTAssertTrue(dot.contains("\"date-2016\""))
        XCTAssertNoThrow(try ParsedSVG(try TimelineRenderer(options: TimelineOptions(maxEvents: 100)).render(decade)))
    }

    func testBusyDaysWrapIntoRows() throws {
        var analysis = fixture
        let base = analysis.events[2]
        for i in 0..<9 {
            var e = base
            e.id = "busy\(i)"
            e.sentence = 20 + i
            e.claim = nil
            analysis.events.append(e)
        }
        let plain = try layout(analysis, TimelineOptions(maxPerRow: 4))
        let ys = Set(try (0..<9).map { try XCTUnwrap(plain.node("event-busy\($0)")).y })
        XCTAssertEqual(ys.count, 3, "11 events of one lane in rows of 4")
        XCTAssertLessThan(ys.max()!, try XCTUnwrap(plain.node("event-e5")).y, "all rows stay after the 13th")
        for row in 1...4 { XCTAssertNotNil(plain.node("date-2016-12-14-row\(row)"), "row \(row)") }
        XCTAssertNil(plain.node("date-2016-12-14-row5"))
        // Claims come in rows below the events, and contradicting claims in different rows.
        let c2 = try XCTUnwrap(plain.node("claim-c2")).y, c3 = try XCTUnwrap(plain.node("claim-c3")).y
        XCTAssertLessThan(max(c2, c3), ys.min()!)
        XCTAssertNotEqual(c2, c3, accuracy: 0.01)
    }

    /// Many shapes of corpus and option: every one lays out without a Graphviz error and
    /// gives well-formed SVG with every shown event on its date's rank.
    func testVariedAnalysesAlwaysRender() throws {
        for seed in 1...12 {
            let size = [1, 5, 40, 120][seed % 4]
            let analysis = SyntheticAnalysis.make(events: size, actors: 1 + seed % 7, days: [1, 3, 60, 900][seed % 4], seed: UInt64(seed))
            let options = TimelineOptions(lanes: seed % 2 == 0 ? .actor : .country, maxEvents: [10, 50, 500][seed % 3],
                                          showClaims: seed % 5 != 0, orientation: seed % 3 == 0 ? .horizontal : .vertical,
                                          maxPerRow: 1 + seed % 4)
            let dot = TimelineRenderer(options: options).dot(for: analysis)
            let output = try GraphvizRenderer.shared.renderWithWarnings(dot: dot, format: .plain, source: "seed \(seed)")
            XCTAssertEqual(output.warnings, [], "seed \(seed)")
            let plain = PlainLayout(String(decoding: output.data, as: UTF8.self))
            var checked = 0
            for event in analysis.events where plain.node("event-" + event.id) != nil {
                let node = plain.node("event-" + event.id)!
                checked += 1
                let day = event.date.value.map { "date-" + $0 } ?? "date-undated"
                let rows = plain.nodes.filter { $0.name == day || $0.name.hasPrefix(day + "-row") }
                let along = { (n: PlainLayout.Node) in options.orientation == .vertical ? n.y : n.x }
                XCTAssertFalse(rows.isEmpty, "seed \(seed): no axis node for \(day)")
                XCTAssertTrue(rows.contains { abs(along($0) - along(node)) < 0.01 }, "seed \(seed): \(event.id) off its date")
            }
            XCTAssertEqual(checked > 0, size <= options.maxEvents, "seed \(seed): ungrouped events are checked")
            XCTAssertNoThrow(try ParsedSVG(try TimelineRenderer(options: options).render(analysis)), "seed \(seed)")
        }
    }

    func testEmptyAnalysisRendersANote() throws {
        let parsed = try ParsedSVG(try TimelineRenderer().render(Analysis()))
        XCTAssertTrue(parsed.elements(named: "text").contains { $0.text == "No events" })
    }

    func testDOTIsDeterministicAndIndependentOfInputOrder() {
        var shuffled = fixture
        shuffled.events.reverse()
        shuffled.claims.reverse()
        shuffled.actors.reverse()
        shuffled.contradictions.reverse()
        let renderer = TimelineRenderer()
        XCTAssertEqual(renderer.dot(for: fixture), renderer.dot(for: fixture))
        XCTAssertEqual(renderer.dot(for: fixture), renderer.dot(for: shuffled))
        let grouped = TimelineRenderer(options: TimelineOptions(maxEvents: 3))
        XCTAssertEqual(grouped.dot(for: fixture), grouped.dot(for: shuffled))
    }

    func testIdPrefixAppliesToEveryId() throws {
        let parsed = try ParsedSVG(try TimelineRenderer(options: TimelineOptions(idPrefix: "tl-")).render(fixture))
        let ids = parsed.elements.compactMap { $0.attributes["id"] }
        XCTAssertFalse(ids.isEmpty)
        for id in ids where !id.hasPrefix("a_") {
            XCTAssertTrue(id.hasPrefix("tl-"), id)
        }
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
    }

    func testRendersItsOwnDOTAndNamesItInErrors() throws {
        let timeline = TimelineRenderer()
        let dot = timeline.dot(for: fixture)
        XCTAssertEqual(try timeline.render(dot: dot), try timeline.render(fixture))
        XCTAssertThrowsError(try timeline.render(dot: "digraph {\n a -> \n")) { error in
            XCTAssertEqual((error as? RenderError)?.source, "timeline.dot")
            XCTAssertTrue("\(error)".contains("syntax error in line 3"), "\(error)")
        }
        let pictures: [any AnalysisPicture] = [TimelineRenderer(), ActorGraphRenderer(), ContradictionMapRenderer()]
        XCTAssertEqual(pictures.map(\.name), ["timeline", "actors", "contradictions"])
    }

    func testRendersPNGAndPDF() throws {
        XCTAssertEqual(Array(try TimelineRenderer().render(fixture, format: .png).prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(String(decoding: try TimelineRenderer().render(fixture, format: .pdf).prefix(4), as: UTF8.self), "%PDF")
    }

    func testMatchesGoldenDOT() throws {
        try Golden.check(TimelineRenderer().dot(for: fixture), "timeline.dot")
        try Golden.check(TimelineRenderer(options: TimelineOptions(lanes: .country, maxEvents: 5)).dot(for: fixture),
                         "timeline-country-grouped.dot")
    }
}
