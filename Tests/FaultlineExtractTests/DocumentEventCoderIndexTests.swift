import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// The document pass's lookup tables: repeated sentences, first positions and act keys.
final class DocumentEventCoderIndexTests: XCTestCase {
    func testRepeatedSentenceIsFoundByItsWordsNotItsPunctuation() {
        let inputs = [CodingInput(index: 0, text: "Nga tấn công Kyiv."),
                      CodingInput(index: 1, text: "Russia shelled Kharkiv"),
                      CodingInput(index: 2, text: "Nga tấn công Kyiv!"),
                      CodingInput(index: 3, text: "Nga tấn công Kyiv hôm nay."),
                      CodingInput(index: 4, text: "RUSSIA, shelled Kharkiv")]
        var seen = DocumentEventCoder.SeenSentences(count: inputs.count)
        XCTAssertNil(seen.repeated(0, in: inputs))
        XCTAssertNil(seen.repeated(1, in: inputs))
        XCTAssertEqual(seen.repeated(2, in: inputs), 0, "only the punctuation differs")
        XCTAssertNil(seen.repeated(3, in: inputs), "one more word is another sentence")
        XCTAssertEqual(seen.repeated(4, in: inputs), 1, "keys are folded: case and commas do not count")
    }

    func testPunctuationOnlySentenceIsNeverARepeat() {
        let inputs = [CodingInput(index: 0, text: "…"), CodingInput(index: 1, text: "…")]
        var seen = DocumentEventCoder.SeenSentences(count: inputs.count)
        XCTAssertNil(seen.repeated(0, in: inputs))
        XCTAssertNil(seen.repeated(1, in: inputs))
    }

    func testFirstValuesKeepTheFirstForSmallAndLargeKeys() {
        var v = DocumentEventCoder.FirstValues()
        v.note(3, 10); v.note(3, 11); v.note(-2, 5); v.note(1 << 20, 7); v.note(1 << 20, 8)
        XCTAssertEqual(v[3], 10)
        XCTAssertEqual(v[-2], 5)
        XCTAssertEqual(v[1 << 20], 7)
        XCTAssertNil(v[0])
        XCTAssertNil(v[4])
        XCTAssertNil(v[99])
    }

    func testActIndexFindsTheFirstPositionOfAnActWithinItsBucket() {
        // Positions 0…5 stand for events; `same` compares their acts, as the document pass does.
        let acts = ["190 rus", "190 ukr", "190 rus", "042 rus", "190 ukr", "190 rus"]
        var index = DocumentEventCoder.ActIndex(capacity: acts.count)
        var first: [Int?] = []
        for (i, act) in acts.enumerated() {
            // One hash for every act: they all share a bucket and are told apart by `same`.
            let found = index.first(7, where: { acts[$0] == act })
            first.append(found)
            if found == nil { index.insert(7, i) }
        }
        XCTAssertEqual(first, [nil, nil, 0, nil, 1, 0])
        XCTAssertNil(index.first(8, where: { _ in true }), "another hash is another act")
        XCTAssertEqual(index.first(7, where: { acts[$0] == "042 rus" }), 3)
    }

    func testActIndexGrowsPastItsCapacityAndKeepsNegativeHashes() {
        var index = DocumentEventCoder.ActIndex(capacity: 2)
        for i in 0..<100 { index.insert(i % 3 == 0 ? -i : i * 1_000_003, i) }
        for i in 0..<100 { XCTAssertEqual(index.first(i % 3 == 0 ? -i : i * 1_000_003, where: { $0 == i }), i) }
        XCTAssertNil(index.first(5, where: { _ in true }))
    }

