import XCTest
@testable import FaultlineText

final class LanguageIdentifierTests: XCTestCase {
    func id(_ s: String) -> String { LanguageIdentifier.identify(s) }

    func testShortTexts() {
        XCTAssertEqual(id("Nga và Thổ Nhĩ Kỳ ủng hộ chấm dứt bạo lực tại Aleppo"), "vi")
        XCTAssertEqual(id("Russia and Turkey back an end to violence in Aleppo"), "en")
        XCTAssertEqual(id("Quân đội rút lui"), "vi")
        XCTAssertEqual(id("The army withdrew from the city"), "en")
        XCTAssertEqual(id("Aleppo"), "und")
        XCTAssertEqual(id(""), "und")
        XCTAssertEqual(id("12/14/2016 — 10:30"), "und")
    }

    func testOtherLanguagesAreUndetermined() {
        XCTAssertEqual(id("Le ministre a déclaré que la Russie et la Turquie soutiennent la fin des violences à Alep."), "und")
        XCTAssertEqual(id("Der Minister sagte, Russland und die Türkei unterstützen ein Ende der Gewalt in Aleppo."), "und")
        XCTAssertEqual(id("El ministro dijo que Rusia y Turquía apoyan el fin de la violencia en Alepo."), "und")
        XCTAssertEqual(id("Menteri mengatakan bahwa Rusia dan Turki mendukung diakhirinya kekerasan di Aleppo."), "und")
        XCTAssertEqual(id("Министр заявил, что Россия и Турция поддерживают прекращение насилия в Алеппо."), "und")
        XCTAssertEqual(id("外交部长表示，俄罗斯和土耳其支持结束阿勒颇的暴力。"), "und")
    }

    func testMixedAndLongTexts() {
        let vi = "Bộ Quốc phòng Nga cho biết lực lượng đối lập đã nối lại các cuộc tấn công. "
        let en = "The defence ministry said the rebels had resumed their attacks on the city. "
        // A Vietnamese article quoting an English phrase stays Vietnamese, and the reverse.
        XCTAssertEqual(id(String(repeating: vi, count: 3) + "\"We will not back down,\" he said."), "vi")
        XCTAssertEqual(id(String(repeating: en, count: 3) + "Nguyễn Phú Trọng và Thổ Nhĩ Kỳ."), "en")
        XCTAssertEqual(id(String(repeating: vi, count: 2_000)), "vi")
        XCTAssertEqual(id(String(repeating: en, count: 2_000)), "en")
    }

    func testDecomposedAndWordSegmentedInput() {
        XCTAssertEqual(id("Nga và Thổ Nhĩ Kỳ ủng hộ chấm dứt bạo lực".decomposedStringWithCanonicalMapping), "vi")
        XCTAssertEqual(id("Thổ_Nhĩ_Kỳ cho_biết sẽ ủng_hộ Nga"), "vi")
    }
}
