import FaultlineModel
@testable import FaultlineRender
import XCTest

final class TimelineJSExporterTests: XCTestCase {
    private func document() throws -> [String: Any] {
        let text = Exporter().export(ExportFixture.analysis, as: .timelinejs)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testRequiredFieldsOfEverySlide() throws {
        let doc = try document()
        let title = try XCTUnwrap((doc["title"] as? [String: Any])?["text"] as? [String: Any])
        XCTAssertNotNil(title["headline"] as? String)
        let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
        XCTAssertEqual(events.count, 5, "undated and year-unknown events cannot be placed")
        var ids = Set<String>()
        for e in events {
            let start = try XCTUnwrap(e["start_date"] as? [String: Any])
            XCTAssertNotNil(Int(try XCTUnwrap(start["year"] as? String)))
            let text = try XCTUnwrap(e["text"] as? [String: Any])
            XCTAssertNotNil(text["headline"] as? String)
            XCTAssertNotNil(text["text"] as? String)
            ids.insert(try XCTUnwrap(e["unique_id"] as? String))
        }
        XCTAssertEqual(ids.count, events.count)
    }

    func testPrecisionShapesTheDates() throws {
        let events = try XCTUnwrap(try document()["events"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: events.map { ($0["unique_id"] as! String, $0) })
        let month = try XCTUnwrap(byID["event-e4"]?["start_date"] as? [String: String])
        XCTAssertEqual(month, ["year": "2016", "month": "12"])
        let week = try XCTUnwrap(byID["event-e6"])
        XCTAssertEqual(week["start_date"] as? [String: String], ["year": "2016", "month": "12", "day": "12"])
        XCTAssertEqual(week["end_date"] as? [String: String], ["year": "2016", "month": "12", "day": "18"])
        XCTAssertEqual(week["display_date"] as? String, "2016-W50")
        XCTAssertEqual(byID["event-e1"]?["group"] as? String, "Nga")
    }

    func testTextIsHTMLEscapedBecauseTimelineJSRendersHTML() throws {
        let raw = Exporter().export(ExportFixture.analysis, as: .timelinejs)
        XCTAssertFalse(raw.contains("<script"))
        XCTAssertFalse(raw.contains("<b>"))
        let events = try XCTUnwrap(try document()["events"] as? [[String: Any]])
        let e4 = try XCTUnwrap(events.first { $0["unique_id"] as? String == "event-e4" })
        let body = try XCTUnwrap((e4["text"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    }
}
