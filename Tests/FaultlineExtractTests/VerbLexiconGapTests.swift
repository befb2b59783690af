import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// Discontinuous triggers (`sign … treaty`, `ký … thỏa thuận`): which pattern wins, how far a
/// later part may be, and what stops a gap.
final class VerbLexiconGapTests: XCTestCase {
    private func lexicon(_ text: String, language: String = "en") throws -> VerbLexicon {
        var lex = VerbLexicon(language: language)
        try lex.load(text, file: "t.tsv", codebook: .standard)
        return lex
    }

    /// `cameo` and the matched parts of each trigger of `sentence`.
    private func triggers(_ lex: VerbLexicon, _ sentence: String) -> [String] {
        let toks = Tokenizer.tokens(sentence)
        return lex.matches(in: toks, blocked: { _ in false }, isBarrier: { toks[$0].kind == .punctuation })
            .map { m in lex.entries[m.entry].cameo + " " + m.parts.map { r in toks[r].map(\.text).joined(separator: " ") }.joined(separator: " … ") }
    }

    func testTheFurthestReachingPatternWins() throws {
        let lex = try lexicon("sign+ … treaty\t057\nsign+ … treaty … today\t036\n")
        XCTAssertEqual(triggers(lex, "They signed the treaty today"), ["036 signed … treaty … today"])
        XCTAssertEqual(triggers(lex, "They signed the treaty"), ["057 signed … treaty"])
    }

    func testATieGoesToTheShorterHeadThenToLexiconOrder() throws {
        // The longer head is listed first: a walk of the heads meets the shorter one first.
        let lex = try lexicon("reach+ a … deal\t036\nreach+ … deal\t057\nreach+ … deal\t061\n")
        XCTAssertEqual(triggers(lex, "They reached a new deal"), ["057 reached … deal"])
        XCTAssertEqual(triggers(lex, "They reached the deal"), ["057 reached … deal"])
    }

    func testALaterPartLiesWithinFiveTokensAndNoBarrier() throws {
        let lex = try lexicon("sign+ … treaty\t057\n")
        XCTAssertEqual(triggers(lex, "They signed a b c d e treaty"), ["057 signed … treaty"])
        XCTAssertEqual(triggers(lex, "They signed a b c d e f treaty"), [])
        XCTAssertEqual(triggers(lex, "They signed; the treaty"), [])
        XCTAssertEqual(triggers(lex, "They signed treaty"), ["057 signed … treaty"], "no token in between is a gap of none")
    }

    func testAContiguousTriggerLosesOnlyToALongerGap() throws {
        let lex = try lexicon("sign+\t061\nsign+ … treaty\t057\n")
        XCTAssertEqual(triggers(lex, "They signed the treaty"), ["057 signed … treaty"])
        XCTAssertEqual(triggers(lex, "They signed it"), ["061 signed"])
    }

    func testVietnameseGapAndATrailingWordOfTheSameKey() throws {
        let lex = try lexicon("ký … thỏa thuận\t057\nký … hiệp định\t057\tsym\tvi.support.ky-hiep-dinh\n", language: "vi")
        XCTAssertEqual(triggers(lex, "Hai bên đã ký một thỏa thuận mới"), ["057 ký … thỏa thuận"])
        let toks = Tokenizer.tokens("Hai nước ký kết hiệp định thương mại")
        let m = lex.matches(in: toks, blocked: { _ in false }, isBarrier: { _ in false })
        XCTAssertEqual(m.map { lex.entries[$0.entry].rule }, ["vi.support.ky-hiep-dinh"])
        XCTAssertTrue(triggers(lex, "Họ ký tên").isEmpty, "a head without its later part is no trigger")
    }
}
