import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// `ActorGroups`: groups as plain values, their actor lists read from the member mention or
/// from the lists made for a joined group.
final class ActorGroupsTests: XCTestCase {
    private func span(_ actors: [String], _ start: Int, _ kind: ActorKind, _ code: String?) -> MentionSpan {
        MentionSpan(actors: actors, start: start, end: start + 1, kind: kind, code: code)
    }

    /// The groups of `spans`, each `members` range one group.
    private func groups(_ spans: [MentionSpan], _ members: [Range<Int>]) -> ActorGroups {
        var groups = ActorGroups(mentions: spans)
        for m in members { groups.append(members: m, end: spans[m.upperBound - 1].end) }
        return groups
    }

    /// What the groups answer, against the lists a group used to build for itself: each
    /// actor once in order, with the kind and code of the mention that named it first.
    private func expected(_ spans: [MentionSpan], _ members: Range<Int>) -> (actors: [String], kinds: [ActorKind], codes: [String]) {
        var out: (actors: [String], kinds: [ActorKind], codes: [String]) = ([], [], [])
        for m in members {
            for a in spans[m].actors where !out.actors.contains(a) {
                out.actors.append(a); out.kinds.append(spans[m].kind); out.codes.append(spans[m].code ?? "")
            }
        }
        return out
    }

    func testListsAndFlagsAgreeWithTheMembersLists() {
        let spans = [span(["rus"], 0, .country, "RUS"), span(["tass"], 2, .media, "RUSMED"), span(["kyiv"], 4, .location, "UKR"),
                     span([], 6, .country, nil), span(["x"], 8, .country, ""), span(["rus"], 10, .country, "RUS"),
                     span(["a", "b"], 12, .person, "USAGOV"), span(["a", "a"], 14, .person, nil),
                     span(["y"], 16, .media, "A"), span(["z"], 18, .location, "B")]
        let members = [0..<1, 1..<2, 2..<3, 3..<4, 4..<6, 6..<7, 7..<8, 8..<10]
        let groups = groups(spans, members)
        XCTAssertEqual(groups.count, members.count)
        for g in groups.indices {
            let want = expected(spans, members[g])
            XCTAssertEqual(groups[g].mentions, members[g])
            XCTAssertEqual(groups[g].start, spans[members[g].lowerBound].start)
            XCTAssertEqual(groups.actors(g), want.actors, "group \(g)")
            XCTAssertEqual(Array(groups.codes(g)), want.codes, "group \(g)")
            XCTAssertEqual(groups.actors(g).indices.map { groups.kind(ofActor: $0, in: g) }, want.kinds, "group \(g)")
            XCTAssertEqual(groups[g].kinds, ActorGroup.Kinds(want.kinds), "group \(g)")
            XCTAssertEqual(groups[g].isMediaOnly, want.kinds.allSatisfy { $0 == .media }, "group \(g)")
            XCTAssertEqual(groups[g].isLocationOnly, want.kinds.allSatisfy { $0 == .location }, "group \(g)")
            XCTAssertEqual(groups[g].hasParty, zip(want.kinds, want.codes).contains { $0.0 != .media && $0.0 != .location && !$0.1.isEmpty },
                           "group \(g)")
            let flags = EventCoder.kindFlags(groups, g)
            XCTAssertEqual([flags.media, flags.place, flags.party], [groups[g].isMediaOnly, groups[g].isLocationOnly, groups[g].hasParty])
        }
        // `a` named twice by one mention is one actor of its group.
        XCTAssertEqual(groups.actors(6), ["a"])
        // A mention naming no actor: no kind, only media and only places (as `allSatisfy`), no party.
        XCTAssertTrue(groups[3].kinds.isEmpty)
        XCTAssertTrue(groups.codes(3).isEmpty)
    }

    func testKindsHoldEachKindApart() {
        for kind in ActorKind.allCases {
            let one = ActorGroup.Kinds([kind])
            XCTAssertEqual(ActorKind.allCases.filter { one.contains($0) }, [kind])
            XCTAssertTrue(one.only(kind))
            XCTAssertFalse(ActorGroup.Kinds([kind, kind == .media ? .person : .media]).only(kind))
        }
        XCTAssertTrue(ActorGroup.Kinds().only(.location), "nothing is only places, as `allSatisfy` says")
    }

    func testGroupsOfASentenceReadTheirMentions() {
        let input = codingInput("Nga và Thổ Nhĩ Kỳ hội đàm với Ukraine.",
                                [A.c("Nga", "rus", "RUS"), A.c("Thổ Nhĩ Kỳ", "tur", "TUR"), A.c("Ukraine", "ukr", "UKR")])
        let ctx = SentenceContext(input, markers: TestLexicons.vi.markers)
        XCTAssertEqual(ctx.groups.map(\.mentions), [0..<2, 2..<3])
        XCTAssertEqual(ctx.groups.actors(0), ["rus", "tur"])
        XCTAssertEqual(Array(ctx.groups.codes(0)), ["RUS", "TUR"])
        XCTAssertEqual(ctx.groups.actors(1), ["ukr"])
        XCTAssertEqual(Array(ctx.groups.codes(1)), ["UKR"])
        XCTAssertTrue(ctx.groups[0].hasParty && ctx.groups[1].hasParty)
    }
}
