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
        let wireX = try XCTUnwrap(a.contradiction(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.wire, 2, "rsf")))
        XCTAssertEqual(wireX.kind, .explicit, "“denied” in the RSF's own sentence")
        XCTAssertTrue(wireX.explanation.contains("denied"), wireX.explanation)
        let baoX = try XCTUnwrap(a.contradiction(claim(SudanWeek.bao, 1, "sudanese-army"), claim(SudanWeek.bao, 2, "rsf")))
        XCTAssertEqual(baoX.kind, .explicit, "“phủ nhận”")
        XCTAssertTrue(baoX.explanation.contains("phủ nhận"), baoX.explanation)
        // Across outlets there is no cue sentence: the blame itself.
        let cross = try XCTUnwrap(a.contradiction(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.bao, 2, "rsf")))
        XCTAssertEqual(cross.kind, .blame)
        XCTAssertTrue(cross.explanation.contains("Sudanese Armed Forces blames Rapid Support Forces"), cross.explanation)
        XCTAssertTrue(cross.topic.hasPrefix("fighting around El Fasher, 2024-06-10"), cross.topic)
    }

    func testDeathTollsDifferBetweenArmyAndUnitedNations() throws {
        let x = try XCTUnwrap(a.contradiction(claim(SudanWeek.wire, 1, "sudanese-army"), claim(SudanWeek.wire, 3, "united-nations")))
        XCTAssertEqual(x.kind, .value)
        XCTAssertTrue(x.explanation.contains("12 killed") && x.explanation.contains("at least 20 killed"), x.explanation)
        // The Vietnamese report of the same toll conflicts with the UN too.
        XCTAssertEqual(a.contradiction(claim(SudanWeek.bao, 1, "sudanese-army"), claim(SudanWeek.wire, 3, "united-nations"))?.kind, .value)
    }

    func testTheHospitalDenialIsAPolarityContradiction() throws {
        let x = try XCTUnwrap(a.contradiction(claim(SudanWeek.hospital, 1, "msf"), claim(SudanWeek.hospital, 2, "rsf")))
        XCTAssertEqual(x.kind, .polarity)
        XCTAssertTrue(x.explanation.contains("Médecins Sans Frontières says") && x.explanation.contains("did not"), x.explanation)
        XCTAssertEqual(a.contradiction(claim(SudanWeek.benhVien, 1, "msf"), claim(SudanWeek.hospital, 2, "rsf"))?.kind, .polarity)
        // The ministry does not say who struck, so the RSF's denial does not contradict it …
        XCTAssertNil(a.contradiction(claim(SudanWeek.benhVien, 2, "sudan-health-ministry"), claim(SudanWeek.hospital, 2, "rsf")))
        // … but its count of wounded does contradict MSF's.
        let v = try XCTUnwrap(a.contradiction(claim(SudanWeek.benhVien, 1, "msf"), claim(SudanWeek.benhVien, 2, "sudan-health-ministry")))
        XCTAssertEqual(v.kind, .value)
        XCTAssertTrue(v.explanation.contains("8 wounded") && v.explanation.contains("15 wounded"), v.explanation)
    }

    func testTheCeasefirePartnersAndTheSyndicatedCopyContradictNothing() {
        let ceasefireClaims = Set(a.claims.filter { $0.document == SudanWeek.ceasefire }.map(\.id))
        let copyClaims = Set(a.claims.filter { $0.document == SudanWeek.syndicated }.map(\.id))
        XCTAssertFalse(ceasefireClaims.isEmpty || copyClaims.isEmpty)
        for x in a.contradictions {
            XCTAssertTrue(ceasefireClaims.isDisjoint(with: x.claims), "\(x)")
            XCTAssertTrue(copyClaims.isDisjoint(with: x.claims), "\(x)")
        }
        // "The two sides gave conflicting accounts" points at the army and the RSF, not at the UN.
        for x in a.contradictions where x.kind == .explicit {
            XCTAssertEqual(a.speakers(x), ["sudanese-army", "rsf"], "\(x)")
        }
        XCTAssertEqual(a.contradictions.count, 10, a.contradictions.map { "\($0.claims) \($0.kind)" }.joined(separator: "\n"))
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
