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

    func testTopBylineAndDateStamps() throws {
        let d = try TestSupport.document("""
        Rebels seize border crossing

        By Jane Doe and John Roe, Reuters
        Monday 5 June 2023 09.00 BST

        Rebel fighters seized a key border crossing on Sunday, officials said.
        """)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["By Jane Doe and John Roe, Reuters"])
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Rebel fighters seized a key border crossing on Sunday, officials said."])
        XCTAssertFalse(d.text.contains("BST"))

        let v = try TestSupport.document("""
        Phiến quân chiếm cửa khẩu

        Thứ Năm, 15/12/2016 - 10:30
        Cập nhật: 15/12/2016 11:00

        Thứ Năm tuần trước, phiến quân đã chiếm một cửa khẩu quan trọng, 12 người thiệt mạng.
        """)
        XCTAssertEqual(v.sentences.count, 2)
        XCTAssertEqual(TestSupport.sentences(v, .lead), ["Thứ Năm tuần trước, phiến quân đã chiếm một cửa khẩu quan trọng, 12 người thiệt mạng."])
    }
}

/// Bylines, stamps and credit notes found from the text alone (no HTML hints).
final class ArticleLayoutBylineTests: XCTestCase {
    func testBylineWithDateAndUpdateNote() throws {
        let d = try TestSupport.document("""
        Russia, Ukraine trade blame

        Ukraine crisis

        By Daniel Hart · August 14, 2022 6:40 PM UTC · Updated 2 hours ago

        KYIV, Aug 14 (Global Wire) - Russia and Ukraine accused each other on Sunday of shelling the town.

        Comments (214)

        Moscow and Kyiv also blamed each other for earlier shelling.

        (Claire Morgan reported from London.)
        """)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), [
            "By Daniel Hart · August 14, 2022 6:40 PM UTC · Updated 2 hours ago", "(Claire Morgan reported from London.)",
        ])
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["KYIV, Aug 14 (Global Wire) - Russia and Ukraine accused each other on Sunday of shelling the town."])
        XCTAssertEqual(TestSupport.sentences(d, .body), ["Ukraine crisis", "Moscow and Kyiv also blamed each other for earlier shelling."])
        XCTAssertFalse(d.text.contains("Comments"))
    }

    func testNameAndDateStampAboveTheStory() throws {
        let d = try TestSupport.document("""
        Toll disputed

        Claire Morgan Tue 16 Aug 2022 17.30 EDT

        Ukrainian officials said one person was killed and three were wounded.
        """)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Claire Morgan Tue 16 Aug 2022 17.30 EDT"])
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Ukrainian officials said one person was killed and three were wounded."])
        // A headline-like body line with a date but lowercase words stays body.
        let b = try TestSupport.document("""
        Title

        Ukraine marks independence day on 24 August 2022 with parades

        The capital held a parade.
        """)
        XCTAssertEqual(TestSupport.sentences(b, .signoff), [])
    }

    func testVietnameseSignoffsAfterTheEndMarkAndOutletNames() throws {
        let d = try TestSupport.document("""
        Nga và Ukraine đổ lỗi cho nhau

        Thế giới Thứ Hai, 15/08/2022 07:45 (GMT+7)

        Ngày 14/8, Bộ Quốc phòng Nga cáo buộc quân đội Ukraine pháo kích thành phố Enerhodar.

        Hội đồng Bảo an LHQ đã họp về vấn đề này./.

        Thúy Nga
        """)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Thúy Nga"])
        XCTAssertEqual(TestSupport.sentences(d, .lead), ["Ngày 14/8, Bộ Quốc phòng Nga cáo buộc quân đội Ukraine pháo kích thành phố Enerhodar."])
        XCTAssertFalse(d.text.contains("07:45"))
        let t = try TestSupport.document("""
        Erdogan và Guterres tới Lviv

        Ngày 18/8, ông Guterres đã tới thành phố Lviv của Ukraine.

        Theo Tin Quốc tế
        """)
        XCTAssertEqual(TestSupport.sentences(t, .signoff), ["Theo Tin Quốc tế"])
        // `Theo X, …` opening a sentence is body.
        let b = try TestSupport.document("""
        Tiêu đề

        Theo Bộ Quốc phòng Nga, quân đội Ukraine đã pháo kích nhà máy.

        Theo Bộ Ngoại giao Nga, hai bên đã điện đàm.
        """)
        XCTAssertEqual(TestSupport.sentences(b, .signoff), [])
    }

    func testNameAloneBetweenStoryAndRelatedLinks() throws {
        let d = try TestSupport.document("""
        LHQ và IAEA thúc giục

        Liên Hợp Quốc và IAEA hôm 16-8 tiếp tục kêu gọi Nga và Ukraine tạo điều kiện cho các chuyên gia.

        Phía Nga chưa bình luận về thông tin này.

        Hoàng Linh

        Giá vàng hôm nay 17/8: tiếp tục giảm nhẹ
        """)
        XCTAssertEqual(TestSupport.sentences(d, .signoff), ["Hoàng Linh"])
        // A short capitalised line followed by more story is a heading, not a byline.
        let h = try TestSupport.document("""
        Title

        Fighting resumed in the east on Monday, officials said.

        Nuclear Fears

        The plant has been shelled repeatedly since early August, raising fears of an accident across the region.
        """)
        XCTAssertEqual(TestSupport.sentences(h, .signoff), [])
    }
}

