import XCTest
import FaultlineModel
@testable import FaultlineStore

final class CorpusStoreTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func part(_ id: String, date: String?, actors: [(String, String?)], cameo: String = "190") -> DocumentAnalysis {
        let info = DocumentInfo(id: id, title: "T \(id)", language: "en", published: date, source: nil, sentences: 2)
        let acts = actors.map { Actor(id: $0.0, name: $0.0, kind: .country, code: $0.1, country: $0.1, mentions: 1) }
        let ev = Event(id: "e1", document: id, sentence: 1, text: "text", trigger: "attacked",
                       code: EventCode(cameo: cameo, plover: "ASSAULT", quad: 4, goldstein: -10),
                       source: [acts[0].id], target: acts.count > 1 ? [acts[1].id] : [],
                       date: EventDate(value: date, precision: .day, text: nil, anchor: .document), rule: "t")
        let claim = Claim(id: "c1", speaker: acts[0].id, cue: "said", stance: .assert, events: ["e1"],
                          document: id, sentence: 1, text: "text", rule: "t")
        return DocumentAnalysis(document: info, actors: acts, events: [ev], claims: [claim],
                                sentenceTexts: ["T", "text"], sentenceRoles: [.title, .body])
    }

    func testAddIsIdempotentByFingerprint() throws {
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite").path)
        let p = part("a", date: "2022-08-14", actors: [("russia", "RUS"), ("ukraine", "UKR")])
        XCTAssertEqual(try store.add(p, fingerprint: "h1"), .added)
        let before = try store.canonicalDump()
        XCTAssertEqual(try store.add(p, fingerprint: "h1"), .unchanged)
        XCTAssertEqual(try store.canonicalDump(), before)
        XCTAssertTrue(try store.contains(id: "a", fingerprint: "h1"))
        XCTAssertFalse(try store.contains(id: "a", fingerprint: "h2"))
    }

    func testChangedContentReplacesTheWholeDocument() throws {
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite").path)
        try store.add(part("a", date: "2022-08-14", actors: [("russia", "RUS"), ("ukraine", "UKR")]), fingerprint: "h1")
        XCTAssertEqual(try store.add(part("a", date: "2022-08-15", actors: [("turkey", "TUR")]), fingerprint: "h2"), .replaced)
        let s = try store.stats()
        XCTAssertEqual(s.documents, 1)
        XCTAssertEqual(s.actors, 1)
        XCTAssertEqual(try store.parts().first?.document.published, "2022-08-15")
    }

    func testFiltersRunInSQL() throws {
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite").path)
        try store.add(part("a", date: "2022-08-14", actors: [("russia", "RUS"), ("ukraine", "UKR")]), fingerprint: "1")
        try store.add(part("b", date: "2022-08-20", actors: [("turkey", "TUR")]), fingerprint: "2")
        try store.add(part("c", date: nil, actors: [("syria", "SYR")]), fingerprint: "3")
        XCTAssertEqual(try store.parts().map(\.document.id), ["a", "b", "c"])
        XCTAssertEqual(try store.parts(matching: StoreQuery(from: "2022-08-15")).map(\.document.id), ["b"])
        XCTAssertEqual(try store.parts(matching: StoreQuery(to: "2022-08")).map(\.document.id), ["a", "b"])
        XCTAssertEqual(try store.parts(matching: StoreQuery(actor: "ukraine")).map(\.document.id), ["a"])
        XCTAssertEqual(try store.parts(matching: StoreQuery(country: "TUR")).map(\.document.id), ["b"])
        XCTAssertEqual(try store.parts(matching: StoreQuery(from: "2022-08-01", country: "SYR")).map(\.document.id), [])
    }

    func testPartsRoundTripExactly() throws {
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite").path)
        let p = part("a", date: "2022-08-14", actors: [("russia", "RUS"), ("ukraine", "UKR")])
        try store.add(p, fingerprint: "1")
        XCTAssertEqual(try store.parts(), [p])
    }

    func testStatsAndSchemaVersion() throws {
        let store = try CorpusStore(path: dir.appendingPathComponent("c.sqlite").path)
        try store.add(part("a", date: "2022-08-14", actors: [("russia", "RUS"), ("ukraine", "UKR")]), fingerprint: "1")
        try store.add(part("b", date: "2022-08-14", actors: [("russia", "RUS")]), fingerprint: "2")
        let s = try store.stats()
        XCTAssertEqual(s.documents, 2)
        XCTAssertEqual(s.actors, 2)
        XCTAssertEqual(s.events, 2)
        XCTAssertEqual(s.claims, 2)
        XCTAssertEqual(s.schemaVersion, "v1")
        // Reopening an existing file runs no migration twice.
        XCTAssertEqual(try CorpusStore(path: store.path).stats(), s)
    }

    func testUnopenableStoreNamesTheFile() {
        let bad = dir.appendingPathComponent("not-a-dir/x.sqlite").path
        XCTAssertThrowsError(try CorpusStore(path: bad)) { e in
            XCTAssertTrue("\(e)".contains(bad), "\(e)")
        }
        let garbage = dir.appendingPathComponent("garbage.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: garbage.path, contents: Data(repeating: 0x41, count: 4096)))
        XCTAssertThrowsError(try CorpusStore(path: garbage.path)) { e in
            XCTAssertTrue("\(e)".contains("garbage.sqlite"), "\(e)")
        }
    }

    func testContentHashIsStableAndSensitive() {
        XCTAssertEqual(ContentHash.hex("abc"), ContentHash.hex("abc"))
        XCTAssertNotEqual(ContentHash.hex("abc"), ContentHash.hex("abd"))
        XCTAssertEqual(ContentHash.hex("").count, 32)
    }
}
