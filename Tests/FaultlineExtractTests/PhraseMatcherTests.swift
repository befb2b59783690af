import XCTest
import FaultlineText
@testable import FaultlineExtract

final class PhraseMatcherTests: XCTestCase {
    func testLongestAndAllMatches() {
        var m = PhraseMatcher<String>()
        m.insert("Thổ Nhĩ Kỳ", "TUR")
        m.insert("Thổ", "tho")
        m.insert("ngoại trưởng", "role")
        m.insert("ngoại trưởng Nga", "role+RUS")
        XCTAssertEqual(m.count, 4)
        XCTAssertEqual(m.longest, 3)
        let toks = Tokenizer.tokens("Ngoại trưởng Nga gặp ngoại trưởng Thổ Nhĩ Kỳ")
        let found = m.matches(in: toks).map { "\($0.start)-\($0.end):\($0.values.joined(separator: ","))" }
        XCTAssertEqual(found, ["0-3:role+RUS", "4-6:role", "6-9:TUR"])
        XCTAssertEqual(m.allMatches(in: toks, at: 6).map(\.end), [7, 9])
        XCTAssertNil(m.longestMatch(in: toks, at: 3))
    }

    func testCollectMatchesEqualsAllMatches() {
        var m = PhraseMatcher<String>()
        m.insert("Thổ Nhĩ Kỳ", "TUR")
        m.insert("Thổ", "tho")
        m.insert("Thổ", "tho2")
        m.insert("ngoại trưởng Nga", "role+RUS")
        let toks = Tokenizer.tokens("Ngoại trưởng Nga gặp ngoại trưởng Thổ Nhĩ Kỳ")
        var buffer: [(end: Int, node: Int32)] = [(end: 99, node: 7)]       // left over, overwritten
        for i in 0...toks.count {
            let count = m.collectMatches(in: toks, at: i, into: &buffer)
            let found = buffer[..<count]
            let all = m.allMatches(in: toks, at: i)
            XCTAssertEqual(found.map(\.end), all.map(\.end), "at \(i)")
            XCTAssertEqual(found.map { m.values(ofNode: $0.node) }, all.map(\.values), "at \(i)")
        }
        XCTAssertEqual(m.collectMatches(in: toks, at: 6, into: &buffer), 2)
        XCTAssertEqual(buffer.prefix(2).map(\.end), [7, 9])
        XCTAssertEqual(m.values(ofNode: buffer[0].node), ["tho", "tho2"])
        XCTAssertEqual(m.collectMatches(in: toks, at: 3, into: &buffer), 0)
    }

    /// The node walk ends where `longestMatch` does, and its node holds the same values,
    /// read whole or one by one.
    func testLongestMatchNodeEqualsLongestMatch() {
        var m = PhraseMatcher<String>()
        m.insert("Thổ Nhĩ Kỳ", "TUR")
        m.insert("Thổ", "tho")
        m.insert("Thổ", "tho2")
        m.insert("ngoại trưởng", "role")
        m.insert("ngoại trưởng Nga", "role+RUS")
        let toks = Tokenizer.tokens("Ngoại trưởng Nga gặp ngoại trưởng Thổ Nhĩ Kỳ và Thổ")
        var hits = 0
        for i in 0...toks.count {
            let whole = m.longestMatch(in: toks, at: i)
            let node = m.longestMatchNode(in: toks, at: i)
            XCTAssertEqual(node?.end, whole?.end, "at \(i)")
            guard let node else { continue }
            hits += 1
            XCTAssertEqual(m.values(ofNode: node.node), whole?.values, "at \(i)")
            XCTAssertEqual(m.valueCount(ofNode: node.node), whole?.values.count, "at \(i)")
            XCTAssertEqual((0..<m.valueCount(ofNode: node.node)).map { m.value(ofNode: node.node, at: $0) }, whole?.values, "at \(i)")
        }
        XCTAssertEqual(hits, 4)
        XCTAssertEqual(m.longestMatchNode(in: toks, at: 10).map { m.values(ofNode: $0.node) }, ["tho", "tho2"])
        XCTAssertNil(m.longestMatchNode(in: toks, at: 3))
        XCTAssertNil(m.longestMatchNode(in: toks, at: toks.count))
    }

    /// The walk with a filter finds what searching `allMatches` from the longest does.
    func testLongestMatchWhereEqualsAllMatchesSearchedFromTheLongest() {
        var m = PhraseMatcher<String>()
        m.insert("do", "marker")
        m.insert("do Nga", "x")
        m.insert("do Nga thiết lập", "verb")
        m.insert("do Nga thiết lập", "marker2")
        m.insert("Nga", "patron")
        let toks = Tokenizer.tokens("chính quyền do Nga thiết lập ở Nga")
        let filters: [(String) -> Bool] = [{ $0.hasPrefix("marker") }, { $0 == "x" }, { $0 == "patron" }, { _ in true }, { _ in false }]
        for (f, accept) in filters.enumerated() {
            for i in 0...toks.count {
                var want: (end: Int, value: String)? = nil
                for found in m.allMatches(in: toks, at: i).reversed() {
                    if let v = found.values.first(where: accept) { want = (found.end, v); break }
                }
                let got = m.longestMatch(in: toks, at: i, where: accept)
                XCTAssertEqual(got?.end, want?.end, "filter \(f) at \(i)")
                XCTAssertEqual(got?.value, want?.value, "filter \(f) at \(i)")
            }
        }
        XCTAssertEqual(m.longestMatch(in: toks, at: 2, where: { $0.hasPrefix("marker") })?.value, "marker2")
        XCTAssertEqual(m.longestMatch(in: toks, at: 2, where: { $0 == "x" })?.end, 4)
    }

    func testKeysMatchWhateverTheToneSpellingAndNormalisation() {
        var m = PhraseMatcher<Int>()
        m.insert("hòa đàm", 1)
        m.insert(keys: ["thu\u{1EF7}"], 2)       // precomposed: equal under == to the folded key `thuy` + U+0309
        for text in ["hoà đàm", "HÒA ĐÀM", "hòa đàm".decomposedStringWithCanonicalMapping] {
            XCTAssertEqual(m.longestMatch(in: Tokenizer.tokens(text), at: 0)?.values, [1], text)
        }
        XCTAssertEqual(m.longestMatch(in: Tokenizer.tokens("Thủy"), at: 0)?.values, [2])
        XCTAssertNil(m.longestMatch(in: Tokenizer.tokens("hoa đàm"), at: 0))
    }

    func testManyPhrasesSurviveTableGrowth() {
        var m = PhraseMatcher<Int>()
        for i in 0..<5000 { m.insert("w\(i) x\(i % 7)", i) }
        for i in stride(from: 0, to: 5000, by: 37) {
            XCTAssertEqual(m.longestMatch(in: Tokenizer.tokens("w\(i) x\(i % 7)"), at: 0)?.values, [i])
            XCTAssertNil(m.longestMatch(in: Tokenizer.tokens("w\(i) x\((i + 1) % 7)"), at: 0))
        }
        // Repeated phrases keep every value, in insertion order.
        m.insert("w1 x1", -1)
        XCTAssertEqual(m.longestMatch(in: Tokenizer.tokens("w1 x1"), at: 0)?.values, [1, -1])
    }
}
