import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `HostilityLexicon.occurs`: whether a sentence holds a phrase of fighting or mutual blame.
final class HostilityLexiconTests: XCTestCase {
    private func lexicon() -> HostilityLexicon {
        var h = HostilityLexicon()
        for p in ["pháo kích", "cáo buộc lẫn nhau", "shelling", "blame each other", "blamed each other"] {
            XCTAssertNil(h.add(columns: [p]), p)
        }
        return h
    }

    func testOccursAnywhereInTheSentence() {
        let h = lexicon()
        XCTAssertTrue(h.occurs(in: Tokenizer.tokens("Hai bên cáo buộc lẫn nhau về vụ tấn công.")))
        XCTAssertTrue(h.occurs(in: Tokenizer.tokens("Hai bên tiếp tục Pháo Kích vào thành phố")))
        XCTAssertTrue(h.occurs(in: Tokenizer.tokens("Both sides blamed each other.")))
        XCTAssertTrue(h.occurs(in: Tokenizer.tokens("Shelling")))
    }

    /// A phrase's first words alone, or its words apart, are no match.
    func testPartialPhrasesDoNotOccur() {
        let h = lexicon()
        XCTAssertFalse(h.occurs(in: Tokenizer.tokens("Hai bên cáo buộc ông ấy.")))
        XCTAssertFalse(h.occurs(in: Tokenizer.tokens("They blame the weather for each other delay.")))
        XCTAssertFalse(h.occurs(in: Tokenizer.tokens("The talks resumed.")))
        XCTAssertFalse(h.occurs(in: []))
        XCTAssertFalse(HostilityLexicon().occurs(in: Tokenizer.tokens("shelling")))
        var malformed = HostilityLexicon()
        XCTAssertNotNil(malformed.add(columns: ["a", "b"]))
        XCTAssertTrue(malformed.isEmpty)
    }
}
