import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// One Vietnamese and one English sentence (at least) for each CAMEO root 01–20.
final class EventCodeFamilyTests: XCTestCase {
    let rus = A.c("Nga", "russia", "RUS"), usa = A.c("Mỹ", "usa", "USA"), ukr = A.c("Ukraine", "ukraine", "UKR")
    let russia = A.c("Russia", "russia", "RUS"), us = A.c("United States", "usa", "USA")

    func test01Statements() {
        assertEvents("vi", "Bộ Ngoại giao Nga ra tuyên bố về tình hình Syria.",
                     [A.org("Bộ Ngoại giao Nga", "rus-mfa", "RUSGOV"), A.c("Syria", "syria", "SYR")], ["010 rus-mfa->"])
        assertEvents("vi", "Nhóm phiến quân IS đã nhận trách nhiệm vụ đánh bom.", [A.armed("Nhóm phiến quân IS", "isis", "IMGMUSSUN")], ["015 isis->"])
        assertEvents("en", "The rebels claimed responsibility for the bombing.", [A.armed("rebels", "rebels", "SYRREB")], ["015 rebels->"])
        assertEvents("en", "Moscow offered condolences to the victims' families.", [A.org("Moscow", "russia", "RUSGOV")], ["018 russia->"])
    }

    func test02Appeals() {
        assertEvents("vi", "Mỹ kêu gọi Nga ngừng bắn tại Ukraine.", [usa, rus, ukr], ["0256 usa->russia appeal"])
        assertEvents("vi", "Liên Hợp Quốc hối thúc các nước viện trợ nhân đạo cho Yemen.",
                     [A.org("Liên Hợp Quốc", "un", "IGOUNO"), A.c("Yemen", "yemen", "YEM")], ["0233 un->yemen appeal"])
        assertEvents("en", "The United States urged Russia to declare a ceasefire in Ukraine.",
                     [us, russia, A.c("Ukraine", "ukraine", "UKR")], ["0256 usa->russia appeal"])
        assertEvents("en", "The UN called for humanitarian aid to Yemen.",
                     [A.org("UN", "un", "IGOUNO"), A.c("Yemen", "yemen", "YEM")], ["0233 un->yemen appeal"])
    }

    func test03IntentToCooperate() {
        assertEvents("vi", "Nhật Bản cam kết viện trợ nhân đạo cho Philippines.",
                     [A.c("Nhật Bản", "japan", "JPN"), A.c("Philippines", "philippines", "PHL")], ["0333 japan->philippines"])
        assertEvents("en", "Japan pledged humanitarian aid to the Philippines.",
                     [A.c("Japan", "japan", "JPN"), A.c("Philippines", "philippines", "PHL")], ["0333 japan->philippines"])
        assertEvents("en", "Turkey agreed to allow refugees to return.",
                     [A.c("Turkey", "turkey", "TUR"), A.people("refugees", "refugees", "SYRREF")], ["035 turkey->refugees"])
    }

    func test04Consultations() {
        assertEvents("vi", "Ngoại trưởng Nga điện đàm với người đồng cấp Mỹ.",
                     [A.person("Ngoại trưởng Nga", "lavrov", "RUSGOV"), A.person("người đồng cấp Mỹ", "kerry", "USAGOV")], ["041 lavrov->kerry"])
        assertEvents("vi", "Tổng thống Pháp sẽ thăm Việt Nam vào tuần tới.",
                     [A.person("Tổng thống Pháp", "macron", "FRAGOV"), A.c("Việt Nam", "vietnam", "VNM")], ["036 macron->vietnam intended"])
        assertEvents("en", "The Russian foreign minister spoke by phone with his US counterpart.",
                     [A.person("Russian foreign minister", "lavrov", "RUSGOV"), A.person("US counterpart", "kerry", "USAGOV")], ["041 lavrov->kerry"])
        assertEvents("en", "Israel and Lebanon renewed negotiations today.",
                     [A.c("Israel", "israel", "ISR"), A.c("Lebanon", "lebanon", "LBN")], ["046 israel->lebanon"])
    }

