import XCTest
@testable import FaultlineExtract

final class EventCoderSmokeTests: XCTestCase {
    func testPrint() {
        let s = code("vi", "Theo hãng tin Interfax, Bộ Quốc phòng Nga ngày 14/12 cho biết lực lượng đối lập ở Aleppo đã nối lại các cuộc tấn công vào rạng sáng cùng ngày, tuy nhiên quân đội chính phủ Syria đã đẩy lui các cuộc tấn công này.",
                     [TestActor("Interfax", "interfax", .media, "MED"), TestActor("Bộ Quốc phòng Nga", "rus-mod", .organization, "RUSMIL"),
                      TestActor("lực lượng đối lập", "syr-reb", .armedGroup, "SYRREB"), TestActor("Aleppo", "aleppo", .location, "SYR"),
                      TestActor("quân đội chính phủ Syria", "syr-mil", .armedGroup, "SYRMIL")], timex: ["ngày 14/12", "rạng sáng cùng ngày"])
        for e in s.events { print(summary(e), e.trigger, e.rule, e.frame as Any, e.notes) }
        for f in s.frames { print(f) }
        print(s.notes)
    }
}
