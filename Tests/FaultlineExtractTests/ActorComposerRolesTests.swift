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
}
