import XCTest
@testable import FaultlineText

/// Line-level rules, each with lines that must and must not match, in both languages.
final class LayoutClassifierTests: XCTestCase {
    func boilerplate(_ s: String) -> Bool { LayoutClassifier.isBoilerplate(LayoutLine(s)) }
    func caption(_ s: String) -> String? { LayoutClassifier.captionText(LayoutLine(s)) }
    func signoff(_ s: String) -> Bool { LayoutClassifier.isSignoffLike(LayoutLine(s)) }

    func testShareBarsMenusAndSiteFurniture() {
        for line in [
            "Chia sẻ:", "Chia sẻ", "Chia sẻ: Facebook Zalo", "Share this article", "Share on Facebook",
            "Bình luận", "Gửi bình luận", "Tin liên quan", "Tags: Syria, Nga, Thổ Nhĩ Kỳ", "Từ khoá: Aleppo",
            "Các đơn vị thông tin của TTXVN", "Bản quyền thuộc về Báo Điện tử ABC", "Copyright © 2016 Reuters",
            "© 2024 Example News. All rights reserved.", "Advertisement", "Quảng cáo", "Subscribe",
            "Sign up for our daily newsletter", "We use cookies to give you the best experience.",
            "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "Read more", "Xem thêm",
            "doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt",
            "Thời sự Thế giới Kinh doanh Giải trí Thể thao Pháp luật",
            "Home | World | Business | Markets | Tech", "Trang chủ » Thế giới » Trung Đông",
            "Home > World > Middle East", "News - Sport - Weather - Travel", "* * *", "———",
            "Thứ Năm, 15/12/2016 - 10:30", "Cập nhật: 15/12/2016 11:00", "Updated: Dec 14, 2016 10:30 GMT",
            "Monday 5 June 2023 09.00 BST",
        ] {
            XCTAssertTrue(boilerplate(line), line)
        }
    }

    func testSentencesAreNotBoilerplate() {
        for line in [
            "Chia sẻ với báo chí, ông Peskov cho biết Moskva sẽ đáp trả.",
            "Theo dõi tình hình, Bộ Quốc phòng cho biết lực lượng đã sẵn sàng.",
            "Tuyến đường Hà Nội - Hải Phòng - Quảng Ninh bị đóng cửa ngày 3/4.",
            "Nga - Thổ Nhĩ Kỳ - Iran họp về Syria",
            "Share prices fell sharply in Moscow after the announcement.",
            "The minister said the world must act now.",
            "Quảng cáo của chiến dịch tranh cử gây tranh cãi trong nhiều tuần qua.",
            "Copyright lawyers for the government said the ruling was unfair.",
            "Published reports said 12 people died.", "Thứ Năm tuần trước, 12 người thiệt mạng.",
        ] {
            XCTAssertFalse(boilerplate(line), line)
        }
    }

    func testCaptionCreditsAreStripped() {
        XCTAssertEqual(caption("Lực lượng ủng hộ Chính phủ Syria tuần tra trên đường phố Aleppo ngày 13/12. Ảnh: AFP/TTXVN"),
                       "Lực lượng ủng hộ Chính phủ Syria tuần tra trên đường phố Aleppo ngày 13/12.")
        XCTAssertEqual(caption("Binh sĩ Ukraine tại Donetsk. (Ảnh: Reuters)"), "Binh sĩ Ukraine tại Donetsk.")
        XCTAssertEqual(caption("Một góc thành phố Mosul sau giao tranh (Ảnh minh họa)"), "Một góc thành phố Mosul sau giao tranh")
        XCTAssertEqual(caption("Tàu chiến Trung Quốc trên Biển Đông. Ảnh tư liệu"), "Tàu chiến Trung Quốc trên Biển Đông.")
        XCTAssertEqual(caption("A fighter in Aleppo on Dec. 13. Photo: Omar Sanadiki/Reuters"), "A fighter in Aleppo on Dec. 13.")
        XCTAssertEqual(caption("Smoke rises over Gaza. Photograph: Mohammed Salem/Reuters"), "Smoke rises over Gaza.")
        XCTAssertEqual(caption("Troops patrol the border (Reuters photo)"), "Troops patrol the border")
        XCTAssertEqual(caption("Protesters march in Kyiv. (AP Photo/Efrem Lukatsky)"), "Protesters march in Kyiv.")
        XCTAssertEqual(caption("A man walks past rubble in Aleppo, Syria December 13, 2016. REUTERS/Omar Sanadiki"),
                       "A man walks past rubble in Aleppo, Syria December 13, 2016.")
        XCTAssertEqual(caption("Ảnh: Reuters"), "")
        XCTAssertEqual(caption("Photo: AFP"), "")
    }