/// The layout keeps per line only what its later rules need and works on slices of the
/// article's text; these pin the pieces that made that possible.
final class ArticleLayoutSlicingTests: XCTestCase {
    func layout(_ text: String, repeatHash: ((LayoutLine) -> UInt64)? = nil) -> ArticleLayout.Result {
        var (title, blocks) = Ingestor.plainText(text, markdown: false)
        if let repeatHash { return ArticleLayout.layout(title: title, blocks: &blocks, repeatHash: repeatHash) }
        return ArticleLayout.layout(title: title, blocks: &blocks)
    }

    static let article = """
        Ceasefire holds in Yemen

        The truce between the warring parties held for a third day on Friday, the UN said.

        UN envoy to visit Sanaa next week

        Phái viên Liên hợp quốc sẽ tới Sanaa
        Saudi Arabia welcomes the truce

        The envoy will meet officials of both sides, his office said on Saturday.

        UN ENVOY TO VISIT SANAA NEXT WEEK
        Phái viên Liên Hợp Quốc sẽ tới Sanaa
        Read more: Saudi Arabia welcomes the truce
        """

    func testRepeatedLinesAreToldApartWhenTheirHashesMeet() {
        let normal = layout(Self.article)
        // Every line gets the same hash: only the key comparison separates them.
        let colliding = layout(Self.article, repeatHash: { _ in 42 })
        XCTAssertEqual(colliding.text, normal.text)
        XCTAssertEqual(colliding.sentences, normal.sentences)
        // Case and tone placement do not matter (`Liên hợp` / `Liên Hợp`); the repeats are
        // dropped and the first copies, headline-like, became teasers.
        XCTAssertEqual(normal.sentences.filter { $0.role == .teaser }.map(\.text),
                       ["UN envoy to visit Sanaa next week", "Phái viên Liên hợp quốc sẽ tới Sanaa", "Saudi Arabia welcomes the truce"])
        XCTAssertEqual(normal.text.components(separatedBy: "Sanaa next week").count, 2)
        XCTAssertEqual(normal.sentences.filter { $0.role == .body }.map(\.text),
                       ["Saudi Arabia welcomes the truce", "The envoy will meet officials of both sides, his office said on Saturday."])
    }

    func testLongLinesAreComparedByTheirText() {
        // Lines over `LayoutLine.maxAnalysedBytes` are not tokenized: a repeat is the same
        // text, and one letter of difference keeps both.
        let long = String(repeating: "The shelling went on through the night near the plant. ", count: 80)
        XCTAssertGreaterThan(long.utf8.count, LayoutLine.maxAnalysedBytes)
        let other = long.replacingOccurrences(of: "night", with: "nighT")
        let r = layout("Title\n\n\(long)\n\n\(long)\n\n\(other)\n")
        XCTAssertEqual(r.text.components(separatedBy: "\n\n").count, 2)
        XCTAssertEqual(r.sentences.filter { $0.role == .lead || $0.role == .body }.count, 160)
    }

