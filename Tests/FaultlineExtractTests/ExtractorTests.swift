import XCTest
import Foundation
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// The per-document wiring (actors → time → events → claims) on the seed article and on
/// documents built here.
final class ExtractorTests: XCTestCase {
    static let extractor = try! Extractor()

    func seed(published: String? = "2016-12-15") throws -> DocumentAnalysis {
        guard let doc = seedDocument(published: published) else { throw XCTSkip("../shared/seed is absent") }
        return Self.extractor.analyze(doc)
    }

    /// Every "must" event and claim of shared/seed/EXPECTED.md.
    func testSeedMustEventsAndClaims() throws {
        let a = try seed()
        let code = Dictionary(uniqueKeysWithValues: a.actors.map { ($0.id, $0.code ?? "") })
        func codes(_ ids: [String]) -> [String] { ids.map { code[$0] ?? "" } }
        func claim(_ e: Event) -> Claim? { a.claims.first { $0.id == e.claim } }
        let day = "2016-12-14"
        let all = a.events.map { "\($0.id) s\($0.sentence) \($0.cameo) \(codes($0.source))->\(codes($0.target)) \($0.date.value ?? "-") \($0.claim ?? "-")" }
        let msg = all.joined(separator: "\n")

        // 1. Phone call Lavrov ↔ Cavusoglu.
        let call = try XCTUnwrap(a.events.first { $0.cameo.hasPrefix("04") && ($0.source + $0.target).contains("sergei-lavrov") }, msg)
        XCTAssertEqual(call.cameo, "041")
        XCTAssertTrue((call.source + call.target).contains("mevlut-cavusoglu"))
        XCTAssertTrue(Set(call.source).isDisjoint(with: call.target), "a joint act is no self-loop")
        XCTAssertEqual(call.date.value, day)
        // 2. Agreement to support ending the violence: verbal cooperation between Russia and Turkey.
        let agree = try XCTUnwrap(a.events.first { $0.quad == 1 && $0.sentence == 1 && Int($0.cameo.prefix(2))! <= 5 && !$0.cameo.hasPrefix("01") }, msg)
        let roots = Set(codes(agree.source + agree.target).map { String($0.prefix(3)) })
        XCTAssertTrue(roots.isSuperset(of: ["RUS", "TUR"]), msg)
        XCTAssertEqual(agree.date.value, day)
        // 3. Opposition attacks at dawn, reported by the Russian defence ministry via Interfax.
        let attack = try XCTUnwrap(a.events.first { $0.cameo.hasPrefix("19") && codes($0.source).contains("SYRREB") }, msg)
        XCTAssertEqual(attack.quad, 4)
        XCTAssertEqual(attack.date.value, day)
        XCTAssertEqual(attack.timeOfDay, .dawn)
        let mod = try XCTUnwrap(claim(attack))
        XCTAssertTrue(["RUSMIL", "RUSGOV"].contains(code[mod.speaker] ?? ""), mod.speaker)
        XCTAssertEqual(mod.via, "interfax")
        XCTAssertEqual(mod.date.value, day)
        // 4. The army repelled them: same claim.
        let repel = try XCTUnwrap(a.events.first { $0.cameo.hasPrefix("19") && ["SYRMIL", "SYRGOV"].contains(codes($0.source).first ?? "") && $0.claim == mod.id }, msg)
        XCTAssertEqual(repel.date.value, day)
        XCTAssertTrue(mod.events.contains(attack.id) && mod.events.contains(repel.id))
        // 5. Government forces obstruct the evacuation deal, per Cavusoglu.
        let cav = try XCTUnwrap(a.claims.first { $0.speaker == "mevlut-cavusoglu" }, msg)
        XCTAssertEqual(code[cav.speaker], "TURGOV")
        XCTAssertEqual(cav.date.value, day)
        let obstruct = try XCTUnwrap(a.events.first { $0.claim == cav.id && $0.quad >= 3 && codes($0.source).contains { ["SYRMIL", "SYRGOV"].contains($0) } }, msg)
        XCTAssertEqual(obstruct.date.value, day)
        // 6. France's call for UN observers.
        let call6 = try XCTUnwrap(a.events.first { $0.cameo.hasPrefix("02") && codes($0.source).contains { $0.hasPrefix("FRA") } }, msg)
        XCTAssertEqual(call6.date.value, day)
        XCTAssertEqual(claim(call6)?.cue, "nhấn mạnh")
        // 7. The UN will not intervene.
        let un = try XCTUnwrap(a.events.first { codes($0.source).contains("IGOUNO") && $0.negated }, msg)
        XCTAssertEqual(un.date.value, day)
        XCTAssertEqual(claim(un)?.cue, "cho biết")
        XCTAssertEqual(claim(un)?.speaker, "united-nations")
        // 8. Pro-government forces patrol Aleppo (photo caption), the day before.
        let patrol = try XCTUnwrap(a.events.first { $0.cameo.hasPrefix("15") }, msg)
        XCTAssertTrue(["SYRMIL", "SYRGOV"].contains(codes(patrol.source).first ?? ""))
        XCTAssertTrue(patrol.location.contains("aleppo"))
        XCTAssertEqual(patrol.date.value, "2016-12-13")
        // Claims of the Russian foreign ministry report events 1 and 2.
        let mfa = a.claims.filter { $0.speaker == "russian-foreign-ministry" }
        XCTAssertTrue(mfa.contains { $0.events.contains(call.id) } && mfa.contains { $0.events.contains(agree.id) }, msg)
    }