    func testSentencesAreNotCaptions() {
        for line in [
            "Ông Putin nói rằng ảnh hưởng của lệnh trừng phạt là không đáng kể.",
            "Bức ảnh được chia sẻ rộng rãi trên mạng xã hội. Nhiều người bình luận về nó.",
            "The photo was taken in Aleppo. Officials said it showed the aftermath of the strike.",
            "Reuters could not independently verify the photo, which was posted on social media on Tuesday.",
            "TTXVN/Tin Tức",
        ] {
            XCTAssertNil(caption(line), line)
        }
    }

    func testSignoffs() {
        for line in [
            "TTXVN/Tin Tức", "Thu Hằng/VOV1", "Theo VnExpress", "Theo Reuters, AFP", "Theo báo Nhân Dân",
            "(Reuters)", "(TTXVN)", "Minh Anh (theo AFP)", "Hải Minh/.", "— Reuters", "Nguồn: Tân Hoa Xã",
            "Reporting by John Davison; Editing by Mark Heinrich",
            "(Reporting by Tom Perry in Beirut; Writing by Angus McDowall)",
            "Associated Press writer Zeina Karam in Beirut contributed to this report.",
        ] {
            XCTAssertTrue(signoff(line), line)
        }
        for line in [
            "Theo Bộ Ngoại giao Nga, hai bên đã nhất trí.", "Theo hãng tin AFP, 10 người đã thiệt mạng.",
            "Theo dõi", "Nga và Thổ Nhĩ Kỳ ủng hộ chấm dứt bạo lực tại Aleppo",
            "The talks ended without a deal.", "Hai bên nhất trí tăng cường hợp tác./.",
        ] {
            XCTAssertFalse(signoff(line), line)
        }
    }

    func testSignoffSourceAndDateline() {
        func source(_ s: String) -> String? { LayoutClassifier.signoffSource(LayoutLine(s)) }
        XCTAssertEqual(source("TTXVN/Tin Tức"), "TTXVN/Tin Tức")
        XCTAssertEqual(source("Theo VnExpress"), "VnExpress")
        XCTAssertEqual(source("Theo báo Nhân Dân"), "Nhân Dân")
        XCTAssertEqual(source("(Reuters)"), "Reuters")
        XCTAssertNil(source("Reporting by John Davison; Editing by Mark Heinrich"))
        func dateline(_ s: String) -> String? { LayoutClassifier.datelineSource(LayoutLine(s)) }
        XCTAssertEqual(dateline("ALEPPO, Syria (Reuters) - Government forces advanced."), "Reuters")
        XCTAssertEqual(dateline("HÀ NỘI (TTXVN) - Chiều 3/4, hai nước ký thỏa thuận."), "TTXVN")
        XCTAssertEqual(dateline("(Dân trí) - Sáng nay, quân đội tuyên bố."), "Dân trí")
        XCTAssertNil(dateline("Officials said (on Tuesday) - in a statement - that talks failed."))
    }

    func testTeaserLabels() {
        XCTAssertEqual(LayoutClassifier.teaserText(LayoutLine("Xem thêm: Nga rút quân khỏi Syria")), "Nga rút quân khỏi Syria")
        XCTAssertEqual(LayoutClassifier.teaserText(LayoutLine("Read more: Turkey closes border")), "Turkey closes border")
        XCTAssertNil(LayoutClassifier.teaserText(LayoutLine("Xem thêm các tin về Syria trong ngày hôm nay vào lúc 10 giờ.")))
    }
}
