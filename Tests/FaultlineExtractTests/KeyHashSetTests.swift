import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `KeyHashSet` must answer exactly as a `Set<UInt64>` would, through growth, collisions of
/// slots and the hash value it uses to mark free slots.
final class KeyHashSetTests: XCTestCase {
    func testAgreesWithSetOfHashes() {
        let keys = ["ngày", "tháng", "năm", "hôm", "the", "December", "thập", "những", "thế", "since", "morning", "sáng"]
        let hashes = keys.map { Token.hash(key: Folding.key($0)) }
        let table = KeyHashSet(hashes)
        for h in hashes { XCTAssertTrue(table.contains(h)) }
        for other in ["nga", "ngà", "cho", "biết", "and", "decembers", "thap"] {
            XCTAssertFalse(table.contains(Token.hash(key: Folding.key(other))), other)
        }
    }

    func testManyValuesAndZero() {
        var table = KeyHashSet()
        var reference = Set<UInt64>()
        var x: UInt64 = 0x1234_5678
        for _ in 0..<2000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            // Many values share low and high bits, so slots collide.
            let h = x & 0xFFFF_0000_0000_00FF
            table.insert(h); reference.insert(h)
        }
        XCTAssertFalse(table.contains(0))
        table.insert(0); reference.insert(0)
        for h in reference { XCTAssertTrue(table.contains(h)) }
        var probe: UInt64 = 99
        for _ in 0..<2000 {
            probe = probe &* 2862933555777941757 &+ 3037000493
            XCTAssertEqual(table.contains(probe), reference.contains(probe))
        }
    }

    /// Every time lexicon entry's first token is an opener, so the scanner's filter never
    /// hides a match.
    func testTimeLexiconOpenersCoverEveryMatch() {
        let text = "Sáng 14/12, tuần trước, thập niên 1990, hôm qua, mid-March, the next day, last week, Christmas Day."
        let tokens = Tokenizer.tokens(text)
        let lexicon = TimeLexicon.shared
        for i in tokens.indices where !lexicon.matcher.allMatches(in: tokens, at: i).isEmpty {
            XCTAssertTrue(lexicon.openers.contains(tokens[i].keyHash), tokens[i].text)
        }
    }

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

    /// Empty until a hash is inserted, the zero hash included.
    func testIsEmpty() {
        var s = KeyHashSet()
        XCTAssertTrue(s.isEmpty)
        s.insert(0)
        XCTAssertFalse(s.isEmpty)
        var t = KeyHashSet()
        t.insert(key: "a")
        XCTAssertFalse(t.isEmpty)
        XCTAssertFalse(KeyHashSet([7, 9]).isEmpty)
        XCTAssertTrue(KeyHashSet([UInt64]()).isEmpty)
    }
}
