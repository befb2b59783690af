import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Each role rule in both languages: subject–verb–object, passives, compound parties,
/// owners of nouns, places, reported clauses, joint acts, anaphoric targets.
final class EventRoleTests: XCTestCase {
    let rus = A.c("Nga", "russia", "RUS"), ukr = A.c("Ukraine", "ukraine", "UKR"), usa = A.c("Mỹ", "usa", "USA")
    let russia = A.c("Russia", "russia", "RUS")

    func testSubjectVerbObject() {
        assertEvents("vi", "Nga tấn công Ukraine.", [rus, ukr], ["190 russia->ukraine"])
        assertEvents("en", "Russia attacked Ukraine.", [russia, ukr], ["190 russia->ukraine"])
    }

    func testVietnamesePassives() {
        assertEvents("vi", "Ukraine bị Nga tấn công.", [ukr, rus], ["190 russia->ukraine"])
        assertEvents("vi", "Ukraine đã bị tấn công bởi Nga.", [ukr, rus], ["190 russia->ukraine"])
        assertEvents("vi", "Ukraine được Mỹ viện trợ.", [ukr, usa], ["070 usa->ukraine"])
        assertEvents("vi", "Dân thường bị không kích.", [A.people("Dân thường", "civilians", "SYRCVL")], ["195 ->civilians"])
    }

    func testPlacesUndergoPassives() {
        assertEvents("vi", "Thành phố Nikopol bị pháo kích.", [A.place("Thành phố Nikopol", "nikopol", "UKR")], ["194 ->nikopol"])
        assertEvents("en", "Nikopol was shelled by Russian forces overnight.",
                     [A.place("Nikopol", "nikopol", "UKR"), A.armed("Russian forces", "rus-mil", "RUSMIL")], ["194 rus-mil->nikopol"])
    }

    func testEnglishPassivesWithBy() {
        assertEvents("en", "Ukraine was attacked by Russia.", [ukr, russia], ["190 russia->ukraine"])
        assertEvents("en", "Two aid workers were kidnapped by rebels.",
                     [A.people("aid workers", "aidworkers", "NGOHLH"), A.armed("rebels", "rebels", "SYRREB")], ["181 rebels->aidworkers"])
        assertEvents("en", "The journalist has been detained.", [A.people("journalist", "journalist", "MED")], ["173 ->journalist"])
    }

    func testCompoundParties() {
        assertEvents("vi", "Nga và Thổ Nhĩ Kỳ tấn công IS.", [rus, A.c("Thổ Nhĩ Kỳ", "turkey", "TUR"), A.armed("IS", "isis", "IMGMUSSUN")],
                     ["190 russia+turkey->isis"])
        assertEvents("vi", "Mỹ, Anh và Pháp không kích Syria.", [usa, A.c("Anh", "uk", "GBR"), A.c("Pháp", "france", "FRA"), A.c("Syria", "syria", "SYR")],
                     ["195 france+uk+usa->syria"])
        assertEvents("en", "Russia and Turkey attacked Islamic State.", [russia, A.c("Turkey", "turkey", "TUR"), A.armed("Islamic State", "isis", "IMGMUSSUN")],
                     ["190 russia+turkey->isis"])
        assertEvents("en", "Britain, France and the United States struck Syria.",
                     [A.c("Britain", "uk", "GBR"), A.c("France", "france", "FRA"), A.c("United States", "usa", "USA"), A.c("Syria", "syria", "SYR")],
                     ["190 france+uk+usa->syria"])
    }

    func testOwnersOfNouns() {
        assertEvents("vi", "Các cuộc không kích của Nga nhằm vào phiến quân.", [rus, A.armed("phiến quân", "rebels", "SYRREB")], ["195 russia->rebels"])
        assertEvents("en", "Israel's invasion of Lebanon began at dawn.", [A.c("Israel", "israel", "ISR"), A.c("Lebanon", "lebanon", "LBN")],
                     ["190 israel->lebanon"])
        assertEvents("en", "The attack by rebels on the convoy failed.", [A.armed("rebels", "rebels", "SYRREB")], ["190 rebels->"])
    }