    func testParagraphsAreSlicesWithSpacesCollapsed() {
        XCTAssertEqual(ArticleLayout.collapseSpaces(Substring("  a b  ")), "a b")
        XCTAssertEqual(ArticleLayout.collapseSpaces(Substring("a  b")), "a b")
        XCTAssertEqual(ArticleLayout.collapseSpaces(Substring("a\nb ")), "a b")
        XCTAssertEqual(ArticleLayout.collapseSpaces(Substring("   ")), "")
        XCTAssertEqual(ArticleLayout.collapseSpaces(Substring("")), "")
        let text = "x Ngày 14/12,  Nga và Thổ Nhĩ Kỳ điện đàm. y"
        let slice = text.dropFirst(2).dropLast(2)
        XCTAssertEqual(ArticleLayout.collapseSpaces(slice), "Ngày 14/12, Nga và Thổ Nhĩ Kỳ điện đàm.")
        let r = layout("Title\n\n   The army said  the town was shelled.   \n\nIt denied it.  ")
        XCTAssertEqual(r.text, "The army said the town was shelled.\n\nIt denied it.")
    }

    func testTextBlocksAreRunsOfLinesBetweenBlankLines() {
        let body = Substring("\n  \nfirst line\nsecond line\n   \n\nthird\n \nlast")
        XCTAssertEqual(Ingestor.textBlocks(body).map(\.text), ["first line\nsecond line", "third", "last"])
        XCTAssertEqual(Ingestor.textBlocks(Substring("")).count, 0)
        XCTAssertEqual(Ingestor.textBlocks(Substring(" \n \n")).count, 0)
        XCTAssertEqual(Ingestor.textBlocks(Substring("one\n")).map(\.text), ["one"])
    }

    func testTitleLengthIsCountedAfterTrimming() {
        let words = String(repeating: "word ", count: 59) + "end"  // 298 characters
        let (title, _) = Ingestor.splitTitle(words + String(repeating: " ", count: 40) + "\nBody.", markdown: false)
        XCTAssertEqual(title, words)
        let (none, body) = Ingestor.splitTitle(words + "xyz\nBody.", markdown: false)
        XCTAssertNil(none)
        XCTAssertTrue(body.hasPrefix(words))
        // Characters, not bytes: 300 Vietnamese letters of two bytes each are a title.
        let vietnamese = String(repeating: "đ", count: 300)
        XCTAssertEqual(Ingestor.splitTitle(vietnamese + "\nThân bài.", markdown: false).title, vietnamese)
    }

    /// A short name alone on a line looked ahead through the rest of the article for a
    /// story paragraph: quadratic in the number of such lines.
    func testManyNameLinesAreLaidOutInLinearTime() throws {
        func article(_ n: Int) -> String {
            "Title\n\nThe army said the town was shelled on Monday.\n\n"
                + (0..<n).map { "Minh Anh\(String(UnicodeScalar(UInt8(65 + $0 % 26))))\n\n" }.joined()
        }
        let small = article(4_000), large = article(16_000)
        let t1 = try seconds { var i = Ingestor(); _ = try i.document(fromText: small, id: "s") }
        let t4 = try seconds { var i = Ingestor(); _ = try i.document(fromText: large, id: "l") }
        var i = Ingestor()
        let d = try i.document(fromText: large, id: "l")
        XCTAssertEqual(d.sentences.filter { $0.role == .signoff }.count, 16_000)
        // Linear work grows 4×, quadratic 16×; allow for a noisy machine.
        XCTAssertLessThan(t4 / max(t1, 0.001), 9, "4,000 lines: \(t1) s, 16,000 lines: \(t4) s")
    }

    func seconds(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
