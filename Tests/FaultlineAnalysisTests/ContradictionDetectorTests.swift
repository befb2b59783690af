import XCTest
import FaultlineModel
@testable import FaultlineAnalysis

/// Each kind of contradiction, with the cases that must not be one, in both languages.
final class ContradictionDetectorTests: XCTestCase {
    // MARK: - Explicit

    /// Ukraine reports a prisoner exchange; the next sentence is Russia's reaction.
    func exchange(_ reaction: String, language: String = "en", stance: Stance = .disputes, about: [String] = ["ukraine"]) -> Analysis {
        var d = DocBuilder("exchange", language: language, published: "2023-05-03")
        let first = d.sentence(language == "en" ? "Ukraine said it had exchanged 40 prisoners with Russia on Tuesday."
                                                : "Ukraine cho biết đã trao đổi 40 tù binh với Nga hôm thứ Ba.",
                               mentions: ["ukraine", "russia"])
        let second = d.sentence(reaction, mentions: ["russia"])
        let e = d.event(first, "081", source: ["ukraine"], target: ["russia"], date: "2023-05-02", trigger: "exchanged")
        d.claim(first, speaker: "ukraine", events: [e], date: "2023-05-02")
        d.claim(second, speaker: "russia", stance: stance, about: about)
        return analyze([d.build()])
    }

    func testExplicitCuesInEnglishMarkTheReactionAsAContradiction() {
        for reaction in ["Moscow denied the report.", "Russia disputed the account.",
                         "The Kremlin contradicted that version of events.", "Russia rejected Kyiv's claims as propaganda.",
                         "Russia dismissed the reports as fabricated.", "Moscow called the figures baseless."] {
            let a = exchange(reaction)
            XCTAssertEqual(a.contradictions.count, 1, reaction)
            XCTAssertEqual(a.contradictions.first?.kind, .explicit, reaction)
            XCTAssertEqual(a.contradictions.first?.claims, ["c1", "c2"], reaction)
        }
    }

    func testExplicitCuesInVietnameseMarkTheReactionAsAContradiction() {
        for reaction in ["Nga đã phủ nhận thông tin này.", "Phía Nga bác bỏ thông tin trên.",
                         "Nga cho rằng thông tin này là sai sự thật.", "Nga cáo buộc Kiev xuyên tạc sự việc.",
                         "Theo Nga, con số này không đúng sự thật.", "Nga gọi đây là thông tin bịa đặt."] {
            let a = exchange(reaction, language: "vi")
            XCTAssertEqual(a.contradictions.first?.kind, .explicit, reaction)
        }
    }

    func testLookalikesAreNotCues() {
        for reaction in ["Russia denied entry to the observers.", "Russia denied access to the site.",
                         "Both sides claim the disputed territory.", "Russia said the exchange took place.",
                         "Russia welcomed the exchange and said talks would continue."] {
            XCTAssertEqual(exchange(reaction, stance: .assert, about: []).contradictions, [], reaction)
        }
        // `phu nhân` (wife) is not `phủ nhận` (deny): tones stay apart.
        XCTAssertEqual(exchange("Phu nhân Tổng thống Nga thăm Kiev.", language: "vi", stance: .assert, about: []).contradictions, [])
        // A cue in a teaser or boilerplate line is about another story.
        var d = DocBuilder("teaser", published: "2023-05-03")
        let s0 = d.sentence("Ukraine said it had exchanged 40 prisoners with Russia.", mentions: ["ukraine", "russia"])
        let s1 = d.sentence("Russia said the exchange was delayed.", mentions: ["russia"])
        d.sentence("Russia denies the report, Ukraine says", role: .teaser, mentions: ["russia", "ukraine"])
        d.claim(s0, speaker: "ukraine", events: [d.event(s0, "081", source: ["ukraine"], target: ["russia"], date: "2023-05-02")])
        d.claim(s1, speaker: "russia")
        XCTAssertEqual(analyze([d.build()]).contradictions, [])
    }

