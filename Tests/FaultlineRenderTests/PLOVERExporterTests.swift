import FaultlineModel
@testable import FaultlineRender
import XCTest

final class PLOVERExporterTests: XCTestCase {
    private func records() throws -> [[String: Any]] {
        let text = Exporter().export(ExportFixture.analysis, as: .plover)
        XCTAssertTrue(text.hasSuffix("\n"))
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line.prefix(80))")
        }
    }

    func testOneValidRecordPerEventWithTheRequiredFields() throws {
        let recs = try records()
        XCTAssertEqual(recs.count, 7)
        for r in recs {
            for key in ["id", "date", "source", "recipient", "event", "event_text", "quad_code", "event_scale", "text", "cite_info"] {
                XCTAssertTrue(r.keys.contains(key), "record \(r["id"] ?? "?") lacks \(key)")
            }
        }
        // By first day: December 2016 (e4) and week 50 (from 12-12, e6) start before the 14th;
        // the year-unknown e7, then the undated e5 come last.
        XCTAssertEqual(recs.map { $0["id"] as? String }, ["e4", "e6", "e1", "e2", "e3", "e7", "e5"])
    }

    func testDatesActorsModeAndContext() throws {
        let byID = Dictionary(uniqueKeysWithValues: try records().map { ($0["id"] as! String, $0) })
        XCTAssertEqual(byID["e1"]?["date"] as? String, "2016-12-14")
        XCTAssertNil(byID["e1"]?["enddate"])
        XCTAssertEqual(byID["e1"]?["mode"] as? String, "phone")                 // CAMEO 041 → PLOVER mode
        XCTAssertEqual(byID["e2"]?["context"] as? [String], ["military"])       // 190
        XCTAssertEqual(byID["e2"]?["time_of_day"] as? String, "dawn")
        XCTAssertEqual((byID["e2"]?["event_loc"] as? [String: Any])?["cc3"] as? String, "SYR")
        XCTAssertEqual(byID["e4"]?["date"] as? String, "2016-12-01")
        XCTAssertEqual(byID["e4"]?["enddate"] as? String, "2016-12-31")
        XCTAssertEqual(byID["e4"]?["mentions"] as? Int, 2)
        XCTAssertTrue(byID["e5"]?["date"] is NSNull)                            // undated: null, not a guess
        XCTAssertEqual(byID["e5"]?["negated"] as? Bool, true)
        XCTAssertEqual(byID["e7"]?["timex"] as? String, "XXXX-12-13")
        XCTAssertTrue(byID["e7"]?["date"] is NSNull)
        let src = try XCTUnwrap((byID["e2"]?["source"] as? [[String: Any]])?.first)
        XCTAssertEqual(src["code"] as? String, "SYR")
        XCTAssertEqual(src["sector"] as? String, "REB")
        XCTAssertEqual(src["identifier_id"] as? String, "syrian-rebels")
        let country = try XCTUnwrap((byID["e1"]?["recipient"] as? [[String: Any]])?.first)
        XCTAssertEqual(country["code"] as? String, "TUR")
        XCTAssertNil(country["sector"])
        let cite = try XCTUnwrap(byID["e1"]?["cite_info"] as? [String: Any])
        XCTAssertEqual(cite["publication"] as? String, "TTXVN/Tin Tức")
        XCTAssertEqual(cite["language"] as? String, "vi")
    }

    func testHostileTextSurvivesExactly() throws {
        let e4 = try XCTUnwrap(try records().first { $0["id"] as? String == "e4" })
        XCTAssertEqual(e4["text"] as? String, ExportFixture.hostileText)
        let names = (e4["source"] as? [[String: Any]])?.compactMap { $0["actor_text"] as? String }
        XCTAssertEqual(names, [ExportFixture.hostileName, ExportFixture.longName])
    }

    func testModeTableFallsBackToParentCodes() {
        XCTAssertEqual(PLOVERModes.entry(cameo: "0871")?.mode, "ceasefire")
        XCTAssertEqual(PLOVERModes.entry(cameo: "0879")?.mode, "disarm")     // unknown 4-digit → 087
        XCTAssertEqual(PLOVERModes.entry(cameo: "1121")?.contexts, ["crime", "corruption"])
        XCTAssertEqual(PLOVERModes.entry(cameo: "19")?.category, "ASSAULT")  // root → 190
        XCTAssertNil(PLOVERModes.entry(cameo: "010"))                        // CAMEO 01 has no PLOVER category
        XCTAssertGreaterThan(PLOVERModes.table.count, 250)
    }
}
