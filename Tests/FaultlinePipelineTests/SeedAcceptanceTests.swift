import Foundation
import XCTest
import FaultlineModel
import FaultlineAnalysis
import FaultlinePipeline

/// The user's acceptance case, end to end: `../shared/seed/EXPECTED.md` on
/// `aleppo-2016-12-14.vi.txt` with `--published 2016-12-15`.
final class SeedAcceptanceTests: XCTestCase {
    static var cached: Analysis?

    func analysis(published: String? = "2016-12-15") throws -> Analysis {
        guard let seed = CLIHarness.sharedSeed else { throw XCTSkip("../shared/seed is absent") }
        if published != nil, let a = Self.cached { return a }
        var options = PipelineOptions()
        options.ingest.published = published
        var input = seed.path
        if published == nil {
            // The seed's file name carries a date (the fallback document date): a copy under a
            // plain name has none.
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-seed-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
            input = dir.appendingPathComponent("aleppo.vi.txt").path
            try FileManager.default.copyItem(atPath: seed.path, toPath: input)
        }
        let (a, problems) = try Pipeline(options: options).analyze([input])
        XCTAssertFalse(problems.contains { $0.isError }, "\(problems)")
        if published != nil { Self.cached = a }
        return a
    }

    func actor(_ a: Analysis, _ id: String) -> Actor? { a.actors.first { $0.id == id } }

    /// Actors with this exact alias, else those with an alias containing it.
    func actors(_ a: Analysis, alias: String) -> [Actor] {
        let exact = a.actors.filter { $0.aliases.contains(alias) }
        return exact.isEmpty ? a.actors.filter { $0.aliases.contains { $0.contains(alias) } } : exact
    }

    func testActorsMust() throws {
        let a = try analysis()
        let expect: [(String, ActorKind, Set<String>)] = [
            ("Nga", .country, ["RUS"]), ("Thổ Nhĩ Kỳ", .country, ["TUR"]), ("Syria", .country, ["SYR"]),
            ("Bộ Ngoại giao Nga", .organization, ["RUSGOV"]), ("Bộ Quốc phòng Nga", .organization, ["RUSMIL", "RUSGOV"]),
            ("Sergei Lavrov", .person, ["RUSGOV"]), ("Mevlut Cavusoglu", .person, ["TURGOV"]),
            ("Jean-Marc Ayrault", .person, ["FRAGOV"]), ("Liên hợp quốc", .organization, ["IGOUNO"]),
            ("Tổ chức Chữ Thập đỏ quốc tế", .organization, ["NGOHLHIRC"]),
            ("lực lượng đối lập", .armedGroup, ["SYRREB"]),
            ("quân đội chính phủ Syria", .armedGroup, ["SYRMIL", "SYRGOV"]),
            ("Bashar al-Assad", .person, ["SYRGOV"]),
        ]
        for (alias, kind, codes) in expect {
            let found = actors(a, alias: alias)
            XCTAssertEqual(found.count, 1, "\(alias): \(found.map(\.id))")
            guard let x = found.first else { continue }
            XCTAssertEqual(x.kind, kind, alias)
            XCTAssertTrue(codes.contains(x.code ?? ""), "\(alias): \(x.code ?? "nil")")
        }
        // One actor for each real-world actor.
        let cavusoglu = try XCTUnwrap(actor(a, "mevlut-cavusoglu"))
        XCTAssertTrue(cavusoglu.aliases.contains { $0.contains("Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu") })
        XCTAssertTrue(cavusoglu.aliases.contains { $0.contains("người đồng cấp") })
        let un = try XCTUnwrap(actor(a, "united-nations"))
        XCTAssertTrue(un.aliases.contains("LHQ"))
        let army = actors(a, alias: "quân đội chính phủ Syria")[0]
        XCTAssertTrue(army.aliases.contains { $0.contains("Lực lượng ủng hộ Chính phủ Syria") })
        XCTAssertTrue(army.aliases.contains { $0.contains("lực lượng chính phủ Syria") })
        for place in ["aleppo", "palmyra"] {
            XCTAssertEqual(actor(a, place)?.kind, .location, place)
            XCTAssertEqual(actor(a, place)?.country, "SYR", place)
        }
        // Credits and publishers are no party to any event.
        let parties = Set(a.events.flatMap { $0.source + $0.target })
        for x in a.actors where x.kind == .media { XCTAssertFalse(parties.contains(x.id), x.id) }
        XCTAssertNil(a.actors.first { $0.aliases.contains { $0.contains("AFP") || $0.contains("Tin Tức") || $0.contains("Chia sẻ") } })
    }

