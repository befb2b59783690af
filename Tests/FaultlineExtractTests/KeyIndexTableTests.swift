import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// `KeyIndexTable` against a `Dictionary`, and the key hashes it is used with.
final class KeyIndexTableTests: XCTestCase {
    /// Inserts, replacements and lookups (through several growths) agree with a dictionary.
    func testAgreesWithDictionary() {
        var table = KeyIndexTable<String>(capacity: 2)
        var dict: [String: Int] = [:]
        var rng = SystemRandomNumberGenerator()
        for step in 0..<2000 {
            let key = "k\(Int.random(in: 0..<300, using: &rng))" + (step % 7 == 0 ? "-é" : "")
            if Bool.random(using: &rng) {
                table.set(step, for: key, hash: key.tableHash)
                dict[key] = step
            }
            XCTAssertEqual(table.value(for: key, hash: key.tableHash), dict[key], key)
        }
        XCTAssertEqual(table.count, dict.count)
        for (k, v) in dict { XCTAssertEqual(table.value(for: k, hash: k.tableHash), v) }
        XCTAssertNil(table.value(for: "absent", hash: "absent".tableHash))
    }

    /// Keys that collide on their hash are still told apart by `==`.
    func testCollidingHashes() {
        var table = KeyIndexTable<Int>()
        for i in 0..<100 { table.set(i * 10, for: i, hash: 42) }
        for i in 0..<100 { XCTAssertEqual(table.value(for: i, hash: 42), i * 10) }
        XCTAssertNil(table.value(for: 100, hash: 42))
    }

    /// Equal keys hash alike; keys differing in any field, or splitting the same bytes
    /// between fields, hash apart.
    func testActorKeyHashes() {
        let a = ActorKey.collective(root: "RUS", sector: "MIL", kind: .armedGroup, template: "{adj} forces")
        XCTAssertEqual(a.tableHash, ActorKey.collective(root: "RUS", sector: "MIL", kind: .armedGroup, template: "{adj} forces").tableHash)
        let others: [ActorKey] = [
            .collective(root: nil, sector: "MIL", kind: .armedGroup, template: "{adj} forces"),
            .collective(root: "RUS", sector: nil, kind: .armedGroup, template: "{adj} forces"),
            .collective(root: "RUS", sector: "MIL", kind: .organization, template: "{adj} forces"),
            .collective(root: "RUSM", sector: "IL", kind: .armedGroup, template: "{adj} forces"),
            .unknown("{adj} forces"), .candidate("{adj} forces"), .place("{adj} forces", root: nil), .entry(1), .person(1),
        ]
        for o in others { XCTAssertNotEqual(a.tableHash, o.tableHash, "\(o)") }
        XCTAssertNotEqual(ActorKey.entry(1).tableHash, ActorKey.person(1).tableHash)
        XCTAssertNotEqual(ActorKey.place("Bam", root: "IRN").tableHash, ActorKey.place("Bam", root: nil).tableHash)
    }
}
