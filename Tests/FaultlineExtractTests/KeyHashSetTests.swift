import XCTest
import FaultlineText
@testable import FaultlineExtract

final class KeyHashSetTests: XCTestCase {
    func testHoldsEveryInsertedKeyThroughGrowth() {
        var set = KeyHashSet()
        let keys = (0..<500).map { "từ\($0)" } + ["và", "and", "tấn", "attack"]
        for k in keys { set.insert(key: k) }
        for k in keys { XCTAssertTrue(set.contains(Token.hash(key: k)), k) }
        // Hashes are compared whole, so a key never inserted is absent.
        XCTAssertFalse(set.contains(Token.hash(key: "không-có")))
        XCTAssertFalse(set.contains(Token.hash(key: "missing")))
    }

    func testZeroHashIsAValueNotAnEmptySlot() {
        var set = KeyHashSet()
        XCTAssertFalse(set.contains(0))
        set.insert(7)
        XCTAssertFalse(set.contains(0))
        set.insert(0)
        XCTAssertTrue(set.contains(0))
        XCTAssertTrue(set.contains(7))
    }

    func testTokensMatchTheirKeys() {
        // A token's `keyHash` is the hash of its folded key: the set answers for tokens.
        var set = KeyHashSet()
        set.insert(key: Tokenizer.tokens("Tấn công").first!.key)
        let toks = Tokenizer.tokens("TẤN CÔNG dữ dội")
        XCTAssertTrue(set.contains(toks[0].keyHash))
        XCTAssertFalse(set.contains(toks[2].keyHash))
    }
}
