import XCTest
@testable import FaultlineExtract

/// `splitKeepingCharacters` must give exactly what `split(separator:omittingEmptySubsequences:)`
/// gives, on ASCII text (cut at bytes) and on text beyond it (handed to `split`).
final class StringASCIISplitTests: XCTestCase {
    static let samples = [
        "", "-", "--", "a", "a-", "-a", "a-b", "a--b", "twenty-five", "2016-12-14", "XXXX-12-14", "BC0480-XX",
        "2016-W50", "mid-March", "August-September", "year-long", "a-b-c-d", "\r\n-\r\n", "ngày-14", "hoà-bình",
        "e\u{301}-x", "-\u{301}a", "Thổ-Nhĩ-Kỳ", "🇻🇳-🇺🇸",
    ]

    func testPiecesEqualSplit() {
        for s in Self.samples {
            for omitting in [true, false] {
                let fast = s.splitKeepingCharacters(0x2D, omittingEmptySubsequences: omitting)
                let reference = s.split(separator: "-", omittingEmptySubsequences: omitting)
                XCTAssertEqual(fast, reference, "\(s.debugDescription) omitting: \(omitting)")
                XCTAssertEqual(fast.map { $0.utf8.count }, reference.map { $0.utf8.count }, s.debugDescription)
            }
        }
    }

    func testOtherSeparators() {
        for s in ["14/12/2016", "/a//b/", "10:30:00", "a.b..c"] {
            for sep: UInt8 in [0x2F, 0x3A, 0x2E] {
                XCTAssertEqual(s.splitKeepingCharacters(sep), s.split(separator: Character(Unicode.Scalar(sep))))
                XCTAssertEqual(s.splitKeepingCharacters(sep, omittingEmptySubsequences: false),
                               s.split(separator: Character(Unicode.Scalar(sep)), omittingEmptySubsequences: false))
            }
        }
    }

    /// `twoPieces` is `splitKeepingCharacters` when it gives exactly two pieces, else nil, on
    /// ASCII text and beyond.
    func testTwoPiecesMatchesSplit() {
        for s in Self.samples + ["twenty-five", "-twenty--five-", "year-long", "a-b-", "thirty-", "hai-mươi"] {
            let pieces = s.splitKeepingCharacters(0x2D)
            let two = s.twoPieces(splitAt: 0x2D)
            if pieces.count == 2 {
                XCTAssertEqual(two?.0, String(pieces[0]), s.debugDescription)
                XCTAssertEqual(two?.1, String(pieces[1]), s.debugDescription)
            } else {
                XCTAssertNil(two, s.debugDescription)
            }
        }
        XCTAssertEqual("twenty-five".twoPieces(splitAt: 0x2D)?.0, "twenty")
        XCTAssertEqual("twenty-five".twoPieces(splitAt: 0x2D)?.1, "five")
        XCTAssertNil("a-b-c".twoPieces(splitAt: 0x2D))
    }
}
