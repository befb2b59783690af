import XCTest
import FaultlineText
@testable import FaultlineExtract

/// `NumberParts` holds what splitting a number at its one kind of separator gives: the part
/// values, their digit counts, the separator; nothing for numbers the rules cannot read.
final class NumberPartsTests: XCTestCase {
    /// The reference: the parts as arrays, by splitting the text.
    private func split(_ t: String) -> (parts: [Int], widths: [Int], separator: Character)? {
        var sep: Character?
        for c in t where !c.isASCIIDigit {
            if sep == nil { sep = c } else if sep != c { return nil }
        }
        guard let sep else { return nil }
        var parts: [Int] = [], widths: [Int] = []
        for p in t.split(separator: sep, omittingEmptySubsequences: false) {
            guard !p.isEmpty, p.count <= 4, let v = Int(p) else { return nil }
            parts.append(v); widths.append(p.count)
        }
        return (parts, widths, sep)
    }

    func testASCIIPartsEqualSplit() {
        let samples = ["14/12/2016", "2016-12-14", "10:30", "10:30:15", "14.12", "1939-45", "1,234,567",
                       "1.2.3.4.5.6", "2016", "14//12", "14/12-2016", "/12", "12/", "12345/1", "0/0", "7-8"]
        for t in samples {
            let reference = split(t)
            guard let fast = NumberParts.ascii(t) else { return XCTFail("\(t) is ASCII") }
            XCTAssertEqual(fast == nil, reference == nil, t)
            guard let fast, let reference else { continue }
            XCTAssertEqual(fast.count, reference.parts.count, t)
            XCTAssertEqual(fast.separator, reference.separator.asciiValue, t)
            XCTAssertEqual(fast.maxWidth, reference.widths.max(), t)
            for k in 0..<min(fast.count, NumberParts.stored) {
                XCTAssertEqual(fast.part(k), reference.parts[k], t)
                XCTAssertEqual(fast.width(k), reference.widths[k], t)
            }
        }
        XCTAssertTrue(NumberParts.ascii("١٤/١٢") == nil, "beyond ASCII: the general path (outer nil)")
    }

    func testScannerReadsNumberTokens() {
        let text = "Ngày 14/12/2016 lúc 10:30, và 1939-45."
        let tokens = Tokenizer.tokens(text)
        let scanner = TimexScanner(tokens: tokens, lexicon: TimeLexicon.shared, dateOrder: .dayFirst, utf8: Array(text.utf8))
        let date = tokens.firstIndex { $0.text == "14/12/2016" }!
        let np = scanner.numberParts(date)
        XCTAssertEqual(np?.count, 3)
        XCTAssertEqual(np?.separator, UInt8(ascii: "/"))
        XCTAssertEqual([np?.part(0), np?.part(1), np?.part(2)], [14, 12, 2016])
        XCTAssertEqual([np?.width(0), np?.width(1), np?.width(2)], [2, 2, 4])
        XCTAssertNil(scanner.numberParts(tokens.firstIndex { $0.text == "lúc" }!), "not a number")
    }
}
