import XCTest
import Foundation
@testable import FaultlineExtract

/// The byte-level line and field splitting and the NFC shortcut of the lexicon loaders
/// against the Swift and Foundation calls they replace.
final class LexiconTextTests: XCTestCase {
    let texts = ["a\tb\tc\n\nd\t\te\n", "", "\n", "\t", "x\r\ny\rz\n\r\n", "line\n\u{301}mark\t\u{301}\tend",
                 "Bộ Ngoại giao\tMFA\n# comment\r\nNga\tRUS\tcountry\tRussia\t", "no newline at end", "\r", "\t\t\n\n\t"]

    func testSplittingEqualsCharacterSplitting() {
        for t in texts {
            XCTAssertEqual(t.lineSlices(), t.split(separator: "\n", omittingEmptySubsequences: false), t.debugDescription)
            XCTAssertEqual(t.tabFields(), t.split(separator: "\t", omittingEmptySubsequences: false), t.debugDescription)
            for line in t.lineSlices() {
                XCTAssertEqual(line.tabFields(), line.split(separator: "\t", omittingEmptySubsequences: false))
            }
        }
    }

    /// Every scalar `isNFC` accepts is left alone by NFC (and none combines: no marks).
    func testNFCShortcutIsSafe() {
        for v in Array(UInt32(0x20)..<0x300) + Array(UInt32(0x1E00)...0x1EFF) + Array(UInt32(0x2010)...0x205E) {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = "a" + String(s) + "b"
            XCTAssertTrue(EventLexiconText.isNFC(text))
            XCTAssertEqual(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), Array(text.unicodeScalars), String(format: "U+%04X", v))
        }
        XCTAssertFalse(EventLexiconText.isNFC("hoa\u{300}"))
        XCTAssertEqual(EventLexiconText.lines("  hoa\u{300} \n#x\n\n ngừng bắn\t040").map(\.1), ["  hoà ", " ngừng bắn\t040"])
    }

    /// A second extractor reuses the bundled lexicons: same lexicons, no new parsing.
    func testBuiltInLexiconsAreSharedAcrossExtractors() throws {
        let a = try Extractor(), b = try Extractor(options: ExtractorOptions(mode: .narrative))
        XCTAssertEqual(a.actors.lexicon(for: "vi").phraseCount, b.actors.lexicon(for: "vi").phraseCount)
        XCTAssertEqual(a.events.keys.sorted(), b.events.keys.sorted())
        XCTAssertEqual(a.events["vi"]?.triggerCount, b.events["vi"]?.triggerCount)
        XCTAssertEqual(b.options.mode, .narrative)
        XCTAssertEqual(a.loadWarnings, b.loadWarnings)
    }
}

final class LexiconTextSplitTests: XCTestCase {
    /// `simpleSplit` and `rangeOfText` against the character split and Foundation search.
    func testSimpleSplitAndSearchEqualTheGeneralOnes() {
        let texts = ["a b  c", " a|b||c| ", "ký … thỏa thuận|sign", "x,y , z", "", " ", "||", "a\u{301} b", "e \u{301}b|c",
                     "\u{600}-led", "Thổ Nhĩ Kỳ|Turkey", "RUSGOV@2012-05-07..|RUS", "a..b", "..", "ab", "Ж|ж ж"]
        for t in texts {
            for sep: Character in [" ", "|", ",", ";", "-"] {
                XCTAssertEqual(t.simpleSplit(sep), t.split(separator: sep), "\(t.debugDescription) \(sep)")
                XCTAssertEqual(t.simpleSplit(sep, omittingEmpty: false), t.split(separator: sep, omittingEmptySubsequences: false))
            }
            XCTAssertEqual(t[...].rangeOfText(".."), t[...].range(of: ".."), t)
        }
    }
}
