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

    func testActIndexComparesEveryField() {
        typealias Key = DocumentEventCoder.ActKey
        let a = Key(sentence: 1, cameo: "190", source: ["rus"], target: nil, date: "2022-08-05", negated: false)
        var index = DocumentEventCoder.ActIndex()
        index.insert(a, 4)
        XCTAssertEqual(index[a], 4)
        var b = a; b.sentence = 2
        XCTAssertNil(index[b], "another sentence")
        var c = a; c.source = ["ukr"]
        XCTAssertNil(index[c], "another source of the same length lands in the same bucket and differs")
        var d = a; d.negated = true
        XCTAssertNil(index[d])
        index.insert(c, 6)
        XCTAssertEqual(index[c], 6)
        XCTAssertEqual(index[a], 4)
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
}