    func testANarratorsCueFindsTheClaimsOfTheNamedParties() throws {
        var d = DocBuilder("narrator", language: "vi", published: "2023-05-03")
        let un = d.sentence("Liên hợp quốc cho biết đã tiếp cận được Kharkiv.", mentions: ["united-nations", "kharkiv"])
        let cue = d.sentence("Trước đó, Nga và Ukraine đưa ra thông tin mâu thuẫn về vụ việc.", mentions: ["russia", "ukraine"])
        let ru = d.sentence("Nga cho biết các cuộc giao tranh đã chấm dứt.", mentions: ["russia"])
        let ua = d.sentence("Ukraine cho biết giao tranh vẫn tiếp diễn ở ngoại ô.", mentions: ["ukraine"])
        d.claim(un, speaker: "united-nations", events: [d.event(un, "040", source: ["united-nations"], location: ["kharkiv"], date: "2023-05-02")])
        d.claim(ru, speaker: "russia", date: "2023-05-02")
        d.claim(ua, speaker: "ukraine", date: "2023-05-02")
        _ = cue
        let a = analyze([d.build()])
        XCTAssertEqual(a.contradictions.count, 1)
        let x = try XCTUnwrap(a.contradictions.first)
        XCTAssertEqual(a.speakers(x), ["russia", "ukraine"])
        XCTAssertEqual(x.kind, .explicit)
        XCTAssertTrue(x.explanation.contains("mâu thuẫn"), x.explanation)
    }

    func testAnExplicitCueNeedsTwoClaimsOfDifferentSides() {
        var d = DocBuilder("one-side", published: "2023-05-03")
        let s0 = d.sentence("Russia's defence ministry said the strikes hit military targets.", mentions: ["russian-defence-ministry"])
        d.sentence("Russia and its critics gave conflicting accounts.", mentions: ["russia"])
        let s2 = d.sentence("Sergei Lavrov said the strikes were precise.", mentions: ["sergei-lavrov"])
        d.claim(s0, speaker: "russian-defence-ministry")
        d.claim(s2, speaker: "sergei-lavrov")
        XCTAssertEqual(analyze([d.build()]).contradictions, [], "one state speaks with one voice")
    }

    // MARK: - Blame

    /// Two documents: each side says the other shelled Kharkiv.
    func mutualShelling(place2: String = "kharkiv", date2: String = "2023-05-02", cameo2: String = "195",
                        source2: String = "ukrainian-army", trigger2: String = "shelled") -> Analysis {
        var a = DocBuilder("kyiv-says", published: "2023-05-02")
        let s = a.sentence("Ukraine said Russian forces shelled a residential area of Kharkiv overnight.",
                           mentions: ["ukraine", "russian-army", "kharkiv"])
        a.claim(s, speaker: "ukraine", events: [a.event(s, "195", source: ["russian-army"], target: ["ukrainian-civilians"],
                                                        location: ["kharkiv"], date: "2023-05-02", trigger: "shelled")])
        var b = DocBuilder("moscow-says", published: "2023-05-03")
        let t = b.sentence("Russia said Ukrainian artillery had hit the district.", mentions: ["russia", "ukrainian-army", place2])
        b.claim(t, speaker: "russia", events: [b.event(t, cameo2, source: [source2], target: ["ukrainian-civilians"],
                                                       location: [place2], date: date2, trigger: trigger2)])
        return analyze([a.build(), b.build()])
    }

    func testOpposingSidesBlamedForTheSameHarmIsBlame() throws {
        let a = mutualShelling()
        let x = try XCTUnwrap(a.contradictions.first)
        XCTAssertEqual(a.contradictions.count, 1)
        XCTAssertEqual(x.kind, .blame)
        XCTAssertEqual(x.explanation, "Ukraine blames Russian army; Nga blames Ukrainian army")
        XCTAssertEqual(x.topic, "fighting around Kharkiv, 2023-05-02")
        XCTAssertGreaterThanOrEqual(x.score, 0.85)
    }

    func testBlameNeedsOneSituation() {
        XCTAssertEqual(mutualShelling(place2: "el-fasher").contradictions, [], "another place")
        XCTAssertEqual(mutualShelling(date2: "2023-05-07").contradictions, [], "five days later")
        XCTAssertEqual(mutualShelling(cameo2: "111", trigger2: "criticised").contradictions, [], "words are not the same harm")
        XCTAssertEqual(mutualShelling(source2: "russian-army").contradictions, [], "both blame Russia: they agree")
        XCTAssertEqual(mutualShelling(trigger2: "returned fire").contradictions, [], "a response blames no one")
    }

