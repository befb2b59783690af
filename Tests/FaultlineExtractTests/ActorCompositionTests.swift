import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Role + country (+ name) composition, Vietnamese and English.
final class ActorCompositionTests: XCTestCase {
    func check(_ text: String, _ lang: String, _ id: String, kind: ActorKind, code: String?,
               file: StaticString = #filePath, line: UInt = #line) {
        let r = ActorTestSupport.recognize(text, language: lang)
        guard let a = r.actor(id: id) else {
            XCTFail("no \(id) in: \(text)\n\(ActorTestSupport.dump(r))", file: file, line: line); return
        }
        XCTAssertEqual(a.kind, kind, "\(id) in: \(text)", file: file, line: line)
        XCTAssertEqual(a.code, code, "\(id) in: \(text)", file: file, line: line)
    }

    // MARK: Vietnamese

    func testViRoleCountryNameIsAPersonWithTheRoleCode() {
        check("Ngoại trưởng Pháp Jean-Marc Ayrault nhấn mạnh tình hình rất nghiêm trọng.", "vi", "jean-marc-ayrault", kind: .person, code: "FRAGOV")
        check("Tổng thống Syria Bashar al-Assad khẳng định điều đó.", "vi", "bashar-al-assad", kind: .person, code: "SYRGOV")
        check("Bộ trưởng Quốc phòng Mỹ Ashton Carter tới thăm Iraq.", "vi", "ashton-carter", kind: .person, code: "USAGOV")
        check("Tướng Nga Valery Gerasimov đã tới Damascus.", "vi", "valery-gerasimov", kind: .person, code: "RUSMIL")
        check("Người phát ngôn Bộ Ngoại giao Mỹ Mark Toner cho biết như vậy.", "vi", "mark-toner", kind: .person, code: "USAGOV")
    }

    func testViMinistryAndCountryIsAnOrganization() {
        check("Bộ Ngoại giao Nga ra thông báo cho biết.", "vi", "russian-foreign-ministry", kind: .organization, code: "RUSGOV")
        check("Theo Bộ Quốc phòng Nga, các cuộc không kích vẫn tiếp diễn.", "vi", "russian-defence-ministry", kind: .organization, code: "RUSMIL")
        check("Chính phủ Thổ Nhĩ Kỳ phản đối kế hoạch này.", "vi", "turkish-government", kind: .organization, code: "TURGOV")
    }

    func testViGovernmentForcesAreOneActor() {
        let r = ActorTestSupport.recognize([
            "Lực lượng ủng hộ Chính phủ Syria tuần tra trên đường phố.",
            "Quân đội chính phủ Syria đã đẩy lui các cuộc tấn công.",
            "Lực lượng chính phủ Syria tiến vào thành phố.",
            "Quân đội Syria giành lại quyền kiểm soát.",
        ], language: "vi")
        let ids = Set(r.mentions.map(\.actor))
        XCTAssertEqual(ids, ["syrian-armed-forces"], ActorTestSupport.dump(r))
        XCTAssertEqual(r.code("syrian-armed-forces"), "SYRMIL")
        XCTAssertEqual(r.actor(id: "syrian-armed-forces")?.kind, .armedGroup)
    }

    func testViRebelsTakeTheCountryOfAPlaceOrTheDocument() {
        let r = ActorTestSupport.recognize("Lực lượng đối lập ở Aleppo đã nối lại các cuộc tấn công.", language: "vi")
        XCTAssertEqual(r.code("syrian-rebels"), "SYRREB", ActorTestSupport.dump(r))
        XCTAssertEqual(r.mentions.first { $0.actor == "syrian-rebels" }?.rule, "compose.role+place")
        // No place in the sentence: the document's conflict country (places first).
        let doc = ActorTestSupport.recognize([
            "Giao tranh ác liệt tiếp diễn ở Idlib và Homs.",
            "Các tay súng chống đối rút khỏi khu vực.",
            "Phiến quân tuyên bố sẽ không đầu hàng.",
        ], language: "vi")
        XCTAssertEqual(doc.code("syrian-rebels"), "SYRREB", ActorTestSupport.dump(doc))
        XCTAssertEqual(doc.actor(id: "syrian-rebels")?.mentions, 2)
        // Ukraine war copy: the same words give Ukrainian rebels.
        let ukr = ActorTestSupport.recognize(["Phiến quân ở Donetsk pháo kích dữ dội."], language: "vi")
        XCTAssertEqual(ukr.code("ukrainian-rebels"), "UKRREB", ActorTestSupport.dump(ukr))
    }