    func testPlaces() throws {
        let vi = code("vi", "Nga không kích phiến quân tại Aleppo.", [rus, A.armed("phiến quân", "rebels", "SYRREB"), A.place("Aleppo", "aleppo", "SYR")])
        XCTAssertEqual(vi.events.map(summary), ["195 russia->rebels"])
        XCTAssertEqual(vi.events.first?.location, ["aleppo"])
        let vi2 = code("vi", "Quân đội Syria tuần tra ở phía Đông Aleppo.", [A.armed("Quân đội Syria", "syr-mil", "SYRMIL"), A.place("Aleppo", "aleppo", "SYR")])
        XCTAssertEqual(vi2.events.map(summary), ["150 syr-mil->"])
        XCTAssertEqual(vi2.events.first?.location, ["aleppo"])
        let en = code("en", "Russian jets bombed rebels near Aleppo.", [A.armed("Russian jets", "rus-mil", "RUSMIL"), A.armed("rebels", "rebels", "SYRREB"), A.place("Aleppo", "aleppo", "SYR")])
        XCTAssertEqual(en.events.map(summary), ["183 rus-mil->rebels"])
        XCTAssertEqual(en.events.first?.location, ["aleppo"])
        let en2 = code("en", "Troops clashed with protesters in Kiev.", [A.armed("Troops", "ukr-mil", "UKRMIL"), A.people("protesters", "protesters", "UKROPP"), A.place("Kiev", "kiev", "UKR")])
        XCTAssertEqual(en2.events.first?.location, ["kiev"])
    }

    func testReportedEventsTakeRolesFromTheReportedClause() throws {
        let vi = code("vi", "Mỹ cho biết Nga đã tấn công Ukraine.", [usa, rus, ukr])
        XCTAssertEqual(vi.events.map(summary), ["112 usa->russia", "190 russia->ukraine"])
        XCTAssertEqual(vi.events.last?.frame, 0)
        XCTAssertEqual(vi.speakers, [["usa"]])
        let en = code("en", "The United States said Russia attacked Ukraine.", [A.c("United States", "usa", "USA"), russia, ukr])
        XCTAssertEqual(en.events.map(summary), ["112 usa->russia", "190 russia->ukraine"])
        // Reported words with no subject: the speaker acts.
        assertEvents("vi", "LHQ cho biết sẽ không can thiệp vào kế hoạch sơ tán.", [A.org("LHQ", "un", "IGOUNO")], ["170 un-> neg intended"])
        assertEvents("en", "Syria says it is willing to withdraw its troops from Lebanon.", [A.c("Syria", "syria", "SYR"), A.c("Lebanon", "lebanon", "LBN")],
                     ["0356 syria->lebanon intended"])
    }

    func testJointActs() {
        assertEvents("vi", "Nga và Mỹ hội đàm tại Geneva.", [rus, usa, A.place("Geneva", "geneva", "CHE")], ["046 russia->usa"])
        assertEvents("vi", "Nga đàm phán với Mỹ về Syria.", [rus, usa, A.c("Syria", "syria", "SYR")], ["046 russia->usa"])
        assertEvents("en", "Russia and the United States held talks in Geneva.", [russia, A.c("United States", "usa", "USA"), A.place("Geneva", "geneva", "CHE")],
                     ["046 russia->usa"])
        assertEvents("en", "Russia held talks with the United States on Syria.", [russia, A.c("United States", "usa", "USA"), A.c("Syria", "syria", "SYR")],
                     ["046 russia->usa"])
    }

    func testTopicsAreNotTargets() {
        assertEvents("vi", "Nga thảo luận với Thổ Nhĩ Kỳ về tình hình Syria.", [rus, A.c("Thổ Nhĩ Kỳ", "turkey", "TUR"), A.c("Syria", "syria", "SYR")],
                     ["040 russia->turkey"])
        assertEvents("en", "Russia criticised Turkey over Syria.", [russia, A.c("Turkey", "turkey", "TUR"), A.c("Syria", "syria", "SYR")], ["111 russia->turkey"])
    }