    func test05DiplomaticCooperation() {
        assertEvents("vi", "Việt Nam và Mỹ đã ký một thỏa thuận hợp tác quốc phòng.",
                     [A.c("Việt Nam", "vietnam", "VNM"), usa], ["057 vietnam->usa"])
        assertEvents("vi", "Thủ tướng Nhật Bản xin lỗi Hàn Quốc.",
                     [A.person("Thủ tướng Nhật Bản", "abe", "JPNGOV"), A.c("Hàn Quốc", "skorea", "KOR")], ["055 abe->skorea"])
        assertEvents("en", "Vietnam and the United States signed a trade agreement.",
                     [A.c("Vietnam", "vietnam", "VNM"), us], ["057 vietnam->usa"])
        assertEvents("en", "A top U.S. official praised Haiti's efforts to improve its record.",
                     [A.person("U.S. official", "usofficial", "USAGOV"), A.c("Haiti", "haiti", "HTI")], ["051 usofficial->haiti"])
    }

    func test06MaterialCooperation() {
        assertEvents("vi", "Nga và Trung Quốc tổ chức tập trận chung trên biển Nhật Bản.",
                     [rus, A.c("Trung Quốc", "china", "CHN")], ["062 russia->china"])
        assertEvents("en", "Russia and China held joint military exercises in the Sea of Japan.",
                     [russia, A.c("China", "china", "CHN")], ["062 russia->china"])
        assertEvents("en", "Zambia extradited a British militant to Britain.",
                     [A.c("Zambia", "zambia", "ZMB"), A.people("British militant", "militant", "GBRREB"), A.c("Britain", "uk", "GBR")], ["063 zambia->militant"])
    }

    func test07Aid() {
        assertEvents("vi", "Mỹ viện trợ quân sự cho Ukraine.", [usa, ukr], ["072 usa->ukraine"])
        assertEvents("vi", "Ukraine được Mỹ viện trợ vũ khí.", [ukr, usa], ["072 usa->ukraine"])
        assertEvents("en", "The European Community gave the Ivory Coast 5.1 million dollars of aid.",
                     [A.org("European Community", "eu", "IGOEEC"), A.c("Ivory Coast", "civ", "CIV")], ["070 eu->civ"])
        // Giving figures, accounts or interviews is no aid; aid agencies are no act.
        assertEvents("en", "Kyiv and Moscow give different figures for the shelling.",
                     [A.org("Kyiv", "ukr-gov", "UKRGOV"), A.org("Moscow", "rus-gov", "RUSGOV")], ["194 rus-gov+ukr-gov->"])
        assertEvents("en", "The toll was lower than the one given by the Russian authorities.", [A.org("Russian authorities", "rus-gov", "RUSGOV")], [])
        assertEvents("en", "The minister gave an interview to Ukrainian television.", [A.person("minister", "min", "UKRGOV")], [])
        assertEvents("en", "Food reached the city, reports aid agencies.", [], [])
        assertEvents("en", "Peru granted diplomatic asylum to five Panamanian officers.",
                     [A.c("Peru", "peru", "PER"), A.people("Panamanian officers", "pan-officers", "PANMIL")], ["075 peru->pan-officers"])
    }

    func test08Yield() {
        assertEvents("vi", "Phiến quân đã phóng thích 10 con tin người Thổ Nhĩ Kỳ.",
                     [A.armed("Phiến quân", "rebels", "SYRREB"), A.people("người Thổ Nhĩ Kỳ", "turks", "TURCVL")], ["0841 rebels->turks"])
        assertEvents("vi", "Quân đội Syria tuyên bố ngừng bắn 72 giờ.", [A.armed("Quân đội Syria", "syr-mil", "SYRMIL")], ["0871 syr-mil->"])
        assertEvents("vi", "Chính phủ Thái Lan dỡ bỏ lệnh giới nghiêm tại Bangkok.",
                     [A.org("Chính phủ Thái Lan", "thai-gov", "THAGOV"), A.place("Bangkok", "bangkok", "THA")], ["0813 thai-gov->"])
        assertEvents("en", "Serbia lifted a night curfew in Montenegro.",
                     [A.c("Serbia", "serbia", "SRB"), A.c("Montenegro", "montenegro", "MNE")], ["0813 serbia->montenegro"])
        assertEvents("en", "Ugandan rebels surrendered last week.", [A.armed("Ugandan rebels", "uga-reb", "UGAREB")], ["0874 uga-reb->"])
    }

    func test09Investigate() {
        assertEvents("vi", "Liên Hợp Quốc mở cuộc điều tra về vụ tấn công hóa học ở Syria.",
                     [A.org("Liên Hợp Quốc", "un", "IGOUNO"), A.c("Syria", "syria", "SYR")], ["090 un->"])
        assertEvents("en", "Croatia is investigating alleged war crimes by Croatian extremists.",
                     [A.c("Croatia", "croatia", "HRV"), A.armed("Croatian extremists", "hrv-ext", "HRVRAD")], ["090 croatia->hrv-ext"])
    }

