import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// The per-token table of `SentenceContext` and the columns read over it.
final class SentenceContextTableTests: XCTestCase {
    func testColumnsAgreeWithTheInput() {
        let text = "Nga và Thổ Nhĩ Kỳ đã ký thỏa thuận tại Moskva hôm 5/3."
        let input = codingInput(text, [A.c("Nga", "rus", "RUS"), A.c("Thổ Nhĩ Kỳ", "tur", "TUR"), A.place("Moskva", "moscow", "RUS")],
                                timex: ["hôm 5/3"])
        let ctx = SentenceContext(input, markers: TestLexicons.vi.markers)
        let n = input.tokens.count
        XCTAssertEqual(ctx.classes.count, n)
        XCTAssertEqual(ctx.mentionAt.count, n)
        for (k, m) in input.mentions.enumerated() {
            for i in m.start..<m.end { XCTAssertEqual(ctx.mentionAt[i], k) }
        }
        XCTAssertNil(ctx.mentionAt[1])
        // `Nga và Thổ Nhĩ Kỳ` is one group; `Moskva` another.
        XCTAssertEqual(ctx.groups.count, 2)
        XCTAssertEqual(ctx.groups.actors(0), ["rus", "tur"])
        XCTAssertEqual(ctx.groupAt[1], 0)
        XCTAssertEqual(ctx.groups.actors(1), ["moscow"])
        XCTAssertEqual(ctx.groups[1].kinds, ActorGroup.Kinds([.location]))
        XCTAssertEqual(ctx.groups.kind(ofActor: 0, in: 1), .location)
        // `và` is a joiner marker starting at itself; `tại` a locative.
        XCTAssertTrue(ctx.classes[1].contains(.joiner))
        XCTAssertEqual(ctx.markerStart[1], 1)
        let tai = input.tokens.firstIndex { $0.text == "tại" }!
        XCTAssertTrue(ctx.has(.locative, at: tai))
        XCTAssertNil(ctx.markerStart[0])
        // The time expression.
        let hom = input.tokens.firstIndex { $0.text == "hôm" }!
        XCTAssertTrue(ctx.inTimex[hom])
        XCTAssertFalse(ctx.inTimex[0])
        XCTAssertEqual(ctx.text(0..<1), "Nga")
        XCTAssertEqual(ctx.text(2..<5), "Thổ Nhĩ Kỳ")
    }

    func testGroupsStopAtACaptionCreditWhateverOrderMentionsComeIn() {
        let text = "Binh sĩ Ukraine và Nga tuần tra ở Donetsk. Ảnh: Reuters"
        let actors = [A.media("Reuters", "reuters"), A.place("Donetsk", "donetsk", "UKR"), A.c("Nga", "rus", "RUS"),
                      A.c("Ukraine", "ukr", "UKR")]
        let input = codingInput(text, actors, role: .caption)
        // Given last first, the mentions are kept sorted by start.
        XCTAssertEqual(input.mentions.map(\.start), input.mentions.map(\.start).sorted())
        let ctx = SentenceContext(input, markers: TestLexicons.vi.markers)
        XCTAssertLessThan(ctx.limit, input.tokens.count)
        // `Ukraine và Nga` is one group, `Donetsk` another; `Reuters` after the credit is in none.
        XCTAssertEqual(ctx.groups.indices.map(ctx.groups.actors), [["ukr", "rus"], ["donetsk"]])
        XCTAssertNil(ctx.groupAt[input.tokens.count - 1])
    }

    func testFirstCueStartIsTheFirstTokenThatMayStartACue() {
        let coder = TestLexicons.en.coder()
        for (text, cue) in [("Russia attacked Kharkiv on Monday.", nil), ("Officials said Russia attacked Kharkiv.", "said"),
                            ("According to Kyiv, Russia attacked.", "According")] {
            let input = codingInput(text, [])
            let fast = SentenceContext(input, markers: coder.markers, firstKeys: coder.firstKeys)
            if let cue {
                let at = input.tokens.firstIndex { $0.text == cue }!
                XCTAssertLessThanOrEqual(fast.firstCueStart, at, text)
                XCTAssertTrue(fast.table[fast.firstCueStart].starts.contains(.cue), text)
            } else {
                XCTAssertEqual(fast.firstCueStart, input.tokens.count, text)
            }
            for i in 0..<fast.firstCueStart where i < input.tokens.count { XCTAssertFalse(fast.table[i].starts.contains(.cue), text) }
            // Without first keys every token is searched.
            XCTAssertEqual(SentenceContext(input, markers: coder.markers).firstCueStart, 0)
            // The frames found are the same either way.
            XCTAssertEqual(ClaimFrameDetector(ctx: fast, coder: coder).frames().map(\.cue),
                           ClaimFrameDetector(ctx: SentenceContext(input, markers: coder.markers), coder: coder).frames().map(\.cue), text)
        }
    }

    func testPunctuationTestsByByteAgreeWithStringEquality() {
        let ctx = SentenceContext(codingInput("A, B; C (D) \"E\" « F » … G", []), markers: TestLexicons.en.markers)
        let texts = ctx.tokens.map(\.text)
        for (i, t) in texts.enumerated() {
            XCTAssertEqual(ctx.isComma(i), t == ",", t)
            XCTAssertEqual(ctx.isSemicolon(i), t == ";", t)
        }
        XCTAssertTrue(ctx.isClausePunctuation(texts.firstIndex(of: "(")!))
        XCTAssertTrue(ctx.isClausePunctuation(texts.firstIndex(of: "…")!))
        XCTAssertFalse(ctx.isClausePunctuation(texts.firstIndex(of: "\"")!))
        XCTAssertTrue(ctx.isQuote(texts.firstIndex(of: "\"")!))
        XCTAssertTrue(ctx.isQuote(texts.firstIndex(of: "«")!))
        XCTAssertFalse(ctx.isQuote(texts.firstIndex(of: ",")!))
        // A canonical equivalent of `;` (GREEK QUESTION MARK) is equal as a String, so it stays equal.
        XCTAssertTrue(SentenceContext.equals("\u{037E}", ascii: UInt8(ascii: ";"), ";"))
        XCTAssertFalse(SentenceContext.equals("và", ascii: UInt8(ascii: ","), ","))
        XCTAssertFalse(SentenceContext.equals("", ascii: UInt8(ascii: ","), ","))
    }

