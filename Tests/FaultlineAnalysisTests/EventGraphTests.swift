import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

final class EventGraphTests: XCTestCase {
    func testEdgesOfEveryKind() throws {
        let a = analyze(SudanWeek.parts())
        let g = EventGraph(a)
        XCTAssertEqual(g.vertexCount, a.documents.count + Set(a.actors.map(\.id)).count + a.events.count + a.claims.count)
        let shelling = try XCTUnwrap(a.events.first { $0.source == ["rsf"] && $0.date.value == "2024-06-10" })
        let v = try XCTUnwrap(g.index(of: .event(shelling.id)))
        XCTAssertEqual(g.outgoing(v, kind: .target).map { g.vertices[$0.to] }, [.actor("sudanese-civilians")])
        XCTAssertEqual(g.outgoing(v, kind: .location).map { g.vertices[$0.to] }, [.actor("el-fasher")])
        // Every document that reports it points at it.
        let reporters = g.vertices.indices.filter { i in g.outgoing(i, kind: .mentions).contains { $0.to == v } }
        XCTAssertEqual(Set(reporters.map { g.vertices[$0].id }), [SudanWeek.wire, SudanWeek.bao, SudanWeek.syndicated])
        let rsf = try XCTUnwrap(g.index(of: .actor("rsf")))
        XCTAssertTrue(g.outgoing(rsf, kind: .source).contains { $0.to == v })
        XCTAssertFalse(g.outgoing(rsf, kind: .says).isEmpty)
        XCTAssertEqual(g.edges(ofKind: .contradicts).count, 2 * a.contradictions.count)
        XCTAssertEqual(g.edges(ofKind: .reports).count, a.claims.reduce(0) { $0 + $1.events.count })
        XCTAssertEqual(g.edges(ofKind: .relays).count, 0)
        XCTAssertEqual(EventGraph(analyze([SeedFixture.part()])).edges(ofKind: .relays).count, 1, "Interfax")
    }

    func testTemporalEdgesFromDatesLinkConsecutiveDaysOfADocument() throws {
        var d = DocBuilder("days")
        let s0 = d.sentence("Monday.", mentions: ["ukraine"]), s1 = d.sentence("Tuesday.", mentions: ["russia"])
        let s2 = d.sentence("Wednesday morning and evening.", mentions: ["syria"])
        d.event(s2, "010", source: ["syria"], date: "2023-05-03", timeOfDay: .evening)
        d.event(s0, "010", source: ["ukraine"], date: "2023-05-01")
        d.event(s1, "010", source: ["russia"], date: "2023-05-02")
        d.event(s2, "042", source: ["syria"], date: "2023-05-03", timeOfDay: .morning)
        let a = analyze([d.build()])
        let g = EventGraph(a)
        let before = g.edges(ofKind: .before).map { "\(g.vertices[$0.from].id)<\(g.vertices[$0.to].id)" }
        // e1 Monday, e2 Tuesday, e3 Wednesday evening, e4 Wednesday morning.
        XCTAssertEqual(Set(before), ["e1<e2", "e2<e3", "e2<e4", "e4<e3"])
        XCTAssertEqual(g.temporalOrder(), ["e1", "e2", "e4", "e3"])
    }

    func testTemporalEdgesFromCues() {
        func order(_ second: String, language: String = "en") -> Set<String> {
            var d = DocBuilder("cues", language: language)
            let s0 = d.sentence("Russian forces shelled Kharkiv.", mentions: ["russian-army"])
            let s1 = d.sentence(second, mentions: ["ukrainian-army"])
            d.event(s0, "195", source: ["russian-army"], location: ["kharkiv"])
            d.event(s1, "190", source: ["ukrainian-army"], location: ["kharkiv"])
            let g = EventGraph(analyze([d.build()]))
            return Set(g.edges(ofKind: .before).map { "\(g.vertices[$0.from].id)<\(g.vertices[$0.to].id)" })
        }
        XCTAssertEqual(order("Earlier, Ukrainian troops had attacked a depot."), ["e2<e1"])
        XCTAssertEqual(order("Trước đó, quân đội Ukraine đã tấn công một kho đạn.", language: "vi"), ["e2<e1"])
        XCTAssertEqual(order("Later, Ukrainian troops returned fire."), ["e1<e2"])
        XCTAssertEqual(order("Then Ukrainian troops returned fire."), ["e1<e2"])
        XCTAssertEqual(order("Sau đó, quân đội Ukraine bắn trả.", language: "vi"), ["e1<e2"])
        XCTAssertEqual(order("If talks fail, then troops will attack."), [])
        XCTAssertEqual(order("Ukrainian troops attacked a depot."), [])
    }

    func testReachabilityAndComponents() throws {
        let a = analyze([SeedFixture.part(), SudanWeek.hospitalStory()])
        let g = EventGraph(a)
        let reach = g.reachable(from: .actor("msf"))
        XCTAssertEqual(reach.first, .actor("msf"))
        XCTAssertTrue(reach.contains(.actor("el-fasher")), "MSF → claim → strike → El Fasher")
        XCTAssertFalse(reach.contains(.actor("sergei-lavrov")), "two conflicts, two stories")
        XCTAssertEqual(g.reachable(from: .actor("msf"), along: [.says]).count, 2, "MSF and its claim")
        let components = g.components()
        XCTAssertEqual(components.flatMap { $0 }.sorted(), Array(0..<g.vertexCount))
        let seedDoc = try XCTUnwrap(g.index(of: .document(SeedFixture.id)))
        let sudanDoc = try XCTUnwrap(g.index(of: .document(SudanWeek.hospital)))
        XCTAssertFalse(components.contains { $0.contains(seedDoc) && $0.contains(sudanDoc) })
    }
}
