import Foundation
import XCTest
import FaultlineModel
import FaultlineAnalysis
import FaultlinePipeline

/// The bundled example corpus end to end (`Examples/zaporizhzhia-week`, see its README): twelve
/// articles in Vietnamese and English by four outlets about one week of the Zaporizhzhia crisis.
/// What a careful reader finds there — events merged across outlets and languages, the two
/// syndicated copies, the contradictions the sources really have and none they do not, and no
/// event from bylines, teasers or tickers — must come out of the pipeline.
final class ExamplesAnalysisTests: XCTestCase {
    static var cached: Analysis?

    static let enerhodarWire = "2022-08-14-globalwire-enerhodar"
    static let enerhodarCopy = "2022-08-15-meridiandispatch-enerhodar-syndicated"
    static let enerhodarVi = "2022-08-15-tinquocte-enerhodar"
    static let enerhodarKyiv = "2022-08-15-thoisuthegioi-enerhodar"
    static let preview = "2022-08-16-globalwire-lviv-preview"
    static let toll = "2022-08-16-meridiandispatch-toll"
    static let iaea = "2022-08-17-thoisuthegioi-iaea"
    static let lvivWire = "2022-08-18-globalwire-lviv"
    static let lvivVi = "2022-08-19-tinquocte-lviv"
    static let lvivCopy = "2022-08-19-thoisuthegioi-lviv-syndicated"
    static let callVi = "2022-08-20-tinquocte-putin-macron"
    static let callEn = "2022-08-20-meridiandispatch-putin-macron"

    func analysis() throws -> Analysis {
        if let a = Self.cached { return a }
        let folder = CLIHarness.packageRoot.appendingPathComponent("Examples/zaporizhzhia-week")
        guard FileManager.default.fileExists(atPath: folder.path) else { throw XCTSkip("Examples/ is absent") }
        let (a, problems) = try Pipeline(options: PipelineOptions()).analyze([folder.path])
        XCTAssertFalse(problems.contains { $0.isError }, "\(problems)")
        Self.cached = a
        return a
    }

    // MARK: - Helpers

    func country(_ a: Analysis, _ actor: String) -> String? { a.actors.first { $0.id == actor }?.country }

    func claim(_ a: Analysis, _ id: String) -> Claim { a.claims.first { $0.id == id }! }

    /// The two claims of a contradiction.
    func pair(_ a: Analysis, _ x: Contradiction) -> (Claim, Claim) { (claim(a, x.claims[0]), claim(a, x.claims[1])) }

    func speakers(_ a: Analysis, _ x: Contradiction) -> Set<String> { let (p, q) = pair(a, x); return [p.speaker, q.speaker] }

    func countries(_ a: Analysis, _ x: Contradiction) -> Set<String> {
        let (p, q) = pair(a, x)
        return Set([p.speaker, q.speaker].compactMap { country(a, $0) })
    }

    func documents(_ a: Analysis, _ x: Contradiction) -> Set<String> { let (p, q) = pair(a, x); return [p.document, q.document] }

    func language(_ a: Analysis, _ document: String) -> String? { a.documents.first { $0.id == document }?.language }

    /// The event matching `match` whose mentions reach every document of `documents`.
    func merged(_ a: Analysis, _ documents: Set<String>, _ what: String, file: StaticString = #filePath, line: UInt = #line,
                _ match: (Event) -> Bool) {
        let candidates = a.events.filter(match)
        let best = candidates.max { Set($0.mentions.map(\.document)).count < Set($1.mentions.map(\.document)).count }
        let reached = Set(best?.mentions.map(\.document) ?? [])
        XCTAssertTrue(documents.isSubset(of: reached), "\(what): mentions in \(reached.sorted())", file: file, line: line)
        XCTAssertGreaterThan(best?.mentions.count ?? 0, 1, what, file: file, line: line)
    }

    // MARK: - Documents

    func testTheTwoSyndicatedCopiesAreFlaggedAndNothingElse() throws {
        let a = try analysis()
        XCTAssertEqual(a.documents.count, 12)
        var copies: [String: String] = [:]
        for d in a.documents { if let o = d.duplicateOf { copies[d.id] = o } }
        // A day later with a new headline and a dropped sentence; and on the same day, in NFD,
        // crediting `Theo Tin Quốc tế`: the copy is the one that credits the other outlet.
        XCTAssertEqual(copies, [Self.enerhodarCopy: Self.enerhodarWire, Self.lvivCopy: Self.lvivVi])
    }

    // MARK: - Merged events

