@testable import FaultlineRender
import XCTest

final class ReportSVGSanitizerTests: XCTestCase {
    private func accepted(_ svg: String, prefix: String = "p", file: StaticString = #filePath, line: UInt = #line) throws -> (String, Int) {
        guard case .accepted(let out, let removed) = ReportSVGSanitizer(prefix: prefix).sanitize(svg) else {
            XCTFail("rejected", file: file, line: line)
            throw XCTSkip("rejected")
        }
        return (out, removed)
    }

    func testGraphvizOutputIsKeptWithoutPrologAndWithPrefixedIDs() throws {
        let (svg, removed) = try accepted(ReportFixture.timeline, prefix: "timeline")
        XCTAssertEqual(removed, 0)
        XCTAssertTrue(svg.hasPrefix("<svg "))
        XCTAssertFalse(svg.contains("<?xml"))
        XCTAssertFalse(svg.contains("DOCTYPE"))
        XCTAssertFalse(svg.contains("<!--"))
        XCTAssertFalse(svg.contains("xmlns"), "inline SVG needs no namespace declarations (and the page has no URLs)")
        XCTAssertTrue(svg.contains("id=\"timeline-node1\""))
        XCTAssertTrue(svg.contains("xlink:href=\"#timeline-node2\""))
        XCTAssertTrue(svg.contains("marker-end=\"url(#timeline-arrow)\""))
        XCTAssertTrue(svg.contains("marker-start: url(#timeline-arrow)"))
        XCTAssertTrue(svg.contains("xlink:title=\"2016-12-14 &amp; &lt;dawn&gt;\""))
        XCTAssertTrue(svg.contains("g.node &gt; text"))
        XCTAssertTrue(svg.contains("cdata &lt;text&gt;"))
        XCTAssertTrue(svg.contains("<title>e2</title>"))
        _ = try XMLTestParser.parse(svg)   // still well-formed
    }

    func testEverythingThatCouldRunOrLoadIsRemoved() throws {
        let (svg, removed) = try accepted(ReportFixture.hostile)
        let lower = svg.lowercased()
        for bad in ["<script", "alert(", "onload", "onclick", "javascript", "foreignobject", "<iframe", "<set", "<animate",
                    "@import", "evil.example", "http"] {
            XCTAssertFalse(lower.contains(bad), "still contains \(bad): \(svg)")
        }
        XCTAssertTrue(svg.contains("<title>safe title</title>"))
        XCTAssertTrue(svg.contains("kept &lt;text&gt;"))
        XCTAssertTrue(svg.contains("href=\"data:image/png;base64,iVBORw0KGgo=\""), "raster data images are kept")
        XCTAssertTrue(svg.contains("<rect height=\"1\" width=\"1\"/>"), "the link's content stays, without the link target")
        XCTAssertGreaterThanOrEqual(removed, 15)
        _ = try XMLTestParser.parse(svg)
    }

    func testMalformedOrForeignDocumentsAreRejectedWithAReason() {
        guard case .rejected(let reason) = ReportSVGSanitizer(prefix: "x").sanitize(ReportFixture.broken) else {
            return XCTFail("accepted a document that is not well-formed")
        }
        XCTAssertTrue(reason.contains("not well-formed"), reason)
        XCTAssertTrue(reason.contains("line 1"), reason)
        guard case .rejected(let r2) = ReportSVGSanitizer(prefix: "x").sanitize("<html><script>alert(1)</script></html>") else {
            return XCTFail("accepted a non-SVG root")
        }
        XCTAssertTrue(r2.contains("<html>"), r2)
        guard case .rejected = ReportSVGSanitizer(prefix: "x").sanitize("") else { return XCTFail("accepted empty text") }
        let deep = "<svg>" + String(repeating: "<g>", count: 300) + String(repeating: "</g>", count: 300) + "</svg>"
        guard case .rejected(let r3) = ReportSVGSanitizer(prefix: "x").sanitize(deep) else { return XCTFail("accepted 300 levels") }
        XCTAssertTrue(r3.contains("nested"), r3)
    }

