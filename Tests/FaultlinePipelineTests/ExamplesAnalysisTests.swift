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

    func testTheBlameForTheEnerhodarShelling() throws {
        let a = try analysis()
        let blame = a.contradictions.filter { x in
            x.kind == .blame && x.topic.hasPrefix("fighting") && x.topic.hasSuffix("2022-08-14") && countries(a, x) == ["RUS", "UKR"]
        }
        XCTAssertFalse(blame.isEmpty)
        // Across outlets and across languages.
        XCTAssertTrue(blame.contains { x in Set(documents(a, x).compactMap { language(a, $0) }) == ["en", "vi"] })
        XCTAssertTrue(blame.contains { speakers(a, $0).contains("russian-defence-ministry") && speakers(a, $0).contains("ukrainian-foreign-ministry") })
    }

    func testTheBlameForThePlannedProvocation() throws {
        let a = try analysis()
        let ours: Set<String> = ["russian-defence-ministry", "ukrainian-military-intelligence"]
        let provocation = a.contradictions.filter { speakers(a, $0) == ours && $0.topic.hasPrefix("threats") && $0.topic.hasSuffix("2022-08-19") }
        XCTAssertTrue(provocation.contains { $0.kind == .blame && documents(a, $0) == [Self.lvivWire, Self.lvivVi] })
        // Within one article the text says so itself (`denied`, `phủ nhận`), and the blame is named too.
        XCTAssertTrue(provocation.contains { $0.kind == .explicit && $0.explanation.contains("denied") && $0.explanation.contains("also blame") })
        XCTAssertTrue(provocation.contains { $0.kind == .explicit && $0.explanation.contains("phủ nhận") })
    }

    func testHeavyWeaponsAssertedByKulebaDeniedByZakharova() throws {
        let a = try analysis()
        let weapons = a.contradictions.filter { speakers(a, $0) == ["dmytro-kuleba", "maria-zakharova"] }
        XCTAssertTrue(weapons.contains { $0.kind == .polarity && $0.topic.hasPrefix("shows of force") })
        // Across languages: Kuleba in English, Zakharova in Vietnamese, and the reverse.
        XCTAssertTrue(weapons.contains { Set(documents(a, $0).compactMap { language(a, $0) }) == ["en", "vi"] })
        for x in weapons {
            let (p, q) = pair(a, x)
            let denial = p.speaker == "maria-zakharova" ? p : q
            XCTAssertTrue(denial.events.contains { id in a.events.first { $0.id == id }?.negated == true }, x.id)
        }
    }

    func testExplicitMarkersInTheText() throws {
        let a = try analysis()
        let expected: [(String, String)] = [
            (Self.enerhodarWire, "denied"), (Self.enerhodarVi, "trái chiều"), (Self.enerhodarVi, "bác bỏ"),
            (Self.iaea, "phủ nhận"), (Self.lvivWire, "denied"), (Self.lvivVi, "phủ nhận"),
        ]
        for (document, cue) in expected {
            let found = a.contradictions.filter { x in
                x.kind == .explicit && documents(a, x) == [document] && x.explanation.contains("“\(cue)")
            }
            XCTAssertFalse(found.isEmpty, "\(cue) in \(document)")
            for x in found { XCTAssertEqual(countries(a, x).count, 2, "\(x.id): two sides, not one") }
        }
    }

    func testNoContradictionWhereTheSourcesAgreeOrMerelyAppeal() throws {
        let a = try analysis()
        let copies = Set(a.documents.filter { $0.duplicateOf != nil }.map(\.id))
        for x in a.contradictions {
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
