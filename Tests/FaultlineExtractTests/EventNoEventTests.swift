import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Sentences that must give no event: sport, weather, markets, and layout parts that are
/// not news (credits, sign-offs, boilerplate).
final class EventNoEventTests: XCTestCase {
    func testSport() {
        assertEvents("vi", "Đội tuyển Thái Lan tấn công dồn dập nhưng Việt Nam vẫn giữ vững tỷ số ở trận chung kết.",
                     [A.c("Thái Lan", "thailand", "THA"), A.c("Việt Nam", "vietnam", "VNM")], [])
        assertEvents("vi", "Tiền đạo Công Phượng bắn tung lưới Indonesia ở phút 89.",
                     [TestActor("Công Phượng", "cong-phuong", .person, nil), A.c("Indonesia", "indonesia", "IDN")], [])
        assertEvents("en", "Liverpool attacked relentlessly but failed to score against Chelsea in the Premier League match.",
                     [TestActor("Liverpool", "liverpool", .unknown, nil), TestActor("Chelsea", "chelsea", .unknown, nil)], [])
        assertEvents("en", "Brazil beat Argentina in the World Cup semi-final.", [A.c("Brazil", "brazil", "BRA"), A.c("Argentina", "argentina", "ARG")], [])
    }

    func testWeather() {
        assertEvents("vi", "Bão số 5 tấn công các tỉnh miền Trung, gây mưa lớn.", [], [])
        assertEvents("vi", "Không khí lạnh tăng cường khiến nhiệt độ ở Hà Nội giảm mạnh.", [A.place("Hà Nội", "hanoi", "VNM")], [])
        assertEvents("en", "A powerful storm struck the coast of Florida with heavy rain.", [A.place("Florida", "florida", "USA")], [])
        assertEvents("en", "Typhoon Haiyan hit the Philippines, the weather agency said.", [A.c("Philippines", "philippines", "PHL")], [])
    }

    func testMarkets() {
        assertEvents("vi", "Cổ phiếu ngân hàng được hỗ trợ mạnh, VN-Index tăng 10 điểm.", [], [])
        assertEvents("vi", "Giá vàng tấn công ngưỡng 40 triệu đồng, nhà đầu tư đổ xô mua vào.", [], [])
        assertEvents("en", "Stocks rallied as investors welcomed the earnings reports.", [], [])
        assertEvents("en", "Oil prices recovered, supported by strong demand from China, traders said.", [A.c("China", "china", "CHN")], [])
    }

    func testLayoutPartsThatAreNotNews() {
        assertEvents("vi", "TTXVN/Tin Tức", [A.media("TTXVN", "ttxvn"), A.media("Tin Tức", "tintuc")], [], role: .signoff)
        assertEvents("vi", "Ảnh: AFP/TTXVN", [A.media("AFP", "afp"), A.media("TTXVN", "ttxvn")], [], role: .caption)
        assertEvents("vi", "Chia sẻ bài viết về vụ tấn công", [], [], role: .boilerplate)
        assertEvents("en", "Follow us for more on the attack on Ukraine", [A.c("Ukraine", "ukraine", "UKR")], [], role: .boilerplate)
        assertEvents("en", "Photo: Reuters", [A.media("Reuters", "reuters")], [], role: .caption)
    }

    func testCaptionsStillCarryEvents() {
        assertEvents("vi", "Binh sĩ Israel tuần tra ở Bờ Tây ngày 13/12. Ảnh: Reuters",
                     [A.armed("Binh sĩ Israel", "idf", "ISRMIL"), A.place("Bờ Tây", "west-bank", "PSE"), A.media("Reuters", "reuters")],
                     ["150 idf->"], role: .caption, timex: ["ngày 13/12"])
        assertEvents("en", "Israeli soldiers patrol a street in Hebron on Tuesday. Photo: AFP",
                     [A.armed("Israeli soldiers", "idf", "ISRMIL"), A.place("Hebron", "hebron", "PSE"), A.media("AFP", "afp")],
                     ["150 idf->"], role: .caption, timex: ["Tuesday"])
    }

    func testMediaAreNeverParties() {
        assertEvents("en", "Reuters reported an attack on the convoy near Aleppo.", [A.media("Reuters", "reuters"), A.place("Aleppo", "aleppo", "SYR")], [])
    }
}