    func testResponsesTargetWhoeverActedBefore() {
        assertEvents("vi", "Phiến quân tấn công thành phố, tuy nhiên quân đội Syria đã đẩy lui các cuộc tấn công này.",
                     [A.armed("Phiến quân", "rebels", "SYRREB"), A.armed("quân đội Syria", "syr-mil", "SYRMIL")],
                     ["190 rebels->", "190 syr-mil->rebels"])
        assertEvents("en", "Rebels attacked the city but the army repelled these attacks.",
                     [A.armed("Rebels", "rebels", "SYRREB"), A.armed("army", "syr-mil", "SYRMIL")],
                     ["190 rebels->", "190 syr-mil->rebels"])
    }

    func testSubjectCarriesOverIntoCoordinatedClausesOnly() {
        assertEvents("vi", "Nga không kích Idlib, đồng thời pháo kích Hama.",
                     [rus, A.place("Idlib", "idlib", "SYR"), A.place("Hama", "hama", "SYR")], ["195 russia->idlib", "194 russia->hama"])
        assertEvents("en", "Government forces retook the village after fighting with rebels who had overrun it.",
                     [A.armed("Government forces", "gov-mil", "SYRMIL"), A.armed("rebels", "rebels", "SYRREB")],
                     ["192 gov-mil->", "192 rebels->"])  // the relative clause's doer is the noun it hangs on
    }

    func testAPassiveWithoutAgentLeavesTheDoerUnknown() {
        // The police report the bombing; they did not do it.
        assertEvents("en", "Three Iraqi civilians were killed in a car bombing in Baghdad, Iraqi police said.",
                     [A.people("Iraqi civilians", "irq-cvl", "IRQCVL"), A.place("Baghdad", "baghdad", "IRQ"), A.armed("Iraqi police", "irq-cop", "IRQCOP")],
                     ["1832 ->irq-cvl"])
        assertEvents("vi", "Cảnh sát Iraq cho biết ba dân thường đã bị sát hại tại Baghdad.",
                     [A.armed("Cảnh sát Iraq", "irq-cop", "IRQCOP"), A.people("dân thường", "irq-cvl", "IRQCVL"), A.place("Baghdad", "baghdad", "IRQ")],
                     ["1823 ->irq-cvl"])
        // Active reported acts without a subject are still the speaker's.
        assertEvents("vi", "Liên Hợp Quốc cho biết sẽ viện trợ cho Ukraine.", [A.org("Liên Hợp Quốc", "un", "IGOUNO"), ukr], ["033 un->ukraine intended"])
    }

    func testQuantitiesBeforeOfAndAtLeast() {
        // `At least` is no place, and `one third of X` has X as its subject.
        assertEvents("en", "At least three Iraqi civilians have been killed in a suicide car bombing.",
                     [A.people("Iraqi civilians", "irq-cvl", "IRQCVL")], ["1831 ->irq-cvl"])
        assertEvents("en", "One third of the Albanian guerrillas have been disarmed by the army.",
                     [A.armed("Albanian guerrillas", "alb-reb", "ALBREB"), A.armed("army", "mkd-mil", "MKDMIL")], ["0873 mkd-mil->alb-reb"])
        // A plain `of` still names an owner, not a subject.
        assertEvents("en", "The leader of the rebels was killed.", [A.armed("rebels", "rebels", "SYRREB")], [])
    }

