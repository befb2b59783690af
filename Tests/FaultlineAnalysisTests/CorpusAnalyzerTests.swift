import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Whole-corpus properties: order independence, idempotence, references, actor merging.
final class CorpusAnalyzerTests: XCTestCase {
    func corpus() -> [DocumentAnalysis] {
        [SeedFixture.part()] + SudanWeek.parts() + SyntheticCorpus(documents: 40, events: 400, seed: 7).parts()
    }

    func testAnyOrderOfThePartsGivesByteIdenticalJSON() throws {
        let parts = corpus()
        let reference = try json(analyze(parts))
        for seed in 1...4 as ClosedRange<UInt64> {
            XCTAssertEqual(try json(analyze(shuffled(parts, seed: seed))), reference, "permutation \(seed)")
        }
        XCTAssertEqual(try json(analyze(parts.reversed())), reference)
    }

    func testMergingPartListsIsAssociativeAndIdempotent() throws {
        let parts = corpus()
        let a = Array(parts[0..<10]), b = Array(parts[10..<30]), c = Array(parts[30...])
        let whole = try json(analyze(parts))
        XCTAssertEqual(try json(analyze((c + a) + b)), whole)
        XCTAssertEqual(try json(analyze(a + (b + c))), whole)
        XCTAssertEqual(try json(analyze(parts + a)), whole, "a document passed twice counts once")
    }

    func testAConflictingVersionOfADocumentIsChosenWhateverTheOrder() throws {
        var richer = SeedFixture.part()
        var d = DocBuilder(SeedFixture.id)
        let s = d.sentence("Nga", mentions: ["russia"])
        d.event(s, "010", source: ["russia"])
        let poorer = d.build()
        richer.warnings = ["kept"]
        XCTAssertEqual(try json(analyze([richer, poorer])), try json(analyze([poorer, richer])))
        XCTAssertEqual(analyze([poorer, richer]).documents.first?.sentences, richer.sentenceTexts.count)
    }

    func testEveryReferenceResolves() {
        let a = analyze(corpus())
        let events = Set(a.events.map(\.id)), claims = Set(a.claims.map(\.id)), actors = Set(a.actors.map(\.id))
        let documents = Set(a.documents.map(\.id))
        XCTAssertEqual(a.events.map(\.id), (1...a.events.count).map { "e\($0)" })
        XCTAssertEqual(a.claims.map(\.id), (1...a.claims.count).map { "c\($0)" })
        for e in a.events {
            XCTAssertTrue(e.claim.map(claims.contains) ?? true, e.id)
            XCTAssertTrue(documents.contains(e.document))
            XCTAssertFalse(e.mentions.isEmpty, "every event lists where it is reported")
            XCTAssertTrue(e.mentions.allSatisfy { documents.contains($0.document) && ($0.claim.map(claims.contains) ?? true) })
            XCTAssertTrue((e.source + e.target + e.location).allSatisfy(actors.contains), e.id)
        }
        for c in a.claims {
            XCTAssertTrue(c.events.allSatisfy(events.contains), c.id)
            XCTAssertEqual(c.events, c.events.sorted(by: IdOrder.less))
            XCTAssertTrue(actors.contains(c.speaker))
        }
        for x in a.contradictions { XCTAssertTrue(x.claims.allSatisfy(claims.contains)) }
        for p in a.cooccurrence + a.countryCooccurrence { XCTAssertLessThan(p.a, p.b) }
        for d in a.dyads { XCTAssertLessThan(d.a, d.b) }
        XCTAssertEqual(a.actors.map(\.id), a.actors.map(\.id).sorted())
        XCTAssertEqual(Set(a.centrality.map(\.actor)), Set(a.cooccurrence.flatMap { [$0.a, $0.b] }))
    }

    func testActorsMergeByIdKeepingTheMostSpecificCode() throws {
        var one = DocBuilder("one")
        one.sentence("Lavrov", mentions: ["sergei-lavrov"])
        var p1 = one.build()
        p1.actors[0] = Actor(id: "sergei-lavrov", name: "Lavrov", kind: .unknown, code: "RUS", country: "RUS",
                             aliases: ["Lavrov"], mentions: 2)
        var two = DocBuilder("two")
        two.sentence("Sergei Lavrov", mentions: ["sergei-lavrov"])
        var p2 = two.build()
        p2.actors[0] = Actor(id: "sergei-lavrov", name: "Sergei Lavrov", kind: .person, code: "RUSGOV", country: nil,
                             aliases: ["Sergei Lavrov", "Ngoại trưởng Lavrov"], mentions: 3)
        var three = DocBuilder("three")
        three.sentence("Sergei Lavrov", mentions: ["sergei-lavrov"])
        var p3 = three.build()
        p3.actors[0] = p2.actors[0]
        let a = analyze([p1, p2, p3], AnalysisOptions(detectDuplicates: false))
        let lavrov = try XCTUnwrap(a.actors.first)
        XCTAssertEqual(lavrov.code, "RUSGOV")
        XCTAssertEqual(lavrov.kind, .person)
        XCTAssertEqual(lavrov.country, "RUS")
        XCTAssertEqual(lavrov.name, "Sergei Lavrov", "the name most documents give")
        XCTAssertEqual(lavrov.aliases, ["Lavrov", "Ngoại trưởng Lavrov", "Sergei Lavrov"])
        XCTAssertEqual(lavrov.mentions, 8)
    }

    func testEmptyAndDegenerateInputDoNotCrash() {
        XCTAssertEqual(analyze([]), Analysis())
        var d = DocBuilder("odd")
        let s = d.sentence("x", mentions: ["russia"])
        d.event(s, "", source: ["nobody-known"], target: ["russia"], date: "2016-99-99")
        d.claim(s, speaker: "ghost", events: ["e1", "e404"])
        var part = d.build()
        part.mentions.append(ActorMention(actor: "russia", sentence: 99, start: 0, end: 0, text: "Nga", rule: "test"))
        part.sentenceRoles = []
        let a = analyze([part, part])
        XCTAssertEqual(a.events.count, 1)
        XCTAssertEqual(a.claims.first?.events, ["e1"], "unknown local ids are dropped")
    }
}
