import XCTest
@testable import FaultlineExtract

/// The table gives back the facts of every group as they were added, past 64 groups too.
final class EventCoderGroupInfoTableTests: XCTestCase {
    private func info(_ g: Int) -> EventCoder.GroupInfo {
        // A different mix of flags per group.
        func bit(_ k: Int) -> Bool { (g * 7 + k * 3) % (k + 2) == 0 }
        return EventCoder.GroupInfo(locative: bit(0), agent: bit(1), possessive: bit(2), comitative: bit(3), media: bit(4),
                                    place: bit(5), topic: bit(6), beneficiary: bit(7), party: bit(8))
    }

    private func same(_ a: EventCoder.GroupInfo, _ b: EventCoder.GroupInfo) -> Bool {
        a.locative == b.locative && a.agent == b.agent && a.possessive == b.possessive && a.comitative == b.comitative
            && a.media == b.media && a.place == b.place && a.topic == b.topic && a.beneficiary == b.beneficiary && a.party == b.party
    }

    func testFactsComeBackPerGroup() {
        for n in [0, 1, 5, 63, 64, 65, 130] {
            var table = EventCoder.GroupInfoTable()
            for g in 0..<n { table.append(info(g)) }
            XCTAssertEqual(table.count, n)
            for g in 0..<n { XCTAssertTrue(same(table[g], info(g)), "group \(g) of \(n)") }
        }
    }

    func testTheCoderTableMatchesTheFactsOfEachGroup() {
        let coder = TestLexicons.en.coder()
        let input = codingInput("Reuters reported that Russia attacked Ukraine near Kharkiv with the help of Belarus",
                                [TestActor("Reuters", "reuters", .media), TestActor("Russia", "russia"),
                                 TestActor("Ukraine", "ukraine"), TestActor("Kharkiv", "kharkiv", .location),
                                 TestActor("Belarus", "belarus")])
        let ctx = SentenceContext(input, markers: coder.markers)
        let table = EventCoder.groupInfos(ctx)
        XCTAssertEqual(table.count, ctx.groups.count)
        XCTAssertGreaterThan(table.count, 0)
        for g in ctx.groups.indices {
            XCTAssertTrue(same(table[g], EventCoder.groupInfo(ctx, ctx.groups[g], ctx.table)), "group \(g)")
            XCTAssertEqual(table[g].party, ctx.groups[g].hasParty)
        }
    }
}