    func test10Demands() {
        assertEvents("vi", "Trung Quốc yêu cầu Mỹ rút quân khỏi khu vực.", [A.c("Trung Quốc", "china", "CHN"), usa], ["106 china->usa appeal"])
        assertEvents("en", "China demanded that the United States withdraw its troops from the region.",
                     [A.c("China", "china", "CHN"), us], ["106 china->usa appeal"])
        assertEvents("en", "Russia said on Tuesday that Sudan must return a helicopter.",
                     [russia, A.c("Sudan", "sudan", "SDN")], ["1053 russia->sudan appeal"])
    }

    func test11Disapprove() {
        assertEvents("vi", "Nga chỉ trích Mỹ về vụ không kích.", [rus, usa], ["111 russia->usa"])
        assertEvents("vi", "Ukraine cáo buộc Nga pháo kích vào khu dân cư.", [ukr, rus], ["112 ukraine->russia", "194 russia->"])
        assertEvents("en", "Russia criticised the United States over the raid.", [russia, us], ["111 russia->usa"])
        assertEvents("en", "Ukraine accused Russia of shelling civilians.",
                     [A.c("Ukraine", "ukraine", "UKR"), russia, A.people("civilians", "civilians", "UKRCVL")], ["112 ukraine->russia", "194 russia->civilians"])
    }

    func test12Reject() {
        assertEvents("vi", "Iran bác bỏ đề xuất của Mỹ.", [A.c("Iran", "iran", "IRN"), usa], ["120 iran->usa"])
        assertEvents("vi", "Triều Tiên từ chối đàm phán với Hàn Quốc.",
                     [A.c("Triều Tiên", "nkorea", "PRK"), A.c("Hàn Quốc", "skorea", "KOR")], ["125 nkorea->skorea"])
        assertEvents("en", "North Korea refused to negotiate with South Korea.",
                     [A.c("North Korea", "nkorea", "PRK"), A.c("South Korea", "skorea", "KOR")], ["125 nkorea->skorea"])
        assertEvents("en", "The United States vetoed a Security Council resolution.",
                     [us, A.org("Security Council", "unsc", "IGOUNO")], ["129 usa->unsc"])
    }

    func test13Threaten() {
        assertEvents("vi", "Triều Tiên đe dọa tấn công Hàn Quốc.",
                     [A.c("Triều Tiên", "nkorea", "PRK"), A.c("Hàn Quốc", "skorea", "KOR")], ["138 nkorea->skorea"])
        assertEvents("en", "Iran threatened to shell Iraqi towns.", [A.c("Iran", "iran", "IRN"), A.c("Iraqi", "iraq", "IRQ")], ["1384 iran->iraq"])
        assertEvents("en", "Pakistan threatened to break off diplomatic relations with Congo.",
                     [A.c("Pakistan", "pakistan", "PAK"), A.c("Congo", "congo", "COD")], ["1313 pakistan->congo"])
    }

    func test14Protest() {
        assertEvents("vi", "Hàng nghìn người biểu tình tuần hành phản đối chính phủ Thái Lan.",
                     [A.people("người biểu tình", "protesters", "THAOPP"), A.org("chính phủ Thái Lan", "thai-gov", "THAGOV")], ["141 protesters->thai-gov"])
        assertEvents("en", "Palestinian prisoners rioted at the jail.", [A.people("Palestinian prisoners", "prisoners", "PSECVL")], ["145 prisoners->"])
        assertEvents("en", "Islamic fundamentalists began a hunger strike.", [A.armed("Islamic fundamentalists", "islamists", "DZAREL")], ["142 islamists->"])
    }

