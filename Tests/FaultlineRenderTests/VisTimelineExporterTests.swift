import FaultlineModel
@testable import FaultlineRender
import XCTest

final class VisTimelineExporterTests: XCTestCase {
    func testItemsAndGroupsHaveTheRequiredFields() throws {
        let text = Exporter().export(ExportFixture.analysis, as: .vis)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let items = try XCTUnwrap(doc["items"] as? [[String: Any]])
        let groups = try XCTUnwrap(doc["groups"] as? [[String: Any]])
        XCTAssertEqual(items.count, 5)
        let groupIDs = Set(groups.compactMap { $0["id"] as? String })
        XCTAssertEqual(groupIDs.count, groups.count)
        for g in groups { XCTAssertNotNil(g["content"] as? String) }
        for item in items {
            for key in ["id", "content", "start", "group", "title"] { XCTAssertNotNil(item[key] as? String, key) }
            XCTAssertTrue(groupIDs.contains(item["group"] as! String))
            XCTAssertNotNil(ExportDateRange(timex: item["start"] as? String))
        }
        let byID = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as! String, $0) })
        XCTAssertEqual(byID["e1"]?["type"] as? String, "box")
        XCTAssertNil(byID["e1"]?["end"])
        XCTAssertEqual(byID["e4"]?["type"] as? String, "range")
        XCTAssertEqual(byID["e4"]?["start"] as? String, "2016-12-01")
        XCTAssertEqual(byID["e4"]?["end"] as? String, "2017-01-01")      // vis ends are instants: the next midnight
        XCTAssertEqual(byID["e6"]?["end"] as? String, "2016-12-19")
        XCTAssertEqual(byID["e2"]?["className"] as? String, "quad-4")
        XCTAssertFalse(text.contains("<script"), "vis inserts content as HTML")
    }
}