    func testSeedTeaserIsCodedOnceAndBoilerplateGivesNothing() throws {
        let a = try seed()
        XCTAssertEqual(a.events.filter { $0.trigger.contains("bóc mẽ") }.count, 1)
        let assad = try XCTUnwrap(a.claims.first { $0.stance == .disputes })
        XCTAssertEqual(assad.about, ["the-west"])
        for (i, role) in a.sentenceRoles.enumerated() where role == .boilerplate || role == .signoff {
            XCTAssertFalse(a.events.contains { $0.sentence == i }, "sentence \(i) is \(role)")
        }
        XCTAssertFalse(a.events.contains { ($0.source + $0.target).contains { ["afp", "ttxvn", "tin-tuc"].contains($0) } })
    }

    func testWithoutDocumentDateTheYearStaysUnknown() throws {
        let a = try seed(published: nil)
        XCTAssertTrue(a.events.contains { $0.date.value == "XXXX-12-14" })
        XCTAssertTrue(a.events.contains { $0.date.value == "XXXX-12-13" })
        XCTAssertFalse(a.events.contains { $0.date.value?.hasPrefix("2016") ?? false })
    }

    func testDocumentAnalysisIsFilledAndDeterministic() throws {
        let a = try seed()
        XCTAssertEqual(a.document.id, "aleppo-2016-12-14")
        XCTAssertEqual(a.document.published, "2016-12-15")
        XCTAssertEqual(a.sentenceTexts.count, a.sentenceRoles.count)
        XCTAssertEqual(a.sentenceTexts.count, a.document.sentences)
        XCTAssertFalse(a.timexes.isEmpty)
        XCTAssertFalse(a.mentions.isEmpty)
        XCTAssertTrue(a.events.allSatisfy { !$0.rule.isEmpty && !$0.text.isEmpty })
        XCTAssertTrue(a.claims.allSatisfy { !$0.rule.isEmpty })
        for e in a.events where e.claim != nil { XCTAssertTrue(a.claims.contains { $0.id == e.claim && $0.events.contains(e.id) }, e.id) }
        let again = try seed()
        XCTAssertEqual(try JSONOutput.string(a), try JSONOutput.string(again))
    }