    func testCSSChecks() {
        let s = ReportSVGSanitizer(prefix: "x")
        XCTAssertTrue(s.isSafeCSS(".a { fill: url(#grad); stroke: red }"))
        XCTAssertTrue(s.isSafeCSS("fill: url( \"#g\" )"))
        XCTAssertFalse(s.isSafeCSS("fill: url(http://x)"))
        XCTAssertFalse(s.isSafeCSS("fill: URL (data:x)"))
        XCTAssertFalse(s.isSafeCSS("@IMPORT 'x.css';"))
        XCTAssertFalse(s.isSafeCSS("width: expression(alert(1))"))
        XCTAssertFalse(s.isSafeCSS("background: \\75 rl(x)"))
    }

    /// A picture cut off part-way (a full disk, an interrupted render): FoundationXML's
    /// `parse()` can return true for it, so the open elements are counted too.
    func testTruncatedDocumentsAreRejected() {
        let whole = ReportFixture.timeline
        let bytes = Array(whole.utf8)
        guard let close = whole.range(of: "</svg>") else { return XCTFail("fixture without </svg>") }
        // Every cut before the end of `</svg>`.
        let end = whole.utf8.distance(from: whole.startIndex, to: close.upperBound)
        for cut in 1..<end {
            let text = String(decoding: bytes[..<cut], as: UTF8.self)
            guard case .rejected(let reason) = ReportSVGSanitizer(prefix: "x").sanitize(text) else {
                XCTFail("accepted the first \(cut) of \(bytes.count) bytes")
                continue
            }
            XCTAssertTrue(reason.contains("not well-formed") || reason.contains("left open"), reason)
        }
        for text in ["<svg><g></g>", "<svg><g><rect/>", "<svg></svg>trailing text", "<svg></svg><svg></svg>"] {
            guard case .rejected = ReportSVGSanitizer(prefix: "x").sanitize(text) else { return XCTFail("accepted \(text)") }
        }
        guard case .accepted = ReportSVGSanitizer(prefix: "x").sanitize(whole) else { return XCTFail("rejected the whole picture") }
    }

    /// `String.contains` compares characters: a combining mark right after the colon or
    /// the parenthesis makes `javascript:` or `url(` a different character, so the checks
    /// compare bytes.
    func testDangerousValuesAreFoundWhenACombiningMarkFollows() throws {
        let mark = "\u{301}"
        let s = ReportSVGSanitizer(prefix: "x")
        XCTAssertFalse(s.isSafeCSS("fill: url(\(mark)http://evil.example/x)"))
        XCTAssertFalse(s.isSafeCSS("fill: url(\(mark)'data:x')"))
        XCTAssertFalse(s.isSafeCSS("@import\(mark) 'x.css';"))
        XCTAssertFalse(s.isSafeCSS("width: expression(\(mark)alert(1))"))
        XCTAssertFalse(s.isSafeCSS("background: javascript:\(mark)alert(1)"))
        XCTAssertTrue(s.isSafeCSS("fill: url(#g\(mark))"), "a fragment with a mark in its name stays in the document")

        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg"><g id="g1">\
            <rect fill="url(\(mark)http://evil.example/a)" width="1" height="1"/>\
            <rect style="fill: url(\(mark)http://evil.example/b)" width="2" height="2"/>\
            <rect fill="URL(http://evil.example/c)" width="3" height="3"/>\
            <rect class="javascript:\(mark)alert(1)" width="4" height="4"/>\
            <rect fill="url(#g1)" width="5" height="5"/>\
            <text>url(\(mark) in text is only text</text>\
            <style>.a { fill: url(\(mark)http://evil.example/d) }</style>\
            </g></svg>
            """
        let (out, removed) = try accepted(svg)
        XCTAssertFalse(out.contains("evil.example"), out)
        XCTAssertFalse(out.lowercased().contains("javascript"), out)
        XCTAssertEqual(removed, 5, out)
        XCTAssertTrue(out.contains("fill=\"url(#p-g1)\""), out)
        XCTAssertTrue(out.contains("<text>url(\(mark) in text is only text</text>"), out)
    }
}
