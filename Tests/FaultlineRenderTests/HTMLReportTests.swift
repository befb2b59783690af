import FaultlineModel
@testable import FaultlineRender
import XCTest

final class HTMLReportTests: XCTestCase {
    private var page: String {
        HTMLReport().render(analysis: ExportFixture.analysis, pictures: ReportFixture.pictures,
                            title: "Aleppo <script>alert('title')</script> & co")
    }

    private func count(_ needle: String, in hay: String) -> Int { hay.components(separatedBy: needle).count - 1 }

    func testMatchesGoldenFile() throws {
        try ExportGolden.check(page, "fixture.report.html")
    }

    func testArticleTextIsInert() {
        let html = page
        // The page's own script is the only one; every hostile string shows as text.
        XCTAssertEqual(count("<script", in: html.lowercased()), 1)
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertTrue(html.contains("Militants said &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; "))
        XCTAssertTrue(html.contains("<title>Aleppo &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co</title>"))
        XCTAssertTrue(html.contains("Nga, Thổ Nhĩ Kỳ đưa thông tin trái chiều &lt;script&gt;"))
        XCTAssertFalse(html.unicodeScalars.contains { $0.value == 0x07 || $0.value == 0x01 }, "control characters dropped")
        XCTAssertTrue(html.contains("\u{202E}"), "bidi characters are kept as text (cells isolate them)")
    }

    func testSelfContainedAndScriptAllowedOnlyByItsHash() throws {
        let html = page
        XCTAssertFalse(html.contains(" src=\""))
        XCTAssertFalse(html.contains("href=\"http"))
        XCTAssertFalse(html.contains("url(http"))
        XCTAssertFalse(html.contains("@import"))
        let script = ReportAssets.script
        XCTAssertTrue(html.contains("<script>" + script + "</script>"))
        XCTAssertTrue(html.contains("script-src 'sha256-\(ReportSHA256.base64(of: script))'"))
        XCTAssertTrue(html.contains("default-src 'none'"))
    }

    func testPicturesSanitizedRejectedAndOrdered() throws {
        let html = page
        let t = try XCTUnwrap(html.range(of: "id=\"picture-timeline\"")).lowerBound
        let a = try XCTUnwrap(html.range(of: "id=\"picture-actors\"")).lowerBound
        let c = try XCTUnwrap(html.range(of: "id=\"picture-contradictions\"")).lowerBound
        let x = try XCTUnwrap(html.range(of: "id=\"picture-extra_20__3c_name_3e_\"")).lowerBound
        XCTAssertTrue(t < a && a < c && c < x, "known pictures first, in page order, then the rest by name")
        XCTAssertTrue(html.contains("<figcaption>extra &lt;name&gt;</figcaption>"))
        XCTAssertTrue(html.contains("id=\"timeline-node1\""))
        XCTAssertTrue(html.contains("This picture was left out: not well-formed XML"))
        XCTAssertEqual(count("<svg", in: html), 3)
    }

    func testEventTableContradictionsAndDocuments() {
        let html = page
        XCTAssertEqual(count("<tr class=\"event-row\"", in: html), 7)
        XCTAssertTrue(html.contains("data-visible-rows=\"7\""))
        XCTAssertTrue(html.contains("<option value=\"4\">4 · Material conflict</option>"))
        XCTAssertTrue(html.contains("<option value=\"russia\">Nga</option>"))
        XCTAssertTrue(html.contains("<span class=\"undated\">undated</span>"))
        XCTAssertTrue(html.contains("<mark>điện đàm</mark>"))
        XCTAssertEqual(count("<article class=\"contradiction\"", in: html), 2)
        XCTAssertTrue(html.contains("<strong>blame</strong> · score 0.86"))
        XCTAssertTrue(html.contains("Bộ Quốc phòng Nga cho biết lực lượng đối lập"), "both claims' evidence is shown")
        XCTAssertTrue(html.contains("Ông Cavusoglu nói quân đội chính phủ Syria"))
        XCTAssertTrue(html.contains("<dt>via</dt><dd>Interfax</dd>"))
        // Document summary: aleppo has e1 e2 e3 e7 and the merged e4 mention; claims c2 c3; contradictions x1 x2.
        XCTAssertTrue(html.contains("<td>TTXVN/Tin Tức</td><td class=\"num\">14</td><td class=\"num\">5</td><td class=\"num\">2</td><td class=\"num\">2</td>"))
        XCTAssertTrue(html.contains("<td class=\"evidence\" lang=\"vi\">"))
        // Long names are clipped in cells, never in the exports.
        XCTAssertFalse(html.contains(ExportFixture.longName))
    }

    func testEmptyAnalysisStillGivesAPage() {
        let html = HTMLReport().render(analysis: Analysis(), pictures: [:], title: "Empty")
        XCTAssertTrue(html.contains("No events were found."))
        XCTAssertTrue(html.contains("No contradicting claims were found."))
        XCTAssertTrue(html.contains("No pictures were rendered."))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
    }
}