    func test15ForcePosture() {
        assertEvents("vi", "Trung Quốc điều quân tới biên giới với Ấn Độ.", [A.c("Trung Quốc", "china", "CHN"), A.c("Ấn Độ", "india", "IND")], ["154 china->"])
        assertEvents("en", "China deployed troops to the border.", [A.c("China", "china", "CHN")], ["154 china->"])
        assertEvents("en", "Israeli troops patrolled the streets of Hebron.", [A.armed("Israeli troops", "idf", "ISRMIL"), A.place("Hebron", "hebron", "PSE")], ["150 idf->hebron"])
        // Weapons and armour brought to or kept at a place: a deployment, asserted or denied.
        let rusMil = A.armed("Russian forces", "rus-mil", "RUSMIL"), binhSi = A.armed("binh sĩ Nga", "rus-mil", "RUSMIL")
        assertEvents("en", "Russian forces have parked armoured vehicles inside the turbine halls.", [rusMil], ["154 rus-mil->"])
        assertEvents("en", "Russian forces stored ammunition at the plant.", [rusMil], ["154 rus-mil->"])
        assertEvents("en", "Zakharova denied that Russian troops kept heavy weapons at the plant.",
                     [A.person("Zakharova", "zakharova", "RUSGOV"), A.armed("Russian troops", "rus-mil", "RUSMIL")], ["154 rus-mil-> neg"])
        assertEvents("vi", "Binh sĩ Nga đã đưa xe bọc thép và đạn dược vào nhà máy.", [A.armed("Binh sĩ Nga", "rus-mil", "RUSMIL")], ["154 rus-mil->"])
        assertEvents("vi", "Bà Zakharova phủ nhận thông tin Nga bố trí vũ khí hạng nặng tại nhà máy.",
                     [A.person("Bà Zakharova", "zakharova", "RUSGOV"), rus], ["154 russia-> neg"])
        _ = binhSi
        // Keeping troops somewhere is no new deployment.
        assertEvents("en", "Washington keeps troops in South Korea under a defence pact.", [A.org("Washington", "usa", "USAGOV"), A.c("South Korea", "skorea", "KOR")], [])
    }

    func test16ReduceRelations() {
        assertEvents("vi", "Mỹ áp đặt lệnh trừng phạt đối với Triều Tiên.", [usa, A.c("Triều Tiên", "nkorea", "PRK")], ["163 usa->nkorea"])
        assertEvents("vi", "Ả Rập Xê Út cắt đứt quan hệ ngoại giao với Iran.", [A.c("Ả Rập Xê Út", "saudi", "SAU"), A.c("Iran", "iran", "IRN")], ["161 saudi->iran"])
        assertEvents("en", "The United States imposed sanctions on North Korea.", [us, A.c("North Korea", "nkorea", "PRK")], ["163 usa->nkorea"])
        assertEvents("en", "Switzerland expelled two Russian diplomats.", [A.c("Switzerland", "swiss", "CHE"), A.org("Russian diplomats", "rus-gov", "RUSGOV")], ["166 swiss->rus-gov"])
    }

    func test17Coerce() {
        assertEvents("vi", "Cảnh sát Hong Kong bắt giữ 20 người biểu tình.",
                     [A.org("Cảnh sát Hong Kong", "hk-police", "HKGCOP"), A.people("người biểu tình", "protesters", "HKGOPP")], ["173 hk-police->protesters"])
        assertEvents("vi", "Quân đội Syria bao vây thành phố Aleppo.", [A.armed("Quân đội Syria", "syr-mil", "SYRMIL"), A.place("Aleppo", "aleppo", "SYR")], ["191 syr-mil->aleppo"])
        assertEvents("en", "Hong Kong police arrested 20 protesters.",
                     [A.org("Hong Kong police", "hk-police", "HKGCOP"), A.people("protesters", "protesters", "HKGOPP")], ["173 hk-police->protesters"])
        assertEvents("en", "Turkish authorities imposed a curfew in the town of Cizre.",
                     [A.org("Turkish authorities", "tur-gov", "TURGOV"), A.place("Cizre", "cizre", "TUR")], ["1723 tur-gov->cizre"])
        // Water cannon and tear gas, at sea or in the street.
        let cg = A.armed("Hải cảnh Trung Quốc", "chn-cg", "CHNCOP"), fishers = A.people("ngư dân Philippines", "fishermen", "PHLCVL")
        assertEvents("vi", "Hải cảnh Trung Quốc phun vòi rồng vào ngư dân Philippines.", [cg, fishers], ["175 chn-cg->fishermen"])
        assertEvents("vi", "Cảnh sát bắn hơi cay vào người biểu tình.",
                     [A.org("Cảnh sát", "police", "HKGCOP"), A.people("người biểu tình", "protesters", "HKGOPP")], ["175 police->protesters"])
        assertEvents("en", "The Chinese coast guard fired water cannon at Philippine fishermen.",
                     [A.armed("Chinese coast guard", "chn-cg", "CHNCOP"), A.people("Philippine fishermen", "fishermen", "PHLCVL")],
                     ["175 chn-cg->fishermen"])
    }

