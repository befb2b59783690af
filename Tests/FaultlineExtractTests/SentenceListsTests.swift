import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// The lists the document pass hands from sentence to sentence (`SentenceLists`).
final class SentenceListsTests: XCTestCase {
    /// Each sentence coded through shared lists gives what it gives coded alone: nothing of an
    /// earlier (longer) sentence is left in the reused triggers, frames, clauses or events.
    func testSharedListsCodeEachSentenceAsAlone() {
        let cases: [(String, String, [TestActor])] = [
            ("en", "Russia shelled Kharkiv and attacked Kyiv, then Ukraine condemned the strikes.",
             [A.c("Russia", "rus", "RUS"), A.c("Ukraine", "ukr", "UKR")]),
            ("en", "The weather was mild.", []),
            ("en", "Ukraine said Russia attacked Kyiv, according to Reuters.",
             [A.c("Ukraine", "ukr", "UKR"), A.c("Russia", "rus", "RUS"), A.org("Reuters", "reuters", "MED")]),
            ("en", "Turkey urged Russia to talk.", [A.c("Turkey", "tur", "TUR"), A.c("Russia", "rus", "RUS")]),
            ("vi", "Nga tấn công Kyiv, Ukraine lên án vụ tấn công.", [A.c("Nga", "rus", "RUS"), A.c("Ukraine", "ukr", "UKR")]),
            ("vi", "Trời nắng.", []),
        ]
        var lists = ["en": SentenceLists(), "vi": SentenceLists()]
        for (lang, text, actors) in cases {
            let coder = TestLexicons.of(lang).coder()
            let input = codingInput(text, actors)
            let alone = coder.code(input)
            var coded = coder.code(input, lists: &lists[lang]!)
            XCTAssertEqual(coded.events, alone.events, text)
            XCTAssertEqual(coded.triggers, alone.triggers, text)
            XCTAssertEqual(coded.clauses, alone.clauses, text)
            XCTAssertEqual(coded.frames.map(\.cue), alone.frames.map(\.cue), text)
            XCTAssertEqual(coded.speakers, alone.speakers, text)
            lists[lang]!.takeBack(&coded)
        }
        XCTAssertGreaterThan(lists["en"]!.triggers.capacity, 0, "the lists are kept for the next sentence")
    }

    func testTakeBackKeepsTheListsWhenASentenceHandsBackNone() {
        var lists = SentenceLists()
        lists.triggers.reserveCapacity(8)
        var skipped = CodedSentence()
        lists.takeBack(&skipped)
        XCTAssertGreaterThanOrEqual(lists.triggers.capacity, 8)
    }

    func testTakeEmptiesTheListAndKeepsItsRoom() {
        var list = [1, 2, 3]
        let taken = SentenceLists.take(&list)
        XCTAssertTrue(taken.isEmpty)
        XCTAssertGreaterThanOrEqual(taken.capacity, 3)
        XCTAssertTrue(list.isEmpty)
    }
}
