@testable import FaultlineRender
import XCTest

final class ExportEscapingTests: XCTestCase {
    func testXMLTextAndAttributes() {
        XCTAssertEqual(ExportEscaping.xmlText("a<b>&c\"'"), "a&lt;b&gt;&amp;c\"'")
        XCTAssertEqual(ExportEscaping.xmlAttribute("a<b>&c\"'\t\n\r"), "a&lt;b&gt;&amp;c&quot;&apos;&#9;&#10;&#13;")
        // Characters XML 1.0 forbids even as references are dropped; tab/LF/CR and the rest kept.
        XCTAssertEqual(ExportEscaping.xmlText("x\u{0}\u{1}\u{B}\u{1F}\u{FFFE}\u{FFFF}y\t\n"), "xy\t\n")
        XCTAssertEqual(ExportEscaping.xmlText("\u{202E}rtl\u{200B}\u{10FFFF}"), "\u{202E}rtl\u{200B}\u{10FFFF}")
    }

    func testHTML() {
        XCTAssertEqual(ExportEscaping.html("<script>alert('x')</script> & \"q\""),
                       "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        XCTAssertEqual(ExportEscaping.html("a\u{7}\u{85}b"), "ab")
    }

    func testTokensStayDistinct() {
        XCTAssertEqual(ExportEscaping.token("event-", "e1"), "event-e1")
        XCTAssertNotEqual(ExportEscaping.token("", "a b"), ExportEscaping.token("", "a_b"))
        XCTAssertEqual(ExportEscaping.token("", "a\"<"), "a_22__3c_")
    }
}