    func event(_ a: Analysis, _ cameoPrefix: String, source: String? = nil) -> Event? {
        a.events.first { e in e.cameo.hasPrefix(cameoPrefix) && (source.map { e.source.contains($0) } ?? true) }
    }

    /// An event between `party` and another (a joint act goes from one party to the other).
    func event(_ a: Analysis, _ cameoPrefix: String, party: String) -> Event? {
        a.events.first { e in e.cameo.hasPrefix(cameoPrefix) && (e.source + e.target).contains(party) }
    }

    func countries(_ a: Analysis, _ ids: [String]) -> Set<String> {
        Set(ids.compactMap { id in a.actors.first { $0.id == id }?.code.map { String($0.prefix(3)) } })
    }

    func testEventsMust() throws {
        let a = try analysis()
        // 1. The phone call, dated from the lead.
        let call = try XCTUnwrap(event(a, "04", party: "sergei-lavrov"))
        XCTAssertEqual(call.date.value, "2016-12-14")
        XCTAssertTrue(countries(a, call.source + call.target).isSuperset(of: ["RUS", "TUR"]))
        // 2. The agreement to support ending violence: verbal cooperation by both ministers.
        let agree = try XCTUnwrap(a.events.first { $0.quad == 1 && $0.sentence == 1 && Set($0.source + $0.target).count == 2 })
        XCTAssertTrue(countries(a, agree.source + agree.target).isSuperset(of: ["RUS", "TUR"]))
        XCTAssertTrue(Set(agree.source).isDisjoint(with: agree.target), "a joint act is no self-loop")
        XCTAssertEqual(agree.date.value, "2016-12-14")
        // 3. Opposition attacks at dawn, reported by the defence ministry via Interfax.
        let attack = try XCTUnwrap(event(a, "19", source: "syrian-rebels"))
        XCTAssertEqual(attack.quad, 4)
        XCTAssertEqual(attack.date.value, "2016-12-14")
        XCTAssertEqual(attack.timeOfDay, .dawn)
        let ministryClaim = try XCTUnwrap(a.claims.first { $0.id == attack.claim })
        XCTAssertEqual(ministryClaim.speaker, "russian-defence-ministry")
        XCTAssertEqual(ministryClaim.via, "interfax")
        // 4. The army repelled them: same claim.
        let army = Set(a.actors.filter { ($0.code ?? "").hasPrefix("SYRMIL") || ($0.code ?? "").hasPrefix("SYRGOV") }.map(\.id))
        let repel = try XCTUnwrap(a.events.first { $0.cameo.hasPrefix("19") && !army.isDisjoint(with: $0.source) })
        XCTAssertEqual(repel.claim, attack.claim)
        XCTAssertEqual(repel.date.value, "2016-12-14")
        // 5. Obstructing the evacuation deal, reported by Cavusoglu.
        let obstruct = try XCTUnwrap(a.events.first { ($0.quad == 3 || $0.quad == 4) && $0.sentence == attack.sentence + 1 && $0.source.contains("syrian-armed-forces") })
        XCTAssertEqual(a.claims.first { $0.id == obstruct.claim }?.speaker, "mevlut-cavusoglu")
        XCTAssertEqual(obstruct.date.value, "2016-12-14")
        // 6. France's appeal, the same day.
        let appeal = try XCTUnwrap(event(a, "02", source: "jean-marc-ayrault"))
        XCTAssertEqual(appeal.date.value, "2016-12-14")
        XCTAssertEqual(a.claims.first { $0.id == appeal.claim }?.speaker, "jean-marc-ayrault")
        // 7. The UN will not intervene: negated.
        let un = try XCTUnwrap(a.events.first { $0.source == ["united-nations"] && $0.negated })
        XCTAssertEqual(un.date.value, "2016-12-14")
        XCTAssertEqual(a.claims.first { $0.id == un.claim }?.speaker, "united-nations")
        // 8. The caption's patrol, dated 13/12.
        let patrol = try XCTUnwrap(a.events.first { $0.source.contains("syrian-armed-forces") && $0.date.value == "2016-12-13" })
        XCTAssertTrue(patrol.location.contains("aleppo"))
        // The teaser headline is coded once.
        XCTAssertEqual(a.events.filter { $0.source.contains("bashar-al-assad") }.count, 1)
    }

