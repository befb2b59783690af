import XCTest
import FaultlineModel
@testable import FaultlineText

/// Page furniture and bylines recognised from `class`/`id` on generic elements.
final class ClassHintsTests: XCTestCase {
    func testHintsFromClassAndId() {
        XCTAssertEqual(ClassHints.hint(class: "share-bar top", id: nil), .furniture)
        XCTAssertEqual(ClassHints.hint(class: nil, id: "top-bar"), .furniture)
        XCTAssertEqual(ClassHints.hint(class: "box-related", id: nil), .furniture)
        XCTAssertEqual(ClassHints.hint(class: "cookie-banner", id: nil), .furniture)
        XCTAssertEqual(ClassHints.hint(class: "ads_inline", id: nil), .furniture)
        XCTAssertEqual(ClassHints.hint(class: nil, id: "menu"), .furniture)
        XCTAssertEqual(ClassHints.hint(class: "byline", id: nil), .byline)
        XCTAssertEqual(ClassHints.hint(class: "author", id: nil), .byline)
        XCTAssertEqual(ClassHints.hint(class: "article-author meta", id: nil), .byline)
        // Story containers and ordinary names are left alone.
        XCTAssertNil(ClassHints.hint(class: "article-body", id: nil))
        XCTAssertNil(ClassHints.hint(class: "detail-content", id: "content"))
        XCTAssertNil(ClassHints.hint(class: "sapo", id: nil))
        XCTAssertNil(ClassHints.hint(class: "headline", id: nil))
        XCTAssertNil(ClassHints.hint(class: "tagline", id: nil))
        XCTAssertNil(ClassHints.hint(class: "share-wrapper", id: nil, element: "article"))
    }

    func testDivBuiltFurnitureIsDroppedAndBylinesAreSignoffs() throws {
        let html = """
        <html lang="vi"><head><title>Ukraine cáo buộc Nga</title></head><body>
        <div id="top-bar">Hôm nay: Thứ Tư, 17/8/2022 | <a href="/dang-nhap">Đăng nhập</a></div>
        <div id="header"><div class="logo">Báo Mẫu</div>
        <ul id="menu"><li>Trang chủ</li><li>Trong nước</li><li>Quốc tế</li></ul></div>
        <div id="content"><div class="detail-content">
        <h1>Ukraine cáo buộc Nga</h1>
        <div class="date-time">17/08/2022 08:20</div>
        <div class="social-share">Chia sẻ: Facebook Zalo Email</div>
        <p>Ngày 16/8, Ukraine cáo buộc Nga pháo kích thành phố Nikopol, khiến hai người bị thương.</p>
        <p>Phía Nga chưa bình luận về thông tin này.</p>
        <p class="author"><b>Hoàng Linh</b></p>
        <div class="tag-list">Tags: Nga, Ukraine</div>
        <div class="social-share bottom">Chia sẻ: Facebook <a>Bình luận (3)</a></div>
        </div>
        <div class="box-related"><div class="box-title">Xem thêm</div>
        <a>Đội tuyển nữ Việt Nam hội quân</a><a>Giá vàng hôm nay 17/8 giảm nhẹ</a></div></div>
        <div id="footer"><p>Bản quyền © 2022 Báo Mẫu</p></div>
        </body></html>
        """
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write(html, to: "a.html", in: dir)
        var ingestor = Ingestor()
        let r = ingestor.readAll([path])
        let d = try XCTUnwrap(r.documents.first)
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Ngày 16/8, Ukraine cáo buộc Nga pháo kích thành phố Nikopol, khiến hai người bị thương."])
        XCTAssertEqual(TestSupport.sentences(d, .body), ["Phía Nga chưa bình luận về thông tin này."])
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Hoàng Linh"])
        XCTAssertEqual(TestSupport.sentences(d, .teaser), [])
        XCTAssertFalse(d.text.contains("Giá vàng"))
        XCTAssertFalse(d.text.contains("Trong nước"))
    }

    func testEnglishBylineBlockAndKickerAreNotTheLead() throws {
        let html = """
        <html lang="en"><body><main><article>
        <div class="series">Russia-Ukraine war</div>
        <h1>Ukraine puts toll at one dead</h1>
        <p class="standfirst">Kyiv and Moscow give different figures for Sunday's shelling of the town next to the nuclear plant</p>
        <div class="byline">Claire Morgan <span class="dateline">Tue 16 Aug 2022 17.30 EDT</span></div>
        <ul class="share-tools"><li>Share via Email</li><li>Comments (214)</li></ul>
        <div class="article-body">
        <p>Ukrainian officials said one person was killed when shells hit the town on Sunday.</p>
        <p>Russia denied the accusation on Tuesday.</p>
        </div></article></main></body></html>
        """
        let dir = try TestSupport.temporaryDirectory(self)
        let path = try TestSupport.write(html, to: "b.html", in: dir)
        var ingestor = Ingestor()
        let d = try XCTUnwrap(ingestor.readAll([path]).documents.first)
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Kyiv and Moscow give different figures for Sunday's shelling of the town next to the nuclear plant"])
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Claire Morgan"])
        XCTAssertEqual(TestSupport.sentences(d, .body), [
            "Ukrainian officials said one person was killed when shells hit the town on Sunday.",
            "Russia denied the accusation on Tuesday.",
        ])
    }
}