    func testWhatAnOwnerActsThroughMakesTheOwnerTheSubject() {
        // `máy bay của X`, `các tay súng của X`: X acts; a plain owner still does not.
        let mmr = A.armed("quân đội Myanmar", "mmr-mil", "MMRMIL"), opp = A.org("Phe đối lập", "opposition", "MMROPP")
        assertEvents("vi", "Phe đối lập cho biết máy bay của quân đội Myanmar đã ném bom một ngôi làng.", [opp, mmr], ["195 mmr-mil->"])
        assertEvents("vi", "Các tay súng của nhóm Hamas đã bắn rocket vào Israel.",
                     [A.armed("nhóm Hamas", "hamas", "PSEREBHMS"), A.c("Israel", "israel", "ISR")], ["194 hamas->israel"])
        assertEvents("vi", "Tàu của Trung Quốc đã tấn công tàu cá Việt Nam.",
                     [A.c("Trung Quốc", "china", "CHN"), A.c("Việt Nam", "vietnam", "VNM")], ["190 china->vietnam"])
    }

    func testASecondVerbJoinedByAndIsAnActOfTheSameSubject() {
        let israel = A.armed("Israeli troops", "isr-mil", "ISRMIL"), pse = A.people("Palestinians", "pse", "PSECVL")
        assertEvents("en", "Israeli troops raided the camp and arrested 20 Palestinians.", [israel, pse],
                     ["190 isr-mil->pse", "173 isr-mil->pse"])
        // The object of the first verb is not the subject of the second.
        let rus = A.armed("Russian forces", "rus-mil", "RUSMIL"), ukr = A.c("Ukraine", "ukraine", "UKR")
        assertEvents("en", "Russian forces shelled Ukraine and seized two villages.", [rus, ukr], ["194 rus-mil->ukraine", "1711 rus-mil->"])
        assertEvents("vi", "Quân đội Israel đột kích trại tị nạn và bắt giữ 20 người Palestine.",
                     [A.armed("Quân đội Israel", "isr-mil", "ISRMIL"), A.people("người Palestine", "pse", "PSECVL")],
                     ["190 isr-mil->pse", "173 isr-mil->pse"])
        // One act told twice is one event (`parked armoured vehicles and stored ammunition`).
        assertEvents("en", "Russian forces parked armoured vehicles and stored ammunition inside the plant.",
                     [A.armed("Russian forces", "rus-mil", "RUSMIL")], ["154 rus-mil->"])
        // A governed act keeps its coordination inside (`urged X to withdraw and end …`).
        assertEvents("en", "The United States urged Russia to withdraw its troops and end the war.",
                     [A.c("United States", "usa", "USA"), A.c("Russia", "russia", "RUS")], ["0256 usa->russia appeal"])
    }

    func testWhatIsDoneNearAPlaceIsNotDoneToIt() {
        let kia = A.armed("Kachin Independence Army", "kia", "MMRREB")
        assertEvents("en", "The Kachin Independence Army captured a base near the Chinese border.", [kia, A.c("Chinese", "china", "CHN")], ["192 kia->"])
        assertEvents("vi", "Quân Độc lập Kachin đã chiếm một căn cứ gần biên giới Trung Quốc.",
                     [A.armed("Quân Độc lập Kachin", "kia", "MMRREB"), A.c("Trung Quốc", "china", "CHN")], ["192 kia->"])
        // A place the act is in is still its target.
        assertEvents("en", "Turkish authorities imposed a curfew in the town of Cizre.",
                     [A.org("Turkish authorities", "tur-gov", "TURGOV"), A.place("Cizre", "cizre", "TUR")], ["1723 tur-gov->cizre"])
        // `chiếm` a town, a base: seizing; a share (`chiếm 30%`) is not.
        assertEvents("vi", "Phiến quân đã chiếm thị trấn Ann.", [A.armed("Phiến quân", "rebels", "MMRREB"), A.place("Ann", "ann", "MMR")], ["192 rebels->ann"])
        assertEvents("vi", "Nga chiếm 30% thị phần dầu mỏ của châu Âu.", [rus], [])
    }

