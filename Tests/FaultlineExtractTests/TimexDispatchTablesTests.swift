import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `TimexDispatchTables` must hold exactly the tables `TimexScanner+Dispatch.swift` defines:
/// a hash missing from a bit mask or out of step with its key would make `applicableRules`
/// skip a rule that could match.
final class TimexDispatchTablesTests: XCTestCase {
    let tables = TimexDispatchTables.shared

    func testOpeningWordsAreKeptInStep() {
        let words = TimexScanner.openingWords
        XCTAssertEqual(tables.openingHashes.count, words.count)
        XCTAssertEqual(tables.openingKeys, words.map(\.key))
        XCTAssertEqual(tables.openingRules, words.map(\.rules))
        XCTAssertEqual(tables.openingNarrowing, words.map(\.narrowing))
        for (k, key) in tables.openingKeys.enumerated() {
            XCTAssertEqual(tables.openingHashes[k], Token.hash(key: key), key)
            XCTAssertNotEqual(tables.openingBits & 1 << (tables.openingHashes[k] & 63), 0, key)
            XCTAssertNotEqual(tables.openingHighBits & 1 << (tables.openingHashes[k] >> 58), 0, key)
        }
        XCTAssertEqual(tables.rulesOfClassBit, TimexScanner.rulesOfClassBit)
    }

    func testWordHashesAreThoseOfTheirKeys() {
        XCTAssertEqual(tables.sameHash, Token.hash(key: "same"))
        XCTAssertEqual(tables.timeHash, Token.hash(key: "time"))
        XCTAssertEqual(tables.thangHash, Token.hash(key: VK.thang))
        XCTAssertEqual(Set(tables.rangeWordHashes), Set(TimexScanner.rangeWords.map { Token.hash(key: $0) }))
        XCTAssertTrue(tables.halfWordHashes.contains(Token.hash(key: "latter")))
        XCTAssertFalse(tables.halfWordHashes.contains(Token.hash(key: "the")))
    }

    /// Starters pass both pre-tests of the scanner's setup (`starterBits`, `starterHighBits`).
    func testStartersPassBothBitTests() {
        for key in TimexScanner.starterKeys {
            let h = Token.hash(key: key)
            XCTAssertNotEqual(TimexScanner.starterBits & 1 << (h & 63), 0, key)
            XCTAssertNotEqual(TimexScanner.starterHighBits & 1 << (h >> 58), 0, key)
        }
    }
}
