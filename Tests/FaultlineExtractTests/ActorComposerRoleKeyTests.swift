import XCTest
@testable import FaultlineExtract

final class ActorComposerRoleKeyTests: XCTestCase {
    func testEqualsRoleEntryKey() throws {
        var roles: [RoleEntry] = []
        for lang in ["vi", "en"] { roles += try ActorLexicon.builtIn(language: lang).roles }
        XCTAssertFalse(roles.isEmpty)
        let templates = ["{adj} foreign minister", "  {adj}  ", "{adj}{adj}", "the {adj} Envoy", "{ad}", "{adj", "Bộ trưởng {adj}",
                         "\t{adj}\tMinistry ", "", "UN {adj} envoy", "{ADJ} mayor", "\u{00A0}{adj} chief\u{00A0}", "Défense {adj}"]
        roles += templates.map { RoleEntry(sector: nil, kind: .person, template: $0) }
        for r in roles {
            XCTAssertEqual(r.key, RoleEntry.definitionKey(r.template), r.template.debugDescription)
            XCTAssertEqual(RoleEntry.key(of: r.template), RoleEntry.definitionKey(r.template), r.template.debugDescription)
        }
    }

    /// The stored key follows a template changed after the entry was made.
    func testKeyFollowsTemplate() {
        var r = RoleEntry(sector: "GOV", kind: .person, template: "{adj} Foreign Minister")
        XCTAssertEqual(r.key, "foreign minister")
        r.template = "  {adj} Defence Minister "
        XCTAssertEqual(r.key, "defence minister")
        r.template = "Bộ trưởng {adj}"
        XCTAssertEqual(r.key, "bộ trưởng")
    }
}
