import XCTest
@testable import FaultlineExtract

/// `ActorComposer.EntryView` reads the same fields as a copy of the entry would.
final class ActorComposerEntryViewTests: XCTestCase {
    func testViewReadsTheEntrysFields() throws {
        var sawDemonym = false
        for lang in ["vi", "en"] {
            let actors = try ActorLexicon.builtIn(language: lang).actors
            XCTAssertFalse(actors.isEmpty)
            XCTAssertTrue(actors.contains { $0.capital }, lang)
            sawDemonym = sawDemonym || actors.contains { $0.demonym }
            for i in actors.indices {
                let view = ActorComposer.EntryView(actors: actors, index: i)
                let e = actors[i]
                XCTAssertEqual(view.kind, e.kind)
                XCTAssertEqual(view.name, e.name)
                XCTAssertEqual(view.code, e.code)
                XCTAssertEqual(view.country, e.country)
                XCTAssertEqual(view.demonym, e.demonym)
                XCTAssertEqual(view.capital, e.capital)
                XCTAssertEqual(view.region, e.region)
                for date in [nil, 730_000, 738_000] as [Int?] { XCTAssertEqual(view.code(on: date), e.code(on: date), e.name) }
            }
        }
        XCTAssertTrue(sawDemonym)
    }
}
