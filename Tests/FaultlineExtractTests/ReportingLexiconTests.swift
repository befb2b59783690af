import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// Cue matching of the reporting lexicon: the list and the one-at-a-time reading agree.
final class ReportingLexiconTests: XCTestCase {
    private func lexicon() throws -> ReportingLexicon {
        var rep = ReportingLexicon(language: "vi")
        try rep.load("cho biết\tassert\tverb\ntheo\tassert\tpre\nhãng tin\tassert\tvia\ncho\tassert\tverb\n",
                     file: "reporting.tsv", codebook: .standard)
        return rep
    }

    /// Every match of `range`, read with `nextMatch` from the end of the one before.
    private func oneByOne(_ rep: ReportingLexicon, _ tokens: [Token], _ range: Range<Int>,
                          blocked: (Int) -> Bool) -> [(start: Int, end: Int, cue: Int)] {
        var out: [(start: Int, end: Int, cue: Int)] = []
        var i = range.lowerBound
        while let m = rep.nextMatch(in: tokens, from: i, before: range.upperBound, blocked: blocked) {
            out.append(m)
            i = m.end
        }
        return out
    }

    func testNextMatchReadsTheSameCuesAsTheList() throws {
        let rep = try lexicon()
        let tokens = Tokenizer.tokens("Theo hãng tin TASS, ông Lavrov cho biết Nga sẽ cho phép đoàn thanh tra vào.")
        for range in [0..<tokens.count, 1..<tokens.count, 0..<8, 8..<9, 0..<0] {
            for blocked in [{ (_: Int) in false }, { (i: Int) in i == 7 }] {
                let list = rep.matches(in: tokens, range: range, blocked: blocked)
                let read = oneByOne(rep, tokens, range, blocked: blocked)
                XCTAssertEqual(list.map { "\($0.start)-\($0.end):\($0.cue)" }, read.map { "\($0.start)-\($0.end):\($0.cue)" })
            }
        }
        let all = rep.matches(in: tokens, range: 0..<tokens.count, blocked: { _ in false })
        XCTAssertEqual(all.map { rep.cues[$0.cue].phrase }, ["theo", "hãng tin", "cho biết", "cho"])
    }

    func testACueRunningPastTheRangeGivesWayToAShorterOneInside() throws {
        let rep = try lexicon()
        let tokens = Tokenizer.tokens("Ông ấy cho biết")
        // `cho biết` ends past the range: only `cho` lies inside it.
        let m = rep.nextMatch(in: tokens, from: 0, before: 3, blocked: { _ in false })
        XCTAssertEqual(m.map { rep.cues[$0.cue].phrase }, "cho")
        XCTAssertNil(rep.nextMatch(in: tokens, from: 0, before: 2, blocked: { _ in false }))
        XCTAssertNil(rep.nextMatch(in: tokens, from: 2, before: 4, blocked: { $0 == 3 }), "a blocked token inside the cue")
    }
}
