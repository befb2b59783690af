import XCTest
@testable import FaultlineExtract

/// The resolver's string and ordering helpers against their definitions.
final class ActorResolverTests: XCTestCase {
    /// `asciiFill` gives what the character path gives, and declines non-ASCII input.
    func testASCIIFillEqualsTheCharacterPath() {
        let templates = ["{adj} foreign minister", "  {adj}  ", "{adj}{adj} x", "the {adj} Envoy", "{ad} army", "{adj", "",
                         "\t{adj}\tMinistry ", "{adj} government", "president of {adj}", "{ADJ} mayor", "\r\n{adj}", " a"]
        for t in templates {
            for a in ["Turkish", "", " ", "u.s.", "x{adj}", "Ukrainian "] {
                XCTAssertEqual(ActorResolver.asciiFill(t, adjective: a), ActorResolver.fillByCharacters(t, adjective: a),
                               "\(t.debugDescription) \(a.debugDescription)")
                XCTAssertEqual(ActorResolver.fill(t, adjective: a), ActorResolver.fillByCharacters(t, adjective: a))
            }
        }
        XCTAssertEqual(ActorResolver.fill("{adj} foreign minister", adjective: "Turkish"), "Turkish foreign minister")
        XCTAssertEqual(ActorResolver.fill("{adj} army", adjective: ""), "Army")
        XCTAssertNil(ActorResolver.asciiFill("{adj} quân đội", adjective: "Nga"))
        XCTAssertNil(ActorResolver.asciiFill("{adj} army", adjective: "Việt"))
        XCTAssertEqual(ActorResolver.fill("{adj} army", adjective: "ả"), "Ả army")
    }

    /// `slice` reads UTF-8 offsets.
    func testSlice() {
        let s = "Thổ Nhĩ Kỳ and Lavrov"
        let u = Array(s.utf8)
        XCTAssertEqual(ActorResolver.slice(s, 0, 0), "")
        XCTAssertEqual(ActorResolver.slice(s, 0, u.count), s)
        let k = String(decoding: u[4..<u.count], as: UTF8.self)
        XCTAssertEqual(ActorResolver.slice(s, 4, u.count), k)
        XCTAssertEqual(ActorResolver.slice("Sergei Lavrov", 7, 13), "Lavrov")
    }

    /// `mentionOrder` is a stable sort of the keys.
    func testMentionOrderIsAStableSort() {
        let cases: [[(Int, Int, Int, String)]] = [
            [],
            [(0, 0, 1, "a")],
            [(0, 0, 1, "a"), (0, 2, 3, "b"), (1, 0, 1, "a")],
            [(1, 0, 1, "a"), (0, 2, 3, "b"), (0, 2, 3, "b"), (0, 0, 1, "c"), (0, 2, 3, "a"), (1, 0, 1, "a")],
            [(0, 5, 6, "x"), (0, 5, 6, "x"), (0, 1, 2, "y"), (0, 5, 6, "w")],
        ]
        for keys in cases {
            let order = ActorResolver.mentionOrder(keys)
            // Insertion sort: stable by construction.
            var expected: [Int] = []
            for i in keys.indices {
                var at = expected.count
                while at > 0, keys[i] < keys[expected[at - 1]] { at -= 1 }
                expected.insert(i, at: at)
            }
            XCTAssertEqual(order, expected)
            XCTAssertEqual(Set(order), Set(keys.indices))
        }
        XCTAssertEqual(ActorResolver.mentionOrder([(1, 0, 1, "a"), (0, 0, 1, "b"), (0, 0, 1, "a"), (0, 0, 1, "a")]), [2, 3, 1, 0])
    }
}
