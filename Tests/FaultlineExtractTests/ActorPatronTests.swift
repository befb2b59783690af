import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Actors described by who installed, appointed or backs them (`ActorComposer+Patron`):
/// agents take the patron's country, proxies the territory's, both record the patron.
final class ActorPatronTests: XCTestCase {
    private func actor(_ r: ActorRecognition, _ id: String, file: StaticString = #filePath, line: UInt = #line) -> Actor? {
        let a = r.actor(id: id)
        XCTAssertNotNil(a, "no \(id) in\n" + ActorTestSupport.dump(r), file: file, line: line)
        return a
    }

    func testEnglishAgentsTakeThePatronsCountry() {
        let r = ActorTestSupport.recognize([
            "A Moscow-installed official in Enerhodar told TASS that two civilians were killed.",
            "The Moscow-installed official said houses were damaged.",
            "Russian-installed authorities in Kherson said the bridge was hit.",
            "Moscow-installed officials in the town had put the toll at two dead.",
            "The Kyiv-appointed governor said the city was shelled.",
        ], language: "en")
        let official = actor(r, "russian-installed-official")
        XCTAssertEqual(official?.code, "RUSGOV")
        XCTAssertEqual(official?.kind, .person)
        XCTAssertEqual(official?.affiliation, "RUS")
        XCTAssertEqual(official?.mentions, 2, "the second mention is the same official")
        let authorities = actor(r, "russian-installed-authorities")
        XCTAssertEqual(authorities?.code, "RUSGOV")
        XCTAssertEqual(authorities?.mentions, 2, "`officials` and `authorities` of one patron are one body")
        XCTAssertEqual(actor(r, "ukrainian-appointed-governor")?.code, "UKRGOV")
        XCTAssertNil(r.actor(id: "russian-government"), "installed officials are not Russia's government")
        XCTAssertTrue(r.ids(inSentence: 0).contains("enerhodar"), "the place stays a place")
    }

    func testEnglishProxiesKeepTheTerritoryAndRecordThePatron() {
        let r = ActorTestSupport.recognize([
            "Pro-Russian separatists shelled Mariupol overnight.",
            "Kremlin-backed separatists in Donetsk said three fighters died.",
            "An Iran-backed militia fired rockets at a base near Erbil.",
            "Militias backed by Iran attacked the convoy near Baghdad.",
            "Officials loyal to Moscow in Melitopol announced a curfew.",
            "Turkish-backed rebels entered Afrin.",
        ], language: "en")
        let pro = actor(r, "pro-russian-rebels")
        XCTAssertEqual(pro?.code, "UKRREB")
        XCTAssertEqual(pro?.affiliation, "RUS")
        XCTAssertEqual(actor(r, "russian-backed-rebels")?.code, "UKRREB", "Kremlin is Russia")
        let militia = actor(r, "iranian-backed-rebels")
        XCTAssertEqual(militia?.code, "IRQREB")
        XCTAssertEqual(militia?.affiliation, "IRN")
        XCTAssertEqual(militia?.mentions, 2, "`Iran-backed militia` and `militias backed by Iran` are one actor")
        XCTAssertEqual(actor(r, "pro-russian-authorities")?.code, "UKRGOV")
        XCTAssertEqual(actor(r, "turkish-backed-rebels")?.code, "SYRREB")
        XCTAssertEqual(actor(r, "turkish-backed-rebels")?.affiliation, "TUR")
    }

    func testEnglishPatronForms() {
        let r = ActorTestSupport.recognize([
            "The Western-backed government in Kabul condemned the attack.",
            "The Saudi-backed government of Yemen accused the rebels of breaking the truce.",
            "A UN-appointed envoy arrived in Sanaa.",
            "U.S. - backed forces pushed into the town.",
        ], language: "en", date: "2019-05-01")
        let kabul = actor(r, "western-backed-authorities")
        XCTAssertEqual(kabul?.code, "AFGGOV")
        XCTAssertEqual(kabul?.affiliation, "WST")
        XCTAssertEqual(actor(r, "saudi-backed-authorities")?.code, "YEMGOV", "`of Yemen` is the territory")
        XCTAssertEqual(actor(r, "united-nations-appointed-envoy")?.code, "IGOUNO", "an organisation's appointee takes its code")
        let split = actor(r, "american-backed-armed-forces")
        XCTAssertEqual(split?.affiliation, "USA")
        XCTAssertFalse(r.ids(inSentence: 3).contains("united-states"), "the patron is part of the mention\n" + ActorTestSupport.dump(r))
    }

    func testEnglishAppointeeNamedInApposition() {
        let r = ActorTestSupport.recognize([
            "The Russia-appointed governor of Kherson, Vladimir Saldo, said the region would hold a vote.",
        ], language: "en")
        let saldo = actor(r, "vladimir-saldo")
        XCTAssertEqual(saldo?.code, "RUSGOV")
        XCTAssertTrue(r.ids(inSentence: 0).contains("kherson"))
    }

