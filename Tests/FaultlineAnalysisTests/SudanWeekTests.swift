import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// The multi-article example: six articles (English and Vietnamese) about one week around
/// El Fasher, by several outlets, one of them syndicated.
final class SudanWeekTests: XCTestCase {
    lazy var a = analyze(SudanWeek.parts())

    func claim(_ doc: String, _ sentence: Int, _ speaker: String) -> String? {
        a.claimId(document: doc, sentence: sentence, speaker: speaker)
    }

    func testTheSyndicatedCopyIsADuplicateOfTheWireStory() {
        let info = a.documents.first { $0.id == SudanWeek.syndicated }
        XCTAssertEqual(info?.duplicateOf, SudanWeek.wire)
        XCTAssertEqual(a.documents.filter { $0.duplicateOf != nil }.count, 1, "the two outlets wrote their own stories")
    }

    func testTheMarketShellingIsOneEventReportedByThreeDocumentsInTwoLanguages() throws {
        let shelling = a.events.filter { $0.source == ["rsf"] && $0.cameo == "195" && $0.date.value == "2024-06-10" }
        XCTAssertEqual(shelling.count, 1)
        let e = try XCTUnwrap(shelling.first)
        XCTAssertEqual(Set(e.mentions.map(\.document)), [SudanWeek.wire, SudanWeek.bao, SudanWeek.syndicated])
        XCTAssertEqual(e.mentions, e.mentions.sorted())
        // Every mention names the claim that carries it there.
        XCTAssertTrue(e.mentions.allSatisfy { $0.claim != nil })
        for m in e.mentions { XCTAssertEqual(a.claim(m.claim!)?.events.contains(e.id), true) }
    }

    func testTheHospitalStrikeIsMergedAcrossOutletsButTheDenialIsNot() throws {
        let struck = a.events.filter { $0.source == ["rsf"] && $0.date.value == "2024-06-15" && !$0.negated }
        XCTAssertEqual(struck.count, 1)
        XCTAssertEqual(Set(struck[0].mentions.map(\.document)), [SudanWeek.hospital, SudanWeek.benhVien])
        XCTAssertEqual(a.events.filter { $0.negated }.count, 1)
    }

    func testMergedEventsTakeTheBestFoundedDate() throws {
        // Titles dated by the document date merge with the body's stated day.
        let unattributed = a.events.filter { $0.source.isEmpty && $0.target == ["sudanese-civilians"] }
        XCTAssertEqual(unattributed.count, 1)
        XCTAssertEqual(unattributed[0].date.value, "2024-06-10")
        XCTAssertGreaterThanOrEqual(unattributed[0].mentions.count, 3)
    }