    func testBlameWithinOneCountryNeedsStateAgainstOpposition() throws {
        func claims(_ blamedByB: String) -> Analysis {
            var d = DocBuilder("tawila", published: "2024-06-20")
            let s0 = d.sentence("A local reporter said RSF fighters looted the market in Tawila.", mentions: ["reporter", "rsf", "tawila"])
            let s1 = d.sentence("Sudan's health ministry said the looting was done by another group.", mentions: ["sudan-health-ministry"])
            d.claim(s0, speaker: "reporter", events: [d.event(s0, "180", source: ["rsf"], location: ["tawila"], date: "2024-06-19")])
            d.claim(s1, speaker: "sudan-health-ministry", events: [d.event(s1, "180", source: [blamedByB], location: ["tawila"], date: "2024-06-19")])
            return analyze([d.build()])
        }
        XCTAssertEqual(claims("sudanese-army").contradictions.first?.kind, .blame)
        // Civilians are not the army's opponents.
        XCTAssertEqual(claims("sudanese-civilians").contradictions, [])
    }

    // MARK: - Polarity

    func testDenyingTheSameEventIsPolarity() throws {
        var a = DocBuilder("witness", published: "2024-06-20")
        let s = a.sentence("A local reporter said army aircraft bombed Tawila on Wednesday.", mentions: ["reporter", "sudanese-army", "tawila"])
        a.claim(s, speaker: "reporter", events: [a.event(s, "195", source: ["sudanese-army"], location: ["tawila"], date: "2024-06-19")])
        var b = DocBuilder("army", language: "vi", published: "2024-06-20")
        let t = b.sentence("Quân đội Sudan khẳng định không ném bom Tawila.", mentions: ["sudanese-army", "tawila"])
        b.claim(t, speaker: "sudanese-army", stance: .deny,
                events: [b.event(t, "195", source: ["sudanese-army"], location: ["tawila"], date: "2024-06-19")])
        let x = try XCTUnwrap(analyze([a.build(), b.build()]).contradictions.first)
        XCTAssertEqual(x.kind, .polarity)
        XCTAssertEqual(x.score, 0.85, "the very same event, denied")
        XCTAssertEqual(x.explanation, "a local reporter says the fighting happened; Sudanese Armed Forces says it did not")
    }