    func test18Assault() {
        assertEvents("vi", "Phiến quân bắt cóc ba nhà báo Nhật Bản.",
                     [A.armed("Phiến quân", "rebels", "SYRREB"), A.people("nhà báo Nhật Bản", "journalists", "JPNMED")], ["181 rebels->journalists"])
        assertEvents("vi", "IS đánh bom liều chết tại Baghdad.", [A.armed("IS", "isis", "IMGMUSSUN"), A.place("Baghdad", "baghdad", "IRQ")], ["1831 isis->"])
        assertEvents("en", "Rebels kidnapped three Japanese journalists.",
                     [A.armed("Rebels", "rebels", "SYRREB"), A.people("Japanese journalists", "journalists", "JPNMED")], ["181 rebels->journalists"])
        assertEvents("en", "Irish nationalist guerrillas wounded two British soldiers in a bomb attack.",
                     [A.armed("Irish nationalist guerrillas", "ira", "IRLREB"), A.armed("British soldiers", "uk-mil", "GBRMIL")], ["183 ira->uk-mil"])
        // A staged provocation is unconventional violence by whoever stages it; planned, a threat.
        assertEvents("en", "A cynical provocation was staged by the occupiers.", [A.armed("occupiers", "rus-mil", "RUSMIL")], ["180 rus-mil->"])
        assertEvents("en", "Ukraine's intelligence said Russia was preparing a large-scale provocation at the site.",
                     [A.org("Ukraine's intelligence", "ukr-spy", "UKRSPY"), russia], ["112 ukr-spy->russia", "1383 russia-> intended"])
        assertEvents("vi", "Cơ quan tình báo Ukraine cho rằng Nga đang lên kế hoạch dàn dựng một vụ khiêu khích tại nhà máy.",
                     [A.org("Cơ quan tình báo Ukraine", "ukr-spy", "UKRSPY"), rus], ["112 ukr-spy->russia", "1383 russia-> intended"])
        // `dàn dựng` leads into the act staged: the stager did it.
        assertEvents("vi", "Kiev cho rằng Moskva đã dàn dựng vụ tấn công.",
                     [A.org("Kiev", "ukr-gov", "UKRGOV"), A.org("Moskva", "rus-gov", "RUSGOV")], ["112 ukr-gov->rus-gov", "190 rus-gov->"])
        // A neighbouring country that merely provokes (`khiêu khích` as a verb) commits no violence.
        assertEvents("vi", "Trung Quốc khiêu khích Philippines trên Biển Đông.", [A.c("Trung Quốc", "china", "CHN"), A.c("Philippines", "phl", "PHL")], [])
    }

    func test19Fight() {
        assertEvents("vi", "Không quân Nga không kích các vị trí của phiến quân tại Idlib.",
                     [A.armed("Không quân Nga", "rus-mil", "RUSMIL"), A.armed("phiến quân", "rebels", "SYRREB"), A.place("Idlib", "idlib", "SYR")],
                     ["195 rus-mil->rebels"])
        assertEvents("vi", "Quân đội Ukraine pháo kích Donetsk.", [A.armed("Quân đội Ukraine", "ukr-mil", "UKRMIL"), A.place("Donetsk", "donetsk", "UKR")], ["194 ukr-mil->donetsk"])
        assertEvents("en", "Russian jets carried out air strikes on rebel positions near Idlib.",
                     [A.armed("Russian jets", "rus-mil", "RUSMIL"), A.armed("rebel", "rebels", "SYRREB"), A.place("Idlib", "idlib", "SYR")], ["195 rus-mil->rebels"])
        assertEvents("en", "Sudanese rebels shelled the southern regional capital Juba.",
                     [A.armed("Sudanese rebels", "sdn-reb", "SDNREB"), A.place("Juba", "juba", "SSD")], ["194 sdn-reb->juba"])
    }

    func test20MassViolence() {
        assertEvents("vi", "IS thảm sát hàng trăm dân thường ở Iraq.",
                     [A.armed("IS", "isis", "IMGMUSSUN"), A.people("dân thường", "civilians", "IRQCVL"), A.c("Iraq", "iraq", "IRQ")], ["202 isis->civilians"])
        assertEvents("en", "Government forces used chemical weapons against the rebels.",
                     [A.armed("Government forces", "syr-mil", "SYRMIL"), A.armed("rebels", "rebels", "SYRREB")], ["2041 syr-mil->rebels"])
    }