    func testArmyAndRsfBlameEachOtherInBothOutlets() throws {
        let wire = try XCTUnwrap(a.covering(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.wire, 2, "rsf")))
        XCTAssertEqual(wire.kind, .explicit, "“denied” in the RSF's own sentence")
        let wireX = wire.contradiction
        // The Vietnamese outlet reports the same two statements: an echo, counted once.
        let bao = try XCTUnwrap(a.covering(claim(SudanWeek.bao, 1, "sudanese-army"), claim(SudanWeek.bao, 2, "rsf")))
        XCTAssertEqual(bao.contradiction, wireX)
        XCTAssertEqual(bao.kind, .explicit, "“phủ nhận”")
        // Across outlets there is no cue sentence: the blame itself, again an echo of the same two statements.
        let cross = try XCTUnwrap(a.covering(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.bao, 2, "rsf")))
        XCTAssertEqual(cross.contradiction, wireX)
        XCTAssertEqual(cross.kind, .blame)
        XCTAssertTrue(wireX.topic.hasPrefix("fighting around El Fasher, 2024-06-10"), wireX.topic)
        let dispute = try XCTUnwrap(a.dispute(of: wireX))
        XCTAssertEqual(dispute.kinds, [.explicit, .blame])
        XCTAssertEqual(dispute.contradictions, [wireX.id])
        XCTAssertEqual(Set(dispute.documents), [SudanWeek.wire, SudanWeek.bao])
    }

    func testDeathTollsDifferBetweenArmyAndUnitedNations() throws {
        let x = try XCTUnwrap(a.covering(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.wire, 3, "united-nations"))?.contradiction)
        XCTAssertEqual(x.kind, .value)
        XCTAssertTrue(x.explanation.contains("12 killed") && x.explanation.contains("at least 20 killed"), x.explanation)
        // The Vietnamese report of the same toll conflicts with the UN too: an echo of it.
        let bao = try XCTUnwrap(a.covering(claim(SudanWeek.bao, 1, "sudanese-army"), claim(SudanWeek.wire, 3, "united-nations")))
        XCTAssertEqual(bao.contradiction, x)
        XCTAssertEqual(bao.kind, .value)
        // Figures are a question of their own: not the dispute over who shelled the market.
        let blame = try XCTUnwrap(a.covering(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.wire, 2, "rsf"))?.contradiction)
        XCTAssertNotEqual(x.dispute, blame.dispute)
        XCTAssertTrue(a.dispute(of: x)?.topic.hasPrefix("casualty figures for fighting around El Fasher") ?? false)
    }

    func testTheHospitalDenialIsAPolarityContradiction() throws {
        let x = try XCTUnwrap(a.covering(claim(SudanWeek.hospital, 1, "msf"), claim(SudanWeek.hospital, 2, "rsf"))?.contradiction)
        XCTAssertEqual(x.kind, .polarity)
        XCTAssertTrue(x.explanation.contains("Médecins Sans Frontières says") && x.explanation.contains("did not"), x.explanation)
        XCTAssertEqual(a.covering(claim(SudanWeek.benhVien, 1, "msf"), claim(SudanWeek.hospital, 2, "rsf"))?.kind, .polarity)
        // The ministry does not say who struck, so the RSF's denial does not contradict it …
        XCTAssertNil(a.covering(claim(SudanWeek.benhVien, 2, "sudan-health-ministry"), claim(SudanWeek.hospital, 2, "rsf")))
        // … but its count of wounded does contradict MSF's.
        let v = try XCTUnwrap(a.covering(claim(SudanWeek.benhVien, 1, "msf"), claim(SudanWeek.benhVien, 2, "sudan-health-ministry")))
        XCTAssertEqual(v.kind, .value)
        XCTAssertTrue(v.contradiction.explanation.contains("8 wounded") && v.contradiction.explanation.contains("15 wounded"),
                      v.contradiction.explanation)
    }

    func testTheCeasefirePartnersAndTheSyndicatedCopyContradictNothing() {
        let ceasefireClaims = Set(a.claims.filter { $0.document == SudanWeek.ceasefire }.map(\.id))
        let copyClaims = Set(a.claims.filter { $0.document == SudanWeek.syndicated }.map(\.id))
        XCTAssertFalse(ceasefireClaims.isEmpty || copyClaims.isEmpty)
        for x in a.contradictions {
            for claims in [x.claims] + x.echoes.map(\.claims) {
                XCTAssertTrue(ceasefireClaims.isDisjoint(with: claims), "\(x)")
                XCTAssertTrue(copyClaims.isDisjoint(with: claims), "\(x)")
            }
        }
        // "The two sides gave conflicting accounts" points at the army and the RSF, not at the UN.
        for x in a.contradictions where x.kind == .explicit {
            XCTAssertEqual(a.speakers(x), ["sudanese-army", "rsf"], "\(x)")
        }
        // Ten claim pairs, four once echoes are folded: the two outlets report the same statements.
        XCTAssertEqual(a.contradictions.count + a.contradictions.map(\.echoes.count).reduce(0, +), 10)
        XCTAssertEqual(a.contradictions.count, 4, a.contradictions.map { "\($0.claims) \($0.kind)" }.joined(separator: "\n"))
    }

    /// One week, four situations: who shelled the market on the 10th (army vs RSF), the toll of
    /// that shelling (army vs UN), whether the RSF struck the hospital on the 15th (MSF vs RSF),
    /// and the wounded there (MSF vs the health ministry). None merges with another.
    func testEachSituationIsItsOwnDispute() throws {
        XCTAssertEqual(a.disputes.count, 4, a.disputes.map { "\($0.id) \($0.topic)" }.joined(separator: "\n"))
        XCTAssertEqual(a.disputes.map(\.id), ["d1", "d2", "d3", "d4"])
        XCTAssertEqual(Set(a.disputes.flatMap(\.contradictions)), Set(a.contradictions.map(\.id)))
        for x in a.contradictions { XCTAssertEqual(a.dispute(of: x)?.contradictions.contains(x.id), true, x.id) }
        func dispute(_ sides: Set<String>, _ kind: ContradictionKind) -> Dispute? {
            a.disputes.first { Set($0.sides.flatMap(\.speakers)) == sides && $0.kinds.contains(kind) }
        }
        let market = try XCTUnwrap(dispute(["sudanese-army", "rsf"], .blame))
        XCTAssertEqual(market.from, "2024-06-10")
        XCTAssertTrue(market.topic.hasPrefix("fighting around El Fasher"), market.topic)
        XCTAssertEqual(market.sides.map(\.position).sorted(), ["blames Rapid Support Forces", "blames Sudanese Armed Forces"])
        let toll = try XCTUnwrap(dispute(["sudanese-army", "united-nations"], .value))
        XCTAssertEqual(toll.kinds, [.value])
        let hospital = try XCTUnwrap(dispute(["msf", "rsf"], .polarity))
        XCTAssertEqual(hospital.from, "2024-06-15")
        let wounded = try XCTUnwrap(dispute(["msf", "sudan-health-ministry"], .value))
        XCTAssertTrue(wounded.explanation.contains("8 wounded") && wounded.explanation.contains("15 wounded"), wounded.explanation)
        // Earliest first.
        XCTAssertEqual(a.disputes.compactMap(\.from), a.disputes.compactMap(\.from).sorted())
    }

    func testContradictionsAreUniquePerPairAndOrdered() {
        let pairs = a.contradictions.map(\.claims)
        XCTAssertEqual(Set(pairs.map { $0.joined(separator: "|") }).count, pairs.count)
        for p in pairs { XCTAssertTrue(IdOrder.less(p[0], p[1])) }
        XCTAssertEqual(a.contradictions.map(\.id), (1...a.contradictions.count).map { "x\($0)" })
        XCTAssertTrue(a.contradictions.allSatisfy { $0.score > 0 && $0.score <= 1 })
    }

    func testTheSyndicatedCopyDoesNotInflateCooccurrence() {
        let withCopy = a.cooccurrence.first { $0.a == "rsf" && $0.b == "sudanese-army" }
        let without = analyze(SudanWeek.parts().filter { $0.document.id != SudanWeek.syndicated })
            .cooccurrence.first { $0.a == "rsf" && $0.b == "sudanese-army" }
        XCTAssertNotNil(withCopy)
        XCTAssertEqual(withCopy, without)
    }
}
