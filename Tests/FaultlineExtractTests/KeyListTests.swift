import XCTest
import FaultlineText
@testable import FaultlineExtract

final class KeyListTests: XCTestCase {
    func testAnswersAsTheSetOfKeys() {
        let words: Set<String> = ["a", "an", Folding.key("một"), "former", Folding.key("cựu"), "the"]
        let list = KeyList(keys: words)
        let text = "A former official, một quan chức cựu bộ trưởng, an envoy and the Cựu minister: MỘT, AN, The, an-, formerly"
        for t in Tokenizer.tokens(text) {
            XCTAssertEqual(list.contains(t), words.contains(t.key), t.text)
        }
        let tokens = Tokenizer.tokens(text)
        for i in tokens.indices {
            XCTAssertEqual(list.contains(tokens, at: i), list.contains(tokens[i]), tokens[i].text)
        }
        XCTAssertTrue(list.contains(Tokenizer.tokens("Một")[0]))
        XCTAssertFalse(list.contains(Tokenizer.tokens("mốt")[0]))
    }

    func testEmptyAndLargeLists() {
        XCTAssertFalse(KeyList(keys: []).contains(Tokenizer.tokens("a")[0]))
        let many = Set((0..<200).map { "w\($0)" })
        let list = KeyList(keys: many)
        for i in stride(from: 0, to: 400, by: 7) {
            XCTAssertEqual(list.contains(Tokenizer.tokens("w\(i)")[0]), i < 200, "w\(i)")
        }
    }

    /// Built from a list with repeats (or from a set) it answers the same; a phrase of two
    /// words is found by `containsPair`.
    func testRepeatsAndPairs() {
        let words = ["a", "an", "a", Folding.key("một"), Folding.key("một"), Folding.key("không kích"), "the"]
        let fromList = KeyList(keys: words)
        let fromSet = KeyList(keys: Set(words))
        for t in Tokenizer.tokens("A an một Một the thé an- x không kích") {
            XCTAssertEqual(fromList.contains(t), Set(words).contains(t.key), t.text)
            XCTAssertEqual(fromSet.contains(t), fromList.contains(t), t.text)
        }
        let pair = Tokenizer.tokens("không kích")
        XCTAssertEqual(pair.count, 2)
        XCTAssertTrue(fromList.containsPair(pair[0], pair[1]))
        XCTAssertFalse(fromList.containsPair(pair[1], pair[0]))
    }
}
