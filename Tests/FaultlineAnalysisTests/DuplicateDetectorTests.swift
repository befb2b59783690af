import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

final class DuplicateDetectorTests: XCTestCase {
    static let story = [
        "Fighting flared again on the outskirts of the besieged city on Tuesday as both sides traded artillery fire.",
        "Residents said shells fell near the central market shortly after dawn, sending crowds running for cover.",
        "Hospital staff reported that dozens of wounded people had arrived within hours of the first explosions.",
        "The army said it had pushed back an attempt by opposition fighters to cut the main road to the airport.",
        "Opposition commanders said they still controlled several villages to the south and east of the city.",
        "Aid groups warned that fuel and medicine were running short and called for a pause in the fighting.",
        "Diplomats said talks on a local truce could resume later in the week if the shelling stopped.",
        "Prices of bread and water have tripled since the start of the month, according to local traders.",
    ]

    func part(_ id: String, _ sentences: [String], published: String? = nil, extra: [(String, SentenceRole)] = []) -> DocumentAnalysis {
        var d = DocBuilder(id, published: published)
        for s in sentences { d.sentence(s) }
        for (s, role) in extra { d.sentence(s, role: role) }
        return d.build()
    }

    func detect(_ parts: [DocumentAnalysis], _ options: AnalysisOptions = .default) -> [String: String] {
        let sorted = PartOrdering.canonical(parts)
        let dup = DuplicateDetector.detect(sorted, options: options)
        var out: [String: String] = [:]
        for (i, d) in dup.enumerated() { if let o = d { out[sorted[i].document.id] = sorted[o].document.id } }
        return out
    }

    func testALightlyEditedCopyIsADuplicateOfTheEarliestVersion() {
        var edited = Self.story
        edited[6] = "Diplomats said truce talks might resume this week if the shelling stopped."
        let result = detect([part("z-original", Self.story, published: "2016-12-14"),
                             part("a-copy", edited, published: "2016-12-15",
                                  extra: [("Copyright Syndicate News, all rights reserved", .signoff)])])
        XCTAssertEqual(result, ["a-copy": "z-original"])
    }

    func testDifferentStoriesAreNotDuplicates() {
        let other = Self.story.map { String($0.reversed()) }
        XCTAssertEqual(detect([part("a", Self.story), part("b", other)]), [:])
        // Half of one story is not a copy of it.
        XCTAssertEqual(detect([part("a", Self.story), part("b", Array(Self.story.prefix(4)))]), [:])
    }

    func testSharedBoilerplateDoesNotMakeDuplicates() {
        let chrome = (0..<6).map { ("Subscribe to our newsletter for the latest news from the region number \($0)", SentenceRole.boilerplate) }
        let a = part("a", ["Talks resumed in the capital after a week of silence from both delegations."], extra: chrome)
        let b = part("b", ["Floods cut off three villages in the north after the river burst its banks."], extra: chrome)
        XCTAssertEqual(detect([a, b]), [:])
    }

    func testShortTextsAreNeverDuplicates() {
        XCTAssertEqual(detect([part("a", ["Shelling resumes"]), part("b", ["Shelling resumes"])]), [:])
    }

    func testGroupsOfCopiesPointAtOneOriginalAndUndatedComesLast() {
        var edited = Self.story
        edited[0] = "Fighting flared again on the outskirts of the besieged city on Tuesday as the two sides traded fire."
        let result = detect([part("c", Self.story), part("b", edited, published: "2016-12-15"), part("a", Self.story, published: "2016-12-16")])
        XCTAssertEqual(result, ["a": "b", "c": "b"])
    }

    func testThresholdAndSwitch() {
        var edited = Self.story
        edited[3] = "The army said it repelled the attack."
        edited[5] = "Aid groups asked for a pause."
        let parts = [part("a", Self.story), part("b", edited)]
        XCTAssertEqual(detect(parts), [:], "two of eight sentences rewritten is another version, not a copy")
        XCTAssertEqual(detect(parts, AnalysisOptions(duplicateThreshold: 0.5)), ["b": "a"])
        XCTAssertEqual(detect([part("a", Self.story), part("b", Self.story)], AnalysisOptions(detectDuplicates: false)), [:])
    }

    func testJaccard() {
        XCTAssertEqual(DuplicateDetector.jaccard([1, 2, 3, 4], [3, 4, 5, 6]), 2.0 / 6.0)
        XCTAssertEqual(DuplicateDetector.jaccard([], []), 0)
    }

    func testACopyThatDropsSentencesAndRewritesTheHeadlineIsStillACopy() {
        // Jaccard falls below 0.8 when a copy loses two of eight sentences; containment does not.
        var cut = Self.story
        cut.remove(at: 6); cut.remove(at: 2)
        let original = part("wire", Self.story, published: "2016-12-14", extra: [("Fighting flares near besieged city", .title)])
        let copy = part("copy", cut, published: "2016-12-15", extra: [("Besieged city sees new fighting, residents flee", .title)])
        let a = DuplicateDetector.shingleSet(original, k: 5), b = DuplicateDetector.shingleSet(copy, k: 5)
        XCTAssertLessThan(DuplicateDetector.jaccard(a, b), 0.8)
        XCTAssertGreaterThanOrEqual(DuplicateDetector.containment(a, b), AnalysisOptions.default.duplicateThreshold)
        XCTAssertEqual(detect([original, copy]), ["copy": "wire"])
    }

    func testAnExcerptIsNotACopy() {
        // A brief cut from the story keeps all its words in it, but is far smaller.
        XCTAssertEqual(detect([part("a", Self.story), part("b", Array(Self.story.prefix(4)))]), [:])
        XCTAssertEqual(detect([part("a", Self.story), part("b", Array(Self.story.prefix(4)))], AnalysisOptions(duplicateMinSizeRatio: 0.4)),
                       ["b": "a"])
    }

    func testTheCopyCreditsTheOutletItTookTheStoryFrom() {
        // Same day: the copy is the one naming the other's outlet in its sign-off or dateline.
        var wire = DocBuilder("z-wire", published: "2016-12-14", source: "Global Wire")
        for s in Self.story { wire.sentence(s) }
        var copy = DocBuilder("a-copy", published: "2016-12-14", source: "Meridian Dispatch")
        for s in Self.story { copy.sentence(s) }
        copy.sentence("(Global Wire)", role: .signoff)
        XCTAssertEqual(detect([wire.build(), copy.build()]), ["a-copy": "z-wire"])
        // Vietnamese sign-off, decomposed tone marks in the credit.
        var goc = DocBuilder("z-goc", language: "vi", published: "2022-08-19", source: "Tin Quốc tế")
        var ban = DocBuilder("a-ban", language: "vi", published: "2022-08-19", source: "Thời sự Thế giới")
        for s in Self.story { goc.sentence(s); ban.sentence(s) }
        ban.sentence("Theo Tin Quo\u{0302}\u{0301}c te\u{0302}\u{0301}", role: .signoff)
        XCTAssertEqual(detect([goc.build(), ban.build()]), ["a-ban": "z-goc"])
        // Its own outlet's name in a story is no credit.
        XCTAssertFalse(DuplicateDetector.credits(wire.build(), wire.build()))
    }

    func testContainment() {
        XCTAssertEqual(DuplicateDetector.containment([1, 2, 3, 4], [3, 4]), 1)
        XCTAssertEqual(DuplicateDetector.containment([1, 2, 3, 4], [3, 4, 5, 6]), 0.5)
        XCTAssertEqual(DuplicateDetector.containment([], [1]), 0)
    }
}