    func testClausePunctuationByBytesAgreesWithTheListByStringEquality() {
        // Every General Punctuation mark (three bytes `E2 80 xx`) and the usual others.
        var marks = (0x2000...0x203F).map { String(Character(Unicode.Scalar($0)!)) }
        marks += [",", ";", ":", ".", "(", ")", "!", "?", "[", "]", "...", "\"", "'", "«", "»", "-", "\u{037E}", "\u{FF0C}", "``"]
        let list: Set<String> = [",", ";", ":", ".", "(", ")", "…", "...", "!", "?", "[", "]"]
        for m in marks {
            XCTAssertEqual(SentenceContext.isClausePunctuation(m), list.contains(m), "U+\(m.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        XCTAssertTrue(SentenceContext.isClausePunctuation("\u{037E}"), "GREEK QUESTION MARK is `;` as a String")
        XCTAssertFalse(SentenceContext.isClausePunctuation("\u{201C}"))
    }

    func testTokenFlagsGrowOnlyAsFarAsTheirPositions() {
        var flags = TokenFlags()
        XCTAssertFalse(flags.contains(0))
        flags.insert(3..<5)
        flags.insert(1..<2)
        flags.insert(7..<7)
        flags.insert(-2..<0)
        XCTAssertEqual((0..<9).filter { flags.contains($0) }, [1, 3, 4])
        XCTAssertFalse(flags.contains(-1))
        XCTAssertEqual((0..<9).filter { TokenFlags([3..<5, 1..<2]).contains($0) }, [1, 3, 4])
    }

    func testTokenFlagsPastTheFirstWordAgreeWithASet() {
        // Ranges inside the first 64 positions, across position 64, past it, and the whole word.
        let ranges = [0..<64, 62..<67, 70..<71, 130..<133, 5..<9, 63..<64, 64..<65]
        for k in ranges.indices {
            var flags = TokenFlags()
            var expected = Set<Int>()
            for r in ranges[k...] { flags.insert(r); expected.formUnion(r) }
            XCTAssertEqual((0..<140).filter { flags.contains($0) }, expected.sorted(), "from range \(k)")
            XCTAssertFalse(flags.contains(-1))
            XCTAssertFalse(flags.contains(1_000))
        }
    }

    func testReportingCuesInsideARangeMatchACopyOfIt() {
        let reporting = TestLexicons.en.reporting
        let toks = Tokenizer.tokens("He said that, according to officials, the talks failed")
        for lo in 0..<toks.count {
            for hi in lo...toks.count {
                let copy = reporting.matches(in: Array(toks[lo..<hi]), blocked: { _ in false })
                    .map { "\($0.start + lo)-\($0.end + lo):\($0.cue)" }
                let inRange = reporting.matches(in: toks, range: lo..<hi, blocked: { _ in false })
                    .map { "\($0.start)-\($0.end):\($0.cue)" }
                XCTAssertEqual(inRange, copy, "\(lo)..<\(hi)")
            }
        }
    }

    func testGroupMembersAreTheRangeOfJoinedMentions() {
        let text = "Nga, Ukraine và Thổ Nhĩ Kỳ hội đàm tại Moskva."
        let input = codingInput(text, [A.c("Nga", "rus", "RUS"), A.c("Ukraine", "ukr", "UKR"), A.c("Thổ Nhĩ Kỳ", "tur", "TUR"),
                                       A.place("Moskva", "moscow", "RUS")])
        let ctx = SentenceContext(input, markers: TestLexicons.vi.markers)
        XCTAssertEqual(ctx.groups.map(\.mentions), [0..<3, 3..<4])
        XCTAssertEqual(ctx.groups.actors(0), ["rus", "ukr", "tur"])
        // A comma list that no joiner closes is not one group.
        let open = codingInput("Nga, Ukraine hội đàm.", [A.c("Nga", "rus", "RUS"), A.c("Ukraine", "ukr", "UKR")])
        XCTAssertEqual(SentenceContext(open, markers: TestLexicons.vi.markers).groups.map(\.mentions), [0..<1, 1..<2])
    }

    func testCopyOfBytesIsTheTextBetweenTokenBoundaries() {
        let text = "Bộ Ngoại giao Nga cho biết: “Chúng tôi phản đối” – said Zelenskyy."
        let u = Array(text.utf8)
        for t in Tokenizer.tokens(text) {
            XCTAssertEqual(SentenceContext.copy(text, bytes: t.start..<t.end), t.text)
        }
        let tokens = Tokenizer.tokens(text)
        for a in tokens.indices { for b in a..<tokens.count {
            let r = tokens[a].start..<tokens[b].end
            XCTAssertEqual(SentenceContext.copy(text, bytes: r), String(decoding: u[r], as: UTF8.self))
        } }
        XCTAssertEqual(SentenceContext.copy(text, bytes: 0..<0), "")
        // A long stretch is a heap string, a short one a small string: both are the bytes.
        XCTAssertEqual(SentenceContext.copy(text, bytes: 0..<u.count), text)
    }
}
