import XCTest
import FaultlineModel
import FaultlineText
@testable import FaultlineExtract

/// `SentenceContext.precedingClasses` answers in one walk what `precededBy` answers per class.
final class SentenceContextPrecedingClassesTests: XCTestCase {
    private func contexts() -> [SentenceContext] {
        let en = codingInput("Talks with Russia in Moscow about the ceasefire were held by Turkey, the ministry of Ukraine said.",
                             [A.c("Russia", "rus", "RUS"), A.place("Moscow", "moscow", "RUS"), A.c("Turkey", "tur", "TUR"),
                              A.c("Ukraine", "ukr", "UKR")])
        let vi = codingInput("Quân đội Ukraine đã tấn công cùng với Nga tại Moskva vì Thổ Nhĩ Kỳ.",
                             [A.c("Ukraine", "ukr", "UKR"), A.c("Nga", "rus", "RUS"), A.place("Moskva", "moscow", "RUS"),
                              A.c("Thổ Nhĩ Kỳ", "tur", "TUR")])
        return [SentenceContext(en, markers: TestLexicons.en.markers), SentenceContext(vi, markers: TestLexicons.vi.markers)]
    }

    func testOneWalkAgreesWithOneWalkPerClass() {
        let windows: [(MarkerLexicon.Class, Int)] = [(.agent, 2), (.possessive, 2), (.comitative, 2), (.beneficiary, 2),
                                                     (.locative, 4), (.topic, 5)]
        var sawSome = false
        for ctx in contexts() {
            for start in 0...ctx.tokens.count {
                let found = ctx.precedingClasses(start: start, asked: EventCoder.groupInfoAsked)
                for (c, w) in windows {
                    XCTAssertEqual(found.contains(c), ctx.precededBy(c, start: start, window: w), "\(c) before \(start)")
                    if found.contains(c) { sawSome = true }
                }
                let anyPreposition = EventCoder.prepositionClasses.members.contains { ctx.precededBy($0, start: start, window: 2) }
                XCTAssertEqual(!ctx.precedingClasses(start: start, asked: EventCoder.prepositionsWithinTwo).isEmpty, anyPreposition)
            }
        }
        XCTAssertTrue(sawSome, "the sentences hold markers before names")
    }

    func testClassesNotAskedAtAStepAreNotFound() {
        let ctx = contexts()[0]
        // `with Russia`: the comitative stands right before the name, but asking only `topic` finds nothing.
        let russia = ctx.tokens.firstIndex { $0.text == "Russia" }!
        XCTAssertTrue(ctx.precedingClasses(start: russia, asked: EventCoder.groupInfoAsked).contains(.comitative))
        XCTAssertTrue(ctx.precedingClasses(start: russia, asked: [MarkerSet([.topic])]).isEmpty)
        XCTAssertTrue(ctx.precedingClasses(start: russia, asked: []).isEmpty)
    }

    func testIntersectionKeepsSharedClasses() {
        let a = MarkerSet([.agent, .topic, .locative]), b = MarkerSet([.topic, .joiner, .locative])
        XCTAssertEqual(a.intersection(b), MarkerSet([.topic, .locative]))
        XCTAssertTrue(a.intersection(MarkerSet()).isEmpty)
    }
}
