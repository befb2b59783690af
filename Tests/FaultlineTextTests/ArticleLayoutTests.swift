import XCTest
import FaultlineModel
@testable import FaultlineText

final class ArticleLayoutTests: XCTestCase {
    func testSeedArticleLayout() throws {
        var ingestor = Ingestor()
        let result = ingestor.readAll([try TestSupport.seedPath()])
        XCTAssertEqual(result.issues, [])
        let d = try XCTUnwrap(result.documents.first)
        XCTAssertEqual(d.id, "aleppo-2016-12-14")
        XCTAssertEqual(d.language, "vi")
        XCTAssertEqual(d.title, "Nga và Thổ Nhĩ Kỳ ủng hộ chấm dứt bạo lực tại Aleppo")
        XCTAssertEqual(d.sentences.first?.role, .title)
        XCTAssertEqual(d.sentences.first?.paragraph, 0)
        XCTAssertEqual(d.sentences.count, 14)
        XCTAssertEqual(d.sentences.map(\.index), Array(0..<14))

        // Boilerplate is gone from the sentences and from the text.
        for gone in ["Chia sẻ", "Rao vặt", "Các đơn vị thông tin"] {
            XCTAssertFalse(d.sentences.contains { $0.text.contains(gone) }, gone)
            XCTAssertFalse(d.text.contains(gone), gone)
        }
        // Lead, caption without its credit, sign-off, teaser once.
        XCTAssertEqual(TestSupport.sentences(d, .lead).count, 1)
        XCTAssertTrue(TestSupport.sentences(d, .lead)[0].hasPrefix("Ngày 14/12, Bộ Ngoại giao Nga"))
        XCTAssertEqual(TestSupport.sentences(d, .caption),
                       ["Lực lượng ủng hộ Chính phủ Syria tuần tra trên đường phố Aleppo ngày 13/12."])
        XCTAssertFalse(d.sentences.contains { $0.text.contains("Ảnh: AFP/TTXVN") })
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["TTXVN/Tin Tức"])
        XCTAssertEqual(d.source, "TTXVN/Tin Tức")
        let teasers = TestSupport.sentences(d, .teaser)
        XCTAssertEqual(teasers.filter { $0.hasPrefix("Tổng thống Syria \"bóc mẽ\"") }.count, 1)
        XCTAssertEqual(d.text.components(separatedBy: "Tổng thống Syria \"bóc mẽ\"").count, 2)
        XCTAssertEqual(TestSupport.sentences(d, .body).count, 8)
        XCTAssertEqual(d.sentences.last?.role, .teaser)
        // Paragraphs increase monotonically from the title's 0.
        XCTAssertEqual(d.sentences.map(\.paragraph), d.sentences.map(\.paragraph).sorted())
        XCTAssertFalse(d.text.hasPrefix("Nga và Thổ Nhĩ Kỳ ủng hộ"))  // the title is not in the body text
    }

    func testVietnameseWireStoryWithCaptionSignoffAndMenus() throws {
        let d = try TestSupport.document("""
        Israel không kích dải Gaza sau vụ phóng rocket

        Trang chủ » Thế giới » Trung Đông

        HÀ NỘI (TTXVN) - Rạng sáng 5/8, máy bay Israel đã không kích nhiều mục tiêu tại dải Gaza.

        Khói bốc lên sau một cuộc không kích tại Gaza ngày 5/8. (Ảnh: Reuters)

        Quân đội Israel cho biết các cuộc tấn công nhằm vào cơ sở của Hamas. Phía Hamas chưa bình luận.

        Hải Minh (TTXVN)/.
        Xem thêm: Ai Cập kêu gọi hai bên kiềm chế

        Thời sự - Thế giới - Kinh doanh - Giải trí - Thể thao
        Tags: Israel, Gaza, Hamas
        Bản quyền thuộc về báo điện tử ABC.
        """)
        XCTAssertEqual(d.title, "Israel không kích dải Gaza sau vụ phóng rocket")
        XCTAssertEqual(TestSupport.sentences(d, .lead),
                       ["HÀ NỘI (TTXVN) - Rạng sáng 5/8, máy bay Israel đã không kích nhiều mục tiêu tại dải Gaza."])
        XCTAssertEqual(TestSupport.sentences(d, .caption), ["Khói bốc lên sau một cuộc không kích tại Gaza ngày 5/8."])
        XCTAssertEqual(TestSupport.sentences(d, .body).count, 2)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Hải Minh (TTXVN)/."])
        XCTAssertEqual(TestSupport.sentences(d, .teaser), ["Ai Cập kêu gọi hai bên kiềm chế"])
        for gone in ["Trang chủ", "Kinh doanh", "Tags", "Bản quyền"] {
            XCTAssertFalse(d.text.contains(gone), gone)
        }
        XCTAssertEqual(d.source, "TTXVN")
        XCTAssertEqual(d.language, "vi")
    }

    func testVietnameseTheoSignoffAndEndMark() throws {
        let d = try TestSupport.document("""
        Triều Tiên phóng tên lửa đạn đạo

        Ngày 12/3, Hàn Quốc cho biết Triều Tiên đã phóng một tên lửa đạn đạo ra vùng biển phía Đông.

        Nhật Bản phản đối mạnh mẽ vụ phóng và cho biết sẽ hợp tác với Mỹ.
        Theo Yonhap
        """)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Theo Yonhap"])
        XCTAssertEqual(d.source, "Yonhap")
        XCTAssertEqual(TestSupport.sentences(d, .body), ["Nhật Bản phản đối mạnh mẽ vụ phóng và cho biết sẽ hợp tác với Mỹ."])

        let e = try TestSupport.document("""
        Lào và Campuchia ký thỏa thuận biên giới

        Chiều 3/4, hai nước đã ký thỏa thuận phân định biên giới tại Viêng Chăn.

        Hai bên nhất trí tăng cường hợp tác an ninh dọc biên giới./.
        Lào tăng cường hợp tác với Thái Lan
        """)
        XCTAssertEqual(TestSupport.sentences(e, .body), ["Hai bên nhất trí tăng cường hợp tác an ninh dọc biên giới."])
        XCTAssertEqual(TestSupport.sentences(e, .teaser), ["Lào tăng cường hợp tác với Thái Lan"])
    }

    func testBodySentencesThatLookLikeCreditsStayBody() throws {
        // `Theo X, …` opens real sentences; `Chia sẻ với …` is not a share bar.
        let d = try TestSupport.document("""
        Nga cảnh báo NATO

        Theo Bộ Ngoại giao Nga, NATO đang tăng cường hiện diện quân sự ở Đông Âu.

        Chia sẻ với báo chí, ông Peskov cho biết Moskva sẽ đáp trả.

        Theo hãng tin AFP, 10 người đã thiệt mạng.
        """)
        XCTAssertEqual(TestSupport.sentences(d, .body), [
            "Chia sẻ với báo chí, ông Peskov cho biết Moskva sẽ đáp trả.",
            "Theo hãng tin AFP, 10 người đã thiệt mạng.",
        ])
        XCTAssertEqual(TestSupport.sentences(d, .signoff), [])
        XCTAssertNil(d.source)
    }

    func testEnglishReutersStory() throws {
        let d = try TestSupport.document("""
        Syrian army retakes eastern Aleppo district

        Home | World | Middle East | Business | Markets

        ALEPPO, Syria (Reuters) - Syrian government forces retook a key district of eastern Aleppo on Tuesday, a monitoring group said.

        A pro-government fighter walks in Aleppo, Syria December 13, 2016. REUTERS/Omar Sanadiki

        Rebels said they had repelled the assault. The army denied it.

        Share this article
        Reporting by John Davison; Editing by Mark Heinrich
        Our Standards: The Thomson Reuters Trust Principles.
        Advertisement
        """)
        XCTAssertEqual(d.language, "en")
        XCTAssertEqual(TestSupport.sentences(d, .lead).count, 1)
        XCTAssertEqual(TestSupport.sentences(d, .caption), ["A pro-government fighter walks in Aleppo, Syria December 13, 2016."])
        XCTAssertEqual(TestSupport.sentences(d, .body), ["Rebels said they had repelled the assault.", "The army denied it."])
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Reporting by John Davison; Editing by Mark Heinrich"])
        XCTAssertEqual(d.source, "Reuters")  // from the dateline
        for gone in ["Home |", "Share this", "Our Standards", "Advertisement"] {
            XCTAssertFalse(d.text.contains(gone), gone)
        }
    }

    func testEnglishCaptionsAndCreditsOfSeveralShapes() throws {
        let d = try TestSupport.document("""
        Protests spread across the capital

        Thousands marched through the capital on Sunday, police said.

        Protesters gather outside parliament on Sunday. (AP Photo/Jane Doe)

        Riot police stand guard near the square. Photo: Getty Images

        A burned car on the main road (Reuters photo)

        Photograph: Alamy

        The government has promised an inquiry into the violence.

        Associated Press writer Tom Lee contributed to this report.
        """)
        XCTAssertEqual(TestSupport.sentences(d, .caption), [
            "Protesters gather outside parliament on Sunday.",
            "Riot police stand guard near the square.",
            "A burned car on the main road",
        ])
        XCTAssertFalse(d.text.contains("Photograph: Alamy"))
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Associated Press writer Tom Lee contributed to this report."])
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Thousands marched through the capital on Sunday, police said."])
    }

    func testRepeatedHeadlinesCookieNoticeAndReadMore() throws {
        let d = try TestSupport.document("""
        Ceasefire holds in Yemen

        The truce between the warring parties held for a third day on Friday, the UN said.

        We use cookies to improve your experience. By continuing you accept our cookie policy.

        Read more: Saudi Arabia welcomes the truce

        UN envoy to visit Sanaa next week
        UN envoy to visit Sanaa next week

        Subscribe
        """)
        XCTAssertEqual(TestSupport.sentences(d, .teaser), ["Saudi Arabia welcomes the truce", "UN envoy to visit Sanaa next week"])
        XCTAssertFalse(d.text.contains("cookies"))
        XCTAssertFalse(d.text.contains("Subscribe"))
        XCTAssertEqual(d.text.components(separatedBy: "UN envoy to visit").count, 2)
    }

    func testHardWrappedTextIsRejoinedIntoParagraphs() throws {
        let d = try TestSupport.document("""
        Talks resume in Geneva

        Delegations from both sides returned to Geneva on
        Monday for a new round of talks, the mediator
        said. They are expected to discuss prisoner
        exchanges and a ceasefire.

        The previous round ended in
        December without an agreement.
        """)
        XCTAssertEqual(TestSupport.sentences(d, .lead), [
            "Delegations from both sides returned to Geneva on Monday for a new round of talks, the mediator said.",
            "They are expected to discuss prisoner exchanges and a ceasefire.",
        ])
        XCTAssertEqual(TestSupport.sentences(d, .body), ["The previous round ended in December without an agreement."])
        XCTAssertEqual(d.sentences.map(\.paragraph), [0, 1, 1, 2])
    }

    func testTitleRepeatedInBodyAndWordSegmentedText() throws {
        let d = try TestSupport.document("""
        Nga_và Thổ_Nhĩ_Kỳ điện_đàm
        Nga_và Thổ_Nhĩ_Kỳ điện_đàm
        Ngoại_trưởng hai nước đã điện_đàm ngày 14/12 . Hai bên nhất_trí ủng_hộ ngừng bắn .
        """)
        XCTAssertEqual(d.title, "Nga_và Thổ_Nhĩ_Kỳ điện_đàm")
        XCTAssertEqual(d.sentences.count, 3)
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Ngoại_trưởng hai nước đã điện_đàm ngày 14/12 .", "Hai bên nhất_trí ủng_hộ ngừng bắn ."])
        XCTAssertEqual(d.language, "vi")
    }
}
