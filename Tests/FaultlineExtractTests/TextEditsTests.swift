import XCTest
import Foundation
@testable import FaultlineExtract

final class TextEditsTests: XCTestCase {
    let samples = ["", " ", "\t", "  a b  ", "\ta\t", "\u{00A0}nbsp\u{00A0}", "\u{2003}em\u{3000}", "x\n", "\ny", " \u{301}acute ",
                   "{adj} foreign minister", "  {adj}  ", "{adj}{adj}", "the {adj}", "{ad}", "{adj", "Bộ trưởng {adj}", "ministry",
                   " - ", "Jean - Marc", "a - b - c", "--", "Thổ - Nhĩ"]

    func testTrimmingEqualsFoundation() {
        for s in samples {
            XCTAssertEqual(s.trimmingSpaces(), s.trimmingCharacters(in: .whitespaces), s.debugDescription)
            XCTAssertEqual(s.dropFirst(0).trimmingSpaces(), s.trimmingCharacters(in: .whitespaces))
        }
    }

    func testReplacingEqualsFoundation() {
        for s in samples {
            for (t, r) in [("{adj}", "Russian"), ("{adj}", ""), (" - ", "-"), ("a", "b"), ("{adj}", "Thổ Nhĩ Kỳ")] {
                XCTAssertEqual(s.replacingText(t, with: r), s.replacingOccurrences(of: t, with: r), "\(s) / \(t)")
            }
        }
    }
}