    func testEventsReportedByOutletsInTwoLanguagesAreMerged() throws {
        let a = try analysis()
        merged(a, [Self.lvivWire, Self.lvivVi, Self.lvivCopy], "the Lviv meeting") { $0.cameo.hasPrefix("04") && $0.date.value == "2022-08-18" }
        merged(a, [Self.callEn, Self.callVi], "the Putin–Macron phone call") { $0.cameo == "041" && $0.date.value == "2022-08-19" }
        merged(a, [Self.lvivWire, Self.lvivVi], "the Turkey–Ukraine memorandum") { $0.cameo == "057" }
        merged(a, [Self.lvivWire, Self.lvivVi], "Moscow's rejection of the demilitarised zone") {
            $0.cameo.hasPrefix("12") && $0.date.value == "2022-08-18"
        }
        merged(a, [Self.lvivWire, Self.lvivVi], "the planned provocation") { $0.cameo.hasPrefix("138") && $0.modality == .intended }
        merged(a, [Self.enerhodarWire, Self.enerhodarVi], "the defence ministry's accusation over the shelling") {
            $0.cameo == "112" && $0.source == ["russian-defence-ministry"] && $0.date.value == "2022-08-14"
        }
        merged(a, [Self.enerhodarKyiv, Self.toll], "Kuleba's armour at the plant") { $0.cameo == "154" && !$0.negated }
        merged(a, [Self.preview, Self.iaea], "Zakharova's denial of heavy weapons") { $0.cameo == "154" && $0.negated }
        // Both languages and at least two outlets in many merged events.
        let crossLanguage = a.events.filter { e in Set(e.mentions.compactMap { language(a, $0.document) }) == ["en", "vi"] }
        XCTAssertGreaterThanOrEqual(crossLanguage.count, 6, crossLanguage.map { "\($0.cameo) \($0.trigger)" }.joined(separator: "; "))
    }

    // MARK: - Contradictions

    /// Every claim pair found, kept or folded as an echo, with the kind found for it.
    func pairs(_ a: Analysis) -> [(claims: [String], kind: ContradictionKind, contradiction: Contradiction)] {
        a.contradictions.flatMap { x in [(x.claims, x.kind, x)] + x.echoes.map { ($0.claims, $0.kind, x) } }
    }

    func speakers(_ a: Analysis, _ claims: [String]) -> Set<String> { Set(claims.map { claim(a, $0).speaker }) }
    func documents(_ a: Analysis, _ claims: [String]) -> Set<String> { Set(claims.map { claim(a, $0).document }) }

    func testTheBlameForTheEnerhodarShelling() throws {
        let a = try analysis()
        let blame = pairs(a).filter { p in
            p.kind == .blame && Set(p.claims.compactMap { country(a, claim(a, $0).speaker) }) == ["RUS", "UKR"]
                && p.contradiction.topic.hasPrefix("fighting around Enerhodar")
        }
        XCTAssertFalse(blame.isEmpty)
        // Across outlets and across languages.
        XCTAssertTrue(blame.contains { p in Set(documents(a, p.claims).compactMap { language(a, $0) }) == ["en", "vi"] })
        XCTAssertTrue(blame.contains { speakers(a, $0.claims) == ["russian-defence-ministry", "ukrainian-foreign-ministry"] })
    }

    func testTheBlameForThePlannedProvocation() throws {
        let a = try analysis()
        let ours: Set<String> = ["russian-defence-ministry", "ukrainian-military-intelligence"]
        let provocation = pairs(a).filter { speakers(a, $0.claims) == ours && $0.contradiction.topic.hasPrefix("threats")
            && $0.contradiction.topic.hasSuffix("2022-08-19") }
        XCTAssertTrue(provocation.contains { $0.kind == .blame && documents(a, $0.claims) == [Self.lvivWire, Self.lvivVi] })
        // Within one article the text says so itself (`denied`, `phủ nhận`), and the blame is named too.
        XCTAssertTrue(provocation.contains { $0.kind == .explicit && documents(a, $0.claims) == [Self.lvivWire] })
        XCTAssertTrue(provocation.contains { $0.kind == .explicit && documents(a, $0.claims) == [Self.lvivVi] })
        // The same two statements in two outlets: one contradiction, the rest its echoes.
        XCTAssertEqual(Set(provocation.map(\.contradiction.id)).count, 1)
        let x = provocation[0].contradiction
        XCTAssertEqual(x.kind, .explicit)
        XCTAssertTrue(x.explanation.contains("also blame"), x.explanation)
    }

