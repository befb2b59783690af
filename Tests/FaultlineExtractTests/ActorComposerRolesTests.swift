import XCTest
import FaultlineText
@testable import FaultlineExtract

final class ActorComposerRolesTests: XCTestCase {
    /// Every accessor reads the field of the entry it names.
    func testAccessorsReadTheEntry() throws {
        for lang in ["vi", "en"] {
            let table = try ActorLexicon.builtIn(language: lang).roles
            XCTAssertFalse(table.isEmpty)
            let roles = ActorComposer.Roles(table)
            for r in table.indices {
                XCTAssertEqual(roles.kind(r), table[r].kind)
                XCTAssertEqual(roles.isPerson(r), table[r].isPerson)
                XCTAssertEqual(roles.sector(r), table[r].sector)
                XCTAssertEqual(roles.key(r), table[r].key)
                XCTAssertEqual(roles.template(r), table[r].template)
                XCTAssertEqual(roles.fixedRoot(r), table[r].fixedRoot)
            }
        }
        let made = [RoleEntry(sector: "GOV", kind: .person, template: "{adj} foreign minister"),
                    RoleEntry(sector: nil, kind: .group, template: "{adj} officials", fixedRoot: "IGO")]
        let roles = ActorComposer.Roles(made)
        XCTAssertTrue(roles.isPerson(0))
        XCTAssertFalse(roles.isPerson(1))
        XCTAssertEqual(roles.key(0), "foreign minister")
        XCTAssertEqual(roles.sector(0), "GOV")
        XCTAssertNil(roles.sector(1))
        XCTAssertEqual(roles.fixedRoot(1), "IGO")
    }

    /// Apostrophes and possessives are told by their bytes as the string test told them.
    func testApostrophesAndPossessives() {
        let tokens = Tokenizer.tokens("Kyiv's mayor, Kherson’s governor, the ministers' view ‘quoted’ `x` ′ Turkey 's")
        for t in tokens {
            XCTAssertEqual(ActorComposer.isApostrophe(t), ["'", "\u{2019}"].contains(t.text), t.text)
        }
        for i in tokens.indices {
            let want = i + 1 < tokens.count && ["'", "\u{2019}"].contains(tokens[i].text) && tokens[i + 1].key == "s"
            XCTAssertEqual(ActorComposer.isPossessive(tokens, at: i), want, "at \(i)")
        }
        XCTAssertFalse(ActorComposer.isPossessive(tokens, at: tokens.count - 1))
    }

    /// Acronyms: two or more letters, none lowercase, in any script.
    func testAcronyms() {
        for (text, want) in [("US", true), ("UK", true), ("U.S.", true), ("Mỹ", false), ("NGA", true), ("ĐỨC", true), ("A", false),
                             ("Anh", false), ("IS", true), ("Is", false), ("14", false)] {
            XCTAssertEqual(ActorComposer.isAcronym(Tokenizer.tokens(text)[0]), want, text)
        }
    }

    /// A role chain reads the role indices of its items, in order, and nothing else.
    func testRoleChainReadsTheItemsRoles() {
        let items = [ScanItem(start: 0, end: 1, kind: .cue(.possessive)),
                     ScanItem(start: 1, end: 2, kind: .role(7)),
                     ScanItem(start: 2, end: 4, kind: .role(3)),
                     ScanItem(start: 4, end: 5, kind: .role(11)),
                     ScanItem(start: 5, end: 6, kind: .name)]
        let chain = ActorComposer.RoleChain(items: items, range: 1..<4)
        XCTAssertEqual(Array(chain), [7, 3, 11])
        XCTAssertEqual(chain.count, 3)
        XCTAssertEqual(chain.first, 7)
        XCTAssertEqual(chain.last, 11)
        XCTAssertEqual(chain.last(where: { $0 < 10 }), 3)
        XCTAssertEqual(chain.first(where: { $0 > 7 }), 11)
        XCTAssertTrue(ActorComposer.RoleChain(items: items, range: 2..<2).isEmpty)
        XCTAssertNil(ActorComposer.RoleChain(items: items, range: 2..<2).last)
    }

    /// Hyphenated words are cut as the split by characters cuts them, ASCII or not.
    func testHyphenPartsAgreeWithSplit() {
        let words = ["Moscow-installed", "pro-Russian", "U.S.-backed", "-led", "Kyiv-", "a--b", "---", "", "plain",
                     "Nga-hậu-thuẫn", "e\u{301}-x", "-\u{301}x-y", "Jean-Marc", "al-Assad-led", "a\r\n-b"]
        for w in words {
            for omitting in [true, false] {
                XCTAssertEqual(ActorComposer.hyphenParts(w, omittingEmpty: omitting),
                               w.split(separator: "-", omittingEmptySubsequences: omitting).map(String.init), "\(w) \(omitting)")
            }
        }
    }
}