    func testDocumentsCanBeAnalysedInParallel() throws {
        guard let doc = seedDocument() else { throw XCTSkip("../shared/seed is absent") }
        let expected = try JSONOutput.string(Self.extractor.analyze(doc))
        let results = UnsafeMutableBufferPointer<String>.allocate(capacity: 4)
        results.initialize(repeating: "")
        defer { results.deallocate() }
        let ex = Self.extractor
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            results[i] = (try? JSONOutput.string(ex.analyze(doc))) ?? ""
        }
        for r in results { XCTAssertEqual(r, expected) }
    }

    /// `X rejected A, and said they also opposed B`: the second act without a target repeats
    /// the first; in another sentence, or with a target of its own, it stays.
    func testAnUntargetedRepeatOfAnActInItsSentenceIsDropped() throws {
        var ingestor = Ingestor()
        let doc = try ingestor.document(fromText: """
            Rebels reject plan

            Ivory Coast rebels on Friday rejected a Senegalese peace plan, and said they also opposed the deployment of a regional force.

            On Saturday the rebels also opposed the deployment of a regional force.
            """, id: "rebels", language: "en", published: "2002-11-02")
        let a = Self.extractor.analyze(doc)
        let rejections = a.events.filter { $0.cameo.hasPrefix("12") }
        let first = rejections.filter { $0.sentence == 1 }
        XCTAssertEqual(first.count, 1, "\(rejections.map { "\($0.sentence) \($0.cameo) \($0.source)→\($0.target)" })")
        XCTAssertFalse(first.first?.target.isEmpty ?? true)
        XCTAssertTrue(rejections.contains { $0.sentence == 2 && $0.target.isEmpty }, "\(rejections.map { "\($0.sentence) \($0.cameo)" })")
    }

    func testEnglishDocumentThroughTheIngestor() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-ex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("kyiv.en.txt")
        try """
        Russia shells Kharkiv

        Russian forces shelled Kharkiv on Tuesday, Ukrainian officials said. The Kremlin denied that its troops attacked civilians.

        Russia will not withdraw its troops, the Kremlin said on Wednesday.
        """.write(to: file, atomically: true, encoding: .utf8)
        var ingestor = Ingestor(options: IngestOptions(published: "2022-03-02"))
        let doc = try XCTUnwrap(ingestor.readAll([file.path]).documents.first)
        let a = Self.extractor.analyze(doc)
        let shell = try XCTUnwrap(a.events.first { $0.cameo == "194" }, "\(a.events.map(\.cameo))")
        XCTAssertEqual(shell.date.value, "2022-03-01")
        XCTAssertNotNil(shell.claim)
        XCTAssertTrue(a.events.contains { $0.negated })
        XCTAssertTrue(a.claims.contains { $0.stance == .deny })
        XCTAssertEqual(a.document.language, "en")
    }
    /// Sentences that once trapped the extractor: nested names (`the pro-German King
    /// Constantine I`, two overlapping mentions that grouping read as a negative gap) and a
    /// gapped trigger reaching past its clause (`drive … out of`, cut at `which`).
    func testOverlappingMentionsAndGappedTriggersAreCoded() {
        let texts = [
            "In late 1915 the pro-German King Constantine I dismissed the pro-Allied government of Eleftherios Venizelos.",
            "The pro-Russian King Boris III dismissed the pro-Western cabinet of the prime minister.",
            "They have to defeat the rebel force which wants to drive Britain out of Kenya and impose on this colony its reign of terror.",
        ]
        for (n, text) in texts.enumerated() {
            let doc = Document(id: "trap-\(n)", title: "", text: text, language: "en", published: "2020-01-01",
                               origin: "test", sentences: [Sentence(index: 0, text: text, paragraph: 1)])
            let a = Self.extractor.analyze(doc)
            XCTAssertEqual(a.sentenceTexts, [text])
            XCTAssertFalse(a.mentions.isEmpty, text)
            XCTAssertTrue(a.events.allSatisfy { $0.sentence == 0 && !$0.text.isEmpty }, text)
        }
    }
}