    func testHeavyWeaponsAssertedByKulebaDeniedByZakharova() throws {
        let a = try analysis()
        let weapons = pairs(a).filter { speakers(a, $0.claims) == ["dmytro-kuleba", "maria-zakharova"] }
        XCTAssertTrue(weapons.contains { $0.kind == .polarity && $0.contradiction.topic.hasPrefix("shows of force") })
        // Across languages: Kuleba in English, Zakharova in Vietnamese, and the reverse.
        XCTAssertTrue(weapons.contains { Set(documents(a, $0.claims).compactMap { language(a, $0) }) == ["en", "vi"] })
        for p in weapons {
            let denial = p.claims.map { claim(a, $0) }.first { $0.speaker == "maria-zakharova" }!
            XCTAssertTrue(denial.events.contains { id in a.events.first { $0.id == id }?.negated == true }, p.claims.joined(separator: " "))
        }
    }

    func testExplicitMarkersInTheText() throws {
        let a = try analysis()
        let expected: [(String, String)] = [
            (Self.enerhodarWire, "denied"), (Self.enerhodarVi, "trái chiều"), (Self.enerhodarVi, "bác bỏ"),
            (Self.iaea, "phủ nhận"), (Self.lvivWire, "denied"), (Self.lvivVi, "phủ nhận"),
        ]
        for (document, cue) in expected {
            // The cue names the pair it marks; an echo marked by it stands in the same document.
            let found = pairs(a).filter { p in
                p.kind == .explicit && documents(a, p.claims) == [document]
                    && (p.claims != p.contradiction.claims || p.contradiction.explanation.contains("“\(cue)"))
            }
            XCTAssertFalse(found.isEmpty, "\(cue) in \(document)")
            for p in found {
                XCTAssertEqual(Set(p.claims.compactMap { country(a, claim(a, $0).speaker) }).count, 2, "\(p.claims): two sides, not one")
            }
        }
    }

    // MARK: - Disputes

    /// The week's disputes, as the README lists them: who shelled Enerhodar, whether Russian
    /// armour is in the plant, how many the shelling killed, and who plans a provocation on the
    /// 19th — a handful of disputes, not dozens of loose pairs.
    func testTheWeeksDisputes() throws {
        let a = try analysis()
        XCTAssertGreaterThanOrEqual(a.disputes.count, 4)
        XCTAssertLessThanOrEqual(a.disputes.count, 6, a.disputes.map(\.topic).joined(separator: "; "))
        XCTAssertEqual(a.disputes.map(\.id), (1...a.disputes.count).map { "d\($0)" })
        for d in a.disputes { XCTAssertEqual(Set(d.sides.map(\.camp)), ["RUS", "UKR"], d.topic) }

        let shelling = try XCTUnwrap(a.disputes.first { $0.kinds.contains(.blame) && $0.places.contains("enerhodar") })
        XCTAssertEqual(shelling.id, "d1", "the earliest and strongest")
        XCTAssertEqual(shelling.from, "2022-08-14")
        XCTAssertTrue(shelling.kinds.contains(.explicit) && shelling.kinds.contains(.polarity), "\(shelling.kinds)")
        XCTAssertTrue(shelling.topic.hasPrefix("fighting around Enerhodar, 2022-08-14"), shelling.topic)
        XCTAssertEqual(Set(shelling.sides.map(\.position)), ["blames Russia", "blames Ukraine"])
        XCTAssertTrue(Set(shelling.documents).isSuperset(of: [Self.enerhodarWire, Self.enerhodarVi, Self.enerhodarKyiv, Self.toll]))
        XCTAssertTrue(shelling.sides.first { $0.camp == "RUS" }!.speakers.contains("russian-defence-ministry"))
        XCTAssertTrue(shelling.sides.first { $0.camp == "UKR" }!.speakers.contains("ukrainian-foreign-ministry"))

        let weapons = try XCTUnwrap(a.disputes.first { $0.kinds.contains(.polarity) && $0.topic.hasPrefix("shows of force") })
        XCTAssertEqual(Set(weapons.sides.flatMap(\.speakers)).intersection(["dmytro-kuleba", "maria-zakharova"]).count, 2)
        XCTAssertEqual(weapons.sides.first { $0.camp == "UKR" }?.position, "says the shows of force happened")
        XCTAssertNotEqual(weapons.id, shelling.id)

        let toll = try XCTUnwrap(a.disputes.first { $0.kinds == [.value] })
        XCTAssertTrue(toll.topic.hasPrefix("casualty figures for fighting around Enerhodar, 2022-08-14"), toll.topic)
        XCTAssertTrue(toll.explanation.contains("2 killed, 4 wounded") && toll.explanation.contains("1 killed, 3 wounded"), toll.explanation)
        XCTAssertTrue(Set(toll.documents).isSuperset(of: [Self.enerhodarWire, Self.enerhodarKyiv]), "\(toll.documents)")

        let provocation = try XCTUnwrap(a.disputes.first { $0.topic.hasPrefix("threats") })
        XCTAssertEqual(provocation.from, "2022-08-19")
        XCTAssertEqual(provocation.documents, [Self.lvivWire, Self.lvivVi])
        XCTAssertEqual(Set(provocation.kinds), [.explicit, .blame])

        // Every contradiction in exactly one dispute, and far fewer of them than claim pairs.
        XCTAssertEqual(a.disputes.flatMap(\.contradictions).sorted(), a.contradictions.map(\.id).sorted())
        for x in a.contradictions { XCTAssertEqual(a.disputes.first { $0.id == x.dispute }?.contradictions.contains(x.id), true, x.id) }
        XCTAssertLessThan(a.contradictions.count * 2, pairs(a).count)
    }

