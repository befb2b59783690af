import XCTest
@testable import FaultlineExtract

/// `IndexTable` answers exactly as the dictionary it replaces, for dense, sparse and
/// negative keys, after writes, overwrites and removals.
final class IndexTableTests: XCTestCase {
    func testBehavesLikeADictionary() {
        for denseCount in [nil, 0, 5, 50] as [Int?] {
            behavesLikeADictionary(denseCount.map { IndexTable<String>(denseCount: $0) } ?? IndexTable<String>())
        }
    }

    /// A table made empty or pre-sized (`init(denseCount:)`) answers as the dictionary.
    private func behavesLikeADictionary(_ empty: IndexTable<String>) {
        var table = empty
        var reference: [Int: String] = [:]
        let keys = [0, 3, 3, 7, -1, 2, IndexTable<String>.denseLimit, IndexTable<String>.denseLimit + 5, 1, 0, 7, 40]
        for (step, key) in keys.enumerated() {
            let value: String? = step % 4 == 3 ? nil : "v\(step)"
            table[key] = value
            reference[key] = value
            for probe in [-2, -1, 0, 1, 2, 3, 4, 7, 8, 39, 40, 41, 100, IndexTable<String>.denseLimit,
                          IndexTable<String>.denseLimit + 5] {
                XCTAssertEqual(table[probe], reference[probe], "key \(probe) after step \(step)")
            }
        }
    }

    func testReadingPastTheEndIsNil() {
        var table = IndexTable<Int>()
        XCTAssertNil(table[5])
        table[2] = 9
        XCTAssertEqual(table[2], 9)
        XCTAssertNil(table[3])
        XCTAssertNil(table[1])
        table[2] = nil
        XCTAssertNil(table[2])
    }

    func testPreSizedTableStartsEmpty() {
        let table = IndexTable<Int>(denseCount: 8)
        for key in -1...9 { XCTAssertNil(table[key]) }
        XCTAssertNil(IndexTable<Int>(denseCount: -3)[0])
    }
}