    func testVietnameseAgents() {
        let r = ActorTestSupport.recognize([
            "TASS dẫn lời một quan chức thuộc chính quyền do Nga thiết lập tại Enerhodar cho biết hai dân thường thiệt mạng.",
            "Chính quyền do Nga thiết lập ở Kherson cho biết cây cầu bị trúng tên lửa.",
            "Quan chức do Nga bổ nhiệm ở Melitopol thông báo lệnh giới nghiêm.",
            "Thống đốc do Nga bổ nhiệm ở Kherson Vladimir Saldo tuyên bố sơ tán dân thường.",
            "Chính quyền do Moskva dựng lên tại Donetsk tuyên bố tổng động viên.",
        ], language: "vi")
        let official = actor(r, "russian-installed-official")
        XCTAssertEqual(official?.code, "RUSGOV", "one official of the installed authorities")
        XCTAssertEqual(official?.kind, .person)
        XCTAssertEqual(actor(r, "russian-installed-authorities")?.mentions, 2, "`do Nga thiết lập` and `do Moskva dựng lên`")
        XCTAssertEqual(actor(r, "russian-appointed-authorities")?.code, "RUSGOV")
        XCTAssertEqual(actor(r, "vladimir-saldo")?.code, "RUSGOV")
        XCTAssertFalse(r.ids(inSentence: 0).contains("russia"), "the patron is part of the mention")
        XCTAssertTrue(r.ids(inSentence: 0).contains("enerhodar"))
    }

    func testVietnameseProxies() {
        let r = ActorTestSupport.recognize([
            "Con số này thấp hơn số liệu mà chính quyền thân Nga tại Enerhodar đưa ra.",
            "Phe ly khai được Nga hậu thuẫn đã pháo kích thành phố Mariupol.",
            "Lực lượng thân Iran đã bắn rocket vào một căn cứ gần Erbil.",
            "Các nhóm vũ trang được Iran hậu thuẫn tấn công đoàn xe gần Baghdad.",
            "Phiến quân do Thổ Nhĩ Kỳ hậu thuẫn tiến vào Afrin.",
            "Chính phủ Yemen được Ả Rập Xê Út hậu thuẫn cáo buộc phiến quân Houthi vi phạm lệnh ngừng bắn.",
        ], language: "vi")
        XCTAssertEqual(actor(r, "pro-russian-authorities")?.code, "UKRGOV")
        XCTAssertEqual(actor(r, "pro-russian-authorities")?.affiliation, "RUS")
        XCTAssertEqual(actor(r, "russian-backed-rebels")?.code, "UKRREB")
        XCTAssertEqual(actor(r, "pro-iranian-armed-forces")?.code, "IRQMIL", "`lực lượng` is a role only with a patron")
        XCTAssertEqual(actor(r, "iranian-backed-rebels")?.affiliation, "IRN")
        XCTAssertEqual(actor(r, "turkish-backed-rebels")?.code, "SYRREB")
        XCTAssertEqual(actor(r, "saudi-backed-authorities")?.code, "YEMGOV")
        XCTAssertEqual(r.actor(id: "houthis")?.code, "YEMREB")
    }

    func testSameActorAcrossLanguages() {
        let en = ActorTestSupport.recognize(["Kremlin-backed separatists shelled Mariupol."], language: "en")
        let vi = ActorTestSupport.recognize(["Phe ly khai được Điện Kremlin hậu thuẫn pháo kích Mariupol."], language: "vi")
        XCTAssertEqual(en.actors.first { $0.affiliation != nil }?.id, "russian-backed-rebels", ActorTestSupport.dump(en))
        XCTAssertEqual(vi.actors.first { $0.affiliation != nil }?.id, "russian-backed-rebels", ActorTestSupport.dump(vi))
    }

    func testNoPatronWithoutAPatronPhrase() {
        let vi = ActorTestSupport.recognize([
            "Người dân được Nga hỗ trợ lương thực.",
            "Lực lượng cứu hộ đã có mặt.",
            "Dân quân thân chính phủ tuần tra thành phố.",
            "Ông ấy có thân hình nhỏ bé.",
        ], language: "vi")
        XCTAssertTrue(vi.actors.allSatisfy { $0.affiliation == nil }, ActorTestSupport.dump(vi))
        let en = ActorTestSupport.recognize([
            "The Saudi-led coalition struck Sanaa.",
            "Officials in Kyiv said the talks failed.",
            "A pro-government rally was held.",
        ], language: "en")
        XCTAssertTrue(en.actors.allSatisfy { $0.affiliation == nil }, ActorTestSupport.dump(en))
        XCTAssertNotNil(en.actor(id: "saudi-arabia"), "`-led` keeps its own rule")
    }
}
