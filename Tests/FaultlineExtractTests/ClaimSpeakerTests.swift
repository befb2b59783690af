import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// Who speaks when the speaker is not the name right before the cue: a second verb of the same
/// subject (`X denied … and accused …`, `X bác bỏ …, khẳng định …`), a subject set off by a
/// parenthetical (`X, who …, said`), a source named twice (`Theo X, Y, …`); and cues that are
/// no report at all (`Ukraine's claims`, `để đổ lỗi cho Kiev`).
final class ClaimSpeakerTests: XCTestCase {
    /// `cue|stance|speaker|reported words` for each frame of a sentence.
    func frames(_ lang: String, _ text: String, _ actors: [TestActor]) -> [String] {
        let input = codingInput(text, actors)
        let s = TestLexicons.of(lang).coder().code(input)
        return s.frames.enumerated().map { k, f in
            [SentenceContext.slice(input, f.cue), f.stance.rawValue, s.speakers[k].joined(separator: "+"),
             SentenceContext.slice(input, f.reported)].joined(separator: "|")
        }
    }

    let ukrMfa = A.org("Ukraine's Foreign Ministry", "ukr-mfa", "UKRGOV")
    let bngUkr = A.org("Bộ Ngoại giao Ukraine", "ukr-mfa", "UKRGOV")

    func testEnglishSecondVerbOfTheSameSubject() {
        XCTAssertEqual(frames("en", "Ukraine's Foreign Ministry denied that its troops had targeted the plant and accused Russian forces of shelling the town.",
                              [ukrMfa, A.armed("troops", "ukr-mil", "UKRMIL"), A.armed("Russian forces", "rus-mil", "RUSMIL")]),
                       ["denied|deny|ukr-mfa|its troops had targeted the plant",
                        "accused|accuse|ukr-mfa|Russian forces of shelling the town."])
        XCTAssertEqual(frames("en", "The ministry spokeswoman told reporters there were no weapons at the site, and said the claims were false.",
                              [A.person("The ministry spokeswoman", "spox", "RUSGOV")]).map { $0.split(separator: "|")[2] },
                       ["spox", "spox"])
        // A new subject before the second verb speaks for itself.
        XCTAssertEqual(frames("en", "Russia said Ukraine shelled the plant and Ukraine denied it.",
                              [A.c("Russia", "russia", "RUS"), A.c("Ukraine", "ukraine", "UKR"), A.c("Ukraine", "ukraine", "UKR", occurrence: 1)])
                        .map { $0.split(separator: "|")[2] }, ["russia", "ukraine"])
    }

    func testVietnameseSecondVerbOfTheSameSubject() {
        // The name right before `khẳng định` is an owner inside what `bác bỏ` rejects.
        let f = frames("vi", "Bộ Ngoại giao Ukraine bác bỏ các cáo buộc của Moskva, khẳng định quân đội Ukraine không tấn công nhà máy.",
                       [bngUkr, A.org("Moskva", "rus-gov", "RUSGOV"), A.armed("quân đội Ukraine", "ukr-mil", "UKRMIL")])
        XCTAssertEqual(f.map { $0.split(separator: "|")[2] }, ["ukr-mfa", "ukr-mfa"])
        XCTAssertEqual(f.first, "bác bỏ|deny|ukr-mfa|các cáo buộc của Moskva")
        XCTAssertEqual(frames("vi", "Chính quyền Ukraine bác bỏ cáo buộc của Nga, đồng thời cho rằng Moskva đã dàn dựng vụ tấn công.",
                              [A.org("Chính quyền Ukraine", "ukr-gov", "UKRGOV"), A.c("Nga", "russia", "RUS"), A.org("Moskva", "rus-gov", "RUSGOV")])
                        .map { $0.split(separator: "|")[2] }, ["ukr-gov", "ukr-gov"])
        XCTAssertEqual(frames("vi", "Cơ quan tình báo Ukraine phủ nhận cáo buộc này và cho rằng chính Nga đang lên kế hoạch khiêu khích.",
                              [A.org("Cơ quan tình báo Ukraine", "ukr-spy", "UKRSPY"), A.c("Nga", "russia", "RUS")])
                        .map { $0.split(separator: "|")[2] }, ["ukr-spy", "ukr-spy"])
    }