    func testViCiviliansArePopulation() {
        let r = ActorTestSupport.recognize("Dân thường tại Mosul đang thiếu lương thực.", language: "vi")
        XCTAssertEqual(r.code("iraqi-civilians"), "IRQCVL", ActorTestSupport.dump(r))
        XCTAssertEqual(r.actor(id: "iraqi-civilians")?.kind, .population)
        let r2 = ActorTestSupport.recognize("Người dân Syria tiếp tục chạy khỏi nhà.", language: "vi")
        XCTAssertEqual(r2.code("syrian-civilians"), "SYRCVL")
    }

    func testViTitleBeforeAnOrganizationTakesItsCode() {
        check("Tổng thư ký Liên hợp quốc Antonio Guterres kêu gọi ngừng bắn.", "vi", "antonio-guterres", kind: .person, code: "IGOUNO")
    }

    func testViUnknownNameAfterRoleIsAPerson() {
        let r = ActorTestSupport.recognize("Tư lệnh Hải quân Iran Habibollah Sayyari tuyên bố.", language: "vi")
        XCTAssertEqual(r.actor(id: "habibollah-sayyari")?.kind, .person, ActorTestSupport.dump(r))
        XCTAssertEqual(r.actor(id: "habibollah-sayyari")?.country, "IRN")
    }

    // MARK: English

    func testEnAdjectiveRoleNameIsAPerson() {
        check("Russian Foreign Minister Sergei Lavrov said on Tuesday talks would continue.", "en", "sergei-lavrov", kind: .person, code: "RUSGOV")
        check("U.S. Secretary of State John Kerry arrived in Geneva.", "en", "john-kerry", kind: .person, code: "USAGOV")
        check("British Defence Secretary Michael Fallon visited the base.", "en", "michael-fallon", kind: .person, code: "GBRGOV")
        check("Syrian President Bashar al-Assad said the army would retake the city.", "en", "bashar-al-assad", kind: .person, code: "SYRGOV")
    }

    func testEnPossessiveAndOfForms() {
        check("Turkey's foreign minister said the ceasefire was holding.", "en", "turkish-foreign-minister", kind: .person, code: "TURGOV")
        check("Lebanon's new President Michel Aoun met the delegation.", "en", "michel-aoun", kind: .person, code: "LBNGOV")
        check("King Abdullah of Jordan received the envoy.", "en", "abdullah", kind: .person, code: "JORGOV")
        check("The foreign minister of Iran rejected the proposal.", "en", "iranian-foreign-minister", kind: .person, code: "IRNGOV")
    }

    func testEnCollectives() {
        check("Syrian government forces pushed into the eastern districts.", "en", "syrian-armed-forces", kind: .armedGroup, code: "SYRMIL")
        check("The Russian Defence Ministry said its jets hit targets.", "en", "russian-defence-ministry", kind: .organization, code: "RUSMIL")
        check("Ukrainian troops withdrew from the town.", "en", "ukrainian-armed-forces", kind: .armedGroup, code: "UKRMIL")
        check("Israeli police arrested two men.", "en", "israeli-police", kind: .armedGroup, code: "ISRCOP")
        let r = ActorTestSupport.recognize("Rebels in Aleppo rejected the deal.", language: "en")
        XCTAssertEqual(r.code("syrian-rebels"), "SYRREB", ActorTestSupport.dump(r))
    }

