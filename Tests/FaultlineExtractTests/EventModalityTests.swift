import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Negation, intent, appeals and conditions in both languages.
final class EventModalityTests: XCTestCase {
    let rus = A.c("Nga", "russia", "RUS"), ukr = A.c("Ukraine", "ukraine", "UKR"), usa = A.c("Mỹ", "usa", "USA")
    let russia = A.c("Russia", "russia", "RUS")

    func testVietnameseNegation() {
        assertEvents("vi", "Nga không tấn công Ukraine.", [rus, ukr], ["190 russia->ukraine neg"])
        assertEvents("vi", "Nga chưa rút quân khỏi Syria.", [rus, A.c("Syria", "syria", "SYR")], ["0874 russia->syria neg"])
        assertEvents("vi", "Mỹ chẳng hề đe dọa Iran.", [usa, A.c("Iran", "iran", "IRN")], ["130 usa->iran neg"])
        assertEvents("vi", "Nga không hề không kích bệnh viện ở Aleppo.", [rus, A.place("Aleppo", "aleppo", "SYR")], ["195 russia-> neg"])
    }

    func testEnglishNegation() {
        assertEvents("en", "Russia did not attack Ukraine.", [russia, ukr], ["190 russia->ukraine neg"])
        assertEvents("en", "Russia never attacked Ukraine.", [russia, ukr], ["190 russia->ukraine neg"])
        assertEvents("en", "Russia didn't attack Ukraine.", [russia, ukr], ["190 russia->ukraine neg"])
        assertEvents("en", "Russia denied attacking the hospital in Aleppo.", [russia, A.place("Aleppo", "aleppo", "SYR")], ["190 russia-> neg"])
    }

    func testNegationStaysWithItsVerb() {
        assertEvents("vi", "Nga không chỉ tấn công Ukraine.", [rus, ukr], ["190 russia->ukraine"])
        assertEvents("vi", "Không có thương vong nào trong các cuộc không kích của Nga.", [rus], ["195 russia->"])
        assertEvents("en", "Not only did Russia attack Ukraine.", [russia, ukr], ["190 russia->ukraine"])
    }

    func testIntent() {
        assertEvents("vi", "Nga sẽ rút quân khỏi Syria.", [rus, A.c("Syria", "syria", "SYR")], ["0356 russia->syria intended"])
        assertEvents("vi", "Mỹ dự kiến viện trợ cho Ukraine.", [usa, ukr], ["033 usa->ukraine intended"])
        assertEvents("vi", "Nga sẽ không hỗ trợ Syria.", [rus, A.c("Syria", "syria", "SYR")], ["070 russia->syria neg intended"])
        assertEvents("en", "Russia will withdraw its troops from Syria.", [russia, A.c("Syria", "syria", "SYR")], ["0356 russia->syria intended"])
        assertEvents("en", "Greece plans to impose restrictions on new EU members.", [A.c("Greece", "greece", "GRC"), A.org("EU", "eu", "IGOEEC")], ["132 greece->eu intended"])
        assertEvents("en", "Syria says it will not accept any more refugees.", [A.c("Syria", "syria", "SYR"), A.people("refugees", "refugees", "IRQREF")],
                     ["030 syria->refugees neg intended"])
    }

    func testAppeals() {
        assertEvents("vi", "Pháp kêu gọi các bên ngừng bắn ngay lập tức.", [A.c("Pháp", "france", "FRA")], ["0256 france-> appeal"])
        assertEvents("vi", "Pháp cho biết cần phải ngừng bắn ngay lập tức.", [A.c("Pháp", "france", "FRA")], ["0256 france-> appeal"])
        assertEvents("vi", "Mỹ cho biết Nga phải rút quân khỏi Ukraine.", [usa, rus, ukr], ["106 usa->russia appeal"])
        assertEvents("en", "France called for an immediate ceasefire.", [A.c("France", "france", "FRA")], ["0256 france-> appeal"])
        assertEvents("en", "France urged Russia to withdraw its troops.", [A.c("France", "france", "FRA"), russia], ["0256 france->russia appeal"])
        assertEvents("en", "France said Russia must withdraw its troops from Ukraine.", [A.c("France", "france", "FRA"), russia, ukr], ["106 france->russia appeal"])
    }

    func testConditions() {
        assertEvents("vi", "Nếu Nga tấn công Ukraine, NATO sẽ đáp trả.", [rus, ukr, A.org("NATO", "nato", "IGONAT")],
                     ["190 russia->ukraine hypothetical", "138 nato-> intended"])
        assertEvents("en", "If Russia attacks Ukraine, NATO will respond.", [russia, ukr, A.org("NATO", "nato", "IGONAT")],
                     ["190 russia->ukraine hypothetical"])
        assertEvents("en", "The European Community may halt mediation if cooperation founders.", [A.org("European Community", "eu", "IGOEEC")],
                     ["165 eu->"])
    }

    func testPlanningAndPreparingAnAct() {
        assertEvents("en", "Kyiv is planning an offensive in the south.", [A.org("Kyiv", "ukr-gov", "UKRGOV")], ["138 ukr-gov-> intended"])
        assertEvents("en", "The rebels were preparing a large-scale attack on the city.", [A.armed("rebels", "rebels", "SYRREB")],
                     ["138 rebels-> intended"])
        assertEvents("vi", "Phiến quân đang chuẩn bị một cuộc tấn công lớn vào thành phố.", [A.armed("Phiến quân", "rebels", "SYRREB")],
                     ["138 rebels-> intended"])
        // Saying that another party is preparing violence blames it.
        assertEvents("en", "Russia's defence ministry said Ukrainian forces were preparing a large-scale attack.",
                     [A.org("Russia's defence ministry", "rus-mod", "RUSMIL"), A.armed("Ukrainian forces", "ukr-mil", "UKRMIL")],
                     ["112 rus-mod->ukr-mil", "138 ukr-mil-> intended"])
        // Announcing one's own plans, or another party's plans to talk, blames nobody.
        assertEvents("en", "Russia's defence ministry said Ukrainian officials were planning to visit Ankara.",
                     [A.org("Russia's defence ministry", "rus-mod", "RUSMIL"), A.org("Ukrainian officials", "ukr-gov", "UKRGOV"),
                      A.place("Ankara", "ankara", "TUR")], ["036 ukr-gov->ankara intended"])
    }

    func testAnyoneWhoMightActIsSupposed() {
        assertEvents("vi", "Ông Zelensky cảnh báo bất kỳ binh sĩ Nga nào bắn vào nhà máy sẽ trở thành mục tiêu.",
                     [A.person("Ông Zelensky", "zelensky", "UKRGOV"), A.armed("binh sĩ Nga", "rus-mil", "RUSMIL")],
                     ["1384 zelensky->rus-mil"])  // a warning to whoever fires: a threat
        assertEvents("en", "Any attack on the plant would be suicide, Guterres said.", [A.person("Guterres", "guterres", "IGOUNO")], [])
        assertEvents("en", "Zelensky said any Russian soldier who shoots at the plant will be a target.",
                     [A.person("Zelensky", "zelensky", "UKRGOV"), A.armed("Russian soldier", "rus-mil", "RUSMIL")],
                     ["193 rus-mil-> hypothetical"])
    }
}