    /// Speakers of the frames of a sentence.
    func speakers(_ lang: String, _ text: String, _ actors: [TestActor]) -> [String] {
        frames(lang, text, actors).map { String($0.split(separator: "|", omittingEmptySubsequences: false)[2]) }
    }

    func testCueChainedAfterAnotherVerbTakesItsSubject() {
        let blinken = A.person("Antony Blinken", "blinken", "USAGOV")
        XCTAssertEqual(speakers("en", "Antony Blinken condemned the Iranian strike and said Washington would work with Israel.",
                                [blinken, A.c("Iranian", "iran", "IRN"), A.org("Washington", "usa", "USAGOV"), A.c("Israel", "israel", "ISR")]),
                       ["blinken"])
        XCTAssertEqual(speakers("en", "Pakistan's army shelled Indian posts overnight and said the firing was retaliation.",
                                [A.armed("Pakistan's army", "pak-mil", "PAKMIL"), A.c("Indian", "india", "IND")]),
                       ["pak-mil"])
        XCTAssertEqual(speakers("en", "The rebels seized Goma, and also said they would march on Kinshasa.",
                                [A.armed("The rebels", "m23", "CODREB"), A.place("Goma", "goma", "COD"), A.place("Kinshasa", "kinshasa", "COD")]),
                       ["m23"])
        XCTAssertEqual(speakers("vi", "Ngoại trưởng Antony Blinken lên án cuộc tấn công của Iran và cho biết Washington sẽ hợp tác với Israel.",
                                [blinken, A.c("Iran", "iran", "IRN"), A.org("Washington", "usa", "USAGOV"), A.c("Israel", "israel", "ISR")]),
                       ["blinken", "blinken"])
        XCTAssertEqual(speakers("vi", "Quân đội Somalia tấn công al-Shabaab tại Mogadishu và nói rằng nhiều tay súng đã bị tiêu diệt.",
                                [A.armed("Quân đội Somalia", "som-mil", "SOMMIL"), A.armed("al-Shabaab", "shabaab", "SOMREB"),
                                 A.place("Mogadishu", "mogadishu", "SOM")]),
                       ["som-mil"])
    }

    func testChainedCueRuleLeavesOwnSubjectsAlone() {
        // A compound subject, a subject of its own after the coordinator, a verb with no trigger.
        XCTAssertEqual(speakers("en", "Israel and Lebanon said talks would resume.",
                                [A.c("Israel", "israel", "ISR"), A.c("Lebanon", "lebanon", "LBN")]), ["israel+lebanon"])
        XCTAssertEqual(speakers("en", "Hamas accused Israel of violating the truce, and Egypt said talks would continue.",
                                [A.armed("Hamas", "hamas", "PSEHMS"), A.c("Israel", "israel", "ISR"), A.c("Egypt", "egypt", "EGY")]),
                       ["hamas", "egypt"])
        XCTAssertEqual(speakers("vi", "Quân đội Nga pháo kích thành phố và Kiev cho biết nhiều người thiệt mạng.",
                                [A.armed("Quân đội Nga", "rus-mil", "RUSMIL"), A.org("Kiev", "ukr-gov", "UKRGOV")]),
                       ["ukr-gov"])
    }