    func testClaimsMust() throws {
        let a = try analysis()
        let foreign = a.claims.filter { $0.speaker == "russian-foreign-ministry" }
        let reported = Set(foreign.flatMap(\.events))
        XCTAssertTrue(reported.contains(try XCTUnwrap(event(a, "04", party: "sergei-lavrov")).id))
        let cavusoglu = try XCTUnwrap(a.claims.first { $0.speaker == "mevlut-cavusoglu" })
        XCTAssertEqual(cavusoglu.date.value, "2016-12-14")
        let ministry = try XCTUnwrap(a.claims.first { $0.speaker == "russian-defence-ministry" })
        XCTAssertEqual(ministry.date.value, "2016-12-14")
        XCTAssertGreaterThanOrEqual(ministry.events.count, 2)
    }

    func testContradictionsMust() throws {
        let a = try analysis()
        XCTAssertLessThanOrEqual(a.contradictions.count, 3)
        let speakers: (Contradiction) -> Set<String> = { x in
            Set(x.claims.compactMap { id in a.claims.first { $0.id == id }?.speaker })
        }
        let main = a.contradictions.filter { speakers($0) == ["russian-defence-ministry", "mevlut-cavusoglu"] }
        XCTAssertEqual(main.count, 1)
        XCTAssertTrue([.explicit, .blame].contains(main.first?.kind))
        let joint = Set(a.claims.filter { $0.speaker == "russian-foreign-ministry" }.map(\.id))
        XCTAssertTrue(a.contradictions.allSatisfy { Set($0.claims).isDisjoint(with: joint) })
        XCTAssertTrue(a.contradictions.allSatisfy { x in x.echoes.allSatisfy { Set($0.claims).isDisjoint(with: joint) } })
        // One dispute: Russia against Turkey over the fighting in Aleppo.
        let dispute = try XCTUnwrap(a.disputes.first { $0.contradictions.contains(main.first?.id ?? "") })
        XCTAssertEqual(Set(dispute.sides.map(\.camp)), ["RUS", "TUR"])
        XCTAssertTrue(dispute.topic.contains("Aleppo"), dispute.topic)
        XCTAssertLessThanOrEqual(a.disputes.count, a.contradictions.count)
    }

    func testRussiaTurkeyIsTheStrongestCountryPair() throws {
        let a = try analysis()
        let top = try XCTUnwrap(CountryPairs.strongest(in: a))
        XCTAssertEqual(Set([top.a, top.b]), ["RUS", "TUR"])
    }

    func testWithoutAPublicationDateYearsStayUnknown() throws {
        let a = try analysis(published: nil)
        let call = try XCTUnwrap(event(a, "04", party: "sergei-lavrov"))
        XCTAssertEqual(call.date.value, "XXXX-12-14")
    }
}
