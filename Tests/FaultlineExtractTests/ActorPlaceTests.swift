import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Places: regions only after a place preposition, place nouns, unknown names after `in`/
/// `tại`, the country a text puts a place in.
final class ActorPlaceTests: XCTestCase {
    func testRegionsArePlacesOnlyAfterAPlacePreposition() {
        let en = ActorTestSupport.recognize([
            "Shells hit the town by Europe's largest nuclear plant.",
            "The Black Sea grain deal was signed in July.",
            "Gas prices rose across Europe.",
            "Ships were attacked in the Black Sea.",
            "He pointed to the Black Sea grain deal as proof.",
        ], language: "en")
        XCTAssertEqual(en.mentions.filter { $0.actor == "europe" }.map(\.sentence), [2], ActorTestSupport.dump(en))
        XCTAssertEqual(en.mentions.filter { $0.actor == "black-sea" }.map(\.sentence), [3])
        let vi = ActorTestSupport.recognize([
            "Zaporizhzhia là nhà máy điện hạt nhân lớn nhất châu Âu.",
            "Giá khí đốt tăng mạnh ở châu Âu.",
            "Tàu chở ngũ cốc đi theo thỏa thuận Biển Đen.",
        ], language: "vi")
        XCTAssertEqual(vi.mentions.filter { $0.actor == "europe" }.map(\.sentence), [1], ActorTestSupport.dump(vi))
        XCTAssertNil(vi.actor(id: "black-sea"))
        XCTAssertNil(vi.actor(id: "bien-den"))
    }

    func testNamesAfterPlaceNounsArePlaces() {
        let en = ActorTestSupport.recognize([
            "Shells hit the town of Novoselivka on Sunday.",
            "The governor of the Sumska region spoke.",
            "Rockets hit the village of Marhanets and the Kherson region.",
        ], language: "en")
        XCTAssertEqual(en.actor(id: "novoselivka")?.kind, .location, ActorTestSupport.dump(en))
        XCTAssertEqual(en.actor(id: "marhanets")?.kind, .location)
        XCTAssertEqual(en.actor(id: "sumska")?.kind, .location)
        let vi = ActorTestSupport.recognize([
            "Một kho đạn gần làng Maiskoye ở bán đảo Crimea phát nổ.",
            "Thành phố Marhanets bị pháo kích.",
            "Tàu chiến tuần tra trên Biển Aral.",
        ], language: "vi")
        XCTAssertEqual(vi.actor(id: "maiskoye")?.kind, .location, ActorTestSupport.dump(vi))
        XCTAssertEqual(vi.actor(id: "maiskoye")?.country, "UKR", "the text puts it in Crimea")
        XCTAssertEqual(vi.actor(id: "marhanets")?.kind, .location)
        XCTAssertEqual(vi.actor(id: "bien-aral")?.kind, .location, "a capitalised feature noun is part of the name")
    }

    func testUnknownNamesAfterStaticPlacePrepositionsArePlaces() {
        let en = ActorTestSupport.recognize([
            "Police in Atlanta arrested two men.",
            "A curfew was imposed in Cizre in southeastern Turkey.",
            "Swiss doctors handed medicine to the Red Crescent in Bam, Iran.",
            "The plant was shelled again, according to Ukrenergo.",
        ], language: "en")
        XCTAssertEqual(en.actor(id: "atlanta")?.kind, .location, ActorTestSupport.dump(en))
        XCTAssertEqual(en.actor(id: "cizre")?.country, "TUR")
        XCTAssertEqual(en.actor(id: "bam")?.country, "IRN")
        XCTAssertNotEqual(en.actor(id: "ukrenergo")?.kind, .location, "`according to` names a source, not a place")
        let vi = ActorTestSupport.recognize(["Hai bên gặp nhau tại Jeddah."], language: "vi")
        XCTAssertEqual(vi.actor(id: "jeddah")?.kind, .location, ActorTestSupport.dump(vi))
    }

    func testTheMayorOfAPlaceIsOfItsCountry() {
        let vi = ActorTestSupport.recognize([
            "Thị trưởng Enerhodar cho biết một người thiệt mạng.",
            "Thống đốc tỉnh Dnipropetrovsk Valentyn Reznichenko nói chưa ghi nhận thương vong.",
        ], language: "vi", date: "2022-08-15")
        XCTAssertEqual(vi.code("mayor-of-enerhodar"), "UKRGOV", ActorTestSupport.dump(vi))
        XCTAssertEqual(vi.actor(id: "enerhodar")?.kind, .location)
        XCTAssertEqual(vi.code("valentyn-reznichenko"), "UKRGOV")
        let en = ActorTestSupport.recognize(
            "The next day, the governor of Ukraine's Dnipropetrovsk region, Valentyn Reznichenko, said rockets hit Nikopol.",
            language: "en")
        XCTAssertEqual(en.code("valentyn-reznichenko"), "UKRGOV", ActorTestSupport.dump(en))
    }

    func testGroupsAreOfThePlaceTheyAreInNotOfACountryTheyFace() {
        let en = ActorTestSupport.recognize("Last year, Russia massed tens of thousands of troops near Ukraine's border.", language: "en")
        XCTAssertNil(en.actor(id: "ukrainian-armed-forces"), ActorTestSupport.dump(en))
        let g = ActorTestSupport.recognize("Security forces in Guinea fired tear gas.", language: "en")
        XCTAssertEqual(g.code("guinean-security-forces"), "GINCOP", ActorTestSupport.dump(g))
        // Civilians and protesters are of the place they are in.
        let p = ActorTestSupport.recognize("Hundreds of protesters marched outside the Russian embassy in Vilnius.", language: "en")
        XCTAssertEqual(p.actors.first { $0.kind == .group }?.code, "LTUOPP", ActorTestSupport.dump(p))
        let c = ActorTestSupport.recognize(["Hãng TASS dẫn lời quan chức do Nga thiết lập tại Enerhodar cho biết hai dân thường thiệt mạng."], language: "vi")
        XCTAssertEqual(c.code("ukrainian-civilians"), "UKRCVL", ActorTestSupport.dump(c))
        // A person's nationality does not place the group they speak of.
        let a = ActorTestSupport.recognize(["Ngoại trưởng Pháp Jean-Marc Ayrault nói các tay súng chống đối phải rời khỏi Aleppo."],
                                           language: "vi", date: "2016-12-14")
        XCTAssertEqual(a.code("syrian-rebels"), "SYRREB", ActorTestSupport.dump(a))
    }
}