    func testParentheticalBetweenSubjectAndCue() {
        XCTAssertEqual(frames("vi", "Thị trưởng thành phố do Kiev bổ nhiệm, hiện làm việc tại vùng do Ukraine kiểm soát, cho biết vụ pháo kích làm một người thiệt mạng.",
                              [A.person("Thị trưởng thành phố", "mayor", "UKRGOV"), A.org("Kiev", "ukr-gov", "UKRGOV"), A.c("Ukraine", "ukraine", "UKR")])
                        .map { $0.split(separator: "|")[2] }, ["mayor"])
        XCTAssertEqual(frames("en", "The mayor, who left the occupied town in the spring and now works from Zaporizhzhia, said the shells had been fired from Russian positions.",
                              [A.person("The mayor", "mayor", "UKRGOV"), A.place("Zaporizhzhia", "zap", "UKR")])
                        .map { $0.split(separator: "|")[2] }, ["mayor"])
        // A report at the end of the sentence names its (unnamed) speaker after the comma.
        let tail = frames("en", "Uzbekistan opened the bridge to Afghanistan, where millions are hungry, reports aid agencies.",
                          [A.c("Uzbekistan", "uzbekistan", "UZB"), A.c("Afghanistan", "afghanistan", "AFG")])
        XCTAssertFalse(tail.contains { $0.contains("|uzbekistan|") || $0.contains("|afghanistan|") }, "\(tail)")
        // A parenthetical that reports something itself is a clause of its own.
        XCTAssertEqual(frames("en", "Russia, which said it was attacked, warned Ukraine.", [A.c("Russia", "russia", "RUS"), A.c("Ukraine", "ukraine", "UKR")])
                        .map { $0.split(separator: "|")[0] }, ["said", "warned"])
    }

    func testSourceNamedTwiceAfterTheo() {
        let f = frames("vi", "Theo người phát ngôn Bộ Quốc phòng Nga, Trung tướng Igor Konashenkov, quân đội Ukraine đã nã pháo vào nhà máy.",
                       [A.person("người phát ngôn Bộ Quốc phòng Nga", "rus-mod-spox", "RUSMIL"),
                        A.person("Trung tướng Igor Konashenkov", "konashenkov", "RUSMIL"), A.armed("quân đội Ukraine", "ukr-mil", "UKRMIL")])
        XCTAssertEqual(f, ["Theo|assert|rus-mod-spox|quân đội Ukraine đã nã pháo vào nhà máy."])
        assertEvents("vi", "Theo người phát ngôn Bộ Quốc phòng Nga, Trung tướng Igor Konashenkov, quân đội Ukraine đã nã pháo vào nhà máy.",
                     [A.person("người phát ngôn Bộ Quốc phòng Nga", "rus-mod-spox", "RUSMIL"),
                      A.person("Trung tướng Igor Konashenkov", "konashenkov", "RUSMIL"), A.armed("quân đội Ukraine", "ukr-mil", "UKRMIL")],
                     ["112 rus-mod-spox->ukr-mil", "194 ukr-mil->"])
    }

    func testCuesThatAreNoReport() {
        // `Ukraine's claims` is a noun; the speaker is Zakharova.
        XCTAssertEqual(frames("en", "Zakharova said Ukraine's claims were meant to cover up its own shelling.",
                              [A.person("Zakharova", "zakharova", "RUSGOV"), A.c("Ukraine", "ukraine", "UKR")])
                        .map { $0.split(separator: "|")[0...2].joined(separator: "|") }, ["said|assert|zakharova"])
        // An aim is nobody's report: Moscow staged it to blame Kyiv (Ukraine says so).
        XCTAssertEqual(frames("vi", "Theo phía Ukraine, lực lượng Nga đã tự pháo kích Enerhodar nhằm đổ lỗi cho Kiev.",
                              [A.c("Ukraine", "ukraine", "UKR"), A.armed("lực lượng Nga", "rus-mil", "RUSMIL"), A.org("Kiev", "ukr-gov", "UKRGOV")])
                        .map { $0.split(separator: "|")[0...2].joined(separator: "|") }, ["Theo|assert|ukraine"])
        XCTAssertEqual(frames("en", "Kyiv was planning a provocation in order to blame Moscow, the ministry said.",
                              [A.org("Kyiv", "ukr-gov", "UKRGOV"), A.org("Moscow", "rus-gov", "RUSGOV")])
                        .map { $0.split(separator: "|")[0] }, ["said"])
    }
}