    func testActHashIgnoresTheTargetButNotTheCode() {
        func event(_ cameo: String, target: [String]) -> CodedEvent {
            CodedEvent(trigger: "x", triggerTokens: 0..<1, triggerByte: 0, cameo: cameo, rule: "r", source: ["rus"], target: target,
                       location: [], negated: false, modality: .asserted, frame: nil)
        }
        let day = EventDate.none
        let a = DocumentEventCoder.actHash(event("190", target: ["ukr"]), day)
        XCTAssertEqual(a, DocumentEventCoder.actHash(event("190", target: []), day))
        XCTAssertNotEqual(a, DocumentEventCoder.actHash(event("193", target: ["ukr"]), day))
    }

    func testClaimEventsWalkTheChainInOrder() {
        func pending(_ next: Int) -> DocumentEventCoder.Pending {
            var p = DocumentEventCoder.Pending(event: CodedEvent(trigger: "x", triggerTokens: 0..<1, triggerByte: 0, cameo: "190",
                                                                 rule: "r", source: [], target: [], location: [], negated: false,
                                                                 modality: .asserted, frame: nil), sentence: 0, claim: nil)
            p.nextOfClaim = next
            return p
        }
        // Two claims interleaved: 0 → 2 → 3 and 1 → 4; position 5 belongs to none.
        let events = [pending(2), pending(4), pending(3), pending(-1), pending(-1), pending(-1)]
        let first = DocumentEventCoder.ClaimEvents(events: events, position: 0)
        XCTAssertEqual(Array(first), [0, 2, 3])
        XCTAssertEqual(first.count, 3)
        XCTAssertFalse(first.isEmpty)
        XCTAssertFalse(first.isSingle)
        XCTAssertEqual(Array(DocumentEventCoder.ClaimEvents(events: events, position: 1)), [1, 4])
        let single = DocumentEventCoder.ClaimEvents(events: events, position: 3)
        XCTAssertTrue(single.isSingle)
        XCTAssertEqual(Array(single), [3])
        let none = DocumentEventCoder.ClaimEvents(events: events, position: -1)
        XCTAssertTrue(none.isEmpty)
        XCTAssertFalse(none.isSingle)
        XCTAssertEqual(Array(none), [])
        XCTAssertEqual(none.count, 0)
    }

    func testSortedUniqueMatchesSortingASet() {
        for xs in [[], ["b"], ["b", "a", "b", "c", "a"], ["z", "z"]] {
            XCTAssertEqual(DocumentEventCoder.sortedUnique(xs), Array(Set(xs)).sorted())
        }
    }

    func testCodedSentencesAreKeptOnlyWhileExplaining() {
        let inputs = [codingInput("Nga tấn công Ukraine.", [A.c("Nga", "rus", "RUS"), A.c("Ukraine", "ukr", "UKR")]),
                      codingInput("Nga tấn công Ukraine.", [A.c("Nga", "rus", "RUS"), A.c("Ukraine", "ukr", "UKR")], index: 1)]
        func run() -> DocumentEventCoder.Output {
            DocumentEventCoder(coders: ["vi": TestLexicons.vi.coder()], countryOf: { _ in nil })
                .code(documentID: "d", language: "vi", inputs: inputs) { _, _ in (.none, nil) }
        }
        let plain = run()
        let explained = Notes.$recording.withValue(true) { run() }
        XCTAssertTrue(plain.coded.isEmpty)
        // The repeat is not coded again, so only the first sentence is kept.
        XCTAssertEqual(explained.coded.keys.sorted(), [0])
        XCTAssertEqual(explained.coded[0]?.events.map(\.cameo), plain.events.map(\.code.cameo))
        XCTAssertFalse(plain.events.isEmpty)
    }

    func testIdsAreThePrefixFollowedByTheDecimalNumber() {
        XCTAssertEqual(DocumentEventCoder.id(UInt8(ascii: "e"), 1), "e1")
        XCTAssertEqual(DocumentEventCoder.id(UInt8(ascii: "c"), 0), "c0")
        for n in [9, 10, 99, 100, 101, 999, 1000, 12_345, 1_000_000, 987_654_321_012] {
            XCTAssertEqual(DocumentEventCoder.id(UInt8(ascii: "e"), n), "e" + String(n))
        }
    }
}
