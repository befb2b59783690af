import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Grouping contradictions into disputes, and folding echoes: the same situation reported by
/// several outlets in English and Vietnamese is one dispute, other situations in the same
/// corpus — another town, another week, another question — stay their own.
final class DisputeGrouperTests: XCTestCase {
    // MARK: - Corpus

    /// Moscow and Kyiv blame each other for shelling Kharkiv on 2 May, in an English wire story.
    func kharkivEnglish() -> DocumentAnalysis {
        var d = DocBuilder("wire-kharkiv", published: "2023-05-03")
        let s0 = d.sentence("Russia's defence ministry said Ukrainian forces shelled Kharkiv on Tuesday.",
                            mentions: ["russian-defence-ministry", "ukrainian-army", "kharkiv"])
        let s1 = d.sentence("Ukraine's foreign ministry denied it and said Russian forces had shelled the city themselves.",
                            mentions: ["ukrainian-foreign-ministry", "russian-army"])
        d.claim(s0, speaker: "russian-defence-ministry", stance: .accuse,
                events: [d.event(s0, "195", source: ["ukrainian-army"], target: ["ukrainian-civilians"], location: ["kharkiv"],
                                 date: "2023-05-02", trigger: "shelled")], about: ["ukrainian-army"])
        d.claim(s1, speaker: "ukrainian-foreign-ministry", stance: .accuse,
                events: [d.event(s1, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02", trigger: "shelled")], about: ["russian-army"])
        return d.build()
    }

    /// The same two statements in a Vietnamese outlet, the next day.
    func kharkivVietnamese() -> DocumentAnalysis {
        var d = DocBuilder("tin-kharkiv", language: "vi", published: "2023-05-04")
        let s0 = d.sentence("Bộ Quốc phòng Nga cáo buộc quân đội Ukraine pháo kích thành phố Kharkiv hôm 2/5.",
                            mentions: ["russian-defence-ministry", "ukrainian-army", "kharkiv"])
        let s1 = d.sentence("Bộ Ngoại giao Ukraine bác bỏ và cho rằng chính lực lượng Nga đã pháo kích thành phố.",
                            mentions: ["ukrainian-foreign-ministry", "russian-army"])
        d.claim(s0, speaker: "russian-defence-ministry", stance: .accuse,
                events: [d.event(s0, "195", source: ["ukrainian-army"], location: ["kharkiv"], date: "2023-05-02", trigger: "pháo kích")], about: ["ukrainian-army"], cue: "cáo buộc")
        d.claim(s1, speaker: "ukrainian-foreign-ministry", stance: .accuse,
                events: [d.event(s1, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02", trigger: "pháo kích")], about: ["russian-army"], cue: "cho rằng")
        return d.build()
    }

    /// A week later, another town: each side blames the other for a strike on Odesa, and two
    /// other officials give different tolls.
    func odesa() -> DocumentAnalysis {
        var d = DocBuilder("tin-odesa", language: "vi", published: "2023-05-10")
        let s0 = d.sentence("Ukraine cho biết máy bay không người lái của Nga tấn công cảng Odesa hôm 9/5.",
                            mentions: ["ukraine", "russian-army", "odesa"])
        let s1 = d.sentence("Nga khẳng định quân đội Ukraine đã bắn vào cảng Odesa.", mentions: ["russia", "ukrainian-army", "odesa"])
        let s2 = d.sentence("Bộ Ngoại giao Ukraine cho biết vụ tấn công ở Odesa làm 3 người thiệt mạng.",
                            mentions: ["ukrainian-foreign-ministry", "odesa"])
        let s3 = d.sentence("Bộ Quốc phòng Nga cho biết 7 người chết tại Odesa.", mentions: ["russian-defence-ministry", "odesa"])
        d.claim(s0, speaker: "ukraine", stance: .accuse,
                events: [d.event(s0, "183", source: ["russian-army"], location: ["odesa"], date: "2023-05-09", trigger: "tấn công")],
                about: ["russian-army"], cue: "cho biết")
        d.claim(s1, speaker: "russia", stance: .accuse,
                events: [d.event(s1, "190", source: ["ukrainian-army"], location: ["odesa"], date: "2023-05-09", trigger: "bắn")],
                about: ["ukrainian-army"], cue: "khẳng định")
        d.claim(s2, speaker: "ukrainian-foreign-ministry",
                events: [d.event(s2, "183", source: ["russian-army"], location: ["odesa"], date: "2023-05-09", trigger: "tấn công")],
                cue: "cho biết")
        d.claim(s3, speaker: "russian-defence-ministry", date: "2023-05-09", cue: "cho biết")
        return d.build()
    }

    lazy var week = analyze([kharkivEnglish(), kharkivVietnamese(), odesa()])

    func disputes(at place: String, _ a: Analysis) -> [Dispute] { a.disputes.filter { $0.places.contains(place) } }

    // MARK: - Same situation across documents

    func testOneShellingReportedByTwoOutletsInTwoLanguagesIsOneDispute() throws {
        let kharkiv = disputes(at: "kharkiv", week)
        XCTAssertEqual(kharkiv.count, 1, kharkiv.map(\.topic).joined(separator: "; "))
        let d = try XCTUnwrap(kharkiv.first)
        XCTAssertEqual(d.documents, ["tin-kharkiv", "wire-kharkiv"])
        XCTAssertEqual(Set(d.sides.map(\.camp)), ["RUS", "UKR"])
        XCTAssertEqual(d.from, "2023-05-02")
        XCTAssertEqual(d.to, "2023-05-02")
        XCTAssertTrue(d.topic.hasPrefix("fighting around Kharkiv, 2023-05-02"), d.topic)
        XCTAssertTrue(d.kinds.contains(.blame), "\(d.kinds)")
        // What each camp holds, named by country.
        let russia = try XCTUnwrap(d.sides.first { $0.camp == "RUS" })
        XCTAssertEqual(russia.position, "blames Ukraine")
        XCTAssertEqual(russia.speakers, ["russian-defence-ministry"])
        XCTAssertEqual(d.sides.first { $0.camp == "UKR" }?.position, "blames Nga")
        XCTAssertTrue(d.explanation.contains("blames Ukraine") && d.explanation.contains("4 claims in 2 documents"), d.explanation)
    }

    func testTheSameTwoStatementsInSeveralDocumentsCountOnce() throws {
        // Four claims, four cross pairs: one contradiction, three echoes.
        let d = try XCTUnwrap(disputes(at: "kharkiv", week).first)
        XCTAssertEqual(d.contradictions.count, 1)
        let x = try XCTUnwrap(week.contradictions.first { $0.id == d.contradictions[0] })
        XCTAssertEqual(x.echoes.count, 3)
        XCTAssertEqual(Set(([x.claims] + x.echoes.map(\.claims)).map(Set.init)).count, 4)
        for echo in x.echoes { XCTAssertTrue(IdOrder.less(echo.claims[0], echo.claims[1])) }
        XCTAssertEqual(x.dispute, d.id)
        // Without the echoes folded, the pairs were there all the same.
        let pairs = ContradictionDetector(corpus: MergedCorpus([kharkivEnglish(), kharkivVietnamese()], options: .default),
                                          options: .default).findings()
        XCTAssertEqual(pairs.count, 4)
    }

    // MARK: - Other situations stay apart

    func testAnotherTownAWeekLaterIsAnotherDispute() throws {
        let odesa = disputes(at: "odesa", week)
        XCTAssertEqual(odesa.count, 2, "who struck, and how many died: \(odesa.map(\.topic))")
        let blame = try XCTUnwrap(odesa.first { $0.kinds.contains(.blame) })
        XCTAssertEqual(blame.from, "2023-05-09")
        XCTAssertTrue(disputes(at: "kharkiv", week).allSatisfy { $0.id != blame.id })
        // Earliest first: Kharkiv (2 May) is d1.
        XCTAssertEqual(disputes(at: "kharkiv", week).first?.id, "d1")
        XCTAssertEqual(week.disputes.map(\.id), (1...week.disputes.count).map { "d\($0)" })
    }

    func testCasualtyFiguresAreAQuestionOfTheirOwn() throws {
        let toll = try XCTUnwrap(week.disputes.first { $0.kinds == [.value] })
        XCTAssertEqual(toll.places, ["odesa"])
        XCTAssertTrue(toll.topic.hasPrefix("casualty figures for "), toll.topic)
        XCTAssertTrue(toll.explanation.contains("3 killed") && toll.explanation.contains("7 killed"), toll.explanation)
        XCTAssertEqual(Set(toll.sides.map(\.camp)), ["RUS", "UKR"], "the same two camps as the blame, yet another question")
        let blame = try XCTUnwrap(disputes(at: "odesa", week).first { $0.kinds.contains(.blame) })
        XCTAssertTrue(Set(toll.contradictions).isDisjoint(with: blame.contradictions))
    }

    func testTheSameDayInTwoTownsIsTwoDisputes() throws {
        // Move the Odesa strike to Kharkiv's day: the places still tell the situations apart.
        var moved = odesa()
        for i in moved.events.indices { moved.events[i].date = EventDate(value: "2023-05-02", precision: .day, text: nil, anchor: .explicit) }
        let a = analyze([kharkivEnglish(), kharkivVietnamese(), moved])
        XCTAssertEqual(disputes(at: "kharkiv", a).count, 1)
        XCTAssertTrue(disputes(at: "kharkiv", a).allSatisfy { !$0.places.contains("odesa") })
        XCTAssertFalse(disputes(at: "odesa", a).isEmpty)
    }

    // MARK: - Agreement, order, filters

    func testAgreementIsNeverADispute() {
        // Ukraine and its foreign ministry blame Russia alike; France agrees with them.
        var d = DocBuilder("agree", published: "2023-05-03")
        let s0 = d.sentence("Ukraine said Russian forces shelled Kharkiv.", mentions: ["ukraine", "russian-army", "kharkiv"])
        let s1 = d.sentence("Pháp cũng cho rằng quân đội Nga đã pháo kích Kharkiv.", mentions: ["france", "russian-army", "kharkiv"])
        d.claim(s0, speaker: "ukraine", events: [d.event(s0, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02")])
        d.claim(s1, speaker: "france", events: [d.event(s1, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02")])
        let a = analyze([d.build()])
        XCTAssertEqual(a.contradictions, [])
        XCTAssertEqual(a.disputes, [])
    }

    func testDisputesDoNotDependOnTheOrderOfDocuments() throws {
        let parts = [kharkivEnglish(), kharkivVietnamese(), odesa()]
        let reference = try json(week)
        for seed in 1...4 as ClosedRange<UInt64> {
            XCTAssertEqual(try json(analyze(shuffled(parts, seed: seed))), reference, "seed \(seed)")
        }
        XCTAssertTrue(reference.contains("\"disputes\""))
    }

    func testAFilterKeepsTheDisputesOfTheContradictionsItKeeps() throws {
        let filtered = AnalysisFilter(from: "2023-05-09").apply(to: week)
        XCTAssertFalse(filtered.contradictions.isEmpty)
        XCTAssertTrue(filtered.disputes.allSatisfy { !$0.places.contains("kharkiv") }, "\(filtered.disputes.map(\.topic))")
        let kept = Set(filtered.contradictions.map(\.id))
        for d in filtered.disputes { XCTAssertTrue(Set(d.contradictions).isSubset(of: kept)) }
    }

    func testTheTableGroupsContradictionsUnderTheirDispute() {
        let lines = AnalysisTables.contradictions(week).split(separator: "\n").map(String.init)
        let first = lines.firstIndex { $0.hasPrefix("d1 ") }!
        XCTAssertTrue(lines[first + 1].hasPrefix("  x"), lines[first + 1])
        XCTAssertTrue(lines[first + 1].contains("+3"), "the echoes it stands for: \(lines[first + 1])")
        XCTAssertEqual(lines.filter { $0.hasPrefix("d") }.count, week.disputes.count)
        XCTAssertEqual(lines.filter { $0.hasPrefix("  x") }.count, week.contradictions.count)
    }

    func testAnAnalysisWithoutDisputesStillDecodesAndPrints() throws {
        var old = week
        old.disputes = []
        for i in old.contradictions.indices { old.contradictions[i].dispute = nil; old.contradictions[i].echoes = [] }
        let text = try json(old)
        XCTAssertFalse(text.contains("\"echoes\""), "empty echoes are left out")
        let decoded = try JSONDecoder().decode(Analysis.self, from: Data(text.utf8))
        XCTAssertEqual(decoded, old)
        XCTAssertEqual(AnalysisTables.contradictions(old).split(separator: "\n").count, old.contradictions.count + 2)
    }
}
