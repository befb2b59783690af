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
            XCTAssertEqual(ActorComposer.roleKey(r), r.key, r.template.debugDescription)
        }
    }
}
