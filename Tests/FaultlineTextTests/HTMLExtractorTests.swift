import XCTest
import FaultlineModel
@testable import FaultlineText

final class HTMLExtractorTests: XCTestCase {
    static let page = """
    <!DOCTYPE html>
    <html lang="vi-VN"><head>
    <meta charset="utf-8">
    <title>Nga và Thổ Nhĩ Kỳ điện đàm | Báo Mẫu</title>
    <meta property="og:site_name" content="Báo Mẫu">
    <meta property="og:url" content="https://bao.example/nga-tho?id=1&amp;p=2">
    <meta property="article:published_time" content="2016-12-14T10:30:00+07:00">
    <style>body { color: red }</style>
    <script>var x = "<p>not text</p>";</script>
    </head><body>
    <header><nav><a href="/">Trang chủ</a> | <a>Thế giới</a></nav></header>
    <div class="ad"><!-- quảng cáo --></div>
    <article>
      <h1>Nga và Thổ Nhĩ Kỳ &quot;điện đàm&quot;</h1>
      <p>Ngày 14/12, ngoại trưởng hai nước đã điện đàm.<br>Hai bên nhất trí ủng&nbsp;hộ ngừng bắn&#46;</p>
      <figure><img src="a.jpg"><figcaption>Lực lượng Syria tại Aleppo. Ảnh: AFP</figcaption></figure>
      <p>Thổ Nhĩ Kỳ cho biết sẽ tiếp tục&nbsp;nỗ lực &#x2014; theo Ankara &amp; Moskva.</p>
      <aside>Tin liên quan: Mỹ phản đối</aside>
      <form><input value="Gửi"><button>Gửi bình luận</button></form>
      <noscript>Bật JavaScript</noscript>
    </article>
    <article><h2>Bài khác</h2><p>Ngắn.</p></article>
    <footer>© 2016 Báo Mẫu</footer>
    </body></html>
    """

    func testExtractionAndMetadata() {
        let p = HTMLExtractor.extract(Self.page)
        XCTAssertEqual(p.title, "Nga và Thổ Nhĩ Kỳ \"điện đàm\"")
        XCTAssertEqual(p.language, "vi-VN")
        XCTAssertEqual(p.published, "2016-12-14T10:30:00+07:00")
        XCTAssertEqual(p.siteName, "Báo Mẫu")
        XCTAssertEqual(p.url, "https://bao.example/nga-tho?id=1&p=2")
        XCTAssertEqual(p.blocks.map(\.text), [
            "Nga và Thổ Nhĩ Kỳ \"điện đàm\"",
            "Ngày 14/12, ngoại trưởng hai nước đã điện đàm.\nHai bên nhất trí ủng hộ ngừng bắn.",
            "Lực lượng Syria tại Aleppo. Ảnh: AFP",
            "Thổ Nhĩ Kỳ cho biết sẽ tiếp tục nỗ lực — theo Ankara & Moskva.",
        ])
        XCTAssertEqual(p.blocks.map(\.isCaption), [false, false, true, false])
    }

    func testHTMLFileBecomesDocument() throws {
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write(Self.page, to: "trang.html", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([path])
        XCTAssertEqual(r.issues, [])
        let d = try XCTUnwrap(r.documents.first)
        XCTAssertEqual(d.id, "trang")
        XCTAssertEqual(d.language, "vi")
        XCTAssertEqual(d.published, "2016-12-14")
        XCTAssertEqual(d.source, "Báo Mẫu")
        XCTAssertEqual(d.url, "https://bao.example/nga-tho?id=1&p=2")
        XCTAssertEqual(d.title, "Nga và Thổ Nhĩ Kỳ \"điện đàm\"")
        XCTAssertEqual(d.sentences.map(\.role), [.title, .lead, .body, .caption, .body])
        XCTAssertEqual(d.sentences.map(\.paragraph), [0, 1, 2, 3, 4])
        XCTAssertEqual(TestSupport.sentences(d, .caption), ["Lực lượng Syria tại Aleppo."])
        for gone in ["not text", "color", "Trang chủ", "Mỹ phản đối", "Gửi", "JavaScript", "Bài khác", "©"] {
            XCTAssertFalse(d.text.contains(gone), gone)
        }
        XCTAssertFalse(d.text.contains("\u{A0}"))
    }

    func testTitleFallsBackToTitleElementWithoutSiteName() {
        let p = HTMLExtractor.extract("<html><head><title>Ceasefire collapses - Daily Example</title><meta property='og:site_name' content='Daily Example'></head><body><main><p>Text.</p></main><p>Outside main.</p></body></html>")
        XCTAssertEqual(p.title, "Ceasefire collapses")
        XCTAssertEqual(p.blocks.map(\.text), ["Text."])
    }

    func testTagSoupCommentsEntitiesAndDeepNestingDoNotBreakExtraction() {
        let soup = "<p>One &amp two &unknown; &#0; &#x110000; &#150;<p>Three < four <!-- unterminated"
        XCTAssertEqual(HTMLExtractor.extract(soup).blocks.map(\.text), ["One &amp two &unknown; \u{FFFD} \u{FFFD} –", "Three < four"])
        let deep = String(repeating: "<div>", count: 50_000) + "Deep text." + String(repeating: "</div>", count: 50_000)
        XCTAssertEqual(HTMLExtractor.extract(deep).blocks.map(\.text), ["Deep text."])
        let scriptOnly = "<script>document.write('<p>x</p>')"
        XCTAssertEqual(HTMLExtractor.extract(scriptOnly).blocks, [])
        XCTAssertEqual(HTMLExtractor.extract("<a href=\"x\" title='y' data-x=z disabled>link</a><br/>after").blocks.map(\.text), ["link\nafter"])
    }
}
