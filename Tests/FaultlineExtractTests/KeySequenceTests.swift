import XCTest
import FaultlineText
@testable import FaultlineExtract

final class KeySequenceTests: XCTestCase {
    func seq(_ s: String) -> KeySequence { KeySequence(Tokenizer.tokens(s).filter { $0.kind != .punctuation }) }

    /// Equal exactly when the keys joined by spaces are equal (what the coder used to compare).
    func testEqualityIsThatOfTheJoinedKeys() {
        let texts = ["Nga và Thổ Nhĩ Kỳ nhất trí ngừng bắn.", "NGA VÀ THỔ NHĨ KỲ NHẤT TRÍ NGỪNG BẮN",
                     "Nga và Thổ Nhĩ Kỳ nhất trí ngừng bắn".decomposedStringWithCanonicalMapping,
                     "Nga và Thổ Nhĩ Kỳ nhất trí ngừng", "Nga, và Thổ Nhĩ Kỳ: nhất trí ngừng bắn!",
                     "Russia and Turkey agreed", "russia and turkey agreed", "Russia and Turkey agree", "", "..."]
        for a in texts {
            for b in texts {
                let joinedA = Tokenizer.tokens(a).filter { $0.kind != .punctuation }.map(\.key).joined(separator: " ")
                let joinedB = Tokenizer.tokens(b).filter { $0.kind != .punctuation }.map(\.key).joined(separator: " ")
                XCTAssertEqual(seq(a) == seq(b), joinedA == joinedB, "\(a) | \(b)")
                if joinedA == joinedB { XCTAssertEqual(seq(a).hashValue, seq(b).hashValue) }
            }
            XCTAssertEqual(seq(a).isEmpty, Tokenizer.tokens(a).allSatisfy { $0.kind == .punctuation })
        }
        var seen: [KeySequence: Int] = [:]
        for (i, t) in texts.enumerated() where seen[seq(t)] == nil { seen[seq(t)] = i }
        XCTAssertEqual(seen.count, 5)  // three spellings of one sentence, a shorter one, two English, the empty ones
    }
}