    func testGoverningVerbsAndStopPhrases() {
        // A promise is intent; `agreed` with a direct object adopts the act.
        assertEvents("en", "The European Union agreed a new package of sanctions against Russia.",
                     [A.org("European Union", "eu", "IGOEEC"), russia], ["163 eu->russia"])
        assertEvents("en", "The European Union agreed to impose sanctions on Russia.",
                     [A.org("European Union", "eu", "IGOEEC"), russia], ["1312 eu->russia"])
        // Denying a thing refuses it; denying an act negates the act.
        assertEvents("en", "The district administration has denied land allocation for the temple.",
                     [A.org("district administration", "district", "TURGOV")], ["122 district->"])
        // `nhất trí ủng hộ chấm dứt bạo lực`: agree → support → end → violence.
        assertEvents("vi", "Nga và Thổ Nhĩ Kỳ nhất trí ủng hộ chấm dứt bạo lực tại Syria.",
                     [rus, A.c("Thổ Nhĩ Kỳ", "turkey", "TUR"), A.c("Syria", "syria", "SYR")], ["0356 russia->turkey"])
        // A lead-in verb lets its act head: `nối lại các cuộc tấn công`, `launched an offensive`.
        assertEvents("vi", "Phiến quân nối lại các cuộc tấn công.", [A.armed("Phiến quân", "rebels", "SYRREB")], ["190 rebels->"])
        assertEvents("en", "The army launched an offensive against the rebels.",
                     [A.armed("army", "army", "SYRMIL"), A.armed("rebels", "rebels", "SYRREB")], ["190 army->rebels"])
        // Supporting someone else's act endorses it; supporting an act of one's own promises it.
        assertEvents("vi", "Moskva ủng hộ chuyến thăm của IAEA.", [A.org("Moskva", "russia", "RUSGOV"), A.org("IAEA", "iaea", "IGOUNOIAE")], ["051 russia->iaea"])
        assertEvents("en", "Moscow supported an IAEA visit.", [A.org("Moscow", "russia", "RUSGOV"), A.org("IAEA", "iaea", "IGOUNOIAE")], ["051 russia->iaea"])
        // Mutual accusations and prisoner swaps are joint acts.
        assertEvents("en", "Moscow and Kyiv traded accusations over the shelling.",
                     [A.org("Moscow", "russia", "RUSGOV"), A.org("Kyiv", "ukraine", "UKRGOV")], ["112 russia->ukraine"])
        assertEvents("vi", "Nga và Ukraine trao đổi tù binh.", [rus, ukr], ["0841 russia->ukraine"])
        // Phrases that are no act hide their trigger words.
        assertEvents("en", "The ministry issued a press release on Monday.", [A.org("ministry", "ministry", "RUSGOV")], [])
        assertEvents("vi", "Không quân Mỹ công bố thông cáo báo chí.", [], [])
    }

    func testPloverCategoriesQuadAndGoldsteinComeFromTheTables() throws {
        let lex = TestLexicons.vi
        let s = lex.coder().code(codingInput("Nga không kích phiến quân.", [rus, A.armed("phiến quân", "rebels", "SYRREB")]))
        let e = try XCTUnwrap(s.events.first)
        let code = try XCTUnwrap(CameoCodebook.standard.code(e.cameo))
        XCTAssertEqual(code, EventCode(cameo: "195", plover: "ASSAULT", quad: 4, goldstein: -10))
        XCTAssertEqual(e.rule, "vi.fight.khong-kich")
    }

    func testMissileIntoTheSeaIsAShowOfForce() {
        let prk = A.c("North Korea", "nkorea", "PRK"), trieuTien = A.c("Triều Tiên", "nkorea", "PRK")
        assertEvents("en", "North Korea fired a missile into the sea on Sunday.", [prk], ["150 nkorea->"])
        assertEvents("en", "North Korea launched two short-range missiles into the sea.", [prk], ["150 nkorea->"])
        assertEvents("en", "North Korea fired several cruise missiles off its west coast.", [prk], ["150 nkorea->"])
        assertEvents("vi", "Triều Tiên phóng tên lửa ra biển hôm Chủ nhật.", [trieuTien], ["150 nkorea->"])
        assertEvents("vi", "Triều Tiên bắn hai tên lửa tầm ngắn xuống biển.", [trieuTien], ["150 nkorea->"])
        // Missiles fired at a party remain an assault.
        assertEvents("en", "Iran fired missiles at Israel.", [A.c("Iran", "iran", "IRN"), A.c("Israel", "israel", "ISR")], ["193 iran->israel"])
        assertEvents("vi", "Nga phóng tên lửa vào Ukraine.", [A.c("Nga", "russia", "RUS"), A.c("Ukraine", "ukraine", "UKR")], ["195 russia->ukraine"])
    }
}
