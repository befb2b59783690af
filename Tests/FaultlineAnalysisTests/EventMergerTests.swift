import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Reports of one event in several documents (and twice in one) become one event.
final class EventMergerTests: XCTestCase {
    /// One document reporting one shelling of Kharkiv.
    func report(_ id: String, source: [String] = ["russian-army"], target: [String] = ["ukrainian-civilians"],
                place: [String] = ["kharkiv"], date: String? = "2023-05-02", negated: Bool = false,
                cameo: String = "195", trigger: String = "shelled") -> DocumentAnalysis {
        var d = DocBuilder(id, published: "2023-05-03")
        let s = d.sentence("Russian forces shelled Kharkiv, officials in \(id) said.", mentions: source + target + place)
        d.claim(s, speaker: "ukraine", events: [d.event(s, cameo, source: source, target: target, location: place, date: date,
                                                        negated: negated, trigger: trigger)])
        return d.build()
    }

    func testTheSameEventInTwoDocumentsIsOneEventWithBothMentions() throws {
        let a = analyze([report("b-outlet"), report("a-outlet", date: "2023-05-03")])
        XCTAssertEqual(a.events.count, 1)
        let e = try XCTUnwrap(a.events.first)
        XCTAssertEqual(e.id, "e1")
        XCTAssertEqual(e.mentions, [EventMention(document: "a-outlet", sentence: 0, claim: "c1"),
                                    EventMention(document: "b-outlet", sentence: 0, claim: "c2")])
        XCTAssertEqual(a.claims.map(\.events), [["e1"], ["e1"]], "both claims point at the merged event")
        XCTAssertEqual(e.claim, "c1")
        XCTAssertEqual(e.document, "a-outlet")
    }

    func testWhatMakesTwoReportsDifferentEvents() {
        let base = report("a")
        let cases: [(String, DocumentAnalysis)] = [
            ("two days apart", report("b", date: "2023-05-04")),
            ("another place", report("b", place: ["el-fasher"])),
            ("negated", report("b", negated: true)),
            ("another root", report("b", cameo: "180")),
            ("the other side attacked", report("b", source: ["ukrainian-army"])),
            ("opposition instead of state", report("b", source: ["rsf"])),
            ("a response to the attack", report("b", trigger: "repelled")),
            ("undated, in another document", report("b", date: nil)),
            ("only a month, in another document", report("b", date: "2023-05")),
        ]
        for (why, other) in cases {
            XCTAssertEqual(analyze([base, other]).events.count, 2, why)
        }
    }

    func testWhatStillMakesThemOneEvent() {
        let base = report("a")
        let cases: [(String, DocumentAnalysis)] = [
            ("the next day", report("b", date: "2023-05-03")),
            ("a place given by one report only", report("b", place: [])),
            ("the country instead of its army (same side up to sector)", report("b", source: ["russia"])),
            ("a day of unknown year", report("b", date: "XXXX-05-02")),
            ("a duplicate target list", report("b", target: ["ukrainian-civilians", "ukrainian-civilians"])),
        ]
        for (why, other) in cases {
            XCTAssertEqual(analyze([base, other]).events.count, 1, why)
        }
    }

    func testTitleAndBodyOfOneDocumentMergeEvenWithoutATitleDate() throws {
        var d = DocBuilder("doc", published: "2023-05-03")
        let t = d.sentence("Russia shells Kharkiv", role: .title, mentions: ["russia", "kharkiv"])
        let b = d.sentence("Russian forces shelled Kharkiv on Tuesday, officials said.", mentions: ["russian-army", "kharkiv"])
        d.event(t, "195", source: ["russia"], location: ["kharkiv"], trigger: "shells")
        d.event(b, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02", trigger: "shelled")
        let a = analyze([d.build()])
        XCTAssertEqual(a.events.count, 1)
        XCTAssertEqual(a.events[0].sentence, 1, "the dated report represents the event")
        XCTAssertEqual(a.events[0].date.value, "2023-05-02")
        XCTAssertEqual(a.events[0].mentions.map(\.sentence), [0, 1])
    }

    func testMergingCanBeSwitchedOff() {
        var options = AnalysisOptions()
        options.mergeEvents = false
        XCTAssertEqual(analyze([report("a"), report("b")], options).events.count, 2)
        options = AnalysisOptions(mergeWindowDays: 3)
        XCTAssertEqual(analyze([report("a"), report("b", date: "2023-05-05")], options).events.count, 1)
    }

    func testIdsFollowDocumentAndSentenceOrder() {
        var one = DocBuilder("one")
        let s0 = one.sentence("A.", mentions: ["ukraine"]), s1 = one.sentence("B.", mentions: ["russia"])
        // Local ids out of reading order, as an extractor running several passes may give them.
        let late = one.event(s1, "042", source: ["russia"], target: ["ukraine"], date: "2023-05-02")
        let early = one.event(s0, "042", source: ["ukraine"], target: ["russia"], date: "2023-05-01")
        one.claim(s1, speaker: "russia", events: [late])
        one.claim(s0, speaker: "ukraine", events: [early])
        var two = DocBuilder("two")
        let t0 = two.sentence("C.", mentions: ["syria"])
        two.event(t0, "010", source: ["syria"], date: "2023-05-01")
        let a = analyze([two.build(), one.build()])
        XCTAssertEqual(a.events.map { "\($0.id):\($0.document):\($0.sentence)" }, ["e1:one:0", "e2:one:1", "e3:two:0"])
        XCTAssertEqual(a.claims.map { "\($0.id):\($0.sentence):\($0.events)" }, ["c1:0:[\"e1\"]", "c2:1:[\"e2\"]"])
        XCTAssertEqual(a.events.map(\.claim), ["c1", "c2", nil])
    }

    func testDuplicateDocumentsJoinTheirOriginalsEvents() {
        var options = AnalysisOptions()
        options.detectDuplicates = false
        var copy = report("b")
        copy.document.duplicateOf = "a"
        copy.events[0].date = EventDate(value: "2023-05-09", precision: .day, text: nil, anchor: .document)
        let a = analyze([report("a"), copy], options)
        XCTAssertEqual(a.events.count, 1, "a declared copy's event joins the original's whatever its date")
        XCTAssertEqual(a.events[0].document, "a")
        XCTAssertEqual(a.documents.first { $0.id == "b" }?.duplicateOf, "a")
    }

    func testPartsOfTheDayKeepTwoAttacksOfOneDayApart() {
        func timed(_ id: String, _ time: TimeOfDay?) -> DocumentAnalysis {
            var d = DocBuilder(id, published: "2023-05-03")
            let s = d.sentence("Russian forces shelled Kharkiv.", mentions: ["russian-army", "kharkiv"])
            d.event(s, "194", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02", timeOfDay: time)
            return d.build()
        }
        XCTAssertEqual(analyze([timed("a", .dawn), timed("b", .evening)]).events.count, 2, "dawn and evening")
        XCTAssertEqual(analyze([timed("a", .night), timed("b", .dawn)]).events.count, 1, "overnight, told two ways")
        XCTAssertEqual(analyze([timed("a", .dawn), timed("b", nil)]).events.count, 1, "one report does not say when")
        XCTAssertFalse(EventMerger.sameTimeOfDay([.morning], .night))
        XCTAssertTrue(EventMerger.sameTimeOfDay([.afternoon], .evening))
    }
}