    func testAnAppositionDescribesTheSubjectItFollows() {
        let chn = A.c("Trung Quốc", "china", "CHN"), mmr = A.c("Myanmar", "myanmar", "MMR")
        assertEvents("vi", "Trung Quốc, nước láng giềng có ảnh hưởng lớn tới Myanmar, kêu gọi các bên kiềm chế.", [chn, mmr], ["020 china->"])
        assertEvents("en", "Egypt, the main mediator between Israel and Hamas, condemned the strike.",
                     [A.c("Egypt", "egypt", "EGY"), A.c("Israel", "israel", "ISR"), A.armed("Hamas", "hamas", "PSEREBHMS")], ["111 egypt->"])
        // A list is no apposition: its last member stays the nearest party.
        assertEvents("vi", "Nga, Iran và Thổ Nhĩ Kỳ nhất trí lập vùng giảm căng thẳng.",
                     [rus, A.c("Iran", "iran", "IRN"), A.c("Thổ Nhĩ Kỳ", "turkey", "TUR")], ["030 russia->iran+turkey"])
    }

    func testRelativeClauseDoerIsTheNounItHangsOn() {
        assertEvents("en", "Zelensky warned that any Russian soldier who fired at the plant would become a target.",
                     [A.person("Zelensky", "zelensky", "UKRGOV"), A.armed("Russian soldier", "rus-mil", "RUSMIL")],
                     ["194 rus-mil-> hypothetical"])
        assertEvents("en", "Police arrested the gunmen who attacked the market.",
                     [A.armed("Police", "police", "IRQCOP"), A.armed("gunmen", "gunmen", "IRQREB")],
                     ["173 police->gunmen", "190 gunmen->"])
        // A noun in the relative clause is not done by that noun (`people who fled the fighting`).
        assertEvents("en", "The Red Cross said a convoy had reached civilians who had fled the fighting.",
                     [A.org("Red Cross", "icrc", "NGOHLHIRC"), A.people("civilians", "cvl", "UKRCVL")], [])
    }

    func testOwnersInsideTimeAdjunctsAreNoParty() {
        let parties = [A.org("Kyiv", "ukr-gov", "UKRGOV"), A.person("Guterres", "guterres", "IGOUNO"), A.org("Moscow", "rus-gov", "RUSGOV")]
        assertEvents("en", "Kyiv was planning a provocation at the plant during Guterres's visit, in order to blame Moscow.",
                     parties, ["1383 ukr-gov-> intended"])
        // Outside an adjunct the owner still stands for the unnamed subject's country.
        XCTAssertEqual(code("en", "Cairo's security chief has warned that police will stop the rallies.", [A.org("Cairo", "egypt", "EGY")])
                        .events.first?.source, ["egypt"])
    }

    func testObjectsStopAtTheFirstComma() {
        assertEvents("vi", "Bộ Quốc phòng Nga cáo buộc Kiev đang chuẩn bị một hành động khiêu khích tại nhà máy, trùng với chuyến thăm Ukraine của ông Guterres.",
                     [A.org("Bộ Quốc phòng Nga", "rus-mod", "RUSMIL"), A.org("Kiev", "ukr-gov", "UKRGOV"), ukr, A.person("ông Guterres", "guterres", "IGOUNO")],
                     ["112 rus-mod->ukr-gov", "1383 ukr-gov-> intended"])
        assertEvents("en", "Russian forces shelled the town, killing two residents of Kharkiv.",
                     [A.armed("Russian forces", "rus-mil", "RUSMIL"), A.people("residents", "cvl", "UKRCVL")], ["194 rus-mil->"])
    }

    func testBeWithAGoverningVerbIsAStateNotAPassive() {
        assertEvents("en", "Minister Tran Xuan Gia said Vietnam is committed to opening up the economy.",
                     [A.person("Minister Tran Xuan Gia", "gia", "VNMGOV"), A.c("Vietnam", "vietnam", "VNM")], ["030 vietnam->"])
        assertEvents("en", "Serb forces were engaged in ethnic cleansing in Kosovo.",
                     [A.armed("Serb forces", "srb-mil", "SRBMIL"), A.place("Kosovo", "kosovo", "SRB")], ["203 srb-mil->"])
    }