    func testEnCoordinatedAdjectivesShareTheRole() {
        let r = ActorTestSupport.recognize("Senior Hungarian and Romanian officials agreed on Wednesday.", language: "en")
        XCTAssertEqual(r.code("hungarian-government"), "HUNGOV", ActorTestSupport.dump(r))
        XCTAssertEqual(r.code("romanian-government"), "ROUGOV", ActorTestSupport.dump(r))
        // A country noun does not share the role of a following adjective.
        let r2 = ActorTestSupport.recognize("He mediated between Syria and Palestinian leader Yasser Arafat.", language: "en")
        XCTAssertEqual(r2.actor(id: "syria")?.kind, .country, ActorTestSupport.dump(r2))
        XCTAssertEqual(r2.code("yasser-arafat"), "PSEGOV")
    }

    func testCapitalsAreGovernmentsUnlessTheyArePlaces() {
        let r = ActorTestSupport.recognize("Moscow rejected the accusation, while talks were held in Ankara.", language: "en")
        XCTAssertEqual(r.code("russian-government"), "RUSGOV", ActorTestSupport.dump(r))
        XCTAssertEqual(r.actor(id: "ankara")?.kind, .location)
        XCTAssertEqual(r.actor(id: "ankara")?.country, "TUR")
        let v = ActorTestSupport.recognize("Moskva bác bỏ cáo buộc, trong khi cuộc đàm phán diễn ra tại Ankara.", language: "vi")
        XCTAssertEqual(v.code("russian-government"), "RUSGOV", ActorTestSupport.dump(v))
        XCTAssertEqual(v.actor(id: "ankara")?.kind, .location)
    }

    func testSameActorIdAcrossLanguages() {
        let vi = ActorTestSupport.recognize("Bộ Ngoại giao Nga và Liên hợp quốc đã thảo luận với Thổ Nhĩ Kỳ.", language: "vi")
        let en = ActorTestSupport.recognize("The Russian Foreign Ministry and the United Nations held talks with Turkey.", language: "en")
        let ids: Set<String> = ["russian-foreign-ministry", "united-nations", "turkey"]
        XCTAssertTrue(ids.isSubset(of: Set(vi.actors.map(\.id))), ActorTestSupport.dump(vi))
        XCTAssertTrue(ids.isSubset(of: Set(en.actors.map(\.id))), ActorTestSupport.dump(en))
    }

    func testUnknownCapitalisedNamesAreKeptAsUnknown() {
        let r = ActorTestSupport.recognize("Officials from Pan Am met the investigators on Monday.", language: "en")
        XCTAssertEqual(r.actor(id: "pan-am")?.kind, .unknown, ActorTestSupport.dump(r))
        // Sentence-initial ordinary words and single capitalised words are not actors.
        let v = ActorTestSupport.recognize("Trong khi đó, Hội nghị sẽ diễn ra vào tuần sau.", language: "vi")
        XCTAssertTrue(v.actors.allSatisfy { $0.kind != .unknown }, ActorTestSupport.dump(v))
    }

    func testOrganisationFollowedByAGroupNoun() {
        check("Houthi rebels fired a missile at Saudi Arabia.", "en", "houthis", kind: .armedGroup, code: "YEMREB")
        check("Islamic State fighters attacked Palmyra.", "en", "islamic-state", kind: .armedGroup, code: "IMGMUSISI")
        check("UN peacekeepers left the town.", "en", "united-nations-peacekeepers", kind: .armedGroup, code: "IGOUNOMIL")
        check("Phiến quân IS đã tấn công Palmyra.", "vi", "islamic-state", kind: .armedGroup, code: "IMGMUSISI")
        check("Theo hãng thông tấn TASS, cuộc gặp sẽ diễn ra.", "vi", "tass", kind: .media, code: "RUSMED")
    }

    func testTitlesOfOrganisationsAndPostings() {
        check("A spokesman for the Pentagon declined to comment.", "en", "pentagon-spokesperson", kind: .person, code: "USAMIL")
        check("Người phát ngôn Lầu Năm Góc Jeff Davis nói.", "vi", "jeff-davis", kind: .person, code: "USAMIL")
        check("Đại sứ Mỹ tại Liên hợp quốc Samantha Power chỉ trích Nga.", "vi", "samantha-power", kind: .person, code: "USAGOV")
        check("UN Secretary-General Ban Ki-moon called for a ceasefire.", "en", "ban-ki-moon", kind: .person, code: "IGOUNO")
    }

