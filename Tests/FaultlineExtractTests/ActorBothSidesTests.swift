import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// `hai bên` / `both sides` / `the two sides`: the warring countries in sentences of fighting
/// or mutual blame, the two people who met otherwise; never a pair holding the sentence's
/// own speaker.
final class ActorBothSidesTests: XCTestCase {
    private func both(_ r: ActorRecognition, sentence: Int) -> Set<String> {
        Set(r.mentions.filter { $0.sentence == sentence && $0.rule == "ref.both" }.map(\.actor))
    }

    func testVietnameseFightingMeansTheWarringPair() {
        let r = ActorTestSupport.recognize([
            "Ngày 18/8, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan và Tổng Thư ký Liên Hợp Quốc Antonio Guterres đã gặp Tổng thống Ukraine Volodymyr Zelensky tại Lviv.",
            "Hai bên vẫn cáo buộc lẫn nhau về các vụ pháo kích gần nhà máy.",
            "Bộ Quốc phòng Nga cáo buộc Kiev chuẩn bị một hành động khiêu khích tại nhà máy.",
        ], language: "vi")
        XCTAssertEqual(both(r, sentence: 1), ["russia", "ukraine"], "the pair is named only later\n" + ActorTestSupport.dump(r))
    }

    func testVietnameseSpeakerIsNotOneOfTheSides() {
        let r = ActorTestSupport.recognize([
            "Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan và Tổng Thư ký Liên Hợp Quốc Antonio Guterres gặp Tổng thống Ukraine Volodymyr Zelensky.",
            "Theo ông Erdogan, thỏa thuận ngũ cốc cho thấy hai bên vẫn có thể hợp tác.",
            "Nga và Ukraine đã nhiều lần đổ lỗi cho nhau về các vụ pháo kích.",
        ], language: "vi")
        XCTAssertEqual(both(r, sentence: 1), ["russia", "ukraine"], ActorTestSupport.dump(r))
    }

    func testVietnameseMeetingMeansThePersons() {
        let r = ActorTestSupport.recognize([
            "Tổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron.",
            "Hai bên nhất trí tiếp tục trao đổi trong những ngày tới.",
            "Nga và Ukraine cáo buộc nhau pháo kích nhà máy.",
        ], language: "vi", date: "2022-08-19")
        XCTAssertEqual(both(r, sentence: 1), ["vladimir-putin", "emmanuel-macron"], ActorTestSupport.dump(r))
    }

    func testEnglishBothReadings() {
        let r = ActorTestSupport.recognize([
            "Russia and Ukraine accused each other of shelling the plant.",
            "Turkish President Tayyip Erdogan and U.N. Secretary-General Antonio Guterres met Ukrainian President Volodymyr Zelenskiy in Lviv.",
            "Both sides have blamed each other for the shelling.",
            "Putin and Macron spoke by phone on Friday.",
            "The two sides agreed to keep in touch.",
            "Grossi urged both sides to halt the fighting around the plant.",
        ], language: "en", date: "2022-08-19")
        XCTAssertEqual(both(r, sentence: 2), ["russia", "ukraine"], ActorTestSupport.dump(r))
        XCTAssertEqual(both(r, sentence: 4), ["vladimir-putin", "emmanuel-macron"])
        XCTAssertEqual(both(r, sentence: 5), ["russia", "ukraine"], "fighting: the warring pair, not the two leaders")
    }

    func testWithoutAWarringPairTheOldReadingStays() {
        let r = ActorTestSupport.recognize([
            "Ngoại trưởng Nga Sergei Lavrov hội đàm với người đồng cấp Thổ Nhĩ Kỳ Mevlut Cavusoglu.",
            "Hai bên thảo luận về tình hình Syria.",
        ], language: "vi", date: "2016-12-14")
        XCTAssertEqual(both(r, sentence: 1), ["sergei-lavrov", "mevlut-cavusoglu"], ActorTestSupport.dump(r))
    }
}
