import XCTest
import Foundation
@testable import FaultlineText

/// The precomputed tables the tokenizer keys with: `Folding.plainSymbols` and the hash
/// steps of `Folding.letters` must agree with the definitions they stand for.
final class FoldingTablesTests: XCTestCase {
    func testPlainSymbolsAreTheirOwnKey() {
        let table = Folding.plainSymbols
        for s in ["…", "–", "—", "“", "”", "’", "→", "≈", "─", "≤", "•"] {
            let v = s.unicodeScalars.first!.value
            XCTAssertTrue(Folding.isPlainSymbol(v, table), s)
            XCTAssertEqual(Folding.keyByScalars(s), s)
            let token = Tokenizer.tokens("x \(s) y")[1]
            XCTAssertEqual(token.key, s)
            XCTAssertEqual(token.keyHash, Token.hash(key: s), s)
        }
        // Letters with a lowercase form, and scalars with a decomposition, are not plain.
        for v: UInt32 in [0x2126, 0x212A, 0x2160, 0x2000, 0x2001, 0x1E00, 0x41] {
            XCTAssertFalse(Folding.isPlainSymbol(v, table), String(v, radix: 16))
        }
    }

    func testLetterHashStepsEqualFeedingTheForm() {
        let table = Folding.decompositions
        var checked = 0
        for (slot, e) in Folding.letters.enumerated() where e.count > 0 && e.hashSteps > 0 {
            var bytes: [UInt8] = []
            for k in 0..<Int(e.count) { bytes.append(UInt8(truncatingIfNeeded: e.bytes >> (8 * UInt64(k)))) }
            let form = String(decoding: bytes, as: UTF8.self)
            var fed = Folding.HashState(), stepped = Folding.HashState()
            fed.starter(0x78); stepped.starter(0x78)
            for s in form.unicodeScalars { XCTAssertTrue(fed.feed(s.value, table), "slot \(slot)") }
            e.hash(into: &stepped)
            XCTAssertEqual(fed.finish(), stepped.finish(), "slot \(slot): \(form)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 500)
    }
}