    func testCitiesNamingMeetingsArePlaces() {
        let v = ActorTestSupport.recognize("Ukraine cáo buộc phe ly khai vi phạm thỏa thuận Minsk.", language: "vi")
        XCTAssertEqual(v.actor(id: "minsk")?.kind, .location, ActorTestSupport.dump(v))
        XCTAssertNil(v.actor(id: "belarusian-government"))
        // The sentence names one country: the separatists are Ukrainian.
        XCTAssertEqual(v.code("ukrainian-rebels"), "UKRREB", ActorTestSupport.dump(v))
        let e = ActorTestSupport.recognize("The Minsk agreement was signed, and Geneva talks resumed.", language: "en")
        XCTAssertEqual(e.actor(id: "minsk")?.kind, .location, ActorTestSupport.dump(e))
        XCTAssertEqual(e.actor(id: "geneva")?.kind, .location)
    }

    func testPersonsWithATitleTakeTheOnlyCountryOfTheDocument() {
        let r = ActorTestSupport.recognize("President Omar al-Bashir lifted the curfew in Sudan.", language: "en")
        XCTAssertEqual(r.code("omar-al-bashir"), "SDNGOV", ActorTestSupport.dump(r))
        // Two countries: no guess.
        let two = ActorTestSupport.recognize("President Omar al-Bashir met envoys from Chad and Egypt.", language: "en")
        XCTAssertNil(two.code("omar-al-bashir"), ActorTestSupport.dump(two))
    }

    func testPlacesLocateGroupsInBothWordOrders() {
        check("Darfur rebels attacked the convoy.", "en", "sudanese-rebels", kind: .armedGroup, code: "SDNREB")
        check("Phiến quân Donetsk pháo kích dữ dội.", "vi", "ukrainian-rebels", kind: .armedGroup, code: "UKRREB")
        let r = ActorTestSupport.recognize("Donetsk separatists rejected the plan.", language: "en")
        XCTAssertEqual(r.actor(id: "donetsk")?.kind, .location, ActorTestSupport.dump(r))
        XCTAssertEqual(r.code("ukrainian-rebels"), "UKRREB")
    }

    func testCoordinatedCountriesShareAGroupNoun() {
        let r = ActorTestSupport.recognize("US and British forces must ensure security.", language: "en")
        XCTAssertEqual(r.code("american-armed-forces"), "USAMIL", ActorTestSupport.dump(r))
        XCTAssertEqual(r.code("british-armed-forces"), "GBRMIL", ActorTestSupport.dump(r))
    }

    func testFormerOfficeHoldersAreElites() {
        check("Former President Carlos Menem was questioned.", "en", "carlos-menem", kind: .person, code: nil)
        check("Cựu Tổng thống Mỹ Barack Obama phát biểu tại hội nghị.", "vi", "barack-obama", kind: .person, code: "USAELI")
        check("Ousted Egyptian President Mohamed Morsi was sentenced.", "en", "mohamed-morsi", kind: .person, code: "EGYELI")
    }

    func testOfficialsOfAnInstitutionAreTheInstitution() {
        check("Russian Defence Ministry officials said the drills were over.", "en", "russian-defence-ministry", kind: .organization, code: "RUSMIL")
        check("Các quan chức Bộ Ngoại giao Nga cho biết như vậy.", "vi", "russian-foreign-ministry", kind: .organization, code: "RUSGOV")
        check("Cơ quan tình báo quân đội Ukraine phủ nhận cáo buộc này.", "vi", "ukrainian-military-intelligence", kind: .organization, code: "UKRSPY")
        check("Ukraine's military intelligence denied the report.", "en", "ukrainian-military-intelligence", kind: .organization, code: "UKRSPY")
    }
}
