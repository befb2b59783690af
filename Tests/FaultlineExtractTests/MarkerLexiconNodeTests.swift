import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// Markers read from their trie node (`longestMatchNode`, `classes(ofNode:)`), as
/// `SentenceContext` reads them, agree with the class lists of `longestMatch`.
final class MarkerLexiconNodeTests: XCTestCase {
    func testNodeClassesAgreeWithTheClassListAtEveryToken() {
        let sentences = [
            ("vi", "Tuy nhiên, quân đội Nga không chỉ bị tấn công tại Kharkiv mà còn phải rút khỏi các làng này."),
            ("vi", "Theo hãng tin Interfax, đội bóng đã ghi bàn trong trận đấu bất chấp mưa lớn."),
            ("en", "But the army was not only attacked near Kharkiv by rebels; it must also withdraw, according to officials."),
            ("en", "The striker scored twice as oil prices fell amid heavy rain, which the league said was unusual."),
        ]
        var compared = 0
        for (lang, text) in sentences {
            let markers = TestLexicons.of(lang).markers
            let tokens = Tokenizer.tokens(text)
            for i in tokens.indices {
                let list = markers.longestMatch(in: tokens, at: i)
                let node = markers.longestMatchNode(in: tokens, at: i)
                XCTAssertEqual(list?.end, node?.end, "\(lang) token \(i)")
                guard let list, let node else { continue }
                XCTAssertEqual(markers.classes(ofNode: node.node), MarkerSet(list.values), "\(lang) `\(tokens[i].text)`")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 10, "the sentences hold markers")
    }

    func testFirstKeysOfEveryPhraseMayStartOne() {
        let markers = TestLexicons.en.markers
        let tokens = Tokenizer.tokens("according to the league, rain fell")
        for i in tokens.indices where markers.longestMatch(in: tokens, at: i) != nil {
            XCTAssertTrue(markers.mayStart(tokens[i].keyHash), tokens[i].text)
        }
    }

    func testSentenceDomainsAreTheDomainClassesOfItsMarkers() {
        let sport = SentenceContext(codingInput("The striker scored in the league match.", []), markers: TestLexicons.en.markers)
        XCTAssertEqual(sport.domains, [.sport])
        let none = SentenceContext(codingInput("Russia attacked Kharkiv on Monday.", []), markers: TestLexicons.en.markers)
        XCTAssertTrue(none.domains.isEmpty)
        let vi = SentenceContext(codingInput("Đội bóng ghi bàn trong trận đấu.", []), markers: TestLexicons.vi.markers,
                                 firstKeys: TestLexicons.vi.coder().firstKeys)
        XCTAssertEqual(vi.domains, [.sport])
    }

    func testMarkerSetBitsAndInsert() {
        var s = MarkerSet()
        s.insert(.sport)
        s.insert(.market)
        XCTAssertEqual(s, MarkerSet([.market, .sport]))
        XCTAssertEqual(MarkerSet(bits: s.bits), s)
        XCTAssertEqual(SentenceContext.domainClasses, MarkerSet([.sport, .weather, .market]))
    }
}