    func testPolarityNeedsTheSameKindOfEventAndModality() {
        func pair(_ cameo: String, _ modality: Modality) -> [Contradiction] {
            var a = DocBuilder("a", published: "2023-05-02")
            let s = a.sentence("Ukraine said Russian troops withdrew from the town.", mentions: ["ukraine", "russian-army"])
            a.claim(s, speaker: "ukraine", events: [a.event(s, "087", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02")])
            var b = DocBuilder("b", published: "2023-05-02")
            let t = b.sentence("Russia said its troops had not withdrawn.", mentions: ["russia", "russian-army"])
            b.claim(t, speaker: "russia", events: [b.event(t, cameo, source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02",
                                                           negated: true, modality: modality)])
            return analyze([a.build(), b.build()]).contradictions
        }
        XCTAssertEqual(pair("087", .asserted).first?.kind, .polarity)
        XCTAssertEqual(pair("087", .intended), [], "will not withdraw is not did not withdraw")
        XCTAssertEqual(pair("190", .asserted), [], "another kind of event")
    }

    // MARK: - Value

    func toll(_ first: String, _ second: String, languages: (String, String) = ("en", "en")) -> [Contradiction] {
        var a = DocBuilder("first", language: languages.0, published: "2023-05-03")
        let s = a.sentence(first, mentions: ["ukraine", "kharkiv"])
        a.claim(s, speaker: "ukraine", events: [a.event(s, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02")])
        var b = DocBuilder("second", language: languages.1, published: "2023-05-03")
        let t = b.sentence(second, mentions: ["united-nations", "kharkiv"])
        b.claim(t, speaker: "united-nations", events: [b.event(t, "195", location: ["kharkiv"], date: "2023-05-02")])
        return analyze([a.build(), b.build()]).contradictions
    }

    func testDifferentCasualtyFiguresAreAValueContradiction() throws {
        let x = try XCTUnwrap(toll("Ukraine said the strike on Kharkiv killed 12 people.", "The UN said 30 civilians were killed.").first)
        XCTAssertEqual(x.kind, .value)
        XCTAssertEqual(x.explanation, "Ukraine reports 12 killed; Liên hợp quốc reports 30 killed")
        XCTAssertEqual(x.score, 0.71)
        XCTAssertEqual(toll("Ukraine cho biết ít nhất 20 người thiệt mạng ở Kharkiv.", "Liên hợp quốc cho biết 15 người chết.",
                            languages: ("vi", "vi")).first?.kind, .value)
        XCTAssertEqual(toll("Ukraine said 9 people were wounded.", "Liên hợp quốc cho biết 25 người bị thương.",
                            languages: ("en", "vi")).first?.kind, .value)
    }

    func testFiguresThatCanBothBeTrueAreNotContradictions() {
        XCTAssertEqual(toll("Ukraine said at least 20 people were killed.", "The UN said 25 people died."), [])
        XCTAssertEqual(toll("Ukraine said 12 people were killed.", "The UN said 30 people were wounded."), [], "killed vs wounded")
        XCTAssertEqual(toll("Ukraine said about 100 people were killed.", "The UN said 104 people were killed."), [])
        XCTAssertEqual(toll("Ngày 14/12, Ukraine cho biết 3 người thiệt mạng.", "Ngày 15/12, Liên hợp quốc cho biết 3 người chết.",
                            languages: ("vi", "vi")), [], "14/12 is a date, not a count")
        XCTAssertEqual(toll("Ukraine said 12 people were killed.", "The UN said 12 people were killed."), [], "the same figure")
    }

    // MARK: - Agreement

    func testSpeakersSayingTheSameAboutTheSameEventNeverContradict() {
        var a = DocBuilder("same", published: "2023-05-03")
        let s0 = a.sentence("Ukraine said Russian forces shelled Kharkiv.", mentions: ["ukraine", "russian-army", "kharkiv"])
        a.sentence("The accounts of Ukraine and the UN are not contradictory, observers said.", mentions: ["ukraine", "united-nations"])
        let s2 = a.sentence("The UN said Russian forces shelled Kharkiv.", mentions: ["united-nations", "russian-army", "kharkiv"])
        a.claim(s0, speaker: "ukraine", events: [a.event(s0, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02")])
        a.claim(s2, speaker: "united-nations", events: [a.event(s2, "195", source: ["russian-army"], location: ["kharkiv"], date: "2023-05-02")])
        let result = analyze([a.build()])
        XCTAssertEqual(result.events.count, 1, "one shelling, told twice")
        XCTAssertEqual(result.contradictions, [])
    }

    func testAJointStatementIsNeverAContradiction() {
        var d = DocBuilder("joint", published: "2023-05-03")
        let s0 = d.sentence("Ukraine and Russia agreed to extend the grain deal.", mentions: ["ukraine", "russia"])
        d.sentence("Earlier the two sides had given conflicting accounts of the talks.")
        let s2 = d.sentence("Ukraine said the deal would be extended by 60 days.", mentions: ["ukraine"])
        let s3 = d.sentence("Russia said the deal would be extended by 120 days.", mentions: ["russia"])
        d.event(s0, "057", source: ["ukraine", "russia"], date: "2023-05-02")
        d.claim(s2, speaker: "ukraine", events: [d.event(s2, "030", source: ["ukraine"], date: "2023-05-02", modality: .intended)])
        d.claim(s3, speaker: "russia", events: [d.event(s3, "030", source: ["russia"], date: "2023-05-02", modality: .intended)])
        XCTAssertEqual(analyze([d.build()]).contradictions, [], "allies of the day")
    }

    func testDisablingDetectionGivesNone() {
        var options = AnalysisOptions()
        options.detectContradictions = false
        XCTAssertEqual(analyze(SudanWeek.parts(), options).contradictions, [])
    }
}

extension ContradictionDetectorTests {
    /// A claim whose year is unknown (no document date) still meets a dated one on the same day.
    func testDaysOfUnknownYearAreCompared() throws {
        var a = DocBuilder("dated", published: "2023-05-03")
        let s = a.sentence("Ukraine said 12 people were killed in Kharkiv.", mentions: ["ukraine", "kharkiv"])
        a.claim(s, speaker: "ukraine", events: [a.event(s, "195", location: ["kharkiv"], date: "2023-05-02")])
        var b = DocBuilder("undated")
        let t = b.sentence("The UN said 30 people were killed in Kharkiv.", mentions: ["united-nations", "kharkiv"])
        b.claim(t, speaker: "united-nations", events: [b.event(t, "195", location: ["kharkiv"], date: "XXXX-05-03")])
        let x = try XCTUnwrap(analyze([a.build(), b.build()]).contradictions.first)
        XCTAssertEqual(x.kind, .value)
    }

    // MARK: - Realistic articles

    /// A Vietnamese article: the defence ministry's accusation, a narrator's `trái chiều` far
    /// below it, a denial by Ukraine just before the cue, and an IAEA appeal just after it.
    func longArticle(ukraineDenies: Bool = true) -> Analysis {
        var d = DocBuilder("long", language: "vi", published: "2022-08-15")
        let s0 = d.sentence("Bộ Quốc phòng Nga cáo buộc quân đội Ukraine pháo kích Kharkiv.", mentions: ["russian-defence-ministry", "ukrainian-army", "kharkiv"])
        for filler in ["Khói bốc lên từ khu dân cư.", "Một số ngôi nhà bị hư hại.", "Nhà máy nằm ở miền Nam.", "Đường dây điện bị đứt."] { d.sentence(filler) }
        let s5 = d.sentence(ukraineDenies ? "Ukraine khẳng định quân đội Ukraine không pháo kích Kharkiv." : "Ukraine cho biết đã sơ tán dân thường.",
                            mentions: ["ukraine", "ukrainian-army", "kharkiv"])
        d.sentence("Các thông tin trái chiều từ hai phía chưa thể kiểm chứng.")
        let s7 = d.sentence("Liên hợp quốc kêu gọi các bên kiềm chế.", mentions: ["united-nations"])
        d.claim(s0, speaker: "russian-defence-ministry", stance: .accuse,
                events: [d.event(s0, "194", source: ["ukrainian-army"], location: ["kharkiv"], date: "2022-08-14")], about: ["ukrainian-army"])
        if ukraineDenies {
            d.claim(s5, speaker: "ukraine", stance: .deny,
                    events: [d.event(s5, "194", source: ["ukrainian-army"], location: ["kharkiv"], date: "2022-08-14", negated: true)])
        } else {
            d.claim(s5, speaker: "ukraine", events: [d.event(s5, "073", source: ["ukraine"], target: ["ukrainian-civilians"], date: "2022-08-14")])
        }
        d.claim(s7, speaker: "united-nations", stance: .appeal, events: [d.event(s7, "0256", source: ["united-nations"], modality: .appeal)])
        return analyze([d.build()])
    }

    func testANarratorsSummaryCueReachesTheAccountsOfTheWholeArticle() throws {
        let a = longArticle()
        let x = try XCTUnwrap(a.contradictions.first { $0.kind == .explicit && $0.explanation.contains("trái chiều") })
        XCTAssertEqual(a.speakers(x), ["russian-defence-ministry", "ukraine"])
        // The appeal is no account: the UN is in no contradiction.
        XCTAssertFalse(a.contradictions.contains { a.speakers($0).contains("united-nations") })
        // Without a disagreement on substance the cue pairs nobody.
        XCTAssertEqual(longArticle(ukraineDenies: false).contradictions, [])
    }

    func testADenialAnswersAnAccusationMadeFarEarlier() throws {
        var d = DocBuilder("denial", published: "2022-08-14")
        let s0 = d.sentence("Russia's defence ministry said Ukrainian forces fired at the plant.", mentions: ["russian-defence-ministry", "ukrainian-army"])
        for filler in ["Radiation levels remained normal.", "Several houses were damaged.", "Smoke rose over the town.", "Power lines were cut."] { d.sentence(filler) }
        let s5 = d.sentence("Ukraine's foreign ministry denied the accusation.", mentions: ["ukraine"])
        d.claim(s0, speaker: "russian-defence-ministry", stance: .accuse,
                events: [d.event(s0, "194", source: ["ukrainian-army"], date: "2022-08-14")], about: ["ukrainian-army"])
        d.claim(s5, speaker: "ukraine", stance: .deny)
        let x = try XCTUnwrap(analyze([d.build()]).contradictions.first)
        XCTAssertEqual(x.kind, .explicit)
        XCTAssertTrue(x.explanation.contains("denied"), x.explanation)
    }

    func testRejectingAProposalDisputesNoAccount() {
        var d = DocBuilder("proposal", language: "vi", published: "2022-08-19")
        let s0 = d.sentence("Moskva bác bỏ đề xuất phi quân sự hóa khu vực nhà máy.", mentions: ["russia"])
        let s1 = d.sentence("Ukraine cho rằng chính Nga đang chuẩn bị một vụ khiêu khích.", mentions: ["ukraine", "russia"])
        d.claim(s0, speaker: "russia", stance: .deny, events: [d.event(s0, "120", source: ["russia"], date: "2022-08-18")])
        d.claim(s1, speaker: "ukraine", stance: .accuse,
                events: [d.event(s1, "1383", source: ["russia"], date: "2022-08-19", modality: .intended)], about: ["russia"])
        XCTAssertEqual(analyze([d.build()]).contradictions, [])
    }

    func testEachSideBlamingTheOtherForAPlannedAttackIsBlame() throws {
        var a = DocBuilder("moscow", published: "2022-08-18")
        let s = a.sentence("Russia's defence ministry said Kyiv was planning a provocation at the plant.", mentions: ["russian-defence-ministry", "ukraine"])
        a.claim(s, speaker: "russian-defence-ministry", stance: .accuse,
                events: [a.event(s, "1383", source: ["ukraine"], date: "2022-08-19", modality: .intended)], about: ["ukraine"])
        var b = DocBuilder("kyiv", language: "vi", published: "2022-08-19")
        let t = b.sentence("Ukraine cho rằng chính Nga đang lên kế hoạch dàn dựng một vụ khiêu khích.", mentions: ["ukraine", "russia"])
        b.claim(t, speaker: "ukraine", stance: .accuse,
                events: [b.event(t, "1383", source: ["russia"], date: "2022-08-19", modality: .intended)], about: ["russia"])
        let x = try XCTUnwrap(analyze([a.build(), b.build()]).contradictions.first)
        XCTAssertEqual(x.kind, .blame)
        XCTAssertTrue(x.topic.hasPrefix("threats"), x.topic)
    }

    func testAccusingIsNoHarmAndOtherHarmIsNoSituation() {
        // Each accuses the other, but of different things: a deployment and a shelling.
        var a = DocBuilder("armour", published: "2022-08-16")
        let s = a.sentence("Ukraine said Russian forces parked armour at the plant in Kharkiv.", mentions: ["ukraine", "russian-army", "kharkiv"])
        a.claim(s, speaker: "ukraine", stance: .accuse, events: [
            a.event(s, "112", source: ["ukraine"], target: ["russian-army"], date: "2022-08-16"),
            a.event(s, "154", source: ["russian-army"], location: ["kharkiv"], date: "2022-08-16"),
        ], about: ["russian-army"])
        var b = DocBuilder("shelling", published: "2022-08-16")
        let t = b.sentence("Russia's defence ministry accused Ukrainian forces of shelling the plant in Kharkiv.",
                           mentions: ["russian-defence-ministry", "ukrainian-army", "kharkiv"])
        b.claim(t, speaker: "russian-defence-ministry", stance: .accuse, events: [
            b.event(t, "112", source: ["russian-defence-ministry"], target: ["ukrainian-army"], date: "2022-08-16"),
            b.event(t, "194", source: ["ukrainian-army"], location: ["kharkiv"], date: "2022-08-16"),
        ], about: ["ukrainian-army"])
        XCTAssertEqual(analyze([a.build(), b.build()]).contradictions, [])
    }

    func testADenialDoesNotDenyItsOwnAct() {
        // "Russia denied the accusation" codes Russia's own rejection; another report that Russia
        // rejected it is no polarity contradiction.
        var a = DocBuilder("denial", published: "2022-08-16")
        let s = a.sentence("Russia denied the accusation on Tuesday.", mentions: ["russia"])
        a.claim(s, speaker: "russia", stance: .deny, events: [
            a.event(s, "120", source: ["russia"], date: "2022-08-16"),
            a.event(s, "112", source: ["russia"], date: "2022-08-16", negated: true),
        ])
        var b = DocBuilder("report", published: "2022-08-16")
        let t = b.sentence("Ukraine said Russia rejected the accusation.", mentions: ["ukraine", "russia"])
        b.claim(t, speaker: "ukraine", events: [b.event(t, "120", source: ["russia"], date: "2022-08-16")])
        XCTAssertFalse(analyze([a.build(), b.build()]).contradictions.contains { $0.kind == .polarity })
    }
}