    func testJointActWithADirectObject() {
        let erdogan = A.person("Erdogan", "erdogan", "TURGOV"), guterres = A.person("Guterres", "guterres", "IGOUNO")
        assertEvents("en", "Erdogan and Guterres met Zelenskiy in Lviv on Thursday.",
                     [erdogan, guterres, A.person("Zelenskiy", "zelensky", "UKRGOV"), A.place("Lviv", "lviv", "UKR")],
                     ["040 erdogan+guterres->zelensky"])
        assertEvents("vi", "Erdogan và Guterres gặp Zelensky tại Lviv.",
                     [erdogan, guterres, A.person("Zelensky", "zelensky", "UKRGOV"), A.place("Lviv", "lviv", "UKR")],
                     ["040 erdogan+guterres->zelensky"])
        // Without one, the act goes from the first party to the other, never to itself.
        assertEvents("en", "Israel and Lebanon renewed negotiations on a pullback from Lebanon.",
                     [A.c("Israel", "israel", "ISR"), A.c("Lebanon", "lebanon", "LBN"), A.c("Lebanon", "lebanon", "LBN", occurrence: 1)],
                     ["046 israel->lebanon"])
    }

    func testJointActOfAPairIsNoSelfLoop() {
        let vn = A.c("Việt Nam", "vietnam", "VNM"), jp = A.c("Nhật Bản", "japan", "JPN"), us = A.c("Mỹ", "usa", "USA")
        assertEvents("vi", "Việt Nam và Nhật Bản nhất trí tăng cường hợp tác quốc phòng.", [vn, jp], ["0312 vietnam->japan"])
        assertEvents("vi", "Việt Nam, Nhật Bản và Mỹ hội đàm tại Hà Nội.", [vn, jp, us, A.place("Hà Nội", "hanoi", "VNM")],
                     ["046 vietnam->japan+usa"])
        assertEvents("en", "India and Pakistan agreed to a ceasefire along the Line of Control.",
                     [A.c("India", "india", "IND"), A.c("Pakistan", "pakistan", "PAK")], ["0356 india->pakistan"])
        // A named partner still takes the act of both.
        assertEvents("en", "Ethiopia and Eritrea held talks with the African Union.",
                     [A.c("Ethiopia", "ethiopia", "ETH"), A.c("Eritrea", "eritrea", "ERI"), A.org("African Union", "au", "IGOAFRAU")],
                     ["046 eritrea+ethiopia->au"])
    }

    /// `X did Y, accusing him of …`: the participle's subject is the clause's, its pronoun
    /// object the last person (or party, for `them`) named before the comma.
    func testParticipleAfterACommaTakesTheMainSubject() {
        let katz = A.person("Israel Katz", "katz", "ISRGOV"), guterres = A.person("Guterres", "guterres", "IGOUNO")
        let got = code("en", "Israel Katz said he had barred Guterres from entering the country, accusing him of failing to condemn Iran's attack.",
                       [katz, guterres, A.c("Iran", "iran", "IRN")]).events.map(summary)
        XCTAssertTrue(got.contains("112 katz->guterres"), "\(got)")
        XCTAssertFalse(got.contains { $0.hasPrefix("112 guterres") }, "\(got)")
        assertEvents("en", "The army shelled rebel positions near Goma, accusing them of a massacre.",
                     [A.armed("The army", "fardc", "CODMIL"), A.armed("rebel", "m23", "CODREB"), A.place("Goma", "goma", "COD")],
                     ["194 fardc->m23", "112 fardc->m23", "202 m23->"])
        // An -ing word with its own subject after the comma is no participle of the main clause.
        assertEvents("en", "Russia shelled the town, and Ukraine is accusing Moscow of war crimes.",
                     [A.c("Russia", "russia", "RUS"), A.c("Ukraine", "ukraine", "UKR"), A.org("Moscow", "rus-gov", "RUSGOV")],
                     ["194 russia->", "112 ukraine->rus-gov"])
    }
}
