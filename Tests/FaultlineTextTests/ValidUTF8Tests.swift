import XCTest
@testable import FaultlineText

/// `ValidUTF8.string` must give the very `String` that `String(decoding:as:)` gives: same
/// contents, same bits where the text is short enough to be stored inline.
final class ValidUTF8Tests: XCTestCase {
    static let samples: [String] = [
        "a", "Nga", "NGA", "hoà", "hoa\u{300}", "Thổ", "đ", "nghiêng", "abcdefgh", "abcdefghi",
        "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop", "Nguyễn Văn An", "đường phố lớn",
        "Москва", "北京東京", "🇻🇳", "x\u{301}", "14/12/2016", "U.S.", "al-Assad", "ǅ", "ẞ",
    ]

    func testTheLayoutCheckHoldsOnThisPlatform() {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        XCTAssertTrue(ValidUTF8.smallStringsMatch)
        #endif
    }

    func testStringsEqualTheStandardOnes() {
        for sample in Self.samples {
            let bytes = Array(sample.utf8)
            for small in [true, false] where !small || ValidUTF8.smallStringsMatch {
                let made = bytes.withUnsafeBufferPointer { ValidUTF8.string($0, small: small) }
                let reference = String(decoding: bytes, as: UTF8.self)
                XCTAssertEqual(made, reference, sample)
                XCTAssertEqual(Array(made.utf8), bytes, sample)
                XCTAssertEqual(made.unicodeScalars.count, reference.unicodeScalars.count, sample)
                XCTAssertEqual(made.count, reference.count, sample)
                XCTAssertEqual(made.hashValue, reference.hashValue, sample)
                XCTAssertEqual(made.lowercased(), reference.lowercased(), sample)
                XCTAssertEqual(Set([made, reference]).count, 1, sample)
                if bytes.count <= 15 {
                    let a = unsafeBitCast(made, to: (UInt64, UInt64).self), b = unsafeBitCast(reference, to: (UInt64, UInt64).self)
                    XCTAssertTrue(a == b, "bits of \(sample)")
                }
            }
        }
    }

    /// Strings moved out of the scratch slot equal the standard ones, and the slot can be
    /// used again and again (it is left uninitialised each time).
    func testOwnedStringsEqualTheStandardOnes() throws {
        try XCTSkipUnless(ValidUTF8.smallStringsMatch, "no small-string layout on this platform")
        var made: [String] = []
        withUnsafeTemporaryAllocation(of: String.self, capacity: 1) { slot in
            for sample in Self.samples where sample.utf8.count <= 15 {
                let words = Array(sample.utf8).withUnsafeBufferPointer { ValidUTF8.smallWords($0) }
                made.append(ValidUTF8.ownedString(words, scratch: slot.baseAddress!))
                var padded = Array(sample.utf8) + [UInt8](repeating: 0, count: 16)
                made.append(padded.withUnsafeMutableBufferPointer { p in
                    ValidUTF8.smallString(loading: UnsafeBufferPointer(rebasing: p[0..<sample.utf8.count]), scratch: slot.baseAddress!)
                })
            }
        }
        let expected = Self.samples.filter { $0.utf8.count <= 15 }.flatMap { [$0, $0] }
        XCTAssertEqual(made, expected)
        XCTAssertEqual(made.map { Array($0.utf8) }, expected.map { Array($0.utf8) })
        XCTAssertEqual(made.map(\.hashValue), expected.map(\.hashValue))
    }

    func testEveryPrefixOfMixedTextOnScalarBoundaries() {
        let text = "Ngày 14/12, Thổ Nhĩ Kỳ và Nga nói"
        let bytes = Array(text.utf8)
        for end in 1...bytes.count where end == bytes.count || bytes[end] & 0xC0 != 0x80 {
            let slice = Array(bytes[0..<end])
            let made = slice.withUnsafeBufferPointer { ValidUTF8.string($0) }
            XCTAssertEqual(made, String(decoding: slice, as: UTF8.self))
            XCTAssertEqual(Array(made.utf8), slice)
        }
    }
}