    func testNoContradictionWhereTheSourcesAgreeOrMerelyAppeal() throws {
        let a = try analysis()
        let copies = Set(a.documents.filter { $0.duplicateOf != nil }.map(\.id))
        for x in a.contradictions.flatMap({ x in [x] + x.echoes.map { Contradiction(id: x.id, claims: $0.claims, kind: $0.kind, score: $0.score, topic: x.topic, explanation: "") } }) {
            let (p, q) = pair(a, x)
            // A copy is counted once: its claims are its original's.
            XCTAssertTrue(copies.isDisjoint(with: [p.document, q.document]), x.id)
            // The UN, the IAEA and the ICRC appeal; France, Turkey and the United States talk
            // and agree: none of them is a party disputing anyone.
            for c in [p, q] {
                XCTAssertFalse(["IGO", "NGO", "FRA", "TUR", "USA"].contains(country(a, c.speaker) ?? ""), "\(x.id): \(c.speaker)")
                XCTAssertNotEqual(c.stance, .appeal, "\(x.id): an appeal is no account")
            }
            // One side does not contradict itself (the ministry and its spokesperson, Kyiv and its ministries).
            let sides = [p.speaker, q.speaker].compactMap { country(a, $0) }
            XCTAssertFalse(sides.count == 2 && sides[0] == sides[1], "\(x.id): \(p.speaker) vs \(q.speaker)")
        }
        // The Kremlin's and the Élysée's readouts of the phone call agree.
        XCTAssertFalse(a.contradictions.contains { documents(a, $0).isSubset(of: [Self.callEn, Self.callVi]) })
        // No topic is placed on a continent named only to rank the plant (`Europe's largest`).
        XCTAssertFalse(a.contradictions.contains { $0.topic.contains("Europe") || $0.topic.contains("châu Âu") })
    }

    // MARK: - Traps

    func testBylinesTeasersAndTickersYieldNoEventOrClaim() throws {
        let a = try analysis()
        let bylines = a.actors.filter { x in
            x.aliases.contains { ["Thúy Nga", "Minh Đức", "Mỹ Linh", "Claire Morgan", "Daniel Hart", "Hoàng Linh"].contains($0) }
        }.map(\.id)
        let used = Set(a.events.flatMap { $0.source + $0.target + $0.location } + a.claims.flatMap { [$0.speaker] + $0.about })
        XCTAssertTrue(used.isDisjoint(with: bylines), "\(used.intersection(bylines))")
        // Bylines that look like country names are not those countries.
        for name in ["Thúy Nga", "Minh Đức", "Mỹ Linh", "Mỹ Tâm"] {
            XCTAssertFalse(a.actors.contains { $0.kind == .country && $0.aliases.contains(name) }, name)
        }
        let chrome = ["Thúy Nga", "Minh Đức", "Mỹ Linh", "Mỹ Tâm", "Mỹ Đình", "Brent crude", "Comments (", "Share via",
                      "Editing by", "Writing by", "tổng hợp", "Chia sẻ", "Đăng nhập"]
        for e in a.events { XCTAssertFalse(chrome.contains { e.text.contains($0) }, "\(e.id): \(e.text)") }
        for c in a.claims { XCTAssertFalse(chrome.contains { c.text.contains($0) }, "\(c.id): \(c.text)") }
        // TASS relays; it is never a party nor a speaker.
        XCTAssertFalse(used.contains("tass"))
        XCTAssertFalse(a.claims.contains { $0.speaker == "tass" })
    }
}
