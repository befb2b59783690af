import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `collectMatches(in:at:into:)` into a fixed buffer finds what the array version finds.
final class PhraseMatcherBufferTests: XCTestCase {
    func testBufferWalkEqualsArrayWalk() {
        var m = PhraseMatcher<Int>()
        m.insert("Bộ Ngoại giao", 1)
        m.insert("Bộ", 2)
        m.insert("Bộ Ngoại giao Nga", 3)
        m.insert("foreign ministry", 4)
        let tokens = Tokenizer.tokens("Người phát ngôn Bộ Ngoại giao Nga và the Foreign Ministry")
        var array: [(end: Int, node: Int32)] = []
        withUnsafeTemporaryAllocation(of: (end: Int, node: Int32).self, capacity: m.longest) { buffer in
            for i in tokens.indices {
                let a = m.collectMatches(in: tokens, at: i, into: &array)
                let b = m.collectMatches(in: tokens, at: i, into: buffer)
                XCTAssertEqual(a, b, "at \(i)")
                for k in 0..<a {
                    XCTAssertEqual(array[k].end, buffer[k].end)
                    XCTAssertEqual(m.values(ofNode: array[k].node), m.values(ofNode: buffer[k].node))
                }
            }
            let bo = tokens.firstIndex { $0.key == "bô" || $0.text == "Bộ" }!
            XCTAssertEqual(m.collectMatches(in: tokens, at: bo, into: buffer), 3)
            XCTAssertEqual((0..<3).map { m.values(ofNode: buffer[$0].node) }, [[2], [1], [3]])
        }
    }

    func testSmallBufferStopsAtItsSize() {
        var m = PhraseMatcher<Int>()
        m.insert("a", 1); m.insert("a b", 2); m.insert("a b c", 3)
        let tokens = Tokenizer.tokens("a b c")
        withUnsafeTemporaryAllocation(of: (end: Int, node: Int32).self, capacity: 2) { buffer in
            XCTAssertEqual(m.collectMatches(in: tokens, at: 0, into: buffer), 2)
            XCTAssertEqual(buffer[1].end, 2)
        }
    }
}

/// `mayStart(keyHash:)`: true for the first key of every phrase (a filter that may say
/// yes wrongly, never no).
final class PhraseMatcherFirstKeyTests: XCTestCase {
    func testEveryFirstKeyMayStart() {
        var m = PhraseMatcher<Int>()
        let phrases = ["Bộ Ngoại giao", "foreign ministry", "Nga", "the United Nations", "hai bên", "Hamas"]
        for (i, p) in phrases.enumerated() { m.insert(p, i) }
        for p in phrases {
            let first = Tokenizer.tokens(p)[0]
            XCTAssertTrue(m.mayStart(keyHash: first.keyHash), p)
        }
        // Second words start nothing; with six phrases their bits are almost surely clear.
        let clear = ["giao", "ministry", "nations", "bên"].filter { !m.mayStart(keyHash: Tokenizer.tokens($0)[0].keyHash) }
        XCTAssertFalse(clear.isEmpty)
        XCTAssertFalse(PhraseMatcher<Int>().mayStart(keyHash: Tokenizer.tokens("Nga")[0].keyHash))
    }
}
